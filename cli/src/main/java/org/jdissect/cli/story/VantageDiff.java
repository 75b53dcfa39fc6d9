package org.jdissect.cli.story;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jdissect.cli.story.DiffReport.Direction;
import org.jdissect.cli.story.DiffReport.FieldChange;
import org.jdissect.cli.story.DiffReport.Genuine;
import org.jdissect.cli.story.DiffReport.Group;
import org.jdissect.cli.story.DiffReport.Lone;
import org.jdissect.cli.story.DiffReport.Pair;
import org.jdissect.cli.story.DiffReport.Source;
import org.jdissect.cli.story.DiffReport.Span;
import org.jdissect.cli.story.DiffReport.Verdict;

/**
 * Compares the same TCP connections seen from two vantage points (near the client, near the server).
 * Connections are matched by their initial sequence numbers ({@code tcp.seq_raw - tcp.seq}), so address and port
 * translation between the points does not matter; packets by side, raw sequence and acknowledgment numbers,
 * flags and length, in order of occurrence (so a retransmission matches the retransmission).
 *
 * <p>A packet the sender's side has and the receiver's side lacks was dropped in the path; a packet the receiver's
 * side has and the claimed sender's side lacks was injected in the path. Matched packets are compared field by
 * field (TTL, IP ID, DF, addresses, ports, window). The result is a {@link DiffReport}; {@link DiffText} and
 * {@link DiffJson} render it.
 */
public final class VantageDiff {
    /** One capture: its name, TCP packets and conversations. */
    public record Capture(String name, List<Pkt> packets) {
        List<Conversation> conversations() {
            return Conversation.of(packets);
        }

        long firstTime() {
            return packets.isEmpty() ? 0 : packets.get(0).time();
        }

        long lastTime() {
            return packets.isEmpty() ? 0 : packets.get(packets.size() - 1).time();
        }
    }

    private final Capture client;
    private final Capture server;

    /** @param client the capture taken nearer the client, {@code server} nearer the server */
    public VantageDiff(Capture client, Capture server) {
        this.client = client;
        this.server = server;
    }

    /**
     * Orders two captures: the one where the connections' clients show the higher TTL is nearer the clients.
     * Returns {@code {clientSide, serverSide}}; ties keep the given order.
     */
    public static Capture[] orient(Capture a, Capture b) {
        Map<Long, Integer> ttlA = clientTtls(a);
        Map<Long, Integer> ttlB = clientTtls(b);
        int votes = 0;
        for (Map.Entry<Long, Integer> e : ttlA.entrySet()) {
            Integer other = ttlB.get(e.getKey());
            if (other != null) {
                votes += Integer.compare(e.getValue(), other);
            }
        }
        return votes < 0 ? new Capture[] {b, a} : new Capture[] {a, b};
    }

    private static Map<Long, Integer> clientTtls(Capture c) {
        Map<Long, Integer> m = new HashMap<>();
        for (Conversation conv : c.conversations()) {
            for (Pkt p : conv.packets) {
                if (conv.fromClient(p)) {
                    m.putIfAbsent(base(p), p.ttl());
                }
            }
        }
        return m;
    }

    /** The initial sequence number of {@code p}'s sender, from the raw and relative numbers. */
    static long base(Pkt p) {
        return (p.seqRaw() - p.seq()) & 0xffffffffL;
    }

    private static long base(Conversation c, boolean clientSide) {
        for (Pkt p : c.packets) {
            if (c.fromClient(p) == clientSide) {
                return base(p);
            }
        }
        return -1;
    }

    /**
     * Aligns the two captures.
     *
     * @param clientFirst the client-side capture is the one the user gave first (A)
     */
    public DiffReport align(boolean clientFirst) {
        List<Group> groups = new ArrayList<>();
        List<Conversation> sconvs = new ArrayList<>(server.conversations());
        for (Conversation cc : client.conversations()) {
            Conversation sc = partner(cc, sconvs);
            if (sc == null) {
                groups.add(new Group(span(cc), null, List.of(), alone(cc), List.of()));
                continue;
            }
            sconvs.remove(sc);
            groups.add(compare(cc, sc));
        }
        for (Conversation sc : sconvs) {
            groups.add(new Group(null, span(sc), List.of(), List.of(), alone(sc)));
        }
        return new DiffReport(new Source(client.name(), client.packets().size()),
                new Source(server.name(), server.packets().size()), clientFirst, groups);
    }

    private static Span span(Conversation c) {
        return new Span(c.stream, c.clientEnd(), c.serverEnd(), c.first().frame(), last(c).frame(), c.packets.size());
    }

    /** Every packet of a connection the other capture does not have at all. */
    private static List<Lone> alone(Conversation c) {
        return c.packets.stream().map(p -> new Lone(p, direction(c, p), Verdict.NO_CONVERSATION, null)).toList();
    }

    private static Direction direction(Conversation c, Pkt p) {
        return c.fromClient(p) ? Direction.CLIENT_TO_SERVER : Direction.SERVER_TO_CLIENT;
    }

    private static Conversation partner(Conversation cc, List<Conversation> candidates) {
        long cb = base(cc, true);
        long sb = base(cc, false);
        for (Conversation s : candidates) {
            if (base(s, true) == cb && (sb < 0 || base(s, false) < 0 || base(s, false) == sb)) {
                return s;
            }
        }
        return null;
    }

    private record Key(boolean fromClient, long seq, long ack, int flags, int len) {
        static Key of(Conversation c, Pkt p) {
            return new Key(c.fromClient(p), p.seqRaw(), p.has(Pkt.ACK) ? p.ackRaw() : 0, p.flags(), p.len());
        }
    }

    private Group compare(Conversation cc, Conversation sc) {
        Map<Key, ArrayDeque<Pkt>> atServer = new HashMap<>();
        for (Pkt p : sc.packets) {
            atServer.computeIfAbsent(Key.of(sc, p), k -> new ArrayDeque<>()).add(p);
        }
        List<Pair> pairs = new ArrayList<>();
        Map<Pkt, Pkt> matched = new IdentityHashMap<>();
        List<Lone> onlyAtClient = new ArrayList<>();
        for (Pkt p : cc.packets) {
            ArrayDeque<Pkt> q = atServer.get(Key.of(cc, p));
            Direction d = direction(cc, p);
            if (q != null && !q.isEmpty()) {
                Pkt m = q.poll();
                matched.put(m, p);
                pairs.add(new Pair(p, m, d, changes(p, m)));
            } else if (d == Direction.SERVER_TO_CLIENT) {
                onlyAtClient.add(new Lone(p, d, Verdict.INJECTED, genuine(cc, p)));
            } else if (p.time() > server.lastTime() || p.time() < server.firstTime()) {
                onlyAtClient.add(new Lone(p, d, Verdict.OUTSIDE_TIME_SPAN, null));
            } else {
                onlyAtClient.add(new Lone(p, d, Verdict.DROPPED, null));
            }
        }
        List<Lone> onlyAtServer = new ArrayList<>();
        for (Pkt q : sc.packets) {
            Direction d = direction(sc, q);
            if (matched.containsKey(q)) {
                continue;
            }
            if (d == Direction.CLIENT_TO_SERVER) {
                onlyAtServer.add(new Lone(q, d, Verdict.INJECTED, genuine(sc, q)));
            } else if (q.time() > client.lastTime() || q.time() < client.firstTime()) {
                onlyAtServer.add(new Lone(q, d, Verdict.OUTSIDE_TIME_SPAN, null));
            } else {
                onlyAtServer.add(new Lone(q, d, Verdict.DROPPED, null));
            }
        }
        return new Group(span(cc), span(sc), pairs, onlyAtClient, onlyAtServer);
    }

    /**
     * The header fields that differ between the two copies of one packet, in header order. Sequence and
     * acknowledgment numbers, flags and length are equal by construction (they are the match key); checksums are
     * left out, since they follow any other change.
     */
    static List<FieldChange> changes(Pkt c, Pkt s) {
        List<FieldChange> out = new ArrayList<>();
        String ip = c.ipv6() ? "ipv6" : "ip";
        if (!c.ipv6() && !s.ipv6()) {
            change(out, "ip.id", c.ipId(), s.ipId());
            change(out, "ip.flags.df", c.df(), s.df());
        }
        change(out, c.ipv6() ? "ipv6.hlim" : "ip.ttl", c.ttl(), s.ttl());
        change(out, ip + ".src", c.src(), s.src());
        change(out, ip + ".dst", c.dst(), s.dst());
        change(out, "tcp.srcport", c.srcPort(), s.srcPort());
        change(out, "tcp.dstport", c.dstPort(), s.dstPort());
        change(out, "tcp.window_size_value", c.windowValue(), s.windowValue());
        return out;
    }

    private static void change(List<FieldChange> out, String field, Object atClient, Object atServer) {
        if (!Objects.equals(atClient, atServer)) {
            out.add(new FieldChange(field, atClient, atServer));
        }
    }

    /** What the claimed sender's genuine packets look like at the same vantage point, or null without any. */
    private static Genuine genuine(Conversation c, Pkt forged) {
        List<Pkt> real = new ArrayList<>();
        for (Pkt p : c.packets) {
            if (p != forged && p.srcEnd().equals(forged.srcEnd()) && !p.has(Pkt.RST)) {
                real.add(p);
            }
        }
        if (real.isEmpty()) {
            return null;
        }
        return new Genuine(real.get(real.size() - 1), Explain.misfits(forged, real).isEmpty());
    }

    private static Pkt last(Conversation c) {
        return c.packets.get(c.packets.size() - 1);
    }
}
