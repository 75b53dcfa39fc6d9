package org.jdissect.cli.stats;

import java.util.Map;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.NsTime;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dsl.DisplayFilterException;

/**
 * {@code -z dns,tree[,filter]}: packet-dns.c's "DNS" tree (dns_stats_tree_init/_packet) on the dns tap, which
 * dissect_dns_common queues once a message it got to the end of (no exception first), and not for one an ICMP error
 * quotes: the message's header values pivoted, its size averaged, then query or response figures.
 */
final class DnsMessages extends TreeStatistic {
    private static final String PACKETS = "Total Packets";
    private static final String PAYLOAD = "Payload size";
    private static final String QNAME_LEN = "Qname Len";
    private static final String[] LABELS = {"4th Level or more", "1st Level", "2nd Level", "3rd Level"};
    private static final String[] COUNTS = {"no. of questions", "no. of answers", "no. of authorities",
        "no. of additionals"};
    private static final String UNSOLICITED = "no. of unsolicited responses";
    private static final String RETRANSMISSIONS = "no. of retransmissions";
    private static final String RRT = "request-response time (msec)";

    /** What the tap hands over of one message (struct DnsTap), as the message's items hold it. */
    private record DnsTap(int flags, int qtype, int qclass, int payloadSize, int[] counts, int qnameLen,
                          int qnameLabels, boolean unsolicited, boolean retransmission, float rrtMs) {
        boolean response() {
            return (flags & 0x8000) != 0;
        }
    }

    private final FieldDef dns;
    private final FieldDef[] markers;
    private final FieldDef flags;
    private final FieldDef rcode;
    private final FieldDef opcode;
    private final FieldDef[] counts;
    private final FieldDef qname;
    private final FieldDef qnameLen;
    private final FieldDef labels;
    private final FieldDef qtype;
    private final FieldDef qclass;
    private final FieldDef unsolicited;
    private final FieldDef retransmission;
    private final FieldDef time;
    private final int qr;
    private final int types;
    private final int classes;
    private final int rcodes;
    private final int opcodes;

    DnsMessages(Statistics.Filters filters) throws DisplayFilterException {
        this(new Fields(filters, "dns", "_ws.malformed", "_ws.short", "_ws.unreassembled", "dns.flags",
                "dns.flags.rcode", "dns.flags.opcode", "dns.count.queries", "dns.count.answers", "dns.count.auth_rr",
                "dns.count.add_rr", "dns.qry.name", "dns.qry.name.len", "dns.count.labels", "dns.qry.type", "dns.qry.class", "dns.unsolicited",
                "dns.retransmission", "dns.time", TIME_RELATIVE));
    }

    private DnsMessages(Fields f) {
        super("DNS", f);
        dns = f.get("dns");
        markers = new FieldDef[] {f.get("_ws.malformed"), f.get("_ws.short"), f.get("_ws.unreassembled")};
        flags = f.get("dns.flags");
        rcode = f.get("dns.flags.rcode");
        opcode = f.get("dns.flags.opcode");
        counts = new FieldDef[] {f.get("dns.count.queries"), f.get("dns.count.answers"), f.get("dns.count.auth_rr"),
            f.get("dns.count.add_rr")};
        qname = f.get("dns.qry.name");
        qnameLen = f.get("dns.qry.name.len");
        labels = f.get("dns.count.labels");
        qtype = f.get("dns.qry.type");
        qclass = f.get("dns.qry.class");
        unsolicited = f.get("dns.unsolicited");
        retransmission = f.get("dns.retransmission");
        time = f.get("dns.time");
        int packets = tree.createNode(PACKETS, 0, true);
        qr = tree.createPivot("Query/Response", packets);
        types = tree.createPivot("Query Type", packets);
        classes = tree.createPivot("Class", packets);
        rcodes = tree.createPivot("rcode", packets);
        opcodes = tree.createPivot("opcodes", packets);
        tree.createNode(PAYLOAD, 0, false);
        int query = tree.createNode("Query Stats", 0, true);
        tree.createNode(QNAME_LEN, query, false);
        int domains = tree.createNode("Label Stats", query, true);
        for (int i = 1; i <= LABELS.length; i++) {
            tree.createNode(LABELS[i % LABELS.length], domains, false);
        }
        int response = tree.createNode("Response Stats", 0, true);
        for (String c : COUNTS) {
            tree.createNode(c, response, false);
        }
        int service = tree.createNode("Service Stats", 0, true);
        tree.createNode(UNSOLICITED, service, false);
        tree.createNode(RETRANSMISSIONS, service, false);
        tree.createFloatNode(RRT, service, false);
    }

    @Override
    public void packet(PacketContext ctx) {
        double ms = -1;
        for (ProtoNode n = ctx.tree().root().firstChild(); n != null; n = n.next()) {
            String abbrev = n.abbrev();
            if ("icmp".equals(abbrev) || "icmpv6".equals(abbrev)) {
                // what follows at the top is the quoted datagram's payload (UDP hands it to the root): packet-dns.c
                // taps no message of an error packet
                return;
            }
            if (dns.equals(n.def()) && !cutShort(n)) {
                DnsTap t = read(n);
                if (t != null) {
                    ms = ms < 0 ? frameMs(ctx) : ms;
                    tree.tapped(ms);
                    tick(t);
                }
            }
        }
    }

    /** Whether an exception ended the message's dissection: the marker tshark adds where it caught it follows. */
    private boolean cutShort(ProtoNode message) {
        ProtoNode next = message.next();
        if (next == null || next.def() == null) {
            return false;
        }
        for (FieldDef m : markers) {
            if (m.equals(next.def())) {
                return true;
            }
        }
        return false;
    }

    private DnsTap read(ProtoNode n) {
        ProtoNode f = n.find(flags);
        if (f == null) {
            return null;
        }
        int[] c = new int[counts.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = (int) num(n.find(counts[i]));
        }
        ProtoNode rrt = n.find(time);
        float rrtMs = 0;
        if (rrt != null) {
            // (gfloat)(secs*1000. + nsecs/1000000.0) of nstime_delta
            rrtMs = rrt.obj() instanceof NsTime t ? (float) (t.secs() * 1000. + t.nsecs() / 1000000.0)
                    : (float) (rrt.num() / 1_000_000_000L * 1000. + rrt.num() % 1_000_000_000L / 1000000.0);
        }
        return new DnsTap((int) f.num(), (int) num(n.find(qtype)), (int) num(n.find(qclass)), n.length(), c,
                qnameLength(n), (int) num(n.find(labels)), n.find(unsolicited) != null,
                n.find(retransmission) != null, rrtMs);
    }

    /**
     * The first query's name_len: the Name Length item's, which shows 0 for a name of one character (or none),
     * whose length the tap still has.
     */
    private int qnameLength(ProtoNode message) {
        int shown = (int) num(message.find(qnameLen));
        ProtoNode name = shown == 0 ? message.find(qname) : null;
        return name != null && name.obj() instanceof String s ? s.length() : shown;
    }

    private static long num(ProtoNode n) {
        return n == null ? 0 : n.num();
    }

    private void tick(DnsTap t) {
        tree.tick(PACKETS, 0, false);
        tree.tickPivot(qr, t.response() ? "Response" : "Query");
        tree.tickPivot(types, name(qtype, t.qtype(), "Unknown packet type (%d)"));
        tree.tickPivot(classes, name(qclass, t.qclass(), "Unknown class (%d)"));
        tree.tickPivot(rcodes, name(rcode, t.flags() & 0xf, "Unknown rcode (%d)"));
        tree.tickPivot(opcodes, name(opcode, t.flags() >> 11 & 0xf, "Unknown opcode (%d)"));
        tree.average(PAYLOAD, 0, false, t.payloadSize());
        if (!t.response()) {
            tree.average(QNAME_LEN, 0, false, t.qnameLen());
            tree.tick(LABELS[t.qnameLabels() < LABELS.length ? t.qnameLabels() : 0], 0, false);
            return;
        }
        // packet-dns.c 4.0 adds a response's counts twice, unsolicited or not, and ticks an unsolicited one once
        addCounts(t);
        if (t.unsolicited()) {
            tree.tick(UNSOLICITED, 0, false);
            return;
        }
        addCounts(t);
        if (t.retransmission()) {
            tree.tick(RETRANSMISSIONS, 0, false);
        } else {
            tree.average(RRT, 0, false, t.rrtMs());
        }
    }

    private void addCounts(DnsTap t) {
        for (int i = 0; i < COUNTS.length; i++) {
            tree.average(COUNTS[i], 0, false, t.counts()[i]);
        }
    }

    /** val_to_str of a value in a field's names, with {@code unknown}'s format when it has none. */
    private static String name(FieldDef field, int value, String unknown) {
        String s = field.valueNames().get((long) value);
        return s != null ? s : String.format(unknown, value);
    }
}
