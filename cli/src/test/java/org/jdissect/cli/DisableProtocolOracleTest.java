package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * tshark's {@code --disable-protocol}: testdata/disable-protocol/cases.tsv names a capture and a protocol; what
 * tshark 4.0.17 prints with it disabled ({@code -n -V}, and {@code -T fields} of the protocols and lengths) is beside
 * it (make.sh). A disabled protocol's payloads go to data (HTTP, DNS, TCP, UDP, IPv4); a name tshark does not know,
 * a comma list among them, disables nothing.
 */
@ExtendWith(InUtc.class)
class DisableProtocolOracleTest {
    private static final Path DIR = TestData.ROOT.resolve("disable-protocol");

    static Stream<Arguments> cases() throws IOException {
        return Files.readAllLines(DIR.resolve("cases.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).map(l -> l.split("\t")).map(c -> Arguments.of(c[0], c[1], c[2]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void disabledAsTsharkDisablesIt(String name, String capture, String protocol) throws IOException {
        CraftedOracle oracle = new CraftedOracle(DIR, name);
        String file = TestData.ROOT.resolve(capture).toString();
        String tree = CraftedOracle.run("-n", "-r", file, "--disable-protocol", protocol, "-V");
        assertThat(Golden.firstDifference(oracle.read(name + ".V.txt"), tree)).as("-V of " + name).isEmpty();
        String fields = CraftedOracle.run("-n", "-r", file, "--disable-protocol", protocol, "-T", "fields", "-e",
                "frame.number", "-e", "frame.protocols", "-e", "tcp.len", "-e", "data.len", "-e",
                "http.request.method", "-e", "dns.qry.name");
        assertThat(Golden.firstDifference(oracle.read(name + ".fields.tsv"), fields)).as("fields of " + name)
                .isEmpty();
        if (protocol.equals("http")) {
            assertThat(tree).contains("Data (").doesNotContain("Hypertext Transfer Protocol");
        }
    }
}
