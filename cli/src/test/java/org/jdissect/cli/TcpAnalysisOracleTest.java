package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jdissect.api.dissect.Engine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code -T fields} for every field of oracle/fields/tcp-analysis.txt (TCP sequence analysis, expert flags,
 * completeness) over every capture, cell by cell against tshark 4.0.17's single-pass output; and the {@code tcp.*}
 * columns of the core field set, which the analysis must not disturb.
 */
class TcpAnalysisOracleTest {
    /**
     * Captures left out, each with its reason. Their oracle needs a layer jdissect does not dissect yet, so every
     * TCP cell would be empty here.
     */
    static final Set<String> EXCLUDED = Set.of();

    /**
     * Columns that only fill when a protocol above TCP asks for reassembly (HTTP here); compared only when an
     * {@code http} protocol is registered, so this test checks them as soon as the HTTP dissector is present.
     */
    static final Set<String> NEED_REASSEMBLING_PROTOCOL = Set.of("tcp.segment", "tcp.reassembled_in");

    static Stream<String> captures() throws IOException {
        return TestData.capturesWith("fields", ".tcp-analysis.tsv").filter(c -> !EXCLUDED.contains(c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void everyTcpAnalysisFieldEqualsTshark(String capture) throws IOException {
        List<String> fieldSet = Files.readAllLines(TestData.oracle("fields", "tcp-analysis.txt"),
                StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        List<String> expected = Files.readAllLines(TestData.oracle("fields", capture + ".tcp-analysis.tsv"),
                StandardCharsets.UTF_8);
        String[] header = expected.get(0).split("\t", -1);
        assertThat(header).as("oracle columns").containsExactlyElementsOf(fieldSet);
        boolean http = Engine.standard().registry().contains("http");
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            if (http || !NEED_REASSEMBLING_PROTOCOL.contains(header[i])) {
                keep.add(i);
            }
        }
        expected = expected.stream().map(l -> project(l.split("\t", -1), keep)).toList();
        header = expected.get(0).split("\t", -1);
        String report = compare(capture, header, expected);
        assertThat(report).as("cells differing from tshark for " + capture).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void tcpColumnsOfTheCoreFieldSetEqualTshark(String capture) throws IOException {
        List<String> all = Files.readAllLines(TestData.oracle("fields", capture + ".core.tsv"),
                StandardCharsets.UTF_8);
        String[] header = all.get(0).split("\t", -1);
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            if (header[i].equals("frame.number") || header[i].startsWith("tcp.")) {
                keep.add(i);
            }
        }
        List<String> expected = all.stream().map(l -> project(l.split("\t", -1), keep)).toList();
        String report = compare(capture, expected.get(0).split("\t", -1), expected);
        assertThat(report).as("tcp.* core cells differing from tshark for " + capture).isEmpty();
    }

    private static String project(String[] cells, List<Integer> keep) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < keep.size(); k++) {
            if (k > 0) {
                sb.append('\t');
            }
            int i = keep.get(k);
            sb.append(i < cells.length ? cells[i] : "");
        }
        return sb.toString();
    }

    /** Runs jdissect with tshark's oracle options over {@code header}'s fields and reports differing cells. */
    static String compare(String capture, String[] header, List<String> expected) {
        List<String> args = new ArrayList<>(List.of("-r", TestData.capture(capture).toString(), "-T", "fields",
                "-E", "header=y", "-E", "separator=/t", "-E", "occurrence=a", "-E", "aggregator=,", "-E", "quote=n"));
        for (String f : header) {
            args.add("-e");
            args.add(f);
        }
        int[] rc = new int[1];
        String out = TestData.run(rc, args.toArray(new String[0]));
        assertThat(rc[0]).as("exit code for " + Arrays.toString(header)).isZero();
        return CoreFieldsOracleTest.compare(header, expected, out.lines().toList(), java.util.Set.of());
    }
}
