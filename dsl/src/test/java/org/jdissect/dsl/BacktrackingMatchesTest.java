package org.jdissect.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.jdissect.api.limits.Limit;
import org.jdissect.api.limits.Limits;
import org.jdissect.api.tree.ProtoTree;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * {@code matches} with the PCRE2 features RE2 lacks, which tshark accepts: they run on the backtracking engine, held
 * to {@code filter.regex_steps} characters read a value. Host "update.microsoft.com", user agent
 * "Windows-Update-Agent UPDATE/7", method "HEAD" ({@link Packets#httpHead}).
 */
class BacktrackingMatchesTest {
    private static final ProtoTree PACKET = Packets.httpHead();

    private static boolean test(String filter, Limits limits) {
        return DisplayFilter.compile(filter, TestRegistry.REGISTRY, limits).test(PACKET);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = " => ", value = {
        // backreferences, caseless as PCRE2's (Update … UPDATE)
        "http.user_agent matches \"(update).+\\\\1\" => true",
        "http.host matches \"(o)\\\\1\" => false",
        "http.user_agent matches \"(agent)|(update).+\\\\g{2}\" => true",
        "http.user_agent matches \"(agent)|(update).+\\\\g2\" => true",
        "http.user_agent matches \"(?P<w>update).+(?P=w)\" => true",
        // lookaround
        "http.host matches \"^update(?=\\\\.microsoft)\" => true",
        "http.host matches \"^update(?!\\\\.microsoft)\" => false",
        "http.host matches \"(?<=micro)soft\" => true",
        "http.host matches \"(?<!micro)soft\" => false",
        // atomic groups and possessive quantifiers
        "http.host matches \"^(?>update)\\\\.\" => true",
        "http.host matches \"^[a-z.]++m\" => false",
        // (?x): white space and comments ignored
        "http.request.method matches \"(?x) ^ H E A D $ # the whole method\" => true",
        // POSIX classes and a '[' member inside a class, as PCRE2 reads them
        "http.host matches \"^[[:alpha:]]+(?=\\\\.)\" => true",
        "http.host matches \"^[[:digit:]]+(?=\\\\.)\" => false",
        "http.host matches \"[[:^alpha:]](?=microsoft)\" => true",
        "http.host matches \"[[]|(?=x)\" => false",
        // a conditional group on a lookaround
        "http.host matches \"^(?(?=up)update|x)\\\\.\" => true",
        "http.host matches \"^(?(?=x)update|x)\" => false",
    })
    void pcreOnlySyntaxMatchesAsInTshark(String filter, boolean expected) {
        assertThat(test(filter, Limits.builtIn())).isEqualTo(expected);
    }

    @Test
    void aSearchWithTooManyWaysStopsAtItsBudgetAndDoesNotMatch() {
        // twenty ".*" before a byte that never comes: some 10^19 ways to split the frame's first line, without a
        // budget (java.util.regex remembers where a (X+)+ loop failed, not a counted repetition)
        String filter = "frame matches \"(.*.){20}#(?=x)\"";
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(20), () -> test(filter, Limits.builtIn()))).isFalse();
    }

    @Test
    void theStepBudgetIsConfigurable() {
        String filter = "frame matches \"(?=.*microsoft)update\"";
        assertThat(test(filter, Limits.builtIn())).isTrue();
        assertThat(test(filter, Limits.builtIn().with(Limit.FILTER_REGEX_STEPS, 50))).isFalse();
    }
}
