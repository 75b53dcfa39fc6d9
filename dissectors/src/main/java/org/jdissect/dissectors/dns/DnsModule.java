package org.jdissect.dissectors.dns;

import static org.jdissect.api.field.FieldType.*;

import java.util.Map;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.Handoff;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.tcp.TcpInfo;
import org.jdissect.dissectors.tcp.TcpModule;
import org.jdissect.dissectors.udp.UdpModule;

/**
 * DNS over UDP and TCP (port 53): header and flags, questions, and resource records (A, AAAA, CNAME, NS, PTR, MX,
 * TXT, SOA, SRV, OPT, others as bytes). Names follow compression pointers with a hop limit, so a pointer loop is
 * reported instead of followed forever.
 */
public final class DnsModule implements ProtocolModule {
    static final Map<Long, String> TYPES = Map.ofEntries(Map.entry(1L, "A"), Map.entry(2L, "NS"),
            Map.entry(5L, "CNAME"), Map.entry(6L, "SOA"), Map.entry(12L, "PTR"), Map.entry(15L, "MX"),
            Map.entry(16L, "TXT"), Map.entry(28L, "AAAA"), Map.entry(33L, "SRV"), Map.entry(41L, "OPT"),
            Map.entry(43L, "DS"), Map.entry(46L, "RRSIG"), Map.entry(47L, "NSEC"), Map.entry(48L, "DNSKEY"),
            Map.entry(64L, "SVCB"), Map.entry(65L, "HTTPS"), Map.entry(255L, "ANY"), Map.entry(257L, "CAA"));
    static final Map<Long, String> CLASSES = Map.of(1L, "IN", 3L, "CH", 4L, "HS", 255L, "ANY");
    static final Map<Long, String> RCODES = Map.of(0L, "No error", 1L, "Format error", 2L, "Server failure", 3L,
            "No such name", 4L, "Not implemented", 5L, "Refused");
    static final Map<Long, String> OPCODES = Map.of(0L, "Standard query", 1L, "Inverse query", 2L,
            "Server status request", 4L, "Zone change notification", 5L, "Dynamic update");

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
            .trueFalse("reserved (1)", "reserved (0)").build();
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
    public static final FieldDef QRY_TYPE = FieldDef.builder("dns.qry.type", "Type", UINT16).names(TYPES).build();
    public static final FieldDef QRY_CLASS = FieldDef.builder("dns.qry.class", "Class", UINT16).hex().names(CLASSES)
            .build();
    public static final FieldDef RESP_NAME = FieldDef.builder("dns.resp.name", "Name", STRING).build();
    public static final FieldDef RESP_TYPE = FieldDef.builder("dns.resp.type", "Type", UINT16).names(TYPES).build();
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
    public static final FieldDef RDATA = FieldDef.builder("dns.data", "Data", BYTES).build();

    static final FieldDef[] ALL = {DNS, LENGTH, ID, FLAGS, F_RESPONSE, F_OPCODE, F_AUTH, F_TRUNC, F_RD, F_RA, F_Z, F_AD,
        F_CD, F_RCODE, QDCOUNT, ANCOUNT, NSCOUNT, ARCOUNT, QRY_NAME, QRY_NAME_LEN, QRY_TYPE, QRY_CLASS, RESP_NAME,
        RESP_TYPE, RESP_CLASS, RESP_TTL, RESP_LEN, A, AAAA, CNAME, NS, PTR, MX_PREF, MX, TXT, SOA_MNAME, SOA_RNAME,
        SRV_TARGET, SRV_PORT, UDP_PAYLOAD_SIZE, RDATA};

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
        if (tvb.capturedLength() < 12) {
            return 0;
        }
        ctx.setCurrentProto("DNS");
        ctx.addProtocol("dns");
        ProtoNode d = parent.addItem(DNS, tvb, 0, tvb.capturedLength());
        message(tvb, d);
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
        ProtoNode d = parent.addItem(DNS, tvb, 0, Math.min(2 + len, tvb.capturedLength()));
        d.add(LENGTH, tvb, 0, 2, len);
        message(tvb.sliceReported(2, len), d);
        return 2 + len;
    }

    private void message(ByteView m, ProtoNode d) {
        int id = m.u16(0);
        int flags = m.u16(2);
        int qd = m.u16(4);
        int an = m.u16(6);
        int ns = m.u16(8);
        int ar = m.u16(10);
        boolean response = (flags & 0x8000) != 0;
        d.add(ID, m, 0, 2, id);
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
        }
        f.add(F_CD, m, 2, 2, flags >> 4 & 1);
        if (response) {
            f.add(F_RCODE, m, 2, 2, flags & 15);
        }
        d.add(QDCOUNT, m, 4, 2, qd);
        d.add(ANCOUNT, m, 6, 2, an);
        d.add(NSCOUNT, m, 8, 2, ns);
        d.add(ARCOUNT, m, 10, 2, ar);
        int off = 12;
        if (qd > 0) {
            ProtoNode qs = d.addText(m, off, 0, "Queries");
            for (int i = 0; i < qd; i++) {
                int start = off;
                Name n = Name.read(m, off);
                int type = m.u16(n.end);
                int cls = m.u16(n.end + 2);
                ProtoNode q = qs.addText(m, start, n.end + 4 - start, n.text + ": type "
                        + TYPES.getOrDefault((long) type, Integer.toString(type)) + ", class "
                        + CLASSES.getOrDefault((long) cls, "0x" + FieldFormat.hexPadded(cls, 4)));
                q.addObj(QRY_NAME, m, start, n.end - start, n.text);
                q.add(QRY_NAME_LEN, m, start, n.end - start, n.text.length()).generated();
                q.add(QRY_TYPE, m, n.end, 2, type);
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
                off = record(m, off, sec);
            }
            sec.setLength(off - secStart);
        }
    }

    private int record(ByteView m, int off, ProtoNode sec) {
        int start = off;
        Name n = Name.read(m, off);
        int type = m.u16(n.end);
        int cls = m.u16(n.end + 2);
        long ttl = m.u32(n.end + 4);
        int rdlen = m.u16(n.end + 8);
        int rd = n.end + 10;
        m.ensure(rd, rdlen);
        String typeName = TYPES.getOrDefault((long) type, Integer.toString(type));
        ProtoNode r = sec.addText(m, start, rd + rdlen - start, "");
        r.addObj(RESP_NAME, m, start, n.end - start, n.text);
        r.add(RESP_TYPE, m, n.end, 2, type);
        if (type == 41) {
            // OPT reuses class and TTL for the UDP payload size and extended flags: no class or TTL fields
            r.add(UDP_PAYLOAD_SIZE, m, n.end + 2, 2, cls);
        } else {
            r.add(RESP_CLASS, m, n.end + 2, 2, cls);
            r.add(RESP_TTL, m, n.end + 4, 4, ttl);
        }
        r.add(RESP_LEN, m, n.end + 8, 2, rdlen);
        String summary;
        switch (type) {
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
                Name t = Name.read(m, rd);
                r.addObj(type == 2 ? NS : type == 5 ? CNAME : PTR, m, rd, rdlen, t.text);
                summary = (type == 2 ? "ns " : type == 5 ? "cname " : "") + t.text;
            }
            case 15 -> {
                int pref = m.u16(rd);
                Name t = Name.read(m, rd + 2);
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
                Name mn = Name.read(m, rd);
                Name rn = Name.read(m, mn.end);
                r.addObj(SOA_MNAME, m, rd, mn.end - rd, mn.text);
                r.addObj(SOA_RNAME, m, mn.end, rn.end - mn.end, rn.text);
                summary = "mname " + mn.text;
            }
            case 33 -> {
                int port = m.u16(rd + 4);
                Name t = Name.read(m, rd + 6);
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
        r.label(n.text + ": type " + typeName + ", class " + cn + (summary.isEmpty() ? "" : ", " + summary));
        return rd + rdlen;
    }

    /** A domain name read from {@code off}, following compression pointers; {@code end} is where it ends in place. */
    record Name(String text, int end) {
        private static final int MAX_HOPS = 64;

        static Name read(ByteView m, int off) {
            StringBuilder sb = new StringBuilder();
            int p = off;
            int end = -1;
            int hops = 0;
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
                    if (++hops > MAX_HOPS || target >= p) {
                        // a pointer must point backwards; anything else loops or lies
                        sb.append(sb.length() == 0 ? "" : ".").append("<Name contains a pointer that loops>");
                        break;
                    }
                    p = target;
                    continue;
                }
                String label = m.latin1(p + 1, len);
                sb.append(sb.length() == 0 ? "" : ".").append(label);
                p += 1 + len;
            }
            return new Name(sb.length() == 0 ? "<Root>" : sb.toString(), end);
        }
    }
}
