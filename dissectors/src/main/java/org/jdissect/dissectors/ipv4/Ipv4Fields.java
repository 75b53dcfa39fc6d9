package org.jdissect.dissectors.ipv4;

import static org.jdissect.api.field.FieldType.*;

import java.util.HashMap;
import java.util.Map;
import org.jdissect.api.field.Base;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldSet;

/** IPv4 fields as packet-ip.c registers them in Wireshark 4.0. */
public final class Ipv4Fields {
    /** IANA protocol numbers with Wireshark's short names ("Protocol: TCP (6)"). */
    public static final Map<Long, String> IP_PROTOS = Map.ofEntries(
            Map.entry(0L, "IPv6 Hop-by-Hop Option"), Map.entry(1L, "ICMP"), Map.entry(2L, "IGMP"),
            Map.entry(4L, "IPIP"), Map.entry(6L, "TCP"), Map.entry(8L, "EGP"), Map.entry(17L, "UDP"),
            Map.entry(41L, "IPv6"), Map.entry(43L, "Routing Header for IPv6"), Map.entry(44L, "Fragment Header for IPv6"),
            Map.entry(47L, "GRE"), Map.entry(50L, "ESP"), Map.entry(51L, "AH"), Map.entry(58L, "ICMPv6"),
            Map.entry(59L, "No Next Header for IPv6"), Map.entry(60L, "Destination Options for IPv6"),
            Map.entry(89L, "OSPF IGP"), Map.entry(103L, "PIM"), Map.entry(112L, "VRRP"), Map.entry(132L, "SCTP"),
            Map.entry(136L, "UDPLite"), Map.entry(255L, "Reserved"));

    public static final Map<Long, String> DSCP = dscp();
    public static final Map<Long, String> DSCP_SHORT = dscpShort();
    public static final Map<Long, String> ECN = Map.of(0L, "Not ECN-Capable Transport", 1L,
            "ECN-Capable Transport codepoint '01'", 2L, "ECN-Capable Transport codepoint '10'", 3L,
            "Congestion Experienced");
    public static final Map<Long, String> ECN_SHORT = Map.of(0L, "Not-ECT", 1L, "ECT(1)", 2L, "ECT(0)", 3L, "CE");
    static final Map<Long, String> CHECKSUM_STATUS = Map.of(0L, "Bad", 1L, "Good", 2L, "Unverified");

    public static final FieldDef IP = FieldDef.builder("ip", "Internet Protocol Version 4", PROTOCOL).blurb("IPv4")
            .build();
    public static final FieldDef VERSION = FieldDef.builder("ip.version", "Version", UINT8).build();
    public static final FieldDef HDR_LEN = FieldDef.builder("ip.hdr_len", "Header Length", UINT8)
            .blurb("Header length in 32-bit words").build();
    public static final FieldDef DSFIELD = FieldDef.builder("ip.dsfield", "Differentiated Services Field", UINT8)
            .hex().build();
    public static final FieldDef DSCP_F = FieldDef.builder("ip.dsfield.dscp", "Differentiated Services Codepoint",
            UINT8).mask(0xfc, 8).names(DSCP).build();
    public static final FieldDef ECN_F = FieldDef.builder("ip.dsfield.ecn", "Explicit Congestion Notification",
            UINT8).mask(0x03, 8).names(ECN).build();
    public static final FieldDef LEN = FieldDef.builder("ip.len", "Total Length", UINT16).build();
    public static final FieldDef ID = FieldDef.builder("ip.id", "Identification", UINT16).base(Base.HEX_DEC).build();
    public static final FieldDef FLAGS = FieldDef.builder("ip.flags", "Flags", UINT8).hex().mask(0xe0, 8).build();
    public static final FieldDef FLAGS_RB = FieldDef.builder("ip.flags.rb", "Reserved bit", BOOLEAN).mask(0x80, 8)
            .setNotSet().build();
    public static final FieldDef FLAGS_DF = FieldDef.builder("ip.flags.df", "Don't fragment", BOOLEAN).mask(0x40, 8)
            .setNotSet().build();
    public static final FieldDef FLAGS_MF = FieldDef.builder("ip.flags.mf", "More fragments", BOOLEAN).mask(0x20, 8)
            .setNotSet().build();
    public static final FieldDef FRAG_OFFSET = FieldDef.builder("ip.frag_offset", "Fragment Offset", UINT16)
            .mask(0x1fff, 16).build();
    public static final FieldDef TTL = FieldDef.builder("ip.ttl", "Time to Live", UINT8).build();
    public static final FieldDef PROTO = FieldDef.builder("ip.proto", "Protocol", UINT8).names(IP_PROTOS).build();
    public static final FieldDef CHECKSUM = FieldDef.builder("ip.checksum", "Header Checksum", UINT16).hex().build();
    public static final FieldDef CHECKSUM_STATUS_F = FieldDef.builder("ip.checksum.status", "Header checksum status",
            UINT8).names(CHECKSUM_STATUS).base(Base.NONE).build();
    public static final FieldDef CHECKSUM_CALCULATED = FieldDef.builder("ip.checksum_calculated",
            "Calculated Checksum", UINT16).hex().build();
    public static final FieldDef SRC = FieldDef.builder("ip.src", "Source Address", IPV4).build();
    public static final FieldDef DST = FieldDef.builder("ip.dst", "Destination Address", IPV4).build();
    public static final FieldDef ADDR = FieldDef.builder("ip.addr", "Source or Destination Address", IPV4).build();
    public static final FieldDef SRC_HOST = FieldDef.builder("ip.src_host", "Source Host", STRING).build();
    public static final FieldDef DST_HOST = FieldDef.builder("ip.dst_host", "Destination Host", STRING).build();
    public static final FieldDef HOST = FieldDef.builder("ip.host", "Source or Destination Host", STRING).build();
    public static final FieldDef OPTIONS = FieldDef.builder("ip.options", "Options", BYTES).build();
    public static final FieldDef OPT_TYPE = FieldDef.builder("ip.opt.type", "Type", UINT8).build();
    public static final FieldDef OPT_TYPE_COPY = FieldDef.builder("ip.opt.type.copy", "Copy on fragmentation",
            BOOLEAN).mask(0x80, 8).trueFalse("Yes", "No").build();
    public static final FieldDef OPT_TYPE_CLASS = FieldDef.builder("ip.opt.type.class", "Class", UINT8)
            .mask(0x60, 8).names(Map.of(0L, "Control", 1L, "Reserved for future use", 2L, "Debugging and measurement",
                    3L, "Reserved for future use")).build();
    public static final FieldDef OPT_TYPE_NUMBER = FieldDef.builder("ip.opt.type.number", "Number", UINT8)
            .mask(0x1f, 8).names(Map.of(0L, "End of Option List (EOL)", 1L, "No-Operation (NOP)", 7L,
                    "Record Route", 4L, "Time Stamp", 20L, "Router Alert", 3L, "Loose Source Route", 9L,
                    "Strict Source Route")).build();
    public static final FieldDef OPT_LEN = FieldDef.builder("ip.opt.len", "Length", UINT8).build();
    public static final FieldDef OPT_PTR = FieldDef.builder("ip.opt.ptr", "Pointer", UINT8).build();
    public static final FieldDef OPT_RECR = FieldDef.builder("ip.rec_rt", "Recorded Route", IPV4).build();
    public static final FieldDef OPT_RA = FieldDef.builder("ip.opt.ra", "Router Alert", UINT16)
            .names(Map.of(0L, "Router shall examine packet")).build();
    public static final FieldDef OPT_TS_FLG = FieldDef.builder("ip.opt.flg", "Flag", UINT8).mask(0x0f, 8).names(
            Map.of(0L, "Time stamps only", 1L, "Time stamp and address", 3L, "Time stamps for prespecified addresses"))
            .build();
    public static final FieldDef OPT_TS_OVERFLOW = FieldDef.builder("ip.opt.overflow", "Overflow", UINT8)
            .mask(0xf0, 8).build();
    public static final FieldDef OPT_TS_ADDR = FieldDef.builder("ip.opt.time_stamp_addr", "Address", IPV4).build();
    public static final FieldDef OPT_TS = FieldDef.builder("ip.opt.time_stamp", "Time stamp", UINT32).build();
    public static final FieldDef OPT_DATA = FieldDef.builder("ip.opt.data", "Data", BYTES).build();
    public static final FieldDef FRAGMENTS = FieldDef.builder("ip.fragments", "IPv4 Fragments", BYTES).build();
    public static final FieldDef FRAGMENT = FieldDef.builder("ip.fragment", "IPv4 Fragment", FRAMENUM)
            .base(Base.NONE).build();
    public static final FieldDef FRAGMENT_COUNT = FieldDef.builder("ip.fragment.count", "Fragment count", UINT32)
            .build();
    public static final FieldDef REASSEMBLED_IN = FieldDef.builder("ip.reassembled_in", "Reassembled IPv4 in frame",
            FRAMENUM).base(Base.NONE).blurb("This IPv4 packet is reassembled in this frame").build();
    public static final FieldDef REASSEMBLED_LENGTH = FieldDef.builder("ip.reassembled.length",
            "Reassembled IPv4 length", UINT32).blurb("The total length of the reassembled payload").build();
    public static final FieldDef REASSEMBLED_DATA = FieldDef.builder("ip.reassembled.data", "Reassembled IPv4 data",
            BYTES).blurb("The reassembled payload").build();
    public static final FieldDef BOGUS_HDR_LEN = FieldDef.builder("ip.bogus_header_length", "Bogus IP header length",
            NONE).build();
    public static final FieldDef BOGUS_LEN = FieldDef.builder("ip.bogus_ip_length", "Bogus IP length", NONE).build();

    // groups of items added together, each skipped with one test when the tree keeps none of it
    static final FieldSet DSFIELD_ITEMS = FieldSet.of(DSFIELD, DSCP_F, ECN_F);
    static final FieldSet HEADER_ITEMS = FieldSet.of(ID, FLAGS, FLAGS_RB, FLAGS_DF, FLAGS_MF, FRAG_OFFSET, TTL, PROTO,
            CHECKSUM, CHECKSUM_STATUS_F);
    static final FieldSet ADDRESS_ITEMS = FieldSet.of(SRC, DST, ADDR, SRC_HOST, DST_HOST, HOST);
    static final FieldDef[] ALL = {IP, VERSION, HDR_LEN, DSFIELD, DSCP_F, ECN_F, LEN, ID, FLAGS, FLAGS_RB, FLAGS_DF,
        FLAGS_MF, FRAG_OFFSET, TTL, PROTO, CHECKSUM, CHECKSUM_STATUS_F, CHECKSUM_CALCULATED, SRC, DST, ADDR, SRC_HOST,
        DST_HOST, HOST, OPTIONS, OPT_TYPE, OPT_TYPE_COPY, OPT_TYPE_CLASS, OPT_TYPE_NUMBER, OPT_LEN, OPT_PTR, OPT_RECR,
        OPT_RA, OPT_TS_FLG, OPT_TS_OVERFLOW, OPT_TS_ADDR, OPT_TS, OPT_DATA, FRAGMENTS, FRAGMENT, FRAGMENT_COUNT,
        REASSEMBLED_IN, REASSEMBLED_LENGTH, REASSEMBLED_DATA, BOGUS_HDR_LEN, BOGUS_LEN};

    private static Map<Long, String> dscp() {
        Map<Long, String> m = new HashMap<>();
        m.put(0L, "Default");
        for (int i = 1; i <= 7; i++) {
            m.put((long) (i * 8), "Class Selector " + i);
        }
        int[] v = {10, 12, 14, 18, 20, 22, 26, 28, 30, 34, 36, 38};
        for (int x : v) {
            m.put((long) x, "Assured Forwarding " + x / 8 + (x % 8) / 2);
        }
        m.put(1L, "Lower Effort");
        m.put(44L, "Voice Admit");
        m.put(46L, "Expedited Forwarding");
        return m;
    }

    private static Map<Long, String> dscpShort() {
        Map<Long, String> m = new HashMap<>();
        for (int i = 0; i <= 7; i++) {
            m.put((long) (i * 8), "CS" + i);
        }
        int[] v = {10, 12, 14, 18, 20, 22, 26, 28, 30, 34, 36, 38};
        for (int x : v) {
            m.put((long) x, "AF" + x / 8 + ((x % 8) / 2));
        }
        m.put(1L, "LE");
        m.put(44L, "VOICE-ADMIT");
        m.put(46L, "EF");
        return m;
    }

    private Ipv4Fields() {
    }
}
