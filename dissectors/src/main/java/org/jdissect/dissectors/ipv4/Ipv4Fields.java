package org.jdissect.dissectors.ipv4;

import static org.jdissect.api.field.FieldType.*;

import java.util.HashMap;
import java.util.Map;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.expert.ExpertDef;
import org.jdissect.api.expert.ExpertGroup;
import org.jdissect.api.expert.ExpertSeverity;
import org.jdissect.api.field.Base;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldSet;
import org.jdissect.dissectors.reassembly.FragmentItems;

/** IPv4 fields as packet-ip.c registers them in Wireshark 4.0. */
public final class Ipv4Fields {
    /** IANA protocol numbers with Wireshark's short names ("Protocol: TCP (6)"). */
    /** Every protocol number's name, from tshark 4.0.17 ({@link IpProtocols}). */
    public static final Map<Long, String> IP_PROTOS = IpProtocols.NAMES;

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
    public static final FieldDef OPT_TYPE = FieldDef.builder("ip.opt.type", "Type", UINT8).build();
    public static final FieldDef OPT_TYPE_COPY = FieldDef.builder("ip.opt.type.copy", "Copy on fragmentation",
            BOOLEAN).mask(0x80, 8).trueFalse("Yes", "No").build();
    public static final FieldDef OPT_TYPE_CLASS = FieldDef.builder("ip.opt.type.class", "Class", UINT8)
            .mask(0x60, 8).names(Map.of(0L, "Control", 1L, "Reserved for future use", 2L, "Debugging and measurement",
                    3L, "Reserved for future use")).build();
    /** The option numbers' names (tshark 4.0.17's -G values for ip.opt.type.number). */
    public static final FieldDef OPT_TYPE_NUMBER = FieldDef.builder("ip.opt.type.number", "Number", UINT8)
            .mask(0x1f, 8).names(Map.ofEntries(
            Map.entry(0L, "End of Option List (EOL)"), Map.entry(1L, "No-Operation (NOP)"),
            Map.entry(2L, "Security"), Map.entry(3L, "Loose source route"), Map.entry(4L, "Time stamp"),
            Map.entry(5L, "Extended security"), Map.entry(6L, "Commercial IP security option"),
            Map.entry(7L, "Record route"), Map.entry(8L, "Stream identifier"), Map.entry(9L, "Strict source route"),
            Map.entry(10L, "Experimental Measurement"), Map.entry(11L, "MTU probe"), Map.entry(12L, "MTU Reply"),
            Map.entry(13L, "Experimental Flow Control"), Map.entry(14L, "Experimental Access Control"),
            Map.entry(15L, "Ask Estrin"), Map.entry(16L, "IMI Traffic Descriptor"),
            Map.entry(17L, "Extended Internet Protocol"), Map.entry(18L, "Traceroute"),
            Map.entry(19L, "Address Extension"), Map.entry(20L, "Router Alert"),
            Map.entry(21L, "Selective Directed Broadcast"), Map.entry(22L, "Unassigned"),
            Map.entry(23L, "Dynamic Packet State"), Map.entry(24L, "Upstream Multicast Packet"),
            Map.entry(25L, "Quick-Start"), Map.entry(30L, "RFC 3692-style experiment"))).build();
    public static final FieldDef OPT_LEN = FieldDef.builder("ip.opt.len", "Length", UINT8).build();
    public static final FieldDef OPT_PTR = FieldDef.builder("ip.opt.ptr", "Pointer", UINT8).build();
    public static final FieldDef OPT_RECR = FieldDef.builder("ip.rec_rt", "Recorded Route", IPV4).build();
    public static final FieldDef OPT_RECR_HOST = FieldDef.builder("ip.rec_rt_host", "Recorded Route Host", STRING)
            .build();
    public static final FieldDef OPT_EMPTY_RT = FieldDef.builder("ip.empty_rt", "Empty Route", IPV4).build();
    public static final FieldDef OPT_EMPTY_RT_HOST = FieldDef.builder("ip.empty_rt_host", "Empty Route Host", STRING)
            .build();
    public static final FieldDef OPT_RA = FieldDef.builder("ip.opt.ra", "Router Alert", UINT16)
            .names(Map.of(0L, "Router shall examine packet")).build();
    public static final FieldDef OPT_TS_FLG = FieldDef.builder("ip.opt.flag", "Flag", UINT8).mask(0x0f, 8).hex().names(
            Map.of(0L, "Time stamps only", 1L, "Time stamp and address", 3L, "Time stamps for prespecified addresses"))
            .build();
    public static final FieldDef OPT_TS_OVERFLOW = FieldDef.builder("ip.opt.overflow", "Overflow", UINT8)
            .mask(0xf0, 8).build();
    public static final FieldDef OPT_TS_ADDR = FieldDef.builder("ip.opt.time_stamp_addr", "Address", IPV4).build();
    public static final FieldDef OPT_TS = FieldDef.builder("ip.opt.time_stamp", "Time stamp", UINT32).build();
    public static final FieldDef OPT_DATA = FieldDef.builder("ip.opt.data", "Data", BYTES).build();
    /** The option items, each a protocol in name only in Wireshark 4.0 ("IP Option - Record Route"), by type. */
    static final Map<Integer, FieldDef> OPTION_ITEMS = Map.ofEntries(
            Map.entry(0x00, optionItem("eol", "End of Options List (EOL)")),
            Map.entry(0x01, optionItem("nop", "No-Operation (NOP)")),
            Map.entry(0x82, optionItem("security", "Security")),
            Map.entry(0x83, optionItem("route", "Loose Source Route")),
            Map.entry(0x44, optionItem("timestamp", "Time Stamp")),
            Map.entry(0x85, optionItem("ext_security", "Extended Security")),
            Map.entry(0x86, optionItem("cipso", "Commercial Security")),
            Map.entry(0x07, optionItem("record_route", "Record Route")),
            Map.entry(0x88, optionItem("sid", "Stream ID")),
            Map.entry(0x89, optionItem("source_route", "Strict Source Route")),
            Map.entry(0x0b, optionItem("mtu_probe", "MTU Probe")),
            Map.entry(0x0c, optionItem("mtu_reply", "MTU Reply")),
            Map.entry(0x52, optionItem("traceroute", "Traceroute")),
            Map.entry(0x94, optionItem("routeralert", "Router Alert")),
            Map.entry(0x95, optionItem("sdb", "Selective Directed Broadcast")),
            Map.entry(0x19, optionItem("qs", "Quick-Start")));

    private static FieldDef optionItem(String abbrev, String name) {
        return FieldDef.builder("ip.options." + abbrev, "IP Option - " + name, BYTES).protocolInNameOnly().build();
    }

    public static final FieldDef OPT_SID = FieldDef.builder("ip.opt.sid", "Stream Identifier", UINT16).build();
    public static final FieldDef OPT_SEC_CL = FieldDef.builder("ip.opt.sec_cl", "Classification Level", UINT8).hex()
            .names(Map.of(0x01L, "Reserved 4", 0x3dL, "Top secret", 0x5aL, "Secret", 0x96L, "Confidential", 0x66L,
                    "Reserved 3", 0xccL, "Reserved 2", 0xabL, "Unclassified", 0xf1L, "Reserved 1")).build();
    public static final FieldDef OPT_SEC_FLAGS = FieldDef.builder("ip.opt.sec_prot_auth_flags",
            "Protection Authority Flags", UINT8).hex().build();
    static final FieldDef[] OPT_SEC_BITS = {secBit("genser", "GENSER", 0x80), secBit("siop_esi", "SIOP-ESI", 0x40),
        secBit("sci", "SCI", 0x20), secBit("nsa", "NSA", 0x10), secBit("doe", "DOE", 0x08)};
    public static final FieldDef OPT_SEC_UNASSIGNED = FieldDef.builder("ip.opt.sec_prot_auth_unassigned",
            "Unassigned", UINT8).hex().mask(0x06, 8).build();
    /** The same name over a continuation byte's seven bits (packet-ip.c's second registration). */
    public static final FieldDef OPT_SEC_UNASSIGNED_2 = OPT_SEC_UNASSIGNED.withMask(0xfe, 8);
    public static final FieldDef OPT_SEC_FTI = FieldDef.builder("ip.opt.sec_prot_auth_fti",
            "Field Termination Indicator", BOOLEAN).mask(0x01, 8).trueFalse("Additional octet present",
            "Final octet").build();

    private static FieldDef secBit(String abbrev, String name, int mask) {
        return FieldDef.builder("ip.opt.sec_prot_auth_" + abbrev, name, BOOLEAN).mask(mask, 8)
                .trueFalse("Datagram protected in accordance with its rules",
                        "Datagram not protected in accordance with its rules").build();
    }

    public static final FieldDef SRC_RT = FieldDef.builder("ip.src_rt", "Source Route", IPV4).build();
    public static final FieldDef SRC_RT_HOST = FieldDef.builder("ip.src_rt_host", "Source Route Host", STRING)
            .build();
    public static final FieldDef CUR_RT = FieldDef.builder("ip.cur_rt", "Current Route", IPV4).build();
    public static final FieldDef CUR_RT_HOST = FieldDef.builder("ip.cur_rt_host", "Current Route Host", STRING)
            .build();
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
    public static final FragmentItems FRAGMENT_ITEMS = FragmentItems.of("ip", FRAGMENTS, FRAGMENT, FRAGMENT_COUNT,
            REASSEMBLED_LENGTH, REASSEMBLED_DATA, "IPv4 fragments");

    // groups of items added together, each skipped with one test when the tree keeps none of it
    static final FieldSet DSFIELD_ITEMS = FieldSet.of(DSFIELD, DSCP_F, ECN_F);
    /** A TTL below 5 towards a unicast address (a traceroute probe, a loop). */
    static final ExpertDef EI_TTL_TOO_SMALL = ExpertDef.of("ip.ttl.too_small", ExpertGroup.SEQUENCE,
            ExpertSeverity.NOTE, "Time To Live");
    /** A TTL other than the one RFC 3171 expects towards the Local Network Control Block (224.0.0.0/24). */
    static final ExpertDef EI_TTL_LNCB = ExpertDef.of("ip.ttl.lncb", ExpertGroup.SEQUENCE, ExpertSeverity.NOTE,
            "Time To Live");
    /** A version other than 4 met as IPv4 (ethertype 0x0800, LINKTYPE_IPV4). */
    public static final ExpertDef EI_BOGUS_VERSION = ExpertDef.of("ip.bogus_ip_version", ExpertGroup.PROTOCOL,
            ExpertSeverity.ERROR, "Bogus IP version");
    /** An option whose length byte is missing, too short, or runs past the header (dissect_ip_tcp_options). */
    static final ExpertDef EI_OPT_LEN_INVALID = ExpertDef.of("ip.opt.len.invalid", ExpertGroup.PROTOCOL,
            ExpertSeverity.WARN, "Invalid length for option");
    /** A header length below 20, and a total length below the header's or past the packet (packet-ip.c). */
    static final ExpertDef EI_BOGUS_HEADER_LENGTH = ExpertDef.of("ip.bogus_header_length", ExpertGroup.PROTOCOL,
            ExpertSeverity.ERROR, "Bogus IP header length");
    static final ExpertDef EI_BOGUS_IP_LENGTH = ExpertDef.of("ip.bogus_ip_length", ExpertGroup.PROTOCOL,
            ExpertSeverity.ERROR, "Bogus IP length");
    static final ExpertDef EI_SUBOPT_TOO_LONG = ExpertDef.of("ip.subopt_too_long", ExpertGroup.PROTOCOL,
            ExpertSeverity.WARN, "Suboption would go past end of option");
    static final ExpertDef EI_CHECKSUM_BAD = ExpertDef.of("ip.checksum_bad.expert", ExpertGroup.CHECKSUM,
            ExpertSeverity.ERROR, "Bad checksum");
    static final ExpertDef[] EXPERTS = {EI_TTL_TOO_SMALL, EI_TTL_LNCB, EI_BOGUS_VERSION, EI_OPT_LEN_INVALID,
        EI_BOGUS_HEADER_LENGTH, EI_BOGUS_IP_LENGTH, EI_SUBOPT_TOO_LONG, EI_CHECKSUM_BAD};
    static final FieldSet HEADER_ITEMS = Expert.group(java.util.List.of(ID, FLAGS, FLAGS_RB, FLAGS_DF, FLAGS_MF,
            FRAG_OFFSET, TTL, PROTO, CHECKSUM, CHECKSUM_STATUS_F, CHECKSUM_CALCULATED), EI_TTL_TOO_SMALL, EI_TTL_LNCB,
            EI_CHECKSUM_BAD);
    static final FieldSet ADDRESS_ITEMS = FieldSet.of(SRC, DST, ADDR, SRC_HOST, DST_HOST, HOST);

    private static FieldDef[] allFields() {
        java.util.List<FieldDef> all = new java.util.ArrayList<>(java.util.List.of(BASE_FIELDS));
        all.addAll(java.util.List.of(FRAGMENT_ITEMS.all()));
        OPTION_ITEMS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> all.add(e.getValue()));
        return all.toArray(new FieldDef[0]);
    }

    private static final FieldDef[] BASE_FIELDS = {IP, VERSION, HDR_LEN, DSFIELD, DSCP_F, ECN_F, LEN, ID, FLAGS,
        FLAGS_RB, FLAGS_DF, FLAGS_MF, FRAG_OFFSET, TTL, PROTO, CHECKSUM, CHECKSUM_STATUS_F, CHECKSUM_CALCULATED, SRC, DST, ADDR, SRC_HOST,
        DST_HOST, HOST, OPT_TYPE, OPT_TYPE_COPY, OPT_TYPE_CLASS, OPT_TYPE_NUMBER, OPT_LEN, OPT_PTR, OPT_RECR,
        OPT_RECR_HOST, OPT_EMPTY_RT, OPT_EMPTY_RT_HOST,
        OPT_RA, OPT_TS_FLG, OPT_TS_OVERFLOW, OPT_TS_ADDR, OPT_TS, OPT_DATA, REASSEMBLED_IN, OPT_SID, SRC_RT, SRC_RT_HOST,
        CUR_RT, CUR_RT_HOST, OPT_SEC_CL, OPT_SEC_FLAGS, OPT_SEC_BITS[0], OPT_SEC_BITS[1],
        OPT_SEC_BITS[2], OPT_SEC_BITS[3], OPT_SEC_BITS[4], OPT_SEC_UNASSIGNED, OPT_SEC_FTI};
    static final FieldDef[] ALL = allFields();

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
        m.put(46L, "EF PHB");
        return m;
    }

    private Ipv4Fields() {
    }
}
