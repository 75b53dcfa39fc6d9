package org.jdissect.dissectors.tcp;

import static org.jdissect.dissectors.tcp.TcpFields.*;

import java.util.Iterator;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.tree.ProtoNode;

/**
 * TCP sequence analysis as tshark 4.0 does it by default ("Analyze TCP sequence numbers", single pass): what each
 * segment acknowledges, the RTT, bytes in flight, and the retransmission / out-of-order / lost / duplicate-ACK /
 * window / keep-alive findings, from the per-flow state in {@link TcpStreams}.
 *
 * <p>All comparisons are in raw 32-bit sequence space with wrap-around, and 0 stands for "nothing seen yet", as in
 * Wireshark; that keeps the rare corner cases (a real sequence number of 0) behaving as tshark's do.
 */
final class TcpAnalysis {
    static final int RETRANSMISSION = 0x0001;
    static final int LOST_PACKET = 0x0002;
    static final int ACK_LOST_PACKET = 0x0004;
    static final int KEEP_ALIVE = 0x0008;
    static final int DUPLICATE_ACK = 0x0010;
    static final int ZERO_WINDOW = 0x0020;
    static final int ZERO_WINDOW_PROBE = 0x0040;
    static final int ZERO_WINDOW_PROBE_ACK = 0x0080;
    static final int KEEP_ALIVE_ACK = 0x0100;
    static final int OUT_OF_ORDER = 0x0200;
    static final int FAST_RETRANSMISSION = 0x0400;
    static final int WINDOW_UPDATE = 0x0800;
    static final int WINDOW_FULL = 0x1000;
    static final int REUSED_PORTS = 0x2000;
    static final int SPURIOUS_RETRANSMISSION = 0x4000;

    private static final int TH_FIN = 0x01;
    private static final int TH_SYN = 0x02;
    private static final int TH_RST = 0x04;
    private static final int TH_PUSH = 0x08;
    private static final int TH_ACK = 0x10;
    private static final long MASK = 0xffffffffL;

    /** What the analysis found for one segment (Wireshark's {@code tcp_acked}); reused packet after packet. */
    static final class Result {
        /** True once anything was found: the "[SEQ/ACK analysis]" subtree is shown only then. */
        boolean present;
        int flags;
        long frameAcked;
        long ackRtt;
        long bytesInFlight;
        long pushBytesSent;
        int dupAckNum;
        long dupAckFrame;
        long rto;
        long rtoFrame;

        void reset() {
            present = false;
            flags = 0;
            frameAcked = 0;
            ackRtt = 0;
            bytesInFlight = 0;
            pushBytesSent = 0;
            dupAckNum = 0;
            dupAckFrame = 0;
            rto = 0;
            rtoFrame = 0;
        }

        void flag(int f) {
            present = true;
            flags |= f;
        }
    }

    private TcpAnalysis() {
    }

    private static boolean gt(long a, long b) {
        return (int) (b - a) < 0;
    }

    private static boolean lt(long a, long b) {
        return (int) (a - b) < 0;
    }

    private static boolean le(long a, long b) {
        return (int) (a - b) <= 0;
    }

    /**
     * Analyses one segment of {@code fwd} (raw {@code seq}, {@code ack} — 0 when the ACK flag is clear — and the
     * unscaled window) and updates both flows' state. {@code revScale} is the reverse side's window shift as
     * known now (-1 unknown, -2 none). {@code listUnacked}: whether segments are listed until acknowledged, for
     * what only the analysis items show (the acknowledged frame and RTT, bytes in flight, bytes since PSH, RTO);
     * the findings that decide which segments reach the protocol above do not depend on it.
     */
    static void analyze(Result r, TcpStreams.Conversation conv, TcpStreams.Flow fwd, TcpStreams.Flow rev,
                        long frame, long now, long seq, long ack, long seglen, int flags, long window,
                        int revScale, boolean listUnacked, boolean trackBytesInFlight) {
        r.reset();
        if ((flags & TH_ACK) != 0) {
            rev.validBif = true;
        }
        long nextseq;
        checks:
        {
            // zero window probe: one byte at the next expected sequence number into a closed window
            if (seglen == 1 && seq == fwd.nextseq && rev.window == 0) {
                r.flag(ZERO_WINDOW_PROBE);
                break checks;
            }
            if (window == 0 && (flags & (TH_RST | TH_FIN | TH_SYN)) == 0) {
                r.flag(ZERO_WINDOW);
            }
            // a hole before this segment: something was not captured
            if (fwd.nextseq != 0 && gt(seq, fwd.nextseq) && (flags & TH_RST) == 0) {
                r.flag(LOST_PACKET);
                fwd.validBif = false;
            }
            // keep-alive: 0 or 1 byte starting one before the next expected byte
            if ((seglen == 0 || seglen == 1) && seq == ((fwd.nextseq - 1) & MASK)
                    && (flags & (TH_SYN | TH_FIN | TH_RST)) == 0) {
                r.flag(KEEP_ALIVE);
            }
            if (seglen == 0 && window != 0 && window != fwd.window && seq == fwd.nextseq && ack == fwd.lastAck
                    && (flags & (TH_SYN | TH_FIN | TH_RST)) == 0) {
                r.flag(WINDOW_UPDATE);
            }
            if (seglen > 0 && revScale != -1
                    && ((seq + seglen) & MASK) == ((rev.lastAck + (rev.window << (revScale < 0 ? 0 : revScale)))
                    & MASK)
                    && (flags & (TH_SYN | TH_FIN | TH_RST)) == 0) {
                r.flag(WINDOW_FULL);
            }
            if (seglen == 0 && window != 0 && window == fwd.window && seq == fwd.nextseq && ack == fwd.lastAck
                    && (rev.lastSegmentFlags & KEEP_ALIVE) != 0 && (flags & (TH_SYN | TH_FIN | TH_RST)) == 0) {
                r.flag(KEEP_ALIVE_ACK);
                break checks;
            }
            if (seglen == 0 && window == 0 && window == fwd.window && seq == fwd.nextseq
                    && (ack == fwd.lastAck || ack == ((fwd.lastAck + 1) & MASK))
                    && (rev.lastSegmentFlags & ZERO_WINDOW_PROBE) != 0
                    && (flags & (TH_SYN | TH_FIN | TH_RST)) == 0) {
                r.flag(ZERO_WINDOW_PROBE_ACK);
                break checks;
            }
            if (seglen == 0 && window != 0 && window == fwd.window && seq == fwd.nextseq && ack == fwd.lastAck
                    && (flags & (TH_SYN | TH_FIN | TH_RST)) == 0) {
                fwd.dupAckNum++;
                r.flag(DUPLICATE_ACK);
                r.dupAckNum = fwd.dupAckNum;
                r.dupAckFrame = fwd.lastNonDupAck;
            }
        }
        if (ack != fwd.lastAck) {
            fwd.lastNonDupAck = frame;
            fwd.dupAckNum = 0;
        }
        // an ACK beyond anything seen from the other side: the segment it acknowledges was not captured. Said once
        // per gap (packet-tcp.c of 4.0.17): the other side's highest contiguous sequence number jumps to its highest
        // one if that is further; when it cannot, its dupack counter, set to -1 here and reset when its own ACK
        // changes, keeps the same gap from being reported again by every following ACK
        if (rev.maxSeqToBeAcked != 0 && gt(ack, rev.maxSeqToBeAcked) && (flags & TH_ACK) != 0) {
            // the analysis record is made here even when the gap was reported already: its subtree then shows
            // empty (or with the iRTT alone)
            r.present = true;
            if (lt(rev.maxSeqToBeAcked, rev.nextseq)) {
                rev.maxSeqToBeAcked = rev.nextseq;
                r.flag(ACK_LOST_PACKET);
            } else {
                if (rev.dupAckNum == 0) {
                    r.flag(ACK_LOST_PACKET);
                }
                rev.dupAckNum = -1;
            }
        }

        // retransmission, fast retransmission, out of order, spurious: data (or SYN/FIN) that does not advance
        if ((seglen > 0 || (flags & (TH_SYN | TH_FIN)) != 0) && (r.flags & KEEP_ALIVE) == 0) {
            boolean notAdvanced = fwd.nextseq != 0 && lt(seq, fwd.nextseq);
            if (seglen > 1 && ((fwd.nextseq - 1) & MASK) == seq) {
                // one byte back and more than one byte long: new data after a possible zero window probe (or a SYN
                // resent with data), not a retransmission
                notAdvanced = false;
            }
            // packet-tcp.c holds these times in guint64: a segment earlier than the one it is measured from (time
            // going backwards in a merged capture) is a huge delta, so neither fast nor out of order
            long sinceAck = now - rev.lastAckTime;
            long sinceNext = now - fwd.nextseqTime;
            long oooThreshold = conv.firstRtt == 0 ? 3_000_000L : conv.firstRtt;
            long synFin = (flags & (TH_SYN | TH_FIN)) != 0 ? 1 : 0;
            if (seglen > 0 && rev.lastAck != 0 && le((seq + seglen) & MASK, rev.lastAck)) {
                // data the other side has acknowledged already: spurious, checked before the rest (4.0 moved it
                // ahead of the fast-retransmission and out-of-order tests)
                r.flag(SPURIOUS_RETRANSMISSION);
            } else if (notAdvanced && rev.dupAckNum >= 2 && rev.lastAck == seq
                    && Long.compareUnsigned(sinceAck, 20_000_000L) < 0) {
                r.flag(FAST_RETRANSMISSION);
            } else if (notAdvanced && Long.compareUnsigned(sinceNext, oooThreshold) < 0
                    && fwd.nextseq != ((seq + seglen + synFin) & MASK)) {
                r.flag(OUT_OF_ORDER);
            } else if (notAdvanced) {
                r.flag(RETRANSMISSION);
                // the RTO runs from the oldest segment still unacknowledged (the highest one when none is listed)
                TcpStreams.Unacked oldest = fwd.unacked.peekLast();
                r.rto = now - (oldest != null ? oldest.time : fwd.nextseqTime);
                r.rtoFrame = oldest != null ? oldest.frame : fwd.nextseqFrame;
            }
        }

        nextseq = (seq + seglen) & MASK;
        if ((flags & (TH_SYN | TH_FIN)) != 0) {
            nextseq = (nextseq + 1) & MASK;
        }
        if (listUnacked && (seglen > 0 || (flags & (TH_SYN | TH_FIN)) != 0)
                && fwd.unacked.size() < TcpStreams.MAX_UNACKED) {
            fwd.addUnacked(new TcpStreams.Unacked(frame, seq, nextseq, now));
        }
        boolean probe = (r.flags & ZERO_WINDOW_PROBE) != 0;
        if ((flags & (TH_SYN | TH_ACK)) == TH_SYN && fwd.maxSeqToBeAcked != 0) {
            // a SYN seen again takes the flow back to its highest contiguous byte: a segment seen past a hole is
            // forgotten (tshark 4.0.17 on crafted SYNs after a far-ahead segment; a SYN-ACK does not do it)
            fwd.nextseq = fwd.maxSeqToBeAcked;
        }
        // the highest sequence number seen, to notice holes; zero window probes do not advance it
        if ((gt(nextseq, fwd.nextseq) || fwd.nextseq == 0) && !probe) {
            fwd.nextseq = nextseq;
            fwd.nextseqFrame = frame;
            fwd.nextseqTime = now;
        }
        // the highest contiguous sequence number, to notice ACKs of segments not captured
        if ((seq == fwd.maxSeqToBeAcked || fwd.maxSeqToBeAcked == 0) && !probe) {
            fwd.maxSeqToBeAcked = fwd.nextseq;
        }
        fwd.window = window;
        fwd.lastAck = ack;
        fwd.lastAckTime = now;
        fwd.lastSegmentFlags = r.flags;

        if (listUnacked) {
            acknowledged(r, fwd, rev, ack, now, seglen, flags, trackBytesInFlight);
        }
        if (conv.reusedPorts) {
            r.flag(REUSED_PORTS);
        }
    }

    /**
     * With the unacknowledged-segment lists kept: the segments of the other side this one acknowledges (the ACK's
     * RTT), the range still unacknowledged, bytes in flight and bytes since the last PSH. A method of its own so that
     * C2 compiles the per-segment checks quickly when no list is kept.
     */
    private static void acknowledged(Result r, TcpStreams.Flow fwd, TcpStreams.Flow rev, long ack, long now,
                                     long seglen, int flags, boolean trackBytesInFlight) {
        // segments of the other side this acknowledges: RTT from the one it ends exactly at; the range of those
        // still unacknowledged is found on the way (without lists the empty list is not even touched)
        Iterator<TcpStreams.Unacked> it = rev.unacked.iterator();
        long low = Long.MAX_VALUE;
        long high = Long.MIN_VALUE;
        while (it.hasNext()) {
            TcpStreams.Unacked u = it.next();
            if (ack == u.nextseq) {
                r.present = true;
                r.frameAcked = u.frame;
                r.ackRtt = now - u.time;
                it.remove();
                continue;
            }
            if (gt(ack, u.seq) && le(ack, u.nextseq)) {
                u.seq = ack; // partly acknowledged: keep the rest
            } else if (!gt(u.nextseq, ack)) {
                it.remove();
                continue;
            }
            low = Math.min(low, (u.seq - rev.baseSeq) & MASK);
            high = Math.max(high, (u.nextseq - rev.baseSeq) & MASK);
        }
        rev.unackedLow = low;
        rev.unackedHigh = high;

        // bytes in flight after this segment, and bytes since the last PSH
        if (trackBytesInFlight && seglen != 0 && !fwd.unacked.isEmpty() && fwd.validBif) {
            long inFlight = (fwd.unackedHigh - fwd.unackedLow) & MASK;
            if ((flags & (TH_SYN | TH_FIN)) != 0) {
                // tshark 4.0 does not count the SYN or FIN of a segment carrying data (checked on FIN+data segments)
                inFlight--;
            }
            // bytes the receiver reported having (SACK) are not in flight
            for (int i = 0; i < rev.sackCount; i++) {
                inFlight -= (rev.sackRight[i] - rev.sackLeft[i]) & MASK;
            }
            if (inFlight > 0 && inFlight < 2_000_000_000L) {
                r.present = true;
                r.bytesInFlight = inFlight;
            }
            boolean push = (flags & TH_PUSH) != 0;
            if (push && !fwd.pushSetLast) {
                fwd.pushBytesSent += seglen;
                fwd.pushSetLast = true;
            } else if (push) {
                fwd.pushBytesSent = seglen;
            } else if (fwd.pushSetLast) {
                fwd.pushBytesSent = seglen;
                fwd.pushSetLast = false;
            } else {
                fwd.pushBytesSent += seglen;
            }
            r.present = true;
            r.pushBytesSent = fwd.pushBytesSent;
        }
    }

    /** The "[SEQ/ACK analysis]" subtree, in tcp_print_sequence_number_analysis's order. */
    static void print(Result r, long firstRtt, PacketContext ctx, ByteView tvb, ProtoNode tcp) {
        if (!r.present || !tcp.wantsAny(ANALYSIS_ITEMS)) {
            return;
        }
        ProtoNode tree = tcp.addItem(ANALYSIS, tvb, 0, 0).generated();
        if (r.frameAcked != 0) {
            tree.add(ACKS_FRAME, tvb, 0, 0, r.frameAcked).generated();
            if (r.ackRtt != 0) {
                tree.add(ACK_RTT, tvb, 0, 0, r.ackRtt).generated();
            }
        }
        if (firstRtt != 0) {
            tree.add(INITIAL_RTT, tvb, 0, 0, firstRtt).generated();
        }
        if (r.bytesInFlight != 0) {
            tree.add(BYTES_IN_FLIGHT, tvb, 0, 0, r.bytesInFlight).generated();
        }
        if (r.bytesInFlight != 0 && r.pushBytesSent != 0) {
            // tcp_print_sequence_number_analysis shows the bytes since the last PSH only beside bytes in flight
            // (the count goes on regardless: a retransmission whose flight comes out empty still adds to it)
            tree.add(PUSH_BYTES_SENT, tvb, 0, 0, r.pushBytesSent).generated();
        }
        int f = r.flags;
        if (f == 0) {
            return;
        }
        ProtoNode flags = tree.addItem(ANALYSIS_FLAGS, tvb, 0, 0).generated();
        if ((f & REUSED_PORTS) != 0) {
            Expert.add(ctx, flags, EI_REUSED_PORTS);
        }
        if ((f & SPURIOUS_RETRANSMISSION) != 0) {
            // tcp_sequence_number_analysis_print_retransmission: a spurious retransmission is a retransmission too
            Expert.add(ctx, flags, EI_SPURIOUS_RETRANSMISSION);
            Expert.add(ctx, flags, EI_RETRANSMISSION);
        }
        if ((f & RETRANSMISSION) != 0) {
            Expert.add(ctx, flags, EI_RETRANSMISSION);
            if (r.rto != 0) {
                flags.add(RTO, tvb, 0, 0, r.rto).generated();
                flags.add(RTO_FRAME, tvb, 0, 0, r.rtoFrame).generated();
            }
        }
        if ((f & FAST_RETRANSMISSION) != 0) {
            Expert.add(ctx, flags, EI_FAST_RETRANSMISSION);
            Expert.add(ctx, flags, EI_RETRANSMISSION);
        }
        if ((f & OUT_OF_ORDER) != 0) {
            Expert.add(ctx, flags, EI_OUT_OF_ORDER);
        }
        if ((f & ZERO_WINDOW_PROBE) != 0) {
            Expert.add(ctx, flags, EI_ZERO_WINDOW_PROBE);
        }
        if ((f & ZERO_WINDOW) != 0) {
            Expert.add(ctx, flags, EI_ZERO_WINDOW);
        }
        if ((f & ZERO_WINDOW_PROBE_ACK) != 0) {
            Expert.add(ctx, flags, EI_ZERO_WINDOW_PROBE_ACK);
        }
        if ((f & LOST_PACKET) != 0) {
            Expert.add(ctx, flags, EI_LOST_SEGMENT);
        }
        if ((f & ACK_LOST_PACKET) != 0) {
            Expert.add(ctx, flags, EI_ACK_LOST_SEGMENT);
        }
        if ((f & WINDOW_UPDATE) != 0) {
            Expert.add(ctx, flags, EI_WINDOW_UPDATE);
        }
        if ((f & WINDOW_FULL) != 0) {
            Expert.add(ctx, flags, EI_WINDOW_FULL);
        }
        if ((f & KEEP_ALIVE) != 0) {
            Expert.add(ctx, flags, EI_KEEP_ALIVE);
        }
        if ((f & KEEP_ALIVE_ACK) != 0) {
            Expert.add(ctx, flags, EI_KEEP_ALIVE_ACK);
        }
        if (r.dupAckNum != 0) {
            if ((f & DUPLICATE_ACK) != 0) {
                flags.addItem(EI_DUPLICATE_ACK.field(), tvb, 0, 0).generated().label("This is a TCP duplicate ack");
            }
            tree.add(DUPLICATE_ACK_NUM, tvb, 0, 0, r.dupAckNum).generated();
            ProtoNode frameNode = tree.add(DUPLICATE_ACK_FRAME, tvb, 0, 0, r.dupAckFrame).generated();
            Expert.add(ctx, frameNode, EI_DUPLICATE_ACK, "Duplicate ACK (#" + r.dupAckNum + ")");
        }
    }
}
