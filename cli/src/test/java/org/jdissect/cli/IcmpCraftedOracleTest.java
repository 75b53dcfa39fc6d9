package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ICMP (v4) and IPv4 as tshark 4.0.17 dissects them, on packets the dissectors were not written against
 * (testdata/crafted-icmp): echo pairing (matched, unanswered, unsolicited, duplicated, answered from elsewhere),
 * timestamps in echo data, every destination unreachable code, quotes cut short or claiming more than they hold,
 * redirects, time exceeded, parameter problems, RFC 4884 lengths and extension objects (MPLS label stack, interface
 * information, unknown classes, bad lengths, checksums), timestamp, address mask, router discovery and RFC 8335
 * extended echo messages, unknown types and codes, bad checksums, truncated headers; IPv4 options (NOP, EOL, record
 * route, time stamps, source routes, router alert, security, stream ID, unknown, bad lengths), fragments and
 * reassembly (in order, overlapping), TTL 0 and 1, DSCP/ECN values and header checksums; in {@code -V},
 * {@code -T fields} and {@code -T json}.
 */
@org.junit.jupiter.api.extension.ExtendWith(InUtc.class)
class IcmpCraftedOracleTest {
    private static final Path DIR = TestData.ROOT.resolve("crafted-icmp");
    private static final Path CAPTURE = DIR.resolve("icmp.pcap");

    @Test
    void verboseTreeIsTsharks() throws IOException {
        assertSame("-V", read("icmp.pcap.V.txt"), run("-r", CAPTURE.toString(), "-V"));
    }

    @Test
    void fieldsAreTsharks() throws IOException {
        List<String> expected = Files.readAllLines(DIR.resolve("icmp.pcap.fields.tsv"), StandardCharsets.UTF_8);
        String[] fields = Files.readAllLines(DIR.resolve("fields.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toArray(String[]::new);
        assertThat(expected.get(0).split("\t", -1)).containsExactly(fields);
        List<String> actual = TestData.fields(CAPTURE, fields);
        assertSame("-T fields", String.join("\n", expected), String.join("\n", actual));
    }

    @Test
    void jsonIsTsharks() throws IOException {
        assertSame("-T json", read("icmp.pcap.json"), run("-r", CAPTURE.toString(), "-T", "json"));
    }

    private static String read(String name) throws IOException {
        return Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
    }

    private static String run(String... args) {
        int[] rc = new int[1];
        String out = TestData.run(rc, args);
        assertThat(rc[0]).as(String.join(" ", args)).isZero();
        return out;
    }

    private static void assertSame(String what, String expected, String actual) {
        assertThat(Golden.firstDifference(expected, actual)).as(what + " of " + CAPTURE.getFileName()
                + " against tshark 4.0.17").isEmpty();
    }
}
