package org.jdissect.cli.story;

import java.util.List;
import java.util.Locale;

/**
 * What {@link Explain} found in one TCP conversation, before any wording: {@link ExplainText} and
 * {@link ExplainJson} render it. Packets stay {@link Pkt}s so that each renderer picks the facts it shows; the
 * judgements (which side, what is missing, what does not fit) are made here once.
 *
 * @param stream          {@code tcp.stream}
 * @param client          the endpoint that opened the conversation
 * @param server          the other endpoint
 * @param packets         the conversation's packets in capture order
 * @param handshake       how the connection was (or was not) set up
 * @param messages        HTTP requests and responses, in the order they start
 * @param totals          payload bytes and segments per side, retransmissions not counted
 * @param unanswered      requests after which the server sent no data
 * @param retransmissions retransmitted segments with the segment they repeat
 * @param flagged         the other TCP analysis findings, in report order, only the ones present
 * @param end             how the conversation ended
 * @param resets          what the conversation's RSTs were checked against
 */
public record Story(int stream, String client, String server, List<Pkt> packets, Handshake handshake,
        List<Message> messages, Totals totals, List<Unanswered> unanswered, List<Retransmission> retransmissions,
        List<Flagged> flagged, End end, Resets resets) {

    /** The two ends of a conversation. */
    public enum Side {
        CLIENT, SERVER;

        /** "client", "server": the word the text uses and the JSON value. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Side sideOf(Pkt p) {
        return p.srcEnd().equals(client) ? Side.CLIENT : Side.SERVER;
    }

    public Pkt first() {
        return packets.get(0);
    }

    public Pkt last() {
        return packets.get(packets.size() - 1);
    }

    public long durationNanos() {
        return last().time() - first().time();
    }

    /** How the three-way handshake went. */
    public enum Outcome {
        /** The capture starts after it: no SYN and no SYN-ACK. */
        NOT_CAPTURED,
        /** The server answered the SYN with an RST. */
        REFUSED,
        /** SYN(s) and nothing back. */
        UNANSWERED,
        /** A SYN-ACK was seen (the SYN or the final ACK may still be missing from the capture). */
        ANSWERED
    }

    /**
     * The handshake's packets, each null when not captured.
     *
     * @param syn      the first SYN
     * @param synAck   the first SYN-ACK
     * @param ack      the client's first ACK after the SYN-ACK
     * @param refusal  the server's RST that refused the SYN (outcome REFUSED only)
     * @param synCount how many SYNs the client sent
     */
    public record Handshake(Outcome outcome, Pkt syn, Pkt synAck, Pkt ack, Pkt refusal, int synCount) {
        /** SYN to the final ACK, or -1 when either is missing. */
        public long rttNanos() {
            return syn != null && ack != null ? ack.time() - syn.time() : -1;
        }

        /** SYN to SYN-ACK: from the capture point to the server and back, or -1. */
        public long synToSynAckNanos() {
            return syn != null && synAck != null ? synAck.time() - syn.time() : -1;
        }

        /** SYN-ACK to ACK: from the capture point to the client and back, or -1. */
        public long synAckToAckNanos() {
            return synAck != null && ack != null ? ack.time() - synAck.time() : -1;
        }

        /** The client packet whose TTL and IP ID stand for the client's: the SYN, else the ACK; may be null. */
        public Pkt clientSample() {
            return syn != null ? syn : ack;
        }
    }

    /** One HTTP message that starts in {@code packet}: "HEAD /", "200 OK". */
    public record Message(Pkt packet, boolean request, String text) {
    }

    /** Payload bytes and segments sent by each side, retransmissions not counted. */
    public record Totals(long clientBytes, int clientSegments, long serverBytes, int serverSegments) {
    }

    /** A request after which the server sent no data; {@code acknowledged} when the server at least ACKed it. */
    public record Unanswered(Message request, boolean acknowledged) {
    }

    /** A retransmitted segment and the segment it repeats (null when that was not captured). */
    public record Retransmission(Pkt packet, Pkt original, boolean fast) {
        /** Time since the original, or -1 without one. */
        public long afterNanos() {
            return original == null ? -1 : packet.time() - original.time();
        }
    }

    /** The packets Wireshark's TCP analysis marked with {@code tcp.analysis.<flag>}. */
    public record Flagged(String flag, List<Pkt> packets) {
    }

    /** How the conversation ended. */
    public enum Closing {
        /** Both sides sent a FIN, and no RST. */
        ORDERLY,
        /** One side sent a FIN, the other nothing, and no RST. */
        HALF_CLOSED,
        /** An RST and no FIN. */
        ABORTED,
        /** A FIN, then (or also) an RST. */
        RESET_AFTER_FIN,
        /** Neither FIN nor RST before the capture ended. */
        OPEN
    }

    /**
     * The closing packets, null where absent.
     *
     * @param fin      the first FIN
     * @param otherFin the first FIN from the other side after it
     * @param rst      the first RST
     * @param rsts     how many RSTs the conversation has
     */
    public record End(Pkt fin, Pkt otherFin, Pkt rst, int rsts) {
        public Closing closing() {
            if (rst != null) {
                return fin == null ? Closing.ABORTED : Closing.RESET_AFTER_FIN;
            }
            if (fin == null) {
                return Closing.OPEN;
            }
            return otherFin == null ? Closing.HALF_CLOSED : Closing.ORDERLY;
        }
    }

    /**
     * The checks of the conversation's RSTs.
     *
     * @param suspicious true when one of them points at something between the hosts (a forged RST, or a reset for
     *                   a connection whose peer never closed it)
     */
    public record Resets(boolean suspicious, List<ResetNote> notes) {
    }

    /** What one check of an RST found. */
    public sealed interface ResetNote permits NoHistory, Forged, Fits, ForgottenConnection {
        Pkt rst();
    }

    /** The claimed sender sent nothing earlier in the capture, so there is nothing to compare with. */
    public record NoHistory(Pkt rst) implements ResetNote {
    }

    /** The RST does not fit its claimed sender's earlier packets: likely injected in the path. */
    public record Forged(Pkt rst, List<Misfit> misfits) implements ResetNote {
    }

    /** The RST fits its sender: same TTL as before, IP ID near {@code previous}'s (its sender's last packet). */
    public record Fits(Pkt rst, Pkt previous) implements ResetNote {
    }

    /**
     * An RST without ACK whose sequence number is the one its peer acknowledged last ({@code peerAck}): the form a
     * TCP stack sends for a segment of a connection it no longer has (RFC 9293, 3.10.7.1).
     *
     * @param forged     the RST also failed the sender check (so an on-path device forged it)
     * @param peerClosed the peer had sent a FIN or RST before it (so the sender dropping the connection is normal)
     */
    public record ForgottenConnection(Pkt rst, Pkt peerAck, boolean forged, boolean peerClosed)
            implements ResetNote {
    }

    /** One way a packet differs from what its claimed sender sent before. */
    public sealed interface Misfit permits TtlMisfit, IpIdFar, IpIdNotZero, DfMisfit {
    }

    /** A TTL (hop limit) never seen from that sender; {@code earlier} are the ones seen, in order, distinct. */
    public record TtlMisfit(int ttl, List<Integer> earlier) implements Misfit {
    }

    /** An IP ID more than 1024 past the sender's counter, last seen in {@code counter}. */
    public record IpIdFar(int ipId, Pkt counter) implements Misfit {
    }

    /** A non-zero IP ID from a sender that had only sent IP ID 0. */
    public record IpIdNotZero(int ipId) implements Misfit {
    }

    /** A DF flag the sender never (or always) set before. */
    public record DfMisfit(boolean df) implements Misfit {
    }
}
