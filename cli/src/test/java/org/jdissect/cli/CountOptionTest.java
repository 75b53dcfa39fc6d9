package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * -c counts what the tool whose output is printed counts. tshark 4.0.17 stops after N packets read, whether the
 * display filter shows them or not; tcpdump 4.99.3 after N packets its filter matched. The expected frames are
 * tshark's and tcpdump's on http-basic.pcap, whose first TCP packet is frame 8:
 * {@code tshark -n -r http-basic.pcap -Y tcp -c 12 -T fields -e frame.number} prints 8 to 12, with {@code -c 3}
 * nothing; {@code tcpdump -nn -r http-basic.pcap -c 3 tcp} prints three lines.
 */
class CountOptionTest {
    private static final String CAPTURE = TestData.ROOT.resolve("captures/http-basic.pcap").toString();

    private static String run(String... args) {
        int[] rc = new int[1];
        String out = TestData.run(rc, args);
        assertThat(rc[0]).isZero();
        return out;
    }

    @Test
    void tsharkOutputsCountPacketsRead() {
        assertThat(run("-r", CAPTURE, "-Y", "tcp", "-c", "12", "-T", "fields", "-e", "frame.number"))
                .isEqualTo("8\n9\n10\n11\n12\n");
        assertThat(run("-r", CAPTURE, "-Y", "tcp", "-c", "3", "-T", "fields", "-e", "frame.number")).isEmpty();
        assertThat(run("-r", CAPTURE, "-Y", "tcp", "-c", "9", "-V")).contains("Frame 8:", "Frame 9:")
                .doesNotContain("Frame 10:");
        assertThat(run("-r", CAPTURE, "-Y", "tcp", "-c", "10", "--count")).isEqualTo("3 packets\n");
    }

    @Test
    void tcpdumpOutputCountsPacketsPrinted() {
        assertThat(run("-nn", "-r", CAPTURE, "-c", "3", "-Y", "tcp").lines()).hasSize(3)
                .allMatch(l -> l.contains(" IP 10.99.0."));
        assertThat(run("-nn", "-r", CAPTURE, "-c", "3", "tcp").lines()).hasSize(3);
    }
}
