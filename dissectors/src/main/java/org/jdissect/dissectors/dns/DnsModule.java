package org.jdissect.dissectors.dns;

import static org.jdissect.api.field.FieldType.*;

import java.util.Map;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.Handoff;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.limits.Limit;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.tcp.TcpFields;
import org.jdissect.dissectors.tcp.TcpInfo;
import org.jdissect.dissectors.tcp.TcpModule;
import org.jdissect.dissectors.udp.UdpModule;

/**
 * DNS over UDP and TCP (port 53): header and flags, questions, and resource records (A, AAAA, CNAME, NS, PTR, MX,
 * TXT, SOA, SRV, OPT, others as bytes). Names follow compression pointers with a hop limit, so a pointer loop is
 * reported instead of followed forever.
 */
public final class DnsModule implements ProtocolModule {
    static final Map<Long, String> TYPES = DnsTables.TYPES;
    static final Map<Long, String> CLASSES = Map.of(1L, "IN", 3L, "CH", 4L, "HS", 255L, "ANY");
    static final Map<Long, String> RCODES = Map.ofEntries(Map.entry(0L, "No error"), Map.entry(1L, "Format error"),
            Map.entry(2L, "Server failure"), Map.entry(3L, "No such name"), Map.entry(4L, "Not implemented"),
            Map.entry(5L, "Refused"), Map.entry(6L, "Name exists"), Map.entry(7L, "RRset exists"),
            Map.entry(8L, "RRset does not exist"), Map.entry(9L, "Not authoritative"),
            Map.entry(10L, "Name out of zone"), Map.entry(11L, "DSO-Type not implemented"));
    static final Map<Long, String> OPCODES = Map.of(0L, "Standard query", 1L, "Inverse query", 2L,
            "Server status request", 4L, "Zone change notification", 5L, "Dynamic update", 6L,
            "DNS Stateful operations (DSO)");

    public static final FieldDef DNS = FieldDef.builder("dns", "Domain Name System", PROTOCOL).build();
    public static final FieldDef LENGTH = FieldDef.builder("dns.length", "Length", UINT16).build();
    public static final FieldDef ID = FieldDef.builder("dns.id", "Transaction ID", UINT16).hex().build();
    public static final FieldDef FLAGS = FieldDef.builder("dns.flags", "Flags", UINT16).hex().build();
    public static final FieldDef F_RESPONSE = FieldDef.builder("dns.flags.response", "Response", BOOLEAN)
            .mask(0x8000, 16).trueFalse("Message is a response", "Message is a query").build();
    public static final FieldDef F_OPCODE = FieldDef.builder("dns.flags.opcode", "Opcode", UINT16).mask(0x7800, 16)
            .names(OPCODES).build();
    public static final FieldDef F_AUTH = FieldDef.builder("dns.flags.authoritative", "Authoritative", BOOLEAN)
            .mask(0x0400, 16).trueFalse("Server is an authority for domain", "Server is not an authority for domain")
            .build();
    public static final FieldDef F_TRUNC = FieldDef.builder("dns.flags.truncated", "Truncated", BOOLEAN)
            .mask(0x0200, 16).trueFalse("Message is truncated", "Message is not truncated").build();
    public static final FieldDef F_RD = FieldDef.builder("dns.flags.recdesired", "Recursion desired", BOOLEAN)
            .mask(0x0100, 16).trueFalse("Do query recursively", "Don't do query recursively").build();
    public static final FieldDef F_RA = FieldDef.builder("dns.flags.recavail", "Recursion available", BOOLEAN)
            .mask(0x0080, 16).trueFalse("Server can do recursive queries", "Server can't do recursive queries")
            .build();
    public static final FieldDef F_Z = FieldDef.builder("dns.flags.z", "Z", BOOLEAN).mask(0x0040, 16)
            .trueFalse("reserved - incorrect!", "reserved (0)").build();
    public static final FieldDef F_AD = FieldDef.builder("dns.flags.authenticated", "Answer authenticated", BOOLEAN)
            .mask(0x0020, 16).trueFalse("Answer/authority portion was authenticated by the server",
                    "Answer/authority portion was not authenticated by the server").build();
    public static final FieldDef F_CD = FieldDef.builder("dns.flags.checkdisable", "Non-authenticated data", BOOLEAN)
            .mask(0x0010, 16).trueFalse("Acceptable", "Unacceptable").build();
    public static final FieldDef F_RCODE = FieldDef.builder("dns.flags.rcode", "Reply code", UINT16).mask(0x000f, 16)
            .names(RCODES).build();
    public static final FieldDef QDCOUNT = FieldDef.builder("dns.count.queries", "Questions", UINT16).build();
    public static final FieldDef ANCOUNT = FieldDef.builder("dns.count.answers", "Answer RRs", UINT16).build();
    public static final FieldDef NSCOUNT = FieldDef.builder("dns.count.auth_rr", "Authority RRs", UINT16).build();
    public static final FieldDef ARCOUNT = FieldDef.builder("dns.count.add_rr", "Additional RRs", UINT16).build();
    public static final FieldDef QRY_NAME = FieldDef.builder("dns.qry.name", "Name", STRING).build();
    public static final FieldDef QRY_NAME_LEN = FieldDef.builder("dns.qry.name.len", "Name Length", UINT16).build();
    public static final FieldDef QRY_TYPE = FieldDef.builder("dns.qry.type", "Type", UINT16).names(DnsTables.TYPE_DESCRIPTIONS).build();
    public static final FieldDef QRY_CLASS = FieldDef.builder("dns.qry.class", "Class", UINT16).hex().names(CLASSES)
            .build();
    public static final FieldDef RESP_NAME = FieldDef.builder("dns.resp.name", "Name", STRING).build();
    public static final FieldDef RESP_TYPE = FieldDef.builder("dns.resp.type", "Type", UINT16).names(DnsTables.TYPE_DESCRIPTIONS).build();
    public static final FieldDef RESP_CLASS = FieldDef.builder("dns.resp.class", "Class", UINT16).hex()
            .names(CLASSES).build();
    public static final FieldDef RESP_TTL = FieldDef.builder("dns.resp.ttl", "Time to live", UINT32).build();
    public static final FieldDef RESP_LEN = FieldDef.builder("dns.resp.len", "Data length", UINT16).build();
    public static final FieldDef A = FieldDef.builder("dns.a", "Address", IPV4).build();
    public static final FieldDef AAAA = FieldDef.builder("dns.aaaa", "AAAA Address",
            org.jdissect.api.field.FieldType.IPV6).build();
    public static final FieldDef CNAME = FieldDef.builder("dns.cname", "CNAME", STRING).build();
    public static final FieldDef NS = FieldDef.builder("dns.ns", "Name Server", STRING).build();
    public static final FieldDef PTR = FieldDef.builder("dns.ptr.domain_name", "Domain Name", STRING).build();
    public static final FieldDef MX_PREF = FieldDef.builder("dns.mx.preference", "Preference", UINT16).build();
    public static final FieldDef MX = FieldDef.builder("dns.mx.mail_exchange", "Mail Exchange", STRING).build();
    public static final FieldDef TXT = FieldDef.builder("dns.txt", "TXT", STRING).build();
    public static final FieldDef SOA_MNAME = FieldDef.builder("dns.soa.mname", "Primary name server", STRING).build();
    public static final FieldDef SOA_RNAME = FieldDef.builder("dns.soa.rname", "Responsible authority's mailbox",
            STRING).build();
    public static final FieldDef SRV_TARGET = FieldDef.builder("dns.srv.target", "Target", STRING).build();
    public static final FieldDef SRV_PORT = FieldDef.builder("dns.srv.port", "Port", UINT16).build();
    public static final FieldDef UDP_PAYLOAD_SIZE = FieldDef.builder("dns.rr.udp_payload_size", "UDP payload size",
            UINT16).build();
    public static final FieldDef LABELS = FieldDef.builder("dns.count.labels", "Label Count", UINT16).build();
    public static final FieldDef EXT_RCODE = FieldDef.builder("dns.resp.ext_rcode", "Higher bits in extended RCODE",
            UINT8).hex().build();
    public static final FieldDef EDNS0_VERSION = FieldDef.builder("dns.resp.edns0_version", "EDNS0 version", UINT8)
            .build();
    public static final FieldDef RESP_Z = FieldDef.builder("dns.resp.z", "Z", UINT16).hex().build();
    public static final FieldDef RESP_Z_DO = FieldDef.builder("dns.resp.z.do", "DO bit", BOOLEAN).mask(0x8000, 16)
            .trueFalse("Accepts DNSSEC security RRs", "Cannot handle DNSSEC security RRs").build();
    public static final FieldDef RESP_Z_RESERVED = FieldDef.builder("dns.resp.z.reserved", "Reserved", UINT16).hex()
            .mask(0x7fff, 16).build();
    public static final FieldDef OPT = FieldDef.builder("dns.opt", "Option", NONE).build();
    public static final FieldDef OPT_CODE = FieldDef.builder("dns.opt.code", "Option Code", UINT16)
            .names(DnsTables.OPT_CODES).build();
    public static final FieldDef OPT_LEN = FieldDef.builder("dns.opt.len", "Option Length", UINT16).build();
    public static final FieldDef OPT_DATA = FieldDef.builder("dns.opt.data", "Option Data", BYTES).build();
    public static final FieldDef COOKIE_CLIENT = FieldDef.builder("dns.opt.cookie.client", "Client Cookie", BYTES)
            .build();
    public static final FieldDef COOKIE_SERVER = FieldDef.builder("dns.opt.cookie.server", "Server Cookie", BYTES)
            .build();
    public static final FieldDef EXT_ERROR_CODE = FieldDef.builder("dns.opt.ext_error.info_code", "Info Code", UINT16)
            .names(DnsTables.EXT_ERRORS).build();
    public static final FieldDef EXT_ERROR_TEXT = FieldDef.builder("dns.opt.ext_error.extra_text", "Extra Text",
            STRING).build();
    public static final FieldDef RESPONSE_IN = FieldDef.builder("dns.response_in", "Response In", FRAMENUM).build();
    public static final FieldDef RESPONSE_TO = FieldDef.builder("dns.response_to", "Request In", FRAMENUM).build();
    public static final FieldDef TIME = FieldDef.builder("dns.time", "Time", RELATIVE_TIME).build();
    public static final FieldDef RDATA = FieldDef.builder("dns.data", "Data", BYTES).build();

    static final FieldDef[] ALL = {DNS, LENGTH, ID, FLAGS, F_RESPONSE, F_OPCODE, F_AUTH, F_TRUNC, F_RD, F_RA, F_Z, F_AD,
        F_CD, F_RCODE, QDCOUNT, ANCOUNT, NSCOUNT, ARCOUNT, QRY_NAME, QRY_NAME_LEN, QRY_TYPE, QRY_CLASS, RESP_NAME,
        RESP_TYPE, RESP_CLASS, RESP_TTL, RESP_LEN, A, AAAA, CNAME, NS, PTR, MX_PREF, MX, TXT, SOA_MNAME, SOA_RNAME,
        SRV_TARGET, SRV_PORT, UDP_PAYLOAD_SIZE, RDATA, LABELS, EXT_RCODE, EDNS0_VERSION, RESP_Z, RESP_Z_DO, RESP_Z_RESERVED,
        OPT, OPT_CODE, OPT_LEN, OPT_DATA, COOKIE_CLIENT, COOKIE_SERVER, EXT_ERROR_CODE, EXT_ERROR_TEXT, RESPONSE_IN,
        RESPONSE_TO, TIME};

    @Override
    public String name() {
        return "dns";
    }

    @Override
    public void register(Registrar r) {
        r.fields(ALL);
        r.dissector("dns", this::udp);
        // "decode as" on a TCP port picks the variant with the two-byte length prefix
        r.dissector("dns.tcp", this::tcp);
    }

    @Override
    public void handoff(Handoff h) {
        h.table(UdpModule.PORT_TABLE).add(53, "dns", this::udp);
        h.table(TcpModule.PORT_TABLE).add(53, "dns", this::tcp);
    }

    int udp(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        // no minimum: Wireshark's DNS takes whatever port 53 carries and marks a short message malformed
        ctx.setCurrentProto("DNS");
        ctx.addProtocol("dns");
        ProtoNode d = parent.addItem(DNS, tvb, 0, tvb.capturedLength());
        message(tvb, d, ctx);
        return tvb.reportedLength();
    }

    /** DNS over TCP: a two-byte length, then the message; asks TCP for the rest of a split message. */
    int tcp(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        TcpInfo info = ctx.get(TcpInfo.class);
        if (tvb.capturedLength() < 2) {
            if (info != null) {
                info.requestMore(0, TcpInfo.ONE_MORE_SEGMENT);
                return tvb.capturedLength();
            }
            return 0;
        }
        int len = tvb.u16(0);
        if (tvb.capturedLength() < 2 + len && info != null) {
            info.requestMore(0, 2 + len - tvb.capturedLength());
            return tvb.capturedLength();
        }
        ctx.setCurrentProto("DNS");
        ctx.addProtocol("dns");
        ProtoNode tcpNode = null;
        for (ProtoNode c = parent.firstChild(); c != null; c = c.next()) {
            if ("tcp".equals(c.abbrev())) {
                tcpNode = c;
            }
        }
        if (tcpNode != null) {
            // tcp_dissect_pdus notes each PDU's size in the TCP tree
            tcpNode.add(TcpFields.PDU_SIZE, tvb, 0, Math.min(2 + len, tvb.capturedLength()), 2 + len).generated();
        }
        ProtoNode d = parent.addItem(DNS, tvb, 0, Math.min(2 + len, tvb.capturedLength()));
        d.add(LENGTH, tvb, 0, 2, len);
        message(tvb.sliceReported(2, len), d, ctx);
        return 2 + len;
    }

    private void message(ByteView m, ProtoNode d, PacketContext ctx) {
        // each field is read as its item is added, so a message cut short shows what it has, then the marker
        int id = m.u16(0);
        d.add(ID, m, 0, 2, id);
        int flags = m.u16(2);
        boolean response = (flags & 0x8000) != 0;
        d.label("Domain Name System (" + (response ? "response" : "query") + ")");
        ProtoNode f = d.add(FLAGS, m, 2, 2, flags);
        f.label("Flags: 0x" + FieldFormat.hexPadded(flags, 4) + " " + OPCODES.getOrDefault((long) (flags >> 11 & 15),
                "Unknown operation") + (response ? " response, " + RCODES.getOrDefault((long) (flags & 15),
                "Unknown error") : ""));
        f.add(F_RESPONSE, m, 2, 2, flags >> 15 & 1);
        f.add(F_OPCODE, m, 2, 2, flags >> 11 & 15);
        if (response) {
            f.add(F_AUTH, m, 2, 2, flags >> 10 & 1);
        }
        f.add(F_TRUNC, m, 2, 2, flags >> 9 & 1);
        f.add(F_RD, m, 2, 2, flags >> 8 & 1);
        if (response) {
            f.add(F_RA, m, 2, 2, flags >> 7 & 1);
        }
        f.add(F_Z, m, 2, 2, flags >> 6 & 1);
        if (response) {
            f.add(F_AD, m, 2, 2, flags >> 5 & 1);
        } else if ((flags & 0x0020) != 0) {
            // a query shows the AD bit only when set (RFC 6840), with its own wording
            f.add(F_AD, m, 2, 2, 1).label(".... .... ..1. .... = AD bit: Set");
        }
        f.add(F_CD, m, 2, 2, flags >> 4 & 1);
        if (response) {
            f.add(F_RCODE, m, 2, 2, flags & 15);
        }
        int qd = m.u16(4);
        d.add(QDCOUNT, m, 4, 2, qd);
        int an = m.u16(6);
        d.add(ANCOUNT, m, 6, 2, an);
        int ns = m.u16(8);
        d.add(NSCOUNT, m, 8, 2, ns);
        int ar = m.u16(10);
        d.add(ARCOUNT, m, 10, 2, ar);
        int off = 12;
        if (qd > 0) {
            ProtoNode qs = d.addText(m, off, 0, "Queries");
            for (int i = 0; i < qd; i++) {
                int start = off;
                Name n = Name.read(m, off, ctx, qs);
                int type = m.u16(n.end);
                int cls = m.u16(n.end + 2);
                ProtoNode q = qs.addText(m, start, n.end + 4 - start, n.text + ": type " + typeName(type)
                        + ", class " + CLASSES.getOrDefault((long) cls, "0x" + FieldFormat.hexPadded(cls, 4)));
                q.addObj(QRY_NAME, m, start, n.end - start, n.text);
                q.add(QRY_NAME_LEN, m, start, n.end - start, n.labels == 0 ? 6 : n.text.length()).generated();
                q.add(LABELS, m, start, n.end - start, n.labels).generated();
                q.add(QRY_TYPE, m, n.end, 2, type).label(typeLabel(type));
                q.add(QRY_CLASS, m, n.end + 2, 2, cls);
                off = n.end + 4;
            }
            qs.setLength(off - 12);
        }
        String[] sections = {"Answers", "Authoritative nameservers", "Additional records"};
        int[] counts = {an, ns, ar};
        for (int s = 0; s < 3; s++) {
            if (counts[s] == 0) {
                continue;
            }
            int secStart = off;
            ProtoNode sec = d.addText(m, off, 0, sections[s]);
            for (int i = 0; i < counts[s]; i++) {
                off = record(m, off, sec, ctx);
            }
            sec.setLength(off - secStart);
        }
        pair(m, d, ctx, response, id);
    }

    static String typeName(int type) {
        String t = TYPES.get((long) type);
        return t == null ? "Unknown (" + type + ")" : t;
    }

    static String typeLabel(int type) {
        String t = DnsTables.TYPE_DESCRIPTIONS.get((long) type);
        return "Type: " + (t == null ? "Unknown" : t) + " (" + type + ")";
    }

    /** Wireshark's unsigned_time_secs_to_str: "1 hour, 2 minutes, 3 seconds". */
    static String timeSecs(long v) {
        if (v == 0) {
            return "0 seconds";
        }
        long[] parts = {v / 86400, v / 3600 % 24, v / 60 % 60, v % 60};
        String[] units = {"day", "hour", "minute", "second"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            if (parts[i] != 0) {
                sb.append(sb.length() == 0 ? "" : ", ").append(parts[i]).append(' ').append(units[i])
                        .append(parts[i] == 1 ? "" : "s");
            }
        }
        return sb.toString();
    }

    /** Queries waiting for their response, per capture: by transaction ID, addresses and ports. */
    static final class Queries {
        record Key(int id, String a, String b) { }

        final Map<Key, long[]> pending = new java.util.HashMap<>();
    }

    private static String endpoint(PacketContext ctx, boolean src) {
        String addr = ctx.netVersion == 6 ? FieldFormat.ipv6((src ? ctx.src6 : ctx.dst6).toArray())
                : FieldFormat.ipv4(src ? ctx.src4 : ctx.dst4);
        return addr + "/" + (src ? ctx.srcPort : ctx.dstPort);
    }

    /** Response to query pairing, as tshark shows it in one pass: the response names its query and the time. */
    private static void pair(ByteView m, ProtoNode d, PacketContext ctx, boolean response, int id) {
        if (ctx.get(org.jdissect.dissectors.icmp.InErrorPacket.class) != null) {
            return;
        }
        Queries qs = ctx.session().get(Queries.class, Queries::new);
        long now = ctx.record().epochSeconds() * 1_000_000_000L + ctx.record().nanos();
        if (!response) {
            Queries.Key k = new Queries.Key(id, endpoint(ctx, true), endpoint(ctx, false));
            if (qs.pending.size() < 65536) {
                qs.pending.putIfAbsent(k, new long[] {ctx.frameNumber(), now});
            }
            return;
        }
        long[] q = qs.pending.get(new Queries.Key(id, endpoint(ctx, false), endpoint(ctx, true)));
        if (q != null && q[0] < ctx.frameNumber()) {
            d.add(RESPONSE_TO, m, 0, 0, q[0]).generated();
            d.add(TIME, m, 0, 0, now - q[1]).generated();
        }
    }

    private int record(ByteView m, int off, ProtoNode sec, PacketContext ctx) {
        int start = off;
        Name n = Name.read(m, off, ctx, sec);
        int type = m.u16(n.end);
        int cls = m.u16(n.end + 2);
        long ttl = m.u32(n.end + 4);
        int rdlen = m.u16(n.end + 8);
        int rd = n.end + 10;
        m.ensure(rd, rdlen);
        String typeName = typeName(type);
        ProtoNode r = sec.addText(m, start, rd + rdlen - start, "");
        r.addObj(RESP_NAME, m, start, n.end - start, n.text);
        r.add(RESP_TYPE, m, n.end, 2, type).label(typeLabel(type));
        if (type == 41) {
            // OPT reuses class and TTL for the UDP payload size and extended flags: no class or TTL fields
            r.add(UDP_PAYLOAD_SIZE, m, n.end + 2, 2, cls).label("UDP payload size: " + cls);
            r.add(EXT_RCODE, m, n.end + 4, 1, m.u8(n.end + 4));
            r.add(EDNS0_VERSION, m, n.end + 5, 1, m.u8(n.end + 5));
            int z = m.u16(n.end + 6);
            ProtoNode zn = r.add(RESP_Z, m, n.end + 6, 2, z);
            zn.add(RESP_Z_DO, m, n.end + 6, 2, z >> 15);
            zn.add(RESP_Z_RESERVED, m, n.end + 6, 2, z & 0x7fff);
        } else {
            r.add(RESP_CLASS, m, n.end + 2, 2, cls);
            r.add(RESP_TTL, m, n.end + 4, 4, ttl).label("Time to live: " + ttl + " (" + timeSecs(ttl) + ")");
        }
        r.add(RESP_LEN, m, n.end + 8, 2, rdlen);
        String summary;
        switch (type) {
            case 41 -> {
                options(m, rd, rdlen, r);
                summary = "";
            }
            case 1 -> {
                long a = m.u32(rd);
                r.add(A, m, rd, 4, a);
                summary = "addr " + FieldFormat.ipv4(a);
            }
            case 28 -> {
                byte[] a = m.toArray(rd, 16);
                r.addObj(AAAA, m, rd, 16, a);
                summary = "addr " + FieldFormat.ipv6(a);
            }
            case 2, 5, 12 -> {
                Name t = Name.read(m, rd, ctx, r);
                r.addObj(type == 2 ? NS : type == 5 ? CNAME : PTR, m, rd, rdlen, t.text);
                summary = (type == 2 ? "ns " : type == 5 ? "cname " : "") + t.text;
            }
            case 15 -> {
                int pref = m.u16(rd);
                Name t = Name.read(m, rd + 2, ctx, r);
                r.add(MX_PREF, m, rd, 2, pref);
                r.addObj(MX, m, rd + 2, rdlen - 2, t.text);
                summary = "preference " + pref + ", mx " + t.text;
            }
            case 16 -> {
                int p = rd;
                StringBuilder all = new StringBuilder();
                while (p < rd + rdlen) {
                    int l = m.u8(p);
                    String txt = m.latin1(p + 1, l);
                    r.addObj(TXT, m, p + 1, l, txt);
                    all.append(all.length() == 0 ? "" : " ").append(txt);
                    p += 1 + l;
                }
                summary = all.toString();
            }
            case 6 -> {
                Name mn = Name.read(m, rd, ctx, r);
                Name rn = Name.read(m, mn.end, ctx, r);
                r.addObj(SOA_MNAME, m, rd, mn.end - rd, mn.text);
                r.addObj(SOA_RNAME, m, mn.end, rn.end - mn.end, rn.text);
                summary = "mname " + mn.text;
            }
            case 33 -> {
                int port = m.u16(rd + 4);
                Name t = Name.read(m, rd + 6, ctx, r);
                r.add(SRV_PORT, m, rd + 4, 2, port);
                r.addObj(SRV_TARGET, m, rd + 6, rdlen - 6, t.text);
                summary = "port " + port + " target " + t.text;
            }
            default -> {
                r.addObj(RDATA, m, rd, rdlen, m.toArray(rd, rdlen));
                summary = "";
            }
        }
        String cn = CLASSES.getOrDefault((long) cls, "0x" + FieldFormat.hexPadded(cls, 4));
        r.label(n.text + ": type " + typeName + (type == 41 ? "" : ", class " + cn)
                + (summary.isEmpty() ? "" : ", " + summary));
        return rd + rdlen;
    }

    /** EDNS options of an OPT record: code, length, data, and the decoded cookie and extended error. */
    private static void options(ByteView m, int off, int len, ProtoNode r) {
        int end = off + len;
        while (off + 4 <= end) {
            int code = m.u16(off);
            int olen = m.u16(off + 2);
            int data = off + 4;
            m.ensure(data, olen);
            String name = DnsTables.OPT_CODES.getOrDefault((long) code, "Unknown");
            ProtoNode o = r.addItem(OPT, m, off, 4 + olen).label("Option: " + name);
            o.add(OPT_CODE, m, off, 2, code);
            o.add(OPT_LEN, m, off + 2, 2, olen);
            if (olen > 0) {
                o.addObj(OPT_DATA, m, data, olen, m.toArray(data, olen));
            }
            if (code == 10 && olen >= 8) {
                o.addObj(COOKIE_CLIENT, m, data, 8, m.toArray(data, 8));
                o.addObj(COOKIE_SERVER, m, data + 8, olen - 8, olen == 8 ? "<MISSING>" : m.toArray(data + 8, olen - 8));
            } else if (code == 15 && olen >= 2) {
                o.add(EXT_ERROR_CODE, m, data, 2, m.u16(data));
                if (olen > 2) {
                    o.addObj(EXT_ERROR_TEXT, m, data + 2, olen - 2, m.latin1(data + 2, olen - 2));
                }
            }
            off = data + olen;
        }
    }

    /** A domain name read from {@code off}, following compression pointers; {@code end} is where it ends in place. */
    record Name(String text, int end, int labels) {
        /**
         * Reads a name. Two caps keep hostile names cheap: pointers followed ({@link Limit#DNS_POINTER_HOPS}; a
         * pointer must also point backwards, or it loops) and characters collected ({@link Limit#DNS_NAME_LENGTH}:
         * a name is at most 255 bytes on the wire, but pointer chains can make its text explode). Reaching either
         * cuts the name and marks the packet under {@code where}.
         */
        static Name read(ByteView m, int off, PacketContext ctx, ProtoNode where) {
            int maxName = ctx.limits().getInt(Limit.DNS_NAME_LENGTH);
            int maxHops = ctx.limits().getInt(Limit.DNS_POINTER_HOPS);
            StringBuilder sb = new StringBuilder();
            int p = off;
            int end = -1;
            int hops = 0;
            int labels = 0;
            boolean cut = false;
            while (true) {
                int len = m.u8(p);
                if (len == 0) {
                    if (end < 0) {
                        end = p + 1;
                    }
                    break;
                }
                if ((len & 0xc0) == 0xc0) {
                    int target = ((len & 0x3f) << 8) | m.u8(p + 1);
                    if (end < 0) {
                        end = p + 2;
                    }
                    boolean tooMany = ++hops > maxHops;
                    if (tooMany || target >= p) {
                        // a pointer must point backwards; anything else loops or lies
                        sb.append(sb.length() == 0 ? "" : ".").append("<Name contains a pointer that loops>");
                        if (tooMany && target < p) {
                            ctx.limitReached(Limit.DNS_POINTER_HOPS, where, "DNS name follows more than " + maxHops
                                    + " compression pointers: cut");
                        }
                        break;
                    }
                    p = target;
                    continue;
                }
                if (sb.length() <= maxName) {
                    String label = m.latin1(p + 1, len);
                    sb.append(sb.length() == 0 ? "" : ".").append(label);
                    labels++;
                } else {
                    // stop collecting, but keep walking to find where the name ends in place
                    if (!cut) {
                        cut = true;
                        ctx.limitReached(Limit.DNS_NAME_LENGTH, where, "DNS name longer than " + maxName
                                + " characters: cut");
                    }
                    if (end >= 0) {
                        break;
                    }
                }
                p += 1 + len;
            }
            return new Name(sb.length() == 0 ? "<Root>" : sb.toString(), end, labels);
        }
    }
}
