package org.jdissect.cli.story;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
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
import org.jdissect.cli.story.Story.Outcome;
import org.jdissect.cli.story.Story.ResetNote;
import org.jdissect.cli.story.Story.Resets;
import org.jdissect.cli.story.Story.Retransmission;
import org.jdissect.cli.story.Story.Totals;
import org.jdissect.cli.story.Story.TtlMisfit;
import org.jdissect.cli.story.Story.Unanswered;

/**
 * Reads one TCP conversation's story off its packets: handshake and RTT, requests and responses, retransmissions
 * and losses, window trouble, how it ended, and what does not fit (an RST whose TTL, IP ID or DF flag differs from
 * the packets its claimed sender sent before). The result is a {@link Story}; {@link ExplainText} words it.
 */
public final class Explain {
    /** The TCP analysis flags reported besides retransmissions, in the order the text reports them. */
    static final List<String> FLAGS = List.of("lost_segment", "ack_lost_segment", "out_of_order", "duplicate_ack",
            "zero_window", "window_full", "zero_window_probe");

    private final List<Pkt> all;

    /** @param all every TCP packet of the capture, for the senders' earlier TTL and IP ID */
    public Explain(List<Pkt> all) {
        this.all = all;
    }

    public Story story(Conversation c) {
        List<Message> messages = messages(c);
        return new Story(c.stream, c.clientEnd(), c.serverEnd(), List.copyOf(c.packets), handshake(c), messages,
                totals(c), unanswered(c, messages), retransmissions(c), flagged(c), end(c), resets(c));
    }

    // ---- the handshake ------------------------------------------------------------------------------------------

    private static Handshake handshake(Conversation c) {
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
            return new Handshake(Outcome.NOT_CAPTURED, null, null, null, null, 0);
        }
        if (synAck == null) {
            Pkt rst = firstFrom(c, false, Pkt.RST);
            return new Handshake(rst != null ? Outcome.REFUSED : Outcome.UNANSWERED, syn, null, null, rst, synCount);
        }
        return new Handshake(Outcome.ANSWERED, syn, synAck, ack, null, synCount);
    }

    // ---- requests, responses, bytes -----------------------------------------------------------------------------

    private static List<Message> messages(Conversation c) {
        List<Message> out = new ArrayList<>();
        for (Pkt p : c.packets) {
            for (String h : p.http()) {
                // a status line from the client would be odd, but it is still not a request
                out.add(new Message(p, c.fromClient(p) && !h.matches("\\d{3}( .*)?"), h));
            }
        }
        return out;
    }

    private static Totals totals(Conversation c) {
        long[] bytes = new long[2];
        int[] segs = new int[2];
        for (Pkt p : c.packets) {
            int side = c.fromClient(p) ? 0 : 1;
            if (p.len() > 0 && !p.flagged("retransmission")) {
                bytes[side] += p.len();
                segs[side]++;
            }
        }
        return new Totals(bytes[0], segs[0], bytes[1], segs[1]);
    }

    /** The requests after which the server sent no data at all. */
    private static List<Unanswered> unanswered(Conversation c, List<Message> messages) {
        List<Unanswered> out = new ArrayList<>();
        for (Message m : messages) {
            if (!m.request()) {
                continue;
            }
            Pkt r = m.packet();
            boolean answered = false;
            boolean acked = false;
            for (Pkt p : c.packets) {
                if (p.frame() > r.frame() && !c.fromClient(p)) {
                    answered |= p.len() > 0;
                    acked |= p.has(Pkt.ACK) && !p.has(Pkt.RST) && p.ack() >= r.seq() + r.len();
                }
            }
            if (!answered) {
                out.add(new Unanswered(m, acked));
            }
        }
        return out;
    }

    // ---- retransmissions, losses, windows ---------------------------------------------------------------------

    private static List<Retransmission> retransmissions(Conversation c) {
        List<Retransmission> out = new ArrayList<>();
        for (Pkt p : c.packets) {
            if (p.flagged("retransmission") || p.flagged("fast_retransmission")) {
                out.add(new Retransmission(p, original(c, p), p.flagged("fast_retransmission")));
            }
        }
        return out;
    }

    /** The first earlier segment from the same sender with the same sequence number and data. */
    private static Pkt original(Conversation c, Pkt r) {
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

    private static List<Flagged> flagged(Conversation c) {
        List<Flagged> out = new ArrayList<>();
        for (String flag : FLAGS) {
            List<Pkt> pkts = c.packets.stream().filter(p -> p.flagged(flag)).toList();
            if (!pkts.isEmpty()) {
                out.add(new Flagged(flag, pkts));
            }
        }
        return out;
    }

    // ---- the end ------------------------------------------------------------------------------------------------

    private static End end(Conversation c) {
        Pkt fin1 = null;
        Pkt fin2 = null;
        Pkt rst = null;
        int rsts = 0;
        for (Pkt p : c.packets) {
            if (p.has(Pkt.FIN) && fin1 == null) {
                fin1 = p;
            } else if (p.has(Pkt.FIN) && fin2 == null && !p.srcEnd().equals(fin1.srcEnd())) {
                fin2 = p;
            }
            if (p.has(Pkt.RST)) {
                rsts++;
                if (rst == null) {
                    rst = p;
                }
            }
        }
        return new End(fin1, fin2, rst, rsts);
    }

    // ---- what does not fit --------------------------------------------------------------------------------------

    private Resets resets(Conversation c) {
        List<ResetNote> notes = new ArrayList<>();
        boolean alarm = false;
        for (Pkt r : c.packets) {
            if (!r.has(Pkt.RST)) {
                continue;
            }
            List<Pkt> earlier = earlierFrom(all, r);
            if (earlier.isEmpty()) {
                notes.add(new NoHistory(r));
                continue;
            }
            List<Misfit> misfits = misfits(r, earlier);
            boolean forged = !misfits.isEmpty();
            if (forged) {
                alarm = true;
                notes.add(new Forged(r, misfits));
            } else {
                notes.add(new Fits(r, earlier.get(earlier.size() - 1)));
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
                boolean peerClosed = c.packets.stream().anyMatch(p -> p.frame() < r.frame()
                        && p.srcEnd().equals(r.dstEnd()) && (p.has(Pkt.RST) || p.has(Pkt.FIN)));
                // forged already raised the alarm; otherwise a reset the peer never provoked is the alarm
                alarm |= !forged && !peerClosed;
                notes.add(new ForgottenConnection(r, peerLast, forged, peerClosed));
            }
        }
        return new Resets(alarm, notes);
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
    static List<Misfit> misfits(Pkt r, List<Pkt> earlier) {
        List<Misfit> misfits = new ArrayList<>();
        boolean ttlSeen = earlier.stream().anyMatch(p -> p.ttl() == r.ttl());
        if (!ttlSeen) {
            misfits.add(new TtlMisfit(r.ttl(),
                    List.copyOf(new LinkedHashSet<>(earlier.stream().map(Pkt::ttl).toList()))));
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
            misfits.add(new IpIdNotZero(r.ipId()));
        } else if (lastNonZero != null && r.ipId() != 0
                && ((r.ipId() - lastNonZero.ipId()) & 0xffff) > 1024) {
            misfits.add(new IpIdFar(r.ipId(), lastNonZero));
        }
        boolean dfAlways = earlier.stream().allMatch(Pkt::df);
        boolean dfNever = earlier.stream().noneMatch(Pkt::df);
        if ((dfAlways && !r.df()) || (dfNever && r.df())) {
            misfits.add(new DfMisfit(r.df()));
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

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    static String id(Pkt p) {
        return p.ipId() < 0 ? "-" : "%d (0x%04x)".formatted(p.ipId(), p.ipId());
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
}
