package org.jdissect.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Found by the filter fuzz target (testdata/fuzz-regressions/filter-regex-wide-folded-range.bin): RE2J folds a
 * case-insensitive character-class range one character at a time, and {@code [r-\uFFFD]} took minutes. Such a
 * range is now a filter error at once; narrow ranges and {@code (?-i)} patterns still compile.
 */
class RegexFoldTest {
    @Test
    void aWideRangeMatchedCaseInsensitivelyIsAnErrorNotAHang() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(() -> DisplayFilter.compile(
                "http.host matches \"[/filter-\uFFFD\uFFFDre.13579]$\"", TestRegistry.REGISTRY))
                .isInstanceOf(DisplayFilterException.class).hasMessageContaining("(?-i)"));
    }

    @Test
    void narrowRangesAndCaseSensitivePatternsStillCompile() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertThat(DisplayFilter.compile("http.host matches \"[a-z0-9]+\\\\.[\u00c0-\u00ff]\"", TestRegistry.REGISTRY))
                    .isNotNull();
            assertThat(DisplayFilter.compile("http.host matches \"(?-i)[r-\uFFFD]\"", TestRegistry.REGISTRY))
                    .isNotNull();
            assertThat(DisplayFilter.compile("http.host matches \"\\\\[a-\uFFFD\"", TestRegistry.REGISTRY)).isNotNull();
        });
    }
}
