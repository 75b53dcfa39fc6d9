package org.jdissect.dsl.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The estimate bounds RE2's program size from above, in linear time, whatever the pattern. */
class RegexSizeTest {
    @Test
    void literalsClassesAndEscapesCountOnce() {
        assertThat(RegexSize.estimate("abc")).isEqualTo(3);
        assertThat(RegexSize.estimate("[a-z]")).isBetween(1L, 5L);
        assertThat(RegexSize.estimate("\\p{Greek}\\x{263a}\\d")).isEqualTo(3);
        assertThat(RegexSize.estimate("\\Q(((\\E")).isEqualTo(3);
        assertThat(RegexSize.estimate("(?i)abc")).isEqualTo(3);
    }

    @Test
    void repetitionsMultiply() {
        assertThat(RegexSize.estimate("a{1000}")).isGreaterThanOrEqualTo(1000);
        assertThat(RegexSize.estimate("(a{1000}){1000}")).isGreaterThanOrEqualTo(1_000_000);
        assertThat(RegexSize.estimate("((a{1000}){1000}){1000}")).isGreaterThanOrEqualTo(1_000_000_000L);
        assertThat(RegexSize.estimate("(?:ab|cd)*")).isBetween(5L, 10L);
        assertThat(RegexSize.estimate("a{2,}")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void braceThatIsNoRepetitionIsALiteral() {
        assertThat(RegexSize.estimate("a{x}")).isEqualTo(4);
        assertThat(RegexSize.estimate("a{")).isEqualTo(2);
    }

    @Test
    void hostileShapesCostNoStackAndSaturate() {
        assertThat(RegexSize.estimate("(".repeat(200_000))).isPositive();
        assertThat(RegexSize.estimate("(a{1000})".repeat(1) + "{1000}".repeat(10))).isEqualTo(Long.MAX_VALUE);
        assertThat(RegexSize.estimate("[" + "a".repeat(100_000))).isPositive();
    }
}
