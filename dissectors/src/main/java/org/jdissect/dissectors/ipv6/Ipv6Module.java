package org.jdissect.dissectors.ipv6;

import static org.jdissect.api.field.FieldType.*;

import java.util.Map;
import org.jdissect.api.bytes.BoundsException;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.Dissector;
import org.jdissect.api.dissect.DissectorTable;
import org.jdissect.api.dissect.Handoff;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.expert.ExpertDef;
import org.jdissect.api.expert.ExpertGroup;
import org.jdissect.api.expert.ExpertSeverity;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.pref.BoolPref;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.data.DataModule;
import org.jdissect.dissectors.eth.EthModule;
import org.jdissect.dissectors.frame.FrameModule;
import org.jdissect.dissectors.ipv4.Ipv4Fields;
import org.jdissect.dissectors.ipv4.Ipv4Module;
import org.jdissect.dissectors.ipv4.Ipv4Reassembly;
import org.jdissect.dissectors.ipsec.IpsecModule;
import org.jdissect.dissectors.reassembly.FragmentItems;

/**
 * IPv6 with its extension headers (hop-by-hop, routing, fragment, destination options), dispatching the upper layer
 * through the same {@code ip.proto} table IPv4 uses, as Wireshark does. Fragment reassembly is not done yet: a
 * fragment's payload is shown as data.
 */
public final class Ipv6Module implements ProtocolModule {
    public static final FieldDef IPV6 = FieldDef.builder("ipv6", "Internet Protocol Version 6", PROTOCOL).blurb("IPv6").build();
    /** packet-ipv6.c's own hidden "ip.version", a bit field unlike packet-ip.c's (see FieldDef#withMask). */
    static final FieldDef IP_VERSION = Ipv4Fields.VERSION.withMask(0xf0, 8);
    /** Registered without a bit mask, as packet-ipv6.c does; {@link #versionItem} draws the bits. */
    public static final FieldDef VERSION = FieldDef.builder("ipv6.version", "Version", UINT8).build();
    static final ExpertDef EI_BOGUS_VERSION = ExpertDef.of("ipv6.bogus_ipv6_version", ExpertGroup.MALFORMED,
            ExpertSeverity.ERROR, "Bogus IP version");
    static final ExpertDef EI_PLEN_EXCEEDS_FRAMING = ExpertDef.of("ipv6.plen_exceeds_framing", ExpertGroup.PROTOCOL,
            ExpertSeverity.WARN, "IPv6 payload length does not match expected framing length");
    static final ExpertDef EI_INVALID_HEADER = ExpertDef.of("ipv6.invalid_header", ExpertGroup.MALFORMED,
            ExpertSeverity.ERROR, "Invalid IPv6 header");
    static final ExpertDef EI_PLEN_ZERO = ExpertDef.of("ipv6.plen_zero", ExpertGroup.PROTOCOL, ExpertSeverity.CHAT,
            "IPv6 payload length equals 0 (maybe because of \"TCP segmentation offload\" (TSO))");
    static final ExpertDef EI_JUMBO_MISSING = ExpertDef.of("ipv6.opt.jumbo.missing", ExpertGroup.MALFORMED,
            ExpertSeverity.ERROR,
            "IPv6 payload length equals 0 and Hop-By-Hop present and Jumbo Payload option missing");
    static final ExpertDef EI_JUMBO_PROHIBITED = ExpertDef.of("ipv6.opt.jumbo.prohibited", ExpertGroup.PROTOCOL,
            ExpertSeverity.WARN, "When IPv6 payload length does not equal 0 a Jumbo Payload option must not be present");
    static final ExpertDef EI_JUMBO_TRUNCATED = ExpertDef.of("ipv6.opt.jumbo.truncated", ExpertGroup.PROTOCOL,
            ExpertSeverity.WARN, "Jumbo Payload option present and jumbo length < 65536");
    static final ExpertDef EI_OPT_HEADER_MISMATCH = ExpertDef.of("ipv6.opt.header_mismatch", ExpertGroup.PROTOCOL,
            ExpertSeverity.WARN, "Wrong options extension header for type");
    /**
     * Options that belong in a hop-by-hop header only, and in a destination options header only (packet-ipv6.c
     * 4.0's ipv6_opt_type_hdr); any other may be in either.
     */
    static final java.util.Set<Integer> HOP_BY_HOP_ONLY = java.util.Set.of(0x05, 0x30, 0x07, 0x08, 0x26, 0x31, 0x63,
            0x6d, 0xc2, 0xee);
    static final java.util.Set<Integer> DESTINATION_ONLY = java.util.Set.of(0x04, 0x0f, 0x41, 0x8b, 0x8c, 0xc9);
    static final ExpertDef EI_OPT_INVALID_LEN = ExpertDef.of("ipv6.opt.invalid_len", ExpertGroup.MALFORMED,
            ExpertSeverity.ERROR, "Invalid IPv6 option length");
    /** Wireshark adds the IPv4 version field too, hidden, so "ip.version == 6" matches. */
    public static final FieldDef TCLASS = FieldDef.builder("ipv6.tclass", "Traffic Class", UINT32).hex()
            .mask(0x0ff00000L, 32).build();
    public static final FieldDef TCLASS_DSCP = FieldDef.builder("ipv6.tclass.dscp", "Differentiated Services Codepoint",
            UINT32).mask(0x0fc00000L, 32).names(Ipv4Fields.DSCP).build();
    public static final FieldDef TCLASS_ECN = FieldDef.builder("ipv6.tclass.ecn", "Explicit Congestion Notification",
            UINT32).mask(0x00300000L, 32).names(Ipv4Fields.ECN).build();
    public static final FieldDef FLOW = FieldDef.builder("ipv6.flow", "Flow Label", UINT24).hex()
            .mask(0x000fffffL, 24).build();
    public static final FieldDef PLEN = FieldDef.builder("ipv6.plen", "Payload Length", UINT16).build();
    public static final FieldDef NXT = FieldDef.builder("ipv6.nxt", "Next Header", UINT8)
            .names(Ipv4Fields.IP_PROTOS).build();
    public static final FieldDef HLIM = FieldDef.builder("ipv6.hlim", "Hop Limit", UINT8).build();
    public static final FieldDef SRC = FieldDef.builder("ipv6.src", "Source Address", org.jdissect.api.field.FieldType.IPV6).build();
    public static final FieldDef DST = FieldDef.builder("ipv6.dst", "Destination Address", org.jdissect.api.field.FieldType.IPV6).build();
    public static final FieldDef ADDR = FieldDef.builder("ipv6.addr", "Source or Destination Address", org.jdissect.api.field.FieldType.IPV6).build();
    public static final FieldDef SRC_HOST = FieldDef.builder("ipv6.src_host", "Source Host", STRING).build();
    public static final FieldDef DST_HOST = FieldDef.builder("ipv6.dst_host", "Destination Host", STRING).build();
    public static final FieldDef HOST = FieldDef.builder("ipv6.host", "Source or Destination Host", STRING).build();
    public static final FieldDef SRC_SLAAC = FieldDef.builder("ipv6.src_slaac_mac", "Source SLAAC MAC", ETHER).build();
    public static final FieldDef DST_SLAAC = FieldDef.builder("ipv6.dst_slaac_mac", "Destination SLAAC MAC", ETHER)
            .build();
    public static final FieldDef SLAAC = FieldDef.builder("ipv6.slaac_mac", "SLAAC MAC", ETHER).build();

    public static final FieldDef HOPOPTS = FieldDef.builder("ipv6.hopopts", "IPv6 Hop-by-Hop Option", PROTOCOL).blurb("IPv6 Hop-by-Hop")
            .build();
    public static final FieldDef HOPOPTS_NXT = FieldDef.builder("ipv6.hopopts.nxt", "Next Header", UINT8)
            .names(Ipv4Fields.IP_PROTOS).build();
    public static final FieldDef HOPOPTS_LEN = FieldDef.builder("ipv6.hopopts.len", "Length", UINT8).build();
    public static final FieldDef HOPOPTS_LEN_OCT = FieldDef.builder("ipv6.hopopts.len_oct", "Length", UINT16).build();
    public static final FieldDef DSTOPTS = FieldDef.builder("ipv6.dstopts", "Destination Options for IPv6", PROTOCOL).blurb("IPv6 Destination")
            .build();
    public static final FieldDef DSTOPTS_NXT = FieldDef.builder("ipv6.dstopts.nxt", "Next Header", UINT8)
            .names(Ipv4Fields.IP_PROTOS).build();
    public static final FieldDef DSTOPTS_LEN = FieldDef.builder("ipv6.dstopts.len", "Length", UINT8).build();
    public static final FieldDef DSTOPTS_LEN_OCT = FieldDef.builder("ipv6.dstopts.len_oct", "Length", UINT16).build();
    public static final FieldDef ROUTING = FieldDef.builder("ipv6.routing", "Routing Header for IPv6", PROTOCOL).blurb("IPv6 Routing")
            .build();
    public static final FieldDef ROUTING_NXT = FieldDef.builder("ipv6.routing.nxt", "Next Header", UINT8)
            .names(Ipv4Fields.IP_PROTOS).build();
    public static final FieldDef ROUTING_LEN = FieldDef.builder("ipv6.routing.len", "Length", UINT8).build();
    public static final FieldDef ROUTING_LEN_OCT = FieldDef.builder("ipv6.routing.len_oct", "Length", UINT16).build();
    static final Map<Long, String> ROUTING_TYPES = Map.of(0L, "Source Route", 2L, "Type 2 Routing", 3L, "RPL Source Route",
            4L, "Segment Routing");
    public static final FieldDef ROUTING_TYPE = FieldDef.builder("ipv6.routing.type", "Type", UINT8)
            .names(ROUTING_TYPES).build();
    public static final FieldDef ROUTING_SEGLEFT = FieldDef.builder("ipv6.routing.segleft", "Segments Left", UINT8)
            .build();
    public static final FieldDef ROUTING_DATA = FieldDef.builder("ipv6.routing.unknown_data", "Type-Specific Data",
            BYTES).build();
    public static final FieldDef ROUTING_SRC_RESERVED = FieldDef.builder("ipv6.routing.src.reserved", "Reserved",
            BYTES).blurb("Must be zero").build();
    public static final FieldDef SRH_LAST_ENTRY = FieldDef.builder("ipv6.routing.srh.last_entry", "Last Entry",
            UINT8).build();
    public static final FieldDef SRH_FLAGS = FieldDef.builder("ipv6.routing.srh.flags", "Flags", UINT8).hex().build();
    public static final FieldDef SRH_TAG = FieldDef.builder("ipv6.routing.srh.tag", "Tag", BYTES).build();
    public static final FieldDef SRH_ADDR = FieldDef.builder("ipv6.routing.srh.addr", "Address",
            org.jdissect.api.field.FieldType.IPV6).build();
    public static final FieldDef ROUTING_SRC_ADDR = FieldDef.builder("ipv6.routing.src.addr", "Address",
            org.jdissect.api.field.FieldType.IPV6).blurb("Source Routing Header Address").build();
    public static final FieldDef ROUTING_MIPV6_RESERVED = FieldDef.builder("ipv6.routing.mipv6.reserved", "Reserved",
            BYTES).blurb("Must be zero").build();
    public static final FieldDef ROUTING_MIPV6_HOME = FieldDef.builder("ipv6.routing.mipv6.home_address",
            "Home Address", org.jdissect.api.field.FieldType.IPV6).build();
    static final ExpertDef EI_ROUTING_INVALID_LENGTH = ExpertDef.of("ipv6.routing.invalid_length",
            ExpertGroup.MALFORMED, ExpertSeverity.ERROR, "Invalid IPv6 Routing header length");
    static final ExpertDef EI_ROUTING_INVALID_SEGLEFT = ExpertDef.of("ipv6.routing.invalid_segleft",
            ExpertGroup.PROTOCOL, ExpertSeverity.WARN,
            "IPv6 Routing Header segments left field must not exceed address count");
    static final ExpertDef EI_ROUTE_LIST_MULTICAST = ExpertDef.of("ipv6.src_route_list.multicast_addr",
            ExpertGroup.PROTOCOL, ExpertSeverity.WARN, "Multicast addresses must not appear in the source route list");
    /** Type 0, RFC 5095: tshark notes it on the type item. */
    static final ExpertDef EI_OPT_UNKNOWN_DATA = ExpertDef.of("ipv6.opt.unknown_data.expert", ExpertGroup.UNDECODED,
            ExpertSeverity.NOTE, "Unknown Data (not interpreted)");
    static final ExpertDef EI_HOPOPTS_NOT_FIRST = ExpertDef.of("ipv6.hopopts.not_first", ExpertGroup.PROTOCOL,
            ExpertSeverity.ERROR, "IPv6 Hop-by-Hop extension header must appear immediately after IPv6 header");
    static final ExpertDef EI_ROUTING_UNDECODED = ExpertDef.of("ipv6.routing.undecoded", ExpertGroup.UNDECODED,
            ExpertSeverity.NOTE, "Undecoded IPv6 routing header field");
    static final ExpertDef EI_ROUTING_DEPRECATED = ExpertDef.of("ipv6.routing.deprecated", ExpertGroup.DEPRECATED,
            ExpertSeverity.NOTE, "Routing header type is deprecated");
    public static final FieldDef FRAGMENT = FieldDef.builder("ipv6.fraghdr", "Fragment Header for IPv6", PROTOCOL).blurb("IPv6 Fragment")
            .build();
    public static final FieldDef FRAG_NXT = FieldDef.builder("ipv6.fraghdr.nxt", "Next header", UINT8)
            .names(Ipv4Fields.IP_PROTOS).build();
    public static final FieldDef FRAG_RESERVED_OCTET = FieldDef.builder("ipv6.fraghdr.reserved_octet",
            "Reserved octet", UINT8).hex().build();
    public static final FieldDef FRAG_OFFSET = FieldDef.builder("ipv6.fraghdr.offset", "Offset", UINT16)
            .mask(0xfff8, 16).build();
    public static final FieldDef FRAG_RESERVED_BITS = FieldDef.builder("ipv6.fraghdr.reserved_bits", "Reserved bits",
            UINT16).mask(0x0006, 16).build();
    public static final FieldDef FRAG_MORE = FieldDef.builder("ipv6.fraghdr.more", "More Fragments", BOOLEAN)
            .mask(0x0001, 16).trueFalse("Yes", "No").build();
    public static final FieldDef FRAG_ID = FieldDef.builder("ipv6.fraghdr.ident", "Identification", UINT32).hex()
            .build();

    static final Map<Long, String> OPT_TYPES = Map.ofEntries(Map.entry(0L, "Pad1"), Map.entry(1L, "PadN"),
            Map.entry(4L, "Tunnel Encapsulation Limit"), Map.entry(5L, "Router Alert"), Map.entry(7L, "CALIPSO"),
            Map.entry(8L, "SMF_DPD"), Map.entry(15L, "Performance and Diagnostic Metrics"),
            Map.entry(38L, "Quick-Start"), Map.entry(48L, "Path MTU Option"), Map.entry(49L, "IOAM Option"),
            Map.entry(99L, "RPL Option"), Map.entry(109L, "MPL Option"), Map.entry(138L, "Endpoint Identification"),
            Map.entry(139L, "ILNP Nonce"), Map.entry(140L, "Line-Identification Option"),
            Map.entry(194L, "Jumbo Payload"), Map.entry(201L, "Home Address"), Map.entry(238L, "IP_DFF"),
            Map.entry(65L, "Tunnel Payload Forwarding (TPF) Information"), Map.entry(30L, "Experimental (0x1E)"),
            Map.entry(62L, "Experimental (0x3E)"), Map.entry(94L, "Experimental (0x5E)"),
            Map.entry(126L, "Experimental (0x7E)"), Map.entry(158L, "Experimental (0x9E)"),
            Map.entry(190L, "Experimental (0xBE)"), Map.entry(222L, "Experimental (0xDE)"),
            Map.entry(254L, "Experimental (0xFE)"));
    static final Map<Long, String> OPT_ACTIONS = Map.of(0L, "Skip and continue", 1L, "Discard", 2L,
            "Discard and send ICMP Parameter Problem", 3L, "Discard and send ICMP if not multicast");
    static final Map<Long, String> ROUTER_ALERTS = Map.of(0L, "MLD", 1L, "RSVP", 2L, "Active Network");
    public static final FieldDef OPT = FieldDef.builder("ipv6.opt", "IPv6 Option", NONE).build();
    public static final FieldDef OPT_TYPE = FieldDef.builder("ipv6.opt.type", "Type", UINT8).hex().names(OPT_TYPES)
            .build();
    public static final FieldDef OPT_TYPE_ACTION = FieldDef.builder("ipv6.opt.type.action", "Action", UINT8)
            .mask(0xc0, 8).names(OPT_ACTIONS).build();
    public static final FieldDef OPT_TYPE_CHANGE = FieldDef.builder("ipv6.opt.type.change", "May Change", BOOLEAN)
            .mask(0x20, 8).trueFalse("Yes", "No").build();
    public static final FieldDef OPT_TYPE_REST = FieldDef.builder("ipv6.opt.type.rest", "Low-Order Bits", UINT8).hex()
            .mask(0x1f, 8).build();
    public static final FieldDef OPT_LENGTH = FieldDef.builder("ipv6.opt.length", "Length", UINT8).build();
    public static final FieldDef OPT_PAD1 = FieldDef.builder("ipv6.opt.pad1", "Pad1", NONE).build();
    public static final FieldDef OPT_PADN = FieldDef.builder("ipv6.opt.padn", "PadN", BYTES).build();
    static final FieldDef OPT_CALIPSO_DOI = FieldDef.builder("ipv6.opt.calipso.doi",
            "CALIPSO Domain of Interpretation", UINT32).build();
    static final FieldDef OPT_CALIPSO_CMPT_LENGTH = FieldDef.builder("ipv6.opt.calipso.cmpt.length",
            "Compartment Length", UINT8).build();
    static final FieldDef OPT_CALIPSO_SENS_LEVEL = FieldDef.builder("ipv6.opt.calipso.sens_level",
            "Sensitivity Level", UINT8).build();
    static final FieldDef OPT_CALIPSO_CHECKSUM = FieldDef.builder("ipv6.opt.calipso.checksum", "Checksum", UINT16)
            .hex().build();
    static final FieldDef OPT_CALIPSO_BITMAP = FieldDef.builder("ipv6.opt.calipso.cmpt_bitmap", "Compartment Bitmap",
            BYTES).build();
    static final FieldDef OPT_PMTU_MIN = FieldDef.builder("ipv6.opt.pmtu.min", "Minimum Reported PMTU", UINT16)
            .blurb("The minimum reported PMTU in octets").build();
    static final FieldDef OPT_PMTU_RTN = FieldDef.builder("ipv6.opt.pmtu.rtn", "Return Minimum PMTU", UINT16)
            .blurb("The Return Min-PMTU in octets").build();
    static final FieldDef OPT_PMTU_R_FLAG = FieldDef.builder("ipv6.opt.pmtu.r_flag", "Return Flag", BOOLEAN)
            .blurb("Destination should include the received reported PMTU").build();
    public static final FieldDef OPT_ROUTER_ALERT = FieldDef.builder("ipv6.opt.router_alert", "Router Alert", UINT16)
            .names(ROUTER_ALERTS).build();
    public static final FieldDef OPT_EXPERIMENTAL = FieldDef.builder("ipv6.opt.experimental", "Experimental Option",
            BYTES).build();
    public static final FieldDef OPT_UNKNOWN = FieldDef.builder("ipv6.opt.unknown", "Unknown Option Payload", BYTES)
            .build();
    static final FieldDef OPT_UNKNOWN_DATA = FieldDef.builder("ipv6.opt_unknown_data", "Unknown Data", BYTES)
            .blurb("Not interpreted data").build();
    public static final FieldDef OPT_TEL = FieldDef.builder("ipv6.opt.tel", "Tunnel Encapsulation Limit", UINT8)
            .blurb("How many further levels of encapsulation are permitted").build();
    public static final FieldDef OPT_HOME_ADDRESS = FieldDef.builder("ipv6.opt.mipv6.home_address",
            "MIPv6 Home Address", org.jdissect.api.field.FieldType.IPV6).build();
    public static final FieldDef OPT_JUMBO = FieldDef.builder("ipv6.opt.jumbo", "Payload Length", UINT32)
            .blurb("IPv6 (Jumbo) Payload Length").build();

    /** FT_NONE in packet-ipv6.c (IPv4's ip.fragments is FT_BYTES): a subtree over the reassembled bytes. */
    public static final FieldDef FRAGMENTS = FieldDef.builder("ipv6.fragments", "IPv6 Fragments", NONE).build();
    public static final FieldDef FRAGMENT_F = FieldDef.builder("ipv6.fragment", "IPv6 Fragment", FRAMENUM)
            .base(org.jdissect.api.field.Base.NONE).build();
    public static final FieldDef FRAGMENT_COUNT = FieldDef.builder("ipv6.fragment.count", "Fragment count", UINT32)
            .build();
    public static final FieldDef REASSEMBLED_IN = FieldDef.builder("ipv6.reassembled.in", "Reassembled IPv6 in frame",
            FRAMENUM).blurb("This IPv6 packet is reassembled in this frame").build();
    public static final FieldDef REASSEMBLED_LENGTH = FieldDef.builder("ipv6.reassembled.length",
            "Reassembled IPv6 length", UINT32).blurb("The total length of the reassembled payload").build();
    public static final FieldDef REASSEMBLED_DATA = FieldDef.builder("ipv6.reassembled.data", "Reassembled IPv6 data",
            BYTES).blurb("The reassembled payload").build();
    static final FragmentItems FRAGMENT_ITEMS = FragmentItems.of("ipv6", FRAGMENTS, FRAGMENT_F, FRAGMENT_COUNT,
            REASSEMBLED_LENGTH, REASSEMBLED_DATA, "IPv6 fragments");

    private DissectorTable protoTable;

    /** tshark's ipv6.defragment: reassemble fragmented datagrams (off: a fragment's payload is data). */
    public static final BoolPref DEFRAGMENT = new BoolPref("ipv6.defragment",
            "Whether fragmented IPv6 datagrams should be reassembled", true);

    @Override
    public String name() {
        return "ipv6";
    }

    @Override
    public void register(Registrar r) {
        r.preferences(DEFRAGMENT);
        r.experts(EI_BOGUS_VERSION, EI_INVALID_HEADER, EI_PLEN_EXCEEDS_FRAMING, EI_PLEN_ZERO, EI_JUMBO_MISSING, EI_JUMBO_PROHIBITED,
                EI_JUMBO_TRUNCATED, EI_OPT_INVALID_LEN, EI_OPT_HEADER_MISMATCH, EI_ROUTING_DEPRECATED, EI_OPT_UNKNOWN_DATA,
                EI_ROUTING_UNDECODED, EI_HOPOPTS_NOT_FIRST,
                EI_ROUTING_INVALID_LENGTH, EI_ROUTING_INVALID_SEGLEFT, EI_ROUTE_LIST_MULTICAST);
        r.fields(OPT_JUMBO, OPT_TEL, OPT_HOME_ADDRESS, OPT_CALIPSO_DOI, OPT_CALIPSO_CMPT_LENGTH,
                OPT_CALIPSO_SENS_LEVEL, OPT_CALIPSO_CHECKSUM, OPT_CALIPSO_BITMAP);
        r.fields(IPV6, VERSION, TCLASS, TCLASS_DSCP, TCLASS_ECN, FLOW, PLEN, NXT, HLIM, SRC, DST, ADDR, SRC_HOST,
                DST_HOST, HOST, SRC_SLAAC, DST_SLAAC, SLAAC, HOPOPTS, HOPOPTS_NXT, HOPOPTS_LEN, HOPOPTS_LEN_OCT,
                DSTOPTS, DSTOPTS_NXT, DSTOPTS_LEN, DSTOPTS_LEN_OCT, ROUTING, ROUTING_NXT, ROUTING_LEN,
                ROUTING_LEN_OCT, ROUTING_TYPE, ROUTING_SEGLEFT, ROUTING_DATA, ROUTING_SRC_RESERVED, ROUTING_SRC_ADDR,
                ROUTING_MIPV6_RESERVED, ROUTING_MIPV6_HOME, FRAGMENT, FRAG_NXT, FRAG_RESERVED_OCTET,
                FRAG_OFFSET, FRAG_RESERVED_BITS, FRAG_MORE, FRAG_ID, OPT, OPT_TYPE, OPT_TYPE_ACTION, OPT_TYPE_CHANGE,
                OPT_TYPE_REST, OPT_LENGTH, OPT_PAD1, OPT_PADN, OPT_PMTU_MIN, OPT_PMTU_RTN, OPT_PMTU_R_FLAG,
                OPT_ROUTER_ALERT, OPT_UNKNOWN, OPT_UNKNOWN_DATA, OPT_EXPERIMENTAL, SRH_LAST_ENTRY, SRH_FLAGS, SRH_TAG,
                SRH_ADDR, REASSEMBLED_IN);
        r.fields(FRAGMENT_ITEMS.all());
        r.dissector("ipv6", this::dissect);
    }

    @Override
    public void handoff(Handoff h) {
        protoTable = h.table(Ipv4Module.PROTO_TABLE);
        h.table(EthModule.ETHERTYPE_TABLE).add(0x86dd, "ipv6", this::dissect);
        protoTable.add(41, "ipv6", this::dissect);
    }

    /**
     * A header of another version: Wireshark shows the version with a malformed-group finding and rejects the packet
     * (returns 0), so the caller shows the bytes as data and frame.protocols does not name IPv6.
     */
    private static int bogusVersion(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        int version = tvb.u8(0) >>> 4;
        ProtoNode ip = parent.addItem(IPV6, tvb, 0, Math.min(40, tvb.capturedLength()))
                .label("Internet Protocol Version 6");
        ProtoNode ver = versionItems(ip, tvb, version, ctx.labels());
        FrameModule.addMalformedFinding(ctx, ver, tvb, EI_BOGUS_VERSION, "Bogus IPv6 version");
        return 0;
    }

    /**
     * A header the frame or the capture cuts before its 40 bytes: packet-ipv6.c adds its items one by one (noting a
     * reported length under 40 on the protocol item) until a field runs out; the addresses never both come, so
     * neither does the summary text.
     */
    private static int shortHeader(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ProtoNode ip = parent.addItem(IPV6, tvb, 0, Math.min(40, tvb.capturedLength()))
                .label("Internet Protocol Version 6");
        versionItems(ip, tvb, tvb.u8(0) >>> 4, ctx.labels());
        if (tvb.reportedLength() < 40) {
            Expert.add(ctx, ip, EI_INVALID_HEADER, "IPv6 header must be exactly 40 bytes");
        }
        trafficClassAndFlow(ip, tvb, tvb.u32(0));
        int plen = tvb.u16(4);
        int nxt = tvb.u8(6);
        ProtoNode plenNode = ip.add(PLEN, tvb, 4, 2, plen);
        if (plen == 0 && nxt != 0 && nxt != 59) {
            Expert.add(ctx, plenNode, EI_PLEN_ZERO);
        }
        ip.add(NXT, tvb, 6, 1, nxt);
        ip.add(HLIM, tvb, 7, 1, tvb.u8(7));
        byte[] src = tvb.toArray(8, 16);
        addressItems(ip, tvb, 8, src, FieldFormat.ipv6(src), SRC, SRC_HOST);
        tvb.ensure(24, 16); // the destination runs out: the header is shorter than 40 bytes
        return 0;
    }

    /**
     * The version item as tshark draws it ("0110 .... = Version: 6"), then packet-ipv6.c's second ip.version: its
     * label is seen only where hidden items are (PDML).
     */
    private static ProtoNode versionItems(ProtoNode ip, ByteView tvb, int version, boolean labels) {
        ProtoNode ver = ip.add(VERSION, tvb, 0, 1, version);
        if (labels) {
            ver.label(FieldFormat.bitPattern(0x0f, version, 4) + " .... = Version: " + version);
        }
        ip.add(IP_VERSION, tvb, 0, 1, version).hidden().appendLabel(labels
                ? " [This field makes the filter match on \"ip.version == 6\" possible]" : null);
        return ver;
    }

    /** Traffic class (with its DSCP and ECN names) and flow label, from the header's first word. */
    private static void trafficClassAndFlow(ProtoNode ip, ByteView tvb, long first) {
        int tc = (int) ((first >>> 20) & 0xff);
        ProtoNode tcn = ip.add(TCLASS, tvb, 0, 4, tc).appendLabel(" (DSCP: "
                + Ipv4Fields.DSCP_SHORT.getOrDefault((long) (tc >> 2), "Unknown") + ", ECN: "
                + Ipv4Fields.ECN_SHORT.get((long) (tc & 3)) + ")");
        tcn.add(TCLASS_DSCP, tvb, 0, 4, tc >> 2);
        tcn.add(TCLASS_ECN, tvb, 0, 4, tc & 3);
        ip.add(FLOW, tvb, 1, 3, first & 0xfffff);
    }

    /** An address and its hidden ipv6.addr / host aliases, as packet-ipv6.c adds them. */
    private static void addressItems(ProtoNode ip, ByteView tvb, int off, byte[] addr, String text,
            FieldDef field, FieldDef hostField) {
        ip.addObj(field, tvb, off, 16, addr);
        ip.addObj(ADDR, tvb, off, 16, addr).hidden();
        ip.addObj(hostField, tvb, off, 16, text).hidden();
        ip.addObj(HOST, tvb, off, 16, text).hidden();
    }

    int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ctx.setCurrentProto("IPv6");
        ctx.addProtocol("ipv6");
        if (!tvb.has(0, 1)) {
            // dissect_ipv6 adds its item before it reads the version
            parent.addItem(IPV6, tvb, 0, 0).label("Internet Protocol Version 6");
            tvb.ensure(0, 1);
        }
        if (tvb.u8(0) >>> 4 != 6) {
            return bogusVersion(tvb, ctx, parent);
        }
        if (!tvb.has(0, 40)) {
            return shortHeader(tvb, ctx, parent);
        }
        long first = tvb.u32(0);
        int plen = tvb.u16(4);
        int nxt = tvb.u8(6);
        int hlim = tvb.u8(7);
        byte[] src = tvb.toArray(8, 16);
        byte[] dst = tvb.toArray(24, 16);
        String s = FieldFormat.ipv6(src);
        String d = FieldFormat.ipv6(dst);
        int framed = tvb.reportedLength() - 40;
        // a payload length of 0 with a hop-by-hop header is a jumbogram when that header has a Jumbo Payload option
        // of 65536 or more (RFC 2675); any other 0 is taken at its word, as packet-ipv6.c does (its TSO guess is off
        // by default): the datagram is the header alone and what follows is the link layer's trailer
        long length = plen;
        long jumbo = plen == 0 && nxt == 0 ? jumboLength(tvb, 40) : 0;
        if (jumbo != 0) {
            length = jumbo;
        }
        if (length < framed) {
            // packet-ipv6.c cuts its tvb to the datagram (set_actual_length): the protocol's data, what "ipv6
            // contains" searches, ends there and not in an Ethernet trailer after it
            tvb = tvb.sliceReported(0, 40 + (int) length);
        }
        ProtoNode ip = parent.addItem(IPV6, tvb, 0, 40).label("Internet Protocol Version 6, Src: " + s + ", Dst: " + d);
        versionItems(ip, tvb, (int) (first >>> 28), ctx.labels());
        trafficClassAndFlow(ip, tvb, first);
        ProtoNode plenNode = ip.add(PLEN, tvb, 4, 2, plen);
        if (plen == 0 && nxt != 0 && nxt != 59) {
            Expert.add(ctx, plenNode, EI_PLEN_ZERO);
        } else if (jumbo != 0) {
            plenNode.appendLabel(" (Jumbogram)");
        } else if (plen == 0 && nxt == 0) {
            Expert.add(ctx, plenNode, EI_JUMBO_MISSING);
        }
        // in a packet quoted by an ICMPv6 error, no length check, and nothing is dissected from where the datagram
        // ends (tshark 4.0: a quoted header of payload length 0, or one the quote ends after, shows no next header)
        boolean inError = ctx.get(org.jdissect.dissectors.icmp.InErrorPacket.class) != null;
        if (length > framed && !inError) {
            Expert.add(ctx, plenNode, EI_PLEN_EXCEEDS_FRAMING, "IPv6 payload length exceeds framing length ("
                    + framed + " bytes)");
        }
        ip.add(NXT, tvb, 6, 1, nxt);
        ip.add(HLIM, tvb, 7, 1, hlim);
        addressItems(ip, tvb, 8, src, s, SRC, SRC_HOST);
        addressItems(ip, tvb, 24, dst, d, DST, DST_HOST);
        slaac(ip, tvb, 8, src, SRC_SLAAC);
        slaac(ip, tvb, 24, dst, DST_SLAAC);
        ctx.netVersion = 6;
        ctx.src6 = tvb.slice(8, 16);
        ctx.dst6 = tvb.slice(24, 16);
        // a length past the frame: trust the frame, as Wireshark does
        int total = (int) Math.min(40 + length, tvb.reportedLength());
        if (ctx.networkLength < 0) {
            ctx.networkLength = total;
        }
        int off = 40;
        boolean fragment = false;
        int fragOffset = 0;
        boolean fragMore = false;
        long fragId = 0;
        while (true) {
            if (inError && off >= total) {
                if (nxt != 0 && nxt != 60 && nxt != 43 && nxt != 44) {
                    ip.setLength(off); // the chain ended (ipv6_dissect_next), only its upper layer is left out
                }
                return total;
            }
            if (nxt == 0 || nxt == 60) {
                boolean hop = nxt == 0;
                ctx.addProtocol(hop ? "ipv6.hopopts" : "ipv6.dstopts");
                // each extension header is a protocol of its own in Wireshark: an exception inside names it
                ctx.setCurrentProto(hop ? "IPv6 Hop-by-Hop" : "IPv6 Destination");
                int next = tvb.u8(off);
                int lenField = tvb.u8(off + 1);
                int len = (lenField + 1) * 8;
                ProtoNode e = ip.addItem(hop ? HOPOPTS : DSTOPTS, tvb, off, len);
                if (hop && off != 40) {
                    Expert.add(ctx, e, EI_HOPOPTS_NOT_FIRST); // RFC 8200: only right after the IPv6 header
                }
                e.add(hop ? HOPOPTS_NXT : DSTOPTS_NXT, tvb, off, 1, next);
                e.add(hop ? HOPOPTS_LEN : DSTOPTS_LEN, tvb, off + 1, 1, lenField);
                e.add(hop ? HOPOPTS_LEN_OCT : DSTOPTS_LEN_OCT, tvb, off + 1, 1, len).generated()
                        .label("Length: " + len + " bytes");
                options(tvb, off + 2, off + len, e, ctx, plen, hop);
                nxt = next;
                off += len;
            } else if (nxt == 43) {
                ctx.addProtocol("ipv6.routing");
                ctx.setCurrentProto("IPv6 Routing");
                // the item first, as dissect_routing6 adds it before reading a byte: a header cut at its start
                // still shows "Routing Header for IPv6"
                ProtoNode e = ip.addItem(ROUTING, tvb, off, Math.max(0, tvb.capturedLength() - off));
                int next = tvb.u8(off);
                e.add(ROUTING_NXT, tvb, off, 1, next);
                int lenField = tvb.u8(off + 1);
                int len = (lenField + 1) * 8;
                ProtoNode lenItem = e.add(ROUTING_LEN, tvb, off + 1, 1, lenField);
                e.setLength(Math.min(len, tvb.capturedLength() - off)); // never past the captured bytes
                e.add(ROUTING_LEN_OCT, tvb, off + 1, 1, len).generated().label("Length: " + len + " bytes");
                int type = tvb.u8(off + 2);
                ProtoNode typeItem = e.add(ROUTING_TYPE, tvb, off + 2, 1, type);
                String typeName = ROUTING_TYPES.get((long) type);
                e.label("Routing Header for IPv6 (" + (typeName == null ? "Unknown type " + type : typeName) + ")");
                int segLeft = tvb.u8(off + 3);
                ProtoNode segLeftItem = e.add(ROUTING_SEGLEFT, tvb, off + 3, 1, segLeft);
                if (type == 0 && len >= 8) {
                    // Source Route (RFC 2460): four reserved bytes, then the addresses, numbered from 1
                    e.addObj(ROUTING_SRC_RESERVED, tvb, off + 4, 4, tvb.toArray(off + 4, 4));
                    int n = 1;
                    int last = -1;
                    for (int a = off + 8; a + 16 <= off + len; a += 16, n++) {
                        vectorAddress(e, ROUTING_SRC_ADDR, tvb, a, n, ctx.labels());
                        last = a;
                    }
                    if (last >= 0 && segLeft > 0) {
                        ctx.dst6 = tvb.slice(last, 16); // pinfo->dst: the last hop, for checksums and conversations
                    }
                    // added after the addresses, as dissect_routing6_rt0 does (a cut list leaves it out)
                    Expert.add(ctx, typeItem, EI_ROUTING_DEPRECATED, EI_ROUTING_DEPRECATED.summary());
                } else if (type == 4 && len >= 8) {
                    // Segment Routing Header (RFC 8754): the segment list, numbered from 0; TLVs after it are not
                    // shown (dissect_routing6_srh neither)
                    int lastEntry = tvb.u8(off + 4);
                    e.add(SRH_LAST_ENTRY, tvb, off + 4, 1, lastEntry);
                    e.add(SRH_FLAGS, tvb, off + 5, 1, tvb.u8(off + 5));
                    e.addObj(SRH_TAG, tvb, off + 6, 2, tvb.toArray(off + 6, 2));
                    if (segLeft > 0) {
                        ctx.dst6 = tvb.slice(off + 8, 16); // pinfo->dst: the final segment
                    }
                    for (int i = 0; i <= lastEntry; i++) {
                        vectorAddress(e, SRH_ADDR, tvb, off + 8 + 16 * i, i, ctx.labels());
                    }
                } else if (type == 2) {
                    // Mobile IPv6 (RFC 6275), dissect_routing6_mipv6: four reserved bytes and the home address,
                    // read from the header's own bytes (a header too short for it is malformed, one cut by the
                    // capture truncated, and nothing after it is dissected)
                    ByteView data = tvb.sliceReported(off + 4, len - 4);
                    e.addObj(ROUTING_MIPV6_RESERVED, data, 0, 4, data.toArray(0, 4));
                    if (lenField != 2) {
                        Expert.add(ctx, lenItem, EI_ROUTING_INVALID_LENGTH,
                                "IPv6 Type 2 Routing Header extension header length must equal 2");
                    }
                    if (segLeft != 1) {
                        Expert.add(ctx, segLeftItem, EI_ROUTING_INVALID_SEGLEFT,
                                "IPv6 Type 2 Routing Header segments left field must equal 1");
                    }
                    ProtoNode home = vectorAddress(e, ROUTING_MIPV6_HOME, data, 4, 1, ctx.labels());
                    if (data.u8(4) == 0xff) {
                        Expert.add(ctx, home, EI_ROUTE_LIST_MULTICAST);
                    }
                    if (segLeft > 0) {
                        ctx.dst6 = data.slice(4, 16); // the home address becomes pinfo->dst
                    }
                } else if (len > 4) {
                    if (tvb.remaining(off + 4) < len - 4 && tvb.reportedRemaining(off + 4) >= len - 4) {
                        throw BoundsException.TRUNCATED; // the item's bytes are in the packet, not in the capture
                    }
                    int n = Math.min(len - 4, tvb.remaining(off + 4));
                    ProtoNode unknown = e.addObj(ROUTING_DATA, tvb, off + 4, n, tvb.toArray(off + 4, n));
                    if (typeName == null) {
                        // dissect_routing6: a type it has no dissector for is marked undecoded
                        Expert.add(ctx, unknown, EI_ROUTING_UNDECODED);
                    }
                }
                nxt = next;
                off += len;
            } else if (nxt == 51) {
                // AH is an extension header here: under the IPv6 item, and the chain goes on after it
                int next = tvb.u8(off);
                off += IpsecModule.authenticationHeader(tvb, off, ctx, ip);
                nxt = next;
            } else if (nxt == 44) {
                ctx.addProtocol("ipv6.fraghdr");
                ctx.setCurrentProto("IPv6 Fragment");
                int next = tvb.u8(off);
                int offFlags = tvb.u16(off + 2);
                fragId = tvb.u32(off + 4); // dissect_fraghdr reads the whole header before its item
                ProtoNode e = ip.addItem(FRAGMENT, tvb, off, 8);
                e.add(FRAG_NXT, tvb, off, 1, next);
                e.add(FRAG_RESERVED_OCTET, tvb, off + 1, 1, tvb.u8(off + 1));
                e.add(FRAG_OFFSET, tvb, off + 2, 2, offFlags >> 3).appendLabel(" (" + (offFlags & 0xfff8) + " bytes)");
                e.add(FRAG_RESERVED_BITS, tvb, off + 2, 2, (offFlags >> 1) & 3);
                e.add(FRAG_MORE, tvb, off + 2, 2, offFlags & 1);
                e.add(FRAG_ID, tvb, off + 4, 4, fragId);
                fragment = (offFlags & 0xfff9) != 0;
                fragOffset = offFlags & 0xfff8;
                fragMore = (offFlags & 1) != 0;
                nxt = next;
                off += 8;
            } else {
                break;
            }
            if (off > total) {
                return total;
            }
        }
        ctx.setCurrentProto("IPv6");
        ByteView payload = tvb.sliceReported(off, total - off);
        if (fragment && payload.reportedLength() == 0) {
            // dissect_fraghdr reassembles only when the payload length leaves bytes after the header: an empty
            // fragment's nothing goes to the next header's protocol
            fragment = false;
        }
        if (fragment && ctx.engine().preferences().on(DEFRAGMENT)) {
            ByteView whole = reassemble(payload, ctx, ip, src, dst, fragId, fragOffset, fragMore);
            if (whole != null) {
                payload = whole;
                fragment = false;
            }
        } else if (fragment && fragOffset == 0) {
            // not reassembled (ipv6.defragment off): the first fragment goes to its protocol, known to be cut
            fragment = false;
            ctx.fragmented = true;
        }
        if (!fragment) {
            // the end of the extension header chain (ipv6_dissect_next): the IPv6 item now spans the headers under
            // it, which len(ipv6) and ipv6[40] read; a fragment shown as data, or a header that threw, leaves 40
            ip.setLength(off);
        }
        Dissector next = fragment ? null : protoTable.get(nxt);
        if (next == null || nxt == 59) {
            DataModule.dissect(payload, ctx, parent);
        } else {
            org.jdissect.dissectors.ipv4.Encapsulation.enter(ctx);
            try {
                next.dissect(payload, ctx, parent);
            } finally {
                org.jdissect.dissectors.ipv4.Encapsulation.exit(ctx);
            }
        }
        return total;
    }

    /** IPv6 fragments waiting for their datagram, per capture (a table of its own, keyed with 128-bit addresses). */
    record Fragments(Ipv4Reassembly table) {
        Fragments(org.jdissect.api.dissect.Session session) {
            this(new Ipv4Reassembly(session));
        }
    }

    record FragKey(long s1, long s2, long d1, long d2, long id) { }

    /**
     * Buffers a fragment; when it completes its datagram, adds tshark's "[N IPv6 Fragments (…)]" tree and returns
     * the reassembled payload (the fragmentable part), else null. Same caps as IPv4's: open datagrams, size, age.
     */
    private static ByteView reassemble(ByteView payload, PacketContext ctx, ProtoNode ip, byte[] src, byte[] dst,
                                       long id, int offset, boolean more) {
        if (payload.capturedLength() < payload.reportedLength()) {
            return null;
        }
        Fragments f = ctx.session().state(Fragments.class, Fragments::new);
        java.nio.ByteBuffer s = java.nio.ByteBuffer.wrap(src);
        java.nio.ByteBuffer d = java.nio.ByteBuffer.wrap(dst);
        var dg = f.table().add(new FragKey(s.getLong(0), s.getLong(8), d.getLong(0), d.getLong(8), id),
                ctx.frameNumber(), offset, payload.toArray(), more);
        f.table().report(ctx, ip);
        if (dg == null) {
            // known in a second pass of two only: where the datagram is completed
            Fragments first = ctx.session().firstPass(Fragments.class);
            Ipv4Reassembly.showCompletedLater(first == null ? null : first.table(), ctx,
                    ip, REASSEMBLED_IN);
            return null;
        }
        f.table().noteCompleted(dg, ctx.frameNumber());
        ByteView whole = ByteView.of(dg.data());
        ctx.addDataSource("Reassembled IPv6", whole);
        Ipv4Reassembly.showTree(ip, dg, whole, FRAGMENT_ITEMS);
        return whole;
    }

    /**
     * An address whose interface ID is a modified EUI-64 (ff:fe in the middle, and the universal bit set, as tshark
     * 4.0.17 requires) names the MAC it was made from.
     */
    private static void slaac(ProtoNode ip, ByteView tvb, int off, byte[] a, FieldDef f) {
        if ((a[11] & 0xff) != 0xff || (a[12] & 0xff) != 0xfe || (a[8] & 0x02) == 0) {
            return;
        }
        long mac = ((long) ((a[8] ^ 0x02) & 0xff) << 40) | ((long) (a[9] & 0xff) << 32) | ((long) (a[10] & 0xff) << 24)
                | ((a[13] & 0xff) << 16) | ((a[14] & 0xff) << 8) | (a[15] & 0xff);
        ip.add(f, tvb, off + 8, 8, mac).generated();
        ip.add(SLAAC, tvb, off + 8, 8, mac).generated().hidden();
    }

    /** _proto_tree_add_ipv6_vector_address: one address of a routing header's list, "Address[N]: …". */
    private static ProtoNode vectorAddress(ProtoNode e, FieldDef f, ByteView tvb, int off, int index,
            boolean labels) {
        byte[] addr = tvb.toArray(off, 16);
        ProtoNode item = e.addObj(f, tvb, off, 16, addr);
        if (labels) {
            item.label("Address[" + index + "]: " + FieldFormat.ipv6(addr));
        }
        return item;
    }

    /**
     * packet-ipv6.c's ipv6_get_jumbo_plen: the Jumbo Payload option's length in the hop-by-hop header at {@code off}
     * when it is 65536 or more (RFC 2675's least), else 0. Reads only bytes that were captured.
     */
    static long jumboLength(ByteView tvb, int off) {
        if (!tvb.has(off, 2)) {
            return 0;
        }
        int end = off + (tvb.u8(off + 1) + 1) * 8;
        int p = off + 2;
        while (p < end && tvb.has(p, 2)) {
            int type = tvb.u8(p);
            if (type == 0) {
                p++;
                continue;
            }
            int len = tvb.u8(p + 1);
            if (type == 0xc2 && len == 4) {
                if (!tvb.has(p + 2, 4)) {
                    return 0;
                }
                long v = tvb.u32(p + 2);
                return v >= 65536 ? v : 0;
            }
            p += 2 + len;
        }
        return 0;
    }

    /** The TLV options of a hop-by-hop or destination options header, from {@code off} to {@code end}. */
    private static void options(ByteView tvb, int off, int end, ProtoNode e, PacketContext ctx, int plen,
                                boolean hop) {
        while (off < end) {
            int type = tvb.u8(off);
            String name = OPT_TYPES.get((long) type);
            if (type == 0) {
                // dissect_opts reads every option's length byte before it knows the type, and a Pad1 item keeps
                // the length that byte gives (the next byte's value plus two, cut at the captured data); its type
                // has no bit subtree, and an empty "Pad1" item follows
                ProtoNode o = e.addItem(OPT, tvb, off, 2 + tvb.u8(off + 1)).label("Pad1");
                o.add(OPT_TYPE, tvb, off, 1, type);
                o.addItem(OPT_PAD1, tvb, off, 1);
                off++;
                continue;
            }
            int len = tvb.u8(off + 1);
            ProtoNode o = e.addItem(OPT, tvb, off, 2 + len).label(name == null ? "Unknown IPv6 Option (" + type + ")"
                    : name);
            ProtoNode typeNode = o.add(OPT_TYPE, tvb, off, 1, type);
            if (hop ? DESTINATION_ONLY.contains(type) : HOP_BY_HOP_ONLY.contains(type)) {
                Expert.add(ctx, typeNode, EI_OPT_HEADER_MISMATCH, name + " must use a "
                        + (hop ? "destination" : "hop-by-hop") + " options header");
            }
            typeBits(typeNode, tvb, off, type);
            ProtoNode lenItem = o.add(OPT_LENGTH, tvb, off + 1, 1, len);
            int data = off + 2;
            if (type == 1) {
                o.addObj(OPT_PADN, tvb, data, len, len == 0 ? "<none>" : tvb.toArray(data, len));
                off = data + len;
                continue;
            }
            // where the option's own reading ended: an option that claims fewer bytes than it reads is read whole
            // (into what follows it, where the next option then starts); one that claims more gets the rest as
            // unknown data (dissect_opts)
            int read;
            if (type == 0xc2) {
                if (len != 4) {
                    Expert.add(ctx, lenItem, EI_OPT_INVALID_LEN, "Jumbo Payload: Invalid length (" + len + " bytes)");
                }
                long value = tvb.u32(data);
                ProtoNode v = o.add(OPT_JUMBO, tvb, data, 4, value);
                if (plen != 0) {
                    Expert.add(ctx, o, EI_JUMBO_PROHIBITED);
                }
                if (value < 65536) {
                    Expert.add(ctx, v, EI_JUMBO_TRUNCATED);
                }
                read = 4;
            } else if (type == 0x30) {
                // dissect_opt_pmtu (RFC 9268): the return PMTU is the top 15 bits of its field, the flag the last bit
                if (len != 4) {
                    Expert.add(ctx, lenItem, EI_OPT_INVALID_LEN, "PMTU Option: Invalid Length (" + len + " bytes)");
                }
                o.add(OPT_PMTU_MIN, tvb, data, 2, tvb.u16(data));
                int rtn = tvb.u16(data + 2);
                o.add(OPT_PMTU_RTN, tvb, data + 2, 2, rtn & 0xfffe);
                o.add(OPT_PMTU_R_FLAG, tvb, data + 3, 1, rtn & 1);
                read = 4;
            } else if (type == 7) {
                // dissect_opt_calipso (RFC 5570): the fixed part, then a compartment bitmap of the length it gives
                // in 32-bit words
                if (len < 8) {
                    Expert.add(ctx, lenItem, EI_OPT_INVALID_LEN, "CALIPSO: Invalid Length (" + len + " bytes)");
                }
                o.add(OPT_CALIPSO_DOI, tvb, data, 4, tvb.u32(data));
                int words = tvb.u8(data + 4);
                o.add(OPT_CALIPSO_CMPT_LENGTH, tvb, data + 4, 1, words);
                o.add(OPT_CALIPSO_SENS_LEVEL, tvb, data + 5, 1, tvb.u8(data + 5));
                o.add(OPT_CALIPSO_CHECKSUM, tvb, data + 6, 2, tvb.u16(data + 6));
                tvb.ensure(data + 8, words * 4);
                if (words > 0) {
                    o.addObj(OPT_CALIPSO_BITMAP, tvb, data + 8, words * 4, tvb.toArray(data + 8, words * 4));
                }
                read = 8 + words * 4;
            } else if (type == 4) {
                if (len != 1) {
                    Expert.add(ctx, lenItem, EI_OPT_INVALID_LEN, "Tunnel Encapsulation Limit: Invalid length ("
                            + len + " bytes)");
                }
                o.add(OPT_TEL, tvb, data, 1, tvb.u8(data));
                read = 1;
            } else if (type == 0xc9) {
                if (len != 16) {
                    Expert.add(ctx, lenItem, EI_OPT_INVALID_LEN, "Home Address: Invalid length (" + len + " bytes)");
                }
                o.addObj(OPT_HOME_ADDRESS, tvb, data, 16, tvb.toArray(data, 16));
                ctx.src6 = tvb.slice(data, 16); // dissect_opt_home_address: the home address becomes pinfo->src
                read = 16;
            } else if (type == 5) {
                if (len != 2) {
                    Expert.add(ctx, lenItem, EI_OPT_INVALID_LEN, "Router alert: Invalid Length (" + len + " bytes)");
                }
                o.add(OPT_ROUTER_ALERT, tvb, data, 2, tvb.u16(data));
                read = 2;
            } else if ((type & 0x1f) == 0x1e) {
                // RFC 4727's experimental types (0x1E, 0x3E, … 0xFE)
                o.addObj(OPT_EXPERIMENTAL, tvb, data, len, tvb.toArray(data, len));
                read = len;
            } else if (name == null) {
                // dissect_opt_unknown: the payload (tshark's placeholder when empty) and a note
                ProtoNode u = o.addObj(OPT_UNKNOWN, tvb, data, len, len == 0 ? "<MISSING>" : tvb.toArray(data, len));
                Expert.add(ctx, u, EI_OPT_UNKNOWN_DATA);
                read = len;
            } else {
                if (len > 0) {
                    o.addObj(OPT_UNKNOWN, tvb, data, len, tvb.toArray(data, len));
                }
                read = len;
            }
            if (read < len) {
                ProtoNode u = o.addObj(OPT_UNKNOWN_DATA, tvb, data + read, len - read,
                        tvb.toArray(data + read, len - read));
                Expert.add(ctx, u, EI_OPT_UNKNOWN_DATA);
                read = len;
            }
            off = data + read;
        }
    }

    private static void typeBits(ProtoNode t, ByteView tvb, int off, int type) {
        t.add(OPT_TYPE_ACTION, tvb, off, 1, type >> 6);
        t.add(OPT_TYPE_CHANGE, tvb, off, 1, type >> 5 & 1);
        t.add(OPT_TYPE_REST, tvb, off, 1, type & 0x1f);
    }
}
