package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Display filters and field lists as tshark 4.0.17 reads them where jdissect's own registry alone would differ; the
 * expected outputs are tshark's on http-basic.pcap ({@code tshark -n -r http-basic.pcap -Y FILTER | wc -l}: 48, 0,
 * 40 and 2 frames; {@code -T fields -e ntp.precision -e frame.number -c 2}: an empty column, then 1 and 2).
 */
class WiresharkFilterWordsTest {
    private static final String CAPTURE = TestData.ROOT.resolve("captures/http-basic.pcap").toString();

    private static String run(String... args) {
        int[] rc = new int[1];
        String out = TestData.run(rc, args);
        assertThat(rc[0]).as(String.join(" ", args)).isZero();
        return out;
    }

    @Test
    void aFilterMayStartWithAMinus() {
        assertThat(run("-r", CAPTURE, "-Y", "-frame.len < 0", "--count")).isEqualTo("48 packets\n");
        assertThat(run("-r", CAPTURE, "--display-filter", "-frame.len > 0", "--count")).isEqualTo("0 packets\n");
    }

    @Test
    void protocolsWiresharkRegistersCompileAndMatchNothing() {
        assertThat(run("-r", CAPTURE, "-Y", "ntp or tcp", "--count")).isEqualTo("40 packets\n");
        assertThat(run("-r", CAPTURE, "-T", "fields", "-e", "ntp.precision", "-e", "frame.number", "-c", "2"))
                .isEqualTo("\t1\n\t2\n");
        // tshark -e takes no protocol alias (bootp for dhcp), though a filter does
        int[] rc = new int[1];
        TestData.run(rc, "-r", CAPTURE, "-T", "fields", "-e", "bootp.option.type");
        assertThat(rc[0]).isEqualTo(2);
        assertThat(run("-r", CAPTURE, "-Y", "bootp", "--count")).isEqualTo("0 packets\n");
    }

    @Test
    void containsSearchesAProtocolToTheEndOfItsData() {
        assertThat(run("-r", CAPTURE, "-Y", "tcp contains \"GET /\"", "--count")).isEqualTo("2 packets\n");
        // IPv4's data ends at its total length: frame 6 of the seed has six bytes of zero Ethernet padding after it
        // (tshark -Y 'ip contains 00:00:00:00' selects frame 1 only)
        String seed = TestData.ROOT.resolve("captures/seed-rst.pcap").toString();
        assertThat(run("-r", seed, "-Y", "ip contains 00:00:00:00", "-T", "fields", "-e", "frame.number"))
                .isEqualTo("1\n");
        // IPv6's ends at its payload length, UDP's does not end at the UDP length (testdata/ipv6-routing/README.md)
        String trailer = TestData.ROOT.resolve("ipv6-routing/trailer.pcap").toString();
        assertThat(run("-r", trailer, "-Y", "ipv6 contains \"TRLR\"", "-T", "fields", "-e", "frame.number"))
                .isEmpty();
        assertThat(run("-r", trailer, "-Y", "eth contains \"TRLR\"", "-T", "fields", "-e", "frame.number"))
                .isEqualTo("1\n");
        assertThat(run("-r", trailer, "-Y", "udp contains \"XTRA\"", "-T", "fields", "-e", "frame.number"))
                .isEqualTo("3\n");
        assertThat(run("-r", trailer, "-Y", "udp contains \"cd\"", "-T", "fields", "-e", "frame.number"))
                .isEqualTo("1\n2\n3\n");
    }

    @Test
    void aProtocolsLengthIsItsItemsAsTsharkSetsIt() {
        // tshark -Y on the same captures: the http item spans the first line and headers only (a body's items lie
        // past its end), the IPv6 item grows by the extension headers when the chain ends in an upper layer
        // (ipv6_dissect_next), but not for a fragment shown as data nor a routing header that threw
        assertThat(frames(CAPTURE, "len(http) == 236")).isEqualTo("13 23");
        assertThat(frames(TestData.ROOT.resolve("captures/http-chunked.pcap").toString(), "len(http) == 73"))
                .isEqualTo("18");
        assertThat(frames(CAPTURE, "len(ipv6) == 48")).isEqualTo("1 3 4 48");
        assertThat(frames(CAPTURE, "ipv6[40] == 3a")).isEqualTo("1 3 4 48");
        assertThat(frames(CAPTURE, "len(ipv6) == 40")).isEqualTo("2 5");
        String mipv6 = TestData.ROOT.resolve("ipv6-routing/mipv6.pcap").toString();
        assertThat(frames(mipv6, "len(ipv6) == 40")).isEqualTo("9 10 11 12 13");
        assertThat(frames(mipv6, "len(ipv6) == 64")).isEqualTo("1 2 4 5 6 7 8");
        String frag = TestData.ROOT.resolve("ipv6-frag/ipv6-frag.pcap").toString();
        assertThat(frames(frag, "len(ipv6) == 40")).isEqualTo("1");
        assertThat(frames(frag, "len(ipv6) == 48")).isEqualTo("2");
    }

    private static String frames(String capture, String filter) {
        return run("-r", capture, "-Y", filter, "-T", "fields", "-e", "frame.number").trim().replace('\n', ' ');
    }
}
