package org.jdissect.dsl;

import java.util.Map;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldRegistry;
import org.jdissect.api.field.FieldType;

/** A realistic slice of Wireshark's fields for filter tests, declared as dissectors would. */
final class TestRegistry {
    static final FieldDef FRAME = FieldDef.builder("frame", "Frame", FieldType.PROTOCOL).build();
    static final FieldDef FRAME_NUMBER = FieldDef.builder("frame.number", "Frame Number", FieldType.UINT32).build();
    static final FieldDef FRAME_LEN = FieldDef.builder("frame.len", "Frame length", FieldType.UINT32).build();
    static final FieldDef FRAME_TIME = FieldDef.builder("frame.time", "Arrival Time", FieldType.ABSOLUTE_TIME).build();
    static final FieldDef FRAME_TIME_DELTA =
            FieldDef.builder("frame.time_delta", "Time delta", FieldType.RELATIVE_TIME).build();
    static final FieldDef ETH = FieldDef.builder("eth", "Ethernet II", FieldType.PROTOCOL).build();
    static final FieldDef ETH_DST = FieldDef.builder("eth.dst", "Destination", FieldType.ETHER).build();
    static final FieldDef ETH_SRC = FieldDef.builder("eth.src", "Source", FieldType.ETHER).build();
    static final FieldDef ETH_ADDR = FieldDef.builder("eth.addr", "Address", FieldType.ETHER).build();
    static final FieldDef ETH_TYPE = FieldDef.builder("eth.type", "Type", FieldType.UINT16).hex()
            .names(Map.of(0x0800L, "IPv4", 0x86ddL, "IPv6", 0x0806L, "ARP")).build();
    static final FieldDef IP = FieldDef.builder("ip", "Internet Protocol Version 4", FieldType.PROTOCOL).build();
    static final FieldDef IP_VERSION = FieldDef.builder("ip.version", "Version", FieldType.UINT8).mask(0xF0, 8).build();
    static final FieldDef IP_LEN = FieldDef.builder("ip.len", "Total Length", FieldType.UINT16).build();
    static final FieldDef IP_TTL = FieldDef.builder("ip.ttl", "Time to Live", FieldType.UINT8).build();
    static final FieldDef IP_PROTO = FieldDef.builder("ip.proto", "Protocol", FieldType.UINT8)
            .names(Map.of(6L, "TCP", 17L, "UDP", 1L, "ICMP")).build();
    static final FieldDef IP_FLAGS = FieldDef.builder("ip.flags", "Flags", FieldType.UINT8).hex().build();
    static final FieldDef IP_FLAGS_DF =
            FieldDef.builder("ip.flags.df", "Don't fragment", FieldType.BOOLEAN).mask(0x40, 8).setNotSet().build();
    static final FieldDef IP_SRC = FieldDef.builder("ip.src", "Source Address", FieldType.IPV4).build();
    static final FieldDef IP_DST = FieldDef.builder("ip.dst", "Destination Address", FieldType.IPV4).build();
    static final FieldDef IP_ADDR = FieldDef.builder("ip.addr", "Source or Destination Address", FieldType.IPV4).build();
    static final FieldDef IPV6 = FieldDef.builder("ipv6", "Internet Protocol Version 6", FieldType.PROTOCOL).build();
    static final FieldDef IPV6_DST = FieldDef.builder("ipv6.dst", "Destination Address", FieldType.IPV6).build();
    static final FieldDef TCP = FieldDef.builder("tcp", "Transmission Control Protocol", FieldType.PROTOCOL).build();
    static final FieldDef TCP_SRCPORT = FieldDef.builder("tcp.srcport", "Source Port", FieldType.UINT16).build();
    static final FieldDef TCP_DSTPORT = FieldDef.builder("tcp.dstport", "Destination Port", FieldType.UINT16).build();
    static final FieldDef TCP_PORT = FieldDef.builder("tcp.port", "Source or Destination Port", FieldType.UINT16).build();
    static final FieldDef TCP_SEQ = FieldDef.builder("tcp.seq", "Sequence Number", FieldType.UINT32).build();
    static final FieldDef TCP_LEN = FieldDef.builder("tcp.len", "TCP Segment Len", FieldType.UINT32).build();
    static final FieldDef TCP_FLAGS = FieldDef.builder("tcp.flags", "Flags", FieldType.UINT16).hex().build();
    static final FieldDef TCP_FLAGS_SYN = FieldDef.builder("tcp.flags.syn", "Syn", FieldType.BOOLEAN)
            .mask(0x002, 12).setNotSet().build();
    static final FieldDef TCP_FLAGS_RESET = FieldDef.builder("tcp.flags.reset", "Reset", FieldType.BOOLEAN)
            .mask(0x004, 12).setNotSet().build();
    static final FieldDef TCP_FLAGS_ACK = FieldDef.builder("tcp.flags.ack", "Acknowledgment", FieldType.BOOLEAN)
            .mask(0x010, 12).setNotSet().build();
    static final FieldDef TCP_WSF = FieldDef.builder("tcp.window_size_scalefactor", "Window size scaling factor",
            FieldType.INT32).build();
    static final FieldDef TCP_PAYLOAD = FieldDef.builder("tcp.payload", "TCP payload", FieldType.BYTES).build();
    static final FieldDef TCP_CHECKSUM_STATUS = FieldDef.builder("tcp.checksum.status", "Checksum Status",
            FieldType.UINT8).names(Map.of(0L, "Bad", 1L, "Good", 2L, "Unverified")).build();
    static final FieldDef UDP = FieldDef.builder("udp", "User Datagram Protocol", FieldType.PROTOCOL).build();
    static final FieldDef UDP_PORT = FieldDef.builder("udp.port", "Source or Destination Port", FieldType.UINT16).build();
    static final FieldDef UDP_SRCPORT = FieldDef.builder("udp.srcport", "Source Port", FieldType.UINT16).build();
    static final FieldDef UDP_DSTPORT = FieldDef.builder("udp.dstport", "Destination Port", FieldType.UINT16).build();
    static final FieldDef HTTP = FieldDef.builder("http", "Hypertext Transfer Protocol", FieldType.PROTOCOL).build();
    static final FieldDef HTTP_METHOD =
            FieldDef.builder("http.request.method", "Request Method", FieldType.STRING).build();
    static final FieldDef HTTP_HOST = FieldDef.builder("http.host", "Host", FieldType.STRING).build();
    static final FieldDef HTTP_UA = FieldDef.builder("http.user_agent", "User-Agent", FieldType.STRING).build();
    static final FieldDef HTTP_REQUEST = FieldDef.builder("http.request", "Request", FieldType.NONE).build();
    static final FieldDef ICMP_RESPTIME = FieldDef.builder("icmp.resptime", "Response time", FieldType.DOUBLE).build();
    /** FT_UINT40 BASE_CUSTOM, as packet-lldp.c declares it. */
    static final FieldDef LLDP_LATITUDE = FieldDef.builder("lldp.media.loc.latitude", "Latitude", FieldType.UINT40)
            .base(org.jdissect.api.field.Base.CUSTOM).build();

    static final FieldRegistry REGISTRY = build();

    private TestRegistry() {
    }

    private static FieldRegistry build() {
        FieldRegistry.Builder b = FieldRegistry.builder();
        for (FieldDef f : new FieldDef[] {FRAME, FRAME_NUMBER, FRAME_LEN, FRAME_TIME, FRAME_TIME_DELTA, ETH, ETH_DST,
                ETH_SRC, ETH_ADDR, ETH_TYPE, IP, IP_VERSION, IP_LEN, IP_TTL, IP_PROTO, IP_FLAGS, IP_FLAGS_DF, IP_SRC,
                IP_DST, IP_ADDR, IPV6, IPV6_DST, TCP, TCP_SRCPORT, TCP_DSTPORT, TCP_PORT, TCP_SEQ, TCP_LEN, TCP_FLAGS,
                TCP_FLAGS_SYN, TCP_FLAGS_RESET, TCP_FLAGS_ACK, TCP_WSF, TCP_PAYLOAD, TCP_CHECKSUM_STATUS, UDP, UDP_PORT,
                UDP_SRCPORT, UDP_DSTPORT, HTTP, HTTP_METHOD, HTTP_HOST, HTTP_UA, HTTP_REQUEST, ICMP_RESPTIME,
                LLDP_LATITUDE}) {
            b.add(f.protocol(), f);
        }
        return b.build();
    }
}
