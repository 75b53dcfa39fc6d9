package org.jdissect.dissectors.icmp;

import static org.jdissect.api.field.FieldType.*;

import java.util.Map;
import org.jdissect.api.bytes.BoundsException;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.Dissector;
import org.jdissect.api.dissect.FrameFacts;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.expert.ExpertDef;
import org.jdissect.api.expert.ExpertGroup;
import org.jdissect.api.expert.ExpertSeverity;
import org.jdissect.api.dissect.Handoff;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.field.Base;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.common.InternetChecksum;
import org.jdissect.dissectors.data.DataModule;
import org.jdissect.dissectors.ipv4.Ipv4Module;

/**
 * ICMP (v4, dissected by {@link IcmpV4}) and ICMPv6: type, code, checksum (verified, as Wireshark does for ICMP),
 * echo identifiers, and the quoted packet of error messages dissected again as IP. Neighbour-discovery options are
 * shown as items.
 */
public final class IcmpModule implements ProtocolModule {
    static final Map<Long, String> CHECKSUM_STATUS = Map.of(0L, "Bad", 1L, "Good", 2L, "Unverified");
    /** Every ICMPv6 type's name (tshark 4.0.17's -G values for icmpv6.type). */
    static final Map<Long, String> ICMPV6_TYPES = Map.ofEntries(
            Map.entry(1L, "Destination Unreachable"), Map.entry(2L, "Packet Too Big"),
            Map.entry(3L, "Time Exceeded"), Map.entry(4L, "Parameter Problem"),
            Map.entry(100L, "Private experimentation"), Map.entry(101L, "Private experimentation"),
            Map.entry(127L, "Reserved for expansion of ICMPv6 error messages"),
            Map.entry(128L, "Echo (ping) request"), Map.entry(129L, "Echo (ping) reply"),
            Map.entry(130L, "Multicast Listener Query"), Map.entry(131L, "Multicast Listener Report"),
            Map.entry(132L, "Multicast Listener Done"), Map.entry(133L, "Router Solicitation"),
            Map.entry(134L, "Router Advertisement"), Map.entry(135L, "Neighbor Solicitation"),
            Map.entry(136L, "Neighbor Advertisement"), Map.entry(137L, "Redirect"),
            Map.entry(138L, "Router Renumbering"), Map.entry(139L, "Node Information Query"),
            Map.entry(140L, "Node Information Reply"), Map.entry(141L, "Inverse Neighbor Discovery Solicitation"),
            Map.entry(142L, "Inverse Neighbor Discovery Advertisement"),
            Map.entry(143L, "Multicast Listener Report Message v2"),
            Map.entry(144L, "Home Agent Address Discovery Request"),
            Map.entry(145L, "Home Agent Address Discovery Reply"), Map.entry(146L, "Mobile Prefix Solicitation"),
            Map.entry(147L, "Mobile Prefix Advertisement"), Map.entry(148L, "Certification Path Solicitation"),
            Map.entry(149L, "Certification Path Advertisement"), Map.entry(150L, "Experimental Mobility"),
            Map.entry(151L, "Multicast Router Advertisement"), Map.entry(152L, "Multicast Router Solicitation"),
            Map.entry(153L, "Multicast Router Termination"), Map.entry(154L, "FMIPv6"),
            Map.entry(155L, "RPL Control"), Map.entry(156L, "Locator Update"),
            Map.entry(157L, "Duplicate Address Request"), Map.entry(158L, "Duplicate Address Confirmation"),
            Map.entry(159L, "MPL Control Message"), Map.entry(160L, "Extended Echo request"),
            Map.entry(161L, "Extended Echo reply"), Map.entry(200L, "Private experimentation"),
            Map.entry(201L, "Private experimentation"),
            Map.entry(255L, "Reserved for expansion of ICMPv6 informational messages"));

    /** Code names per type, as packet-icmp.c's unreach_code_str, redir_code_str, ttl_code_str, par_code_str. */
    static final String[] UNREACH_CODES = {"Network unreachable", "Host unreachable", "Protocol unreachable",
        "Port unreachable", "Fragmentation needed", "Source route failed", "Destination network unknown",
        "Destination host unknown", "Source host isolated", "Network administratively prohibited",
        "Host administratively prohibited", "Network unreachable for TOS", "Host unreachable for TOS",
        "Communication administratively filtered", "Host precedence violation", "Precedence cutoff in effect"};
    static final String[] REDIRECT_CODES = {"Redirect for network", "Redirect for host",
        "Redirect for TOS and network", "Redirect for TOS and host"};
    static final String[] TTL_CODES = {"Time to live exceeded in transit", "Fragment reassembly time exceeded"};
    static final String[] PARAM_CODES = {"Pointer indicates the error", "Required option missing", "Bad length"};

    public static final FieldDef ICMP = FieldDef.builder("icmp", "Internet Control Message Protocol", PROTOCOL).blurb("ICMP").build();
    public static final FieldDef TYPE = FieldDef.builder("icmp.type", "Type", UINT8).build();
    public static final FieldDef CODE = FieldDef.builder("icmp.code", "Code", UINT8).build();
    public static final FieldDef CHECKSUM = FieldDef.builder("icmp.checksum", "Checksum", UINT16).hex().build();
    public static final FieldDef CHECKSUM_STATUS_F = FieldDef.builder("icmp.checksum.status", "Checksum Status", UINT8)
            .names(CHECKSUM_STATUS).base(Base.NONE).build();
    public static final FieldDef IDENT = FieldDef.builder("icmp.ident", "Identifier (BE)", UINT16)
            .base(Base.DEC_HEX).build();
    public static final FieldDef SEQ = FieldDef.builder("icmp.seq", "Sequence Number (BE)", UINT16)
            .base(Base.DEC_HEX).build();
    public static final FieldDef IDENT_LE = FieldDef.builder("icmp.ident_le", "Identifier (LE)", UINT16)
            .base(Base.DEC_HEX).build();
    public static final FieldDef SEQ_LE = FieldDef.builder("icmp.seq_le", "Sequence Number (LE)", UINT16)
            .base(Base.DEC_HEX).build();
    public static final FieldDef RESP_IN = FieldDef.builder("icmp.resp_in", "Response frame", FRAMENUM).build();
    public static final FieldDef RESP_TO = FieldDef.builder("icmp.resp_to", "Request frame", FRAMENUM).build();
    /** A request no reply answered, known in a second pass of two only (with its expert finding). */
    public static final FieldDef NO_RESP = FieldDef.builder("icmp.no_resp", "No response seen", NONE).build();
    public static final FieldDef RESPTIME = FieldDef.builder("icmp.resptime", "Response time", DOUBLE).build();
    public static final FieldDef DATA_TIME = FieldDef.builder("icmp.data_time", "Timestamp from icmp data",
            ABSOLUTE_TIME).base(Base.TIME_LOCAL).build();
    public static final FieldDef DATA_TIME_RELATIVE = FieldDef.builder("icmp.data_time_relative",
            "Timestamp from icmp data (relative)", RELATIVE_TIME).build();
    public static final FieldDef UNUSED = FieldDef.builder("icmp.unused", "Unused", BYTES).build();

    public static final FieldDef ICMPV6 = FieldDef.builder("icmpv6", "Internet Control Message Protocol v6", PROTOCOL).blurb("ICMPv6")
            .build();
    public static final FieldDef V6_TYPE = FieldDef.builder("icmpv6.type", "Type", UINT8).names(ICMPV6_TYPES).build();
    public static final FieldDef V6_CODE = FieldDef.builder("icmpv6.code", "Code", UINT8).build();
    public static final FieldDef V6_CHECKSUM = FieldDef.builder("icmpv6.checksum", "Checksum", UINT16).hex().build();
    public static final FieldDef V6_CHECKSUM_STATUS = FieldDef.builder("icmpv6.checksum.status", "Checksum Status",
            UINT8).names(CHECKSUM_STATUS).base(Base.NONE).build();
    public static final FieldDef V6_ECHO_ID = FieldDef.builder("icmpv6.echo.identifier", "Identifier", UINT16).hex()
            .build();
    public static final FieldDef V6_ECHO_SEQ = FieldDef.builder("icmpv6.echo.sequence_number", "Sequence", UINT16)
            .build();
    public static final FieldDef V6_TARGET = FieldDef.builder("icmpv6.nd.ns.target_address", "Target Address", IPV6)
            .build();
    public static final FieldDef V6_NA_TARGET = FieldDef.builder("icmpv6.nd.na.target_address", "Target Address", IPV6)
            .build();
    static final Map<Long, String> V6_OPT_TYPES = Map.ofEntries(Map.entry(1L, "Source link-layer address"),
            Map.entry(2L, "Target link-layer address"), Map.entry(3L, "Prefix information"),
            Map.entry(4L, "Redirected header"), Map.entry(5L, "MTU"), Map.entry(6L, "NBMA Shortcut Limit Option"),
            Map.entry(7L, "Advertisement Interval"), Map.entry(8L, "Home Agent Information"),
            Map.entry(9L, "Source Address List"), Map.entry(10L, "Target Address List"), Map.entry(11L, "CGA"),
            Map.entry(12L, "RSA Signature"), Map.entry(13L, "Timestamp"), Map.entry(14L, "Nonce"),
            Map.entry(15L, "Trust Anchor"), Map.entry(16L, "Certificate"), Map.entry(24L, "Route Information"),
            Map.entry(25L, "Recursive DNS Server"), Map.entry(26L, "RA Flags Extension"),
            Map.entry(31L, "DNS Search List Option"), Map.entry(37L, "DHCP Captive-Portal"),
            Map.entry(38L, "PREF64 Option"));
    static final Map<Long, String> MLDR_RECORD_TYPES = Map.of(1L, "Include", 2L, "Exclude", 3L, "Changed to include",
            4L, "Changed to exclude", 5L, "Allow new sources", 6L, "Block old sources");
    public static final FieldDef V6_OPT = FieldDef.builder("icmpv6.opt", "ICMPv6 Option", NONE).build();
    public static final FieldDef V6_OPT_TYPE = FieldDef.builder("icmpv6.opt.type", "Type", UINT8).names(V6_OPT_TYPES)
            .build();
    public static final FieldDef V6_OPT_LENGTH = FieldDef.builder("icmpv6.opt.length", "Length", UINT8).build();
    public static final FieldDef V6_OPT_LINKADDR = FieldDef.builder("icmpv6.opt.linkaddr", "Link-layer address",
            ETHER).build();
    public static final FieldDef V6_OPT_SRC_LINKADDR = FieldDef.builder("icmpv6.opt.src_linkaddr",
            "Source Link-layer address", ETHER).build();
    public static final FieldDef V6_OPT_TARGET_LINKADDR = FieldDef.builder("icmpv6.opt.target_linkaddr",
            "Target Link-layer address", ETHER).build();
    public static final FieldDef V6_OPT_LINKADDR_EUI64 = FieldDef.builder("icmpv6.opt.linkaddr_eui64",
            "Link-layer address", EUI64).build();
    public static final FieldDef V6_OPT_SRC_LINKADDR_EUI64 = FieldDef.builder("icmpv6.opt.src_linkaddr_eui64",
            "Source Link-layer address", EUI64).build();
    public static final FieldDef V6_OPT_TARGET_LINKADDR_EUI64 = FieldDef.builder("icmpv6.opt.target_linkaddr_eui64",
            "Target Link-layer address", EUI64).build();
    /** packet-icmpv6.c's FT_BYTES registrations of the three names above, for an address option not 8 bytes long. */
    static final FieldDef V6_OPT_LINKADDR_BYTES = V6_OPT_LINKADDR.variant(BYTES, 0, 0);
    static final FieldDef V6_OPT_SRC_LINKADDR_BYTES = V6_OPT_SRC_LINKADDR.variant(BYTES, 0, 0);
    static final FieldDef V6_OPT_TARGET_LINKADDR_BYTES = V6_OPT_TARGET_LINKADDR.variant(BYTES, 0, 0);
    public static final FieldDef V6_RESERVED = FieldDef.builder("icmpv6.reserved", "Reserved", BYTES).build();
    static final ExpertDef EI_V6_UNDECODED_TYPE = ExpertDef.of("icmpv6.undecoded.type", ExpertGroup.UNDECODED,
            ExpertSeverity.NOTE, "Undecoded type");
    static final FieldDef V6_LENGTH = FieldDef.builder("icmpv6.length", "Length of original datagram", UINT8)
            .blurb("The length of the original datagram").build();
    static final FieldDef V6_RD_TARGET = FieldDef.builder("icmpv6.nd.rd.target_address", "Target Address", IPV6)
            .blurb("An IP address that is a better first hop to use for the ICMP Destination Address").build();
    static final FieldDef V6_RD_DESTINATION = FieldDef.builder("icmpv6.rd.na.destination_address",
            "Destination Address", IPV6)
            .blurb("The IP address of the destination that is redirected to the target").build();
    static final FieldDef V6_MRD_QUERY_INTERVAL = FieldDef.builder("icmpv6.mcast_ra.query_interval",
            "Query Interval", UINT16)
            .blurb("The Query Interval value (in seconds) in use by MLD on the interface.").build();
    static final FieldDef V6_MRD_ROBUSTNESS = FieldDef.builder("icmpv6.mcast_ra.robustness_variable",
            "Robustness Variable", UINT16)
            .blurb("The Robustness Variable in use by MLD on the advertising interface").build();
    static final ExtEchoFields V6_EXT_ECHO = ExtEchoFields.of("icmpv6", "Sequence number");
    public static final FieldDef V6_DATA = FieldDef.builder("icmpv6.data", "Data", BYTES).build();
    public static final FieldDef V6_MTU = FieldDef.builder("icmpv6.mtu", "MTU", UINT32).build();
    public static final FieldDef V6_POINTER = FieldDef.builder("icmpv6.pointer", "Pointer", UINT32).build();
    public static final FieldDef V6_NA_FLAG = FieldDef.builder("icmpv6.nd.na.flag", "Flags", UINT32).hex().build();
    public static final FieldDef V6_NA_FLAG_R = FieldDef.builder("icmpv6.nd.na.flag.r", "Router", BOOLEAN)
            .mask(0x80000000L, 32).setNotSet().build();
    public static final FieldDef V6_NA_FLAG_S = FieldDef.builder("icmpv6.nd.na.flag.s", "Solicited", BOOLEAN)
            .mask(0x40000000L, 32).setNotSet().build();
    public static final FieldDef V6_NA_FLAG_O = FieldDef.builder("icmpv6.nd.na.flag.o", "Override", BOOLEAN)
            .mask(0x20000000L, 32).setNotSet().build();
    public static final FieldDef V6_NA_FLAG_RSV = FieldDef.builder("icmpv6.nd.na.flag.rsv", "Reserved", UINT32)
            .mask(0x1fffffffL, 32).build();
    public static final FieldDef V6_MLDR_NB = FieldDef.builder("icmpv6.mldr.nb_mcast_records",
            "Number of Multicast Address Records", UINT16).build();
    public static final FieldDef V6_MLDR_MAR = FieldDef.builder("icmpv6.mldr.mar", "Multicast Address Record", NONE)
            .build();
    public static final FieldDef V6_MLDR_TYPE = FieldDef.builder("icmpv6.mldr.mar.record_type", "Record Type", UINT8)
            .names(MLDR_RECORD_TYPES).build();
    public static final FieldDef V6_MLDR_AUX = FieldDef.builder("icmpv6.mldr.mar.aux_data_len", "Aux Data Len", UINT8)
            .build();
    public static final FieldDef V6_MLDR_NSRC = FieldDef.builder("icmpv6.mldr.mar.nb_sources", "Number of Sources",
            UINT16).build();
    public static final FieldDef V6_MLDR_ADDR = FieldDef.builder("icmpv6.mldr.mar.multicast_address",
            "Multicast Address", IPV6).build();
    public static final FieldDef V6_MLDR_SRC = FieldDef.builder("icmpv6.mldr.mar.source_address", "Source Address",
            IPV6).build();
    public static final FieldDef V6_MLDR_AUXDATA = FieldDef.builder("icmpv6.mldr.mar.auxiliary_data",
            "Auxiliary Data", BYTES).build();
    public static final FieldDef V6_MLD_MRD = FieldDef.builder("icmpv6.mld.maximum_response_delay",
            "Maximum Response Delay [ms]", UINT16).build();
    public static final FieldDef V6_MLD_ADDR = FieldDef.builder("icmpv6.mld.multicast_address", "Multicast Address",
            IPV6).build();
    public static final FieldDef V6_MLD_MRC = FieldDef.builder("icmpv6.mld.maximum_response_code",
            "Maximum Response Code", UINT16).build();
    public static final FieldDef V6_MLD_FLAG = FieldDef.builder("icmpv6.mld.flag", "Flags", UINT8).hex().build();
    public static final FieldDef V6_MLD_FLAG_S = FieldDef.builder("icmpv6.mld.flag.s",
            "Suppress Router-Side Processing", BOOLEAN).mask(0x08, 8).build();
    public static final FieldDef V6_MLD_FLAG_QRV = FieldDef.builder("icmpv6.mld.flag.qrv",
            "QRV (Querier's Robustness Variable)", UINT8).mask(0x07, 8).build();
    public static final FieldDef V6_MLD_FLAG_RSV = FieldDef.builder("icmpv6.mld.flag.reserved", "Reserved", UINT8)
            .mask(0xf0, 8).build();
    public static final FieldDef V6_MLD_QQI = FieldDef.builder("icmpv6.mld.qqi",
            "QQIC (Querier's Query Interval Code)", UINT8).build();
    public static final FieldDef V6_MLD_NSRC = FieldDef.builder("icmpv6.mld.nb_sources", "Number of Sources", UINT16)
            .build();
    public static final FieldDef V6_MLD_SRC = FieldDef.builder("icmpv6.mld.source_address", "Source Address", IPV6)
            .build();
    public static final FieldDef V6_RESP_IN = FieldDef.builder("icmpv6.resp_in", "Response In", FRAMENUM).build();
    public static final FieldDef V6_RESP_TO = FieldDef.builder("icmpv6.resp_to", "Response To", FRAMENUM).build();
    public static final FieldDef V6_NO_RESP = FieldDef.builder("icmpv6.no_resp", "No response seen", NONE).build();
    public static final FieldDef V6_RESPTIME = FieldDef.builder("icmpv6.resptime", "Response Time", DOUBLE).build();

    private Dissector ip;
    private Dissector ipv6;

    @Override
    public String name() {
        return "icmp";
    }

    @Override
    public void register(Registrar r) {
        r.fields(ICMP, TYPE, CODE, CHECKSUM, CHECKSUM_STATUS_F, IDENT, SEQ, IDENT_LE, SEQ_LE, RESP_IN, RESP_TO, NO_RESP, RESPTIME, DATA_TIME,
                DATA_TIME_RELATIVE, UNUSED, ICMPV6, V6_TYPE,
                V6_CODE, V6_CHECKSUM, V6_CHECKSUM_STATUS, V6_ECHO_ID, V6_ECHO_SEQ, V6_TARGET, V6_NA_TARGET, V6_OPT,
                V6_OPT_TYPE, V6_OPT_LENGTH, V6_OPT_LINKADDR, V6_OPT_SRC_LINKADDR, V6_OPT_TARGET_LINKADDR, V6_OPT_LINKADDR_EUI64,
                V6_OPT_SRC_LINKADDR_EUI64, V6_OPT_TARGET_LINKADDR_EUI64, V6_RESERVED,
                V6_DATA, V6_MTU, V6_POINTER, V6_NA_FLAG, V6_NA_FLAG_R, V6_NA_FLAG_S, V6_NA_FLAG_O, V6_NA_FLAG_RSV,
                V6_MLDR_NB, V6_MLDR_MAR, V6_MLDR_TYPE, V6_MLDR_AUX, V6_MLDR_NSRC, V6_MLDR_ADDR, V6_MLDR_SRC,
                V6_MLDR_AUXDATA, V6_MLD_MRD, V6_MLD_ADDR, V6_MLD_MRC, V6_MLD_FLAG, V6_MLD_FLAG_S, V6_MLD_FLAG_QRV,
                V6_MLD_FLAG_RSV, V6_MLD_QQI, V6_MLD_NSRC, V6_MLD_SRC, V6_RESP_IN, V6_RESP_TO, V6_NO_RESP, V6_RESPTIME,
                V6_LENGTH, V6_RD_TARGET, V6_RD_DESTINATION, V6_MRD_QUERY_INTERVAL, V6_MRD_ROBUSTNESS);
        r.fields(V6_EXT_ECHO.all());
        r.fields(IcmpV4.FIELDS);
        r.fields(IcmpV4.EXT_ECHO.all());
        r.experts(IcmpV4.EXPERTS);
        r.experts(EI_V6_UNDECODED_TYPE);
        r.fields(Ndp.FIELDS);
        r.fields(NodeInformation.FIELDS);
        r.experts(Ndp.EXPERTS);
        r.fields(Icmpv6Rr.FIELDS);
        r.experts(Icmpv6Rr.EXPERTS);
        r.fields(Icmpv6Rpl.FIELDS);
        r.experts(Icmpv6Rpl.EXPERTS);
    }

    @Override
    public void handoff(Handoff h) {
        h.table(Ipv4Module.PROTO_TABLE).add(1, "icmp", this::icmp);
        h.table(Ipv4Module.PROTO_TABLE).add(58, "icmpv6", this::icmpv6);
        ip = h.dissector("ip").orElse(null);
        ipv6 = h.dissector("ipv6").orElse(null);
    }

    /** One's-complement sum over {@code n} bytes, for checksum verification. */
    /** A correct or an unverified checksum item and its generated status; returns the checksum item. */
    private static ProtoNode checksum(ProtoNode t, ByteView tvb, FieldDef f, FieldDef status, int ck, boolean correct) {
        ProtoNode n = t.add(f, tvb, 2, 2, ck).appendLabel(correct ? " [correct]" : " [unverified]");
        t.add(status, tvb, 2, 0, correct ? 1 : 2).generated();
        return n;
    }

    int icmp(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        return IcmpV4.dissect(tvb, ctx, parent, ip);
    }

    /**
     * Echo data that starts with a timeval within a day of the frame's time (ping's), read big-endian, then
     * little-endian, as packet-icmp.c does; adds the two time items and returns true when one fits.
     */
    static boolean dataTime(ByteView tvb, PacketContext ctx, ProtoNode t) {
        if (!tvb.has(8, 8)) {
            return false;
        }
        long frameSecs = ctx.record().epochSeconds();
        long secs = tvb.u32(8);
        long usecs = tvb.u32(12);
        if (Math.abs((int) (secs - frameSecs)) >= 3600 * 24 || usecs >= 1_000_000) {
            secs = tvb.u32le(8);
            usecs = tvb.u32le(12);
        }
        if (Math.abs((int) (secs - frameSecs)) >= 3600 * 24 || usecs >= 1_000_000) {
            return false;
        }
        long ts = secs * 1_000_000_000L + usecs * 1000;
        long now = frameSecs * 1_000_000_000L + ctx.record().nanos();
        t.add(DATA_TIME, tvb, 8, 8, ts);
        t.add(DATA_TIME_RELATIVE, tvb, 8, 8, now - ts).generated();
        return true;
    }

    /**
     * Echo requests waiting for their reply, per capture, as packet-icmp.c's and packet-icmpv6.c's transactions: per
     * address pair (either direction), keyed by a checksum (the one request and reply agree on once the type's
     * difference is taken out), identifier and sequence number. A later identical request replaces the earlier one;
     * a request is answered once. ICMP's and ICMPv6's are separate tables ({@link Echoes6}).
     */
    static class Echoes {
        /** The address pair in either order (lower first: IPv4 as numbers, IPv6 as text). */
        record Key(Object lo, Object hi, int ck, int idSeq) { }

        final java.util.Map<Key, long[]> requests = new java.util.HashMap<>();
        /** In a first pass of two: each answered request's reply frame, by the request's frame. */
        final FrameFacts replies = new FrameFacts();

        /** transaction_start: the request at {@code now} (a table at its cap takes only a request it holds). */
        void request(PacketContext ctx, Key k, long now) {
            if (requests.size() < 65536 || requests.containsKey(k)) {
                requests.put(k, new long[] {ctx.frameNumber(), now, 0});
            }
        }

        /** transaction_end: the request {frame, time} a reply answers, or null (none, or answered already). */
        long[] reply(PacketContext ctx, Key k) {
            long[] req = requests.get(k);
            if (req == null || req[2] != 0) {
                return null;
            }
            req[2] = ctx.frameNumber();
            if (ctx.session().firstOfTwo()) {
                replies.put(req[0], req[2]);
            }
            return req;
        }
    }

    /** ICMPv6's echo transactions, a table apart from ICMP's. */
    static final class Echoes6 extends Echoes {
    }

    /**
     * In the second pass of two, what the first learnt of a request: the frame of its reply, or none seen (an expert
     * finding); nothing in a single pass, where the reply is still to come.
     */
    private static void answered(PacketContext ctx, ProtoNode t, ByteView tvb, FrameFacts firstPass, FieldDef in,
                                 FieldDef none, ExpertDef notFound, String message, EchoTo nonUnicast) {
        if (!ctx.session().secondOfTwo()) {
            return;
        }
        long reply = firstPass == null ? 0 : firstPass.get(ctx.frameNumber());
        if (reply != 0) {
            t.add(in, tvb, 0, 0, reply).generated();
        } else if (nonUnicast != null) {
            ctx.put(EchoTo.class, nonUnicast); // no reply is looked for; the Info column says why
        } else {
            Expert.add(ctx, t.addItem(none, tvb, 0, 0).generated(), notFound, message);
        }
    }

    static void pair(PacketContext ctx, ProtoNode t, ByteView tvb, boolean request, int id, int seq, int ck) {
        Echoes e = ctx.session().get(Echoes.class, Echoes::new);
        long now = ctx.record().epochSeconds() * 1_000_000_000L + ctx.record().nanos();
        long lo = Math.min(ctx.src4, ctx.dst4);
        long hi = Math.max(ctx.src4, ctx.dst4);
        int idSeq = (id << 16) | seq;
        if (request) {
            // ip_checksum({~ck, ~0x0800}): the checksum of the reply, whose type differs by 8 in the high byte
            long s = ((~ck) & 0xffff) + 0xf7ff;
            s = (s & 0xffff) + (s >>> 16);
            s = (s & 0xffff) + (s >>> 16);
            int key = (int) (~s & 0xffff);
            e.request(ctx, new Echoes.Key(lo, hi, key, idSeq), now);
            Echoes first = ctx.session().firstPass(Echoes.class);
            answered(ctx, t, tvb, first == null ? null : first.replies, RESP_IN, NO_RESP, IcmpV4.EI_RESP_NOT_FOUND,
                    "No response seen to ICMP request", ctx.dst4 == 0xffffffffL ? EchoTo.BROADCAST
                            : (ctx.dst4 >>> 28) == 0xe ? EchoTo.MULTICAST : null);
            return;
        }
        long[] req = e.reply(ctx, new Echoes.Key(lo, hi, ck == 0xffff ? 0 : ck, idSeq));
        if (req == null) {
            return;
        }
        t.add(RESP_TO, tvb, 0, 0, req[0]).generated();
        double ms = (now - req[1]) / 1e6;
        ProtoNode rt = t.addObj(RESPTIME, tvb, 0, 0, ms).generated();
        if (ctx.labels()) {
            rt.label("Response time: " + String.format("%.3f", ms) + " ms");
        }
    }

    private static final String[] V6_UNREACH_CODES = {"no route to destination", "Administratively prohibited",
        "Beyond scope of source address", "Address unreachable", "Port unreachable",
        "Source address failed ingress/egress policy", "Reject route to destination", "Error in Source Routing Header"};
    private static final String[] V6_TIMEEX_CODES = {"hop limit exceeded in transit",
        "fragment reassembly time exceeded"};
    private static final String[] V6_PARAM_CODES = {"erroneous header field encountered",
        "unrecognized Next Header type encountered", "unrecognized IPv6 option encountered",
        "IPv6 First Fragment has incomplete IPv6 Header Chain"};
    private static final String[] V6_RR_CODES = {"Command", "Result"};
    private static final String[] V6_NI_QUERY_CODES = {"Query subject = IPv6 addresses",
        "Query subject = DNS name or empty", "Query subject = IPv4 addresses"};
    private static final String[] V6_NI_REPLY_CODES = {"Successful", "Refused", "Unknown query type"};

    /** packet-icmpv6.c's rpl_code_val (RPL Control, type 155): sparse, so looked up by code. */
    private static final Map<Integer, String> V6_RPL_CODES = Map.ofEntries(
            Map.entry(0x00, "DODAG Information Solicitation"), Map.entry(0x01, "DODAG Information Object"),
            Map.entry(0x02, "Destination Advertisement Object"),
            Map.entry(0x03, "Destination Advertisement Object Acknowledgment"),
            Map.entry(0x04, "P2P Discovery Reply Object"),
            Map.entry(0x05, "P2P Discovery Reply Object Acknowledgement"),
            Map.entry(0x80, "Secure DODAG Information Solicitation"), Map.entry(0x81, "Secure DODAG Information Object"),
            Map.entry(0x82, "Secure Destination Advertisement Object"),
            Map.entry(0x83, "Secure Destination Advertisement Object Acknowledgment"),
            Map.entry(0x84, "P2P Secure Discovery Reply Object"),
            Map.entry(0x85, "P2P Secure Discovery Reply Object Acknowledgement"), Map.entry(0x8a, "Consistency Check"));
    /** RFC 8335's Extended Echo codes: the request's (type 160) and the reply's (type 161). */
    private static final String[] V6_EXT_ECHO_REQUEST_CODES = {"No error"};
    private static final String[] V6_EXT_ECHO_REPLY_CODES = {"No error", "Malformed Query", "No Such Interface",
        "No Such Table Entry", "Multiple Interfaces Satisfy Query"};

    /**
     * The name packet-icmpv6.c appends to the code of the types whose codes it names: "Unknown" past the destination
     * unreachable codes (val_to_str_const), "Unknown (N)" past the others (val_to_str); null for the other types.
     */
    static String v6CodeName(int type, int code) {
        if (type == 155) {
            String name = V6_RPL_CODES.get(code);
            return name != null ? name : "Unknown (" + code + ")";
        }
        if (type == 138 && code == 255) {
            return "Sequence number reset"; // icmpv6_rr_code_val's third, ICMP6_ROUTER_RENUMBERING_SEQNUM_RESET
        }
        String[] names = switch (type) {
            case 1 -> V6_UNREACH_CODES;
            case 3 -> V6_TIMEEX_CODES;
            case 4 -> V6_PARAM_CODES;
            case 138 -> V6_RR_CODES;
            case 139 -> V6_NI_QUERY_CODES;
            case 140 -> V6_NI_REPLY_CODES;
            case 160 -> V6_EXT_ECHO_REQUEST_CODES;
            case 161 -> V6_EXT_ECHO_REPLY_CODES;
            default -> null;
        };
        if (names == null) {
            return null;
        }
        if (code < names.length) {
            return names[code];
        }
        return type == 1 ? "Unknown" : "Unknown (" + code + ")";
    }

    int icmpv6(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ctx.setCurrentProto("ICMPv6");
        ctx.addProtocol("icmpv6");
        int len = tvb.reportedLength();
        // packet-icmpv6.c adds its item, the type and the code before it reads the checksum: a message cut short
        // shows what it has
        ProtoNode t = parent.addItem(ICMPV6, tvb, 0, tvb.capturedLength());
        int type = tvb.u8(0);
        t.add(V6_TYPE, tvb, 0, 1, type);
        int code = tvb.u8(1);
        ProtoNode codeNode = t.add(V6_CODE, tvb, 1, 1, code);
        String codeName = v6CodeName(type, code);
        if (codeName != null) {
            codeNode.appendLabel(" (" + codeName + ")");
        }
        int ck = tvb.u16(2);
        boolean inError = ctx.get(InErrorPacket.class) != null;
        if (!ctx.fragmented && tvb.capturedLength() >= len && !inError && ctx.src6 != null) {
            long acc = InternetChecksum.sum(ctx.src6, 0, 16, 0);
            acc = InternetChecksum.sum(ctx.dst6, 0, 16, acc);
            acc += len + 58;
            acc = InternetChecksum.sum(tvb, 0, len, acc);
            if (InternetChecksum.fold(acc) == 0) {
                checksum(t, tvb, V6_CHECKSUM, V6_CHECKSUM_STATUS, ck, true);
            } else {
                // proto_tree_add_checksum's "incorrect, should be" and its warning, as for ICMP
                InternetChecksum.bad(ctx, t, tvb, 2, V6_CHECKSUM, V6_CHECKSUM_STATUS, IcmpV4.EI_V6_CHECKSUM, ck,
                        InternetChecksum.fold(acc - ck));
            }
        } else {
            // packet-icmpv6.c says why it did not verify: a quoted packet, or anything else (a short capture too)
            checksum(t, tvb, V6_CHECKSUM, V6_CHECKSUM_STATUS, ck, false)
                    .appendLabel(inError ? " [in ICMP error packet]" : " [fragmented datagram]");
        }
        switch (type) {
            case 128, 129 -> {
                int id = tvb.u16(4);
                t.add(V6_ECHO_ID, tvb, 4, 2, id); // before the sequence number is read: a cut echo shows it
                int seq = tvb.u16(6);
                t.add(V6_ECHO_SEQ, tvb, 6, 2, seq);
                pair6(ctx, t, tvb, type == 128, id, seq, ck);
                if (len > 8) {
                    DataModule.dissect(tvb.tail(8), ctx, t);
                }
            }
            case 133 -> {
                t.addObj(V6_RESERVED, tvb, 4, 4, tvb.toArray(4, 4));
                Ndp.options(tvb, 8, ctx, t, ipv6);
            }
            case 135 -> {
                t.addObj(V6_RESERVED, tvb, 4, 4, tvb.toArray(4, 4));
                t.addObj(V6_TARGET, tvb, 8, 16, tvb.toArray(8, 16));
                Ndp.options(tvb, 24, ctx, t, ipv6);
            }
            case 136 -> {
                long fl = tvb.u32(4);
                ProtoNode f = t.add(V6_NA_FLAG, tvb, 4, 4, fl).label(FieldFormat.appendBitmaskNames(
                        new StringBuilder("Flags: 0x").append(String.format("%08x", fl)), fl, V6_NA_FLAG_R, V6_NA_FLAG_S,
                        V6_NA_FLAG_O, V6_NA_FLAG_RSV).toString());
                f.add(V6_NA_FLAG_R, tvb, 4, 4, fl >>> 31);
                f.add(V6_NA_FLAG_S, tvb, 4, 4, fl >>> 30 & 1);
                f.add(V6_NA_FLAG_O, tvb, 4, 4, fl >>> 29 & 1);
                f.add(V6_NA_FLAG_RSV, tvb, 4, 4, fl & 0x1fffffffL);
                t.addObj(V6_NA_TARGET, tvb, 8, 16, tvb.toArray(8, 16));
                Ndp.options(tvb, 24, ctx, t, ipv6);
            }
            case 134 -> Ndp.routerAdvertisement(tvb, ctx, t, ipv6);
            case 137 -> {
                t.addObj(V6_RESERVED, tvb, 4, 4, tvb.toArray(4, 4));
                t.addObj(V6_RD_TARGET, tvb, 8, 16, tvb.toArray(8, 16));
                t.addObj(V6_RD_DESTINATION, tvb, 24, 16, tvb.toArray(24, 16));
                Ndp.options(tvb, 40, ctx, t, ipv6);
            }
            case 138 -> Icmpv6Rr.dissect(tvb, ctx, t, code);
            case 139, 140 -> NodeInformation.dissect(tvb, ctx, t, type == 139, code);
            case 155 -> Icmpv6Rpl.dissect(tvb, ctx, t, code);
            case 144, 145, 146, 147 -> Ndp.mobileIpv6(type, tvb, ctx, t, ipv6);
            case 151 -> {
                t.add(V6_MRD_QUERY_INTERVAL, tvb, 4, 2, tvb.u16(4));
                t.add(V6_MRD_ROBUSTNESS, tvb, 6, 2, tvb.u16(6));
            }
            case 160, 161 -> {
                // RFC 8335 PROBE: the request names the interface to probe in an ICMP extension structure
                t.add(V6_ECHO_ID, tvb, 4, 2, tvb.u16(4));
                V6_EXT_ECHO.add(tvb, t, type == 160);
                if (type == 160) {
                    extension(tvb.tail(8), ctx, t, true);
                }
            }
            case 130, 131, 132 -> mld(tvb, t, type == 130 && tvb.capturedLength() >= 28);
            case 143 -> mldv2Report(tvb, t);
            case 1, 2, 3, 4 -> {
                if (type == 2) {
                    t.add(V6_MTU, tvb, 4, 4, tvb.u32(4));
                } else if (type == 4) {
                    t.add(V6_POINTER, tvb, 4, 4, tvb.u32(4));
                }
                // RFC 4884: destination unreachable and time exceeded may give the quote's length in 64-bit words,
                // then an ICMP extension structure follows it
                int words = type == 1 || type == 3 ? tvb.u8(4) : 0;
                if (words != 0) {
                    t.add(V6_LENGTH, tvb, 4, 1, words);
                    t.addObj(V6_RESERVED, tvb, 5, 3, tvb.toArray(5, 3));
                } else if (type == 1 || type == 3) {
                    t.addObj(V6_RESERVED, tvb, 4, 4, tvb.toArray(4, 4));
                }
                if (ipv6 != null) {
                    // the invoking packet's first byte is read even when the message ends before it (tshark 4.0:
                    // "Malformed Packet: ICMPv6" for an 8-byte error); the quote runs to the message's end whatever
                    // its length says
                    contained(tvb.tail(8), ctx, t, ipv6);
                }
                if (words != 0) {
                    extension(tvb.tail(8 + words * 8), ctx, t, false); // past the message's end: malformed
                }
            }
            default -> {
                if (type == 0 || type >= 5 && type <= 127 || type >= 162) {
                    // a type packet-icmpv6.c has no case for: a note, and the rest of the message as data (which
                    // must have a byte at least)
                    Expert.add(ctx, t, EI_V6_UNDECODED_TYPE, "Dissector for ICMPv6 Type (" + type
                            + ") code not implemented, Contact Wireshark developers if you want this supported");
                    int n = tvb.remaining(4);
                    if (n == 0) {
                        tvb.ensure(4, 1);
                    }
                    t.addObj(V6_DATA, tvb, 4, n, tvb.toArray(4, n));
                }
            }
        }
        return len;
    }

    /**
     * ICMP's extension dissector (RFC 4884) through its handle, from ICMPv6: an "icmp" layer, which it leaves
     * (returning 0) when no common header follows, though its item stays. In an Extended Echo request
     * ({@code probe}), an unsupported version is rejected too, and the whole extension is data.
     */
    private static void extension(ByteView ext, PacketContext ctx, ProtoNode t, boolean probe) {
        int mark = ctx.protocolsMark();
        String proto = ctx.currentProto();
        ctx.addProtocol("icmp");
        ctx.setCurrentProto("ICMP");
        IcmpV4.extension(ext, ctx, t);
        ctx.setCurrentProto(proto);
        if (ext.reportedLength() < 4) {
            ctx.dropProtocolsAfter(mark);
        } else if (probe && (ext.u8(0) >> 4) != 1 && (ext.u8(0) >> 4) != 2) {
            // an unsupported version: the extension dissector rejects it (its items stay, its layer goes) and the
            // whole extension is data (tshark 4.0.17 on Extended Echo requests)
            ctx.dropProtocolsAfter(mark);
            DataModule.dissect(ext, ctx, t);
        }
    }

    /**
     * packet-icmpv6.c's dissect_contained_icmpv6: the packet an error quotes (or a redirect's redirected header
     * carries), as an error packet's (pinfo->flags.in_error_pkt), under {@code t}; its "tiny sanity check" takes only
     * a version-6 header for IPv6, anything else is data. Bytes that run out inside it end it silently, as in IcmpV4.
     * Returns how many bytes the IPv6 dissector took (0 when it ran out).
     */
    static int contained(ByteView quote, PacketContext ctx, ProtoNode t, Dissector ipv6) {
        InErrorPacket saved = ctx.get(InErrorPacket.class);
        ctx.put(InErrorPacket.class, InErrorPacket.INSTANCE);
        // read with the flag set: a quote that has not even its first byte ends the packet as an error packet's, whose
        // tap event no statistic is handed (InErrorPacket)
        boolean v6 = (quote.u8(0) & 0xf0) == 0x60;
        String proto = ctx.currentProto();
        int took = 0;
        if (v6) {
            try {
                took = ipv6.dissect(quote, ctx, t);
            } catch (BoundsException e) {
                // packet.c's call_dissector_work_error: the quote ends here and the message goes on, except when the
                // capture ran out (BoundsError), which it rethrows as the quoted IPv6 layer's
                if (InErrorPacket.rethrown(e, ctx)) {
                    ctx.setCurrentProto("IPv6");
                    throw e;
                }
            }
        } else {
            // call_data_dissector returns the captured length: the option's bytes after it are unknown data, which
            // a capture cut short does not have
            took = Math.min(DataModule.dissect(quote, ctx, t), quote.capturedLength());
        }
        ctx.put(InErrorPacket.class, saved);
        ctx.setCurrentProto(proto); // as call_dissector_work restores it
        return took;
    }

    /**
     * Multicast Listener Query, Report and Done: MLDv1 (RFC 2710), or an MLDv2 query (RFC 3810) when a query has the
     * 28 bytes one needs (packet-icmpv6.c's MLDV2_PACKET_MINLEN, on the captured length). The MLDv2 codes are shown
     * decoded: a Maximum Response Code of 32768 or more and a QQIC of 128 or more are mantissa and exponent.
     */
    private static void mld(ByteView tvb, ProtoNode t, boolean v2) {
        if (!v2) {
            t.add(V6_MLD_MRD, tvb, 4, 2, tvb.u16(4));
            t.addObj(V6_RESERVED, tvb, 6, 2, tvb.toArray(6, 2));
            t.addObj(V6_MLD_ADDR, tvb, 8, 16, tvb.toArray(8, 16));
            return;
        }
        long mrc = tvb.u16(4);
        if (mrc >= 32768) {
            mrc = ((mrc & 0x0fff) | 0x1000) << (((mrc & 0x7000) >> 12) + 3);
        }
        t.add(V6_MLD_MRC, tvb, 4, 2, mrc); // proto_tree_add_uint stores the decoded value whole
        t.addObj(V6_RESERVED, tvb, 6, 2, tvb.toArray(6, 2));
        t.addObj(V6_MLD_ADDR, tvb, 8, 16, tvb.toArray(8, 16));
        int fl = tvb.u8(24);
        // proto_tree_add_bitmask appends the names of the set boolean flags to the item's text
        ProtoNode f = t.add(V6_MLD_FLAG, tvb, 24, 1, fl);
        String names = FieldFormat.appendBitmaskNames(new StringBuilder(), fl, V6_MLD_FLAG_S, V6_MLD_FLAG_QRV,
                V6_MLD_FLAG_RSV).toString();
        if (!names.isEmpty()) {
            f.appendLabel(names);
        }
        f.add(V6_MLD_FLAG_S, tvb, 24, 1, fl >> 3 & 1);
        f.add(V6_MLD_FLAG_QRV, tvb, 24, 1, fl & 7);
        f.add(V6_MLD_FLAG_RSV, tvb, 24, 1, fl >> 4);
        int qqi = tvb.u8(25);
        if (qqi >= 128) {
            qqi = ((qqi & 0x0f) | 0x10) << (((qqi & 0x70) >> 4) + 3);
        }
        t.add(V6_MLD_QQI, tvb, 25, 1, qqi);
        int n = tvb.u16(26);
        t.add(V6_MLD_NSRC, tvb, 26, 2, n);
        for (int i = 0, p = 28; i < n; i++, p += 16) {
            t.addObj(V6_MLD_SRC, tvb, p, 16, tvb.toArray(p, 16));
        }
    }

    /** MLDv2 report (RFC 3810): the records, each with its sources and auxiliary data. */
    private static void mldv2Report(ByteView tvb, ProtoNode t) {
        t.addObj(V6_RESERVED, tvb, 4, 2, tvb.toArray(4, 2));
        int n = tvb.u16(6);
        t.add(V6_MLDR_NB, tvb, 6, 2, n);
        int off = 8;
        for (int i = 0; i < n && off + 20 <= tvb.reportedLength(); i++) {
            // the record's item first (to the end of what was captured), then its fields one by one: a record cut
            // by the capture shows what came before the cut, as packet-icmpv6.c's reads do
            if (!tvb.has(off, 1)) {
                throw BoundsException.TRUNCATED;
            }
            ProtoNode r = t.addItem(V6_MLDR_MAR, tvb, off, tvb.capturedLength() - off).label(
                    "Multicast Address Record");
            int rtype = tvb.u8(off);
            r.add(V6_MLDR_TYPE, tvb, off, 1, rtype);
            int aux = tvb.u8(off + 1);
            r.add(V6_MLDR_AUX, tvb, off + 1, 1, aux);
            int nsrc = tvb.u16(off + 2);
            r.add(V6_MLDR_NSRC, tvb, off + 2, 2, nsrc);
            int rlen = 20 + nsrc * 16 + aux * 4;
            byte[] addr = tvb.toArray(off + 4, 16);
            r.addObj(V6_MLDR_ADDR, tvb, off + 4, 16, addr);
            r.label("Multicast Address Record " + MLDR_RECORD_TYPES.getOrDefault((long) rtype, "Unknown") + ": "
                    + FieldFormat.ipv6(addr));
            r.setLength(rlen);
            int p = off + 20;
            for (int k = 0; k < nsrc; k++, p += 16) {
                r.addObj(V6_MLDR_SRC, tvb, p, 16, tvb.toArray(p, 16));
            }
            if (aux > 0) {
                r.addObj(V6_MLDR_AUXDATA, tvb, p, aux * 4, tvb.toArray(p, aux * 4));
            }
            off += rlen;
        }
    }

    private static void pair6(PacketContext ctx, ProtoNode t, ByteView tvb, boolean request, int id, int seq,
                              int ck) {
        if (ctx.src6 == null || ctx.get(InErrorPacket.class) != null) {
            return;
        }
        Echoes6 e = ctx.session().get(Echoes6.class, Echoes6::new);
        long now = ctx.record().epochSeconds() * 1_000_000_000L + ctx.record().nanos();
        String s = org.jdissect.api.tree.FieldFormat.ipv6(ctx.src6.toArray());
        String d = org.jdissect.api.tree.FieldFormat.ipv6(ctx.dst6.toArray());
        String lo = s.compareTo(d) <= 0 ? s : d;
        String hi = lo == s ? d : s;
        int idSeq = (id << 16) | seq;
        if (request) {
            e.request(ctx, new Echoes.Key(lo, hi, ck, idSeq), now);
            Echoes6 first = ctx.session().firstPass(Echoes6.class);
            answered(ctx, t, tvb, first == null ? null : first.replies, V6_RESP_IN, V6_NO_RESP,
                    IcmpV4.EI_V6_RESP_NOT_FOUND, "No response seen to ICMPv6 request in frame " + ctx.frameNumber(),
                    ctx.dst6.u8(0) == 0xff ? EchoTo.MULTICAST : null);
            return;
        }
        // in_cksum({~ck, ~0x0100}): the checksum the request had, whose type differs by 1 in the high byte
        long sum = ((~ck) & 0xffff) + 0xfeff;
        sum = (sum & 0xffff) + (sum >>> 16);
        sum = (sum & 0xffff) + (sum >>> 16);
        int key = (int) (~sum & 0xffff);
        long[] req = e.reply(ctx, new Echoes.Key(lo, hi, key == 0 ? 0xffff : key, idSeq));
        if (req == null) {
            return;
        }
        t.add(V6_RESP_TO, tvb, 0, 0, req[0]).generated();
        double ms = (now - req[1]) / 1e6;
        t.addObj(V6_RESPTIME, tvb, 0, 0, ms).generated()
                .label("Response Time: " + new java.text.DecimalFormat("0.000").format(ms) + " ms");
    }

}
