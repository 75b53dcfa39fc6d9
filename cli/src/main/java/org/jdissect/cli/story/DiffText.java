package org.jdissect.cli.story;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdissect.cli.story.DiffReport.Direction;
import org.jdissect.cli.story.DiffReport.Group;
import org.jdissect.cli.story.DiffReport.Lone;
import org.jdissect.cli.story.DiffReport.Span;
import org.jdissect.cli.story.DiffReport.Timing;
import org.jdissect.cli.story.DiffReport.TtlStep;
import org.jdissect.cli.story.DiffReport.Verdict;

/**
 * {@code jdissect diff}'s words: per connection, what was dropped or injected between the two capture points, how
 * TTL and IP ID changed on the way, the one-way delays, and a verdict.
 */
public final class DiffText {
    private final DiffReport report;
    private final StringBuilder sb = new StringBuilder();

    private DiffText(DiffReport report) {
        this.report = report;
    }

    public static String render(DiffReport report) {
        DiffText t = new DiffText(report);
        t.line(0, "Client side: %s (%d TCP packets); server side: %s (%d TCP packets).", report.client().file(),
                report.client().tcpPackets(), report.server().file(), report.server().tcpPackets());
        for (Group g : report.groups()) {
            t.sb.append('\n');
            t.group(g);
        }
        return t.sb.toString();
    }

    private void group(Group g) {
        Span cs = g.atClient();
        Span ss = g.atServer();
        if (ss == null) {
            line(0, "TCP %s -> %s: client side stream %d (frames %d-%d); not in the server-side capture at all.",
                    cs.client(), cs.server(), cs.stream(), cs.firstFrame(), cs.lastFrame());
            return;
        }
        if (cs == null) {
            line(0, "TCP %s -> %s: server side stream %d (frames %d-%d); not in the client-side capture at all.",
                    ss.client(), ss.server(), ss.stream(), ss.firstFrame(), ss.lastFrame());
            return;
        }
        line(0, "TCP %s -> %s", cs.client(), cs.server());
        String nat = g.translated() ? " (translated: the server side sees " + ss.client() + " -> " + ss.server() + ")"
                : "";
        line(1, "client side: stream %d, frames %d-%d; server side: stream %d, frames %d-%d%s", cs.stream(),
                cs.firstFrame(), cs.lastFrame(), ss.stream(), ss.firstFrame(), ss.lastFrame(), nat);
        line(1, "%d of %d client-side packets and %d server-side packets matched.", g.pairs().size(),
                cs.packets(), ss.packets());
        List<Lone> dropped = g.judged(Verdict.DROPPED);
        List<Lone> injected = g.judged(Verdict.INJECTED);
        if (dropped.isEmpty() && injected.isEmpty()) {
            line(1, "Nothing dropped or injected between the two capture points.");
        }
        if (!dropped.isEmpty()) {
            line(1, "Dropped in the path (seen at the sender's side, never at the receiver's):");
            dropped.forEach(l -> line(2, "- " + dropped(g, l)));
        }
        if (!injected.isEmpty()) {
            line(1, "Injected in the path (seen at the receiver's side, never sent by the claimed sender):");
            injected.forEach(l -> line(2, "- " + injected(g, l)));
        }
        List<Lone> outside = g.judged(Verdict.OUTSIDE_TIME_SPAN);
        if (!outside.isEmpty()) {
            line(1, "Outside the other capture's time span (not judged): %s.",
                    String.join(", ", outside.stream().map(l -> where(g, l) + " frame " + l.packet().frame())
                            .toList()));
        }
        int ids = g.ipIdRewrites();
        line(1, "Path: TTL client -> server %s; server -> client %s; IP ID %s.",
                ttls(g.ttlSteps(Direction.CLIENT_TO_SERVER)), ttls(g.ttlSteps(Direction.SERVER_TO_CLIENT)),
                ids == 0 ? "unchanged" : "changed in " + ids + " packets (rewritten in the path)");
        timing(g.timing());
        if (!dropped.isEmpty() || !injected.isEmpty()) {
            line(1, "Verdict: " + verdict(g, dropped, injected));
        }
    }

    /** "client-side" or "server-side": the capture that has the packet. */
    private static String where(Group g, Lone l) {
        return g.atClient(l) ? "client-side" : "server-side";
    }

    private static String dropped(Group g, Lone l) {
        Pkt p = l.packet();
        return l.direction() == Direction.CLIENT_TO_SERVER
                ? "client-side frame %d: client -> server %s (%s): never reached the server side"
                        .formatted(p.frame(), describe(p), evidence(p))
                : "server-side frame %d: server -> client %s (%s): never reached the client side"
                        .formatted(p.frame(), describe(p), evidence(p));
    }

    private String injected(Group g, Lone l) {
        Pkt p = l.packet();
        boolean atClient = l.direction() == Direction.SERVER_TO_CLIENT;
        String claimed = atClient ? "server" : "client";
        String genuine = l.genuine() == null ? ""
                : "; its genuine packets arrive here with TTL %d, IP ID %s, DF %s (frame %d)%s".formatted(
                        l.genuine().last().ttl(), Explain.id(l.genuine().last()),
                        l.genuine().last().df() ? "set" : "clear", l.genuine().last().frame(),
                        l.genuine().fits() ? "" : " - it does not fit");
        return ("%s frame %d: %s claiming to come from the %s %s (%s): the %s never sent it (not in %s)%s")
                .formatted(where(g, l), p.frame(), describe(p), claimed, p.srcEnd(), evidence(p), claimed,
                        (atClient ? report.server() : report.client()).file(), genuine);
    }

    private void timing(Timing t) {
        if (t.up().isEmpty() && t.down().isEmpty()) {
            return;
        }
        StringBuilder b = new StringBuilder("Timing: one-way delay client -> server ");
        b.append(t.up().isEmpty() ? "-" : Explain.ms(t.upMedian()) + " (median of " + t.up().size() + ")");
        b.append(", server -> client ");
        b.append(t.down().isEmpty() ? "-" : Explain.ms(t.downMedian()) + " (median of " + t.down().size() + ")");
        if (t.roundTripNanos() != null) {
            b.append("; each includes the clocks' offset, their sum (").append(Explain.ms(t.roundTripNanos()))
                    .append(") does not");
        }
        line(1, b.append('.').toString());
    }

    private static String verdict(Group g, List<Lone> dropped, List<Lone> injected) {
        List<String> parts = new ArrayList<>();
        if (!dropped.isEmpty()) {
            parts.add("dropped " + (dropped.size() == 1 ? "a packet" : dropped.size() + " packets") + " ("
                    + frames(g, dropped) + ")");
        }
        if (!injected.isEmpty()) {
            long rsts = injected.stream().filter(l -> l.packet().has(Pkt.RST)).count();
            parts.add((rsts == injected.size() ? "injected " + (rsts == 1 ? "a forged RST" : rsts + " forged RSTs")
                    : "injected " + injected.size() + " packets") + " (" + frames(g, injected) + ")");
        }
        return "something between the two capture points " + String.join(" and ", parts) + ".";
    }

    /** "client-side frames 16, 17; server-side frame 16". */
    private static String frames(Group g, List<Lone> lones) {
        Map<String, List<String>> by = new LinkedHashMap<>();
        for (Lone l : lones) {
            by.computeIfAbsent(where(g, l), k -> new ArrayList<>()).add(Long.toString(l.packet().frame()));
        }
        List<String> out = new ArrayList<>();
        by.forEach((side, f) -> out.add(side + " frame" + (f.size() == 1 ? " " : "s ") + String.join(", ", f)));
        return String.join("; ", out);
    }

    /** The packet as tcpdump would sum it up: "[P.] seq 1:83 ack 1 len 82 "HEAD /blocked/"". */
    static String describe(Pkt p) {
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

    private static String ttls(List<TtlStep> steps) {
        if (steps.isEmpty()) {
            return "-";
        }
        List<String> out = new ArrayList<>();
        for (TtlStep s : steps) {
            out.add(s.sent() + " -> " + s.received() + " (" + s.hops() + " hop" + (s.hops() == 1 ? "" : "s") + ", "
                    + s.packets() + " packet" + (s.packets() == 1 ? "" : "s") + ")");
        }
        return String.join(", ", out);
    }

    private void line(int indent, String fmt, Object... args) {
        sb.append("  ".repeat(indent)).append(args.length == 0 ? fmt : String.format(Locale.ROOT, fmt, args))
                .append('\n');
    }
}
