package org.jdissect.dissectors.ntp;

import static org.jdissect.api.field.FieldType.*;

import java.util.HashMap;
import java.util.Map;
import org.jdissect.api.field.Base;
import org.jdissect.api.field.FieldDef;

/** NTP's fields and value names as Wireshark 4.0.17's packet-ntp.c registers them. */
final class NtpFields {
    private NtpFields() {
    }

    static final Map<Long, String> LEAP = Map.of(0L, "no warning", 1L, "last minute of the day has 61 seconds",
            2L, "last minute of the day has 59 seconds", 3L, "unknown (clock unsynchronized)");
    static final Map<Long, String> VERSIONS = Map.of(0L, "reserved", 1L, "NTP Version 1", 2L, "NTP Version 2",
            3L, "NTP Version 3", 4L, "NTP Version 4", 5L, "reserved", 6L, "reserved", 7L, "reserved");
    static final Map<Long, String> MODES = Map.of(0L, "reserved", 1L, "symmetric active", 2L, "symmetric passive",
            3L, "client", 4L, "server", 5L, "broadcast", 6L, "reserved for NTP control message",
            7L, "reserved for private use");
    /** The mode as the Info column and the protocol item name it (info_mode_types). */
    static final String[] INFO_MODES = {"reserved", "symmetric active", "symmetric passive", "client", "server",
        "broadcast", "control", "private"};
    static final Map<Long, String> REQUEST_RESPONSE = Map.of(0L, "Request", 1L, "Response");

    private static final String LEAP_BLURB = "Warning of an impending leap second to be inserted or deleted in the last"
            + " minute of the current month";

    static final FieldDef NTP = FieldDef.builder("ntp", "Network Time Protocol", PROTOCOL).blurb("NTP").build();
    static final FieldDef FLAGS = FieldDef.builder("ntp.flags", "Flags", UINT8).hex()
            .blurb("Flags (Leap/Version/Mode)").build();
    static final FieldDef FLAGS_LI = FieldDef.builder("ntp.flags.li", "Leap Indicator", UINT8).mask(0xc0, 8)
            .names(LEAP).blurb(LEAP_BLURB).build();
    static final FieldDef FLAGS_VN = FieldDef.builder("ntp.flags.vn", "Version number", UINT8).mask(0x38, 8)
            .names(VERSIONS).build();
    static final FieldDef FLAGS_MODE = FieldDef.builder("ntp.flags.mode", "Mode", UINT8).mask(0x07, 8)
            .names(MODES).build();
    static final FieldDef STRATUM = FieldDef.builder("ntp.stratum", "Peer Clock Stratum", UINT8)
            .names(stratumNames()).build();
    static final FieldDef PPOLL = FieldDef.builder("ntp.ppoll", "Peer Polling Interval", UINT8)
            .blurb("Maximum interval between successive messages").build();
    static final FieldDef PRECISION = FieldDef.builder("ntp.precision", "Peer Clock Precision", UINT8)
            .blurb("The precision of the system clock").build();
    static final FieldDef ROOTDELAY = FieldDef.builder("ntp.rootdelay", "Root Delay", UINT32)
            .blurb("Total round-trip delay to the reference clock").build();
    static final FieldDef ROOTDISPERSION = FieldDef.builder("ntp.rootdispersion", "Root Dispersion", UINT32)
            .blurb("Total dispersion to the reference clock").build();
    static final FieldDef REFID = FieldDef.builder("ntp.refid", "Reference ID", BYTES)
            .blurb("Particular server or reference clock being used").build();
    static final FieldDef REFTIME = time("ntp.reftime", "Reference Timestamp",
            "Time when the system clock was last set or corrected");
    static final FieldDef ORG = time("ntp.org", "Origin Timestamp",
            "Time at the client when the request departed for the server");
    static final FieldDef REC = time("ntp.rec", "Receive Timestamp",
            "Time at the server when the request arrived from the client");
    static final FieldDef XMT = time("ntp.xmt", "Transmit Timestamp",
            "Time at the server when the response left for the client");
    static final FieldDef KEYID = FieldDef.builder("ntp.keyid", "Key ID", BYTES).build();
    static final FieldDef MAC = FieldDef.builder("ntp.mac", "Message Authentication Code", BYTES).build();
    static final FieldDef PADDING = FieldDef.builder("ntp.padding", "Padding", BYTES).build();
    static final FieldDef KEY_TYPE = FieldDef.builder("ntp.key_type", "Key type", UINT8)
            .names(Map.of(0L, "MD5", 1L, "SHA")).blurb("Authentication algorithm used").build();
    static final FieldDef KEY_INDEX = FieldDef.builder("ntp.key_index", "KeyIndex", UINT32).hex().build();
    static final FieldDef KEY_SIGNATURE = FieldDef.builder("ntp.key_signature", "Signature", BYTES).build();
    // the request/response pairing items appear only in a second pass (PINFO_FD_VISITED): tshark -2's (see
    // NtpTransactions)
    static final FieldDef RESPONSE_IN = FieldDef.builder("ntp.response_in", "Response In", FRAMENUM).build();
    static final FieldDef REQUEST_IN = FieldDef.builder("ntp.request_in", "Request In", FRAMENUM).build();
    static final FieldDef DELTA_TIME = FieldDef.builder("ntp.delta_time", "Delta Time", RELATIVE_TIME)
            .blurb("Time between request and response").build();

    static final FieldDef EXT = FieldDef.builder("ntp.ext", "Extension", NONE).build();
    static final FieldDef EXT_TYPE = FieldDef.builder("ntp.ext.type", "Field Type", UINT16).hex()
            .names(extensionTypes()).build();
    static final FieldDef EXT_LENGTH = FieldDef.builder("ntp.ext.length", "Length", UINT16)
            .blurb("Entire extension length including padding").build();
    static final FieldDef EXT_VALUE = FieldDef.builder("ntp.ext.value", "Value", BYTES).blurb("Type-specific value")
            .build();

    // ---- control messages (mode 6) ------------------------------------------------------------------------------
    static final FieldDef CTRL_FLAGS2 = FieldDef.builder("ntp.ctrl.flags2", "Flags 2", UINT8).hex()
            .blurb("Flags (Response/Error/More/Opcode)").build();
    static final FieldDef CTRL_R = FieldDef.builder("ntp.ctrl.flags2.r", "Response bit", UINT8).mask(0x80, 8)
            .names(REQUEST_RESPONSE).build();
    static final FieldDef CTRL_ERROR = FieldDef.builder("ntp.ctrl.flags2.error", "Error bit", UINT8).mask(0x40, 8)
            .build();
    static final FieldDef CTRL_MORE = FieldDef.builder("ntp.ctrl.flags2.more", "More bit", UINT8).mask(0x20, 8)
            .build();
    static final Map<Long, String> CTRL_OPCODES = Map.ofEntries(Map.entry(0L, "reserved"),
            Map.entry(1L, "read status"), Map.entry(2L, "read variables"), Map.entry(3L, "write variables"),
            Map.entry(4L, "read clock variables"), Map.entry(5L, "write clock variables"),
            Map.entry(6L, "set trap address/port"), Map.entry(7L, "asynchronous message"),
            Map.entry(8L, "runtime configuration"), Map.entry(9L, "save config to file"),
            Map.entry(10L, "retrieve MRU (mrulist)"), Map.entry(11L, "retrieve ordered list"),
            Map.entry(12L, "request a client nonce"), Map.entry(31L, "unset trap address/port"));
    static final FieldDef CTRL_OPCODE = FieldDef.builder("ntp.ctrl.flags2.opcode", "Opcode", UINT8).mask(0x1f, 8)
            .names(CTRL_OPCODES).build();
    static final FieldDef CTRL_SEQUENCE = FieldDef.builder("ntp.ctrl.sequence", "Sequence", UINT16).build();
    static final FieldDef CTRL_STATUS = FieldDef.builder("ntp.ctrl.status", "Status", UINT16).hex().build();
    static final FieldDef CTRL_ERR_STATUS = FieldDef.builder("ntp.ctrl.err_status", "Error Status Word", UINT16)
            .mask(0xff00, 16).names(Map.of(0L, "unspecified", 1L, "authentication failure",
                    2L, "invalid message length or format", 3L, "invalid opcode", 4L, "unknown association identifier",
                    5L, "unknown variable name", 6L, "invalid variable value", 7L, "administratively prohibited"))
            .build();
    static final FieldDef SYS_LI = FieldDef.builder("ntp.ctrl.sys_status.li", "Leap Indicator", UINT16)
            .mask(0xc000, 16).names(LEAP).blurb(LEAP_BLURB).build();
    static final FieldDef SYS_CLKSRC = FieldDef.builder("ntp.ctrl.sys_status.clksrc", "Clock Source", UINT16)
            .mask(0x3f00, 16).names(Map.of(0L, "unspecified or unknown", 1L, "Calibrated atomic clock (e.g. HP 5061)",
                    2L, "VLF (band 4) or LF (band 5) radio (e.g. OMEGA, WWVB)",
                    3L, "HF (band 7) radio (e.g. CHU, MSF, WWV/H)", 4L, "UHF (band 9) satellite (e.g. GOES, GPS)",
                    5L, "local net (e.g. DCN, TSP, DTS)", 6L, "UDP/NTP", 7L, "UDP/TIME", 8L, "eyeball-and-wristwatch",
                    9L, "telephone modem (e.g. NIST)"))
            .build();
    static final FieldDef SYS_COUNT = FieldDef.builder("ntp.ctrl.sys_status.count", "System Event Counter", UINT16)
            .mask(0x00f0, 16).build();
    static final FieldDef SYS_CODE = FieldDef.builder("ntp.ctrl.sys_status.code", "System Event Code", UINT16)
            .mask(0x000f, 16).names(Map.ofEntries(Map.entry(0L, "unspecified"),
                    Map.entry(1L, "frequency correction (drift) file not available"),
                    Map.entry(2L, "frequency correction started (frequency stepped)"),
                    Map.entry(3L, "spike detected and ignored, starting stepout timer"),
                    Map.entry(4L, "frequency training started"), Map.entry(5L, "clock synchronized"),
                    Map.entry(6L, "system restart"),
                    Map.entry(7L, "panic stop (required step greater than panic threshold)"),
                    Map.entry(8L, "no system peer"), Map.entry(9L, "leap second insertion/deletion armed"),
                    Map.entry(10L, "leap second disarmed"), Map.entry(11L, "leap second inserted or deleted"),
                    Map.entry(12L, "clock stepped (stepout timer expired)"),
                    Map.entry(13L, "kernel loop discipline status changed"),
                    Map.entry(14L, "leapseconds table loaded from file"),
                    Map.entry(15L, "leapseconds table outdated, updated file needed")))
            .build();
    static final FieldDef PEER_CONFIG = peerBit("ntp.ctrl.peer_status.config", "Peer Status", 0x8000,
            "configured (peer.config)", "not configured (peer.config)");
    static final FieldDef PEER_AUTHENABLE = peerBit("ntp.ctrl.peer_status.authenable", "Peer Status", 0x4000,
            "authentication enabled (peer.authenable)", "authentication disabled (peer.authenable)");
    static final FieldDef PEER_AUTHENTIC = peerBit("ntp.ctrl.peer_status.authentic", "Peer Status", 0x2000,
            "authentication okay (peer.authentic)", "authentication not okay (peer.authentic)");
    static final FieldDef PEER_REACH = peerBit("ntp.ctrl.peer_status.reach", "Peer Status", 0x1000,
            "reachability okay (peer.reach != 0)", "reachability not okay (peer.reach != 0)");
    static final FieldDef PEER_BCAST = FieldDef.builder("ntp.ctrl.peer_status.bcast",
            "Peer Status broadcast association", BOOLEAN).mask(0x0800, 16).setNotSet().build();
    static final FieldDef PEER_SELECTION = FieldDef.builder("ntp.ctrl.peer_status.selection", "Peer Selection",
            UINT16).mask(0x0700, 16).names(Map.of(0L, "rejected",
                    1L, "passed sanity checks (tests 1 through 8 in Section 3.4.3)",
                    2L, "passed correctness checks (intersection algorithm in Section 4.2.1)",
                    3L, "passed candidate checks (if limit check implemented)",
                    4L, "passed outlier checks (clustering algorithm in Section 4.2.2)",
                    5L, "current synchronization source; max distance exceeded (if limit check implemented)",
                    6L, "current synchronization source; max distance okay", 7L, "reserved"))
            .build();
    static final FieldDef PEER_COUNT = FieldDef.builder("ntp.ctrl.peer_status.count", "Peer Event Counter", UINT16)
            .mask(0x00f0, 16).build();
    static final FieldDef PEER_CODE = FieldDef.builder("ntp.ctrl.peer_status.code", "Peer Event Code", UINT16)
            .mask(0x000f, 16).names(Map.ofEntries(Map.entry(0L, "unspecified"),
                    Map.entry(1L, "association mobilized"), Map.entry(2L, "association demobilized"),
                    Map.entry(3L, "peer unreachable (peer.reach was nonzero now zero)"),
                    Map.entry(4L, "peer reachable (peer.reach was zero now nonzero)"),
                    Map.entry(5L, "association restarted or timed out"),
                    Map.entry(6L, "no server found (ntpdate mode)"), Map.entry(7L, "rate exceeded (kiss code RATE)"),
                    Map.entry(8L, "access denied (kiss code DENY)"), Map.entry(9L, "leap armed from server LI code"),
                    Map.entry(10L, "become system peer"),
                    Map.entry(11L, "reference clock event (see clock status word)"),
                    Map.entry(12L, "authentication failure"), Map.entry(13L, "popcorn spike suppressor"),
                    Map.entry(14L, "entering interleave mode"), Map.entry(15L, "interleave error (recovered)")))
            .build();
    static final FieldDef CLK_STATUS = FieldDef.builder("ntp.ctrl.clock_status.status", "Clock Status", UINT16)
            .mask(0xff00, 16).names(Map.of(0L, "clock operating within nominals", 1L, "reply timeout",
                    2L, "bad reply format", 3L, "hardware or software fault", 4L, "propagation failure",
                    5L, "bad date format or value", 6L, "bad time format or value"))
            .build();
    static final FieldDef CLK_CODE = FieldDef.builder("ntp.ctrl.clock_status.code", "Clock Event Code", UINT16)
            .mask(0x00ff, 16).build();
    static final FieldDef CTRL_DATA = FieldDef.builder("ntp.ctrl.data", "Data", NONE).build();
    static final FieldDef CTRL_ITEM = FieldDef.builder("ntp.ctrl.item", "Item", NONE).build();
    static final FieldDef CTRL_ASSOCID = FieldDef.builder("ntp.ctrl.associd", "AssociationID", UINT16).build();
    static final FieldDef CTRL_OFFSET = FieldDef.builder("ntp.ctrl.offset", "Offset", UINT16).build();
    static final FieldDef CTRL_COUNT = FieldDef.builder("ntp.ctrl.count", "Count", UINT16).build();
    static final FieldDef CTRL_TRAPMSG = FieldDef.builder("ntp.ctrl.trapmsg", "Trap message", STRING).build();
    static final FieldDef CTRL_CONFIGURATION = FieldDef.builder("ntp.ctrl.configuration", "Configuration", STRING)
            .build();
    static final FieldDef CTRL_MRU = FieldDef.builder("ntp.ctrl.mru", "MRU", STRING).build();
    static final FieldDef CTRL_ORDLIST = FieldDef.builder("ntp.ctrl.ordlist", "Ordered List", STRING).build();
    static final FieldDef CTRL_NONCE = FieldDef.builder("ntp.ctrl.nonce", "Nonce", STRING).build();

    // ---- private messages (mode 7): the header ------------------------------------------------------------------
    static final FieldDef PRIV_R = FieldDef.builder("ntp.priv.flags.r", "Response bit", UINT8).mask(0x80, 8)
            .names(REQUEST_RESPONSE).build();
    static final FieldDef PRIV_MORE = FieldDef.builder("ntp.priv.flags.more", "More bit", UINT8).mask(0x40, 8)
            .build();
    static final FieldDef PRIV_AUTH_SEQ = FieldDef.builder("ntp.priv.auth_seq", "Auth, sequence", UINT8)
            .blurb("Auth bit, sequence number").build();
    static final FieldDef PRIV_AUTH = FieldDef.builder("ntp.priv.auth", "Auth bit", UINT8).mask(0x80, 8).build();
    static final FieldDef PRIV_SEQ = FieldDef.builder("ntp.priv.seq", "Sequence number", UINT8).mask(0x7f, 8).build();
    static final int XNTPD = 3;
    static final FieldDef PRIV_IMPL = FieldDef.builder("ntp.priv.impl", "Implementation", UINT8)
            .names(Map.of(0L, "UNIV", 2L, "XNTPD_OLD (pre-IPv6)", (long) XNTPD, "XNTPD")).build();
    static final Map<Long, String> REQUEST_CODES = requestCodes();
    static final FieldDef PRIV_REQCODE = FieldDef.builder("ntp.priv.reqcode", "Request code", UINT8)
            .names(REQUEST_CODES).build();
    static final FieldDef PRIV_ERR = FieldDef.builder("ntp.priv.err", "Err", UINT8).hex()
            .names(Map.of(0L, "No error", 1L, "incompatible implementation number", 2L, "unimplemented request code",
                    3L, "format error", 4L, "no data available", 5L, "unknown", 6L, "unknown",
                    7L, "authentication failure"))
            .build();
    static final FieldDef PRIV_NUMITEMS = FieldDef.builder("ntp.priv.numitems", "Number of data items", UINT16)
            .build();
    static final FieldDef PRIV_RESERVED = FieldDef.builder("ntp.priv.reserved", "Reserved", UINT8).hex().build();
    static final FieldDef PRIV_ITEMSIZE = FieldDef.builder("ntp.priv.itemsize", "Size of data item", UINT16).build();
    static final FieldDef PRIV_TSTAMP = time("ntp.priv.tstamp", "Authentication timestamp", null);
    static final FieldDef MODE7_ITEM = FieldDef.builder("ntp.priv.mode7.item", "Mode7 item", STRING).stringz()
            .build();
    // a monitor list entry (MON_GETLIST, MON_GETLIST_1: ntpdc's monlist, the amplification attacks' reply)
    static final FieldDef MON_AVGINT = FieldDef.builder("ntp.priv.monlist.avgint", "avgint", UINT32).build();
    static final FieldDef MON_LSINT = FieldDef.builder("ntp.priv.monlist.lsint", "lsint", UINT32).build();
    static final FieldDef MON_RESTR = FieldDef.builder("ntp.priv.monlist.restr", "restr", UINT32).hex().build();
    static final FieldDef MON_COUNT = FieldDef.builder("ntp.priv.monlist.count", "count", UINT32).build();
    static final FieldDef MON_REMOTE = FieldDef.builder("ntp.priv.monlist.remote_address", "remote address", IPV4)
            .build();
    static final FieldDef MON_LOCAL = FieldDef.builder("ntp.priv.monlist.local_address", "local address", IPV4)
            .build();
    static final FieldDef MON_FLAGS = FieldDef.builder("ntp.priv.monlist.flags", "flags", UINT32).hex().build();
    static final FieldDef MON_PORT = FieldDef.builder("ntp.priv.monlist.port", "port", UINT16).build();
    static final FieldDef MON_MODE = FieldDef.builder("ntp.priv.monlist.mode", "mode", UINT8).build();
    static final FieldDef MON_VERSION = FieldDef.builder("ntp.priv.monlist.version", "version", UINT8).build();
    static final FieldDef MON_IPV6 = FieldDef.builder("ntp.priv.monlist.ipv6", "ipv6", UINT32).hex().build();
    static final FieldDef MON_UNUSED = FieldDef.builder("ntp.priv.monlist.unused", "unused", UINT32).hex().build();
    static final FieldDef MON_ADDR6 = FieldDef.builder("ntp.priv.monlist.addr6", "ipv6 remote addr", IPV6).build();
    static final FieldDef MON_DADDR6 = FieldDef.builder("ntp.priv.monlist.daddr6", "ipv6 local addr", IPV6).build();

    static final FieldDef[] ALL = {NTP, FLAGS, FLAGS_LI, FLAGS_VN, FLAGS_MODE, STRATUM, PPOLL, PRECISION, ROOTDELAY,
        ROOTDISPERSION, REFID, REFTIME, ORG, REC, XMT, KEYID, MAC, PADDING, KEY_TYPE, KEY_INDEX, KEY_SIGNATURE,
        RESPONSE_IN, REQUEST_IN, DELTA_TIME, EXT, EXT_TYPE, EXT_LENGTH, EXT_VALUE, CTRL_FLAGS2, CTRL_R, CTRL_ERROR,
        CTRL_MORE, CTRL_OPCODE, CTRL_SEQUENCE, CTRL_STATUS, CTRL_ERR_STATUS, SYS_LI, SYS_CLKSRC, SYS_COUNT, SYS_CODE,
        PEER_CONFIG, PEER_AUTHENABLE, PEER_AUTHENTIC, PEER_REACH, PEER_BCAST, PEER_SELECTION, PEER_COUNT, PEER_CODE,
        CLK_STATUS, CLK_CODE, CTRL_DATA, CTRL_ITEM, CTRL_ASSOCID, CTRL_OFFSET, CTRL_COUNT, CTRL_TRAPMSG,
        CTRL_CONFIGURATION, CTRL_MRU, CTRL_ORDLIST, CTRL_NONCE, PRIV_R, PRIV_MORE, PRIV_AUTH_SEQ, PRIV_AUTH, PRIV_SEQ,
        PRIV_IMPL, PRIV_REQCODE, PRIV_ERR, PRIV_NUMITEMS, PRIV_RESERVED, PRIV_ITEMSIZE, PRIV_TSTAMP, MODE7_ITEM,
        MON_AVGINT, MON_LSINT, MON_RESTR, MON_COUNT, MON_REMOTE, MON_LOCAL, MON_FLAGS, MON_PORT, MON_MODE, MON_VERSION,
        MON_IPV6, MON_UNUSED, MON_ADDR6, MON_DADDR6};

    /**
     * The reference clocks a stratum 0 or 1 server names in its reference ID (primary_sources), keyed by the four
     * bytes as a big-endian int.
     */
    static final Map<Integer, String> PRIMARY_SOURCES = primarySources();

    private static FieldDef time(String abbrev, String name, String blurb) {
        FieldDef.Builder b = FieldDef.builder(abbrev, name, ABSOLUTE_TIME).base(Base.TIME_NTP_UTC);
        return (blurb == null ? b : b.blurb(blurb)).build();
    }

    private static FieldDef peerBit(String abbrev, String name, int mask, String set, String clear) {
        return FieldDef.builder(abbrev, name, BOOLEAN).mask(mask, 16).trueFalse(set, clear).build();
    }

    private static Map<Long, String> stratumNames() {
        Map<Long, String> m = new HashMap<>();
        for (long s = 0; s < 256; s++) {
            m.put(s, s == 0 ? "unspecified or invalid" : s == 1 ? "primary reference" : s <= 15
                    ? "secondary reference" : s == 16 ? "unsynchronized" : "reserved");
        }
        return Map.copyOf(m);
    }

    private static Map<Long, String> extensionTypes() {
        String[] kinds = {"No-Operation", "Association Message", "Certificate Message", "Cookie Message",
            "Autokey Message", "Leapseconds Message", "Sign Message", "IFF Identity Message", "GQ Identity Message",
            "MV Identity Message"};
        Map<Long, String> m = new HashMap<>();
        for (int i = 0; i < kinds.length; i++) {
            m.put((long) (i << 8 | 0x02), kinds[i] + " Request");
            m.put((long) (0x8000 | i << 8 | 0x02), kinds[i] + " Response");
            m.put((long) (0xc000 | i << 8 | 0x02), kinds[i] + " Error Response");
        }
        m.put(0x0104L, "Unique Identifier");
        m.put(0x0204L, "NTS Cookie");
        m.put(0x0304L, "NTS Cookie Placeholder");
        m.put(0x0404L, "NTS Authenticator and Encrypted Extension Fields");
        m.put(0x2005L, "Checksum Complement");
        return Map.copyOf(m);
    }

    private static Map<Long, String> requestCodes() {
        String[] names = {"PEER_LIST", "PEER_LIST_SUM", "PEER_INFO", "PEER_STATS", "SYS_INFO", "SYS_STATS",
            "IO_STATS", "MEM_STATS", "LOOP_INFO", "TIMER_STATS", "CONFIG", "UNCONFIG", "SET_SYS_FLAG", "CLR_SYS_FLAG",
            "MONITOR", "NOMONITOR", "GET_RESTRICT", "RESADDFLAGS", "RESSUBFLAGS", "UNRESTRICT", "MON_GETLIST",
            "RESET_STATS", "RESET_PEER", "REREAD_KEYS", "DO_DIRTY_HACK", "DONT_DIRTY_HACK", "TRUSTKEY", "UNTRUSTKEY",
            "AUTHINFO", "TRAPS", "ADD_TRAP", "CLR_TRAP", "REQUEST_KEY", "CONTROL_KEY", "GET_CTLSTATS", "GET_LEAPINFO",
            "GET_CLOCKINFO", "SET_CLKFUDGE", "GET_KERNEL", "GET_CLKBUGINFO", null, "SET_PRECISION", "MON_GETLIST_1",
            "HOSTNAME_ASSOCID", "IF_STATS", "IF_RELOAD"};
        Map<Long, String> m = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            if (names[i] != null) {
                m.put((long) i, names[i]);
            }
        }
        return Map.copyOf(m);
    }

    private static Map<Integer, String> primarySources() {
        String[][] t = {{"GOES", "Geostationary Orbit Environment Satellite"}, {"GPS\0", "Global Position System"},
            {"GAL\0", "Galileo Positioning System"}, {"PPS\0", "Generic pulse-per-second"},
            {"IRIG", "Inter-Range Instrumentation Group"}, {"WWVB", "LF Radio WWVB Ft. Collins, CO 60 kHz"},
            {"DCF\0", "LF Radio DCF77 Mainflingen, DE 77.5 kHz"}, {"HBG\0", "LF Radio HBG Prangins, HB 75 kHz"},
            {"MSF\0", "LF Radio MSF Anthorn, UK 60 kHz"},
            {"JJY\0", "LF Radio JJY Fukushima, JP 40 kHz, Saga, JP 60 kHz"},
            {"LORC", "MF Radio LORAN C station, 100 kHz"}, {"TDF\0", "MF Radio Allouis, FR 162 kHz"},
            {"CHU\0", "HF Radio CHU Ottawa, Ontario"}, {"WWV\0", "HF Radio WWV Ft. Collins, CO"},
            {"WWVH", "HF Radio WWVH Kauai, HI"}, {"NIST", "NIST telephone modem"}, {"ACTS", "NIST telephone modem"},
            {"USNO", "USNO telephone modem"}, {"PTB\0", "European telephone modem"},
            {"LOCL", "uncalibrated local clock"}, {"CESM", "calibrated Cesium clock"},
            {"RBDM", "calibrated Rubidium clock"}, {"OMEG", "OMEGA radionavigation system"},
            {"DCN\0", "DCN routing protocol"}, {"TSP\0", "TSP time protocol"}, {"DTS\0", "Digital Time Service"},
            {"ATOM", "Atomic clock (calibrated)"}, {"VLF\0", "VLF radio (OMEGA,, etc.)"},
            {"1PPS", "External 1 PPS input"}, {"FREE", "(Internal clock)"}, {"INIT", "(Initialization)"},
            {"\0\0\0\0", "NULL"}};
        Map<Integer, String> m = new HashMap<>();
        for (String[] e : t) {
            String id = e[0];
            m.put(id.charAt(0) << 24 | id.charAt(1) << 16 | id.charAt(2) << 8 | id.charAt(3), e[1]);
        }
        return Map.copyOf(m);
    }
}
