package org.jdissect.dissectors.igmp;

import static org.jdissect.api.field.FieldType.*;

import java.util.Map;
import org.jdissect.api.expert.ExpertDef;
import org.jdissect.api.expert.ExpertGroup;
import org.jdissect.api.expert.ExpertSeverity;
import org.jdissect.api.field.Base;
import org.jdissect.api.field.FieldDef;

/** IGMP's fields and value names as Wireshark 4.0.17's packet-igmp.c registers them. */
final class IgmpFields {
    private IgmpFields() {
    }

    /** packet-igmp.c's {@code commands}: the message types it names (the Info column and igmp.type). */
    static final Map<Long, String> COMMANDS = Map.ofEntries(Map.entry(0x01L, "Create Group Request"),
            Map.entry(0x02L, "Create Group Reply"), Map.entry(0x03L, "Join Group Request"),
            Map.entry(0x04L, "Join Group Reply"), Map.entry(0x05L, "Leave Group Request"),
            Map.entry(0x06L, "Leave Group Reply"), Map.entry(0x07L, "Confirm Group Request"),
            Map.entry(0x08L, "Confirm Group Reply"), Map.entry(0x11L, "Membership Query"),
            Map.entry(0x12L, "Membership Report"), Map.entry(0x13L, "DVMRP Protocol"),
            Map.entry(0x14L, "PIM Routing Message"), Map.entry(0x16L, "Membership Report"),
            Map.entry(0x17L, "Leave Group"), Map.entry(0x1eL, "Traceroute Response"),
            Map.entry(0x1fL, "Traceroute Query or Request"), Map.entry(0x22L, "Membership Report"));
    static final Map<Long, String> GROUP_TYPES = Map.of(0L, "Public Group", 1L, "Private Group");
    static final Map<Long, String> REPLY_CODES = Map.of(0L, "Request Granted", 1L, "Request Denied, No Resources",
            2L, "Request Denied, Invalid Code", 3L, "Request Denied, Invalid Group", 4L, "Request Denied, Invalid Key");
    static final Map<Long, String> RECORD_TYPES = Map.of(1L, "Mode Is Include", 2L, "Mode Is Exclude",
            3L, "Change To Include Mode", 4L, "Change To Exclude Mode", 5L, "Allow New Sources",
            6L, "Block Old Sources");
    static final Map<Long, String> MTRACE_RTG = Map.ofEntries(Map.entry(1L, "DVMRP"), Map.entry(2L, "MOSPF"),
            Map.entry(3L, "PIM"), Map.entry(4L, "CBT"), Map.entry(5L, "PIM using special routing table"),
            Map.entry(6L, "PIM using a static route"), Map.entry(7L, "DVMRP using a static route"),
            Map.entry(8L, "PIM using MBGP (aka BGP4+) route"), Map.entry(9L, "CBT using special routing table"),
            Map.entry(10L, "CBT using a static route"),
            Map.entry(11L, "PIM using state created by Assert processing"));
    static final Map<Long, String> MTRACE_FWD_CODES = Map.ofEntries(Map.entry(0x00L, "NO_ERROR"),
            Map.entry(0x01L, "WRONG_IF"), Map.entry(0x02L, "PRUNE_SENT"), Map.entry(0x03L, "PRUNE_RCVD"),
            Map.entry(0x04L, "SCOPED"), Map.entry(0x05L, "NO_ROUTE"), Map.entry(0x06L, "WRONG_LAST_HOP"),
            Map.entry(0x07L, "NOT_FORWARDING"), Map.entry(0x08L, "REACHED_RP"), Map.entry(0x09L, "RPF_IF"),
            Map.entry(0x0aL, "NO_MULTICAST"), Map.entry(0x0bL, "INFO_HIDDEN"), Map.entry(0x81L, "NO_SPACE"),
            Map.entry(0x82L, "OLD_ROUTER"), Map.entry(0x83L, "ADMIN_PROHIB"));
    /** proto_checksum_vals. */
    static final Map<Long, String> CHECKSUM_STATUS = Map.of(0L, "Bad", 1L, "Good", 2L, "Unverified",
            3L, "Not present", 4L, "Illegal");

    static final FieldDef IGMP = FieldDef.builder("igmp", "Internet Group Management Protocol", PROTOCOL).build();
    static final FieldDef TYPE = FieldDef.builder("igmp.type", "Type", UINT8).hex().names(COMMANDS)
            .blurb("IGMP Packet Type").build();
    static final FieldDef RESERVED = FieldDef.builder("igmp.reserved", "Reserved", BYTES).blurb("IGMP Reserved")
            .build();
    static final FieldDef VERSION = FieldDef.builder("igmp.version", "IGMP Version", UINT8).build();
    static final FieldDef GROUP_TYPE = FieldDef.builder("igmp.group_type", "Type Of Group", UINT8).names(GROUP_TYPES)
            .blurb("IGMP V0 Type Of Group").build();
    static final FieldDef REPLY = FieldDef.builder("igmp.reply", "Reply", UINT8).names(REPLY_CODES)
            .blurb("IGMP V0 Reply").build();
    static final FieldDef REPLY_PENDING = FieldDef.builder("igmp.reply.pending", "Reply Pending", UINT8)
            .blurb("IGMP V0 Reply Pending, Retry in this many seconds").build();
    static final FieldDef CHECKSUM = FieldDef.builder("igmp.checksum", "Checksum", UINT16).hex()
            .blurb("IGMP Checksum").build();
    static final FieldDef CHECKSUM_STATUS_F = FieldDef.builder("igmp.checksum.status", "Checksum Status", UINT8)
            .names(CHECKSUM_STATUS).base(Base.NONE).build();
    static final FieldDef IDENTIFIER = FieldDef.builder("igmp.identifier", "Identifier", UINT32)
            .blurb("IGMP V0 Identifier").build();
    static final FieldDef ACCESS_KEY = FieldDef.builder("igmp.access_key", "Access Key", BYTES)
            .blurb("IGMP V0 Access Key").build();
    static final FieldDef MAX_RESP = FieldDef.builder("igmp.max_resp", "Max Resp Time", UINT8)
            .blurb("Max Response Time").build();
    static final FieldDef SUPPRESS = FieldDef.builder("igmp.s", "S", BOOLEAN).mask(0x08, 8)
            .trueFalse("SUPPRESS router side processing", "Do not suppress router side processing")
            .blurb("Suppress Router Side Processing").build();
    static final FieldDef QRV = FieldDef.builder("igmp.qrv", "QRV", UINT8).mask(0x07, 8)
            .blurb("Querier's Robustness Value").build();
    static final FieldDef QQIC = FieldDef.builder("igmp.qqic", "QQIC", UINT8)
            .blurb("Querier's Query Interval Code").build();
    static final FieldDef NUM_SRC = FieldDef.builder("igmp.num_src", "Num Src", UINT16).blurb("Number Of Sources")
            .build();
    static final FieldDef SADDR = FieldDef.builder("igmp.saddr", "Source Address", IPV4).build();
    static final FieldDef NUM_GRP_RECS = FieldDef.builder("igmp.num_grp_recs", "Num Group Records", UINT16)
            .blurb("Number Of Group Records").build();
    static final FieldDef RECORD_TYPE = FieldDef.builder("igmp.record_type", "Record Type", UINT8)
            .names(RECORD_TYPES).build();
    static final FieldDef AUX_DATA_LEN = FieldDef.builder("igmp.aux_data_len", "Aux Data Len", UINT8)
            .blurb("Aux Data Len, In units of 32bit words").build();
    static final FieldDef MADDR = FieldDef.builder("igmp.maddr", "Multicast Address", IPV4).build();
    static final FieldDef AUX_DATA = FieldDef.builder("igmp.aux_data", "Aux Data", BYTES)
            .blurb("IGMP V3 Auxiliary Data").build();
    static final FieldDef DATA = FieldDef.builder("igmp.data", "Data", BYTES).build();
    static final FieldDef MAX_RESP_EXP = FieldDef.builder("igmp.max_resp.exp", "Exponent", UINT8).hex()
            .mask(0x70, 8).blurb("Maximum Response Time, Exponent").build();
    static final FieldDef MAX_RESP_MANT = FieldDef.builder("igmp.max_resp.mant", "Mantissa", UINT8).hex()
            .mask(0x0f, 8).blurb("Maximum Response Time, Mantissa").build();
    static final FieldDef MTRACE_MAX_HOPS = FieldDef.builder("igmp.mtrace.max_hops", "# hops", UINT8)
            .blurb("Maximum Number of Hops to Trace").build();
    static final FieldDef MTRACE_SADDR = FieldDef.builder("igmp.mtrace.saddr", "Source Address", IPV4)
            .blurb("Multicast Source for the Path Being Traced").build();
    static final FieldDef MTRACE_RADDR = FieldDef.builder("igmp.mtrace.raddr", "Receiver Address", IPV4)
            .blurb("Multicast Receiver for the Path Being Traced").build();
    static final FieldDef MTRACE_RSPADDR = FieldDef.builder("igmp.mtrace.rspaddr", "Response Address", IPV4)
            .blurb("Destination of Completed Traceroute Response").build();
    static final FieldDef MTRACE_RESP_TTL = FieldDef.builder("igmp.mtrace.resp_ttl", "Response TTL", UINT8)
            .blurb("TTL for Multicasted Responses").build();
    static final FieldDef MTRACE_Q_ID = FieldDef.builder("igmp.mtrace.q_id", "Query ID", UINT24)
            .blurb("Identifier for this Traceroute Request").build();
    static final FieldDef MTRACE_Q_ARRIVAL = FieldDef.builder("igmp.mtrace.q_arrival", "Query Arrival", UINT32)
            .blurb("Query Arrival Time").build();
    static final FieldDef MTRACE_Q_INADDR = FieldDef.builder("igmp.mtrace.q_inaddr", "In itf addr", IPV4)
            .blurb("Incoming Interface Address").build();
    static final FieldDef MTRACE_Q_OUTADDR = FieldDef.builder("igmp.mtrace.q_outaddr", "Out itf addr", IPV4)
            .blurb("Outgoing Interface Address").build();
    static final FieldDef MTRACE_Q_PREVRTR = FieldDef.builder("igmp.mtrace.q_prevrtr", "Previous rtr addr", IPV4)
            .blurb("Previous-Hop Router Address").build();
    static final FieldDef MTRACE_Q_INPKT = FieldDef.builder("igmp.mtrace.q_inpkt", "In pkts", UINT32)
            .blurb("Input packet count on incoming interface").build();
    static final FieldDef MTRACE_Q_OUTPKT = FieldDef.builder("igmp.mtrace.q_outpkt", "Out pkts", UINT32)
            .blurb("Output packet count on outgoing interface").build();
    static final FieldDef MTRACE_Q_TOTAL = FieldDef.builder("igmp.mtrace.q_total", "S,G pkt count", UINT32)
            .blurb("Total number of packets for this source-group pair").build();
    static final FieldDef MTRACE_Q_RTG_PROTO = FieldDef.builder("igmp.mtrace.q_rtg_proto", "Rtg Protocol", UINT8)
            .names(MTRACE_RTG).blurb("Routing protocol between this and previous hop rtr").build();
    static final FieldDef MTRACE_Q_FWD_TTL = FieldDef.builder("igmp.mtrace.q_fwd_ttl", "FwdTTL", UINT8)
            .blurb("TTL required for forwarding").build();
    static final FieldDef MTRACE_Q_MBZ = FieldDef.builder("igmp.mtrace.q_mbz", "MBZ", UINT8).hex().mask(0x80, 8)
            .blurb("Must be zeroed on transmission and ignored on reception").build();
    static final FieldDef MTRACE_Q_S = FieldDef.builder("igmp.mtrace.q_s", "S", UINT8).hex().mask(0x40, 8)
            .blurb("Set if S,G packet count is for source network").build();
    static final FieldDef MTRACE_Q_SRC_MASK = FieldDef.builder("igmp.mtrace.q_src_mask", "Src Mask", UINT8).hex()
            .mask(0x3f, 8).blurb("Source mask length. 63 when forwarding on group state").build();
    static final FieldDef MTRACE_Q_FWD_CODE = FieldDef.builder("igmp.mtrace.q_fwd_code", "Forwarding Code", UINT8)
            .hex().names(MTRACE_FWD_CODES).blurb("Forwarding information/error code").build();

    // ---- RGMP (RFC 3488), packet-rgmp.c: types 0xfc-0xff sent to 224.0.0.25
    static final Map<Long, String> RGMP_TYPES = Map.of(0xfcL, "Leave", 0xfdL, "Join", 0xfeL, "Bye", 0xffL, "Hello");
    static final FieldDef RGMP = FieldDef.builder("rgmp", "Router-port Group Management Protocol", PROTOCOL).build();
    static final FieldDef RGMP_TYPE = FieldDef.builder("rgmp.type", "Type", UINT8).hex().names(RGMP_TYPES)
            .blurb("RGMP Packet Type").build();
    static final FieldDef RGMP_RESERVED = FieldDef.builder("rgmp.reserved", "Reserved", UINT8).hex()
            .blurb("RGMP Reserved").build();
    static final FieldDef RGMP_CHECKSUM = FieldDef.builder("rgmp.checksum", "Checksum", UINT16).hex().build();
    static final FieldDef RGMP_CHECKSUM_STATUS = FieldDef.builder("rgmp.checksum.status", "Checksum Status", UINT8)
            .names(CHECKSUM_STATUS).base(Base.NONE).build();
    static final FieldDef RGMP_MADDR = FieldDef.builder("rgmp.maddr", "Multicast group address", IPV4).build();
    static final ExpertDef EI_RGMP_CHECKSUM = ExpertDef.of("rgmp.bad_checksum", ExpertGroup.CHECKSUM,
            ExpertSeverity.ERROR, "Bad checksum");
    static final FieldDef[] RGMP_FIELDS = {RGMP, RGMP_TYPE, RGMP_RESERVED, RGMP_CHECKSUM, RGMP_CHECKSUM_STATUS,
        RGMP_MADDR};

    // ---- MSNIP (draft-ietf-idmr-igmp-msnip-00), packet-msnip.c: types 0x23-0x25 sent to 224.0.0.22
    static final Map<Long, String> MSNIP_TYPES = Map.of(0x23L, "Multicast Group Map",
            0x24L, "Multicast Interest Solicitation", 0x25L, "Multicast Receiver Membership Report");
    static final Map<Long, String> MSNIP_REC_TYPES = Map.of(1L, "Request to start transmitting group",
            2L, "Request to hold transmitting group");
    static final FieldDef MSNIP = FieldDef.builder("msnip",
            "MSNIP: Multicast Source Notification of Interest Protocol", PROTOCOL).build();
    static final FieldDef MSNIP_TYPE = FieldDef.builder("msnip.type", "Type", UINT8).hex().names(MSNIP_TYPES)
            .blurb("MSNIP Packet Type").build();
    static final FieldDef MSNIP_CHECKSUM = FieldDef.builder("msnip.checksum", "Checksum", UINT16).hex()
            .blurb("MSNIP Checksum").build();
    static final FieldDef MSNIP_CHECKSUM_STATUS = FieldDef.builder("msnip.checksum.status", "Checksum Status", UINT8)
            .names(CHECKSUM_STATUS).base(Base.NONE).build();
    static final FieldDef MSNIP_COUNT = FieldDef.builder("msnip.count", "Count", UINT8)
            .blurb("MSNIP Number of groups").build();
    static final FieldDef MSNIP_HOLDTIME = FieldDef.builder("msnip.holdtime", "Holdtime", UINT32)
            .blurb("MSNIP Holdtime in seconds").build();
    static final FieldDef MSNIP_GROUPS = FieldDef.builder("msnip.groups", "Groups", NONE).blurb("MSNIP Groups")
            .build();
    static final FieldDef MSNIP_MADDR = FieldDef.builder("msnip.maddr", "Multicast group", IPV4)
            .blurb("MSNIP Multicast Group").build();
    static final FieldDef MSNIP_NETMASK = FieldDef.builder("msnip.netmask", "Netmask", UINT8)
            .blurb("MSNIP Netmask").build();
    static final FieldDef MSNIP_HOLDTIME16 = FieldDef.builder("msnip.holdtime16", "Holdtime", UINT16)
            .blurb("MSNIP Holdtime in seconds").build();
    static final FieldDef MSNIP_GENID = FieldDef.builder("msnip.genid", "Generation ID", UINT16)
            .blurb("MSNIP Generation ID").build();
    static final FieldDef MSNIP_REC_TYPE = FieldDef.builder("msnip.rec_type", "Record Type", UINT8)
            .names(MSNIP_REC_TYPES).blurb("MSNIP Record Type").build();
    static final ExpertDef EI_MSNIP_CHECKSUM = ExpertDef.of("msnip.bad_checksum", ExpertGroup.CHECKSUM,
            ExpertSeverity.ERROR, "Bad checksum");
    static final FieldDef[] MSNIP_FIELDS = {MSNIP, MSNIP_TYPE, MSNIP_CHECKSUM, MSNIP_CHECKSUM_STATUS, MSNIP_COUNT,
        MSNIP_HOLDTIME, MSNIP_GROUPS, MSNIP_MADDR, MSNIP_NETMASK, MSNIP_HOLDTIME16, MSNIP_GENID, MSNIP_REC_TYPE};

    // ---- MRDISC (RFC 4286's draft), packet-mrdisc.c: of its types only the termination (0x26, to 224.0.0.2)
    // reaches it in 4.0, MSNIP having taken 0x24 and 0x25 in the igmp.type table
    static final Map<Long, String> MRDISC_TYPES = Map.of(0x24L, "Multicast Router Advertisement",
            0x25L, "Multicast Router Solicitation", 0x26L, "Multicast Router Termination");
    static final FieldDef MRDISC = FieldDef.builder("mrdisc", "Multicast Router DISCovery protocol", PROTOCOL)
            .build();
    static final FieldDef MRDISC_TYPE = FieldDef.builder("mrdisc.type", "Type", UINT8).hex().names(MRDISC_TYPES)
            .blurb("MRDISC Packet Type").build();
    static final FieldDef MRDISC_CHECKSUM = FieldDef.builder("mrdisc.checksum", "Checksum", UINT16).hex()
            .blurb("MRDISC Checksum").build();
    static final FieldDef MRDISC_CHECKSUM_STATUS = FieldDef.builder("mrdisc.checksum.status", "Checksum Status",
            UINT8).names(CHECKSUM_STATUS).base(Base.NONE).build();
    static final FieldDef MRDISC_ADV_INT = FieldDef.builder("mrdisc.adv_int", "Advertising Interval", UINT8)
            .blurb("MRDISC Advertising Interval in seconds").build();
    static final FieldDef MRDISC_NUM_OPTS = FieldDef.builder("mrdisc.num_opts", "Number Of Options", UINT16)
            .blurb("MRDISC Number Of Options").build();
    static final FieldDef MRDISC_OPTIONS = FieldDef.builder("mrdisc.options", "Options", NONE)
            .blurb("MRDISC Options").build();
    static final FieldDef MRDISC_OPTION = FieldDef.builder("mrdisc.option", "Option", UINT8)
            .names(Map.of(1L, "Query Interval", 2L, "Robustness Variable")).blurb("MRDISC Option Type").build();
    static final FieldDef MRDISC_OPT_LEN = FieldDef.builder("mrdisc.opt_len", "Length", UINT8)
            .blurb("MRDISC Option Length").build();
    static final FieldDef MRDISC_QUERY_INT = FieldDef.builder("mrdisc.query_int", "Query Interval", UINT16)
            .blurb("MRDISC Query Interval").build();
    static final FieldDef MRDISC_ROB_VAR = FieldDef.builder("mrdisc.rob_var", "Robustness Variable", UINT16)
            .blurb("MRDISC Robustness Variable").build();
    static final FieldDef MRDISC_OPTION_DATA = FieldDef.builder("mrdisc.option_data", "Data", BYTES)
            .blurb("MRDISC Unknown Option Data").build();
    static final ExpertDef EI_MRDISC_CHECKSUM = ExpertDef.of("mrdisc.bad_checksum", ExpertGroup.CHECKSUM,
            ExpertSeverity.ERROR, "Bad checksum");
    static final FieldDef[] MRDISC_FIELDS = {MRDISC, MRDISC_TYPE, MRDISC_CHECKSUM, MRDISC_CHECKSUM_STATUS,
        MRDISC_ADV_INT, MRDISC_NUM_OPTS, MRDISC_OPTIONS, MRDISC_OPTION, MRDISC_OPT_LEN, MRDISC_QUERY_INT,
        MRDISC_ROB_VAR, MRDISC_OPTION_DATA};

    static final ExpertDef EI_CHECKSUM = ExpertDef.of("igmp.bad_checksum", ExpertGroup.CHECKSUM, ExpertSeverity.ERROR,
            "Bad checksum");

    static final FieldDef[] ALL = {IGMP, TYPE, RESERVED, VERSION, GROUP_TYPE, REPLY, REPLY_PENDING, CHECKSUM,
        CHECKSUM_STATUS_F, IDENTIFIER, ACCESS_KEY, MAX_RESP, SUPPRESS, QRV, QQIC, NUM_SRC, SADDR, NUM_GRP_RECS,
        RECORD_TYPE, AUX_DATA_LEN, MADDR, AUX_DATA, DATA, MAX_RESP_EXP, MAX_RESP_MANT, MTRACE_MAX_HOPS, MTRACE_SADDR,
        MTRACE_RADDR, MTRACE_RSPADDR, MTRACE_RESP_TTL, MTRACE_Q_ID, MTRACE_Q_ARRIVAL, MTRACE_Q_INADDR,
        MTRACE_Q_OUTADDR, MTRACE_Q_PREVRTR, MTRACE_Q_INPKT, MTRACE_Q_OUTPKT, MTRACE_Q_TOTAL, MTRACE_Q_RTG_PROTO,
        MTRACE_Q_FWD_TTL, MTRACE_Q_MBZ, MTRACE_Q_S, MTRACE_Q_SRC_MASK, MTRACE_Q_FWD_CODE};
}
