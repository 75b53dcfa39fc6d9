package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An 802.3 length frame hands what lies past its length field's bytes to add_ethernet_trailer, as Ethernet II does
 * (packet-ieee8023.c of 4.0.17): the zeros that pad ipx_rip.pcap's frame to 60 bytes are eth.padding, not eth.trailer
 * ({@code tshark -n -r ipx_rip.pcap -T fields -e eth.padding -e eth.trailer -e eth.fcs} prints "000000000000" and two
 * empty columns; {@code -Y eth.padding} matches frame 1, {@code -Y eth.trailer} nothing).
 */
class Ieee8023TrailerTest {
    @Test
    void paddingOfAnIeee8023FrameIsPadding() {
        int[] rc = new int[1];
        String out = TestData.run(rc, "-r", TestData.ROOT.resolve("filter-cases/captures/ipx_rip.pcap").toString(),
                "-T", "fields", "-e", "eth.padding", "-e", "eth.trailer", "-e", "eth.fcs");
        assertThat(rc[0]).isZero();
        assertThat(out).isEqualTo("000000000000\t\t\n");
    }
}
