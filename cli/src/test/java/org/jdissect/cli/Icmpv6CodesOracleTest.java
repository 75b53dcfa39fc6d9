package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The names tshark 4.0 gives ICMPv6 types and, per type, codes (testdata/icmpv6-codes): errors, router renumbering
 * and node information in codes.pcap; RPL Control and Extended Echo in codes-rpl-echo.pcap. Their whole -V trees
 * too (NAME.V.txt), run in UTC.
 */
@org.junit.jupiter.api.extension.ExtendWith(InUtc.class)
class Icmpv6CodesOracleTest {
    @ParameterizedTest
    @CsvSource({"codes.pcap, 168", "codes-rpl-echo.pcap, 54"})
    void typeAndCodeLinesAreTsharks(String capture, int lines) throws IOException {
        Path dir = TestData.ROOT.resolve("icmpv6-codes");
        List<String> expected = Files.readAllLines(dir.resolve(capture + ".type-code.txt"), StandardCharsets.UTF_8);
        List<String> actual = new ArrayList<>();
        boolean inIcmp = false;
        for (String l : TestData.run(null, "-r", dir.resolve(capture).toString(), "-V").split("\n")) {
            if (l.startsWith("Internet Control Message Protocol v6")) {
                inIcmp = true;
            } else if (inIcmp && l.startsWith("    Type:")) {
                actual.add(l);
            } else if (inIcmp && l.startsWith("    Code:")) {
                actual.add(l);
                inIcmp = false;
            }
        }
        assertThat(expected).hasSize(lines);
        assertThat(actual).isEqualTo(expected);
    }

    /** The whole -V tree (NAME.V.txt): router renumbering, RPL and Extended Echo bodies too. */
    @ParameterizedTest
    @CsvSource({"codes.pcap", "codes-rpl-echo.pcap"})
    void verboseTreeIsTsharks(String capture) throws IOException {
        CraftedOracle.of("icmpv6-codes", capture).verboseTreeIsTsharks();
    }
}
