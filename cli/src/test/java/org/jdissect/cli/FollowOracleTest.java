package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code jdissect follow PROTO STREAM --MODE -r FILE} byte for byte against tshark 4.0.17's
 * {@code -q -z follow,PROTO,MODE,STREAM} (oracle/follow/, made by its make.sh).
 */
class FollowOracleTest {
    private static final Pattern NAME = Pattern.compile("(.+)\\.(tcp|http)\\.(ascii|hex|raw)\\.(\\d+)\\.txt");

    static Stream<String> goldens() throws IOException {
        try (Stream<Path> s = Files.list(TestData.ROOT.resolve("oracle/follow"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> NAME.matcher(n).matches()).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void followEqualsTsharkFollow(String golden) throws IOException {
        Matcher m = NAME.matcher(golden);
        assertThat(m.matches()).isTrue();
        // tshark writes the payload bytes as they are; ISO-8859-1 keeps every byte one char
        String expected = Files.readString(TestData.ROOT.resolve("oracle/follow").resolve(golden),
                StandardCharsets.ISO_8859_1);
        int[] rc = new int[1];
        String out = TestData.run(rc, "follow", m.group(2), m.group(4), "--" + m.group(3), "-r",
                TestData.capture(m.group(1)).toString());
        assertThat(rc[0]).as("exit code").isZero();
        firstDifference(golden, expected, out);
    }

    @Test
    void unknownProtocolIsAUsageError() {
        int[] rc = new int[1];
        TestData.run(rc, "follow", "sctp", "0", "-r", TestData.capture("seed-rst.pcap").toString());
        assertThat(rc[0]).isEqualTo(2);
    }

    @Test
    void hexAndRawAreExclusive() {
        int[] rc = new int[1];
        TestData.run(rc, "follow", "tcp", "0", "--hex", "--raw", "-r", TestData.capture("seed-rst.pcap").toString());
        assertThat(rc[0]).isEqualTo(2);
    }

    /** Fails naming the first differing line, instead of printing two 400 kB strings. */
    static void firstDifference(String what, String expected, String actual) {
        if (expected.equals(actual)) {
            return;
        }
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end>";
            String al = i < a.length ? a[i] : "<end>";
            if (!el.equals(al)) {
                fail(what + ": line " + (i + 1) + " differs\n expected: " + el + "\n   actual: " + al);
            }
        }
        fail(what + ": differs");
    }
}
