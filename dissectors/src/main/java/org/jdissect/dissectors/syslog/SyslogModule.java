package org.jdissect.dissectors.syslog;

import static org.jdissect.api.field.FieldType.*;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.Handoff;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.field.Base;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.NsTime;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.common.StringItems;
import org.jdissect.dissectors.udp.UdpModule;

/**
 * Syslog on UDP port 514 as Wireshark 4.0.17's packet-syslog.c shows it: the priority as facility and level, the
 * message, and inside it the RFC 5424 header (version, ISO 8601 timestamp, host, app, process, message ID) or the RFC
 * 3164 one (timestamp, host, process) as far as packet-syslog.c recognises them.
 */
public final class SyslogModule implements ProtocolModule {
    public static final String NAME = "syslog";
    private static final int PORT = 514;
    private static final int MAX_DIGITS = 3;

    public static final Map<Long, String> FACILITIES = Map.ofEntries(Map.entry(0L, "KERN"), Map.entry(1L, "USER"),
            Map.entry(2L, "MAIL"), Map.entry(3L, "DAEMON"), Map.entry(4L, "AUTH"), Map.entry(5L, "SYSLOG"),
            Map.entry(6L, "LPR"), Map.entry(7L, "NEWS"), Map.entry(8L, "UUCP"), Map.entry(9L, "CRON"),
            Map.entry(10L, "AUTHPRIV"), Map.entry(11L, "FTP"), Map.entry(12L, "NTP"), Map.entry(13L, "LOGAUDIT"),
            Map.entry(14L, "LOGALERT"), Map.entry(15L, "CRON"), Map.entry(16L, "LOCAL0"), Map.entry(17L, "LOCAL1"),
            Map.entry(18L, "LOCAL2"), Map.entry(19L, "LOCAL3"), Map.entry(20L, "LOCAL4"), Map.entry(21L, "LOCAL5"),
            Map.entry(22L, "LOCAL6"), Map.entry(23L, "LOCAL7"));
    public static final Map<Long, String> LEVELS = Map.of(0L, "EMERG", 1L, "ALERT", 2L, "CRIT", 3L, "ERR",
            4L, "WARNING", 5L, "NOTICE", 6L, "INFO", 7L, "DEBUG");

    static final FieldDef SYSLOG = FieldDef.builder(NAME, "Syslog message", PROTOCOL).blurb("Syslog").build();
    static final FieldDef FACILITY = FieldDef.builder("syslog.facility", "Facility", UINT8).mask(0x3f8, 8)
            .names(Map.ofEntries(Map.entry(0L, "KERN - kernel messages"), Map.entry(1L, "USER - random user-level messages"),
                    Map.entry(2L, "MAIL - mail system"), Map.entry(3L, "DAEMON - system daemons"),
                    Map.entry(4L, "AUTH - security/authorization messages"),
                    Map.entry(5L, "SYSLOG - messages generated internally by syslogd"),
                    Map.entry(6L, "LPR - line printer subsystem"), Map.entry(7L, "NEWS - network news subsystem"),
                    Map.entry(8L, "UUCP - UUCP subsystem"), Map.entry(9L, "CRON - clock daemon (BSD, Linux)"),
                    Map.entry(10L, "AUTHPRIV - security/authorization messages (private)"),
                    Map.entry(11L, "FTP - ftp daemon"), Map.entry(12L, "NTP - ntp subsystem"),
                    Map.entry(13L, "LOGAUDIT - log audit"), Map.entry(14L, "LOGALERT - log alert"),
                    Map.entry(15L, "CRON - clock daemon (Solaris)"), Map.entry(16L, "LOCAL0 - reserved for local use"),
                    Map.entry(17L, "LOCAL1 - reserved for local use"), Map.entry(18L, "LOCAL2 - reserved for local use"),
                    Map.entry(19L, "LOCAL3 - reserved for local use"), Map.entry(20L, "LOCAL4 - reserved for local use"),
                    Map.entry(21L, "LOCAL5 - reserved for local use"), Map.entry(22L, "LOCAL6 - reserved for local use"),
                    Map.entry(23L, "LOCAL7 - reserved for local use")))
            .blurb("Message facility").build();
    static final FieldDef LEVEL = FieldDef.builder("syslog.level", "Level", UINT8).mask(0x7, 8)
            .names(Map.of(0L, "EMERG - system is unusable", 1L, "ALERT - action must be taken immediately",
                    2L, "CRIT - critical conditions", 3L, "ERR - error conditions", 4L, "WARNING - warning conditions",
                    5L, "NOTICE - normal but significant condition", 6L, "INFO - informational",
                    7L, "DEBUG - debug-level messages"))
            .blurb("Message level").build();
    static final FieldDef MSG = FieldDef.builder("syslog.msg", "Message", STRING).blurb("Message Text").build();
    static final FieldDef MSU_PRESENT = FieldDef.builder("syslog.msu_present", "SS7 MSU present", BOOLEAN)
            .blurb("True if an SS7 MSU was detected in the syslog message").build();
    static final FieldDef VERSION = FieldDef.builder("syslog.version", "Syslog version", STRING).build();
    static final FieldDef TIMESTAMP = FieldDef.builder("syslog.timestamp", "Syslog timestamp", ABSOLUTE_TIME)
            .base(Base.TIME_UTC).build();
    static final FieldDef TIMESTAMP_3164 = FieldDef.builder("syslog.timestamp_rfc3164", "Syslog timestamp (RFC3164)",
            STRING).build();
    static final FieldDef HOSTNAME = FieldDef.builder("syslog.hostname", "Syslog hostname", STRING).build();
    static final FieldDef APPNAME = FieldDef.builder("syslog.appname", "Syslog app name", STRING)
            .blurb("The name of the app that generated this message").build();
    static final FieldDef PROCID = FieldDef.builder("syslog.procid", "Syslog process id", STRING).build();
    static final FieldDef MSGID = FieldDef.builder("syslog.msgid", "Syslog message id", STRING).build();
    static final FieldDef BOM = FieldDef.builder("syslog.msgid.bom", "Syslog BOM", UINT24).hex().build();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void register(Registrar r) {
        r.fields(SYSLOG, FACILITY, LEVEL, MSG, MSU_PRESENT, VERSION, TIMESTAMP, TIMESTAMP_3164, HOSTNAME, APPNAME,
                PROCID, MSGID, BOM);
        r.dissector(NAME, SyslogModule::dissect);
    }

    @Override
    public void handoff(Handoff h) {
        h.table(UdpModule.PORT_TABLE).add(PORT, NAME, SyslogModule::dissect);
    }

    /** The Info column's text, set before the tree as packet-syslog.c sets it (the summary reads it from here). */
    public record Info(String text) {
    }

    static int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ctx.addProtocol(NAME);
        ctx.setCurrentProto("Syslog");
        int off = 0;
        int pri = -1;
        if (tvb.u8(0) == '<') {
            off = 1;
            pri = 0;
            while (tvb.has(off, 1) && tvb.u8(off) >= '0' && tvb.u8(off) <= '9' && off <= MAX_DIGITS) {
                pri = pri * 10 + tvb.u8(off) - '0';
                off++;
            }
            if (tvb.u8(off) == '>') {
                off++;
            }
        }
        int msgLen = tvb.capturedLength() - off;
        if (msgLen <= 0) {
            // tvb_ensure_captured_length_remaining: nothing after the priority is an error
            tvb.ensure(off, 1);
        }
        String msg = FieldFormat.formatText(new String(tvb.toArray(off, msgLen), StandardCharsets.UTF_8));
        int fac = pri >= 0 ? (pri & 0x3f8) >> 3 : -1;
        int lev = pri >= 0 ? pri & 7 : -1;
        String prefix = pri >= 0 ? orUnknown(FACILITIES.get((long) fac)) + "." + orUnknown(LEVELS.get((long) lev))
                + ": " : "";
        ctx.put(Info.class, new Info(prefix + msg));
        ProtoNode s = parent.addItem(SYSLOG, tvb, 0, tvb.capturedLength())
                .label("Syslog message: " + (pri >= 0 ? prefix : "(unknown): ") + msg).textGiven();
        if (pri >= 0) {
            s.add(FACILITY, tvb, 0, off, fac);
            s.add(LEVEL, tvb, 0, off, lev);
        }
        ProtoNode m = s.addObj(MSG, tvb, off, msgLen, StringItems.utf8UpToNul(tvb, off, msgLen));
        if (strayAfterNul(tvb, off, msgLen)) {
            Expert.add(ctx, m, StringItems.TRAILING_STRAY);
        }
        // packet-syslog.c parses the header only when it builds a tree (if (tree)): a summary line must not see the
        // exceptions a header read past the end throws in -V, -Y or -T output
        if (ctx.treeless()) {
            return tvb.capturedLength();
        }
        if (msgLen > 2 && tvb.u16(off) == 0x3120) {
            rfc5424(m, tvb, off, ctx);
        } else if (msgLen > 15) {
            rfc3164(m, tvb, off, ctx);
        }
        return tvb.capturedLength();
    }

    private static boolean strayAfterNul(ByteView tvb, int off, int len) {
        int nul = tvb.indexOf(off, 0);
        if (nul < 0 || nul >= off + len) {
            return false;
        }
        for (int i = nul; i < off + len; i++) {
            if (tvb.u8(i) != 0) {
                return true;
            }
        }
        return false;
    }

    private static String orUnknown(String s) {
        return s == null ? "UNKNOWN" : s;
    }

    /** dissect_syslog_info: a field up to the next space; false (nothing added) without one. */
    private static int word(ProtoNode m, ByteView tvb, int off, FieldDef f, PacketContext ctx) {
        int space = tvb.indexOf(off, ' ');
        if (space < 0) {
            return -1;
        }
        ascii(m, f, tvb, off, space - off, ctx);
        return space + 1;
    }

    /** An ENC_ASCII string item: its text up to a NUL, and proto.c's note on what follows the NUL. */
    private static void ascii(ProtoNode m, FieldDef f, ByteView tvb, int off, int len, PacketContext ctx) {
        tvb.ensureFromStart(off, len); // proto_tree_add_item: a message the capture cut short ends in the marker
        StringItems.noteStray(m.addObj(f, tvb, off, len, tvb.asciiString(off, len)), tvb, off, len, ctx);
    }

    /** RFC 5424's header: version, timestamp, host, app, process; the rest is the message ID. */
    private static void rfc5424(ProtoNode m, ByteView tvb, int off, PacketContext ctx) {
        off = word(m, tvb, off, VERSION, ctx);
        if (off < 0) {
            return;
        }
        int space = tvb.indexOf(off, ' ');
        if (space < 0) {
            return;
        }
        if (space != off) {
            m.addObj(TIMESTAMP, tvb, off, space - off, Iso8601.parse(tvb.asciiString(off, space - off)));
        }
        off = space + 1;
        for (FieldDef f : new FieldDef[] {HOSTNAME, APPNAME, PROCID}) {
            off = word(m, tvb, off, f, ctx);
            if (off < 0) {
                return;
            }
        }
        int rest = tvb.reportedLength() - off;
        if (tvb.u24(off) == 0xefbbbf) {
            m.add(BOM, tvb, off, 3, 0xefbbbf);
            off += 3;
            ProtoNode id = m.addObj(MSGID, tvb, off, rest - 3, StringItems.utf8UpToNul(tvb, off, rest - 3));
            StringItems.noteStrayUtf8(id, tvb, off, rest - 3, ctx);
        } else {
            ascii(m, MSGID, tvb, off, rest, ctx);
        }
    }

    /**
     * RFC 3164's header, when the first sixteen bytes look like "Mmm dd hh:mm:ss ": the timestamp, the host, then a
     * process name of letters and digits (within 32 bytes; packet-syslog.c reads on past the end if the message is
     * shorter) and the rest as the message ID.
     */
    private static void rfc3164(ProtoNode m, ByteView tvb, int off, PacketContext ctx) {
        if (tvb.u8(off + 3) != ' ' || tvb.u8(off + 6) != ' ' || tvb.u8(off + 9) != ':' || tvb.u8(off + 12) != ':'
                || tvb.u8(off + 15) != ' ') {
            return;
        }
        ascii(m, TIMESTAMP_3164, tvb, off, 15, ctx);
        off = word(m, tvb, off + 16, HOSTNAME, ctx);
        if (off < 0) {
            return;
        }
        for (int p = off; p < off + 32; p++) {
            int c = tvb.u8(p);
            if (!Character.isLetterOrDigit(c) || c > 0x7f) {
                ascii(m, PROCID, tvb, off, p - off, ctx);
                off = p;
                break;
            }
        }
        int rest = tvb.reportedLength() - off;
        ascii(m, MSGID, tvb, off, rest, ctx);
    }
}
