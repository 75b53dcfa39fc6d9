package org.jdissect.dsl.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PCRE2 syntax that java.util.regex reads otherwise or not at all, rewritten (PcreSyntax.toJava). */
class PcreToJavaTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '\'', value = {
        "(?P<n>a)(?P=n) => (?<n>a)(?:\\k<n>)",
        "(a)\\g1\\g{1} => (a)(?:\\1)(?:\\1)",
        "(?<x>a)\\g{x} => (?<x>a)(?:\\k<x>)",
        "a\\Nb\\N{U+41} => a[^\\n]b\\N{U+41}",
        "[[a]&&b] => [\\[a]&&b]",
        "[a&&b] => [a&\\&b]",
        "[[:alpha:][:^digit:]x] => [\\p{Alpha}\\P{Digit}x]",
        "[[:word:]] => [\\w]",
        "\\ca\\o{101} => \\x{1}\\x{41}",
        "a$ => a$",
        "(?|a|b)\\K(?n)c => (?:a|b)c",
        "\\Q[a\\E[b] => \\Q[a\\E[b]",
        // a conditional on a lookaround as the alternation it means; on a group number it has no Java form
        "(?(?=/)/|x) => (?:(?=/)/|(?!/)x)",
        "a(?(?<!b)(c|d)|[|)])e => a(?:(?<!b)(c|d)|(?<=b)[|)])e",
        "(?(?!x)y) => (?:(?!x)y|(?=x))",
        "(a)(?(1)b|c) => (a)(?(1)b|c)",
    })
    void rewritesWhatJavaReadsOtherwise(String pcre, String java) {
        assertThat(PcreSyntax.toJava(pcre)).isEqualTo(java);
    }
}
