package org.jdissect.dissectors.tcp;

import static org.jdissect.dissectors.tcp.TcpFields.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.tree.ProtoNode;

/**
 * Reassembles PDUs that span segments, as tshark's default "allow subdissector to reassemble TCP streams": when the
 * protocol above asks for more bytes, a multi-segment PDU ({@link Msp}) covering a range of sequence numbers is
 * opened; every later segment whose sequence number falls in that range is copied to its place — retransmissions and
 * out-of-order segments included, so a lost segment's retransmission fills its gap — and the protocol is called
 * again, in the frame that completes the range, with the whole PDU as a new data source.
 */
final class TcpReassembly {
    private TcpReassembly() {
    }

    /** One segment's share of a PDU: which frame, where in the PDU, how many bytes. */
    record Piece(long frame, int offset, int length) { }

    /** A PDU being collected; {@code seq} and {@code nxtpdu} are relative sequence numbers. */
    static final class Msp {
        final long seq;
        long nxtpdu;
        boolean oneMore;
        byte[] buf = new byte[0];
        /** Pieces in arrival order; a retransmission adds a second piece at the same offset. */
        final List<Piece> pieces = new ArrayList<>();
        /**
         * Bytes present from offset 0 without a hole, kept up to date while pieces arrive in order; once a piece
         * leaves a hole, {@link #complete()} sorts the pieces instead (sorting on every segment made a PDU of n
         * segments cost n² — large HTTP bodies have thousands).
         */
        private int contiguous;
        private boolean holes;

        Msp(long seq) {
            this.seq = seq;
        }

        void add(long frame, int offset, ByteView src, int srcOff, int n) {
            if (offset + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(offset + n, Math.min(buf.length * 2, TcpStreams.MAX_PENDING)));
            }
            src.copyTo(srcOff, buf, offset, n);
            Piece last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
            if (last != null && last.frame() == frame && last.offset() + last.length() == offset) {
                // one segment's bytes added in two steps (the PDU's range widened mid-segment) are one piece
                pieces.set(pieces.size() - 1, new Piece(frame, last.offset(), last.length() + n));
            } else {
                pieces.add(new Piece(frame, offset, n));
            }
            if (offset <= contiguous) {
                contiguous = Math.max(contiguous, offset + n);
            } else {
                holes = true;
            }
        }

        int length() {
            return (int) (nxtpdu - seq);
        }

        /** True when every byte of the range is present. */
        boolean complete() {
            if (!holes) {
                return contiguous >= length();
            }
            List<Piece> sorted = sorted();
            int covered = 0;
            for (Piece p : sorted) {
                if (p.offset() > covered) {
                    return false;
                }
                covered = Math.max(covered, p.offset() + p.length());
            }
            return covered >= length();
        }

        List<Piece> sorted() {
            List<Piece> s = new ArrayList<>(pieces);
            s.sort((a, b) -> Integer.compare(a.offset(), b.offset())); // stable: arrival order at equal offsets
            return s;
        }
    }

    static void deliver(ByteView payload, long relSeq, int segLen, PacketContext ctx, ProtoNode parent,
                        ProtoNode tcp, TcpStreams.Flow flow, TcpInfo info, TcpModule module, boolean suspect,
                        boolean retrans, boolean joinsPdu) {
        boolean whole = payload.capturedLength() == segLen;
        int done = 0;
        boolean labelled = false;
        ProtoNode segData = null;
        while (done < segLen) {
            long s = relSeq + done;
            int plen = segLen - done;
            ByteView part = done == 0 ? payload : payload.tail(done);
            Msp m = flow.msp;
            if (m == null || !joinsPdu || !whole || s < m.seq || s >= m.nxtpdu) {
                if (suspect) {
                    segmentData(tcp, part, plen, retrans);
                } else {
                    dissect(part, s, ctx, parent, tcp, flow, info, module, null);
                }
                return;
            }
            if (m.oneMore && !suspect) {
                // "one more segment" ranges grow with each in-order segment until the protocol is satisfied
                m.nxtpdu = Math.max(m.nxtpdu, s + plen);
            }
            int n = (int) Math.min(plen, m.nxtpdu - s);
            m.add(ctx.frameNumber(), (int) (s - m.seq), part, 0, n);
            done += n;
            if (!m.complete()) {
                if (!labelled) {
                    segmentData(tcp, payload, segLen, retrans);
                }
                return;
            }
            flow.msp = null;
            ByteView pdu = ByteView.of(Arrays.copyOf(m.buf, m.length()));
            // one "TCP segment data" line per segment, however many steps its bytes joined the PDU in
            int joined = done;
            if (segData == null) {
                segData = tcp.addObj(SEGMENT_DATA, payload, 0, joined, null);
            }
            segData.setLength(joined).label("TCP segment data (" + joined + " byte" + (joined == 1 ? "" : "s") + ")");
            List<ProtoNode> segs = addSegmentsTree(parent, m, pdu, ctx.labels());
            dissect(pdu, m.seq, ctx, parent, tcp, flow, info, module, m);
            if (flow.msp == m) {
                // the protocol needs still more: no reassembly to show yet, the bytes wait in the widened range
                segs.forEach(ProtoNode::detach);
            }
            labelled = true;
        }
    }

    /**
     * Calls the protocol above on {@code data} (whose first byte has sequence number {@code seq}) as long as it
     * consumes PDUs, and opens a new multi-segment PDU where it asks for more.
     */
    private static void dissect(ByteView data, long seq, PacketContext ctx, ProtoNode parent, ProtoNode tcp,
                                TcpStreams.Flow flow, TcpInfo info, TcpModule module, Msp from) {
        int offset = 0;
        int len = data.capturedLength();
        while (offset < len) {
            info.reset();
            info.reassembled = from != null;
            ByteView sub = offset == 0 ? data : data.tail(offset);
            int n = module.callSubdissector(sub, ctx, parent, info);
            if (info.desegmentLen != 0) {
                int at = offset + info.desegmentOffset;
                int keep = len - at;
                boolean oneMore = info.desegmentLen == TcpInfo.ONE_MORE_SEGMENT;
                long want = (long) keep + (oneMore ? 1 : Math.max(0, info.desegmentLen));
                if (keep <= 0 || want > TcpStreams.MAX_PENDING) {
                    return;
                }
                Msp m;
                if (from != null && at == 0) {
                    // the whole reassembled PDU is still short: keep its pieces and widen its range
                    m = from;
                } else {
                    m = new Msp(seq + at);
                    m.add(ctx.frameNumber(), 0, data, at, keep);
                    if (from == null) {
                        segmentData(tcp, data.tail(at), keep, false);
                    }
                }
                m.oneMore = oneMore;
                m.nxtpdu = m.seq + keep + (oneMore ? 1 : info.desegmentLen);
                flow.msp = m;
                return;
            }
            if (n <= 0 || n >= sub.capturedLength()) {
                return;
            }
            offset += n;
        }
    }

    private static void segmentData(ProtoNode tcp, ByteView payload, int n, boolean retrans) {
        tcp.addObj(SEGMENT_DATA, payload, 0, Math.min(n, payload.capturedLength()), null)
                .label((retrans ? "Retransmitted " : "") + "TCP segment data (" + n + " byte" + (n == 1 ? "" : "s")
                        + ")");
    }

    /**
     * Adds the "Reassembled TCP Segments" tree and returns the nodes that must go if the PDU turns out incomplete:
     * the tree, or, when the tree keeps only some fields, whichever of its items were built.
     */
    private static List<ProtoNode> addSegmentsTree(ProtoNode parent, Msp m, ByteView whole, boolean labels) {
        if (!parent.wants(SEGMENTS) && !parent.wants(SEGMENT) && !parent.wants(SEGMENT_COUNT)
                && !parent.wants(REASSEMBLED_LENGTH) && !parent.wants(REASSEMBLED_DATA)) {
            return List.of();
        }
        List<Piece> sorted = m.sorted();
        int total = whole.capturedLength();
        ProtoNode segs = parent.addItem(SEGMENTS, whole, 0, total).generated();
        if (labels) {
            StringBuilder list = new StringBuilder(":");
            for (int i = 0; i < sorted.size(); i++) {
                Piece p = sorted.get(i);
                list.append(i == 0 ? " #" : ", #").append(p.frame()).append('(').append(p.length()).append(')');
            }
            // tshark builds this label by appending, so a long list is cut silently at the label limit
            segs.label(sorted.size() + " Reassembled TCP Segments (" + total + " bytes)").appendLabel(list.toString());
        }
        List<ProtoNode> built = new ArrayList<>();
        for (Piece p : sorted) {
            int n = p.length();
            ProtoNode seg = segs.add(SEGMENT, whole, p.offset(), n, p.frame());
            if (labels) {
                seg.label("[Frame: " + p.frame() + ", payload: " + p.offset() + "-" + (p.offset() + n - 1) + " ("
                        + n + " byte" + (n == 1 ? "" : "s") + ")]");
            }
            built.add(seg);
        }
        built.add(segs.add(SEGMENT_COUNT, whole, 0, 0, sorted.size()).generated());
        built.add(segs.add(REASSEMBLED_LENGTH, whole, 0, 0, total).generated());
        built.add(segs.addItem(REASSEMBLED_DATA, whole, 0, total).generated()); // value: the bytes, not a copy
        if (!segs.isPhantom()) {
            return List.of(segs);
        }
        built.removeIf(ProtoNode::isPhantom);
        return built;
    }
}
