package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * TCP options as tshark 4.0.17 dissects them (testdata/crafted-tcp-options): every option an item valued by its bytes
 * (a protocol in name only), the kinds jdissect dissects (MSS, window scale, SACK with D-SACK, timestamps, echo, CC,
 * TCP-AO, MD5, user timeout, Fast Open, experimental, unknown), bad and bogus lengths, the NOP and EOL rules and the
 * options' expert findings; in {@code -V}, {@code -T json}, {@code -T fields} and display filters. The capture leaves
 * out what jdissect does not dissect as tshark does (MPTCP, SCPS, Quick-Start, Riverbed, Accurate ECN, SACK blocks cut
 * short: see README.md there).
 */
class TcpOptionsOracleTest {
    private static final Path DIR = TestData.ROOT.resolve("crafted-tcp-options");
    private static final Path CAPTURE = DIR.resolve("options.pcap");

    @Test
    void verboseTreeIsTsharks() throws IOException {
        assertSame("-V", read("options.pcap.V.txt"), run("-r", CAPTURE.toString(), "-V"));
    }

    @Test
    void jsonIsTsharks() throws IOException {
        assertSame("-T json", read("options.pcap.json"), run("-r", CAPTURE.toString(), "-T", "json"));
    }

    @Test
    void fieldsAreTsharks() throws IOException {
        List<String> expected = Files.readAllLines(DIR.resolve("options.pcap.fields.tsv"), StandardCharsets.UTF_8);
        String[] fields = Files.readAllLines(DIR.resolve("fields.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toArray(String[]::new);
        assertThat(expected.get(0).split("\t", -1)).containsExactly(fields);
        List<String> actual = TestData.fields(CAPTURE, fields);
        assertSame("-T fields", String.join("\n", expected), String.join("\n", actual));
    }

    @Test
    void filtersMatchTsharksFrames() throws IOException {
        List<String> bad = new ArrayList<>();
        List<String> cases = Files.readAllLines(DIR.resolve("options.pcap.filters.tsv"), StandardCharsets.UTF_8);
        for (String c : cases) {
            String[] cols = c.split("\t", -1);
            int[] rc = new int[1];
            String frames = String.join(",", TestData.run(rc, "-r", CAPTURE.toString(), "-Y", cols[0], "-T",
                    "fields", "-e", "frame.number").lines().toList());
            if (rc[0] != 0 || !frames.equals(cols[1])) {
                bad.add(cols[0] + ": tshark " + cols[1] + ", jdissect " + frames + " (exit " + rc[0] + ")");
            }
        }
        assertThat(cases).hasSizeGreaterThan(15);
        assertThat(bad).isEmpty();
    }

    @Test
    void optionsListAsProtocolsInNameOnly() {
        List<String> lines = run("fields").lines().toList();
        assertThat(lines).contains("P\tTCP Option - Maximum segment size\ttcp.options.mss",
                "P\tTCP Option - No-Operation (NOP)\ttcp.options.nop", "P\tTCP Option - SACK\ttcp.options.sack",
                "P\tTCP Option - Unknown\ttcp.options.unknown",
                "F\tThe SYN packet does not contain a MSS option\ttcp.options.mss.absent\tFT_NONE\ttcp\t\t0x0\t");
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
