package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * DNS as tshark 4.0.17 dissects it, on messages the dissector was not written against (testdata/crafted-dns): record
 * types A to NSEC and OPT options, classes, compression pointers (forward, chained, looping, past the end), odd
 * labels, names too long, truncated messages, flags and rcodes, request/response pairing, retransmissions and
 * unsolicited responses, over UDP/IPv4, UDP/IPv6 and TCP; in {@code -V}, {@code -T fields} and {@code -T json}.
 */
@org.junit.jupiter.api.extension.ExtendWith(InUtc.class)
class DnsCraftedOracleTest {
    private static final Path DIR = TestData.ROOT.resolve("crafted-dns");
    private static final Path CAPTURE = DIR.resolve("dns.pcap");

    @Test
    void verboseTreeIsTsharks() throws IOException {
        assertSame("-V", read("dns.pcap.V.txt"), run("-r", CAPTURE.toString(), "-V"));
    }

    @Test
    void fieldsAreTsharks() throws IOException {
        List<String> expected = Files.readAllLines(DIR.resolve("dns.pcap.fields.tsv"), StandardCharsets.UTF_8);
        String[] fields = Files.readAllLines(DIR.resolve("fields.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toArray(String[]::new);
        assertThat(expected.get(0).split("\t", -1)).containsExactly(fields);
        List<String> actual = TestData.fields(CAPTURE, fields);
        assertSame("-T fields", String.join("\n", expected), String.join("\n", actual));
    }

    /**
     * The JSON, the hidden "_ws.malformed" item expert.c adds beside a malformed finding included (the last member of
     * a malformed packet's "_ws.malformed" object).
     */
    @Test
    void jsonIsTsharks() throws IOException {
        assertSame("-T json", read("dns.pcap.json"), run("-r", CAPTURE.toString(), "-T", "json"));
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
