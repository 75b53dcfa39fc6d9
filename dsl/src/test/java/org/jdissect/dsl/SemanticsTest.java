package org.jdissect.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import org.jdissect.api.tree.ProtoTree;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What filters mean on hand-built dissections; each row is (filter, expected verdict). */
class SemanticsTest {
    private static final ProtoTree HTTP = Packets.httpHead();
    private static final ProtoTree TUNNEL = Packets.tunnelled();

    private static boolean run(String filter, ProtoTree tree) {
        return DisplayFilter.compile(filter, TestRegistry.REGISTRY).test(tree);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // multi-valued ip.addr and the four equality quantifiers
            "ip.addr == 10.0.0.5 | true",
            "ip.addr == 207.46.134.94 | true",
            "ip.addr != 10.0.0.5 | false",
            "ip.addr != 1.2.3.4 | true",
            "ip.addr !== 10.0.0.5 | true",
            "ip.addr === 10.0.0.5 | false",
            "ip.addr all_eq 10.0.0.5 | false",
            "ip.addr any_ne 10.0.0.5 | true",
            "ip.addr ne 10.0.0.5 | false",
            "all ip.addr > 1.1.1.1 | true",
            "all ip.addr > 10.0.0.5 | false",
            "any ip.addr > 10.0.0.5 | true",
            "not ip.addr == 10.0.0.5 | false",
            "!(ip.addr == 10.0.0.6) | true",
            // CIDR
            "ip.addr == 10.0.0.0/8 | true",
            "ip.src == 10.0.0.0/8 | true",
            "ip.dst == 10.0.0.0/8 | false",
            "ip.src != 10.0.0.0/8 | false",
            "ip.dst == 207.46.0.0/16 | true",
            "ip.addr == 0.0.0.0/0 | true",
            // MAC notations
            "eth.src == 00:09:6b:88:f5:c9 | true",
            "eth.src == 00-09-6b-88-f5-c9 | true",
            "eth.src == 0009.6b88.f5c9 | true",
            "eth.src == 00.09.6b.88.f5.c9 | true",
            "eth.addr == 00:e0:81:00:b0:28 | true",
            "eth.dst > 00:09:6b:88:f5:c9 | true",
            // slices
            "eth.src[0:3] == 00:09:6b | true",
            "eth.src[-3:3] == 88:f5:c9 | true",
            "eth.src[3:] == 88:f5:c9 | true",
            "eth.src[:2] == 00:09 | true",
            "eth.src[1-2] == 09:6b | true",
            "eth.src[0] == 00 | true",
            "ip.src[0] == 0a | true",
            "ip.src[0:2] == 0a:00 | true",
            "frame[12:2] == 08:00 | true",
            "frame[0:2,12] == 00:e0:08 | true",
            "frame[54:4] == \"HEAD\" | true",
            "frame[54] == 'H' | true",
            "frame[100000] | false",
            "frame[0] | true",
            "http.request.method[0] == \"H\" | true",
            "http.request.method[-1] == \"D\" | true",
            "http.request.method[1:2] == \"EA\" | true",
            "eth[0] & 1 | false",
            // contains and matches
            "http contains \"HEAD\" | true",
            "frame contains 48:45:41:44 | true",
            "frame contains \"update.microsoft\" | true",
            "eth contains 6b | true",
            "eth contains ff:ff:ff | false",
            "frame contains :00096b | true",
            "http.user_agent contains \"UPDATE\" | true",
            "http.user_agent contains \"update\" | false",
            "http.request.method contains 48:45:41:44 | false",
            "http.host matches \"MICROSOFT\" | true",
            "http.host ~ \"(?-i)MICROSOFT\" | false",
            "http.host matches r\"update\\.microsoft\\.c..\" | true",
            "http.host matches \"^update\\\\.\" | true",
            "frame matches \"head /v4\" | true",
            // sets and ranges
            "tcp.port in {80, 443} | true",
            "tcp.port in {80,443} | true",
            "tcp.port in {1 .. 79, 81..1000} | false",
            "tcp.dstport in {70..90} | true",
            "tcp.port not in {80} | false",
            "tcp.srcport not in {80} | true",
            "all tcp.port in {80, 3267} | true",
            "all tcp.port in {80} | false",
            "http.request.method in {\"GET\", \"HEAD\"} | true",
            "tcp.checksum.status in {\"Unverified\", \"Good\"} | true",
            "ip.addr in {10.0.0.1 .. 10.0.0.9} | true",
            "frame.time_delta in {-2.0 .. 0.0} | true",
            "frame.time_delta in {-20 .. -0.7} | false",
            // integer literals, value names, booleans
            "tcp.dstport == 0x50 | true",
            "tcp.dstport == 0120 | true",
            "tcp.dstport == 0b1010000 | true",
            "tcp.dstport == 'P' | true",
            "tcp.dstport eq 80 | true",
            "ip.proto == TCP | true",
            "ip.proto == Tcp | true",
            "ip.proto == \"udp\" | false",
            "eth.type == IPv4 | true",
            "eth.type == 0x0800 | true",
            "tcp.flags.syn | true",
            "tcp.flags.syn == 1 | false",
            "tcp.flags.ack == True | true",
            "tcp.flags.ack == TRUE | true",
            "tcp.flags.ack == 2 | true",
            "tcp.flags.syn == FALSE | true",
            "tcp.flags.syn == \"Not set\" | true",
            "tcp.flags.ack == Set | true",
            "ip.flags.df == 1 | true",
            "ip.ttl > -1 | false",
            "ip.ttl == -1 | false",
            "ip.ttl != -1 | true",
            "tcp.window_size_scalefactor == -1 | true",
            "tcp.window_size_scalefactor < 0 | true",
            // arithmetic and bitwise and
            "tcp.dstport == 79 + 1 | true",
            "tcp.dstport == 81 - 1 | true",
            "tcp.srcport == tcp.dstport + 3187 | true",
            "tcp.srcport - 3187 == tcp.dstport | true",
            "tcp.dstport * {10 / {5 - 4}} == 800 | true",
            "tcp.dstport == -tcp.dstport | false",
            "tcp.dstport % 7 == 3 | true",
            "tcp.flags & 0x10 | true",
            "tcp.flags & 0x02 | false",
            "tcp.flags & 0x1F == 0x18 | true",
            "tcp.flags bitwise_and 0x08 | true",
            "tcp.srcport > tcp.dstport > 79 | true",
            "tcp.srcport > tcp.dstport > 80 | false",
            // functions
            "len(http.request.method) == 4 | true",
            "len(ip.src) == 4 | true",
            "len(eth.src) == 6 | true",
            "len(tcp.port) == 2 | true",
            "count(ip.addr) == 2 | true",
            "count(udp.port) == 0 | true",
            "upper(http.host) contains \"MICROSOFT\" | true",
            "lower(http.user_agent) contains \"update\" | true",
            "string(frame.number) == \"1\" | true",
            "string(frame.number) matches \"[13579]$\" | true",
            "string(ip.src) == \"10.0.0.5\" | true",
            "string(eth.src) contains \"00:09:6b\" | true",
            "max(tcp.srcport, tcp.dstport) == 3267 | true",
            "min(tcp.srcport, tcp.dstport) == 80 | true",
            "min(tcp.port) == 80 | true",
            "tcp.dstport == abs(-80) | true",
            "abs(tcp.window_size_scalefactor) == 1 | true",
            // strings, escapes, times, absent fields
            "http.request.method == \"\\x48EAD\" | true",
            "http.request.method == \"\\110EAD\" | true",
            "http.request.method == \"\\u00e9\" | false",
            "http.request.method == HEAD | true",
            "http.request.method > \"HEAC\" | true",
            "http.request.method <= \"HEAD\" | true",
            "http.request | true",
            "frame.time == \"2002-12-31 13:55:31.3 UTC\" | true",
            "frame.time == \"Dec 31, 2002 13:55:31.3\" | true",
            "frame.time > \"2002-12-31T13:55:31Z\" | true",
            "frame.time_delta == 0 | true",
            "udp.port != 53 | false",
            "udp.port == 53 | false",
            "not udp | true",
            "tcp and not udp | true",
            "udp or tcp | true",
            "tcp.port == ${tcp.port} | false",
            "udp.srcport == .udp.dstport | false",
            "tcp.srcport == .tcp.srcport | true",
    })
    void onTheHttpRequest(String filter, boolean expected) {
        assertThat(run(filter, HTTP)).as(filter).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "ip.src#1 == 10.0.0.5 | true",
            "ip.src#2 == 2.2.2.2 | true",
            "ip.src#2 == 10.0.0.5 | false",
            "ip.dst#[-1] == 9.9.9.9 | true",
            "ip.dst#[-1] == 10.0.0.9 | false",
            "ip.dst#[1-2] == 9.9.9.9 | true",
            "ip.addr#3 | false",
            "ip.addr#2 | true",
            "count(ip.addr) == 4 | true",
            "ip.src == 2.2.2.2 | true",
            "ipv6.dst == ff05::9999 | true",
            "ipv6.dst == ff05::9990 | false",
            "ipv6.dst == ff05::/16 | true",
            "ipv6.dst == ff04::/16 | false",
            "ipv6.dst != ff04::0/64 | true",
            "ipv6.dst > ff05::0 | true",
            "ipv6.dst[14:2] == 99:99 | true",
            "ipv6.dst == ff05:0:0:0:0:0:0:9999 | true",
            "icmp.resptime == 492.204 | true",
            "icmp.resptime == 492204e-3 | true",
            "icmp.resptime > 492 | true",
            "icmp.resptime < 492.204 | false",
    })
    void onTheTunnelledPacket(String filter, boolean expected) {
        assertThat(run(filter, TUNNEL)).as(filter).isEqualTo(expected);
    }
}
