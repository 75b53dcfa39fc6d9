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
 * NTP as tshark 4.0.17 shows it (testdata/ntp): time messages of every version, mode and leap indicator, reference
 * IDs of each stratum, timestamps of both eras and the "NULL" time, MACs, extension fields and what packet-ntp.c takes
 * for a MAC instead, control messages' status words, text data and authenticators, private messages' headers, and
 * messages cut short: -V, -T fields and -T json (the summary lines are compared by SummaryOracleTest, -T json -x by
 * JsonRawOracleTest), and the frames filters on its fields select.
 */
class NtpOracleTest extends CraftedOracleCase {
    private static final CraftedOracle ORACLE = CraftedOracle.of("ntp", "ntp.pcap");

    @Override
    CraftedOracle oracle() {
        return ORACLE;
    }

    static Stream<Arguments> filters() throws IOException {
        return Files.readAllLines(TestData.ROOT.resolve("ntp").resolve("filters.tsv"), StandardCharsets.UTF_8)
                .stream().filter(l -> !l.isBlank()).map(l -> l.split("\t", -1)).map(c -> Arguments.of(c[0], c[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void filterSelectsTsharksFrames(String filter, String frames) {
        int[] rc = new int[1];
        String out = TestData.run(rc, "-r", TestData.ROOT.resolve("ntp").resolve("ntp.pcap").toString(), "-Y", filter,
                "-T", "fields", "-e", "frame.number");
        assertThat(rc[0]).as("exit code").isZero();
        assertThat(out.lines().collect(Collectors.joining(","))).isEqualTo(frames);
    }
}
