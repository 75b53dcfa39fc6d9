package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code -T fields} for every field of testdata/oracle/fields/proto7.txt (IPv6 and its extension headers, UDP, ICMP,
 * ICMPv6, ARP, DNS, the link layers) over every capture, cell by cell against tshark 4.0.17 (fields-oracle.sh:
 * occurrence=a, aggregator=','). Unlike the core test no frame is skipped: every layer of these captures has a
 * dissector now, so every frame is checked.
 */
class Proto7FieldsOracleTest {
    static Stream<String> captures() throws IOException {
        return TestData.capturesWith("fields", ".proto7.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void everyProto7FieldEqualsTshark(String capture) throws IOException {
        List<String> expected = Files.readAllLines(TestData.oracle("fields", capture + ".proto7.tsv"),
                StandardCharsets.UTF_8);
        String[] header = expected.get(0).split("\t", -1);
        List<String> set = Files.readAllLines(TestData.oracle("fields", "proto7.txt"), StandardCharsets.UTF_8)
                .stream().filter(s -> !s.isBlank()).toList();
        assertThat(List.of(header)).as("oracle made with the current field set").isEqualTo(set);
        List<String> args = new ArrayList<>(List.of("-r", TestData.capture(capture).toString(), "-T", "fields",
                "-E", "header=y", "-E", "separator=/t", "-E", "occurrence=a", "-E", "aggregator=,", "-E", "quote=n"));
        for (String f : header) {
            args.add("-e");
            args.add(f);
        }
        int[] rc = new int[1];
        String out = TestData.run(rc, args.toArray(new String[0]));
        assertThat(rc[0]).as("exit code").isZero();
        // every protocol the oracle names counts as known: no frame may be skipped
        Set<String> all = new HashSet<>();
        int col = List.of(header).indexOf("frame.protocols");
        for (String line : expected.subList(1, expected.size())) {
            String[] cells = line.split("\t", -1);
            if (col < cells.length) {
                all.addAll(List.of(cells[col].split(":")));
            }
        }
        String report = CoreFieldsOracleTest.compare(header, expected, out.lines().toList(), all);
        assertThat(report).as("cells differing from tshark for " + capture).isEmpty();
    }
}
