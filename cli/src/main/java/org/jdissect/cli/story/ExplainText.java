package org.jdissect.cli.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdissect.cli.story.Story.DfMisfit;
import org.jdissect.cli.story.Story.End;
import org.jdissect.cli.story.Story.Fits;
import org.jdissect.cli.story.Story.Flagged;
import org.jdissect.cli.story.Story.Forged;
import org.jdissect.cli.story.Story.ForgottenConnection;
import org.jdissect.cli.story.Story.Handshake;
import org.jdissect.cli.story.Story.IpIdFar;
import org.jdissect.cli.story.Story.IpIdNotZero;
import org.jdissect.cli.story.Story.Message;
import org.jdissect.cli.story.Story.Misfit;
import org.jdissect.cli.story.Story.NoHistory;
import org.jdissect.cli.story.Story.ResetNote;
import org.jdissect.cli.story.Story.Retransmission;
import org.jdissect.cli.story.Story.Totals;
import org.jdissect.cli.story.Story.TtlMisfit;
import org.jdissect.cli.story.Story.Unanswered;

/** {@code jdissect explain}'s words: a {@link Story} as indented plain-text lines with frame numbers. */
public final class ExplainText {
    /** How many frames a list names before "… (n more)". */
    private static final int SHOWN = 8;

    private final StringBuilder sb = new StringBuilder();

    private ExplainText() {
    }

    /** The stories, a blank line between two, or a sentence saying there are none. */
    public static String render(Explanation e) {
        StringBuilder sb = new StringBuilder();
        for (Story s : e.conversations()) {
            sb.append(sb.length() == 0 ? "" : "\n").append(render(s));
        }
        if (sb.length() == 0) {
            sb.append("No TCP conversations").append(e.filter() == null ? "" : " match the filter").append(".\n");
        }
        return sb.toString();
    }

    public static String render(Story s) {
        ExplainText t = new ExplainText();
        t.line(0, "TCP stream %d: %s -> %s, frames %d-%d (%d packets, %s)", s.stream(), s.client(), s.server(),
                s.first().frame(), s.last().frame(), s.packets().size(), Explain.dur(s.durationNanos()));
        t.handshake(s);
        t.data(s);
        t.trouble(s);
        t.end(s);
        t.resets(s);
        return t.sb.toString();
    }

    private void handshake(Story s) {
        Handshake h = s.handshake();
        Pkt syn = h.syn();
        switch (h.outcome()) {
            case NOT_CAPTURED -> line(1, "Handshake: not in the capture (the conversation was already open when it "
                    + "started).");
            case REFUSED -> line(1, "Handshake: SYN in frame %d refused: RST from the server in frame %d after %s "
                    + "(nothing listening on port %d, or a firewall rejected it).", syn.frame(), h.refusal().frame(),
                    Explain.ms(h.refusal().time() - syn.time()), h.refusal().srcPort());
            case UNANSWERED -> line(1, "Handshake: SYN in frame %d%s never answered.", syn.frame(),
                    h.synCount() > 1 ? " (sent " + h.synCount() + " times)" : "");
            case ANSWERED -> answered(s, h);
            default -> throw new IllegalStateException(h.outcome().name());
        }
    }

    private void answered(Story s, Handshake h) {
        StringBuilder b = new StringBuilder("Handshake: ");
        if (h.syn() != null) {
            b.append("SYN frame ").append(h.syn().frame()).append(", ");
        }
        b.append("SYN-ACK frame ").append(h.synAck().frame());
        if (h.ack() != null) {
            b.append(", ACK frame ").append(h.ack().frame());
        }
        if (h.rttNanos() >= 0) {
            b.append("; RTT ").append(Explain.ms(h.rttNanos()));
            b.append(" (client to server and back ").append(Explain.ms(h.synToSynAckNanos()))
                    .append(", server to client and back ").append(Explain.ms(h.synAckToAckNanos())).append(')');
        } else if (h.syn() != null) {
            b.append("; SYN to SYN-ACK ").append(Explain.ms(h.synToSynAckNanos()));
        }
        if (h.synCount() > 1) {
            b.append("; the SYN was sent ").append(h.synCount()).append(" times");
        }
        line(1, b.append('.').toString());
        Pkt c = h.clientSample();
        // a SYN-ACK with neither SYN nor ACK from the client captured: nothing of the client's to show
        line(2, "client %s: %s; server %s: TTL %d, IP ID %s", s.client(),
                c == null ? "not seen" : "TTL " + c.ttl() + ", IP ID " + Explain.id(c), s.server(), h.synAck().ttl(),
                Explain.id(h.synAck()));
    }

    private void data(Story s) {
        for (Message m : s.messages()) {
            line(1, "frame %d: %s %s", m.packet().frame(), m.request() ? "request " : "response", m.text());
        }
        Totals t = s.totals();
        line(1, "Data: client sent %d bytes in %s, server sent %d bytes in %s.", t.clientBytes(),
                Explain.plural(t.clientSegments(), "segment"), t.serverBytes(),
                Explain.plural(t.serverSegments(), "segment"));
        for (Unanswered u : s.unanswered()) {
            line(1, "Unanswered: the request in frame %d got no response%s.", u.request().packet().frame(),
                    u.acknowledged() ? "" : " and was never acknowledged by the server");
        }
    }

    private void trouble(Story s) {
        List<String> retrans = new ArrayList<>();
        for (Retransmission r : s.retransmissions()) {
            Pkt p = r.packet();
            String who = s.sideOf(p).word();
            retrans.add(r.original() == null ? p.frame() + " (" + who + ")"
                    : p.frame() + " (" + who + ", of " + r.original().frame() + " after "
                    + Explain.ms(r.afterNanos()) + (r.fast() ? ", fast" : "") + ")");
        }
        if (!retrans.isEmpty()) {
            line(1, "Retransmissions: %d: frame %s.", retrans.size(), Explain.list(retrans, SHOWN));
        }
        for (Flagged f : s.flagged()) {
            List<String> frames = f.packets().stream().map(p -> Long.toString(p.frame())).toList();
            String shown = Explain.list(frames, SHOWN);
            line(1, switch (f.flag()) {
                case "lost_segment" -> "Lost: a segment before frame(s) " + shown
                        + " was not captured (lost upstream of the capture point).";
                case "ack_lost_segment" -> "Acknowledged but not captured: frame(s) " + shown
                        + " ACK data this capture never saw.";
                case "out_of_order" -> "Out of order: frame(s) " + shown + ".";
                case "duplicate_ack" -> "Duplicate ACKs: " + frames.size() + " (frames " + shown
                        + "): the receiver was missing data.";
                case "zero_window" -> "Zero window: frame(s) " + shown + ": the receiver's buffer was full.";
                case "window_full" -> "Window full: frame(s) " + shown + ": the sender had to wait for the receiver.";
                case "zero_window_probe" -> "Zero-window probes: frame(s) " + shown + ".";
                default -> throw new IllegalStateException(f.flag());
            });
        }
    }

    private void end(Story s) {
        End end = s.end();
        StringBuilder e = new StringBuilder("End: ");
        if (end.fin() != null) {
            e.append("FIN from the ").append(s.sideOf(end.fin()).word()).append(" in frame ")
                    .append(end.fin().frame());
            if (end.otherFin() != null) {
                e.append(", FIN from the ").append(s.sideOf(end.otherFin()).word()).append(" in frame ")
                        .append(end.otherFin().frame());
            }
        }
        if (end.rst() != null) {
            e.append(end.fin() != null ? "; " : "").append("RST from the ").append(s.sideOf(end.rst()).word())
                    .append(" (").append(end.rst().srcEnd()).append(") in frame ").append(end.rst().frame());
            if (end.rsts() > 1) {
                e.append(" (").append(end.rsts()).append(" RSTs in all)");
            }
        }
        e.append(switch (end.closing()) {
            case ABORTED -> ", no FIN: the connection was aborted";
            case OPEN -> "still open when the capture ended (no FIN, no RST)";
            case HALF_CLOSED -> "; the other side never sent its FIN (half-closed at the end of the capture)";
            case ORDERLY -> ": an orderly close";
            case RESET_AFTER_FIN -> "";
        });
        line(1, e.append('.').toString());
    }

    private void resets(Story s) {
        List<ResetNote> notes = s.resets().notes();
        if (notes.isEmpty()) {
            return;
        }
        line(1, s.resets().suspicious() ? "Suspicious:" : "Resets checked:");
        for (ResetNote n : notes) {
            line(2, "- " + note(n));
        }
    }

    private static String note(ResetNote n) {
        Pkt r = n.rst();
        if (n instanceof NoHistory) {
            return "frame %d: RST from %s, which sent nothing before it in this capture: nothing to compare."
                    .formatted(r.frame(), r.src());
        }
        if (n instanceof Forged f) {
            return ("frame %d: the RST claiming to come from %s does not fit that host: %s. "
                    + "Likely injected by a device in the path (forged RST).").formatted(r.frame(), r.srcEnd(),
                    String.join("; ", f.misfits().stream().map(ExplainText::misfit).toList()));
        }
        if (n instanceof Fits f) {
            return ("frame %d: the RST from %s fits that host (TTL %d as before; IP ID %s after %s in frame "
                    + "%d): it was probably sent by the host itself.").formatted(r.frame(), r.srcEnd(), r.ttl(),
                    Explain.id(r), Explain.id(f.previous()), f.previous().frame());
        }
        ForgottenConnection g = (ForgottenConnection) n;
        if (g.forged()) {
            return ("frame %d: its sequence number is exactly the one %s acknowledged in frame %d: whoever "
                    + "forged it saw this connection's traffic (an on-path device).").formatted(r.frame(),
                    r.dstEnd(), g.peerAck().frame());
        }
        return ("frame %d: the RST has no ACK and its sequence number is the one %s acknowledged in frame "
                + "%d: the form a TCP stack sends for a segment of a connection it no longer has. %s had "
                + "already dropped the connection%s.").formatted(r.frame(), r.dstEnd(), g.peerAck().frame(),
                r.srcEnd(), g.peerClosed() ? "" : ", yet " + r.dstEnd() + " never sent it a FIN or RST in this "
                + "capture: something between them reset it. Capture at " + r.src() + " too and compare "
                + "with `jdissect diff`");
    }

    /** One misfit as a clause: "TTL 47, but its earlier packets had TTL 63". */
    static String misfit(Misfit m) {
        if (m instanceof TtlMisfit t) {
            return "TTL %d, but its earlier packets had TTL %s".formatted(t.ttl(),
                    String.join("/", t.earlier().stream().map(String::valueOf).toList()));
        }
        if (m instanceof IpIdNotZero z) {
            return "IP ID %d (0x%04x), but it sent IP ID 0 until then".formatted(z.ipId(), z.ipId());
        }
        if (m instanceof IpIdFar f) {
            return "IP ID %d (0x%04x), far from its counter: %d (0x%04x) in frame %d".formatted(f.ipId(), f.ipId(),
                    f.counter().ipId(), f.counter().ipId(), f.counter().frame());
        }
        boolean df = ((DfMisfit) m).df();
        return "DF %s, but its earlier packets had DF %s".formatted(df ? "set" : "clear", df ? "clear" : "set");
    }

    private void line(int indent, String fmt, Object... args) {
        sb.append("  ".repeat(indent)).append(args.length == 0 ? fmt : String.format(Locale.ROOT, fmt, args))
                .append('\n');
    }
}
