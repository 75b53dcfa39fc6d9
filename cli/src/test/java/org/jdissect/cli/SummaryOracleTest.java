package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code -T text}: tshark 4.0.17's default summary line ({@code TZ=UTC tshark -n -r FILE}), byte for byte, on every
 * capture with a {@code .summary.txt} oracle: the shared corpus (testdata/oracle/tshark), the crafted captures
 * (their oracles lie beside them) and the tcpdump conformance suite (tcpdump-suite/summary). Lines jdissect does not match yet are listed,
 * each with its reason, in testdata/oracle/tshark/summary-exceptions.tsv; a listed line that starts matching
 * fails the test too, so the list stays honest.
 */
@ExtendWith(InUtc.class)
class SummaryOracleTest {
    static Stream<String> corpus() throws IOException {
        return TestData.capturesWith("tshark", ".summary.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void corpusSummaryLinesAreTsharks(String capture) throws IOException {
        compare(TestData.capture(capture), TestData.oracle("tshark", capture + ".summary.txt"));
    }

    /**
     * Every oracle NAME.summary.txt outside oracle/: beside its capture in the crafted sets, in tcpdump-suite/summary
     * for tcpdump-suite/captures (whose folder other tests take as holding captures only).
     */
    static Stream<String> besideTheirCaptures() throws IOException {
        try (Stream<Path> s = Files.walk(TestData.ROOT)) {
            return s.map(p -> TestData.ROOT.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> n.endsWith(".summary.txt") && !n.startsWith("oracle/"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("besideTheirCaptures")
    void craftedAndSuiteSummaryLinesAreTsharks(String oracle) throws IOException {
        String capture = oracle.substring(0, oracle.length() - ".summary.txt".length())
                .replace("tcpdump-suite/summary/", "tcpdump-suite/captures/");
        compare(TestData.ROOT.resolve(capture), TestData.ROOT.resolve(oracle));
    }

    /** Compares the lines, allowing only the listed exceptions; reports the first few differences. */
    static void compare(Path capture, Path oracle) throws IOException {
        // tshark writes some packet bytes raw (a Content-Type's, in Info), which is then not UTF-8; jdissect writes
        // U+FFFD for each such byte, which is what a UTF-8 reader of tshark's output sees
        List<String> expected = new String(Files.readAllBytes(oracle), StandardCharsets.UTF_8).lines().toList();
        int[] rc = new int[1];
        String out = TestData.run(rc, "-r", capture.toString(), "-T", "text");
        assertThat(rc[0]).as("exit code").isZero();
        List<String> actual = out.lines().toList();
        assertThat(out).as("every line ends with \\n").endsWith("\n");
        List<String> diffs = new ArrayList<>();
        String name = TestData.ROOT.relativize(capture).toString().replace('\\', '/');
        List<Integer> excepted = SummaryExceptions.frames(name);
        int n = Math.max(expected.size(), actual.size());
        for (int i = 0; i < n; i++) {
            String e = i < expected.size() ? expected.get(i) : "<none>";
            String a = i < actual.size() ? actual.get(i) : "<none>";
            boolean listed = excepted.contains(i + 1);
            if (!e.equals(a) && !listed) {
                diffs.add("line " + (i + 1) + "\n  tshark:   " + e + "\n  jdissect: " + a);
            } else if (e.equals(a) && listed) {
                diffs.add("line " + (i + 1) + " matches now: take it off summary-exceptions.tsv");
            }
        }
        assertThat(diffs).as(name + ": first differences").isEmpty();
    }
}
