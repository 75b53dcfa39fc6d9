package org.jdissect.cli.story;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares the same TCP connections seen from two vantage points (near the client, near the server).
 * Connections are matched by their initial sequence numbers ({@code tcp.seq_raw - tcp.seq}), so address and port
 * translation between the points does not matter; packets by side, raw sequence and acknowledgment numbers,
 * flags and length, in order of occurrence (so a retransmission matches the retransmission).
 *
 * <p>A packet the sender's side has and the receiver's side lacks was dropped in the path; a packet the receiver's
 * side has and the claimed sender's side lacks was injected in the path.
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
    private final StringBuilder sb = new StringBuilder();

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

    public String report() {
        sb.setLength(0);
        line(0, "Client side: %s (%d TCP packets); server side: %s (%d TCP packets).", client.name(),
                client.packets().size(), server.name(), server.packets().size());
        List<Conversation> sconvs = new ArrayList<>(server.conversations());
        for (Conversation cc : client.conversations()) {
            Conversation sc = partner(cc, sconvs);
            sb.append('\n');
            if (sc == null) {
                line(0, "TCP %s -> %s: client side stream %d (frames %d-%d); not in the server-side capture at all.",
                        cc.clientEnd(), cc.serverEnd(), cc.stream, cc.first().frame(), last(cc).frame());
                continue;
            }
            sconvs.remove(sc);
            compare(cc, sc);
        }
        for (Conversation sc : sconvs) {
            sb.append('\n');
            line(0, "TCP %s -> %s: server side stream %d (frames %d-%d); not in the client-side capture at all.",
                    sc.clientEnd(), sc.serverEnd(), sc.stream, sc.first().frame(), last(sc).frame());
        }
        return sb.toString();
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

    private void compare(Conversation cc, Conversation sc) {
        line(0, "TCP %s -> %s", cc.clientEnd(), cc.serverEnd());
        String nat = cc.clientEnd().equals(sc.clientEnd()) && cc.serverEnd().equals(sc.serverEnd()) ? ""
                : " (translated: the server side sees " + sc.clientEnd() + " -> " + sc.serverEnd() + ")";
        line(1, "client side: stream %d, frames %d-%d; server side: stream %d, frames %d-%d%s", cc.stream,
                cc.first().frame(), last(cc).frame(), sc.stream, sc.first().frame(), last(sc).frame(), nat);
        Map<Key, ArrayDeque<Pkt>> atServer = new HashMap<>();
        for (Pkt p : sc.packets) {
            atServer.computeIfAbsent(Key.of(sc, p), k -> new ArrayDeque<>()).add(p);
        }
        Map<Pkt, Pkt> match = new IdentityHashMap<>();
        for (Pkt p : cc.packets) {
            ArrayDeque<Pkt> q = atServer.get(Key.of(cc, p));
            if (q != null && !q.isEmpty()) {
                match.put(p, q.poll());
            }
        }
        Map<Pkt, Pkt> matched = new IdentityHashMap<>();
        match.forEach((a, b) -> matched.put(b, a));

        List<String> dropped = new ArrayList<>();
        List<String> injected = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        List<Long> up = new ArrayList<>();
        List<Long> down = new ArrayList<>();
        Map<String, Integer> ttlUp = new java.util.TreeMap<>();
        Map<String, Integer> ttlDown = new java.util.TreeMap<>();
        int idChanged = 0;
        for (Pkt p : cc.packets) {
            Pkt q = match.get(p);
            boolean fromClient = cc.fromClient(p);
            if (q != null) {
                long d = fromClient ? q.time() - p.time() : p.time() - q.time();
                (fromClient ? up : down).add(d);
                String t = fromClient ? p.ttl() + " -> " + q.ttl() : q.ttl() + " -> " + p.ttl();
                (fromClient ? ttlUp : ttlDown).merge(t, 1, Integer::sum);
                if (p.ipId() != q.ipId()) {
                    idChanged++;
                }
            } else if (fromClient) {
                if (p.time() > server.lastTime() || p.time() < server.firstTime()) {
                    outside.add("client-side frame " + p.frame());
                } else {
                    dropped.add("client-side frame %d: client -> server %s (%s): never reached the server side"
                            .formatted(p.frame(), describe(p), evidence(p)));
                }
            } else {
                injected.add(("client-side frame %d: %s claiming to come from the server %s (%s): the server "
                        + "never sent it (not in %s)%s").formatted(p.frame(), describe(p), p.srcEnd(), evidence(p),
                        server.name(), genuine(cc, p)));
            }
        }
        for (Pkt q : sc.packets) {
            if (matched.containsKey(q)) {
                continue;
            }
            if (!sc.fromClient(q)) {
                if (q.time() > client.lastTime() || q.time() < client.firstTime()) {
                    outside.add("server-side frame " + q.frame());
                } else {
                    dropped.add("server-side frame %d: server -> client %s (%s): never reached the client side"
                            .formatted(q.frame(), describe(q), evidence(q)));
                }
            } else {
                injected.add(("server-side frame %d: %s claiming to come from the client %s (%s): the client "
                        + "never sent it (not in %s)%s").formatted(q.frame(), describe(q), q.srcEnd(), evidence(q),
                        client.name(), genuine(sc, q)));
            }
        }
        line(1, "%d of %d client-side packets and %d server-side packets matched.", match.size(),
                cc.packets.size(), sc.packets.size());
        if (dropped.isEmpty() && injected.isEmpty()) {
            line(1, "Nothing dropped or injected between the two capture points.");
        }
        if (!dropped.isEmpty()) {
            line(1, "Dropped in the path (seen at the sender's side, never at the receiver's):");
            dropped.forEach(s -> line(2, "- " + s));
        }
        if (!injected.isEmpty()) {
            line(1, "Injected in the path (seen at the receiver's side, never sent by the claimed sender):");
            injected.forEach(s -> line(2, "- " + s));
        }
        if (!outside.isEmpty()) {
            line(1, "Outside the other capture's time span (not judged): %s.", String.join(", ", outside));
        }
        line(1, "Path: TTL client -> server %s; server -> client %s; IP ID %s.", ttls(ttlUp), ttls(ttlDown),
                idChanged == 0 ? "unchanged" : "changed in " + idChanged + " packets (rewritten in the path)");
        if (!up.isEmpty() || !down.isEmpty()) {
            StringBuilder t = new StringBuilder("Timing: one-way delay client -> server ");
            t.append(up.isEmpty() ? "-" : Explain.ms(median(up)) + " (median of " + up.size() + ")");
            t.append(", server -> client ");
            t.append(down.isEmpty() ? "-" : Explain.ms(median(down)) + " (median of " + down.size() + ")");
            if (!up.isEmpty() && !down.isEmpty()) {
                t.append("; each includes the clocks' offset, their sum (")
                        .append(Explain.ms(median(up) + median(down))).append(") does not");
            }
            line(1, t.append('.').toString());
        }
        if (!dropped.isEmpty() || !injected.isEmpty()) {
            line(1, "Verdict: " + verdict(dropped, injected));
        }
    }

    private static String verdict(List<String> dropped, List<String> injected) {
        List<String> parts = new ArrayList<>();
        if (!dropped.isEmpty()) {
            parts.add("dropped " + (dropped.size() == 1 ? "a packet" : dropped.size() + " packets") + " ("
                    + frames(dropped) + ")");
        }
        if (!injected.isEmpty()) {
            long rsts = injected.stream().filter(s -> s.contains("[R")).count();
            parts.add((rsts == injected.size() ? "injected " + (rsts == 1 ? "a forged RST" : rsts + " forged RSTs")
                    : "injected " + injected.size() + " packets") + " (" + frames(injected) + ")");
        }
        return "something between the two capture points " + String.join(" and ", parts) + ".";
    }

    /** "client-side frames 16, 17; server-side frame 16" from the report lines. */
    private static String frames(List<String> lines) {
        Map<String, List<String>> by = new java.util.LinkedHashMap<>();
        for (String l : lines) {
            String[] w = l.split(" ", 4);
            by.computeIfAbsent(w[0], k -> new ArrayList<>()).add(w[2].replace(":", ""));
        }
        List<String> out = new ArrayList<>();
        by.forEach((side, f) -> out.add(side + " frame" + (f.size() == 1 ? " " : "s ") + String.join(", ", f)));
        return String.join("; ", out);
    }

    /** What the claimed sender's genuine packets look like at the same vantage point. */
    private static String genuine(Conversation c, Pkt forged) {
        List<Pkt> real = new ArrayList<>();
        for (Pkt p : c.packets) {
            if (p != forged && p.srcEnd().equals(forged.srcEnd()) && !p.has(Pkt.RST)) {
                real.add(p);
            }
        }
        if (real.isEmpty()) {
            return "";
        }
        boolean fits = Explain.misfits(forged, real).isEmpty();
        Pkt r = real.get(real.size() - 1);
        return "; its genuine packets arrive here with TTL %d, IP ID %s, DF %s (frame %d)%s".formatted(r.ttl(),
                Explain.id(r), r.df() ? "set" : "clear", r.frame(), fits ? "" : " - it does not fit");
    }

    private static String describe(Pkt p) {
        StringBuilder s = new StringBuilder("[").append(p.flagText()).append("] seq ").append(p.seq());
        if (p.len() > 0) {
            s.append(':').append(p.seq() + p.len());
        }
        if (p.has(Pkt.ACK)) {
            s.append(" ack ").append(p.ack());
        }
        s.append(" len ").append(p.len());
        for (String h : p.http()) {
            s.append(" \"").append(h).append('"');
        }
        if (p.flagged("retransmission")) {
            s.append(" (retransmission)");
        }
        return s.toString();
    }

    private static String evidence(Pkt p) {
        return "TTL %d, IP ID %s%s".formatted(p.ttl(), Explain.id(p), p.ipv6() ? "" : p.df() ? ", DF" : ", no DF");
    }

    private static String ttls(Map<String, Integer> m) {
        if (m.isEmpty()) {
            return "-";
        }
        List<String> out = new ArrayList<>();
        m.forEach((k, v) -> {
            String[] t = k.split(" -> ");
            int hops = Integer.parseInt(t[0]) - Integer.parseInt(t[1]);
            out.add(k + " (" + hops + " hop" + (hops == 1 ? "" : "s") + ", " + v + " packet" + (v == 1 ? "" : "s")
                    + ")");
        });
        return String.join(", ", out);
    }

    private static long median(List<Long> v) {
        List<Long> s = new ArrayList<>(v);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }

    private static Pkt last(Conversation c) {
        return c.packets.get(c.packets.size() - 1);
    }

    private void line(int indent, String fmt, Object... args) {
        sb.append("  ".repeat(indent)).append(args.length == 0 ? fmt : String.format(Locale.ROOT, fmt, args))
                .append('\n');
    }
}
