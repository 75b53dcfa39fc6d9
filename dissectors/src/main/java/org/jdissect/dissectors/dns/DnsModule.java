package org.jdissect.dissectors.dns;

import static org.jdissect.api.field.FieldType.*;

import java.util.Map;
import org.jdissect.api.bytes.BoundsException;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.Handoff;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.expert.ExpertDef;
import org.jdissect.api.expert.ExpertGroup;
import org.jdissect.api.expert.ExpertSeverity;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.limits.Limit;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.tcp.TcpInfo;
import org.jdissect.dissectors.tcp.TcpModule;
import org.jdissect.dissectors.udp.UdpModule;

/**
 * DNS over UDP and TCP (port 53): header and flags, questions, and resource records, decoded as far as packet-dns.c
 * 4.0 decodes them (see {@link DnsRecords}). Names follow compression pointers with a hop limit, so a pointer loop is
 * reported instead of followed forever.
 */
public final class DnsModule implements ProtocolModule {
    static final Map<Long, String> TYPES = DnsTables.TYPES;
    static final Map<Long, String> CLASSES = Map.of(1L, "IN", 2L, "CS", 3L, "CH", 4L, "HS", 254L, "NONE", 255L, "ANY");
    static final Map<Long, String> RCODES = Map.ofEntries(Map.entry(0L, "No error"), Map.entry(1L, "Format error"),
            Map.entry(2L, "Server failure"), Map.entry(3L, "No such name"), Map.entry(4L, "Not implemented"),
            Map.entry(5L, "Refused"), Map.entry(6L, "Name exists"), Map.entry(7L, "RRset exists"),
            Map.entry(8L, "RRset does not exist"), Map.entry(9L, "Not authoritative"),
            Map.entry(10L, "Name out of zone"), Map.entry(11L, "DSO-Type not implemented"));
    static final Map<Long, String> OPCODES = Map.of(0L, "Standard query", 1L, "Inverse query", 2L,
            "Server status request", 4L, "Zone change notification", 5L, "Dynamic update", 6L,
            "DNS Stateful operations (DSO)");

    public static final FieldDef DNS = FieldDef.builder("dns", "Domain Name System", PROTOCOL).blurb("DNS").build();
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
    /** An UPDATE message's counts (RFC 2136): zones, prerequisites and updates in place of the first three. */
    static final FieldDef ZOCOUNT = FieldDef.builder("dns.count.zones", "Zones", UINT16).build();
    static final FieldDef PRCOUNT = FieldDef.builder("dns.count.prerequisites", "Prerequisites", UINT16).build();
    static final FieldDef UPCOUNT = FieldDef.builder("dns.count.updates", "Updates", UINT16).build();
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
    static final FieldDef EXTRANEOUS_DATA = FieldDef.builder("dns.extraneous.data", "Extraneous Data Bytes", BYTES)
            .build();
    static final FieldDef EXTRANEOUS_LENGTH = FieldDef.builder("dns.extraneous.length", "Extraneous Data Length",
            INT32).build();
    static final ExpertDef EI_EXTRANEOUS = ExpertDef.of("dns.extraneous", ExpertGroup.UNDECODED, ExpertSeverity.NOTE,
            "Extraneous data");

    static final FieldDef[] ALL = {DNS, LENGTH, ID, FLAGS, F_RESPONSE, F_OPCODE, F_AUTH, F_TRUNC, F_RD, F_RA, F_Z, F_AD,
        F_CD, F_RCODE, QDCOUNT, ANCOUNT, NSCOUNT, ARCOUNT, QRY_NAME, QRY_NAME_LEN, QRY_TYPE, QRY_CLASS, RESP_NAME,
        RESP_TYPE, RESP_CLASS, RESP_TTL, RESP_LEN, A, AAAA, CNAME, NS, PTR, MX_PREF, MX, TXT, SOA_MNAME, SOA_RNAME,
        SRV_TARGET, SRV_PORT, UDP_PAYLOAD_SIZE, RDATA, LABELS, EXT_RCODE, EDNS0_VERSION, RESP_Z, RESP_Z_DO, RESP_Z_RESERVED,
        OPT, OPT_CODE, OPT_LEN, OPT_DATA, COOKIE_CLIENT, COOKIE_SERVER, EXT_ERROR_CODE, EXT_ERROR_TEXT, RESPONSE_IN,
        RESPONSE_TO, TIME, EXTRANEOUS_DATA, EXTRANEOUS_LENGTH, ZOCOUNT, PRCOUNT, UPCOUNT};

    @Override
    public String name() {
        return "dns";
    }

    @Override
    public void register(Registrar r) {
        r.fields(ALL);
        r.fields(DnsRecords.FIELDS);
        r.fields(DnsSvcb.FIELDS);
        r.fields(DnsNamedRecords.FIELDS);
        r.fields(DnsMoreRecords.FIELDS);
        r.fields(DnsKeyRecords.FIELDS);
        r.experts(DnsRecords.EXPERTS);
        r.experts(DnsKeyRecords.EXPERTS);
        r.experts(EI_EXTRANEOUS);
        r.dissector("dns", this::udp);
        // "decode as" on a TCP port picks the variant with the two-byte length prefix
        r.dissector("dns.tcp", this::tcp);
    }

    @Override
    public void handoff(Handoff h) {
        h.table(UdpModule.PORT_TABLE).add(53, "dns", this::udp);
        h.table(TcpModule.PORT_TABLE).add(53, "dns", this::tcp);
        h.heuristics(UdpModule.HEURISTICS).add("dns", this::udpHeuristic);
    }

    /**
     * packet-dns.c's dns_udp heuristic (on by default): a UDP payload no port claims is DNS when its header could be
     * a standard query (one question, no answers or authorities) or a standard response (at most one question, 100
     * answers and 10 authorities), either with at most 10 additional records.
     */
    int udpHeuristic(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        if (tvb.reportedLength() <= 12) {
            return 0;
        }
        int flags = tvb.u16(2);
        if ((flags & 0x7800) != 0) {
            return 0;
        }
        int qd = tvb.u16(4);
        int an = tvb.u16(6);
        int ns = tvb.u16(8);
        boolean fits = (flags & 0x8000) == 0 ? qd == 1 && an == 0 && ns == 0 : qd <= 1 && an <= 100 && ns <= 10;
        if (!fits || tvb.u16(10) > 10) {
            return 0;
        }
        return Math.max(1, udp(tvb, ctx, parent));
    }

    int udp(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        // no minimum: Wireshark's DNS takes whatever port 53 carries and marks a short message malformed
        ctx.setCurrentProto("DNS");
        if (tvb.capturedLength() < 4 && ctx.get(org.jdissect.dissectors.icmp.InErrorPacket.class) != null) {
            // quoted by an ICMP error, a message too short for its ID and flags leaves no layer and no item in
            // tshark 4.0 (the bounds error is swallowed with the layer)
            throw BoundsException.TRUNCATED;
        }
        ctx.addProtocol("dns");
        // dissect_dns_common reads the ID and the flags before it adds its item: a message without them shows no
        // DNS item, only the marker
        tvb.u16(2);
        ProtoNode d = parent.addItem(DNS, tvb, 0, tvb.capturedLength());
        message(tvb, d, ctx);
        return tvb.reportedLength();
    }

    /** DNS over TCP: a two-byte length, then the message; asks TCP for the rest of a split message. */
    int tcp(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        TcpInfo info = ctx.get(TcpInfo.class);
        // tcp_dissect_pdus asks for more only where TCP can desegment (not a segment the capture cut short)
        boolean more = info != null && info.canDesegment;
        if (tvb.capturedLength() < 2 && (more || info == null)) {
            if (more) {
                info.requestMore(0, TcpInfo.ONE_MORE_SEGMENT);
                return tvb.capturedLength();
            }
            return 0;
        }
        if (tvb.capturedLength() < 2) {
            // get_dns_pdu_len reads the length past a capture cut short: it throws, as DNS
            ctx.setCurrentProto("DNS");
            dnsLayer(ctx);
        }
        int len = tvb.u16(0);
        if (tvb.capturedLength() < 2 + len && more) {
            info.requestMore(0, 2 + len - tvb.capturedLength());
            return tvb.capturedLength();
        }
        if (info != null && 2 + len > tvb.reportedLength()) {
            // tcp_dissect_pdus, unable to ask for the rest: TCP tracks where the next PDU starts
            info.bytesUntilNextPdu = 2 + len - tvb.reportedLength();
        }
        ctx.setCurrentProto("DNS");
        dnsLayer(ctx);
        TcpModule.notePduSize(parent, tvb, Math.min(2 + len, tvb.capturedLength()), 2 + len);
        try {
            tvb.sliceReported(2, len).u16(2); // the ID and the flags are read before the item is added (see udp)
            ProtoNode d = parent.addItem(DNS, tvb, 0, Math.min(2 + len, tvb.capturedLength()));
            d.add(LENGTH, tvb, 0, 2, len);
            message(tvb.sliceReported(2, len), d, ctx);
        } catch (BoundsException e) {
            if (e.kind() == BoundsException.Kind.TRUNCATED || info == null) {
                throw e; // the capture ends: no later PDU to go on with
            }
            // tcp_dissect_pdus shows a PDU's error (CATCH_NONFATAL_ERRORS) and goes on with the next PDU
            org.jdissect.dissectors.frame.FrameModule.markBoundsError(e, tvb, ctx, parent);
        }
        return 2 + len;
    }

    /**
     * The "dns" layer of a segment's PDUs: tcp_dissect_pdus calls the PDU dissector itself, so the layer TCP's call
     * added is the only one however many PDUs follow (jdissect's TCP calls DNS once a PDU).
     */
    private static void dnsLayer(PacketContext ctx) {
        CharSequence p = ctx.protocols();
        int n = p.length();
        boolean last = n >= 3 && "dns".contentEquals(p.subSequence(n - 3, n)) && (n == 3 || p.charAt(n - 4) == ':');
        if (!last) {
            ctx.addProtocol("dns");
        }
    }

    private void message(ByteView m, ProtoNode d, PacketContext ctx) {
        // each field is read as its item is added, so a message cut short shows what it has, then the marker
        int id = m.u16(0);
        int flags = m.u16(2);
        boolean response = (flags & 0x8000) != 0;
        // packet-dns.c finds the transaction before it adds an item: a message cut in its records still counts
        Tracked tracked = track(ctx, response, id);
        ProtoNode idItem = d.add(ID, m, 0, 2, id);
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
        boolean update = (flags >> 11 & 15) == 5;
        int qd = m.u16(4);
        d.add(update ? ZOCOUNT : QDCOUNT, m, 4, 2, qd);
        int an = m.u16(6);
        d.add(update ? PRCOUNT : ANCOUNT, m, 6, 2, an);
        int ns = m.u16(8);
        d.add(update ? UPCOUNT : NSCOUNT, m, 8, 2, ns);
        int ar = m.u16(10);
        d.add(ARCOUNT, m, 10, 2, ar);
        int off = 12;
        if (qd > 0) {
            // to the end of the message until the queries are read (length -1 in packet-dns.c): an exception on the
            // way leaves it so
            boolean zoneTransfer = false;
            ProtoNode qs = section(m, d, off, update ? "Zone" : "Queries");
            for (int i = 0; i < qd; i++) {
                int start = off;
                Name n = Name.read(m, off, ctx, qs);
                int type = m.u16(n.end);
                zoneTransfer |= type == 251 || type == 252; // IXFR, AXFR: many responses answer one query
                int cls = m.u16(n.end + 2);
                ProtoNode q = qs.addText(m, start, n.end + 4 - start, n.text + ": type " + typeName(type)
                        + ", class " + DnsRecords.className(cls));
                q.addObj(QRY_NAME, m, start, n.end - start, n.text);
                // packet-dns.c counts a name only when it is longer than one character: "a" has length 0 and 0 labels
                boolean counted = n.rawLen() > 1;
                q.add(QRY_NAME_LEN, m, start, n.end - start, counted ? n.rawLen() : 0).generated();
                q.add(LABELS, m, start, n.end - start, counted ? n.labels : 0).generated();
                q.add(QRY_TYPE, m, n.end, 2, type).label(typeLabel(type));
                q.add(QRY_CLASS, m, n.end + 2, 2, cls);
                off = n.end + 4;
            }
            qs.setLength(off - 12);
            if (tracked.t() != null) {
                tracked.t()[3] = zoneTransfer ? 1 : 0;
            }
        }
        String[] sections = update ? new String[] {"Prerequisites", "Updates", "Additional records"}
                : new String[] {"Answers", "Authoritative nameservers", "Additional records"};
        int[] counts = {an, ns, ar};
        for (int s = 0; s < 3; s++) {
            if (counts[s] == 0) {
                continue;
            }
            int secStart = off;
            ProtoNode sec = section(m, d, off, sections[s]);
            for (int i = 0; i < counts[s]; i++) {
                off = DnsRecords.record(m, off, sec, d, ctx);
            }
            sec.setLength(off - secStart);
        }
        pairItems(d, idItem, ctx, response, tracked);
        int extra = m.reportedLength() - off;
        if (extra > 0) {
            // packet-dns.c 4.0 shows what follows the last record, with a hidden finding
            int shown = Math.max(0, Math.min(extra, m.capturedLength() - off));
            ProtoNode x = d.addText(m, off, shown, "Extraneous Data (" + extra + " bytes)");
            x.addObj(EXTRANEOUS_DATA, m, off, extra, m.toArray(off, extra));
            x.add(EXTRANEOUS_LENGTH, d.source(), d.offset(), 0, extra).generated();
            ProtoNode e = x.addText(m, off, shown, EI_EXTRANEOUS.summary()).hidden();
            Expert.add(ctx, e, EI_EXTRANEOUS);
        }
    }

    /**
     * A section's subtree, as dissect_query_records and dissect_answer_records add it: to the end of the data (length
     * -1), which proto.c refuses at the very end, so a message announcing records it does not hold shows no empty
     * section before its marker.
     */
    private static ProtoNode section(ByteView m, ProtoNode d, int off, String name) {
        m.ensure(off, 1);
        return d.addText(m, off, m.capturedLength() - off, name);
    }

    /**
     * The name {@code -z hosts} learns from an address record whose owner name is at {@code off}: packet-dns.c hands
     * add_ipv4_name the name as expand_dns_name wrote it (a C string), not the text shown; they differ when the name
     * holds a bitstring label (shown cut to its counted length, learnt whole). {@code shown} for any other name.
     */
    public static String learnedName(ByteView m, int off, String shown) {
        StringBuilder sb = new StringBuilder();
        boolean bitstring = false;
        int p = off;
        int hops = 0;
        try {
            for (int len = m.u8(p); len != 0; len = m.u8(p)) {
                if ((len & 0xc0) == 0xc0) {
                    if (++hops > Name.MAX_POINTERS) {
                        return shown;
                    }
                    p = ((len & 0x3f) << 8) | m.u8(p + 1);
                    continue;
                }
                if (len == 0x41) {
                    int bits = m.u8(p + 1);
                    int bytes = (bits - 1) / 8 + 1;
                    m.ensure(p + 2, bytes);
                    sb.append(Name.bitstring(m, p + 2, bytes, bits));
                    bitstring = true;
                    p += 2 + bytes;
                } else if ((len & 0xc0) != 0) {
                    return shown;
                } else {
                    sb.append(sb.length() == 0 ? "" : ".").append(m.latin1(p + 1, len));
                    p += 1 + len;
                }
                if (sb.length() > Name.MAX_WRITTEN) {
                    return shown;
                }
            }
        } catch (BoundsException e) {
            return shown;
        }
        if (!bitstring) {
            return shown;
        }
        int nul = sb.indexOf("\0");
        return nul < 0 ? sb.toString() : sb.substring(0, nul);
    }

    /** A domain name's text and the bytes it takes where it stands. */
    public record NameAt(String text, int length) { }

    /**
     * The domain name at {@code off} of {@code m}, read as packet-dns.c's get_dns_name reads it with compression
     * pointers counted from the start of {@code m} (other protocols' names, such as ICMPv6's DNS search list).
     */
    public static NameAt nameAt(ByteView m, int off, PacketContext ctx, ProtoNode where) {
        Name n = Name.read(m, off, ctx, where);
        return new NameAt(n.text(), n.end() - off);
    }

    /**
     * packet-dns.c's dns_types_vals: the short record-type name ("A", "AAAA") the record lines and tshark's Info
     * column show, "Unknown (N)" for another.
     */
    public static String typeName(int type) {
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

    /**
     * DNS transactions per capture, as Wireshark 4.0 keeps them in one pass: per conversation (both directions of
     * the addresses and ports) the latest transaction of each ID, its request and response frames.
     */
    static final class Transactions {
        record Key(int id, String conversation) { }

        /** {request frame, response frame, request time in ns, 1 when a question asks for a zone transfer}. */
        final Map<Key, long[]> latest = new java.util.HashMap<>();
        /** In a first pass of two: each answered query's response frame, by the query's frame. */
        final org.jdissect.api.dissect.FrameFacts responseIn = new org.jdissect.api.dissect.FrameFacts();
    }

    /** Wireshark's default "retransmission timer": a query repeated sooner is a retransmission. */
    static final long RETRANSMISSION_NS = 5_000_000_000L;

    /**
     * A message's transaction as dissect_dns_common finds it before the records: {@code t} is its entry ({request
     * frame, response frame, request time in ns, 1 when a question asks for a zone transfer}), null for none (a
     * response nothing asked for, or a message an ICMP error quotes); {@code skip} when the same request is dissected
     * again.
     */
    private record Tracked(long[] t, boolean retransmission, boolean skip) { }

    private static final Tracked UNTRACKED = new Tracked(null, false, false);

    /**
     * Request and response tracking as tshark does it in one pass: a query repeated within 5 seconds before any
     * response is a retransmission, a query after a response or later starts a new transaction; a response takes the
     * latest transaction of its ID, or repeats its response (a retransmission, unless a question asked for a zone
     * transfer, whose many responses all answer it).
     */
    private static Tracked track(PacketContext ctx, boolean response, int id) {
        if (ctx.get(org.jdissect.dissectors.icmp.InErrorPacket.class) != null) {
            return UNTRACKED;
        }
        Transactions ts = ctx.session().get(Transactions.class, Transactions::new);
        long now = ctx.record().epochSeconds() * 1_000_000_000L + ctx.record().nanos();
        long frame = ctx.frameNumber();
        Transactions.Key k = new Transactions.Key(id, org.jdissect.dissectors.common.ConversationKey.of(ctx));
        long[] t = ts.latest.get(k);
        if (t != null && t[0] == frame && !response) {
            return new Tracked(t, false, true); // the same request dissected again
        }
        if (!response) {
            if (t != null && t[1] == 0 && now - t[2] < RETRANSMISSION_NS) {
                return new Tracked(t, true, false);
            }
            long[] fresh = {frame, 0, now, 0};
            if (ts.latest.size() < 65536 || t != null) {
                ts.latest.put(k, fresh);
            }
            return new Tracked(fresh, false, false);
        }
        if (t == null) {
            return UNTRACKED;
        }
        if (t[1] == 0 || t[1] == frame) {
            t[1] = frame;
            if (ctx.session().firstOfTwo()) {
                ts.responseIn.put(t[0], frame);
            }
            return new Tracked(t, false, false);
        }
        return new Tracked(t, t[3] == 0, false);
    }

    /**
     * The tracking's items after the records, as tshark shows them: a response names its request and the time, or
     * is unsolicited (also inside an ICMP error, which tracks nothing); a retransmission names the original (an
     * expert finding on the transaction ID); a query names its response in a second pass of two.
     */
    private static void pairItems(ProtoNode d, ProtoNode idItem, PacketContext ctx, boolean response,
            Tracked tracked) {
        long[] t = tracked.t();
        if (tracked.skip()) {
            return;
        }
        if (!response) {
            if (tracked.retransmission()) {
                Expert.add(ctx, idItem, DnsRecords.EI_RETRANSMIT_REQUEST,
                        "DNS query retransmission. Original request in frame " + t[0]);
                d.add(DnsRecords.RETRANSMIT_REQUEST_IN, d.source(), d.offset(), 0, t[0]).generated();
                d.add(DnsRecords.RETRANSMISSION, d.source(), d.offset(), 0, 1).generated();
            } else if (t != null) {
                // known in a second pass of two only: the response the first found
                Transactions first = ctx.session().firstPass(Transactions.class);
                long in = first == null ? 0 : first.responseIn.get(t[0]);
                if (in != 0) {
                    d.add(RESPONSE_IN, d.source(), d.offset(), 0, in).generated();
                }
            }
            return;
        }
        if (t == null) {
            d.add(DnsRecords.UNSOLICITED, d.source(), d.offset(), 0, 1).generated();
        } else if (tracked.retransmission()) {
            Expert.add(ctx, idItem, DnsRecords.EI_RETRANSMIT_RESPONSE,
                    "DNS response retransmission. Original response in frame " + t[1]);
            d.add(DnsRecords.RETRANSMIT_RESPONSE_IN, d.source(), d.offset(), 0, t[1]).generated();
            d.add(DnsRecords.RETRANSMISSION, d.source(), d.offset(), 0, 1).generated();
        } else {
            d.add(RESPONSE_TO, d.source(), d.offset(), 0, t[0]).generated();
            long now = ctx.record().epochSeconds() * 1_000_000_000L + ctx.record().nanos();
            d.add(TIME, d.source(), d.offset(), 0, now - t[2]).generated();
        }
    }

    /**
     * The end of the Info column's text for the message's protocol item {@code dns} that no item of the tree holds:
     * packet-dns.c wrote it, then failed before adding the items it comes from (a record running past its message
     * has its type in the column but no line; an A6 record whose prefix name lies past the message has the name).
     * Handed to the summary under this class, as the summary reads the Info column from the tree.
     */
    public record CutRecord(ProtoNode dns, String info) { }

    /**
     * A domain name read from {@code off}, following compression pointers; {@code end} is where it ends in place.
     * {@code text} is what Wireshark shows (format_text of the bytes: UTF-8, control bytes escaped), {@code rawLen}
     * its length in bytes (dns.qry.name.len) and {@code labels} its dots plus one (dns.count.labels).
     */
    record Name(String text, int end, int labels, int rawLen) {
        static final String LOOP = "<Name contains a pointer that loops>";
        static final String TOO_LONG = "<Name too long>";
        static final String ROOT = "<Root>";
        static final String UNKNOWN_EXTENDED = "<Unknown extended label>";
        /**
         * Wireshark's MAX_DNAME_LEN less one: what expand_dns_name may write (the text, plus one more when the name
         * starts with a plain label) before the name is "&lt;Name too long&gt;".
         */
        static final int MAX_WRITTEN = 254;
        /** Wireshark's pointer count past which a name is taken to loop. */
        static final int MAX_POINTERS = 255;
        /** packet-dns.c's MIN_DNAME_LEN: a name taking fewer bytes, or more without text, is malformed. */
        private static final int MIN_BYTES = 2;

        /**
         * Reads a name as Wireshark 4.0's get_dns_name does: pointers may point anywhere in the message (one past
         * its end, or a label type 0x80, makes the message malformed); past 255 pointers the name is
         * "&lt;Name contains a pointer that loops&gt;", past 254 characters written "&lt;Name too long&gt;".
         * RFC 2673 extended labels as expand_dns_name reads them: a bitstring label (0x41) is written as
         * "\[xHEX/BITS]" but not counted in the name's length, and the name shown is that many characters of what
         * was written (so "\[x…" cut short, or the labels before it); any other extended label stands for the whole
         * name, "&lt;Unknown extended label&gt;", which then ends just past that byte, counted from the name's start
         * even when a pointer led there. Two caps keep hostile names cheap: pointers followed
         * ({@link Limit#DNS_POINTER_HOPS}: reaching it on a chain that does not loop cuts the name and marks the
         * packet under {@code where}) and characters collected ({@link Limit#DNS_NAME_LENGTH}, which matters only when
         * set below 255: past 254 characters nothing more is collected, since the name is shown as "&lt;Name too
         * long&gt;" anyway).
         */
        static Name read(ByteView m, int off, PacketContext ctx, ProtoNode where) {
            int maxName = ctx.limits().getInt(Limit.DNS_NAME_LENGTH);
            int maxHops = ctx.limits().getInt(Limit.DNS_POINTER_HOPS);
            StringBuilder sb = null;
            int written = 0; // what expand_dns_name takes from its buffer's room
            int counted = 0; // its name_len: plain labels and the dots between them
            int p = off;
            int end = -1;
            int hops = 0;
            boolean cut = false;
            while (true) {
                int len = m.u8(p);
                if (len == 0) {
                    if (end < 0) {
                        end = p + 1;
                    }
                    break;
                }
                int kind = len & 0xc0;
                if (kind == 0xc0) {
                    int target = ((len & 0x3f) << 8) | m.u8(p + 1);
                    if (end < 0) {
                        end = p + 2;
                    }
                    if (++hops > Math.min(maxHops, MAX_POINTERS)) {
                        if (hops <= MAX_POINTERS && !loops(m, target, MAX_POINTERS - hops)) {
                            // a chain that ends, but longer than the limit allows: cut it, and say so
                            ctx.limitReached(Limit.DNS_POINTER_HOPS, where, "DNS name follows more than " + maxHops
                                    + " compression pointers: cut");
                            String t = (sb == null ? "" : sb + ".") + LOOP;
                            return new Name(t, end, dots(t) + 1, t.length());
                        }
                        return new Name(LOOP, end, 1, LOOP.length());
                    }
                    p = target;
                    continue;
                }
                if (kind == 0x80) {
                    throw BoundsException.MALFORMED; // reserved: Wireshark 4.0 throws
                }
                boolean collect = !cut && written <= MAX_WRITTEN; // past it the name is "<Name too long>"
                String piece = null;
                int next;
                if (kind == 0x40) {
                    if ((len & 0x3f) != 1) {
                        if (p + 1 - off < MIN_BYTES) {
                            throw BoundsException.MALFORMED;
                        }
                        return new Name(UNKNOWN_EXTENDED, p + 1, 1, UNKNOWN_EXTENDED.length());
                    }
                    int bits = m.u8(p + 1);
                    int bytes = (bits - 1) / 8 + 1; // as C divides: a count of 0 still takes one byte
                    m.ensure(p + 2, bytes);
                    if (collect) {
                        piece = bitstring(m, p + 2, bytes, bits);
                        written += piece.length();
                    }
                    next = p + 2 + bytes;
                } else {
                    m.ensure(p + 1, len);
                    // a plain label takes a dot's place, or its NUL's when it is the first thing written
                    boolean first = written == 0;
                    counted += first ? len : len + 1;
                    written += 1 + len;
                    if (collect) {
                        piece = first ? m.latin1(p + 1, len) : "." + m.latin1(p + 1, len);
                    }
                    next = p + 1 + len;
                }
                if (piece != null) {
                    if (sb == null) {
                        sb = new StringBuilder(64);
                    }
                    if (sb.length() <= maxName) {
                        sb.append(piece);
                    } else {
                        // stop collecting, but keep walking to find where the name ends in place
                        cut = true;
                        ctx.limitReached(Limit.DNS_NAME_LENGTH, where, "DNS name longer than " + maxName
                                + " characters: cut");
                    }
                }
                p = next;
            }
            if (written == 0) {
                return new Name(ROOT, end, 1, ROOT.length());
            }
            if (!cut && written > MAX_WRITTEN) {
                return new Name(TOO_LONG, end, 1, TOO_LONG.length());
            }
            if (sb != null && sb.length() > 0 && sb.charAt(0) == 0 && end - off <= MIN_BYTES) {
                // get_dns_name looks at the C string: a NUL first byte behind a lone pointer reads as the root
                return new Name(ROOT, end, 1, ROOT.length());
            }
            if (counted == 0) {
                // bitstring labels alone: nothing of the name is shown, and taking more than a pointer is malformed
                if (end - off > MIN_BYTES) {
                    throw BoundsException.MALFORMED;
                }
                return new Name("", end, 0, 0);
            }
            String raw = cut ? sb.toString() : sb.substring(0, Math.min(counted, sb.length()));
            return new Name(DnsText.format(raw), end, dots(raw) + 1, raw.length());
        }

        /** A bitstring label as expand_dns_name writes it: "\[x", the bytes in hex, "/" and the bit count, "]". */
        static String bitstring(ByteView m, int off, int bytes, int bits) {
            return "\\[x" + FieldFormat.hex(m.toArray(off, bytes), 0, bytes, null) + "/" + bits + "]";
        }

        /** Whether the pointer chain from {@code target} goes on for more than {@code budget} more pointers. */
        private static boolean loops(ByteView m, int target, int budget) {
            int p = target;
            int hops = 0;
            while (true) {
                int len = m.u8(p);
                if (len == 0) {
                    return false;
                }
                if ((len & 0xc0) == 0xc0) {
                    if (++hops > budget) {
                        return true;
                    }
                    p = ((len & 0x3f) << 8) | m.u8(p + 1);
                } else if (len == 0x41) {
                    p += 2 + (m.u8(p + 1) - 1) / 8 + 1; // a bitstring label
                } else if ((len & 0xc0) != 0) {
                    return false;
                } else {
                    p += 1 + len;
                }
            }
        }

        private static int dots(String s) {
            int n = 0;
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == '.') {
                    n++;
                }
            }
            return n;
        }
    }
}
