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
 * DHCP and BOOTP as tshark 4.0.17 shows them (testdata/dhcp): a DORA exchange, INFORM, RELEASE, NAK and DECLINE, a
 * relayed exchange with option 82, BOOTP without a message type (with and without the magic cookie), a PXE client,
 * every option of a basic type, edge values (infinite and zero times, a negative offset, padding, empty and unknown
 * options, each client identifier form, FQDN encodings), option overload, a domain search list split over two
 * options, and damaged messages (a header cut short, an option past the end, no End option, a bad cookie, options
 * of the wrong length): -V, -T fields and -T json (the summary lines are compared by SummaryOracleTest, -T json -x
 * by JsonRawOracleTest), and the frames filters on its fields select, the alias {@code bootp} among them.
 */
class DhcpOracleTest extends CraftedOracleCase {
    private static final CraftedOracle ORACLE = CraftedOracle.of("dhcp", "dhcp.pcap");

    @Override
    CraftedOracle oracle() {
        return ORACLE;
    }

    static Stream<Arguments> filters() throws IOException {
        return Files.readAllLines(TestData.ROOT.resolve("dhcp").resolve("filters.tsv"), StandardCharsets.UTF_8)
                .stream().filter(l -> !l.isBlank()).map(l -> l.split("\t", -1)).map(c -> Arguments.of(c[0], c[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void filterSelectsTsharksFrames(String filter, String frames) {
        int[] rc = new int[1];
        String out = TestData.run(rc, "-r", TestData.ROOT.resolve("dhcp").resolve("dhcp.pcap").toString(), "-Y",
                filter, "-T", "fields", "-e", "frame.number");
        assertThat(rc[0]).as("exit code").isZero();
        assertThat(out.lines().collect(Collectors.joining(","))).isEqualTo(frames);
    }
}
