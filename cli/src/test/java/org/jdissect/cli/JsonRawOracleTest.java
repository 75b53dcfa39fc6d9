package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code -T json -x} against {@code tshark -n -T json -x} (testdata/oracle/tshark/raw, made by its make.sh): every
 * field's "_raw" member, the bytes (or a bit field's value), offset in its data source, length, mask and type,
 * so the offsets and lengths of every item of the tree are checked, not only its text.
 */
@ExtendWith(InUtc.class)
class JsonRawOracleTest {
    /** tshark's output for {@code capture}, a path under testdata/. */
    static String oracle(String capture) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(
                TestData.oracle("tshark", "raw/" + capture.replace('/', '_') + ".json.gz")))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String ours(String capture) {
        int[] rc = new int[1];
        String out = TestData.run(rc, "-r", TestData.ROOT.resolve(capture).toString(), "-T", "json", "-x");
        assertThat(rc[0]).as("exit code").isZero();
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"captures/seed-rst.pcap", "captures/http-basic.pcap", "captures/dns-http.pcap",
        "captures/icmp-arp.pcap", "captures/udp-misc.pcap", "captures/ipv6-http.pcap", "captures/http-chunked.pcap",
        "captures/tcp-resets.pcap",
        // the http item to the end of the data unless a media type's dissector took the body
        "captures/http-pipelined.pcap", "http-gzip/gzip.pcap", "crafted-tcp/binary-body.pcap",
        // protocol items no longer than the captured bytes (cut ARP, Linux cooked, VLAN and routing headers)
        "arp/arp.pcap", "sll/sll.pcap", "tcpdump-link/captures/sll-vlan.pcap", "ipv6-routing/mipv6.pcap",
        // IP options (a second registration of one name), ICMP extensions, fragment overlap; FT_STRINGZ form fields
        // are in http-basic
        "crafted-icmp/icmp.pcap",
        // udp.payload to the end of UDP's data, not the UDP length; ipv6.fragments an FT_NONE subtree
        "ipv6-routing/trailer.pcap", "ipv6-frag/ipv6-frag.pcap",
        // the IPv4 item of IPv6 met as IPv4 covers no byte; Pad1's item length; IPv6 cut by a payload length of 0;
        // the tcpdump suite's BSD loopback capture (IPv6 in family 2: no IPv4 item)
        "crafted-ipv6/eth.pcap", "crafted-ipv6/null.pcap", "tcpdump-link/captures/null.pcap",
        // TCP and UDP quoted by ICMP and ICMPv6 errors
        "crafted-ipv6/quoted.pcap", "crafted-icmp/icmp-quoted.pcap", "llc/llc.pcap", "tcpdump-link/captures/llc.pcap",
        "tcpdump-link/captures/sll-llc.pcap", "crafted-tcp/short-segment.pcap", "http-multipart/multipart.pcap",
        "crafted-ipv6/ext-headers.pcap", "llc/stp.pcap", "crafted-ipv6/options.pcap", "icmpv6-nd/redirect.pcap",
        "crafted-icmp/quoted-udp.pcap",
        // spanning tree's crafted BPDUs: MSTI records within the version 3 length, BPDUs under the IEEE 802.1 OUI,
        // LLC and SNAP headers cut by the capture
        "tcpdump-link/captures/stp.pcap",
        // ICMPv6 node information: names through get_dns_name, address pairs, cut data
        "icmpv6-nd/nodeinfo.pcap",
        // IPv6 and ICMPv6 cut short, undecoded ICMPv6 types and options, RFC 4884 in ICMPv6, IP in IP
        "crafted-ipv6/cut.pcap", "crafted-icmp/v4cut.pcap",
        // DNS: every record type's items (LOC, A6's suffix in the bytes it needs, APL, TSIG's MAC, WKS bits…), a
        // key's data read to the message's end, names through compression pointers
        "crafted-dns/dns.pcap",
        // NTP: timestamps, reference IDs, extension fields, MACs, control and private messages, cut messages
        "ntp/ntp.pcap",
        // CDP: TLV subtrees, addresses, byte-swapped ODR prefixes, verified checksums, cut TLVs
        "cdp/cdp.pcap",
        // NTP as real servers and clients sent it (tcpdump 4.99.3's own test captures)
        "tcpdump-udp/captures/ntp.pcap", "tcpdump-udp/captures/ntp-time.pcap",
        // VXLAN: the inner frame's layers, cut headers; tcpdump's own VXLAN capture
        "vxlan/vxlan.pcap", "tcpdump-udp/captures/vxlan.pcap",
        // syslog: RFC 3164 and 5424 headers, NUL-terminated messages; tcpdump's own syslog capture
        "syslog/syslog.pcap", "tcpdump-udp/captures/syslog_udp.pcap",
        // IEEE 802.3 Slow Protocols: LACP (HP's IRF tail, trailers, vLACP), Marker; CDP TLVs cut at the message's end
        "slow/slow.pcap", "cdp/cdp-end.pcap",
        // Cisco's DTP, UDLD, loopback and VTP
        "cisco-l2/cisco-l2.pcap", "cisco-l2/cisco-lan.pcap",
        // spanning tree's other forms (PVST+, MST layouts, SPB, Ethertype 0x8181, GARP) and 802.3 frames cut short
        "llc/bpdu.pcap", "llc/cut.pcap",
        // DHCP: option items over bytes past the end of a message cut short, options in the overloaded server name,
        // a domain search list split over two options (its names cover no bytes)
        "dhcp/dhcp.pcap",
        // IGMP: every version, v3 group records, mtrace blocks, checksums over 8 bytes or all, cut messages
        "igmp/igmp.pcap", "tls/tls-crafted.pcap",
        // DHCP as real clients, servers and relays sent it (tcpdump 4.99.3's own test captures; its dhcp.pcap ends with
        // a DNS message cut short, whose tree is not tshark's yet)
        "tcpdump-udp/captures/dhcp-rfc3004.pcap", "tcpdump-udp/captures/dhcp-rfc4388.pcap",
        "tcpdump-udp/captures/dhcp-rfc5859.pcap", "tcpdump-udp/captures/dhcp-mud.pcap",
        "tcpdump-udp/captures/bootp_asan.pcap", "tcpdump-udp/captures/bootp_asan-2.pcap",
        "tcpdump-udp/captures/QinQpacket.pcap",
        // LLDP: every TLV's items, the trailer after the End TLV, TLVs longer than the frame
        "lldp/lldp.pcap", "tcpdump-link/captures/lldp-app-priority.pcap",
        "tcpdump-link/captures/lldp-infinite-loop-1.pcap", "tcpdump-link/captures/lldp-infinite-loop-2.pcap",
        "tcpdump-link/captures/lldp_8021_linkagg.pcap", "tcpdump-link/captures/lldp_8023_mtu-oobr.pcap",
        "tcpdump-link/captures/lldp_asan.pcap", "tcpdump-link/captures/lldp_mudurl.pcap",
        "tcpdump-link/captures/LLDP_and_CDP.pcap",
        // FT_STRINGZPAD (ftype 43: MSTP's configuration name, LLDP-MED's inventory), FT_UINT40 (8: LLDP-MED's
        // coordinates); DHCP's FT_GUID client UUIDs (36) are in dhcp.pcap
        "llc/mstp.pcap", "lldp/lldp-med.pcap"})
    void wholeDocumentIsTsharksText(String capture) throws IOException {
        assertThat(Golden.firstDifference(oracle(capture), ours(capture))).as(capture).isEmpty();
    }

    /** tcpdump's own test captures whose every layer jdissect dissects (testdata/oracle/tshark/raw/suite.txt). */
    static Stream<String> suiteCaptures() throws IOException {
        return Files.readAllLines(TestData.oracle("tshark", "raw/suite.txt")).stream().filter(l -> !l.isBlank());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("suiteCaptures")
    void tcpdumpSuiteCaptureIsTsharksText(String capture) throws IOException {
        String expected;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(
                TestData.oracle("tshark", "raw/suite/" + capture + ".json.gz")))) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(Golden.firstDifference(expected, ours("tcpdump-suite/captures/" + capture))).as(capture).isEmpty();
    }
}
