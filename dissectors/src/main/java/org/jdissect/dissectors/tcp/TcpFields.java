package org.jdissect.dissectors.tcp;

import static org.jdissect.api.field.FieldType.*;

import java.util.List;
import java.util.Map;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.expert.ExpertDef;
import org.jdissect.api.expert.ExpertGroup;
import org.jdissect.api.expert.ExpertSeverity;
import org.jdissect.api.field.Base;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldSet;

/** TCP fields as packet-tcp.c registers them in Wireshark 4.0. */
public final class TcpFields {
    static final Map<Long, String> OPTION_KINDS = Map.ofEntries(
            Map.entry(0L, "End of Option List"), Map.entry(1L, "No-Operation"),
            Map.entry(2L, "Maximum Segment Size"), Map.entry(3L, "Window Scale"), Map.entry(4L, "SACK Permitted"),
            Map.entry(5L, "SACK"), Map.entry(6L, "Echo"), Map.entry(7L, "Echo Reply"),
            Map.entry(8L, "Time Stamp Option"), Map.entry(9L, "Partial Order Connection Permitted"),
            Map.entry(10L, "Partial Order Service Profile"), Map.entry(11L, "CC"), Map.entry(12L, "CC.NEW"),
            Map.entry(13L, "CC.ECHO"), Map.entry(14L, "TCP Alternate Checksum Request"),
            Map.entry(15L, "TCP Alternate Checksum Data"), Map.entry(16L, "Skeeter"), Map.entry(17L, "Bubba"),
            Map.entry(18L, "Trailer Checksum Option"), Map.entry(19L, "MD5 Signature Option"),
            Map.entry(20L, "SCPS Capabilities"), Map.entry(21L, "Selective Negative Acknowledgements"),
            Map.entry(22L, "Record Boundaries"), Map.entry(23L, "Corruption experienced"),
            Map.entry(24L, "SNAP"), Map.entry(25L, "Unassigned"), Map.entry(26L, "TCP Compression Filter"),
            Map.entry(27L, "Quick-Start Response"), Map.entry(28L, "User Timeout Option"),
            Map.entry(29L, "The TCP Authentication Option"), Map.entry(30L, "Multipath TCP"),
            Map.entry(34L, "TCP Fast Open Cookie"), Map.entry(76L, "Riverbed Probe"),
            Map.entry(78L, "Riverbed Transparency"), Map.entry(172L, "Accurate ECN Order 0"),
            Map.entry(174L, "Accurate ECN Order 1"),
            Map.entry(253L, "RFC3692-style Experiment 1"), Map.entry(254L, "RFC3692-style Experiment 2"));
    /** Experiment identifiers of RFC 6994 (tcp_exid_vs): what an experimental option (253, 254) carries. */
    static final Map<Long, String> EXIDS = Map.ofEntries(Map.entry(0x00acL, "TCP ACK Rate Request"),
            Map.entry(0x0348L, "Host ID"), Map.entry(0x0a0dL, "Autonomous System Compensation"),
            Map.entry(0x0ca0L, "Capability Option"), Map.entry(0x0ed0L, "Extended Data Offset"),
            Map.entry(0x454eL, "Encryption Negotiation"), Map.entry(0x5323L, "Service Number"),
            Map.entry(0x75ecL, "Timestamp Interval"), Map.entry(0xacc0L, "Accurate ECN - Order 0"),
            Map.entry(0xacc1L, "Accurate ECN - Order 1"), Map.entry(0xacceL, "Accurate ECN"),
            Map.entry(0xe2d4L, "Shared Memory communications over RMDA protocol"), Map.entry(0xf989L, "Fast Open"),
            Map.entry(0xf990L, "Low Latency"));
    static final Map<Long, String> COMPLETENESS = Map.of();
    static final Map<Long, String> CHECKSUM_STATUS = Map.of(0L, "Bad", 1L, "Good", 2L, "Unverified");

    public static final FieldDef TCP = FieldDef.builder("tcp", "Transmission Control Protocol", PROTOCOL).blurb("TCP").build();
    public static final FieldDef SRCPORT = FieldDef.builder("tcp.srcport", "Source Port", UINT16).build();
    public static final FieldDef DSTPORT = FieldDef.builder("tcp.dstport", "Destination Port", UINT16).build();
    public static final FieldDef PORT = FieldDef.builder("tcp.port", "Source or Destination Port", UINT16).build();
    public static final FieldDef STREAM = FieldDef.builder("tcp.stream", "Stream index", UINT32).build();
    public static final FieldDef COMPLETENESS_F = FieldDef.builder("tcp.completeness", "Conversation completeness",
            UINT8).build();
    public static final FieldDef LEN = FieldDef.builder("tcp.len", "TCP Segment Len", UINT32).build();
    public static final FieldDef SEQ = FieldDef.builder("tcp.seq", "Sequence Number", UINT32).build();
    public static final FieldDef SEQ_RAW = FieldDef.builder("tcp.seq_raw", "Sequence Number (raw)", UINT32).build();
    public static final FieldDef NXTSEQ = FieldDef.builder("tcp.nxtseq", "Next Sequence Number", UINT32).build();
    public static final FieldDef ACK = FieldDef.builder("tcp.ack", "Acknowledgment Number", UINT32).build();
    public static final FieldDef ACK_RAW = FieldDef.builder("tcp.ack_raw", "Acknowledgment number (raw)", UINT32)
            .build();
    /** Registered without a bit mask, as packet-tcp.c does (it draws the bits itself: TcpModule.headerLength). */
    public static final FieldDef HDR_LEN = FieldDef.builder("tcp.hdr_len", "Header Length", UINT8).build();
    public static final FieldDef FLAGS = FieldDef.builder("tcp.flags", "Flags", UINT16).hex().mask(0x0fff, 16).build();
    public static final FieldDef FLAGS_RES = FieldDef.builder("tcp.flags.res", "Reserved", BOOLEAN).mask(0xe00, 12)
            .setNotSet().build();
    public static final FieldDef FLAGS_AE = flag("tcp.flags.ae", "Accurate ECN", 0x100);
    public static final FieldDef FLAGS_CWR = flag("tcp.flags.cwr", "Congestion Window Reduced", 0x080);
    public static final FieldDef FLAGS_ECE = flag("tcp.flags.ece", "ECN-Echo", 0x040);
    public static final FieldDef FLAGS_URG = flag("tcp.flags.urg", "Urgent", 0x020);
    public static final FieldDef FLAGS_ACK = flag("tcp.flags.ack", "Acknowledgment", 0x010);
    public static final FieldDef FLAGS_PUSH = flag("tcp.flags.push", "Push", 0x008);
    public static final FieldDef FLAGS_RESET = flag("tcp.flags.reset", "Reset", 0x004);
    public static final FieldDef FLAGS_SYN = flag("tcp.flags.syn", "Syn", 0x002);
    public static final FieldDef FLAGS_FIN = flag("tcp.flags.fin", "Fin", 0x001);
    public static final FieldDef FLAGS_STR = FieldDef.builder("tcp.flags.str", "TCP Flags", STRING).build();
    /** Accurate ECN's counter in place of the AE, CWR and ECE bits, once a handshake agreed on it. */
    public static final FieldDef FLAGS_ACE = FieldDef.builder("tcp.flags.ace", "ACE", UINT8).build();
    public static final FieldDef WINDOW_VALUE = FieldDef.builder("tcp.window_size_value", "Window", UINT16).build();
    public static final FieldDef WINDOW_SIZE = FieldDef.builder("tcp.window_size", "Calculated window size", UINT32)
            .build();
    public static final FieldDef WINDOW_SCALEFACTOR = FieldDef.builder("tcp.window_size_scalefactor",
            "Window size scaling factor", INT32).build();
    public static final FieldDef CHECKSUM = FieldDef.builder("tcp.checksum", "Checksum", UINT16).hex().build();
    public static final FieldDef CHECKSUM_STATUS_F = FieldDef.builder("tcp.checksum.status", "Checksum Status",
            UINT8).names(CHECKSUM_STATUS).base(Base.NONE).build();
    public static final FieldDef CHECKSUM_CALCULATED = FieldDef.builder("tcp.checksum_calculated",
            "Calculated Checksum", UINT16).hex()
            .blurb("The expected TCP checksum field as calculated from the TCP segment").build();
    public static final FieldDef URGENT_POINTER = FieldDef.builder("tcp.urgent_pointer", "Urgent Pointer", UINT16)
            .build();
    public static final FieldDef OPTIONS = FieldDef.builder("tcp.options", "TCP Options", BYTES).build();
    public static final FieldDef OPTION_KIND = FieldDef.builder("tcp.option_kind", "Kind", UINT8).names(OPTION_KINDS)
            .blurb("This TCP option's kind").build();
    public static final FieldDef OPTION_LEN = FieldDef.builder("tcp.option_len", "Length", UINT8)
            .blurb("Length of this TCP option in bytes (including kind and length fields)").build();
    // the options themselves are protocols in name only in Wireshark 4.0 (proto_register_protocol_in_name_only,
    // FT_BYTES): "P" lines in tshark -G fields, valued by their bytes ("tcp.options.mss": "02:04:05:b4")
    public static final FieldDef OPT_MSS = option("tcp.options.mss", "Maximum segment size");
    public static final FieldDef OPT_MSS_VAL = FieldDef.builder("tcp.options.mss_val", "MSS Value", UINT16).build();
    public static final FieldDef OPT_WSCALE = option("tcp.options.wscale", "Window scale");
    public static final FieldDef OPT_WSCALE_SHIFT = FieldDef.builder("tcp.options.wscale.shift", "Shift count", UINT8)
            .blurb("Logarithmically encoded power of 2 scale factor").build();
    public static final FieldDef OPT_WSCALE_MULT = FieldDef.builder("tcp.options.wscale.multiplier", "Multiplier",
            UINT16).blurb("Multiply segment window size by this for scaled window size").build();
    public static final FieldDef OPT_SACK_PERM = option("tcp.options.sack_perm", "SACK permitted");
    public static final FieldDef OPT_SACK = option("tcp.options.sack", "SACK");
    public static final FieldDef OPT_SACK_LE = FieldDef.builder("tcp.options.sack_le", "TCP SACK Left Edge", UINT32)
            .build();
    public static final FieldDef OPT_SACK_RE = FieldDef.builder("tcp.options.sack_re", "TCP SACK Right Edge", UINT32)
            .build();
    public static final FieldDef OPT_SACK_COUNT = FieldDef.builder("tcp.options.sack.count", "TCP SACK Count", UINT8)
            .build();
    public static final FieldDef OPT_SACK_DSACK_LE = FieldDef.builder("tcp.options.sack.dsack_le",
            "TCP D-SACK Left Edge", UINT32).blurb("Duplicate SACK Left Edge").build();
    public static final FieldDef OPT_SACK_DSACK_RE = FieldDef.builder("tcp.options.sack.dsack_re",
            "TCP D-SACK Right Edge", UINT32).blurb("Duplicate SACK Right Edge").build();
    public static final ExpertDef EI_DSACK = ExpertDef.of("tcp.options.sack.dsack", ExpertGroup.SEQUENCE,
            ExpertSeverity.WARN, "D-SACK Sequence");
    public static final FieldDef OPT_TIMESTAMP = option("tcp.options.timestamp", "Timestamps");
    public static final FieldDef OPT_TSVAL = FieldDef.builder("tcp.options.timestamp.tsval", "Timestamp value",
            UINT32).blurb("Value of sending machine's timestamp clock").build();
    public static final FieldDef OPT_TSECR = FieldDef.builder("tcp.options.timestamp.tsecr", "Timestamp echo reply",
            UINT32).blurb("Echoed timestamp from remote machine").build();
    public static final FieldDef OPT_NOP = option("tcp.options.nop", "No-Operation (NOP)");
    public static final FieldDef OPT_EOL = option("tcp.options.eol", "End of Option List (EOL)");
    /** Kinds 6 and 7 (RFC 1072's echo and echo reply) both show as this item, as in Wireshark 4.0. */
    public static final FieldDef OPT_ECHO = option("tcp.options.echo", "Echo");
    public static final FieldDef OPT_ACC_ECN = option("tcp.options.acc_ecn", "Accurate ECN");
    public static final FieldDef OPT_ACC_ECN_EE0B = FieldDef.builder("tcp.options.acc_ecn.ee0b",
            "Accurate ECN Echo ECT(0) Byte Counter", UINT24).build();
    public static final FieldDef OPT_ACC_ECN_ECEB = FieldDef.builder("tcp.options.acc_ecn.eceb",
            "Accurate ECN Echo CE Byte Counter", UINT24).build();
    public static final FieldDef OPT_ACC_ECN_EE1B = FieldDef.builder("tcp.options.acc_ecn.ee1b",
            "Accurate ECN Echo ECT(1) Byte Counter", UINT24).build();
    public static final FieldDef OPT_ECHO_VALUE = FieldDef.builder("tcp.options.echo_value", "TCP Echo Option",
            UINT32).blurb("TCP Sack Echo").build();
    /** Kinds 11, 12 and 13 (RFC 1644's CC, CC.NEW and CC.ECHO) all show as this item, as in Wireshark 4.0. */
    public static final FieldDef OPT_CC = option("tcp.options.cc", "CC");
    public static final FieldDef OPT_CC_VALUE = FieldDef.builder("tcp.options.cc_value", "TCP CC Option", UINT32)
            .build();
    public static final FieldDef OPT_AO = option("tcp.options.ao", "TCP AO");
    public static final FieldDef OPT_AO_KEYID = FieldDef.builder("tcp.options.ao.keyid", "AO KeyID", UINT8).build();
    public static final FieldDef OPT_AO_RNEXTKEYID = FieldDef.builder("tcp.options.ao.rnextkeyid", "AO RNextKeyID",
            UINT8).build();
    public static final FieldDef OPT_AO_MAC = FieldDef.builder("tcp.options.ao.mac", "AO MAC", BYTES).build();
    public static final FieldDef OPT_MD5 = option("tcp.options.md5", "TCP MD5 signature");
    public static final FieldDef OPT_MD5_DIGEST = FieldDef.builder("tcp.options.md5.digest", "MD5 digest", BYTES)
            .build();
    public static final FieldDef OPT_USER_TO = option("tcp.options.user_to", "User Timeout");
    public static final FieldDef OPT_USER_TO_GRANULARITY = FieldDef.builder("tcp.options.user_to_granularity",
            "Granularity", BOOLEAN).mask(0x8000, 16).trueFalse("Minutes", "Seconds")
            .blurb("TCP User Timeout Granularity").build();
    public static final FieldDef OPT_USER_TO_VAL = FieldDef.builder("tcp.options.user_to_val", "User Timeout", UINT16)
            .mask(0x7fff, 16).blurb("TCP User Timeout Value").build();
    public static final FieldDef OPT_TFO = option("tcp.options.tfo", "TCP Fast Open");
    public static final FieldDef OPT_TFO_REQUEST = FieldDef.builder("tcp.options.tfo.request",
            "Fast Open Cookie Request", NONE).build();
    public static final FieldDef OPT_TFO_COOKIE = FieldDef.builder("tcp.options.tfo.cookie", "Fast Open Cookie",
            BYTES).build();
    public static final FieldDef OPT_EXPERIMENTAL = option("tcp.options.experimental", "Experimental");
    public static final FieldDef OPT_EXP_DATA = FieldDef.builder("tcp.options.experimental.data", "Data", BYTES)
            .build();
    public static final FieldDef OPT_EXP_EXID = FieldDef.builder("tcp.options.experimental.exid",
            "Experiment Identifier", UINT16).hex().names(EXIDS).build();
    public static final FieldDef OPT_UNKNOWN = option("tcp.options.unknown", "Unknown");
    public static final FieldDef OPT_UNKNOWN_PAYLOAD = FieldDef.builder("tcp.options.unknown.payload", "Payload",
            BYTES).build();
    /** tcp_option_len_check: an option of fixed length with another length ("option length should be 4"). */
    public static final ExpertDef EI_SUBOPTION_MALFORMED = ExpertDef.of("tcp.suboption_malformed",
            ExpertGroup.MALFORMED, ExpertSeverity.ERROR, "suboption would go past end of option");
    public static final ExpertDef EI_OPT_LEN_INVALID = ExpertDef.of("tcp.option.len.invalid", ExpertGroup.SEQUENCE,
            ExpertSeverity.NOTE, "Invalid length for option");
    public static final ExpertDef EI_WSCALE_SHIFT_INVALID = ExpertDef.of("tcp.options.wscale.shift.invalid",
            ExpertGroup.PROTOCOL, ExpertSeverity.WARN, "Window scale shift exceeds 14");
    public static final ExpertDef EI_MSS_ABSENT = ExpertDef.of("tcp.options.mss.absent", ExpertGroup.PROTOCOL,
            ExpertSeverity.NOTE, "The SYN packet does not contain a MSS option");
    public static final ExpertDef EI_MSS_PRESENT = ExpertDef.of("tcp.options.mss.present", ExpertGroup.PROTOCOL,
            ExpertSeverity.WARN, "The non-SYN packet does contain a MSS option");
    public static final ExpertDef EI_NOP = ExpertDef.of("tcp.nop", ExpertGroup.PROTOCOL, ExpertSeverity.WARN,
            "4 NOP in a row - a router may have removed some options");
    public static final ExpertDef EI_NON_ZERO_AFTER_EOL = ExpertDef.of("tcp.non_zero_bytes_after_eol",
            ExpertGroup.PROTOCOL, ExpertSeverity.ERROR, "Non-zero header padding");
    public static final ExpertDef EI_TFO_SYN = ExpertDef.of("tcp.analysis.tfo_syn", ExpertGroup.SEQUENCE,
            ExpertSeverity.NOTE, "TCP SYN with TFO Cookie");
    public static final FieldDef TIME_RELATIVE = FieldDef.builder("tcp.time_relative",
            "Time since first frame in this TCP stream", RELATIVE_TIME).build();
    public static final FieldDef TIME_DELTA = FieldDef.builder("tcp.time_delta",
            "Time since previous frame in this TCP stream", RELATIVE_TIME).build();
    public static final FieldDef PAYLOAD = FieldDef.builder("tcp.payload", "TCP payload", BYTES).build();
    /** The data of a RST segment, shown as text (RFC 1122 4.2.2.12: it may explain the reset). */
    public static final FieldDef RESET_CAUSE = FieldDef.builder("tcp.reset_cause", "Reset cause", STRING).build();
    public static final FieldDef SEGMENT_DATA = FieldDef.builder("tcp.segment_data", "TCP segment data", BYTES).build();
    public static final FieldDef REASSEMBLED_IN = FieldDef.builder("tcp.reassembled_in", "Reassembled PDU in frame",
            FRAMENUM).build();
    public static final FieldDef SEGMENTS = FieldDef.builder("tcp.segments", "Reassembled TCP Segments", NONE).build();
    public static final FieldDef SEGMENT = FieldDef.builder("tcp.segment", "TCP Segment", FRAMENUM).build();
    public static final FieldDef SEGMENT_COUNT = FieldDef.builder("tcp.segment.count", "Segment count", UINT32).build();
    /** reassemble.c's fragment flags, shown under a segment of a reassembled PDU. */
    public static final FieldDef SEGMENT_OVERLAP = FieldDef.builder("tcp.segment.overlap", "Segment overlap", BOOLEAN)
            .blurb("Segment overlaps with other segments").build();
    public static final FieldDef SEGMENT_OVERLAP_CONFLICT = FieldDef.builder("tcp.segment.overlap.conflict",
            "Conflicting data in segment overlap", BOOLEAN)
            .blurb("Overlapping segments contained conflicting data").build();
    public static final FieldDef SEGMENT_MULTIPLE_TAILS = FieldDef.builder("tcp.segment.multipletails",
            "Multiple tail segments found", BOOLEAN)
            .blurb("Several tails were found when reassembling the pdu").build();
    public static final FieldDef SEGMENT_TOO_LONG = FieldDef.builder("tcp.segment.toolongfragment",
            "Segment too long", BOOLEAN).blurb("Segment contained data past end of the pdu").build();
    public static final FieldDef SEGMENT_ERROR = FieldDef.builder("tcp.segment.error", "Reassembling error",
            FRAMENUM).blurb("Reassembling error due to illegal segments").build();
    public static final FieldDef REASSEMBLED_LENGTH = FieldDef.builder("tcp.reassembled.length",
            "Reassembled TCP length", UINT32).build();
    public static final FieldDef REASSEMBLED_DATA = FieldDef.builder("tcp.reassembled.data", "Reassembled TCP Data",
            BYTES).build();
    public static final FieldDef PDU_SIZE = FieldDef.builder("tcp.pdu.size", "PDU Size", UINT32).build();
    /** A FIN seen again after the FIN that ended a PDU reassembled up to it. */
    public static final FieldDef FIN_RETRANSMISSION = FieldDef.builder("tcp.fin_retransmission",
            "Retransmission of FIN from frame", FRAMENUM).build();
    /** A data offset below 5: Wireshark gives up on the header after the sequence number. */
    public static final ExpertDef EI_BOGUS_HEADER_LENGTH = ExpertDef.of("tcp.bogus_header_length",
            ExpertGroup.PROTOCOL, ExpertSeverity.ERROR, "Bogus TCP Header length");
    /** A segment shorter than its header length says (the IP total length cuts it). */
    public static final ExpertDef EI_SHORT_SEGMENT = ExpertDef.of("tcp.short_segment", ExpertGroup.MALFORMED,
            ExpertSeverity.WARN, "Short segment. Segment/fragment does not contain a full TCP header (might be NMAP or"
                    + " someone else deliberately sending unusual packets)");

    // ---- sequence analysis (tcp_print_sequence_number_analysis) --------------------------------------------
    public static final FieldDef ANALYSIS = FieldDef.builder("tcp.analysis", "SEQ/ACK analysis", NONE)
            .blurb("This frame has some of the TCP analysis shown").build();
    public static final FieldDef ANALYSIS_FLAGS = FieldDef.builder("tcp.analysis.flags", "TCP Analysis Flags", NONE)
            .blurb("This frame has some of the TCP analysis flags set").build();
    public static final FieldDef ACKS_FRAME = FieldDef.builder("tcp.analysis.acks_frame",
            "This is an ACK to the segment in frame", FRAMENUM).build();
    public static final FieldDef ACK_RTT = FieldDef.builder("tcp.analysis.ack_rtt", "The RTT to ACK the segment was",
            RELATIVE_TIME).build();
    public static final FieldDef INITIAL_RTT = FieldDef.builder("tcp.analysis.initial_rtt", "iRTT", RELATIVE_TIME)
            .blurb("How long it took for the SYN to ACK handshake").build();
    public static final FieldDef BYTES_IN_FLIGHT = FieldDef.builder("tcp.analysis.bytes_in_flight", "Bytes in flight",
            UINT32).build();
    public static final FieldDef PUSH_BYTES_SENT = FieldDef.builder("tcp.analysis.push_bytes_sent",
            "Bytes sent since last PSH flag", UINT32).build();
    public static final FieldDef RTO = FieldDef.builder("tcp.analysis.rto", "The RTO for this segment was",
            RELATIVE_TIME).build();
    public static final FieldDef RTO_FRAME = FieldDef.builder("tcp.analysis.rto_frame",
            "RTO based on delta from frame", FRAMENUM).build();
    public static final FieldDef DUPLICATE_ACK_NUM = FieldDef.builder("tcp.analysis.duplicate_ack_num",
            "Duplicate ACK #", UINT32).build();
    public static final FieldDef DUPLICATE_ACK_FRAME = FieldDef.builder("tcp.analysis.duplicate_ack_frame",
            "Duplicate to the ACK in frame", FRAMENUM).build();

    // ---- expert findings (ei_tcp_*) -------------------------------------------------------------------------
    public static final ExpertDef EI_RETRANSMISSION = seq("tcp.analysis.retransmission", ExpertSeverity.NOTE,
            "This frame is a (suspected) retransmission");
    public static final ExpertDef EI_FAST_RETRANSMISSION = seq("tcp.analysis.fast_retransmission",
            ExpertSeverity.NOTE, "This frame is a (suspected) fast retransmission");
    public static final ExpertDef EI_SPURIOUS_RETRANSMISSION = seq("tcp.analysis.spurious_retransmission",
            ExpertSeverity.NOTE, "This frame is a (suspected) spurious retransmission");
    public static final ExpertDef EI_OUT_OF_ORDER = seq("tcp.analysis.out_of_order", ExpertSeverity.WARN,
            "This frame is a (suspected) out-of-order segment");
    public static final ExpertDef EI_REUSED_PORTS = seq("tcp.analysis.reused_ports", ExpertSeverity.NOTE,
            "A new tcp session is started with the same ports as an earlier session in this trace");
    public static final ExpertDef EI_LOST_SEGMENT = seq("tcp.analysis.lost_segment", ExpertSeverity.WARN,
            "Previous segment(s) not captured (common at capture start)");
    public static final ExpertDef EI_ACK_LOST_SEGMENT = seq("tcp.analysis.ack_lost_segment", ExpertSeverity.WARN,
            "ACKed segment that wasn't captured (common at capture start)");
    public static final ExpertDef EI_WINDOW_UPDATE = seq("tcp.analysis.window_update", ExpertSeverity.CHAT,
            "TCP window update");
    public static final ExpertDef EI_WINDOW_FULL = seq("tcp.analysis.window_full", ExpertSeverity.WARN,
            "TCP window specified by the receiver is now completely full");
    public static final ExpertDef EI_KEEP_ALIVE = seq("tcp.analysis.keep_alive", ExpertSeverity.NOTE,
            "TCP keep-alive segment");
    public static final ExpertDef EI_KEEP_ALIVE_ACK = seq("tcp.analysis.keep_alive_ack", ExpertSeverity.NOTE,
            "ACK to a TCP keep-alive segment");
    /** Both the expert and the "This is a TCP duplicate ack" item carry this abbreviation, as in Wireshark. */
    public static final ExpertDef EI_DUPLICATE_ACK = new ExpertDef("tcp.analysis.duplicate_ack", ExpertGroup.SEQUENCE,
            ExpertSeverity.NOTE, "Duplicate ACK", FieldDef.builder("tcp.analysis.duplicate_ack", "Duplicate ACK",
                    NONE).build());
    public static final ExpertDef EI_ZERO_WINDOW_PROBE = seq("tcp.analysis.zero_window_probe", ExpertSeverity.NOTE,
            "TCP Zero Window Probe");
    public static final ExpertDef EI_ZERO_WINDOW = seq("tcp.analysis.zero_window", ExpertSeverity.WARN,
            "TCP Zero Window segment");
    public static final ExpertDef EI_ZERO_WINDOW_PROBE_ACK = seq("tcp.analysis.zero_window_probe_ack",
            ExpertSeverity.NOTE, "ACK to a TCP Zero Window Probe");
    public static final ExpertDef EI_ACK_NONZERO = ExpertDef.of("tcp.ack.nonzero", ExpertGroup.PROTOCOL,
            ExpertSeverity.NOTE, "The acknowledgment number field is nonzero while the ACK flag is not set");
    public static final ExpertDef EI_URGENT_NONZERO = ExpertDef.of("tcp.urgent_pointer.non_zero",
            ExpertGroup.PROTOCOL, ExpertSeverity.NOTE,
            "The urgent pointer field is nonzero while the URG flag is not set");
    public static final ExpertDef EI_TFO_ACK = seq("tcp.analysis.tfo_ack", ExpertSeverity.NOTE,
            "TCP SYN-ACK accepting TFO data");
    public static final ExpertDef EI_CONNECTION_SYN = seq("tcp.connection.syn", ExpertSeverity.CHAT,
            "Connection establish request (SYN)");
    public static final ExpertDef EI_CONNECTION_SYNACK = seq("tcp.connection.synack", ExpertSeverity.CHAT,
            "Connection establish acknowledge (SYN+ACK)");
    public static final ExpertDef EI_CONNECTION_FIN = seq("tcp.connection.fin", ExpertSeverity.CHAT,
            "Connection finish (FIN)");
    public static final ExpertDef EI_CONNECTION_FIN_ACTIVE = seq("tcp.connection.fin_active", ExpertSeverity.NOTE,
            "This frame initiates the connection closing");
    public static final ExpertDef EI_CONNECTION_FIN_PASSIVE = seq("tcp.connection.fin_passive", ExpertSeverity.NOTE,
            "This frame undergoes the connection closing");
    public static final ExpertDef EI_CONNECTION_RST = seq("tcp.connection.rst", ExpertSeverity.WARN,
            "Connection reset (RST)");

    public static final ExpertDef EI_CHECKSUM_BAD = ExpertDef.of("tcp.checksum_bad.expert", ExpertGroup.CHECKSUM,
            ExpertSeverity.ERROR, "Bad checksum");
    public static final ExpertDef EI_CHECKSUM_FFFF = ExpertDef.of("tcp.checksum.ffff", ExpertGroup.CHECKSUM,
            ExpertSeverity.WARN, "TCP Checksum 0xffff instead of 0x0000 (see RFC 1624)");
    static final ExpertDef[] EXPERTS = {EI_CHECKSUM_BAD, EI_CHECKSUM_FFFF, EI_BOGUS_HEADER_LENGTH, EI_SHORT_SEGMENT, EI_DSACK, EI_SUBOPTION_MALFORMED,
        EI_OPT_LEN_INVALID,
        EI_WSCALE_SHIFT_INVALID, EI_MSS_ABSENT, EI_MSS_PRESENT, EI_NOP, EI_NON_ZERO_AFTER_EOL, EI_TFO_SYN, EI_RETRANSMISSION, EI_FAST_RETRANSMISSION, EI_SPURIOUS_RETRANSMISSION,
        EI_OUT_OF_ORDER, EI_REUSED_PORTS, EI_LOST_SEGMENT, EI_ACK_LOST_SEGMENT, EI_WINDOW_UPDATE, EI_WINDOW_FULL,
        EI_KEEP_ALIVE, EI_KEEP_ALIVE_ACK, EI_DUPLICATE_ACK, EI_ZERO_WINDOW_PROBE, EI_ZERO_WINDOW,
        EI_ZERO_WINDOW_PROBE_ACK, EI_ACK_NONZERO, EI_URGENT_NONZERO, EI_TFO_ACK, EI_CONNECTION_SYN, EI_CONNECTION_SYNACK, EI_CONNECTION_FIN,
        EI_CONNECTION_FIN_ACTIVE, EI_CONNECTION_FIN_PASSIVE, EI_CONNECTION_RST};

    static final FieldDef[] ALL = {TCP, SRCPORT, DSTPORT, PORT, STREAM, COMPLETENESS_F, LEN, SEQ, SEQ_RAW, NXTSEQ, ACK,
        ACK_RAW, HDR_LEN, FLAGS, FLAGS_RES, FLAGS_AE, FLAGS_CWR, FLAGS_ECE, FLAGS_URG, FLAGS_ACK, FLAGS_PUSH,
        FLAGS_RESET, FLAGS_SYN, FLAGS_FIN, FLAGS_STR, FLAGS_ACE, WINDOW_VALUE, WINDOW_SIZE, WINDOW_SCALEFACTOR,
        CHECKSUM,
        CHECKSUM_STATUS_F, CHECKSUM_CALCULATED, URGENT_POINTER, OPTIONS, OPTION_KIND, OPTION_LEN, OPT_MSS, OPT_MSS_VAL, OPT_WSCALE,
        OPT_WSCALE_SHIFT, OPT_WSCALE_MULT, OPT_SACK_PERM, OPT_SACK, OPT_SACK_LE, OPT_SACK_RE, OPT_SACK_COUNT,
        OPT_SACK_DSACK_LE, OPT_SACK_DSACK_RE, OPT_TIMESTAMP, OPT_TSVAL, OPT_TSECR, OPT_NOP, OPT_EOL, OPT_ECHO, OPT_ECHO_VALUE, OPT_CC, OPT_CC_VALUE, OPT_AO,
        OPT_ACC_ECN, OPT_ACC_ECN_EE0B, OPT_ACC_ECN_ECEB, OPT_ACC_ECN_EE1B, OPT_AO_KEYID, OPT_AO_RNEXTKEYID, OPT_AO_MAC, OPT_MD5, OPT_MD5_DIGEST, OPT_USER_TO, OPT_USER_TO_GRANULARITY, OPT_USER_TO_VAL, OPT_TFO, OPT_TFO_REQUEST, OPT_TFO_COOKIE, OPT_EXPERIMENTAL,
        OPT_EXP_DATA, OPT_EXP_EXID, OPT_UNKNOWN, OPT_UNKNOWN_PAYLOAD, TIME_RELATIVE, TIME_DELTA, PAYLOAD, RESET_CAUSE,
        SEGMENT_DATA, REASSEMBLED_IN, SEGMENTS, SEGMENT, SEGMENT_COUNT, SEGMENT_OVERLAP, SEGMENT_OVERLAP_CONFLICT,
        SEGMENT_MULTIPLE_TAILS, SEGMENT_TOO_LONG, SEGMENT_ERROR, REASSEMBLED_LENGTH, REASSEMBLED_DATA, PDU_SIZE,
        FIN_RETRANSMISSION, ANALYSIS, ANALYSIS_FLAGS, ACKS_FRAME, ACK_RTT, INITIAL_RTT, BYTES_IN_FLIGHT,
        PUSH_BYTES_SENT, RTO, RTO_FRAME, DUPLICATE_ACK_NUM, DUPLICATE_ACK_FRAME};

    // ---- groups of items the dissector adds together, each skipped with one test when none of it is kept ---------
    static final FieldSet PORT_ITEMS = FieldSet.of(SRCPORT, DSTPORT, PORT);
    static final FieldSet CONVERSATION_ITEMS = FieldSet.of(STREAM, COMPLETENESS_F);
    static final FieldSet SEQ_ACK_ITEMS = Expert.group(List.of(SEQ, SEQ_RAW, NXTSEQ, ACK, ACK_RAW), EI_ACK_NONZERO,
            EI_TFO_ACK);
    static final FieldSet FLAG_ITEMS = Expert.group(List.of(FLAGS, FLAGS_RES, FLAGS_AE, FLAGS_CWR, FLAGS_ECE,
            FLAGS_URG, FLAGS_ACK, FLAGS_PUSH, FLAGS_RESET, FLAGS_SYN, FLAGS_FIN, FLAGS_STR, FLAGS_ACE),
            EI_CONNECTION_RST,
            EI_CONNECTION_SYN, EI_CONNECTION_SYNACK, EI_CONNECTION_FIN, EI_CONNECTION_FIN_ACTIVE,
            EI_CONNECTION_FIN_PASSIVE);
    static final FieldSet WINDOW_ITEMS = Expert.group(List.of(WINDOW_VALUE, WINDOW_SIZE, WINDOW_SCALEFACTOR,
            CHECKSUM, CHECKSUM_STATUS_F, CHECKSUM_CALCULATED, URGENT_POINTER), EI_CHECKSUM_BAD, EI_CHECKSUM_FFFF,
            EI_URGENT_NONZERO);
    static final FieldSet OPTION_ITEMS = Expert.group(List.of(OPTIONS, OPTION_KIND, OPTION_LEN, OPT_MSS,
            OPT_MSS_VAL, OPT_WSCALE, OPT_WSCALE_SHIFT, OPT_WSCALE_MULT, OPT_SACK_PERM, OPT_SACK, OPT_SACK_LE,
            OPT_SACK_RE, OPT_SACK_COUNT, OPT_SACK_DSACK_LE, OPT_SACK_DSACK_RE, OPT_TIMESTAMP, OPT_TSVAL, OPT_TSECR,
            OPT_NOP, OPT_EOL, OPT_ECHO, OPT_ECHO_VALUE, OPT_CC, OPT_CC_VALUE, OPT_AO, OPT_AO_KEYID, OPT_AO_RNEXTKEYID,
            OPT_AO_MAC, OPT_MD5, OPT_MD5_DIGEST, OPT_USER_TO, OPT_USER_TO_GRANULARITY, OPT_USER_TO_VAL,
            OPT_TFO, OPT_TFO_REQUEST, OPT_TFO_COOKIE, OPT_EXPERIMENTAL, OPT_EXP_DATA, OPT_EXP_EXID, OPT_UNKNOWN,
            OPT_UNKNOWN_PAYLOAD, OPT_ACC_ECN, OPT_ACC_ECN_EE0B, OPT_ACC_ECN_ECEB, OPT_ACC_ECN_EE1B), EI_DSACK,
            EI_SUBOPTION_MALFORMED, EI_OPT_LEN_INVALID, EI_WSCALE_SHIFT_INVALID, EI_MSS_ABSENT,
            EI_MSS_PRESENT, EI_NOP, EI_NON_ZERO_AFTER_EOL, EI_TFO_SYN);
    static final FieldSet TIME_ITEMS = FieldSet.of(TIME_RELATIVE, TIME_DELTA);
    /** The "Reassembled TCP Segments" tree of a finished PDU. */
    static final FieldSet SEGMENTS_TREE_ITEMS = FieldSet.of(SEGMENTS, SEGMENT, SEGMENT_OVERLAP, SEGMENT_COUNT,
            REASSEMBLED_LENGTH, REASSEMBLED_DATA);
    /** Every TCP item reassembly makes: kept, they need the payloads handed up as a whole tree would. */
    static final FieldSet REASSEMBLY_ITEMS = FieldSet.of(SEGMENT_DATA, REASSEMBLED_IN, SEGMENTS, SEGMENT,
            SEGMENT_COUNT, SEGMENT_OVERLAP, SEGMENT_OVERLAP_CONFLICT, SEGMENT_MULTIPLE_TAILS, SEGMENT_TOO_LONG,
            SEGMENT_ERROR, REASSEMBLED_LENGTH, REASSEMBLED_DATA, PDU_SIZE, FIN_RETRANSMISSION,
            // a FIN that ends a PDU reassembled up to it has no payload item: whether it has depends on the layers above
            PAYLOAD);
    /** The "[SEQ/ACK analysis]" subtree with every finding it may add. */
    static final FieldSet ANALYSIS_ITEMS = Expert.group(List.of(ANALYSIS, ANALYSIS_FLAGS, ACKS_FRAME, ACK_RTT,
            INITIAL_RTT, BYTES_IN_FLIGHT, PUSH_BYTES_SENT, RTO, RTO_FRAME, DUPLICATE_ACK_NUM, DUPLICATE_ACK_FRAME),
            EI_REUSED_PORTS, EI_SPURIOUS_RETRANSMISSION, EI_RETRANSMISSION, EI_FAST_RETRANSMISSION, EI_OUT_OF_ORDER,
            EI_ZERO_WINDOW_PROBE, EI_ZERO_WINDOW, EI_ZERO_WINDOW_PROBE_ACK, EI_LOST_SEGMENT, EI_ACK_LOST_SEGMENT,
            EI_WINDOW_UPDATE, EI_WINDOW_FULL, EI_KEEP_ALIVE, EI_KEEP_ALIVE_ACK, EI_DUPLICATE_ACK);

    private static ExpertDef seq(String abbrev, ExpertSeverity severity, String summary) {
        return ExpertDef.of(abbrev, ExpertGroup.SEQUENCE, severity, summary);
    }

    /** A TCP option: "TCP Option - " + its short name, a protocol in name only valued by its bytes. */
    private static FieldDef option(String abbrev, String shortName) {
        return FieldDef.builder(abbrev, "TCP Option - " + shortName, BYTES).protocolInNameOnly().build();
    }

    private static FieldDef flag(String abbrev, String name, int mask) {
        return FieldDef.builder(abbrev, name, BOOLEAN).mask(mask, 12).setNotSet().build();
    }

    private TcpFields() {
    }
}
