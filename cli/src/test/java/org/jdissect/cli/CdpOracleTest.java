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
 * CDP as tshark 4.0.17 shows it (testdata/cdp): a switch's, a phone's and an access point's announcements, every TLV
 * packet-cdp.c decodes, addresses of each kind and cut lists, the checksum verified (CDP's odd-length padding, wrong
 * ones), the Port ID length quirk, strings with line ends, NULs and stray bytes, voice VLAN TLVs read past their
 * end, and bad TLV lengths: -V, -T fields and -T json (the summary lines are compared by SummaryOracleTest, -T json -x
 * by JsonRawOracleTest), and the frames filters on its fields select.
 */
class CdpOracleTest extends CraftedOracleCase {
    private static final CraftedOracle ORACLE = CraftedOracle.of("cdp", "cdp.pcap");

    @Override
    CraftedOracle oracle() {
        return ORACLE;
    }

    static Stream<Arguments> filters() throws IOException {
        return Files.readAllLines(TestData.ROOT.resolve("cdp").resolve("filters.tsv"), StandardCharsets.UTF_8)
                .stream().filter(l -> !l.isBlank()).map(l -> l.split("\t", -1)).map(c -> Arguments.of(c[0], c[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void filterSelectsTsharksFrames(String filter, String frames) {
        int[] rc = new int[1];
        String out = TestData.run(rc, "-r", TestData.ROOT.resolve("cdp").resolve("cdp.pcap").toString(), "-Y", filter,
                "-T", "fields", "-e", "frame.number");
        assertThat(rc[0]).as("exit code").isZero();
        assertThat(out.lines().collect(Collectors.joining(","))).isEqualTo(frames);
    }
}
