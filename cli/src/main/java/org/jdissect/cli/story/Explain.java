package org.jdissect.cli.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Tells one TCP conversation's story in plain words, with frame numbers: handshake and RTT, requests and responses,
 * retransmissions and losses, window trouble, how it ended, and what does not fit (an RST whose TTL, IP ID or DF
 * flag differs from the packets its claimed sender sent before).
 */
public final class Explain {
    private final List<Pkt> all;
    private final StringBuilder sb = new StringBuilder();

    /** @param all every TCP packet of the capture, for the senders' earlier TTL and IP ID */
    public Explain(List<Pkt> all) {
        this.all = all;
    }

    public String story(Conversation c) {
        sb.setLength(0);
        String client = c.clientEnd();
        String server = c.serverEnd();
        Pkt first = c.first();
        Pkt last = c.packets.get(c.packets.size() - 1);
        line(0, "TCP stream %d: %s -> %s, frames %d-%d (%d packets, %s)", c.stream, client, server, first.frame(),
                last.frame(), c.packets.size(), dur(last.time() - first.time()));
        handshake(c);
        data(c);
        trouble(c);
        ending(c);
        suspicious(c);
        return sb.toString();
    }

    // ---- the handshake ------------------------------------------------------------------------------------------

    private void handshake(Conversation c) {
        Pkt syn = null;
        Pkt synAck = null;
        Pkt ack = null;
        int synCount = 0;
        for (Pkt p : c.packets) {
            if (p.has(Pkt.SYN) && !p.has(Pkt.ACK)) {
                synCount++;
                if (syn == null) {
                    syn = p;
                }
            } else if (p.has(Pkt.SYN) && synAck == null) {
                synAck = p;
            } else if (synAck != null && ack == null && c.fromClient(p) && p.has(Pkt.ACK) && !p.has(Pkt.RST)) {
                ack = p;
            }
        }
        if (syn == null && synAck == null) {
            line(1, "Handshake: not in the capture (the conversation was already open when it started).");
            return;
        }
        if (syn != null && synAck == null) {
            Pkt rst = firstFrom(c, false, Pkt.RST);
            if (rst != null) {
                line(1, "Handshake: SYN in frame %d refused: RST from the server in frame %d after %s "
                        + "(nothing listening on port %d, or a firewall rejected it).", syn.frame(), rst.frame(),
                        ms(rst.time() - syn.time()), rst.srcPort());
            } else {
                line(1, "Handshake: SYN in frame %d%s never answered.", syn.frame(),
                        synCount > 1 ? " (sent " + synCount + " times)" : "");
            }
            return;
        }
        StringBuilder h = new StringBuilder("Handshake: ");
        if (syn != null) {
            h.append("SYN frame ").append(syn.frame()).append(", ");
        }
        h.append("SYN-ACK frame ").append(synAck.frame());
        if (ack != null) {
            h.append(", ACK frame ").append(ack.frame());
        }
        if (syn != null && ack != null) {
            h.append("; RTT ").append(ms(ack.time() - syn.time()));
            h.append(" (client to server and back ").append(ms(synAck.time() - syn.time()))
                    .append(", server to client and back ").append(ms(ack.time() - synAck.time())).append(')');
        } else if (syn != null) {
            h.append("; SYN to SYN-ACK ").append(ms(synAck.time() - syn.time()));
        }
        if (synCount > 1) {
            h.append("; the SYN was sent ").append(synCount).append(" times");
        }
        line(1, h.append('.').toString());
        line(2, "client %s: TTL %d, IP ID %s; server %s: TTL %d, IP ID %s", c.clientEnd(),
                (syn != null ? syn : ack).ttl(), id(syn != null ? syn : ack), c.serverEnd(), synAck.ttl(),
                id(synAck));
    }

    // ---- requests, responses, bytes -----------------------------------------------------------------------------

    private void data(Conversation c) {
        long[] bytes = new long[2];
        int[] segs = new int[2];
        List<Pkt> requests = new ArrayList<>();
        for (Pkt p : c.packets) {
            int side = c.fromClient(p) ? 0 : 1;
            if (p.len() > 0 && !p.flagged("retransmission")) {
                bytes[side] += p.len();
                segs[side]++;
            }
            for (String h : p.http()) {
                boolean req = side == 0 && !h.matches("\\d{3}( .*)?");
                if (req) {
                    requests.add(p);
                }
                line(1, "frame %d: %s %s", p.frame(), req ? "request " : "response", h);
            }
        }
        line(1, "Data: client sent %d bytes in %s, server sent %d bytes in %s.", bytes[0], plural(segs[0], "segment"),
                bytes[1], plural(segs[1], "segment"));
        // a request after which the server sent no data at all
        for (Pkt r : requests) {
            boolean answered = false;
            boolean acked = false;
            for (Pkt p : c.packets) {
                if (p.frame() > r.frame() && !c.fromClient(p)) {
                    answered |= p.len() > 0;
                    acked |= p.has(Pkt.ACK) && !p.has(Pkt.RST) && p.ack() >= r.seq() + r.len();
                }
            }
            if (!answered) {
                line(1, "Unanswered: the request in frame %d got no response%s.", r.frame(),
                        acked ? "" : " and was never acknowledged by the server");
            }
        }
    }

    // ---- retransmissions, losses, windows ---------------------------------------------------------------------

    private void trouble(Conversation c) {
        List<String> retrans = new ArrayList<>();
        for (Pkt p : c.packets) {
            if (p.flagged("retransmission") || p.flagged("fast_retransmission")) {
                Pkt orig = original(c, p);
                String who = c.fromClient(p) ? "client" : "server";
                retrans.add(orig == null ? p.frame() + " (" + who + ")"
                        : p.frame() + " (" + who + ", of " + orig.frame() + " after " + ms(p.time() - orig.time())
                        + (p.flagged("fast_retransmission") ? ", fast" : "") + ")");
            }
        }
        if (!retrans.isEmpty()) {
            line(1, "Retransmissions: %d: frame %s.", retrans.size(), list(retrans, 8));
        }
        flagLine(c, "lost_segment", "Lost: a segment before frame(s) %s was not captured (lost upstream of the "
                + "capture point)");
        flagLine(c, "ack_lost_segment", "Acknowledged but not captured: frame(s) %s ACK data this capture never saw");
        flagLine(c, "out_of_order", "Out of order: frame(s) %s");
        List<String> dup = frames(c, "duplicate_ack");
        if (!dup.isEmpty()) {
            line(1, "Duplicate ACKs: %d (frames %s): the receiver was missing data.", dup.size(), list(dup, 8));
        }
        flagLine(c, "zero_window", "Zero window: frame(s) %s: the receiver's buffer was full");
        flagLine(c, "window_full", "Window full: frame(s) %s: the sender had to wait for the receiver");
        flagLine(c, "zero_window_probe", "Zero-window probes: frame(s) %s");
    }

    private Pkt original(Conversation c, Pkt r) {
        for (Pkt p : c.packets) {
            if (p.frame() >= r.frame()) {
                break;
            }
            if (p.srcEnd().equals(r.srcEnd()) && p.seq() == r.seq() && p.len() > 0) {
                return p;
            }
        }
        return null;
    }

    private void flagLine(Conversation c, String flag, String text) {
        List<String> f = frames(c, flag);
        if (!f.isEmpty()) {
            line(1, text.formatted(list(f, 8)) + ".");
        }
    }

    private static List<String> frames(Conversation c, String flag) {
        List<String> out = new ArrayList<>();
        for (Pkt p : c.packets) {
            if (p.flagged(flag)) {
                out.add(Long.toString(p.frame()));
            }
        }
        return out;
    }

    // ---- the end ------------------------------------------------------------------------------------------------

    private void ending(Conversation c) {
        Pkt fin1 = null;
        Pkt fin2 = null;
        Pkt rst = null;
        for (Pkt p : c.packets) {
            if (p.has(Pkt.FIN) && fin1 == null) {
                fin1 = p;
            } else if (p.has(Pkt.FIN) && fin2 == null && !p.srcEnd().equals(fin1.srcEnd())) {
                fin2 = p;
            }
            if (p.has(Pkt.RST) && rst == null) {
                rst = p;
            }
        }
        StringBuilder e = new StringBuilder("End: ");
        if (fin1 != null) {
            e.append("FIN from the ").append(side(c, fin1)).append(" in frame ").append(fin1.frame());
            if (fin2 != null) {
                e.append(", FIN from the ").append(side(c, fin2)).append(" in frame ").append(fin2.frame());
            }
        }
        if (rst != null) {
            e.append(fin1 != null ? "; " : "").append("RST from the ").append(side(c, rst)).append(" (")
                    .append(rst.srcEnd()).append(") in frame ").append(rst.frame());
            long n = c.packets.stream().filter(p -> p.has(Pkt.RST)).count();
            if (n > 1) {
                e.append(" (").append(n).append(" RSTs in all)");
            }
            if (fin1 == null) {
                e.append(", no FIN: the connection was aborted");
            }
        }
        if (fin1 == null && rst == null) {
            e.append("still open when the capture ended (no FIN, no RST)");
        } else if (fin1 != null && fin2 == null && rst == null) {
            e.append("; the other side never sent its FIN (half-closed at the end of the capture)");
        } else if (fin2 != null && rst == null) {
            e.append(": an orderly close");
        }
        line(1, e.append('.').toString());
    }

    // ---- what does not fit --------------------------------------------------------------------------------------

    private void suspicious(Conversation c) {
        List<String> notes = new ArrayList<>();
        boolean alarm = false;
        for (Pkt r : c.packets) {
            if (!r.has(Pkt.RST)) {
                continue;
            }
            List<Pkt> earlier = earlierFrom(all, r);
            if (earlier.isEmpty()) {
                notes.add("frame %d: RST from %s, which sent nothing before it in this capture: nothing to compare."
                        .formatted(r.frame(), r.src()));
                continue;
            }
            Pkt prev = earlier.get(earlier.size() - 1);
            List<String> misfits = misfits(r, earlier);
            boolean forged = !misfits.isEmpty();
            if (forged) {
                alarm = true;
                notes.add(("frame %d: the RST claiming to come from %s does not fit that host: %s. "
                        + "Likely injected by a device in the path (forged RST).").formatted(r.frame(), r.srcEnd(),
                        String.join("; ", misfits)));
            } else {
                notes.add(("frame %d: the RST from %s fits that host (TTL %d as before; IP ID %s after %s in frame "
                        + "%d): it was probably sent by the host itself.").formatted(r.frame(), r.srcEnd(), r.ttl(),
                        id(r), id(prev), prev.frame()));
            }
            // a reset without ACK whose sequence number is what the peer last acknowledged: what a stack sends for a
            // segment of a connection it does not know (RFC 9293, 3.10.7.1)
            Pkt peerLast = null;
            for (Pkt p : c.packets) {
                if (p.frame() < r.frame() && p.srcEnd().equals(r.dstEnd()) && p.has(Pkt.ACK)) {
                    peerLast = p;
                }
            }
            if (!r.has(Pkt.ACK) && peerLast != null && r.seqRaw() == peerLast.ackRaw()) {
                if (forged) {
                    notes.add(("frame %d: its sequence number is exactly the one %s acknowledged in frame %d: whoever "
                            + "forged it saw this connection's traffic (an on-path device).").formatted(r.frame(),
                            r.dstEnd(), peerLast.frame()));
                    continue;
                }
                boolean peerReset = c.packets.stream().anyMatch(p -> p.frame() < r.frame()
                        && p.srcEnd().equals(r.dstEnd()) && (p.has(Pkt.RST) || p.has(Pkt.FIN)));
                if (!peerReset) {
                    alarm = true;
                }
                notes.add(("frame %d: the RST has no ACK and its sequence number is the one %s acknowledged in frame "
                        + "%d: the form a TCP stack sends for a segment of a connection it no longer has. %s had "
                        + "already dropped the connection%s.").formatted(r.frame(), r.dstEnd(), peerLast.frame(),
                        r.srcEnd(), peerReset ? "" : ", yet " + r.dstEnd() + " never sent it a FIN or RST in this "
                        + "capture: something between them reset it. Capture at " + r.src() + " too and compare "
                        + "with `jdissect diff`"));
            }
        }
        if (!notes.isEmpty()) {
            line(1, alarm ? "Suspicious:" : "Resets checked:");
            for (String n : notes) {
                line(2, "- " + n);
            }
        }
    }

    /** The packets (not resets) {@code r}'s source address sent before it, in any conversation of the capture. */
    static List<Pkt> earlierFrom(List<Pkt> all, Pkt r) {
        List<Pkt> earlier = new ArrayList<>();
        for (Pkt p : all) {
            if (p.frame() < r.frame() && p.src().equals(r.src()) && !p.has(Pkt.RST)) {
                earlier.add(p);
            }
        }
        return earlier;
    }

    /**
     * How {@code r} differs from what its claimed sender sent before: a TTL never seen from it, an IP ID far from
     * its counter (or non-zero where it always sent 0), a different DF flag. Empty when it fits.
     */
    static List<String> misfits(Pkt r, List<Pkt> earlier) {
        List<String> misfits = new ArrayList<>();
        boolean ttlSeen = earlier.stream().anyMatch(p -> p.ttl() == r.ttl());
        if (!ttlSeen) {
            misfits.add("TTL %d, but its earlier packets had TTL %s".formatted(r.ttl(),
                    distinct(earlier.stream().map(p -> Integer.toString(p.ttl())).toList())));
        }
        if (r.ipv6()) {
            return misfits;
        }
        Pkt lastNonZero = null;
        for (Pkt p : earlier) {
            if (p.ipId() != 0) {
                lastNonZero = p;
            }
        }
        if (lastNonZero == null && r.ipId() != 0) {
            misfits.add("IP ID %d (0x%04x), but it sent IP ID 0 until then".formatted(r.ipId(), r.ipId()));
        } else if (lastNonZero != null && r.ipId() != 0
                && ((r.ipId() - lastNonZero.ipId()) & 0xffff) > 1024) {
            misfits.add("IP ID %d (0x%04x), far from its counter: %d (0x%04x) in frame %d".formatted(r.ipId(),
                    r.ipId(), lastNonZero.ipId(), lastNonZero.ipId(), lastNonZero.frame()));
        }
        boolean dfAlways = earlier.stream().allMatch(Pkt::df);
        boolean dfNever = earlier.stream().noneMatch(Pkt::df);
        if ((dfAlways && !r.df()) || (dfNever && r.df())) {
            misfits.add("DF %s, but its earlier packets had DF %s".formatted(r.df() ? "set" : "clear",
                    r.df() ? "clear" : "set"));
        }
        return misfits;
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static Pkt firstFrom(Conversation c, boolean client, int flag) {
        for (Pkt p : c.packets) {
            if (c.fromClient(p) == client && p.has(flag)) {
                return p;
            }
        }
        return null;
    }

    private static String side(Conversation c, Pkt p) {
        return c.fromClient(p) ? "client" : "server";
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    static String id(Pkt p) {
        return p.ipId() < 0 ? "-" : "%d (0x%04x)".formatted(p.ipId(), p.ipId());
    }

    private static String distinct(List<String> values) {
        return String.join("/", new java.util.LinkedHashSet<>(values));
    }

    static String list(List<String> items, int max) {
        StringJoiner j = new StringJoiner(", ");
        for (int i = 0; i < items.size() && i < max; i++) {
            j.add(items.get(i));
        }
        return items.size() > max ? j + ", … (" + (items.size() - max) + " more)" : j.toString();
    }

    static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.3f ms", nanos / 1e6);
    }

    static String dur(long nanos) {
        return nanos >= 1_000_000_000L ? String.format(Locale.ROOT, "%.3f s", nanos / 1e9) : ms(nanos);
    }

    private void line(int indent, String fmt, Object... args) {
        sb.append("  ".repeat(indent)).append(args.length == 0 ? fmt : String.format(Locale.ROOT, fmt, args))
                .append('\n');
    }
}
