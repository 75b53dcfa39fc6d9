package org.jdissect.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.jdissect.api.limits.Limit;
import org.jdissect.api.limits.Limits;
import org.junit.jupiter.api.Test;

/** The display filter's caps: nesting depth, operators and the size of a "matches" pattern, each configurable. */
class FilterLimitsTest {
    private static final String FIELD = "ip.src";

    private static CompiledFilter compile(String text, Limits limits) {
        return DisplayFilter.compile(text, TestRegistry.REGISTRY, limits);
    }

    @Test
    void aRegexThatExpandsPastTheLimitIsAFilterErrorNotAnExhaustedHeap() {
        // 23 bytes that made RE2J allocate until the heap was gone (minutes, then OutOfMemoryError)
        String bomb = "frame matches \"((a{1000}){1000}){1000}\"";
        DisplayFilterException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            try {
                DisplayFilter.compile(bomb, TestRegistry.REGISTRY);
                throw new AssertionError("compiled");
            } catch (DisplayFilterException x) {
                return x;
            }
        });
        assertThat(e.getMessage()).startsWith("Regex compilation error: pattern too large (about ")
                .contains("limit filter.regex_size = 100000, raise it with -o filter.regex_size:N");
        assertThat(e.render()).contains("^~~"); // the caret line points at the pattern
    }

    @Test
    void theRegexLimitIsConfigurable() {
        String f = "frame matches \"a{1000}b{1000}\"";
        assertThat(compile(f, Limits.builtIn())).isNotNull();
        assertThatThrownBy(() -> compile(f, Limits.builtIn().with(Limit.FILTER_REGEX_SIZE, 1000)))
                .isInstanceOf(DisplayFilterException.class).hasMessageContaining("pattern too large");
    }

    @Test
    void nestingDepthIsConfigurable() {
        String f = "((((" + FIELD + " == 1.2.3.4))))";
        assertThat(compile(f, Limits.builtIn())).isNotNull();
        assertThatThrownBy(() -> compile(f, Limits.builtIn().with(Limit.FILTER_DEPTH, 3)))
                .isInstanceOf(DisplayFilterException.class)
                .hasMessageStartingWith("Filter is nested too deeply (more than 3 levels; limit filter.depth");
        assertThatThrownBy(() -> DisplayFilter.compile("(".repeat(10_000) + FIELD + ")".repeat(10_000),
                TestRegistry.REGISTRY)).hasMessageContaining("more than 256 levels");
    }

    @Test
    void operatorsAreConfigurable() {
        String f = FIELD + " == 1.2.3.4 || " + FIELD + " == 1.2.3.5 || " + FIELD + " == 1.2.3.6";
        assertThat(compile(f, Limits.builtIn())).isNotNull();
        assertThatThrownBy(() -> compile(f, Limits.builtIn().with(Limit.FILTER_OPERATORS, 4)))
                .isInstanceOf(DisplayFilterException.class)
                .hasMessageStartingWith("Filter has too many operators (more than 4; limit filter.operators");
    }
}
