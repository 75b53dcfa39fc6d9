package org.jdissect.dissectors.icmp;

import static org.jdissect.api.field.FieldType.*;

import java.util.Map;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.expert.ExpertDef;
import org.jdissect.api.expert.ExpertGroup;
import org.jdissect.api.expert.ExpertSeverity;
import org.jdissect.api.field.Base;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;

/**
 * ICMPv6 RPL Control messages (RFC 6550, type 155) as packet-icmpv6.c's dissect_rpl_control shows them: the security
 * header of the secure codes, then DIS, DIO, DAO, DAO-ACK, Consistency Check, P2P-DRO (RFC 6997) and P2P-DRO-ACK
 * bodies and their options (dissect_icmpv6_rpl_opt), quirks included: the Key Identifier Mode is read as the low two
 * bits of its byte, the DAG Metric Container's objects are read while they start before the option's end less two,
 * an option's item text is closed only once its fields are read. Each item is added before the next is read.
 */
final class Icmpv6Rpl {
    /** packet-icmpv6.c's rpl_option_vals. */
    private static final Map<Long, String> OPTION_TYPES = Map.ofEntries(Map.entry(0L, "1-byte padding"),
            Map.entry(1L, "n-byte padding"), Map.entry(2L, "DAG Metric container"), Map.entry(3L, "Routing Information"),
            Map.entry(4L, "DODAG configuration"), Map.entry(5L, "RPL Target"), Map.entry(6L, "Transit Information"),
            Map.entry(7L, "Solicited Information"), Map.entry(8L, "Prefix Information"),
            Map.entry(9L, "RPL Target Descriptor"), Map.entry(10L, "P2P Route Discovery"));
    static final FieldDef RPL_DIS_FLAGS = FieldDef.builder("icmpv6.rpl.dis.flags", "Flags", UINT8)
            .blurb("8-bit unused field reserved for flags").build();
    static final FieldDef RPL_DIO_INSTANCE = FieldDef.builder("icmpv6.rpl.dio.instance", "RPLInstanceID", UINT8)
            .blurb("Set by the DODAG root that indicates which RPL Instance the DODAG is part of").build();
    static final FieldDef RPL_DIO_VERSION = FieldDef.builder("icmpv6.rpl.dio.version", "Version", UINT8)
            .blurb("Set by the DODAG root to the DODAGVersionNumber").build();
    static final FieldDef RPL_DIO_RANK = FieldDef.builder("icmpv6.rpl.dio.rank", "Rank", UINT16)
            .blurb("Indicating the DODAG rank of the node sending the DIO message").build();
    static final FieldDef RPL_DIO_FLAG = FieldDef.builder("icmpv6.rpl.dio.flag", "Flags", UINT8).hex().build();
    static final FieldDef RPL_DIO_FLAG_G = FieldDef.builder("icmpv6.rpl.dio.flag.g", "Grounded (G)", BOOLEAN)
            .mask(0x80, 8)
            .blurb("Indicates whether the DODAG advertised can satisfy the application-defined goal").build();
    static final FieldDef RPL_DIO_FLAG_0 = FieldDef.builder("icmpv6.rpl.dio.flag.0", "Zero", BOOLEAN).mask(0x40, 8)
            .build();
    static final FieldDef RPL_DIO_FLAG_MOP = FieldDef.builder("icmpv6.rpl.dio.flag.mop", "Mode of Operation (MOP)",
            UINT8).hex().mask(0x38, 8)
            .names(Map.of(0L, "No Downward routes maintained by RPL", 1L, "Non-Storing Mode of Operation", 2L,
            "Storing Mode of Operation with no multicast support", 3L,
            "Storing Mode of Operation with multicast support", 4L, "P2P Route Discovery Mode of Operation"))
            .blurb("Identifies the mode of operation of the RPL Instance as administratively provisioned at and "
                    + "distributed by the DODAG Root").build();
    static final FieldDef RPL_DIO_FLAG_PREFERENCE = FieldDef.builder("icmpv6.rpl.dio.flag.preference",
            "DODAG Preference", UINT8).mask(0x7, 8)
            .blurb("Defines how preferable the root of this DODAG is compared to other DODAG roots within the "
                    + "instance").build();
    static final FieldDef RPL_DIO_DTSN = FieldDef.builder("icmpv6.rpl.dio.dtsn",
            "Destination Advertisement Trigger Sequence Number (DTSN)", UINT8)
            .blurb("The DTSN is used as part of the procedure to maintain downward routes.").build();
    static final FieldDef RPL_DIO_DAGID = FieldDef.builder("icmpv6.rpl.dio.dagid", "DODAGID", IPV6)
            .blurb("IPv6 address set by a DODAG root which uniquely identifies a DODAG").build();
    static final FieldDef RPL_DAO_INSTANCE = FieldDef.builder("icmpv6.rpl.dao.instance", "RPLInstanceID", UINT8)
            .blurb("Indicating the topology instance associated with the DODAG as learned from the DIO").build();
    static final FieldDef RPL_DAO_FLAG = FieldDef.builder("icmpv6.rpl.dao.flag", "Flags", UINT8).hex().build();
    static final FieldDef RPL_DAO_FLAG_K = FieldDef.builder("icmpv6.rpl.dao.flag.k", "DAO-ACK Request (K)", BOOLEAN)
            .mask(0x80, 8)
            .blurb("Indicates that the recipient is expected to send a DAO-ACK back").build();
    static final FieldDef RPL_DAO_FLAG_D = FieldDef.builder("icmpv6.rpl.dao.flag.d", "DODAGID Present (D)", BOOLEAN)
            .mask(0x40, 8)
            .blurb("Indicates that the DODAGID field is present").build();
    static final FieldDef RPL_DAO_FLAG_RSV = FieldDef.builder("icmpv6.rpl.dao.flag.rsv", "Reserved", UINT8)
            .mask(0x3f, 8)
            .blurb("Must be zero").build();
    static final FieldDef RPL_DAO_SEQUENCE = FieldDef.builder("icmpv6.rpl.dao.sequence", "DAO Sequence", UINT8)
            .blurb("Incremented at each unique DAO message from a node and echoed in the DAO-ACK message").build();
    static final FieldDef RPL_DAO_DODAGID = FieldDef.builder("icmpv6.rpl.dao.dodagid", "DODAGID", IPV6)
            .blurb("IPv6 address set by a DODAG root which uniquely identifies a DODAG").build();
    static final FieldDef RPL_DAOACK_INSTANCE = FieldDef.builder("icmpv6.rpl.daoack.instance", "RPLInstanceID", UINT8)
            .blurb("Indicating the topology instance associated with the DODAG, as learned from the DIO").build();
    static final FieldDef RPL_DAOACK_FLAG = FieldDef.builder("icmpv6.rpl.daoack.flag", "Flag", UINT8).hex().build();
    static final FieldDef RPL_DAOACK_FLAG_D = FieldDef.builder("icmpv6.rpl.daoack.flag.d", "DODAGID Present (D)",
            BOOLEAN).mask(0x80, 8)
            .blurb("Indicates that the DODAGID field is present").build();
    static final FieldDef RPL_DAOACK_FLAG_RSV = FieldDef.builder("icmpv6.rpl.daoack.flag.rsv", "Reserved", UINT8)
            .mask(0x7f, 8)
            .blurb("Must be zero").build();
    static final FieldDef RPL_DAOACK_SEQUENCE = FieldDef.builder("icmpv6.rpl.daoack.sequence", "DAO-ACK Sequence",
            UINT8)
            .blurb("Incremented at each DAO message from a node, and echoed in the DAO-ACK by the recipient").build();
    static final FieldDef RPL_DAOACK_STATUS = FieldDef.builder("icmpv6.rpl.daoack.status", "Status", UINT8)
            .blurb("Indicates the completion").build();
    static final FieldDef RPL_DAOACK_DODAGID = FieldDef.builder("icmpv6.rpl.daoack.dodagid", "DODAGID", IPV6)
            .blurb("IPv6 address integer set by a DODAG root which uniquely identifies a DODAG").build();
    static final FieldDef RPL_CC_INSTANCE = FieldDef.builder("icmpv6.rpl.cc.instance", "RPLInstanceID", UINT8)
            .blurb("Indicating the topology instance associated with the DODAG, as learned from the DIO").build();
    static final FieldDef RPL_CC_FLAG = FieldDef.builder("icmpv6.rpl.cc.flag", "Flag", UINT8).hex().build();
    static final FieldDef RPL_CC_FLAG_R = FieldDef.builder("icmpv6.rpl.cc.flag.r", "Response (R)", BOOLEAN)
            .mask(0x80, 8)
            .blurb("Indicates whether the CC message is a response").build();
    static final FieldDef RPL_CC_FLAG_RSV = FieldDef.builder("icmpv6.rpl.cc.flag.rsv", "Reserved", UINT8).mask(0x7f, 8)
            .blurb("Must be zero").build();
    static final FieldDef RPL_CC_NONCE = FieldDef.builder("icmpv6.rpl.cc.nonce", "CC Nonce", UINT16).hex()
            .blurb("The corresponding CC response includes the same CC nonce value as the request, as learned from "
                    + "the DIO").build();
    static final FieldDef RPL_CC_DODAGID = FieldDef.builder("icmpv6.rpl.cc.dodagid", "DODAGID", IPV6)
            .blurb("IPv6 address integer set by a DODAG root which uniquely identifies a DODAG").build();
    static final FieldDef RPL_CC_DESTINATION_COUNTER = FieldDef.builder("icmpv6.rpl.cc.destination_counter",
            "Destination Counter", UINT32)
            .blurb("Indicating the sender's estimate of the destination's current security Counter value").build();
    static final FieldDef RPL_SECURE_FLAG = FieldDef.builder("icmpv6.rpl.secure.flag", "Flags", UINT8).hex().build();
    static final FieldDef RPL_SECURE_FLAG_T = FieldDef.builder("icmpv6.rpl.secure.flag.t", "Counter is Time (T)",
            BOOLEAN).mask(0x80, 8)
            .blurb("If it is set then the Counter field is a timestamp").build();
    static final FieldDef RPL_SECURE_FLAG_RSV = FieldDef.builder("icmpv6.rpl.secure.flag.rsv", "Reserved", UINT8)
            .mask(0x7f, 8)
            .blurb("Must be zero").build();
    static final FieldDef RPL_SECURE_ALGORITHM = FieldDef.builder("icmpv6.rpl.secure.algorithm", "Algorithm", UINT8)
            .names(Map.of(0L, "Encryption: CCM with AES-128 / Signature: RSA with SHA-256"))
            .blurb("The Security Algorithm field specifies the encryption, MAC, and signature scheme the network "
                    + "uses").build();
    static final FieldDef RPL_SECURE_KIM = FieldDef.builder("icmpv6.rpl.secure.kim", "Key Identifier Mode (KIM)",
            UINT8).mask(0xc0, 8)
            .blurb("That indicates whether the key used for packet protection is determined implicitly or explicitly"
                    + " and indicates the particular representation of the Key Identifier field").build();
    static final FieldDef RPL_SECURE_LVL = FieldDef.builder("icmpv6.rpl.secure.lvl", "Security Level (LVL)", UINT8)
            .mask(0x7, 8)
            .blurb("Indicates the provided packet protection").build();
    static final FieldDef RPL_SECURE_RSV = FieldDef.builder("icmpv6.rpl.secure.rsv", "Reserved", UINT8).mask(0x38, 8)
            .blurb("Must be zero").build();
    static final FieldDef RPL_SECURE_COUNTER = FieldDef.builder("icmpv6.rpl.secure.counter", "Counter", UINT32)
            .blurb("Indicates the non-repeating 4-octet value used to construct the cryptographic mechanism that "
                    + "implements packet protection and allows for the provision of semantic security").build();
    static final FieldDef RPL_SECURE_KEY_SOURCE = FieldDef.builder("icmpv6.rpl.secure.key.source", "Key Source", BYTES)
            .blurb("Indicates the logical identifier of the originator of a group key").build();
    static final FieldDef RPL_SECURE_KEY_INDEX = FieldDef.builder("icmpv6.rpl.secure.key.index", "Key Source", UINT8)
            .blurb("Allows unique identification of different keys with the same originator").build();
    static final FieldDef RPL_OPT_TYPE = FieldDef.builder("icmpv6.rpl.opt.type", "Type", UINT8)
            .names(OPTION_TYPES)
            .blurb("Options type").build();
    static final FieldDef RPL_OPT_LENGTH = FieldDef.builder("icmpv6.rpl.opt.length", "Length", UINT8)
            .blurb("The length of the option in octets excluding the Type and Length fields").build();
    static final FieldDef RPL_OPT_RESERVED = FieldDef.builder("icmpv6.rpl.opt.reserved", "Reserved", NONE)
            .blurb("Reserved (Must be 0)").build();
    static final FieldDef RPL_OPT_PADN = FieldDef.builder("icmpv6.rpl.opt.padn", "Paddn", NONE)
            .blurb("Padding (Must be 0)").build();
    static final FieldDef MC_TYPE = FieldDef.builder("icmpv6.rpl.opt.metric.type",
            "Routing Metric/Constraint Type", UINT8)
            .names(Map.of(1L, "Node State and Attribute", 2L, "Node Energy", 3L, "Hop Count", 4L, "Link Throughput",
            5L, "Link Latency", 6L, "Link Quality Level", 7L, "Link ETX", 8L, "Link Color"))
            .blurb("The Routing Metric/Constraint Type field uniquely identifies each Routing Metric/Constraint "
                    + "object. RFC 6551").build();
    static final FieldDef MC_FLAGS = FieldDef.builder("icmpv6.rpl.opt.metric.flags", "Flags", UINT16)
            .hex().build();
    static final FieldDef MC_RESERVED = FieldDef.builder("icmpv6.rpl.opt.metric.reserved",
            "Reserved Flags", UINT16).hex().mask(0xf800, 16)
            .blurb("Reserved (Must be Zero)").build();
    static final FieldDef MC_FLAG_P = FieldDef.builder("icmpv6.rpl.opt.metric.flag.p", "Flag P", BOOLEAN)
            .mask(0x400, 16).setNotSet()
            .blurb("Only used for recorded metrics.  When cleared, all nodes along the path successfully recorded "
                    + "the corresponding metric. When set, this indicates that one or several nodes along the path "
                    + "could not record the metric").build();
    static final FieldDef MC_FLAG_C = FieldDef.builder("icmpv6.rpl.opt.metric.flag.c", "Flag C", BOOLEAN)
            .mask(0x200, 16).setNotSet()
            .blurb("When set, this indicates that the object refers to a routing constraint. When cleared, the "
                    + "object refers to a routing metric.").build();
    static final FieldDef MC_FLAG_O = FieldDef.builder("icmpv6.rpl.opt.metric.flag.o", "Flag O", BOOLEAN)
            .mask(0x100, 16).setNotSet()
            .blurb("Used exclusively for routing constraints. When set, this indicates that the constraint is "
                    + "optional. When cleared, the constraint is mandatory.").build();
    static final FieldDef MC_FLAG_R = FieldDef.builder("icmpv6.rpl.opt.metric.flag.r", "Flag R", BOOLEAN)
            .mask(0x80, 16).setNotSet()
            .blurb("Only relevant for a routing metric. When set, this indicates that the routing metric is recorded"
                    + " along the path. When cleared, the routing metric is aggregated").build();
    static final FieldDef MC_FLAG_A = FieldDef.builder("icmpv6.rpl.opt.metric.flag.a", "A Field", UINT16)
            .hex().mask(0x70, 16)
            .blurb("Only relevant for metrics, it indicates whether the aggregated routing metric is additive, is "
                    + "multiplicative, reports a maximum, or reports a minimum").build();
    static final FieldDef MC_PREC = FieldDef.builder("icmpv6.rpl.opt.metric.prec", "Precedence field",
            UINT16).hex().mask(0xf, 16)
            .blurb("It indicates the precedence of this Routing Metric/Constraint object relative to other objects "
                    + "in the container").build();
    static final FieldDef MC_LENGTH = FieldDef.builder("icmpv6.rpl.opt.metric.length", "Metric Length",
            UINT8)
            .blurb("The length of the object body, expressed in bytes.").build();
    static final FieldDef MC_NSA_OBJECT = FieldDef.builder("icmpv6.rpl.opt.metric.nsa.object",
            "Node State and Attribute Object", UINT16).hex().build();
    static final FieldDef MC_NSA_RESERVED =
            FieldDef.builder("icmpv6.rpl.opt.metric.nsa.object.reserved", "Reserved field", UINT16).hex()
            .mask(0xff00, 16)
            .blurb("Reserved (Must be Zero)").build();
    static final FieldDef MC_NSA_FLAGS =
            FieldDef.builder("icmpv6.rpl.opt.metric.nsa.object.flags", "Flags", UINT16).hex().mask(0xfc, 16)
            .blurb("Unspecified flags (Must be Zero)").build();
    static final FieldDef MC_NSA_FLAG_A =
            FieldDef.builder("icmpv6.rpl.opt.metric.nsa.object.flag.a", "Flag A", BOOLEAN).mask(0x2, 16).setNotSet()
            .blurb("When set, this indicates that the node can act as a traffic aggregator.").build();
    static final FieldDef MC_NSA_FLAG_O =
            FieldDef.builder("icmpv6.rpl.opt.metric.nsa.object.flag.o", "Flag O", BOOLEAN).mask(0x1, 16).setNotSet()
            .blurb("When set, this indicates that the node is overloaded and may not be able to process traffic.")
            .build();
    static final FieldDef MC_NSA_TLV =
            FieldDef.builder("icmpv6.rpl.opt.metric.nsa.object.opttlv.object",
            "Node State and Attribute Optional TLV", UINT8)
            .blurb("Optional TLV.").build();
    static final FieldDef MC_NSA_TLV_TYPE =
            FieldDef.builder("icmpv6.rpl.opt.metric.nsa.object.opttlv.object.type",
            "Node State and Attribute Optional TLV Type", UINT8)
            .blurb("Optional TLV type.").build();
    static final FieldDef MC_NSA_TLV_LENGTH =
            FieldDef.builder("icmpv6.rpl.opt.metric.nsa.object.opttlv.object.length",
            "Node State and Attribute Optional TLV Length", UINT8)
            .blurb("The length of the option in octets excluding the Type and Length fields").build();
    static final FieldDef MC_NSA_TLV_DATA =
            FieldDef.builder("icmpv6.rpl.opt.metric.nsa.object.opttlv.object.data", "Raw Data", BYTES)
            .blurb("The raw data in the TLV").build();
    static final FieldDef MC_NE_OBJECT = FieldDef.builder("icmpv6.rpl.opt.metric.ne.object",
            "Node Energy Object", UINT16).hex().build();
    static final FieldDef MC_NE_FLAGS = FieldDef.builder("icmpv6.rpl.opt.metric.ne.object.flags",
            "Flags field", UINT16).hex().mask(0xf000, 16)
            .blurb("Unspecified flags (Must be Zero)").build();
    static final FieldDef MC_NE_FLAG_I =
            FieldDef.builder("icmpv6.rpl.opt.metric.ne.object.flag.i", "Flag I", BOOLEAN).mask(0x800, 16).setNotSet()
            .blurb("Only relevant when the node type is used as a constraint. When set, this indicates that nodes of"
                    + " the type specified in the node type field MUST be included").build();
    static final FieldDef MC_NE_TYPE = FieldDef.builder("icmpv6.rpl.opt.metric.ne.object.type",
            "Type", UINT16).hex().mask(0x600, 16)
            .blurb("T=0 designates a mains-powered node, T=1 a battery-powered node, and T=2 a node powered by an "
                    + "energy scavenger.").build();
    static final FieldDef MC_NE_FLAG_E =
            FieldDef.builder("icmpv6.rpl.opt.metric.ne.object.flag.e", "Flag E", BOOLEAN).mask(0x100, 16).setNotSet()
            .blurb("When the 'E' bit is set for a metric, the estimated percentage of remaining energy on the node "
                    + "is indicated in the Energy 8-bit field. When cleared, the estimated percentage of remaining "
                    + "energy is not provided. When the 'E' bit is set for a constraint, the E_E field defines a "
                    + "threshold for the inclusion/exclusion: if an inclusion, nodes with values higher than the "
                    + "threshold are to be included; if an exclusion, nodes with values lower than the threshold are to"
                    + " be excluded.").build();
    static final FieldDef MC_NE_ENERGY =
            FieldDef.builder("icmpv6.rpl.opt.metric.ne.object.energy", "Energy", UINT16).hex().mask(0xff, 16)
            .blurb("8-bit unsigned integer field indicating an estimated percentage of remaining energy. The Energy "
                    + "field is only relevant when the 'E' flag is set, and it MUST be set to 0 when the 'E' flag is "
                    + "cleared.").build();
    static final FieldDef MC_HP_OBJECT = FieldDef.builder("icmpv6.rpl.opt.metric.hp.object",
            "Hop Count Object", UINT16).hex().build();
    static final FieldDef MC_HP_RESERVED =
            FieldDef.builder("icmpv6.rpl.opt.metric.hp.object.reserved", "Reserved field", UINT16).hex()
            .mask(0xf000, 16)
            .blurb("Reserved (Must be Zero)").build();
    static final FieldDef MC_HP_FLAGS = FieldDef.builder("icmpv6.rpl.opt.metric.hp.object.flags",
            "Flags", UINT16).hex().mask(0xf00, 16)
            .blurb("Reserved (Must be Zero)").build();
    static final FieldDef MC_HP_HP = FieldDef.builder("icmpv6.rpl.opt.metric.hp.object.hp",
            "Hop Count", UINT16).mask(0xff, 16)
            .blurb("When used as a constraint, the DAG root indicates the maximum number of hops that a path may "
                    + "traverse. When used as a metric, each visited node simply increments the Hop Count field.")
            .build();
    static final FieldDef MC_LT_LT = FieldDef.builder("icmpv6.rpl.opt.metric.lt.object.lt",
            "Link Throughput", UINT32)
            .blurb("The Throughput metric is the effective bit rate of a link.").build();
    static final FieldDef MC_LL_LL = FieldDef.builder("icmpv6.rpl.opt.metric.ll.object.ll",
            "Link Latency", UINT32)
            .blurb("The Latency is encoded in 32 bits in unsigned integer format, expressed in microseconds.").build();
    static final FieldDef MC_LQL_OBJECT = FieldDef.builder("icmpv6.rpl.opt.metric.lql.object",
            "Link Quality Level Object", UINT8).hex().build();
    static final FieldDef MC_LQL_RES = FieldDef.builder("icmpv6.rpl.opt.metric.lql.object.res",
            "Reserved field", UINT8).hex().mask(0xff, 8)
            .blurb("Reserved (Must be Zero)").build();
    static final FieldDef MC_LQL_VAL = FieldDef.builder("icmpv6.rpl.opt.metric.lql.object.val",
            "Val(ue)", UINT8).hex().mask(0xe0, 8)
            .blurb("LQL value from 0 to 7 where 0 means undetermined and 1 indicates the highest link quality.")
            .build();
    static final FieldDef MC_LQL_COUNTER =
            FieldDef.builder("icmpv6.rpl.opt.metric.lql.object.counter", "Counter", UINT8).mask(0x1f, 8)
            .blurb("The Counter represents the number of links with that value.").build();
    static final FieldDef MC_ETX_ETX = FieldDef.builder("icmpv6.rpl.opt.metric.etx.object.etx",
            "ETX", UINT16)
            .blurb("The ETX metric is the number of transmissions a node expects to make to a destination in order "
                    + "to successfully deliver a packet.").build();
    static final FieldDef MC_LC_OBJECT = FieldDef.builder("icmpv6.rpl.opt.metric.lc.object",
            "Link Color Object", NONE).build();
    static final FieldDef MC_LC_RES = FieldDef.builder("icmpv6.rpl.opt.metric.lc.object.res",
            "Reserved field", UINT8).hex().mask(0xff, 8)
            .blurb("Reserved (Must be Zero)").build();
    static final FieldDef MC_LC_LC = FieldDef.builder("icmpv6.rpl.opt.metric.lc.object.lc",
            "Link Color", UINT16).hex().mask(0xffc0, 16)
            .blurb("The Link Color (LC) object is an administrative 10-bit link constraint used to avoid or attract "
                    + "specific links for specific traffic types.").build();
    static final FieldDef MC_LC_COUNTER =
            FieldDef.builder("icmpv6.rpl.opt.metric.lc.object.counter", "Counter", UINT16).mask(0x3f, 16)
            .blurb("The Counter is used to compress the information where the number of links for each Link Color is"
                    + " reported.").build();
    static final FieldDef MC_LC_RESERVED =
            FieldDef.builder("icmpv6.rpl.opt.metric.lc.object.reserved", "Reserved", UINT16).mask(0x3e, 16)
            .blurb("Reserved (Must be Zero).").build();
    static final FieldDef MC_LC_FLAG_I =
            FieldDef.builder("icmpv6.rpl.opt.metric.lc.object.flag.i", "Flag I", UINT16).mask(0x1, 16)
            .blurb("The 'I' bit is only relevant when the Link Color is used as a constraint. When set, this "
                    + "indicates that links with the specified color must be included.").build();
    static final FieldDef RPL_OPT_ROUTE_PREFIX_LENGTH = FieldDef.builder("icmpv6.rpl.opt.route.prefix_length",
            "Prefix Length", UINT8)
            .blurb("The number of leading bits in the Prefix that are valid").build();
    static final FieldDef RPL_OPT_ROUTE_FLAG = FieldDef.builder("icmpv6.rpl.opt.route.flag", "Flag", UINT8).hex()
            .build();
    static final FieldDef RPL_OPT_ROUTE_PREF = FieldDef.builder("icmpv6.rpl.opt.route.pref", "Preference", UINT8)
            .mask(0x18, 8).names(Map.of(0L, "Medium", 1L, "High", 2L, "Reserved", 3L, "Low"))
            .blurb("The Route Preference indicates whether to prefer the router associated with this prefix over "
                    + "others, when multiple identical prefixes (for different routers) have been received").build();
    static final FieldDef RPL_OPT_ROUTE_RESERVED = FieldDef.builder("icmpv6.rpl.opt.route.reserved", "Reserved",
            UINT8).mask(0xe7, 8)
            .blurb("Reserved (Must be Zero)").build();
    static final FieldDef RPL_OPT_ROUTE_LIFETIME = FieldDef.builder("icmpv6.rpl.opt.route.lifetime",
            "Route Lifetime", UINT32)
            .blurb("The length of time in seconds (relative to the time the packet is sent) that the prefix is valid"
                    + " for route determination").build();
    static final FieldDef RPL_OPT_ROUTE_PREFIX = FieldDef.builder("icmpv6.rpl.opt.route.prefix", "Prefix", IPV6)
            .blurb("Variable-length field containing an IP address or a prefix of an IPv6 address").build();
    static final FieldDef RPL_OPT_CONFIG_FLAG = FieldDef.builder("icmpv6.rpl.opt.config.flag", "Flag", UINT8).hex()
            .build();
    static final FieldDef RPL_OPT_CONFIG_RESERVED = FieldDef.builder("icmpv6.rpl.opt.config.reserved", "Reserved",
            UINT8).mask(0xf0, 8)
            .blurb("Must be Zero").build();
    static final FieldDef RPL_OPT_CONFIG_AUTH = FieldDef.builder("icmpv6.rpl.opt.config.auth",
            "Authentication Enabled", BOOLEAN).mask(0x8, 8).setNotSet()
            .blurb("One bit flag describing the security mode of the network").build();
    static final FieldDef RPL_OPT_CONFIG_PCS = FieldDef.builder("icmpv6.rpl.opt.config.pcs", "Path Control Size",
            UINT8).mask(0x7, 8)
            .blurb("Used to configure the number of bits that may be allocated to the Path Control field").build();
    static final FieldDef RPL_OPT_CONFIG_INTERVAL_DOUBLE = FieldDef.builder("icmpv6.rpl.opt.config.interval_double",
            "DIOIntervalDoublings", UINT8)
            .blurb("Used to configure Imax of the DIO trickle timer").build();
    static final FieldDef RPL_OPT_CONFIG_INTERVAL_MIN = FieldDef.builder("icmpv6.rpl.opt.config.interval_min",
            "DIOIntervalMin", UINT16)
            .blurb("Used to configure Imin of the DIO trickle timer").build();
    static final FieldDef RPL_OPT_CONFIG_REDUNDANCY = FieldDef.builder("icmpv6.rpl.opt.config.redundancy",
            "DIORedundancyConstant", UINT8)
            .blurb("Used to configure k of the DIO trickle timer").build();
    static final FieldDef RPL_OPT_CONFIG_MAX_RANK_INC = FieldDef.builder("icmpv6.rpl.opt.config.max_rank_inc",
            "MaxRankInc", UINT16)
            .blurb("Used to configure DAGMaxRankIncrease").build();
    static final FieldDef RPL_OPT_CONFIG_MIN_HOP_RANK_INC =
            FieldDef.builder("icmpv6.rpl.opt.config.min_hop_rank_inc", "MinHopRankInc", UINT16)
            .blurb("Used to configure MinHopRankIncrease").build();
    static final FieldDef RPL_OPT_CONFIG_OCP = FieldDef.builder("icmpv6.rpl.opt.config.ocp",
            "OCP (Objective Code Point)", UINT16)
            .blurb("The OCP field identifies the OF and is managed by the IANA").build();
    static final FieldDef RPL_OPT_CONFIG_RSV = FieldDef.builder("icmpv6.rpl.opt.config.rsv", "Reserved", UINT8).build();
    static final FieldDef RPL_OPT_CONFIG_DEF_LIFETIME = FieldDef.builder("icmpv6.rpl.opt.config.def_lifetime",
            "Default Lifetime", UINT8)
            .blurb("This is the lifetime that is used as default for all RPL routes").build();
    static final FieldDef RPL_OPT_CONFIG_LIFETIME_UNIT = FieldDef.builder("icmpv6.rpl.opt.config.lifetime_unit",
            "Lifetime Unit", UINT16)
            .blurb("Provides the unit in seconds that is used to express route lifetimes in RPL").build();
    static final FieldDef RPL_OPT_TARGET_FLAG = FieldDef.builder("icmpv6.rpl.opt.target.flag", "Reserved", NONE)
            .blurb("Unused field reserved for flags").build();
    static final FieldDef RPL_OPT_TARGET_PREFIX_LENGTH = FieldDef.builder("icmpv6.rpl.opt.target.prefix_length",
            "Target Length", UINT8)
            .blurb("Number of valid leading bits in the IPv6 Prefix").build();
    static final FieldDef RPL_OPT_TARGET_PREFIX = FieldDef.builder("icmpv6.rpl.opt.target.prefix", "Target", IPV6)
            .blurb("Identifying an IPv6 destination address, prefix, or multicast group").build();
    static final FieldDef RPL_OPT_TRANSIT_FLAG = FieldDef.builder("icmpv6.rpl.opt.transit.flag", "Flags", UINT8)
            .hex().build();
    static final FieldDef RPL_OPT_TRANSIT_FLAG_E = FieldDef.builder("icmpv6.rpl.opt.transit.flag.e", "External",
            BOOLEAN).mask(0x80, 8).setNotSet()
            .blurb("Indicate that the parent router redistributes external targets into the RPL network").build();
    static final FieldDef RPL_OPT_TRANSIT_FLAG_RSV = FieldDef.builder("icmpv6.rpl.opt.transit.flag.rsv", "Reserved",
            UINT8).mask(0x7f, 8)
            .blurb("Must be Zero").build();
    static final FieldDef RPL_OPT_TRANSIT_PATHCTL = FieldDef.builder("icmpv6.rpl.opt.transit.pathctl",
            "Path Control", UINT8)
            .blurb("Limits the number of DAO-Parents to which a DAO message advertising connectivity").build();
    static final FieldDef RPL_OPT_TRANSIT_PATHSEQ = FieldDef.builder("icmpv6.rpl.opt.transit.pathseq",
            "Path Sequence", UINT8)
            .blurb("Increments the Path Sequence each time it issues a RPL Target option with updated information")
            .build();
    static final FieldDef RPL_OPT_TRANSIT_PATHLIFETIME = FieldDef.builder("icmpv6.rpl.opt.transit.pathlifetime",
            "Path Lifetime", UINT8)
            .blurb("The length of time in Lifetime Units that the prefix is valid for route determination").build();
    static final FieldDef RPL_OPT_TRANSIT_PARENT = FieldDef.builder("icmpv6.rpl.opt.transit.parent",
            "Parent Address", IPV6)
            .blurb("IPv6 Address of the DODAG Parent of the node originally issuing the Transit Information Option")
            .build();
    static final FieldDef RPL_OPT_SOLICITED_INSTANCE = FieldDef.builder("icmpv6.rpl.opt.solicited.instance",
            "Instance", UINT8)
            .blurb("Containing the RPLInstanceID that is being solicited when valid").build();
    static final FieldDef RPL_OPT_SOLICITED_FLAG = FieldDef.builder("icmpv6.rpl.opt.solicited.flag", "Flag", UINT8)
            .hex().build();
    static final FieldDef RPL_OPT_SOLICITED_FLAG_V = FieldDef.builder("icmpv6.rpl.opt.solicited.flag.v",
            "Version predicate", BOOLEAN).mask(0x80, 8)
            .blurb("The Version predicate is true if the receiver's DODAGVersionNumber matches the requested Version"
                    + " Number").build();
    static final FieldDef RPL_OPT_SOLICITED_FLAG_I = FieldDef.builder("icmpv6.rpl.opt.solicited.flag.i",
            "InstanceID predicate", BOOLEAN).mask(0x40, 8)
            .blurb("The InstanceID predicate is true when the RPL node's current RPLInstanceID matches the requested"
                    + " RPLInstanceID").build();
    static final FieldDef RPL_OPT_SOLICITED_FLAG_D = FieldDef.builder("icmpv6.rpl.opt.solicited.flag.d",
            "DODAGID predicate", BOOLEAN).mask(0x20, 8)
            .blurb("The DODAGID predicate is true if the RPL node's parent set has the same DODAGID as the DODAGID "
                    + "field").build();
    static final FieldDef RPL_OPT_SOLICITED_FLAG_RSV = FieldDef.builder("icmpv6.rpl.opt.solicited.flag.rsv",
            "Reserved", UINT8).mask(0x1f, 8)
            .blurb("Must be Zero").build();
    static final FieldDef RPL_OPT_SOLICITED_DODAGID = FieldDef.builder("icmpv6.rpl.opt.solicited.dodagid", "DODAGID",
            IPV6)
            .blurb("the DODAGID that is being solicited when valid").build();
    static final FieldDef RPL_OPT_SOLICITED_VERSION = FieldDef.builder("icmpv6.rpl.opt.solicited.version", "Version",
            UINT8)
            .blurb("the value of  DODAGVersionNumber that is being solicited when valid").build();
    static final FieldDef RPL_OPT_PREFIX_LENGTH = FieldDef.builder("icmpv6.rpl.opt.prefix.length", "Prefix Length",
            UINT8)
            .blurb("The number of leading bits in the Prefix that are valid").build();
    static final FieldDef RPL_OPT_PREFIX_FLAG = FieldDef.builder("icmpv6.rpl.opt.prefix.flag", "Flag", UINT8).hex()
            .build();
    static final FieldDef RPL_OPT_PREFIX_FLAG_L = FieldDef.builder("icmpv6.rpl.opt.prefix.flag.l", "On Link",
            BOOLEAN).mask(0x80, 8).setNotSet()
            .blurb("When set, indicates that this prefix can be used for on-link determination").build();
    static final FieldDef RPL_OPT_CONFIG_FLAG_A = FieldDef.builder("icmpv6.rpl.opt.config.flag.a",
            "Auto Address Config", BOOLEAN).mask(0x40, 8).setNotSet()
            .blurb("When set indicates that this prefix can be used for stateless address configuration").build();
    static final FieldDef RPL_OPT_CONFIG_FLAG_R = FieldDef.builder("icmpv6.rpl.opt.config.flag.r", "Router Address",
            BOOLEAN).mask(0x20, 8).setNotSet()
            .blurb("When set, indicates that the Prefix field contains a complete IPv6 address assigned to the "
                    + "sending router that can be used as parent in a target option").build();
    static final FieldDef RPL_OPT_CONFIG_FLAG_RSV = FieldDef.builder("icmpv6.rpl.opt.config.flag.rsv", "Reserved",
            UINT8).mask(0x1f, 8)
            .blurb("Must Be Zero").build();
    static final FieldDef RPL_OPT_PREFIX_VALID_LIFETIME = FieldDef.builder("icmpv6.rpl.opt.prefix.valid_lifetime",
            "Valid Lifetime", UINT32)
            .blurb("The length of time in seconds that the prefix is valid for the purpose of on-link determination")
            .build();
    static final FieldDef RPL_OPT_PREFIX_PREFERRED_LIFETIME =
            FieldDef.builder("icmpv6.rpl.opt.prefix.preferred_lifetime", "Preferred Lifetime", UINT32)
            
            .blurb("The length of time in seconds that addresses generated from the prefix via stateless address "
                    + "autoconfiguration remain preferred").build();
    static final FieldDef RPL_OPT_PREFIX = FieldDef.builder("icmpv6.rpl.opt.prefix", "Destination Prefix", IPV6)
            .blurb("An IPv6 address or a prefix of an IPv6 address").build();
    static final FieldDef RPL_OPT_TARGETDESC_DESCRIPTOR = FieldDef.builder("icmpv6.rpl.opt.targetdesc.descriptor",
            "Descriptor", UINT32).hex()
            .blurb("Opaque Data").build();
    static final FieldDef RDO_FLAG = FieldDef.builder("icmpv6.rpl.opt.routediscovery.flag",
            "Flags", NONE).build();
    static final FieldDef RDO_FLAG_REPLY =
            FieldDef.builder("icmpv6.rpl.opt.routediscovery.flag.reply", "Reply", BOOLEAN).mask(0x80, 8)
            .trueFalse("Yes", "No")
            .blurb("The Origin sets this flag to one to allow the Target(s) to send P2P-DRO messages back to the "
                    + "Origin").build();
    static final FieldDef RDO_FLAG_HOPBYHOP =
            FieldDef.builder("icmpv6.rpl.opt.routediscovery.flag.hopbyhop", "Hop-by-Hop", BOOLEAN).mask(0x40, 8)
            .trueFalse("Yes", "No")
            .blurb("The Origin sets this flag to one if it desires Hop-by-hop Routes and to zero if it desires "
                    + "Source Routes.").build();
    static final FieldDef RDO_FLAG_NUMOFROUTES =
            FieldDef.builder("icmpv6.rpl.opt.routediscovery.flag.numofroutes", "Number of Routes", UINT8).mask(0x30, 8)
            .blurb("This value plus one indicates the number of Source Routes that each Target should convey to the "
                    + "Origin").build();
    static final FieldDef RDO_FLAG_COMPR =
            FieldDef.builder("icmpv6.rpl.opt.routediscovery.flag.compr", "Compr", UINT8).mask(0xf, 8)
            .blurb("Number of prefix octets that are elided from the Target field and Address vector").build();
    static final FieldDef RDO_LIFETIME =
            FieldDef.builder("icmpv6.rpl.opt.routediscovery.lifetime", "Lifetime", UINT8).mask(0xc0, 8)
            .blurb("Lifetime of the temporary DODAG").build();
    static final FieldDef RDO_MAXRANK = FieldDef.builder("icmpv6.rpl.opt.routediscovery.maxrank",
            "MaxRank", UINT8).mask(0x3f, 8)
            .blurb("Upper limit of the integer portion of the rank when used inside a DIO").build();
    static final FieldDef RDO_NH = FieldDef.builder("icmpv6.rpl.opt.routediscovery.nh", "NH",
            UINT8).mask(0x3f, 8)
            .blurb("Index of the next-hop (NH) address inside the Address vector").build();
    static final FieldDef RDO_TARGETADDR =
            FieldDef.builder("icmpv6.rpl.opt.routediscovery.targetaddr", "Target Address", IPV6)
            .blurb("An IPv6 address of the Target after eliding Compr number of prefix octets").build();
    static final FieldDef RDO_ADDR_VEC =
            FieldDef.builder("icmpv6.rpl.opt.routediscovery.addr_vec", "Address Vector", NONE).build();
    static final FieldDef RDO_ADDRVEC_ADDR =
            FieldDef.builder("icmpv6.rpl.opt.routediscovery.addrvec.addr", "Address", IPV6).build();
    static final FieldDef RPL_P2P_DRO_INSTANCE = FieldDef.builder("icmpv6.rpl.p2p.dro.instance", "RPLInstanceID", UINT8)
            .blurb("Set by the DODAG root that indicates which RPL Instance the DODAG is part of").build();
    static final FieldDef RPL_P2P_DRO_VERSION = FieldDef.builder("icmpv6.rpl.p2p.dro.version", "Version", UINT8)
            .blurb("Set by the DODAG root to the DODAGVersionNumber").build();
    static final FieldDef RPL_P2P_DRO_FLAG = FieldDef.builder("icmpv6.rpl.p2p.dro.flag", "Flags", UINT16).hex().build();
    static final FieldDef RPL_P2P_DRO_FLAG_STOP = FieldDef.builder("icmpv6.rpl.p2p.dro.flag.stop", "Stop", BOOLEAN)
            .mask(0x8000, 16).trueFalse("Yes", "No")
            .blurb("Indicates that the P2P-RPL route discovery is over").build();
    static final FieldDef RPL_P2P_DRO_FLAG_ACK = FieldDef.builder("icmpv6.rpl.p2p.dro.flag.ack", "Ack", BOOLEAN)
            .mask(0x4000, 16).trueFalse("Yes", "No")
            .blurb("Indicates that the Origin MUST unicast a P2P-DRO-ACK message to the Target").build();
    static final FieldDef RPL_P2P_DRO_FLAG_SEQ = FieldDef.builder("icmpv6.rpl.p2p.dro.flag.seq", "Seq", UINT16)
            .mask(0x3000, 16)
            .blurb("Indicates the sequence number for the P2P-DRO").build();
    static final FieldDef RPL_P2P_DRO_FLAG_RESERVED = FieldDef.builder("icmpv6.rpl.p2p.dro.flag.reserved",
            "Reserved", UINT16).mask(0xfff, 16).build();
    static final FieldDef RPL_P2P_DRO_DAGID = FieldDef.builder("icmpv6.rpl.p2p.dro.dagid", "DODAGID", IPV6)
            .blurb("IPv6 address set by a DODAG root which uniquely identifies a DODAG").build();
    static final FieldDef RPL_P2P_DROACK_FLAG = FieldDef.builder("icmpv6.rpl.p2p.droack.flag", "Flags", UINT16).hex()
            .build();
    static final FieldDef RPL_P2P_DROACK_FLAG_SEQ = FieldDef.builder("icmpv6.rpl.p2p.droack.flag.seq", "Seq", UINT16)
            .mask(0xc000, 16)
            .blurb("Indicates the sequence number for the P2P-DRO").build();
    static final FieldDef RPL_P2P_DROACK_FLAG_RESERVED = FieldDef.builder("icmpv6.rpl.p2p.droack.flag.reserved",
            "Reserved", UINT16).mask(0x3fff, 16).build();
    static final FieldDef[] FIELDS = {
        RPL_DIS_FLAGS, RPL_DIO_INSTANCE, RPL_DIO_VERSION, RPL_DIO_RANK, RPL_DIO_FLAG, RPL_DIO_FLAG_G, RPL_DIO_FLAG_0,
        RPL_DIO_FLAG_MOP, RPL_DIO_FLAG_PREFERENCE, RPL_DIO_DTSN, RPL_DIO_DAGID, RPL_DAO_INSTANCE, RPL_DAO_FLAG,
        RPL_DAO_FLAG_K, RPL_DAO_FLAG_D, RPL_DAO_FLAG_RSV, RPL_DAO_SEQUENCE, RPL_DAO_DODAGID, RPL_DAOACK_INSTANCE,
        RPL_DAOACK_FLAG, RPL_DAOACK_FLAG_D, RPL_DAOACK_FLAG_RSV, RPL_DAOACK_SEQUENCE, RPL_DAOACK_STATUS,
        RPL_DAOACK_DODAGID, RPL_CC_INSTANCE, RPL_CC_FLAG, RPL_CC_FLAG_R, RPL_CC_FLAG_RSV, RPL_CC_NONCE,
        RPL_CC_DODAGID, RPL_CC_DESTINATION_COUNTER, RPL_SECURE_FLAG, RPL_SECURE_FLAG_T, RPL_SECURE_FLAG_RSV,
        RPL_SECURE_ALGORITHM, RPL_SECURE_KIM, RPL_SECURE_LVL, RPL_SECURE_RSV, RPL_SECURE_COUNTER,
        RPL_SECURE_KEY_SOURCE, RPL_SECURE_KEY_INDEX, RPL_OPT_TYPE, RPL_OPT_LENGTH, RPL_OPT_RESERVED, RPL_OPT_PADN,
        MC_TYPE, MC_FLAGS, MC_RESERVED, MC_FLAG_P,
        MC_FLAG_C, MC_FLAG_O, MC_FLAG_R, MC_FLAG_A,
        MC_PREC, MC_LENGTH, MC_NSA_OBJECT, MC_NSA_RESERVED,
        MC_NSA_FLAGS, MC_NSA_FLAG_A, MC_NSA_FLAG_O,
        MC_NSA_TLV, MC_NSA_TLV_TYPE,
        MC_NSA_TLV_LENGTH, MC_NSA_TLV_DATA,
        MC_NE_OBJECT, MC_NE_FLAGS, MC_NE_FLAG_I,
        MC_NE_TYPE, MC_NE_FLAG_E, MC_NE_ENERGY,
        MC_HP_OBJECT, MC_HP_RESERVED, MC_HP_FLAGS,
        MC_HP_HP, MC_LT_LT, MC_LL_LL,
        MC_LQL_OBJECT, MC_LQL_RES, MC_LQL_VAL,
        MC_LQL_COUNTER, MC_ETX_ETX, MC_LC_OBJECT,
        MC_LC_RES, MC_LC_LC, MC_LC_COUNTER,
        MC_LC_RESERVED, MC_LC_FLAG_I, RPL_OPT_ROUTE_PREFIX_LENGTH,
        RPL_OPT_ROUTE_FLAG, RPL_OPT_ROUTE_PREF, RPL_OPT_ROUTE_RESERVED, RPL_OPT_ROUTE_LIFETIME, RPL_OPT_ROUTE_PREFIX,
        RPL_OPT_CONFIG_FLAG, RPL_OPT_CONFIG_RESERVED, RPL_OPT_CONFIG_AUTH, RPL_OPT_CONFIG_PCS,
        RPL_OPT_CONFIG_INTERVAL_DOUBLE, RPL_OPT_CONFIG_INTERVAL_MIN, RPL_OPT_CONFIG_REDUNDANCY,
        RPL_OPT_CONFIG_MAX_RANK_INC, RPL_OPT_CONFIG_MIN_HOP_RANK_INC, RPL_OPT_CONFIG_OCP, RPL_OPT_CONFIG_RSV,
        RPL_OPT_CONFIG_DEF_LIFETIME, RPL_OPT_CONFIG_LIFETIME_UNIT, RPL_OPT_TARGET_FLAG, RPL_OPT_TARGET_PREFIX_LENGTH,
        RPL_OPT_TARGET_PREFIX, RPL_OPT_TRANSIT_FLAG, RPL_OPT_TRANSIT_FLAG_E, RPL_OPT_TRANSIT_FLAG_RSV,
        RPL_OPT_TRANSIT_PATHCTL, RPL_OPT_TRANSIT_PATHSEQ, RPL_OPT_TRANSIT_PATHLIFETIME, RPL_OPT_TRANSIT_PARENT,
        RPL_OPT_SOLICITED_INSTANCE, RPL_OPT_SOLICITED_FLAG, RPL_OPT_SOLICITED_FLAG_V, RPL_OPT_SOLICITED_FLAG_I,
        RPL_OPT_SOLICITED_FLAG_D, RPL_OPT_SOLICITED_FLAG_RSV, RPL_OPT_SOLICITED_DODAGID, RPL_OPT_SOLICITED_VERSION,
        RPL_OPT_PREFIX_LENGTH, RPL_OPT_PREFIX_FLAG, RPL_OPT_PREFIX_FLAG_L, RPL_OPT_CONFIG_FLAG_A,
        RPL_OPT_CONFIG_FLAG_R, RPL_OPT_CONFIG_FLAG_RSV, RPL_OPT_PREFIX_VALID_LIFETIME,
        RPL_OPT_PREFIX_PREFERRED_LIFETIME, RPL_OPT_PREFIX, RPL_OPT_TARGETDESC_DESCRIPTOR, RDO_FLAG,
        RDO_FLAG_REPLY, RDO_FLAG_HOPBYHOP,
        RDO_FLAG_NUMOFROUTES, RDO_FLAG_COMPR, RDO_LIFETIME,
        RDO_MAXRANK, RDO_NH, RDO_TARGETADDR,
        RDO_ADDR_VEC, RDO_ADDRVEC_ADDR, RPL_P2P_DRO_INSTANCE,
        RPL_P2P_DRO_VERSION, RPL_P2P_DRO_FLAG, RPL_P2P_DRO_FLAG_STOP, RPL_P2P_DRO_FLAG_ACK, RPL_P2P_DRO_FLAG_SEQ,
        RPL_P2P_DRO_FLAG_RESERVED, RPL_P2P_DRO_DAGID, RPL_P2P_DROACK_FLAG, RPL_P2P_DROACK_FLAG_SEQ,
        RPL_P2P_DROACK_FLAG_RESERVED
    };

    /** The option item: packet-icmpv6.c registers "ICMPv6 RPL Option" under ND options' name, icmpv6.opt. */
    static final FieldDef RPL_OPT = new FieldDef("icmpv6.opt", "ICMPv6 RPL Option", NONE, Base.NONE, 0, 0, Map.of(),
            FieldDef.TRUE_FALSE, "", IcmpModule.V6_OPT.id(), false, null);

    static final ExpertDef EI_UNKNOWN_METRIC = ExpertDef.of("icmpv6.rpl.unknown.metric", ExpertGroup.UNDECODED,
            ExpertSeverity.NOTE, "Unknown RPL metric/constraint type");
    static final ExpertDef EI_HOP_BY_HOP = ExpertDef.of("icmpv6.rpl.p2p.hop_by_hop", ExpertGroup.PROTOCOL,
            ExpertSeverity.WARN, "Reply MUST be set to one in order to establish a Hop-by-Hop Route");
    static final ExpertDef EI_NUM_OF_ROUTES = ExpertDef.of("icmpv6.rpl.p2p.num_of_routes", ExpertGroup.PROTOCOL,
            ExpertSeverity.WARN, "This field MUST be set to zero when Hop-by-Hop Routes are being discovered");
    static final ExpertDef EI_DRO_RDO_ZERO = ExpertDef.of("icmpv6.rpl.p2p.dro.rdo.zero", ExpertGroup.PROTOCOL,
            ExpertSeverity.WARN, "This field MUST be set to zero when the P2P-RDO is included in a P2P-DRO");
    static final ExpertDef EI_DRO_ZERO = ExpertDef.of("icmpv6.rpl.p2p.dro.zero", ExpertGroup.PROTOCOL,
            ExpertSeverity.WARN, "This field MUST be set to zero");
    static final ExpertDef EI_UNDECODED_OPTION = ExpertDef.of("icmpv6.undecoded.rpl_option", ExpertGroup.UNDECODED,
            ExpertSeverity.NOTE, "Undecoded RPL Option");
    static final ExpertDef[] EXPERTS = {EI_UNKNOWN_METRIC, EI_HOP_BY_HOP, EI_NUM_OF_ROUTES, EI_DRO_RDO_ZERO,
        EI_DRO_ZERO, EI_UNDECODED_OPTION};

    private static final int DRO = 0x04;
    private static final int SECURE_DRO = 0x84;

    private Icmpv6Rpl() {
    }

    /**
     * proto_tree_add_bitmask over {@code len} bytes: the item (its text the value in hex and the names of the set
     * flags and named values, BMT_NO_INT|BMT_NO_TFS), then one item a bit field. Without a tree it reads nothing (a
     * caller that needs the value reads it after, as packet-icmpv6.c's tvb_get_* calls do).
     */
    static void bitmask(PacketContext ctx, ProtoNode t, ByteView tvb, int off, int len, FieldDef f, FieldDef... bits) {
        if (ctx.treeless()) {
            return;
        }
        long v = switch (len) {
            case 1 -> tvb.u8(off);
            case 2 -> tvb.u16(off);
            default -> tvb.u32(off);
        };
        ProtoNode n = t.add(f, tvb, off, len, v);
        if (ctx.labels()) {
            n.label(FieldFormat.appendBitmaskNames(new StringBuilder(f.name()).append(": 0x")
                    .append(FieldFormat.hexPadded(v, len * 2)), v, bits).toString());
        }
        for (FieldDef b : bits) {
            n.add(b, tvb, off, len, (v & b.bitmask()) >>> Long.numberOfTrailingZeros(b.bitmask()));
        }
    }

    /** A 32-bit lifetime: BASE_SPECIAL_VALS names 0xffffffff "Infinity" before the number. */
    static void lifetime(PacketContext ctx, ProtoNode t, ByteView tvb, int off, FieldDef f) {
        if (ctx.treeless()) {
            return; // proto_tree_add_item reads nothing without a tree
        }
        long v = tvb.u32(off);
        ProtoNode n = t.add(f, tvb, off, 4, v);
        if (v == 0xffffffffL && ctx.labels()) {
            n.label(f.name() + ": Infinity (" + v + ")");
        }
    }

    private static void ipv6(ProtoNode t, FieldDef f, ByteView tvb, int off) {
        t.addObj(f, tvb, off, 16, tvb.toArray(off, 16));
    }

    /** Bytes, or tshark's "<MISSING>" for an empty FT_BYTES item. */
    private static void bytes(ProtoNode t, FieldDef f, ByteView tvb, int off, int len) {
        t.addObj(f, tvb, off, len, len == 0 ? "<MISSING>" : tvb.toArray(off, len));
    }

    /** The message after the checksum. */
    static void dissect(ByteView tvb, PacketContext ctx, ProtoNode t, int code) {
        int off = 4;
        if ((code & 0x80) != 0) {
            off = security(tvb, ctx, t, off);
        }
        switch (code) {
            case 0x00, 0x80 -> {
                t.add(RPL_DIS_FLAGS, tvb, off, 1, tvb.u8(off));
                t.addObj(IcmpModule.V6_RESERVED, tvb, off + 1, 1, tvb.toArray(off + 1, 1));
                options(tvb, ctx, t, off + 2, code);
            }
            case 0x01, 0x81 -> options(tvb, ctx, t, dio(tvb, ctx, t, off), code);
            case 0x02, 0x82 -> options(tvb, ctx, t, dao(tvb, ctx, t, off), code);
            case 0x03, 0x83 -> options(tvb, ctx, t, daoAck(tvb, ctx, t, off), code);
            case 0x8a -> options(tvb, ctx, t, consistencyCheck(tvb, ctx, t, off), code);
            case DRO, SECURE_DRO -> {
                dro(tvb, ctx, t, off, RPL_P2P_DRO_FLAG, RPL_P2P_DRO_FLAG_STOP, RPL_P2P_DRO_FLAG_ACK,
                        RPL_P2P_DRO_FLAG_SEQ, RPL_P2P_DRO_FLAG_RESERVED);
                options(tvb, ctx, t, off + 20, code);
            }
            case 0x05, 0x85 -> dro(tvb, ctx, t, off, RPL_P2P_DROACK_FLAG, RPL_P2P_DROACK_FLAG_SEQ,
                    RPL_P2P_DROACK_FLAG_RESERVED);
            default -> {
            }
        }
    }

    /** The security section of a secure message; returns where the base message starts. */
    private static int security(ByteView tvb, PacketContext ctx, ProtoNode t, int off) {
        bitmask(ctx, t, tvb, off, 1, RPL_SECURE_FLAG, RPL_SECURE_FLAG_T, RPL_SECURE_FLAG_RSV);
        t.add(RPL_SECURE_ALGORITHM, tvb, off + 1, 1, tvb.u8(off + 1));
        bitmask(ctx, t, tvb, off + 2, 1, RPL_SECURE_FLAG, RPL_SECURE_KIM, RPL_SECURE_LVL, RPL_SECURE_RSV);
        int b = tvb.u8(off + 2);
        // packet-icmpv6.c's "& RPL_SECURE_KIM >> 6" shifts the mask, not the byte: the KIM it acts on is the low bits
        int kim = b & 3;
        int lvl = b & 7;
        t.add(RPL_SECURE_FLAG, tvb, off + 3, 1, tvb.u8(off + 3));
        t.add(RPL_SECURE_COUNTER, tvb, off + 4, 4, tvb.u32(off + 4));
        off += 8;
        if (kim == 2 || kim == 3 && (lvl == 1 || lvl == 3)) {
            t.addObj(RPL_SECURE_KEY_SOURCE, tvb, off, 8, tvb.toArray(off, 8));
            off += 8;
        }
        if (kim == 0 || kim == 2 || kim == 3 && (lvl == 1 || lvl == 3)) {
            t.add(RPL_SECURE_KEY_INDEX, tvb, off, 1, tvb.u8(off));
            off += 1;
        }
        return off;
    }

    private static int dio(ByteView tvb, PacketContext ctx, ProtoNode t, int off) {
        t.add(RPL_DIO_INSTANCE, tvb, off, 1, tvb.u8(off));
        t.add(RPL_DIO_VERSION, tvb, off + 1, 1, tvb.u8(off + 1));
        t.add(RPL_DIO_RANK, tvb, off + 2, 2, tvb.u16(off + 2));
        bitmask(ctx, t, tvb, off + 4, 1, RPL_DIO_FLAG, RPL_DIO_FLAG_G, RPL_DIO_FLAG_0, RPL_DIO_FLAG_MOP,
                RPL_DIO_FLAG_PREFERENCE);
        t.add(RPL_DIO_DTSN, tvb, off + 5, 1, tvb.u8(off + 5));
        t.add(RPL_DIO_FLAG, tvb, off + 6, 1, tvb.u8(off + 6));
        t.addObj(IcmpModule.V6_RESERVED, tvb, off + 7, 1, tvb.toArray(off + 7, 1));
        ipv6(t, RPL_DIO_DAGID, tvb, off + 8);
        return off + 24;
    }

    private static int dao(ByteView tvb, PacketContext ctx, ProtoNode t, int off) {
        t.add(RPL_DAO_INSTANCE, tvb, off, 1, tvb.u8(off));
        bitmask(ctx, t, tvb, off + 1, 1, RPL_DAO_FLAG, RPL_DAO_FLAG_K, RPL_DAO_FLAG_D, RPL_DAO_FLAG_RSV);
        int flags = tvb.u8(off + 1);
        t.addObj(IcmpModule.V6_RESERVED, tvb, off + 2, 1, tvb.toArray(off + 2, 1));
        t.add(RPL_DAO_SEQUENCE, tvb, off + 3, 1, tvb.u8(off + 3));
        off += 4;
        if ((flags & 0x40) != 0) {
            ipv6(t, RPL_DAO_DODAGID, tvb, off);
            off += 16;
        }
        return off;
    }

    private static int daoAck(ByteView tvb, PacketContext ctx, ProtoNode t, int off) {
        t.add(RPL_DAOACK_INSTANCE, tvb, off, 1, tvb.u8(off));
        bitmask(ctx, t, tvb, off + 1, 1, RPL_DAOACK_FLAG, RPL_DAOACK_FLAG_D, RPL_DAOACK_FLAG_RSV);
        int flags = tvb.u8(off + 1);
        t.add(RPL_DAOACK_SEQUENCE, tvb, off + 2, 1, tvb.u8(off + 2));
        t.add(RPL_DAOACK_STATUS, tvb, off + 3, 1, tvb.u8(off + 3));
        off += 4;
        if ((flags & 0x80) != 0) {
            ipv6(t, RPL_DAOACK_DODAGID, tvb, off);
            off += 16;
        }
        return off;
    }

    private static int consistencyCheck(ByteView tvb, PacketContext ctx, ProtoNode t, int off) {
        t.add(RPL_CC_INSTANCE, tvb, off, 1, tvb.u8(off));
        bitmask(ctx, t, tvb, off + 1, 1, RPL_CC_FLAG, RPL_CC_FLAG_R, RPL_CC_FLAG_RSV);
        t.add(RPL_CC_NONCE, tvb, off + 2, 2, tvb.u16(off + 2));
        ipv6(t, RPL_CC_DODAGID, tvb, off + 4);
        t.add(RPL_CC_DESTINATION_COUNTER, tvb, off + 20, 4, tvb.u32(off + 20));
        return off + 24;
    }

    /** A P2P-DRO's or P2P-DRO-ACK's fields: their flags differ; a version that is not zero is a warning. */
    private static void dro(ByteView tvb, PacketContext ctx, ProtoNode t, int off, FieldDef flag, FieldDef... bits) {
        t.add(RPL_P2P_DRO_INSTANCE, tvb, off, 1, tvb.u8(off));
        int version = tvb.u8(off + 1);
        ProtoNode v = t.add(RPL_P2P_DRO_VERSION, tvb, off + 1, 1, version);
        if (version != 0) {
            Expert.add(ctx, v, EI_DRO_ZERO);
        }
        bitmask(ctx, t, tvb, off + 2, 2, flag, bits);
        ipv6(t, RPL_P2P_DRO_DAGID, tvb, off + 4);
    }

    /** dissect_icmpv6_rpl_opt: the options from {@code off} to the message's end. */
    private static void options(ByteView tvb, PacketContext ctx, ProtoNode t, int off, int code) {
        int end = tvb.reportedLength();
        while (end > off) {
            ProtoNode o = t.addItem(RPL_OPT, tvb, off, 1);
            int type = tvb.u8(off);
            o.add(RPL_OPT_TYPE, tvb, off, 1, type);
            String name = RPL_OPT_TYPE.valueName(type);
            o.appendLabel(" (" + (name != null ? name : "Unknown " + type));
            if (type == 0) {
                off += 1;
                o.appendLabel(")");
                continue;
            }
            int len = tvb.u8(off + 1);
            ProtoNode length = o.add(RPL_OPT_LENGTH, tvb, off + 1, 1, len);
            o.setLength(len + 2);
            int p = option(tvb, ctx, o, length, type, off, off + 2, len, code);
            off += len + 2;
            if (off > p) {
                // the rest of an option longer than its fields
                ProtoNode u = o.addObj(Ndp.UNKNOWN_DATA, tvb, p, off - p, tvb.toArray(p, off - p));
                Expert.add(ctx, u, Ndp.EI_UNKNOWN_DATA);
            }
            o.appendLabel(")");
        }
    }

    /** One option's fields from {@code p}; returns where they end. */
    private static int option(ByteView tvb, PacketContext ctx, ProtoNode o, ProtoNode length, int type, int start,
                              int p, int len, int code) {
        switch (type) {
            case 1 -> {
                o.addItem(RPL_OPT_PADN, tvb, p, len).appendLabel(" (Length : " + len + " bytes)");
                return p + len;
            }
            case 2 -> {
                return metrics(tvb, ctx, o, length, start, p, len);
            }
            case 3 -> {
                return routeInformation(tvb, ctx, o, length, p, len);
            }
            case 4 -> {
                return configuration(tvb, ctx, o, p);
            }
            case 5 -> {
                return target(tvb, ctx, o, length, p, len);
            }
            case 6 -> {
                bitmask(ctx, o, tvb, p, 1, RPL_OPT_TRANSIT_FLAG, RPL_OPT_TRANSIT_FLAG_E, RPL_OPT_TRANSIT_FLAG_RSV);
                o.add(RPL_OPT_TRANSIT_PATHCTL, tvb, p + 1, 1, tvb.u8(p + 1));
                o.add(RPL_OPT_TRANSIT_PATHSEQ, tvb, p + 2, 1, tvb.u8(p + 2));
                o.add(RPL_OPT_TRANSIT_PATHLIFETIME, tvb, p + 3, 1, tvb.u8(p + 3));
                p += 4;
                if (len > 4) {
                    byte[] parent = tvb.toArray(p, 16);
                    o.addObj(RPL_OPT_TRANSIT_PARENT, tvb, p, 16, parent);
                    o.appendLabel(" " + FieldFormat.ipv6(parent));
                    p += 16;
                }
                return p;
            }
            case 7 -> {
                o.add(RPL_OPT_SOLICITED_INSTANCE, tvb, p, 1, tvb.u8(p));
                bitmask(ctx, o, tvb, p + 1, 1, RPL_OPT_SOLICITED_FLAG, RPL_OPT_SOLICITED_FLAG_V,
                        RPL_OPT_SOLICITED_FLAG_I, RPL_OPT_SOLICITED_FLAG_D, RPL_OPT_SOLICITED_FLAG_RSV);
                ipv6(o, RPL_OPT_SOLICITED_DODAGID, tvb, p + 2);
                o.add(RPL_OPT_SOLICITED_VERSION, tvb, p + 18, 1, tvb.u8(p + 18));
                return p + 19;
            }
            case 8 -> {
                return prefixInformation(tvb, ctx, o, p);
            }
            case 9 -> {
                o.add(RPL_OPT_TARGETDESC_DESCRIPTOR, tvb, p, 4, tvb.u32(p));
                return p + 4;
            }
            case 10 -> {
                return routeDiscovery(tvb, ctx, o, p, len, code);
            }
            default -> {
                Expert.add(ctx, o, EI_UNDECODED_OPTION, "Dissector for ICMPv6 RPL Option (" + type
                        + ") code not implemented, Contact Wireshark developers if you want this supported");
                bytes(o, IcmpModule.V6_DATA, tvb, p, len);
                return p + len;
            }
        }
    }

    /**
     * The DAG Metric Container's objects (RFC 6551), read while one starts before {@code start + len}, the option's
     * start plus its length (two bytes short of its end), each by its own length or by the size its type has.
     */
    private static int metrics(ByteView tvb, PacketContext ctx, ProtoNode o, ProtoNode length, int start, int p,
                               int len) {
        while (p < start + len) {
            int type = tvb.u8(p);
            ProtoNode m = o.add(MC_TYPE, tvb, p, 1, type);
            bitmask(ctx, m, tvb, p + 1, 2, MC_FLAGS, MC_RESERVED, MC_FLAG_P, MC_FLAG_C, MC_FLAG_O, MC_FLAG_R,
                    MC_FLAG_A, MC_PREC);
            int flags = tvb.u16(p + 1);
            int mlen = tvb.u8(p + 3);
            m.add(MC_LENGTH, tvb, p + 3, 1, mlen);
            m.setLength(mlen + 4);
            p = metricObject(tvb, ctx, m, length, type, flags, p + 4, mlen);
        }
        return p;
    }

    /** One metric or constraint object's body; returns where reading stopped. */
    private static int metricObject(ByteView tvb, PacketContext ctx, ProtoNode m, ProtoNode length, int type,
                                    int flags, int p, int mlen) {
        switch (type) {
            case 1 -> {
                bitmask(ctx, m, tvb, p, 2, MC_NSA_OBJECT, MC_NSA_RESERVED, MC_NSA_FLAGS, MC_NSA_FLAG_A,
                        MC_NSA_FLAG_O);
                p += 2;
                mlen -= 2;
                while (mlen > 0) {
                    ProtoNode tlv = m.add(MC_NSA_TLV, tvb, p, 1, tvb.u8(p));
                    tlv.add(MC_NSA_TLV_TYPE, tvb, p, 1, tvb.u8(p));
                    int tlen = tvb.u8(p + 1);
                    tlv.add(MC_NSA_TLV_LENGTH, tvb, p + 1, 1, tlen);
                    tlv.setLength(tlen + 2);
                    bytes(tlv, MC_NSA_TLV_DATA, tvb, p + 2, tlen);
                    p += 2 + tlen;
                    mlen -= 2 + tlen;
                }
            }
            case 2 -> {
                for (; mlen > 0; mlen -= 2, p += 2) {
                    bitmask(ctx, m, tvb, p, 2, MC_NE_OBJECT, MC_NE_FLAGS, MC_NE_FLAG_I, MC_NE_TYPE, MC_NE_FLAG_E,
                            MC_NE_ENERGY);
                }
            }
            case 3 -> {
                bitmask(ctx, m, tvb, p, 2, MC_HP_OBJECT, MC_HP_RESERVED, MC_HP_FLAGS, MC_HP_HP);
                p += 2;
            }
            case 4, 5 -> {
                for (; mlen > 0; mlen -= 4, p += 4) {
                    m.add(type == 4 ? MC_LT_LT : MC_LL_LL, tvb, p, 4, tvb.u32(p));
                }
            }
            case 6 -> {
                m.add(MC_LQL_RES, tvb, p, 1, tvb.u8(p));
                p++;
                for (mlen--; mlen > 0; mlen--, p++) {
                    bitmask(ctx, m, tvb, p, 1, MC_LQL_OBJECT, MC_LQL_VAL, MC_LQL_COUNTER);
                }
            }
            case 7 -> {
                for (; mlen > 0; mlen -= 2, p += 2) {
                    m.add(MC_ETX_ETX, tvb, p, 2, tvb.u16(p));
                }
            }
            case 8 -> {
                m.add(MC_LC_RES, tvb, p, 1, tvb.u8(p));
                p++;
                for (mlen--; mlen > 0; mlen -= 2, p += 2) {
                    linkColor(tvb, ctx, m, flags, p);
                }
            }
            default -> Expert.add(ctx, length, EI_UNKNOWN_METRIC);
        }
        return p;
    }

    /** A Link Color object: its low bits are a constraint's I flag, a recorded metric's counter, or unknown. */
    private static void linkColor(ByteView tvb, PacketContext ctx, ProtoNode m, int flags, int p) {
        ProtoNode lc = m.addItem(MC_LC_OBJECT, tvb, p, 2);
        int v = tvb.u16(p);
        lc.add(MC_LC_LC, tvb, p, 2, v >> 6);
        if ((flags & 0x200) != 0) {
            lc.add(MC_LC_RESERVED, tvb, p, 2, (v & 0x3e) >> 1);
            lc.add(MC_LC_FLAG_I, tvb, p, 2, v & 1);
        } else if ((flags & 0x80) != 0) {
            lc.add(MC_LC_COUNTER, tvb, p, 2, v & 0x3f);
        } else {
            Expert.add(ctx, lc, EI_UNKNOWN_METRIC);
        }
    }

    /** An 8-byte prefix, the rest of its 16 zeros. */
    private static byte[] prefix8(ByteView tvb, int p) {
        byte[] a = new byte[16];
        System.arraycopy(tvb.toArray(p, 8), 0, a, 0, 8);
        return a;
    }

    /** A prefix by the option's length: none, 8 or 16 bytes; any other length is an invalid option length. */
    private static int prefix(ByteView tvb, PacketContext ctx, ProtoNode o, ProtoNode length, FieldDef f, int p,
                              int prefixLen, int len, int base) {
        if (len == base) {
            o.appendLabel(" ::/" + prefixLen);
            return p;
        }
        if (len != base + 8 && len != base + 16) {
            Expert.add(ctx, length, Ndp.EI_OPTION_LENGTH);
            return p;
        }
        int n = len - base;
        byte[] a = n == 8 ? prefix8(tvb, p) : tvb.toArray(p, 16);
        o.addObj(f, tvb, p, n, a);
        o.appendLabel(" " + FieldFormat.ipv6(a) + "/" + prefixLen);
        return p + n;
    }

    private static int routeInformation(ByteView tvb, PacketContext ctx, ProtoNode o, ProtoNode length, int p,
                                        int len) {
        int prefixLen = tvb.u8(p);
        o.add(RPL_OPT_ROUTE_PREFIX_LENGTH, tvb, p, 1, prefixLen);
        bitmask(ctx, o, tvb, p + 1, 1, RPL_OPT_ROUTE_FLAG, RPL_OPT_ROUTE_PREF, RPL_OPT_ROUTE_RESERVED);
        lifetime(ctx, o, tvb, p + 2, RPL_OPT_ROUTE_LIFETIME);
        return prefix(tvb, ctx, o, length, RPL_OPT_ROUTE_PREFIX, p + 6, prefixLen, len, 6);
    }

    private static int configuration(ByteView tvb, PacketContext ctx, ProtoNode o, int p) {
        bitmask(ctx, o, tvb, p, 1, RPL_OPT_CONFIG_FLAG, RPL_OPT_CONFIG_RESERVED, RPL_OPT_CONFIG_AUTH,
                RPL_OPT_CONFIG_PCS);
        o.add(RPL_OPT_CONFIG_INTERVAL_DOUBLE, tvb, p + 1, 1, tvb.u8(p + 1));
        // an FT_UINT16 added over one byte, as packet-icmpv6.c does
        o.add(RPL_OPT_CONFIG_INTERVAL_MIN, tvb, p + 2, 1, tvb.u8(p + 2));
        o.add(RPL_OPT_CONFIG_REDUNDANCY, tvb, p + 3, 1, tvb.u8(p + 3));
        o.add(RPL_OPT_CONFIG_MAX_RANK_INC, tvb, p + 4, 2, tvb.u16(p + 4));
        o.add(RPL_OPT_CONFIG_MIN_HOP_RANK_INC, tvb, p + 6, 2, tvb.u16(p + 6));
        o.add(RPL_OPT_CONFIG_OCP, tvb, p + 8, 2, tvb.u16(p + 8));
        o.add(RPL_OPT_CONFIG_RSV, tvb, p + 10, 1, tvb.u8(p + 10));
        o.add(RPL_OPT_CONFIG_DEF_LIFETIME, tvb, p + 11, 1, tvb.u8(p + 11));
        o.add(RPL_OPT_CONFIG_LIFETIME_UNIT, tvb, p + 12, 2, tvb.u16(p + 12));
        return p + 14;
    }

    private static int target(ByteView tvb, PacketContext ctx, ProtoNode o, ProtoNode length, int p, int len) {
        o.addItem(RPL_OPT_TARGET_FLAG, tvb, p, 1);
        int prefixLen = tvb.u8(p + 1);
        o.add(RPL_OPT_TARGET_PREFIX_LENGTH, tvb, p + 1, 1, prefixLen);
        return prefix(tvb, ctx, o, length, RPL_OPT_TARGET_PREFIX, p + 2, prefixLen, len, 2);
    }

    private static int prefixInformation(ByteView tvb, PacketContext ctx, ProtoNode o, int p) {
        int prefixLen = tvb.u8(p);
        o.add(RPL_OPT_PREFIX_LENGTH, tvb, p, 1, prefixLen);
        bitmask(ctx, o, tvb, p + 1, 1, RPL_OPT_PREFIX_FLAG, RPL_OPT_PREFIX_FLAG_L, RPL_OPT_CONFIG_FLAG_A,
                RPL_OPT_CONFIG_FLAG_R, RPL_OPT_CONFIG_FLAG_RSV);
        lifetime(ctx, o, tvb, p + 2, RPL_OPT_PREFIX_VALID_LIFETIME);
        lifetime(ctx, o, tvb, p + 6, RPL_OPT_PREFIX_PREFERRED_LIFETIME);
        o.addItem(RPL_OPT_RESERVED, tvb, p + 10, 4);
        byte[] prefix = tvb.toArray(p + 14, 16);
        o.addObj(RPL_OPT_PREFIX, tvb, p + 14, 16, prefix);
        o.appendLabel(" " + FieldFormat.ipv6(prefix) + "/" + prefixLen);
        return p + 30;
    }

    /** The P2P Route Discovery Option (RFC 6997), whose checks differ inside a P2P-DRO. */
    private static int routeDiscovery(ByteView tvb, PacketContext ctx, ProtoNode o, int p, int len, int code) {
        ProtoNode fl = o.addItem(RDO_FLAG, tvb, p, 1);
        int flags = tvb.u8(p);
        int compr = flags & 0x0f;
        ProtoNode reply = fl.add(RDO_FLAG_REPLY, tvb, p, 1, flags >> 7);
        ProtoNode hop = fl.add(RDO_FLAG_HOPBYHOP, tvb, p, 1, flags >> 6 & 1);
        ProtoNode routes = fl.add(RDO_FLAG_NUMOFROUTES, tvb, p, 1, flags >> 4 & 3);
        fl.add(RDO_FLAG_COMPR, tvb, p, 1, compr);
        int lt = tvb.u8(p + 1);
        ProtoNode life = o.add(RDO_LIFETIME, tvb, p + 1, 1, lt >> 6);
        boolean dro = code == DRO || code == SECURE_DRO;
        ProtoNode rankOrNh = o.add(dro ? RDO_NH : RDO_MAXRANK, tvb, p + 1, 1, lt & 0x3f);
        if (dro) {
            if ((flags & 0x80) != 0) {
                Expert.add(ctx, reply, EI_DRO_RDO_ZERO);
            }
            if ((flags & 0x30) != 0) {
                Expert.add(ctx, routes, EI_DRO_RDO_ZERO);
            }
            if ((lt & 0xc0) != 0) {
                Expert.add(ctx, life, EI_DRO_RDO_ZERO);
            }
        } else {
            if ((flags & 0x40) != 0 && (flags & 0x80) == 0) {
                Expert.add(ctx, hop, EI_HOP_BY_HOP);
            }
            if ((flags & 0x40) != 0 && (flags & 0x30) != 0) {
                Expert.add(ctx, routes, EI_NUM_OF_ROUTES);
            }
            life.appendLabel(" (" + (1 << 2 * (lt >> 6)) + " sec)");
            if ((lt & 0x3f) == 0) {
                rankOrNh.appendLabel(" (Infinity)");
            }
        }
        ipv6(o, RDO_TARGETADDR, tvb, p + 2);
        p += 18;
        int addrLen = 16 - compr;
        int n = (len - 18) / addrLen;
        ProtoNode vec = o.addItem(RDO_ADDR_VEC, tvb, p, Math.max(len - 18, 0));
        vec.appendLabel(" (" + n + " Address" + (n != 1 ? "es" : "") + ")");
        for (; n != 0; n--, p += addrLen) {
            byte[] a = new byte[16];
            System.arraycopy(tvb.toArray(p, addrLen), 0, a, compr, addrLen);
            vec.addObj(RDO_ADDRVEC_ADDR, tvb, p, addrLen, a);
        }
        return p;
    }
}
