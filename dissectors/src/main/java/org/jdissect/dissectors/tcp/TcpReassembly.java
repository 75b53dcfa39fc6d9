package org.jdissect.dissectors.tcp;

import static org.jdissect.dissectors.tcp.TcpFields.*;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.limits.Limit;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.frame.FrameModule;
import org.jdissect.dissectors.reassembly.ReassemblyBudget;

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

    /**
     * A PDU being collected; {@code seq} and {@code nxtpdu} are relative sequence numbers. Its buffer is charged to
     * the capture's {@link ReassemblyBudget}, which may take it back (then the flow forgets the PDU).
     */
    static final class Msp extends ReassemblyBudget.Pending {
        final long seq;
        final TcpStreams.Flow flow;
        final int stream;
        long nxtpdu;
        boolean oneMore;
        /**
         * What the protocol above put in the Info column when it asked for this PDU's rest (PacketContext's
         * pendingInfo), and whether tshark would call it again on each segment (it asked for "one more segment"),
         * so that each segment's summary shows that text again.
         */
        String pendingInfo;
        boolean infoRepeats;
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

        Msp(long seq, TcpStreams.Flow flow, int stream) {
            this.seq = seq;
            this.flow = flow;
            this.stream = stream;
        }

        @Override
        protected void dropForBudget() {
            if (flow.msp == this) {
                flow.msp = null;
            }
            buf = new byte[0];
            pieces.clear();
        }

        @Override
        protected String describe() {
            return "TCP stream " + stream + " (" + held() + " bytes)";
        }

        /** Copies bytes in; {@link #store} has made the buffer large enough. */
        void add(long frame, int offset, ByteView src, int srcOff, int n) {
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

        /** True when the pieces leave no byte of [0, end) missing. */
        boolean coversUpTo(int end) {
            if (!holes) {
                return contiguous >= end;
            }
            int covered = 0;
            for (Piece p : sorted()) {
                if (p.offset() > covered) {
                    break;
                }
                covered = Math.max(covered, p.offset() + p.length());
            }
            return covered >= end;
        }

        /** The frame whose segment opened the PDU (msp->first_frame). */
        long firstFrame() {
            return pieces.isEmpty() ? -1 : pieces.get(0).frame();
        }

        /** True when every byte of the range is present. */
        boolean complete() {
            return coversUpTo(length());
        }

        List<Piece> sorted() {
            List<Piece> s = new ArrayList<>(pieces);
            s.sort((a, b) -> Integer.compare(a.offset(), b.offset())); // stable: arrival order at equal offsets
            return s;
        }
    }

    /**
     * dissect_tcp_payload when the segment may not be desegmented (tcp.check_checksum found it bad, or
     * tcp.desegment_tcp_streams is off): the protocol above gets it as it is, unable to ask for more, marked
     * fragmented (a bounds error is then an unreassembled packet, not a malformed one), and no PDU being reassembled
     * takes it in. A retransmitted or out-of-order one goes to no subdissector, as always, and is shown only as TCP's
     * payload.
     */
    static void undesegmented(ByteView payload, long relSeq, int segLen, PacketContext ctx, ProtoNode parent,
                              ProtoNode tcp, TcpStreams streams, TcpStreams.Flow flow, TcpInfo info,
                              TcpModule module, boolean suspect) {
        if (suspect) {
            return; // process_tcp_payload hands it to no one, and without desegment_tcp nothing shows its data
        }
        boolean fragmented = ctx.fragmented;
        ctx.fragmented = true;
        info.canDesegment = false;
        try {
            dissect(payload, relSeq, ctx, parent, tcp, streams, flow, info, module, null);
        } finally {
            info.canDesegment = true;
            // process_tcp_payload stores the tracked PDU end whether the protocol above returned or threw
            trackNextPdu(info, relSeq, segLen, ctx, streams, flow);
        }
        // restored only when the layer above returns: a bounds error it throws reaches the frame while the packet
        // is still marked fragmented, so it is shown as an unreassembled packet
        ctx.fragmented = fragmented;
    }

    /**
     * pdu_store_sequencenumber_of_next_pdu: the protocol above ran a PDU past the end of a segment it could not ask
     * the rest of ({@link TcpInfo#bytesUntilNextPdu}), so the flow's later segments up to that end belong to a PDU
     * that holds none of its first bytes: it never completes, and they show as its segment data. Only with the
     * sequence analysis on, as packet-tcp.c.
     */
    private static void trackNextPdu(TcpInfo info, long relSeq, int segLen, PacketContext ctx, TcpStreams streams,
                                     TcpStreams.Flow flow) {
        int until = info.bytesUntilNextPdu;
        info.bytesUntilNextPdu = 0;
        if (until <= 0 || !ctx.engine().preferences().on(TcpModule.ANALYZE_SEQ)) {
            return;
        }
        Msp m = new Msp(relSeq, flow, info.stream);
        m.nxtpdu = relSeq + segLen + until;
        if (flow.msp != null) {
            streams.budget.release(flow.msp); // a later PDU start is the one the flow's next segments look up
        }
        flow.msp = m;
    }

    /**
     * packet-tcp.c looks the segment's sequence number up among the PDUs' starts before anything else: a segment
     * starting one (and inside it) in another frame than the first is shown as retransmitted and joins nothing, even
     * a fast retransmission, which otherwise would. True when it was such a segment.
     */
    static boolean resentPduStart(ByteView payload, long relSeq, int segLen, PacketContext ctx, ProtoNode tcp,
                                  TcpStreams.Flow flow) {
        if (!resendsPduStart(flow, relSeq, relSeq + segLen, ctx.frameNumber())) {
            return false;
        }
        segmentData(tcp, payload, segLen, true);
        return true;
    }

    static void deliver(ByteView payload, long relSeq, int segLen, PacketContext ctx, ProtoNode parent,
                        ProtoNode tcp, TcpStreams streams, TcpStreams.Flow flow, TcpInfo info, TcpModule module,
                        boolean suspect, boolean retrans, boolean joinsPdu) {
        if (resentPduStart(payload, relSeq, segLen, ctx, tcp, flow)) {
            return;
        }
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
                if (done == 0 && joinsPdu && whole && insideFinishedPdu(flow, s)) {
                    // a segment whose bytes fall into a PDU already reassembled (a late fast retransmission, an
                    // out-of-order copy): desegment_tcp hands it to fragment_add before process_tcp_payload's test
                    // for suspect segments, and fragment_add on a finished reassembly throws; nothing above TCP is
                    // dissected. (A plain retransmission returned before that; a segment cut short is not
                    // desegmented at all.)
                    FrameModule.markReassemblyError(ctx, ctx.tree().root(), part, "TCP",
                            "New fragment overlaps old data (retransmission?)");
                } else if (suspect) {
                    // desegment_tcp shows a plain retransmission's data; an out-of-order segment outside any PDU
                    // goes to process_tcp_payload, which hands it to no one, and nothing shows it
                    if (retrans) {
                        segmentData(tcp, part, plen, true);
                    }
                } else {
                    dissect(part, s, ctx, parent, tcp, streams, flow, info, module, null);
                }
                return;
            }
            if (m.oneMore && !suspect) {
                // "one more segment" ranges grow with each in-order segment until the protocol is satisfied
                m.nxtpdu = Math.max(m.nxtpdu, s + plen);
            }
            int n = (int) Math.min(plen, m.nxtpdu - s);
            if (!store(m, ctx.frameNumber(), (int) (s - m.seq), part, 0, n, ctx, tcp, streams)) {
                // a cap refused the bytes: the PDU is given up, the segment shows as plain segment data
                abandon(streams, m);
                if (!labelled) {
                    segmentData(tcp, payload, segLen, retrans);
                }
                return;
            }
            done += n;
            if (!m.complete()) {
                if (!labelled) {
                    reassembledIn(tcp, payload, streams.reassembledLater(ctx.frameNumber()));
                    segmentData(tcp, payload, segLen, retrans);
                }
                if (m.infoRepeats && !streams.heldLater(ctx.frameNumber())) {
                    // tshark's second pass calls the protocol above no more on a segment whose PDU it knows is
                    // completed later, so only the first pass repeats its text
                    ctx.pendingInfo = m.pendingInfo;
                }
                return;
            }
            flow.msp = null;
            // a view, not a copy: a finished PDU's buffer is never written again (see the copy below otherwise)
            int pduLen = m.length();
            ByteView pdu = ByteView.of(ByteBuffer.wrap(m.buf), 0, pduLen, pduLen);
            ctx.addDataSource("Reassembled TCP", pdu);
            // one "TCP segment data" line per segment, however many steps its bytes joined the PDU in
            int joined = done;
            boolean first = segData == null;
            if (first) {
                segData = tcp.addObj(SEGMENT_DATA, payload, 0, joined, null);
            }
            segData.setLength(joined).label("TCP segment data (" + joined + " byte" + (joined == 1 ? "" : "s") + ")");
            List<ProtoNode> segs = addSegmentsTree(parent, m, pdu, ctx.labels());
            if (!suspect) {
                int left = dissect(pdu, m.seq, ctx, parent, tcp, streams, flow, info, module, m);
                if (m.oneMore && left > 0) {
                    // a PDU of unknown length ("one more segment") whose protocol stopped before its end and asked
                    // for more: fragment_truncate cuts the reassembly there, and the segments show what was used
                    showTruncated(segs, left, ctx.labels());
                }
            }
            ProtoNode lastAfterPdu = parent.lastChild();
            // else: a retransmitted or out-of-order segment completes the PDU, which is shown reassembled but not
            // dissected (process_tcp_payload with tshark's default "no subdissector on error")
            if (first) {
                segData.moveToEnd(); // desegment_tcp adds it after the PDU's dissection (and its PDU sizes)
            }
            if (flow.msp == m) {
                // the protocol needs still more: no reassembly to show yet, the bytes wait in the widened range.
                // The PDU goes on in a copy: later segments (a retransmission too) must not change bytes this
                // packet's tree may still show when it is printed, on another thread
                m.buf = m.buf.clone();
                segs.forEach(ProtoNode::detach);
                ctx.dropDataSource(pdu);
                if (first && streams.heldLater(ctx.frameNumber())) {
                    // a second pass of two knows where (or that never) the PDU completes, and tshark's shows only
                    // that here
                    reassembledIn(tcp, payload, streams.reassembledLater(ctx.frameNumber()));
                    segData.moveToEnd();
                    ctx.pendingInfo = null;
                }
            } else {
                noteMoved(ctx, segs, parent, lastAfterPdu);
                streams.budget.release(m);
                finished(flow, m.seq, m.nxtpdu, m.firstFrame());
                noteCompleted(streams, m, ctx.frameNumber());
            }
            labelled = true;
        }
    }

    /**
     * The FIN of a flow whose protocol asked for everything up to it ({@link TcpInfo#UNTIL_FIN}): its bytes (maybe
     * none) end the pending PDU, which, when no byte before them is missing, is shown reassembled and handed up once
     * more, unable to ask for more — packet-tcp.c's check of TCP_FLOW_REASSEMBLE_UNTIL_FIN before the payload is
     * dissected. Returns false when there is no such PDU or it has a hole: the segment is then dissected as any other.
     */
    static boolean finishAtFin(ByteView payload, long relSeq, int segLen, PacketContext ctx, ProtoNode parent,
                               ProtoNode tcp, TcpStreams streams, TcpStreams.Flow flow, TcpInfo info,
                               TcpModule module) {
        Msp m = flow.msp;
        // wmem_tree_lookup32_le(seq - 1): the PDU must start before the FIN's first byte
        if (m == null || m.seq > relSeq - 1 || relSeq - m.seq > Integer.MAX_VALUE) {
            return false;
        }
        int offset = (int) (relSeq - m.seq);
        int n = Math.min(segLen, payload.capturedLength());
        if (!m.coversUpTo(offset)) {
            return false; // fragment_add finds a hole: nothing is reassembled yet
        }
        if (!store(m, ctx.frameNumber(), offset, payload, 0, n, ctx, tcp, streams)) {
            abandon(streams, m);
            return false;
        }
        m.nxtpdu = m.seq + offset + n;
        flow.msp = null;
        int pduLen = m.length();
        ByteView pdu = ByteView.of(ByteBuffer.wrap(m.buf), 0, pduLen, pduLen);
        ctx.addDataSource("Reassembled TCP", pdu);
        // packet-tcp.c's FIN path shows the segments before handing them up, in any tree: nothing is moved
        addSegmentsTree(parent, m, pdu, ctx.labels());
        info.canDesegment = false;
        try {
            dissect(pdu, m.seq, ctx, parent, tcp, streams, flow, info, module, m);
        } finally {
            info.canDesegment = true;
        }
        streams.budget.release(m);
        finished(flow, m.seq, m.nxtpdu, m.firstFrame());
        noteCompleted(streams, m, ctx.frameNumber());
        return true;
    }

    /**
     * Calls the protocol above on {@code data} (whose first byte has sequence number {@code seq}) as long as it
     * consumes PDUs, and opens a new multi-segment PDU where it asks for more.
     */
    private static int dissect(ByteView data, long seq, PacketContext ctx, ProtoNode parent, ProtoNode tcp,
                               TcpStreams streams, TcpStreams.Flow flow, TcpInfo info, TcpModule module, Msp from) {
        int offset = 0;
        int len = data.capturedLength();
        while (offset < len) {
            info.reset();
            info.reassembled = from != null;
            info.pduBase = data;
            ByteView sub = offset == 0 ? data : data.tail(offset);
            ctx.pendingInfo = null; // only the text of the PDU left unfinished counts
            ProtoNode mark = parent.lastChild();
            int protocolsMark = ctx.protocolsMark();
            int n = module.callSubdissector(sub, ctx, parent, info);
            if (info.desegmentLen != 0) {
                int at = offset + info.desegmentOffset;
                int keep = len - at;
                boolean oneMore = info.desegmentLen == TcpInfo.ONE_MORE_SEGMENT;
                boolean untilFin = info.desegmentLen == TcpInfo.UNTIL_FIN;
                if (untilFin) {
                    flow.untilFin = true; // the FIN will end the PDU (see finishAtFin)
                }
                // a PDU open to the FIN claims no length beyond what it holds: the caps judge it as it grows
                long want = (long) keep + (oneMore ? 1 : untilFin ? 0 : Math.max(0, info.desegmentLen));
                if (keep <= 0) {
                    return -1;
                }
                if (want > streams.maxPending) {
                    ctx.limitReached(Limit.TCP_REASSEMBLY_BYTES, tcp, "TCP PDU of " + want + " bytes in stream "
                            + info.stream + " not reassembled");
                    if (from != null) {
                        streams.budget.release(from);
                    } else {
                        segmentData(tcp, data.tail(at), keep, false);
                    }
                    return -1;
                }
                Msp m;
                if (from != null && at == 0) {
                    // the whole reassembled PDU is still short: keep its pieces and widen its range
                    m = from;
                } else {
                    if (from != null) {
                        streams.budget.release(from);
                    }
                    m = new Msp(seq + at, flow, info.stream);
                    if (!store(m, ctx.frameNumber(), 0, data, at, keep, ctx, tcp, streams)) {
                        streams.budget.release(m);
                        return -1;
                    }
                    if (from == null) {
                        boolean held = streams.heldLater(ctx.frameNumber());
                        if (held && at == 0) {
                            // tshark's second pass finds this PDU completed in a later frame (or never) and calls
                            // the protocol above not at all: nothing it made of the first bytes stays
                            dropAfter(parent, mark);
                            ctx.dropProtocolsAfter(protocolsMark);
                        }
                        reassembledIn(tcp, data.tail(at), streams.reassembledLater(ctx.frameNumber()));
                        segmentData(tcp, data.tail(at), keep, false);
                        if (held) {
                            m.pendingInfo = ctx.pendingInfo;
                            ctx.pendingInfo = null;
                        }
                    }
                }
                m.oneMore = oneMore;
                if (from != null || !streams.heldLater(ctx.frameNumber())) {
                    m.pendingInfo = ctx.pendingInfo;
                }
                m.infoRepeats = oneMore || info.infoRepeats;
                m.nxtpdu = m.seq + keep + (oneMore ? 1 : info.desegmentLen);
                if (flow.msp != null && flow.msp != m) {
                    // a PDU that will never complete (the stream moved past it): its bytes go back to the budget
                    streams.budget.release(flow.msp);
                }
                flow.msp = m;
                return m == from ? -1 : at;
            }
            if (n <= 0 || n >= sub.capturedLength()) {
                return -1;
            }
            offset += n;
        }
        return -1;
    }

    /**
     * The segments tree of a reassembly cut at {@code at} bytes: the pieces past it shortened, and the list in its
     * label with them (its total and the reassembled length stay those of the whole, as tshark shows them).
     */
    private static void showTruncated(List<ProtoNode> segs, int at, boolean labels) {
        if (segs.size() != 1 || segs.get(0).def() != SEGMENTS) {
            return; // only a whole tree shows the pieces
        }
        ProtoNode root = segs.get(0);
        StringBuilder list = new StringBuilder(":");
        for (ProtoNode c = root.firstChild(); c != null; c = c.next()) {
            if (c.def() != SEGMENT) {
                continue;
            }
            int off = c.offset();
            int n = c.length();
            if (off < at && off + n > at) {
                n = at - off;
                c.setLength(n);
                if (labels) {
                    c.label(pieceLabel(c.num(), off, n));
                }
            }
            appendPiece(list, c.num(), n);
        }
        if (labels) {
            root.replaceAppended(list.toString());
        }
    }

    /**
     * Makes room for {@code n} bytes at {@code offset} of {@code m} and copies them in, within the flow's cap and the
     * capture's reassembly budget. Returns false, with the packet marked, when a cap refuses; when the budget
     * had to drop other streams' pending PDUs to make room, the packet is marked with which.
     */
    private static boolean store(Msp m, long frame, int offset, ByteView src, int srcOff, int n, PacketContext ctx,
                                 ProtoNode tcp, TcpStreams streams) {
        long need = (long) offset + n;
        if (need > m.buf.length) {
            if (need > streams.maxPending) {
                ctx.limitReached(Limit.TCP_REASSEMBLY_BYTES, tcp, "TCP PDU in stream " + m.stream + " grew past "
                        + streams.maxPending + " bytes: not reassembled");
                return false;
            }
            // doubling keeps copying linear; the cap bounds the last step, and so does the length the protocol
            // announced (a body's Content-Length): no step past the end of the PDU
            long doubled = 2L * m.buf.length;
            if (m.nxtpdu > m.seq && !m.oneMore) {
                doubled = Math.min(doubled, m.length());
            }
            int size = (int) Math.min(streams.maxPending, Math.max(need, doubled));
            int dropped = streams.budget.grow(m, size - m.buf.length);
            if (dropped < 0) {
                ctx.limitReached(Limit.REASSEMBLY_TOTAL_BYTES, tcp, "TCP PDU in stream " + m.stream + " needs "
                        + size + " bytes, more than all reassemblies may hold: not reassembled");
                return false;
            }
            if (dropped > 0) {
                ctx.limitReached(Limit.REASSEMBLY_TOTAL_BYTES, tcp, "reassembly memory full: pending reassembly of "
                        + streams.budget.lastDropped() + " dropped to make room for TCP stream " + m.stream);
            }
            m.buf = Arrays.copyOf(m.buf, size);
        }
        m.add(frame, offset, src, srcOff, n);
        if (streams.notes != null && streams.notes.reassembledIn.get(frame) == 0) {
            // until the PDU completes (noteCompleted), a first pass of two counts it never completed
            streams.notes.reassembledIn.put(frame, TcpStreams.NEVER);
        }
        return true;
    }

    /** PDUs remembered per flow after they finish; a retransmission seldom reaches further back than this. */
    static final int DONE_KEPT = 8;

    /** Remembers a finished PDU's range and first frame, forgetting the oldest past {@link #DONE_KEPT}. */
    private static void finished(TcpStreams.Flow flow, long start, long end, long firstFrame) {
        if (flow.donePdus == null) {
            flow.donePdus = new long[3 * DONE_KEPT];
        }
        if (flow.donePduCount == DONE_KEPT) {
            System.arraycopy(flow.donePdus, 3, flow.donePdus, 0, 3 * (DONE_KEPT - 1));
            flow.donePduCount--;
        }
        int i = 3 * flow.donePduCount++;
        flow.donePdus[i] = start;
        flow.donePdus[i + 1] = end;
        flow.donePdus[i + 2] = firstFrame;
    }

    /**
     * Whether a PDU of the flow, pending or finished, starts at {@code seq} and holds the whole segment, and was
     * opened by another frame (desegment_tcp's wmem_tree_lookup32 test).
     */
    private static boolean resendsPduStart(TcpStreams.Flow flow, long seq, long end, long frame) {
        Msp m = flow.msp;
        if (m != null && m.seq == seq && end <= m.nxtpdu && m.firstFrame() != frame) {
            return true;
        }
        long[] d = flow.donePdus;
        for (int i = 0; i < flow.donePduCount; i++) {
            if (d[3 * i] == seq && end <= d[3 * i + 1] && d[3 * i + 2] != frame) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the PDU with the highest start below {@code seq} (wmem_tree_lookup32_le(seq - 1)) is a finished one that
     * holds {@code seq}.
     */
    private static boolean insideFinishedPdu(TcpStreams.Flow flow, long seq) {
        long best = Long.MIN_VALUE;
        long bestEnd = 0;
        boolean finished = false;
        Msp m = flow.msp;
        if (m != null && m.seq <= seq - 1) {
            best = m.seq;
        }
        long[] d = flow.donePdus;
        for (int i = 0; i < flow.donePduCount; i++) {
            long start = d[3 * i];
            if (start <= seq - 1 && start > best) {
                best = start;
                bestEnd = d[3 * i + 1];
                finished = true;
            }
        }
        return finished && seq < bestEnd;
    }

    /** Gives up a PDU a cap refused: the flow forgets it and its bytes go back to the budget. */
    private static void abandon(TcpStreams streams, Msp m) {
        if (m.flow.msp == m) {
            m.flow.msp = null;
        }
        streams.budget.release(m);
    }

    /**
     * In a first pass of two, notes for each frame that gave {@code m} bytes, other than {@code frame} where it is
     * completed, that its PDU is reassembled there.
     */
    private static void noteCompleted(TcpStreams streams, Msp m, long frame) {
        if (streams.notes == null) {
            return;
        }
        for (Piece p : m.pieces) {
            streams.notes.reassembledIn.put(p.frame(), p.frame() == frame ? 0 : frame);
        }
    }

    /** "[Reassembled PDU in frame: N]" above a segment's data, when {@code later} (a second pass's) is not 0. */
    private static void reassembledIn(ProtoNode tcp, ByteView payload, long later) {
        if (later != 0) {
            tcp.add(REASSEMBLED_IN, payload, 0, 0, later).generated();
        }
    }

    /** Removes the children of {@code parent} added after {@code mark} (all of them when it is null). */
    private static void dropAfter(ProtoNode parent, ProtoNode mark) {
        ProtoNode c = mark == null ? parent.firstChild() : mark.next();
        while (c != null) {
            ProtoNode next = c.next();
            c.detach();
            c = next;
        }
    }

    private static void segmentData(ProtoNode tcp, ByteView payload, int n, boolean retrans) {
        ProtoNode data = tcp.addObj(SEGMENT_DATA, payload, 0, Math.min(n, payload.capturedLength()), null);
        if (!data.isPhantom()) { // the label is built for every data segment otherwise
            data.label((retrans ? "Retransmitted " : "") + "TCP segment data (" + n + " byte" + (n == 1 ? "" : "s")
                    + ")");
        }
    }

    /**
     * print_tcp_fragment_tree adds the segments tree after the PDU's dissection and moves it behind TCP only in a
     * shown tree; it was added before here, so the place it has in a tree nobody shows is noted.
     */
    private static void noteMoved(PacketContext ctx, List<ProtoNode> segs, ProtoNode parent, ProtoNode after) {
        if (segs.size() == 1 && segs.get(0).parent() == parent) {
            ctx.tree().noteMoved(segs.get(0), after);
        }
    }

    /**
     * Adds the "Reassembled TCP Segments" tree and returns the nodes that must go if the PDU turns out incomplete:
     * the tree, or, when the tree keeps only some fields, whichever of its items were built.
     */
    private static List<ProtoNode> addSegmentsTree(ProtoNode parent, Msp m, ByteView whole, boolean labels) {
        if (!parent.wantsAny(SEGMENTS_TREE_ITEMS)) {
            return List.of();
        }
        List<Piece> sorted = m.sorted();
        int total = whole.capturedLength();
        ProtoNode segs = parent.addItem(SEGMENTS, whole, 0, total).generated();
        if (labels) {
            StringBuilder list = new StringBuilder(":");
            for (Piece p : sorted) {
                appendPiece(list, p.frame(), p.length());
            }
            // tshark builds this label by appending, so a long list is cut silently at the label limit
            segs.label(sorted.size() + " Reassembled TCP Segments (" + total + " bytes)").appendLabel(list.toString());
        }
        List<ProtoNode> built = new ArrayList<>();
        int covered = 0;
        for (Piece p : sorted) {
            int n = p.length();
            // generated, as reassemble.c's show_fragment sets it: -V brackets the label, PDML's showname has none
            ProtoNode seg = segs.add(SEGMENT, whole, p.offset(), n, p.frame()).generated();
            if (labels) {
                seg.label(pieceLabel(p.frame(), p.offset(), n));
            }
            if (p.offset() < covered) {
                // reassemble.c's FD_OVERLAP: some of this segment's bytes came before it (a retransmission)
                seg.add(SEGMENT_OVERLAP, whole, 0, 0, 1).generated();
            }
            covered = Math.max(covered, p.offset() + n);
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

    /**
     * show_fragment's text for a piece of {@code n} bytes at {@code off} of the reassembly, from frame {@code frame}
     * (a bare FIN that ended a PDU reassembled up to it adds a piece without bytes).
     */
    private static String pieceLabel(long frame, int off, int n) {
        return n == 0 ? "Frame: " + frame + " (no data)" : "Frame: " + frame + ", payload: " + off + "-" + (off + n - 1)
                + " (" + n + " byte" + (n == 1 ? "" : "s") + ")";
    }

    /** One piece of the segments tree's list, appended to {@code list} (which starts as ":"): " #6(90)", ", #7(2)". */
    private static void appendPiece(StringBuilder list, long frame, int n) {
        list.append(list.length() == 1 ? " #" : ", #").append(frame).append('(').append(n).append(')');
    }
}
