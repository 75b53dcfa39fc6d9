package org.jdissect.dissectors.nbns;

import static org.jdissect.api.field.FieldType.*;

import java.util.Map;
import org.jdissect.api.bytes.BoundsException;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.Handoff;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.expert.ExpertDef;
import org.jdissect.api.expert.ExpertGroup;
import org.jdissect.api.expert.ExpertSeverity;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.dns.DnsModule;
import org.jdissect.dissectors.udp.UdpModule;

/**
 * NetBIOS Name Service over UDP port 137 (RFC 1001/1002), as tshark 4.0.17's dissect_nbns shows it: the DNS-like
 * header and flags, questions and resource records whose names are first-level encoded NetBIOS names
 * ("ARBEITSGRUPPE&lt;1b&gt;"), NB records (flags and addresses, or a WACK's flags), NBSTAT records (the node's names,
 * unit id and statistics) and other records as data. Lengths are followed as packet-nbns.c follows them, short data
 * marked "incomplete entry". The Info column is built here as the dissector builds it ({@link Info}).
 */
public final class NbnsModule implements ProtocolModule {
    static final int T_NB = 32;
    static final int T_NBSTAT = 33;
    static final int OPCODE_WACK = 7;

    static final Map<Long, String> OPCODES = Map.of(0L, "Name query", 5L, "Registration", 6L, "Release", 7L,
            "Wait for acknowledgment", 8L, "Refresh", 9L, "Refresh (alternate opcode)", 15L,
            "Multi-homed registration");
    static final Map<Long, String> RCODES = Map.of(0L, "No error", 1L, "Request was invalidly formatted", 2L,
            "Server failure", 3L, "Requested name does not exist", 4L, "Request is not implemented", 5L,
            "Request was refused", 6L, "Name is owned by another node", 7L, "Name is in conflict");
    static final Map<Long, String> TYPES = Map.of(32L, "NB", 33L, "NBSTAT");
    static final Map<Long, String> CLASSES = Map.of(1L, "IN", 2L, "CS", 3L, "CH", 4L, "HS", 254L, "NONE", 255L,
            "ANY");
    /** packet-nbns.c's ONT names keyed by the unshifted bits: as a masked field only B-node (0) has its name. */
    static final Map<Long, String> NB_ONT = Map.of(0L, "B-node", 0x2000L, "P-node", 0x4000L, "M-node", 0x6000L,
            "H-node");
    static final Map<Long, String> NAME_ONT = Map.of(0L, "B-node", 0x2000L, "P-node", 0x4000L, "M-node");

    public static final FieldDef NBNS = FieldDef.builder("nbns", "NetBIOS Name Service", PROTOCOL).blurb("NBNS")
            .build();
    static final FieldDef FLAGS = FieldDef.builder("nbns.flags", "Flags", UINT16).hex().build();
    static final FieldDef F_RESPONSE = FieldDef.builder("nbns.flags.response", "Response", BOOLEAN)
            .mask(0x8000, 16).trueFalse("Message is a response", "Message is a query")
            .blurb("Is the message a response?").build();
    static final FieldDef F_OPCODE = FieldDef.builder("nbns.flags.opcode", "Opcode", UINT16).mask(0x7800, 16)
            .names(OPCODES).blurb("Operation code").build();
    static final FieldDef F_AUTH = FieldDef.builder("nbns.flags.authoritative", "Authoritative", BOOLEAN)
            .mask(0x0400, 16).trueFalse("Server is an authority for domain", "Server is not an authority for domain")
            .blurb("Is the server is an authority for the domain?").build();
    static final FieldDef F_TRUNC = FieldDef.builder("nbns.flags.truncated", "Truncated", BOOLEAN).mask(0x0200, 16)
            .trueFalse("Message is truncated", "Message is not truncated").blurb("Is the message truncated?")
            .build();
    static final FieldDef F_RD = FieldDef.builder("nbns.flags.recdesired", "Recursion desired", BOOLEAN)
            .mask(0x0100, 16).trueFalse("Do query recursively", "Don't do query recursively")
            .blurb("Do query recursively?").build();
    static final FieldDef F_RA = FieldDef.builder("nbns.flags.recavail", "Recursion available", BOOLEAN)
            .mask(0x0080, 16).trueFalse("Server can do recursive queries", "Server can't do recursive queries")
            .blurb("Can the server do recursive queries?").build();
    static final FieldDef F_BROADCAST = FieldDef.builder("nbns.flags.broadcast", "Broadcast", BOOLEAN)
            .mask(0x0010, 16).trueFalse("Broadcast packet", "Not a broadcast packet")
            .blurb("Is this a broadcast packet?").build();
    static final FieldDef F_RCODE = FieldDef.builder("nbns.flags.rcode", "Reply code", UINT16).mask(0x000f, 16)
            .names(RCODES).build();
    static final FieldDef ID = FieldDef.builder("nbns.id", "Transaction ID", UINT16).hex()
            .blurb("Identification of transaction").build();
    static final FieldDef QDCOUNT = FieldDef.builder("nbns.count.queries", "Questions", UINT16)
            .blurb("Number of queries in packet").build();
    static final FieldDef ANCOUNT = FieldDef.builder("nbns.count.answers", "Answer RRs", UINT16)
            .blurb("Number of answers in packet").build();
    static final FieldDef NSCOUNT = FieldDef.builder("nbns.count.auth_rr", "Authority RRs", UINT16)
            .blurb("Number of authoritative records in packet").build();
    static final FieldDef ARCOUNT = FieldDef.builder("nbns.count.add_rr", "Additional RRs", UINT16)
            .blurb("Number of additional records in packet").build();
    static final FieldDef NAME_FLAGS = FieldDef.builder("nbns.name_flags", "Name flags", UINT16).hex().build();
    static final FieldDef NAME_GROUP = FieldDef.builder("nbns.name_flags.group", "Name type", BOOLEAN)
            .mask(0x8000, 16).trueFalse("Group name", "Unique name").build();
    static final FieldDef NAME_ONT_F = FieldDef.builder("nbns.name_flags.ont", "ONT", UINT16).mask(0x6000, 16)
            .names(NAME_ONT).build();
    static final FieldDef NAME_DRG = FieldDef.builder("nbns.name_flags.drg", "Name is being deregistered", BOOLEAN)
            .mask(0x1000, 16).trueFalse("Yes", "No").build();
    static final FieldDef NAME_CNF = FieldDef.builder("nbns.name_flags.cnf", "Name is in conflict", BOOLEAN)
            .mask(0x0800, 16).trueFalse("Yes", "No").build();
    static final FieldDef NAME_ACT = FieldDef.builder("nbns.name_flags.act", "Name is active", BOOLEAN)
            .mask(0x0400, 16).trueFalse("Yes", "No").build();
    static final FieldDef NAME_PRM = FieldDef.builder("nbns.name_flags.prm", "Permanent node name", BOOLEAN)
            .mask(0x0200, 16).trueFalse("Yes", "No").build();
    static final FieldDef NB_FLAGS = FieldDef.builder("nbns.nb_flags", "Name flags", UINT16).hex().build();
    static final FieldDef NB_GROUP = FieldDef.builder("nbns.nb_flags.group", "Name type", BOOLEAN).mask(0x8000, 16)
            .trueFalse("Group name", "Unique name").build();
    static final FieldDef NB_ONT_F = FieldDef.builder("nbns.nb_flags.ont", "ONT", UINT16).mask(0x6000, 16)
            .names(NB_ONT).build();
    static final FieldDef TYPE = FieldDef.builder("nbns.type", "Type", UINT16).names(TYPES).build();
    static final FieldDef CLASS = FieldDef.builder("nbns.class", "Class", UINT16).names(CLASSES).build();
    static final FieldDef NAME = FieldDef.builder("nbns.name", "Name", STRING).build();
    static final FieldDef ADDR = FieldDef.builder("nbns.addr", "Addr", IPV4).build();
    static final FieldDef NUMBER_OF_NAMES = FieldDef.builder("nbns.number_of_names", "Number of names", UINT8)
            .build();
    static final FieldDef UNIT_ID = FieldDef.builder("nbns.unit_id", "Unit ID", ETHER).build();
    static final FieldDef JUMPERS = FieldDef.builder("nbns.jumpers", "Jumpers", UINT8).hex().build();
    static final FieldDef TEST_RESULT = FieldDef.builder("nbns.test_result", "Test result", UINT8).hex().build();
    static final FieldDef VERSION = FieldDef.builder("nbns.version_number", "Version number", UINT16).hex().build();
    static final FieldDef PERIOD = FieldDef.builder("nbns.period_of_statistics", "Period of statistics", UINT16)
            .hex().build();
    static final FieldDef CRCS = FieldDef.builder("nbns.num_crcs", "Number of CRCs", UINT16).build();
    static final FieldDef ALIGNMENT = FieldDef.builder("nbns.num_alignment_errors", "Number of alignment errors",
            UINT16).build();
    static final FieldDef COLLISIONS = FieldDef.builder("nbns.num_collisions", "Number of collisions", UINT16)
            .build();
    static final FieldDef SEND_ABORTS = FieldDef.builder("nbns.num_send_aborts", "Number of send aborts", UINT16)
            .build();
    static final FieldDef GOOD_SENDS = FieldDef.builder("nbns.num_good_sends", "Number of good sends", UINT32)
            .build();
    static final FieldDef GOOD_RECEIVES = FieldDef.builder("nbns.num_good_receives", "Number of good receives",
            UINT32).build();
    static final FieldDef RETRANSMITS = FieldDef.builder("nbns.numretransmits", "Number of retransmits", UINT16)
            .build();
    static final FieldDef NO_RESOURCE = FieldDef.builder("nbns.num_no_resource_conditions",
            "Number of no resource conditions", UINT16).build();
    static final FieldDef COMMAND_BLOCKS = FieldDef.builder("nbns.numcommand_blocks", "Number of command blocks",
            UINT16).build();
    static final FieldDef PENDING = FieldDef.builder("nbns.numpending_sessions", "Number of pending sessions",
            UINT16).build();
    static final FieldDef MAX_PENDING = FieldDef.builder("nbns.max_num_pending_sessions",
            "Max number of pending sessions", UINT16).build();
    static final FieldDef MAX_TOTAL = FieldDef.builder("nbns.max_total_sessions_possible",
            "Max total sessions possible", UINT16).build();
    static final FieldDef SESSION_SIZE = FieldDef.builder("nbns.session_data_packet_size", "Session data packet size",
            UINT16).build();
    static final FieldDef DATA = FieldDef.builder("nbns.data", "Data", BYTES).build();
    static final FieldDef NETBIOS_NAME = FieldDef.builder("nbns.netbios_name", "Name", STRING).build();
    static final FieldDef TTL = FieldDef.builder("nbns.ttl", "Time to live", UINT32).build();
    static final FieldDef DATA_LENGTH = FieldDef.builder("nbns.data_length", "Data length", UINT16).build();

    static final ExpertDef EI_INCOMPLETE = ExpertDef.of("nbns.incomplete_entry", ExpertGroup.MALFORMED,
            ExpertSeverity.ERROR, "incomplete entry");

    static final FieldDef[] HEADER_QUERY_FLAGS = {F_RESPONSE, F_OPCODE, F_TRUNC, F_RD, F_BROADCAST};
    static final FieldDef[] HEADER_RESPONSE_FLAGS = {F_RESPONSE, F_OPCODE, F_AUTH, F_TRUNC, F_RD, F_RA, F_BROADCAST,
        F_RCODE};
    static final FieldDef[] WACK_RESPONSE_FLAGS = {F_RESPONSE, F_OPCODE, F_AUTH, F_TRUNC, F_RD, F_RA, F_BROADCAST};
    static final FieldDef[] NB_FLAG_BITS = {NB_GROUP, NB_ONT_F};
    static final FieldDef[] NAME_FLAG_BITS = {NAME_GROUP, NAME_ONT_F, NAME_DRG, NAME_CNF, NAME_ACT, NAME_PRM};

    static final FieldDef[] ALL = {NBNS, FLAGS, F_RESPONSE, F_OPCODE, F_AUTH, F_TRUNC, F_RD, F_RA, F_BROADCAST,
        F_RCODE, ID, QDCOUNT, ANCOUNT, NSCOUNT, ARCOUNT, NAME_FLAGS, NAME_GROUP, NAME_ONT_F, NAME_DRG, NAME_CNF,
        NAME_ACT, NAME_PRM, NB_FLAGS, NB_GROUP, NB_ONT_F, TYPE, CLASS, NAME, ADDR, NUMBER_OF_NAMES, UNIT_ID, JUMPERS,
        TEST_RESULT, VERSION, PERIOD, CRCS, ALIGNMENT, COLLISIONS, SEND_ABORTS, GOOD_SENDS, GOOD_RECEIVES,
        RETRANSMITS, NO_RESOURCE, COMMAND_BLOCKS, PENDING, MAX_PENDING, MAX_TOTAL, SESSION_SIZE, DATA, NETBIOS_NAME,
        TTL, DATA_LENGTH};

    /** The statistics after an NBSTAT record's names, in order, with their sizes. */
    private static final FieldDef[] STATISTICS = {UNIT_ID, JUMPERS, TEST_RESULT, VERSION, PERIOD, CRCS, ALIGNMENT,
        COLLISIONS, SEND_ABORTS, GOOD_SENDS, GOOD_RECEIVES, RETRANSMITS, NO_RESOURCE, COMMAND_BLOCKS, PENDING,
        MAX_PENDING, MAX_TOTAL, SESSION_SIZE};
    private static final int[] STATISTIC_SIZES = {6, 1, 1, 2, 2, 2, 2, 2, 2, 4, 4, 2, 2, 2, 2, 2, 2, 2};

    /**
     * The Info column as packet-nbns.c writes it for the message {@code nbns}. {@code thrown} is set when writing it
     * read past the data where nothing else does: an NB answer's address is read for the column only (tvb_ip_to_str),
     * so tshark's summary line stops there with an exception marker while its tree (-V, -T json: no columns) goes on.
     */
    public static final class Info {
        private final StringBuilder text = new StringBuilder(64);
        private final ProtoNode nbns;
        private BoundsException.Kind thrown;

        Info(ProtoNode nbns) {
            this.nbns = nbns;
        }

        public ProtoNode nbns() {
            return nbns;
        }

        public String text() {
            return text.toString();
        }

        /** The kind of exception that ended the column's writing, or null. */
        public BoundsException.Kind thrown() {
            return thrown;
        }

        void append(String s) {
            if (thrown == null) {
                text.append(s);
            }
        }
    }

    @Override
    public String name() {
        return "nbns";
    }

    @Override
    public void register(Registrar r) {
        r.fields(ALL);
        r.experts(EI_INCOMPLETE);
        r.dissector("nbns", this::dissect);
    }

    @Override
    public void handoff(Handoff h) {
        h.table(UdpModule.PORT_TABLE).add(137, "nbns", this::dissect);
    }

    int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ctx.setCurrentProto("NBNS");
        ctx.addProtocol("nbns");
        int id = tvb.u16(0);
        int flags = tvb.u16(2);
        boolean response = (flags & 0x8000) != 0;
        int opcode = flags >> 11 & 15;
        ProtoNode d = parent.addItem(NBNS, tvb, 0, tvb.capturedLength());
        Info info = new Info(d);
        String op = OPCODES.get((long) opcode);
        info.append((op == null ? "Unknown operation (" + opcode + ")" : op) + (response ? " response" : ""));
        ctx.put(Info.class, info);
        d.add(ID, tvb, 0, 2, id);
        flags(d, tvb, 2, response ? info : null, false);
        int qd = tvb.u16(4);
        d.add(QDCOUNT, tvb, 4, 2, qd);
        int an = tvb.u16(6);
        d.add(ANCOUNT, tvb, 6, 2, an);
        int ns = tvb.u16(8);
        d.add(NSCOUNT, tvb, 8, 2, ns);
        int ar = tvb.u16(10);
        d.add(ARCOUNT, tvb, 10, 2, ar);
        int off = 12;
        if (qd > 0) {
            ProtoNode qs = section(d, tvb, off, "Queries");
            int start = off;
            for (int i = 0; i < qd; i++) {
                off += question(tvb, off, ctx, qs, response ? null : info);
            }
            qs.setLength(off - start);
        }
        if (an > 0) {
            off += records(tvb, off, an, ctx, d, response ? info : null, opcode, "Answers");
        }
        if (ns > 0) {
            off += records(tvb, off, ns, ctx, d, null, opcode, "Authoritative nameservers");
        }
        if (ar > 0) {
            records(tvb, off, ar, ctx, d, null, opcode, "Additional records");
        }
        return tvb.capturedLength();
    }

    /** A "Queries"/"Answers" subtree added with length -1 (the rest of the data), set once its records are read. */
    private static ProtoNode section(ProtoNode d, ByteView tvb, int off, String title) {
        tvb.ensureFromStart(off, 0);
        return d.addText(tvb, off, Math.max(0, tvb.remaining(off)), title);
    }

    /**
     * nbns_add_nbns_flags: the flags word as a bitmask item, the reply code appended to Info ({@code info} non-null)
     * for a response with an error; a WACK's data ({@code wack}) shows no reply code.
     */
    private static void flags(ProtoNode tree, ByteView tvb, int off, Info info, boolean wack) {
        int flags = tvb.u16(off);
        boolean response = (flags & 0x8000) != 0;
        if (info != null && response && !wack && (flags & 15) != 0) {
            String rc = RCODES.get((long) (flags & 15));
            info.append(", " + (rc == null ? "Unknown error" : rc));
        }
        FieldDef[] bits = response ? (wack ? WACK_RESPONSE_FLAGS : HEADER_RESPONSE_FLAGS) : HEADER_QUERY_FLAGS;
        bitmask(tree, tvb, off, FLAGS, flags, bits);
    }

    /** proto_tree_add_bitmask: the word, its named parts in the label, one item a part. */
    private static ProtoNode bitmask(ProtoNode tree, ByteView tvb, int off, FieldDef field, int value,
            FieldDef[] bits) {
        ProtoNode f = tree.add(field, tvb, off, 2, value);
        f.label(FieldFormat.appendBitmaskNames(new StringBuilder(field.name()).append(": 0x")
                .append(FieldFormat.hexPadded(value, 4)), value, bits).toString());
        for (FieldDef b : bits) {
            f.add(b, tvb, off, 2, (value & b.bitmask()) >>> Long.numberOfTrailingZeros(b.bitmask()));
        }
        return f;
    }

    /** A name, its type and class: the name decoded, its length in place, the type and class after it. */
    private record NameTypeClass(NetbiosName name, int nameLen, int type, int cls) {
        static NameTypeClass read(ByteView tvb, int off, PacketContext ctx, ProtoNode where) {
            DnsModule.NameAt n = DnsModule.nameAt(tvb, off, ctx, where);
            int type = tvb.u16(off + n.length());
            int cls = tvb.u16(off + n.length() + 2);
            return new NameTypeClass(NetbiosName.decode(n.text()), n.length(), type, cls);
        }

        String typeName() {
            return TYPES.getOrDefault((long) type, "Unknown");
        }

        String className() {
            return CLASSES.getOrDefault((long) cls, "Unknown");
        }
    }

    /** dissect_nbns_query: one question; returns its length. */
    private static int question(ByteView tvb, int off, PacketContext ctx, ProtoNode qs, Info info) {
        NameTypeClass q = NameTypeClass.read(tvb, off, ctx, qs);
        String name = q.name().text();
        if (info != null) {
            info.append(" " + q.typeName() + " " + name);
        }
        ProtoNode t = qs.addText(tvb, off, q.nameLen() + 4, name + ": type " + q.typeName() + ", class "
                + q.className());
        ProtoNode n = t.addObj(NAME, tvb, off, q.nameLen(), name);
        if (q.name().type() != -1) {
            n.label("Name: " + name + " (" + NetbiosName.describe(q.name().type()) + ")");
        }
        t.add(TYPE, tvb, off + q.nameLen(), 2, q.type());
        t.add(CLASS, tvb, off + q.nameLen() + 2, 2, q.cls());
        return q.nameLen() + 4;
    }

    /** dissect_answer_records: a section of {@code count} records; returns the bytes they took. */
    private static int records(ByteView tvb, int off, int count, PacketContext ctx, ProtoNode d, Info info,
            int opcode, String title) {
        ProtoNode sec = section(d, tvb, off, title);
        int start = off;
        for (int i = 0; i < count; i++) {
            off += answer(tvb, off, ctx, sec, info, opcode);
        }
        sec.setLength(off - start);
        return off - start;
    }

    /**
     * dissect_nbns_answer: one resource record; returns how far its data was read (not its data length: a record
     * whose data stops short makes the next one start early, as in packet-nbns.c).
     */
    private static int answer(ByteView tvb, int off, PacketContext ctx, ProtoNode sec, Info info, int opcode) {
        NameTypeClass r = NameTypeClass.read(tvb, off, ctx, sec);
        int cur = off + r.nameLen() + 4;
        long ttl = tvb.u32(cur);
        int dataLen = tvb.u16(cur + 4);
        cur += 6;
        String name = r.name().text();
        String head = name + ": type " + r.typeName() + ", class " + r.className();
        switch (r.type()) {
            case T_NB -> {
                if (info != null && opcode != OPCODE_WACK && info.thrown == null) {
                    // tvb_ip_to_str for the column only: past the data, the summary line ends here
                    try {
                        tvb.ensure(cur + 2, 4);
                        info.append(" NB " + FieldFormat.ipv4(tvb.u32(cur + 2)));
                    } catch (BoundsException e) {
                        info.thrown = e.kind();
                    }
                }
                ProtoNode rr = subtree(sec, tvb, off, cur - off + dataLen, head);
                rrHeader(rr, tvb, off, r, name + " (" + NetbiosName.describe(r.name().type()) + ")", ttl, dataLen);
                while (dataLen > 0) {
                    if (opcode == OPCODE_WACK) {
                        if (dataLen < 2) {
                            incomplete(ctx, rr, tvb, cur, dataLen);
                            break;
                        }
                        flags(rr, tvb, cur, info, true);
                        cur += 2;
                        dataLen -= 2;
                    } else {
                        if (dataLen < 2) {
                            incomplete(ctx, rr, tvb, cur, dataLen);
                            break;
                        }
                        nbFlags(rr, tvb, cur);
                        cur += 2;
                        dataLen -= 2;
                        if (dataLen < 4) {
                            incomplete(ctx, rr, tvb, cur, dataLen);
                            break;
                        }
                        rr.add(ADDR, tvb, cur, 4, tvb.u32(cur));
                        cur += 4;
                        dataLen -= 4;
                    }
                }
            }
            case T_NBSTAT -> {
                if (info != null) {
                    info.append(" NBSTAT");
                }
                ProtoNode rr = subtree(sec, tvb, off, cur - off + dataLen, head);
                rrHeader(rr, tvb, off, r, name, ttl, dataLen);
                cur = nodeStatus(tvb, cur, dataLen, r.nameLen(), ctx, rr);
            }
            default -> {
                if (info != null) {
                    info.append(" " + r.typeName());
                }
                ProtoNode rr = subtree(sec, tvb, off, cur - off + dataLen, head);
                rrHeader(rr, tvb, off, r, name, ttl, dataLen);
                tvb.ensureFromStart(cur, dataLen);
                if (dataLen == 0) {
                    rr.addObj(DATA, tvb, cur, 0, "<MISSING>");
                } else {
                    rr.add(DATA, tvb, cur, dataLen, 0);
                }
                cur += dataLen;
            }
        }
        return cur - off;
    }

    /** proto_tree_add_subtree_format over bytes that must be there. */
    private static ProtoNode subtree(ProtoNode sec, ByteView tvb, int off, int len, String label) {
        tvb.ensureFromStart(off, len);
        return sec.addText(tvb, off, len, label);
    }

    /** add_rr_to_tree: the name (a byte in, one byte short), type, class, TTL and data length. */
    private static void rrHeader(ProtoNode rr, ByteView tvb, int off, NameTypeClass r, String shown, long ttl,
            int dataLen) {
        rr.addObj(NAME, tvb, off + 1, r.nameLen() - 1, shown);
        int p = off + r.nameLen();
        rr.add(TYPE, tvb, p, 2, r.type());
        rr.add(CLASS, tvb, p + 2, 2, r.cls());
        rr.add(TTL, tvb, p + 4, 4, ttl).label("Time to live: " + signedTimeSecs((int) ttl));
        rr.add(DATA_LENGTH, tvb, p + 8, 2, dataLen);
    }

    /** nbns_add_nb_flags: the NB flags with the node type and "group"/"unique" appended. */
    private static void nbFlags(ProtoNode rr, ByteView tvb, int off) {
        int flags = tvb.u16(off);
        ProtoNode f = bitmask(rr, tvb, off, NB_FLAGS, flags, NB_FLAG_BITS);
        f.label(f.label() + " (" + NB_ONT.get((long) (flags & 0x6000)) + ", "
                + ((flags & 0x8000) != 0 ? "group" : "unique") + ")");
    }

    /**
     * The data of an NBSTAT record: the names with their flags, then the unit id and statistics, each checked
     * against what is left of the data length (which, as in packet-nbns.c, the name count's byte does not reduce).
     */
    private static int nodeStatus(ByteView tvb, int cur, int dataLen, int rrNameLen, PacketContext ctx,
            ProtoNode rr) {
        if (dataLen < 1) {
            incomplete(ctx, rr, tvb, cur, dataLen);
            return cur;
        }
        int names = tvb.u8(cur);
        rr.add(NUMBER_OF_NAMES, tvb, cur, 1, names);
        cur += 1;
        while (names != 0) {
            if (dataLen < 16) {
                incomplete(ctx, rr, tvb, cur, dataLen);
                return cur;
            }
            tvb.ensure(cur, 16);
            byte[] raw = tvb.toArray(cur, 16);
            String text = NetbiosName.printable(raw, rrNameLen);
            int type = raw[15] & 0xff;
            rr.addObj(NETBIOS_NAME, tvb, cur, 16, text).label("Name: " + text + "<" + hex2(type) + "> ("
                    + NetbiosName.describe(type) + ")");
            cur += 16;
            dataLen -= 16;
            if (dataLen < 2) {
                incomplete(ctx, rr, tvb, cur, dataLen);
                return cur;
            }
            bitmask(rr, tvb, cur, NAME_FLAGS, tvb.u16(cur), NAME_FLAG_BITS);
            cur += 2;
            dataLen -= 2;
            names--;
        }
        for (int i = 0; i < STATISTICS.length; i++) {
            int size = STATISTIC_SIZES[i];
            if (dataLen < size) {
                incomplete(ctx, rr, tvb, cur, dataLen);
                return cur;
            }
            long v = switch (size) {
                case 1 -> tvb.u8(cur);
                case 2 -> tvb.u16(cur);
                case 4 -> tvb.u32(cur);
                default -> tvb.u48(cur);
            };
            rr.add(STATISTICS[i], tvb, cur, size, v);
            cur += size;
            dataLen -= size;
        }
        return cur;
    }

    /**
     * proto_tree_add_expert "incomplete entry" over {@code len} bytes: the item and its finding are in the tree
     * before a length past the data throws.
     */
    private static void incomplete(PacketContext ctx, ProtoNode rr, ByteView tvb, int off, int len) {
        ProtoNode t = rr.addText(tvb, off, Math.max(0, Math.min(len, tvb.remaining(off))), EI_INCOMPLETE.summary());
        Expert.add(ctx, t, EI_INCOMPLETE);
        tvb.ensure(off, len);
    }

    static String hex2(int v) {
        return FieldFormat.hexPadded(v, 2);
    }

    /** Wireshark's signed_time_secs_to_str: "3 days, 11 hours, 20 minutes", "0 seconds", negative with a '-'. */
    static String signedTimeSecs(int t) {
        if (t == 0) {
            return "0 seconds";
        }
        long v = Math.abs((long) t);
        long[] parts = {v / 86400, v / 3600 % 24, v / 60 % 60, v % 60};
        String[] units = {"day", "hour", "minute", "second"};
        StringBuilder sb = new StringBuilder(t < 0 ? "-" : "");
        boolean first = true;
        for (int i = 0; i < 4; i++) {
            if (parts[i] != 0) {
                sb.append(first ? "" : ", ").append(parts[i]).append(' ').append(units[i])
                        .append(parts[i] == 1 ? "" : "s");
                first = false;
            }
        }
        return sb.toString();
    }
}
