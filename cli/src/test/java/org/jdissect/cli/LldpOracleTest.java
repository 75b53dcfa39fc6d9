package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * LLDP as tshark 4.0.17 shows it (testdata/lldp): switches' and hosts' LLDPDUs, every chassis and port ID subtype,
 * the capabilities, management addresses of each kind, IEEE 802.1 and 802.3 TLVs, unknown types and OUIs, lengths
 * packet-lldp.c refuses, missing, misplaced and repeated mandatory TLVs, the trailer it leaves after the End TLV, and
 * LLDPDUs cut short: -V, -T fields and -T json (the summary lines are compared by SummaryOracleTest, -T json -x by
 * JsonRawOracleTest), and the frames filters on its fields select.
 */
class LldpOracleTest extends CraftedOracleCase {
    private static final CraftedOracle ORACLE = CraftedOracle.of("lldp", "lldp.pcap");

    @Override
    CraftedOracle oracle() {
        return ORACLE;
    }

    static Stream<Arguments> filters() throws IOException {
        return Files.readAllLines(TestData.ROOT.resolve("lldp").resolve("filters.tsv"), StandardCharsets.UTF_8)
                .stream().filter(l -> !l.isBlank()).map(l -> l.split("\t", -1)).map(c -> Arguments.of(c[0], c[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void filterSelectsTsharksFrames(String filter, String frames) {
        int[] rc = new int[1];
        String out = TestData.run(rc, "-r", TestData.ROOT.resolve("lldp").resolve("lldp.pcap").toString(), "-Y", filter,
                "-T", "fields", "-e", "frame.number");
        assertThat(rc[0]).as("exit code").isZero();
        assertThat(out.lines().collect(Collectors.joining(","))).isEqualTo(frames);
    }
}
