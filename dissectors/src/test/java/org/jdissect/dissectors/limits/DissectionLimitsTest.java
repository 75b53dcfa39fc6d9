package org.jdissect.dissectors.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jdissect.dissectors.limits.Wire.*;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.jdissect.api.dissect.Dissection;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.limits.Limit;
import org.jdissect.api.limits.Limits;
import org.jdissect.api.tree.ProtoNode;
import org.junit.jupiter.api.Test;

/**
 * Every cap met during dissection, each set low so a few hand-built packets reach it: the packet gets the
 * jdissect.limit expert item (or Wireshark's "Dissector bug" marker for the tree caps) and the capture's tally counts
 * it. One test per line of ROBUSTNESS.md's table of limits.
 */
class DissectionLimitsTest {
    private static Dissection dissection(Limit l, long value) {
        return Engine.builder().addServices(Engine.class.getClassLoader())
                .limits(Limits.builtIn().with(l, value)).build().newDissection();
    }

    /** The messages of the jdissect.limit items in the packet's tree. */
    private static List<String> limitMessages(PacketContext ctx) {
        List<String> out = new ArrayList<>();
        ctx.tree().walk(n -> {
            Expert.Item i = Expert.item(n);
            if (i != null && i.def().abbrev().equals("jdissect.limit")) {
                out.add(i.message());
            }
        });
        return out;
    }

    private static String malformed(PacketContext ctx) {
        ProtoNode m = ctx.tree().find("_ws.malformed");
        return m == null ? null : m.label();
    }

    private static byte[] post(int contentLength, int bodyBytes) {
        return concat(ascii("POST /up HTTP/1.1\r\nHost: h\r\nContent-Length: " + contentLength + "\r\n\r\n"),
                filler(bodyBytes, 'x'));
    }

    @Test
    void tcpReassemblyBytesPerFlow() {
        Dissection d = dissection(Limit.TCP_REASSEMBLY_BYTES, 1000);
        PacketContext ctx = d.dissect(raw(1, ipv4(6, tcp(40000, 80, PSH_ACK, 1, post(5000, 100)))));
        assertThat(limitMessages(ctx)).singleElement().asString()
                .startsWith("TCP PDU of ").contains(" bytes in stream 0 not reassembled")
                .endsWith("[limit tcp.reassembly_bytes = 1000; raise it with -o tcp.reassembly_bytes:N"
                        + " (or -Djdissect.limit.tcp.reassembly_bytes=N)]");
        assertThat(d.limitHits().count(Limit.TCP_REASSEMBLY_BYTES)).isEqualTo(1);
        // the bytes show as segment data, as those of a PDU still waiting
        assertThat(ctx.tree().find("tcp.segment_data")).isNotNull();
    }

    @Test
    void tcpReassemblyBytesPerFlowAlsoBoundsAPduThatGrowsOneSegmentAtATime() {
        // a chunk-size line that never ends: HTTP asks for "one more segment" again and again
        Dissection d = dissection(Limit.TCP_REASSEMBLY_BYTES, 3000);
        byte[] head = ascii("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1");
        long seq = 1;
        d.dissect(raw(1, ipv4(6, tcp(80, 40000, PSH_ACK, seq, head))));
        seq += head.length;
        List<String> messages = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            byte[] more = filler(500, '1');
            messages.addAll(limitMessages(d.dissect(raw(2 + i, ipv4(6, tcp(80, 40000, PSH_ACK, seq, more))))));
            seq += more.length;
        }
        assertThat(messages).first().asString().startsWith("TCP PDU in stream 0 grew past 3000 bytes:"
                + " not reassembled");
    }

    @Test
    void reassemblyTotalBytesDropsTheOldestPendingPduToMakeRoom() {
        Dissection d = dissection(Limit.REASSEMBLY_TOTAL_BYTES, 3000);
        byte[] a1 = post(5000, 1000);
        d.dissect(raw(1, ipv4(6, tcp(40001, 80, PSH_ACK, 1, a1))));
        d.dissect(raw(2, ipv4(6, tcp(40002, 80, PSH_ACK, 1, post(5000, 1000)))));
        PacketContext ctx = d.dissect(raw(3, ipv4(6, tcp(40001, 80, PSH_ACK, 1 + a1.length, filler(1000, 'y')))));
        assertThat(limitMessages(ctx)).singleElement().asString()
                .startsWith("reassembly memory full: pending reassembly of TCP stream 1 (")
                .contains(" dropped to make room for TCP stream 0");
        assertThat(d.limitHits().count(Limit.REASSEMBLY_TOTAL_BYTES)).isEqualTo(1);
    }

    @Test
    void reassemblyTotalBytesRefusesAPduLargerThanTheWholeBudget() {
        Dissection d = dissection(Limit.REASSEMBLY_TOTAL_BYTES, 500);
        PacketContext ctx = d.dissect(raw(1, ipv4(6, tcp(40000, 80, PSH_ACK, 1, post(5000, 1000)))));
        assertThat(limitMessages(ctx)).singleElement().asString().contains("more than all reassemblies may hold");
    }

    @Test
    void reassemblyTotalBytesCountsIpFragmentsToo() {
        Dissection d = dissection(Limit.REASSEMBLY_TOTAL_BYTES, 1500);
        d.dissect(raw(1, ipv4(17, 1, 0, true, filler(1000, 'a'))));
        PacketContext ctx = d.dissect(raw(2, ipv4(17, 2, 0, true, filler(1000, 'b'))));
        assertThat(limitMessages(ctx)).singleElement().asString()
                .isEqualTo("reassembly memory full: pending reassembly of IP datagram of frame 1 (1000 bytes)"
                        + " dropped to make room for an IP datagram [limit reassembly.total_bytes = 1500;"
                        + " raise it with -o reassembly.total_bytes:N (or -Djdissect.limit.reassembly.total_bytes=N)]");
    }

    @Test
    void tcpStreamsForgetsTheLeastRecentlySeenAndMarksTheFirstTime() {
        Dissection d = dissection(Limit.TCP_STREAMS, 2);
        d.dissect(raw(1, ipv4(6, tcp(1001, 80, SYN, 0, new byte[0]))));
        d.dissect(raw(2, ipv4(6, tcp(1002, 80, SYN, 0, new byte[0]))));
        PacketContext third = d.dissect(raw(3, ipv4(6, tcp(1003, 80, SYN, 0, new byte[0]))));
        assertThat(limitMessages(third)).singleElement().asString()
                .startsWith("TCP conversation table full: stream 0 (least recently seen) forgotten");
        PacketContext fourth = d.dissect(raw(4, ipv4(6, tcp(1004, 80, SYN, 0, new byte[0]))));
        assertThat(limitMessages(fourth)).isEmpty();
        assertThat(d.limitHits().count(Limit.TCP_STREAMS)).isEqualTo(2);
        // the forgotten conversation comes back as a new stream
        PacketContext again = d.dissect(raw(5, ipv4(6, tcp(1001, 80, SYN, 0, new byte[0]))));
        assertThat(again.tree().find("tcp.stream").num()).isEqualTo(4);
    }

    @Test
    void ipFragmentDatagramsDropsTheOldestIpv4Datagram() {
        Dissection d = dissection(Limit.IP_FRAGMENT_DATAGRAMS, 2);
        d.dissect(raw(1, ipv4(17, 1, 0, true, filler(16, 'a'))));
        d.dissect(raw(2, ipv4(17, 2, 0, true, filler(16, 'b'))));
        PacketContext ctx = d.dissect(raw(3, ipv4(17, 3, 0, true, filler(16, 'c'))));
        assertThat(limitMessages(ctx)).singleElement().asString()
                .startsWith("IP fragment table full: oldest incomplete datagram (1 fragments) dropped");
        // datagram 1 is gone: its last fragment completes nothing
        PacketContext last = d.dissect(raw(4, ipv4(17, 1, 2, false, filler(16, 'a'))));
        assertThat(last.tree().find("ip.fragments")).isNull();
        // a full table evicts on every new datagram: marked once, counted each time
        assertThat(limitMessages(d.dissect(raw(5, ipv4(17, 4, 0, true, filler(16, 'd')))))).isEmpty();
        assertThat(d.limitHits().count(Limit.IP_FRAGMENT_DATAGRAMS)).isEqualTo(3);
    }

    @Test
    void ipFragmentDatagramsAppliesToIpv6Too() {
        Dissection d = dissection(Limit.IP_FRAGMENT_DATAGRAMS, 1);
        d.dissect(raw(1, ipv6Fragment(17, 1, 0, true, filler(16, 'a'))));
        PacketContext ctx = d.dissect(raw(2, ipv6Fragment(17, 2, 0, true, filler(16, 'b'))));
        assertThat(limitMessages(ctx)).singleElement().asString().startsWith("IP fragment table full");
    }

    @Test
    void ipReassemblyBytesBoundsOneDatagramFedTheSameFragmentForever() {
        Dissection d = dissection(Limit.IP_REASSEMBLY_BYTES, 256);
        List<String> messages = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            messages.addAll(limitMessages(d.dissect(raw(i, ipv4(17, 7, 0, true, filler(100, 'z'))))));
        }
        assertThat(messages).singleElement().asString().startsWith("IP datagram's fragments (2 so far) hold more"
                + " than 256 bytes: datagram not reassembled");
        // empty fragments are not buffered at all (Wireshark reassembles only fragments that carry bytes), so a
        // flood of them holds nothing and reaches no cap
        Dissection e = dissection(Limit.IP_REASSEMBLY_BYTES, 256);
        for (int i = 1; i <= 10; i++) {
            PacketContext ctx = e.dissect(raw(i, ipv4(17, 8, 0, true, new byte[0])));
            assertThat(ctx.tree().find("ip.fragments")).isNull();
        }
        assertThat(e.limitHits().count(Limit.IP_REASSEMBLY_BYTES)).isZero();
    }

    @Test
    void httpBodyBytesLeavesALargerBodyUnreassembled() {
        Dissection d = dissection(Limit.HTTP_BODY_BYTES, 1000);
        PacketContext ctx = d.dissect(raw(1, ipv4(6, tcp(40000, 80, PSH_ACK, 1, post(5000, 100)))));
        assertThat(limitMessages(ctx)).singleElement().asString()
                .startsWith("HTTP body of 5000 bytes (Content-Length) not reassembled");
        ProtoNode http = ctx.tree().find("http");
        assertThat(http.find("jdissect.limit")).isNotNull();
    }

    @Test
    void httpBodyBytesAlsoBoundsAChunkedBody() {
        Dissection d = dissection(Limit.HTTP_BODY_BYTES, 1000);
        // one whole chunk of 0x300 bytes, then a second one cut: 1080 body bytes, still incomplete
        byte[] body = concat(concat(ascii("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n300\r\n"),
                filler(0x300, 'q')), concat(ascii("\r\n300\r\n"), filler(300, 'q')));
        PacketContext ctx = d.dissect(raw(1, ipv4(6, tcp(80, 40000, PSH_ACK, 1, body))));
        assertThat(limitMessages(ctx)).singleElement().asString()
                .startsWith("chunked HTTP body past 1000 bytes not reassembled");
    }

    @Test
    void httpInflatedBytesCutsAGzipBodyThatInflatesPastIt() throws java.io.IOException {
        // 1 MB of zeros is a gzip body of about a kilobyte: a small zip bomb
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(gz)) {
            z.write(new byte[1 << 20]);
        }
        byte[] body = gz.toByteArray();
        Dissection d = dissection(Limit.HTTP_INFLATED_BYTES, 100_000);
        PacketContext ctx = d.dissect(raw(1, ipv4(6, tcp(80, 40000, PSH_ACK, 1, concat(ascii("HTTP/1.1 200 OK\r\n"
                + "Content-Encoding: gzip\r\nContent-Length: " + body.length + "\r\n\r\n"), body)))));
        assertThat(limitMessages(ctx)).singleElement().asString()
                .startsWith("HTTP body (gzip) inflated no further than 100000 bytes");
        assertThat(ctx.tree().find("http.file_data").length()).isEqualTo(100_000);
        assertThat(d.limitHits().count(Limit.HTTP_INFLATED_BYTES)).isEqualTo(1);
        // under the cap the whole body inflates, unmarked
        Dissection whole = dissection(Limit.HTTP_INFLATED_BYTES, 1 << 20);
        PacketContext all = whole.dissect(raw(1, ipv4(6, tcp(80, 40000, PSH_ACK, 1, concat(ascii("HTTP/1.1 200 OK\r\n"
                + "Content-Encoding: gzip\r\nContent-Length: " + body.length + "\r\n\r\n"), body)))));
        assertThat(limitMessages(all)).isEmpty();
        assertThat(all.tree().find("http.file_data").length()).isEqualTo(1 << 20);
    }

    @Test
    void httpStreamsForgetsTheLeastRecentlyUsedPairing() {
        Dissection d = dissection(Limit.HTTP_STREAMS, 1);
        d.dissect(raw(1, ipv4(6, tcp(40001, 80, PSH_ACK, 1, ascii("GET /a HTTP/1.1\r\nHost: h\r\n\r\n")))));
        PacketContext ctx = d.dissect(raw(2, ipv4(6, tcp(40002, 80, PSH_ACK, 1,
                ascii("GET /b HTTP/1.1\r\nHost: h\r\n\r\n")))));
        assertThat(limitMessages(ctx)).singleElement().asString()
                .startsWith("HTTP stream table full: pairing of TCP stream 0 (least recently seen) forgotten");
    }

    @Test
    void arpAddressesForgetsTheLeastRecentlySeenBinding() {
        Dissection d = dissection(Limit.ARP_ADDRESSES, 1);
        d.dissect(arpRequest(1, 0x00112233440aL, 0x0a000001));
        // another address takes the only place: 10.0.0.1's binding is forgotten, so a new MAC for it is no duplicate
        d.dissect(arpRequest(2, 0x00112233440bL, 0x0a000002));
        PacketContext ctx = d.dissect(arpRequest(3, 0x00112233440cL, 0x0a000001));
        assertThat(ctx.tree().find("arp.duplicate-address-frame")).isNull();
        assertThat(d.limitHits().count(Limit.ARP_ADDRESSES)).isEqualTo(2);
        // with room for both, the same packets show the duplicate
        Dissection roomy = dissection(Limit.ARP_ADDRESSES, 2);
        roomy.dissect(arpRequest(1, 0x00112233440aL, 0x0a000001));
        roomy.dissect(arpRequest(2, 0x00112233440bL, 0x0a000002));
        PacketContext dup = roomy.dissect(arpRequest(3, 0x00112233440cL, 0x0a000001));
        assertThat(dup.tree().find("arp.duplicate-address-frame").num()).isEqualTo(1);
        assertThat(roomy.limitHits().count(Limit.ARP_ADDRESSES)).isZero();
    }

    @Test
    void httpStreamsCountsARepeatOfTheLatestStreamAsItsUse() {
        Dissection d = dissection(Limit.HTTP_STREAMS, 1);
        d.dissect(raw(1, ipv4(6, tcp(40001, 80, PSH_ACK, 1, ascii("GET /a HTTP/1.1\r\nHost: h\r\n\r\n")))));
        d.dissect(raw(2, ipv4(6, tcp(40002, 80, PSH_ACK, 1, ascii("GET /b HTTP/1.1\r\nHost: h\r\n\r\n")))));
        PacketContext again = d.dissect(raw(3, ipv4(6, tcp(40002, 80, PSH_ACK, 29,
                ascii("GET /c HTTP/1.1\r\nHost: h\r\n\r\n")))));
        assertThat(limitMessages(again)).isEmpty();
        PacketContext back = d.dissect(raw(4, ipv4(6, tcp(40001, 80, PSH_ACK, 29,
                ascii("GET /d HTTP/1.1\r\nHost: h\r\n\r\n")))));
        assertThat(limitMessages(back)).isEmpty(); // counted, marked once: the first eviction was marked
        assertThat(d.limitHits().count(Limit.HTTP_STREAMS)).isEqualTo(2);
        assertThat(back.tree().find("http.request_number").num()).isEqualTo(1); // stream 0 starts over
    }

    @Test
    void treeItemsEndTheLayerWithWiresharksMarker() {
        byte[] small = ipv4(17, udp(1, 2, new byte[0]));
        byte[] large = ipv4(6, tcp(40000, 80, SYN, 0, new byte[0]));
        int smallItems = Engine.standard().newDissection().dissect(raw(1, small)).tree().size();
        Dissection d = dissection(Limit.TREE_ITEMS, smallItems);
        assertThat(d.dissect(raw(1, small)).tree().find("_ws.malformed")).isNull();
        PacketContext ctx = d.dissect(raw(2, large));
        assertThat(malformed(ctx)).matches("\\[Dissector bug, protocol TCP: Adding \\S+ would put more than "
                + smallItems + " items in the tree -- possible infinite loop \\(max number of items can be increased in"
                + " advanced preferences\\)]");
        assertThat(d.limitHits().count(Limit.TREE_ITEMS)).isEqualTo(1);
        // every packet starts with a fresh count
        assertThat(d.dissect(raw(3, small)).tree().find("_ws.malformed")).isNull();
    }

    @Test
    void treeDepthEndsTheLayerWithWiresharksMarker() {
        Dissection d = dissection(Limit.TREE_DEPTH, 4);
        // the SYN's expert item sits four levels down: tcp, flags, syn, expert; a cap of 4 allows three (proto.c
        // counts the hidden root too), which the marker and its finding fit in
        PacketContext ctx = d.dissect(raw(1, ipv4(6, tcp(40000, 80, SYN, 0, new byte[0]))));
        assertThat(malformed(ctx)).startsWith("[Dissector bug, protocol TCP: Maximum tree depth 4 exceeded for \"");
        assertThat(d.limitHits().count(Limit.TREE_DEPTH)).isEqualTo(1);
    }

    @Test
    void layerDepthBoundsIpInIp() {
        Dissection d = dissection(Limit.LAYER_DEPTH, 3);
        byte[] pkt = ipv4(17, udp(1, 2, new byte[0]));
        for (int i = 0; i < 5; i++) {
            pkt = ipv4(4, pkt);
        }
        PacketContext ctx = d.dissect(raw(1, pkt));
        assertThat(malformed(ctx)).isEqualTo("[Dissector bug, protocol IPv4: Maximum tree depth 3 exceeded"
                + " (IP in IP)]");
        assertThat(d.limitHits().count(Limit.LAYER_DEPTH)).isEqualTo(1);
    }

    private static byte[] dnsQuery(byte[]... questions) {
        ByteArrayOutputStream m = new ByteArrayOutputStream();
        m.writeBytes(new byte[] {0x12, 0x34, 0x01, 0x00, 0, (byte) questions.length, 0, 0, 0, 0, 0, 0});
        for (byte[] q : questions) {
            m.writeBytes(q);
        }
        return m.toByteArray();
    }

    @Test
    void dnsNameLengthCutsTheName() {
        Dissection d = dissection(Limit.DNS_NAME_LENGTH, 10);
        byte[] q = concat(ascii("\u0007aaaaaaa\u0007bbbbbbb\u0007ccccccc\u0000"), new byte[] {0, 1, 0, 1});
        PacketContext ctx = d.dissect(raw(1, ipv4(17, udp(5353, 53, dnsQuery(q)))));
        assertThat(limitMessages(ctx)).singleElement().asString().startsWith("DNS name longer than 10 characters:"
                + " cut");
        assertThat(ctx.tree().find("dns.qry.name").obj()).isEqualTo("aaaaaaa.bbbbbbb");
    }

    @Test
    void dnsPointerHopsCutsAChainOfBackwardPointers() {
        Dissection d = dissection(Limit.DNS_POINTER_HOPS, 2);
        byte[] t = {0, 1, 0, 1};
        byte[] q1 = concat(ascii("\u0001a\u0000"), t); // at 12
        byte[] q2 = concat(new byte[] {1, 'b', (byte) 0xc0, 12}, t); // at 19
        byte[] q3 = concat(new byte[] {1, 'c', (byte) 0xc0, 19}, t); // at 27
        byte[] q4 = concat(new byte[] {(byte) 0xc0, 27}, t); // at 35: 35 → 27 → 19 → 12 is three hops
        PacketContext ctx = d.dissect(raw(1, ipv4(17, udp(5353, 53, dnsQuery(q1, q2, q3, q4)))));
        assertThat(limitMessages(ctx)).singleElement().asString()
                .startsWith("DNS name follows more than 2 compression pointers: cut");
        assertThat(ctx.tree().findAll("dns.qry.name").get(3).obj()).isEqualTo("c.b.<Name contains a pointer that loops>");
    }

    @Test
    void defaultsLeaveOrdinaryTrafficAlone() {
        Dissection d = Engine.standard().newDissection();
        PacketContext ctx = d.dissect(raw(1, ipv4(6, tcp(40000, 80, PSH_ACK, 1, post(20, 20)))));
        assertThat(limitMessages(ctx)).isEmpty();
        assertThat(d.limitHits().reached(d.engine().limits())).isEmpty();
    }
}
