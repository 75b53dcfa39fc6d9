package org.jdissect.dissectors.tcp;

import static org.jdissect.dissectors.tcp.TcpFields.*;

import java.io.ByteArrayOutputStream;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.tree.ProtoNode;

/**
 * Joins segments when the protocol above asks for more bytes, as tshark's default "allow subdissector to
 * reassemble TCP streams". Only in-order continuation is joined; a gap or a retransmission drops what was pending,
 * so a lossy stream degrades to per-segment dissection instead of stalling.
 */
final class TcpReassembly {
    private TcpReassembly() {
    }

    static void deliver(ByteView payload, long relSeq, int segLen, PacketContext ctx, ProtoNode parent,
                        ProtoNode tcp, TcpStreams.Flow flow, TcpInfo info, TcpModule module) {
        ByteView data = payload;
        boolean joined = false;
        if (flow.pending != null) {
            if (relSeq == flow.pendingNextSeq && payload.capturedLength() == segLen) {
                int have = flow.pending.size();
                flow.pending.write(payload.toArray(), 0, segLen);
                flow.pendingFrames.add(new long[] {ctx.frameNumber(), segLen});
                flow.pendingNextSeq = relSeq + segLen;
                if (flow.pendingNeed != TcpInfo.ONE_MORE_SEGMENT && flow.pendingNeed > segLen) {
                    // still short: keep collecting without calling the subdissector again
                    flow.pendingNeed -= segLen;
                    tcp.addObj(SEGMENT_DATA, payload, 0, segLen, null)
                            .label("TCP segment data (" + segLen + " byte" + (segLen == 1 ? "" : "s") + ")");
                    return;
                }
                byte[] all = flow.pending.toByteArray();
                data = ByteView.of(all);
                joined = true;
                addSegmentsTree(ctx, parent, tcp, flow, data, have);
            }
            if (!joined) {
                flow.pending = null;
                flow.pendingFrames.clear();
            }
        }
        int offset = 0;
        while (offset < data.capturedLength()) {
            info.reset();
            info.reassembled = joined;
            ByteView sub = offset == 0 ? data : data.tail(offset);
            int n = module.callSubdissector(sub, ctx, parent, info);
            if (info.desegmentLen != 0) {
                int from = info.desegmentOffset;
                int keep = sub.capturedLength() - from;
                if (keep <= 0 || keep > TcpStreams.MAX_PENDING) {
                    break;
                }
                if (!(joined && offset + from == 0)) {
                    // a new PDU starts here; when the whole joined buffer is still short, keep it and its frames
                    ByteArrayOutputStream buf = new ByteArrayOutputStream(keep + 1024);
                    buf.write(sub.toArray(from, keep), 0, keep);
                    flow.pending = buf;
                    flow.pendingFrames.clear();
                    flow.pendingFrames.add(new long[] {ctx.frameNumber(), keep});
                }
                flow.pendingNextSeq = relSeq + segLen;
                flow.pendingNeed = info.desegmentLen;
                if (!joined) {
                    tcp.addObj(SEGMENT_DATA, payload, 0, segLen, null)
                            .label("TCP segment data (" + keep + " byte" + (keep == 1 ? "" : "s") + ")");
                }
                return;
            }
            if (joined) {
                flow.pending = null;
                flow.pendingFrames.clear();
            }
            if (n <= 0 || n >= sub.capturedLength()) {
                break;
            }
            offset += n;
        }
        if (joined) {
            flow.pending = null;
            flow.pendingFrames.clear();
        }
    }

    private static void addSegmentsTree(PacketContext ctx, ProtoNode parent, ProtoNode tcp, TcpStreams.Flow flow,
                                        ByteView data, int before) {
        int total = data.capturedLength();
        int count = flow.pendingFrames.size();
        StringBuilder head = new StringBuilder("[").append(count).append(" Reassembled TCP Segments (").append(total)
                .append(" bytes):");
        for (long[] f : flow.pendingFrames) {
            head.append(" #").append(f[0]).append('(').append(f[1]).append(')');
        }
        head.append(']');
        long[] last = flow.pendingFrames.get(count - 1);
        tcp.addObj(SEGMENT_DATA, data, before, (int) last[1], null)
                .label("TCP segment data (" + last[1] + " byte" + (last[1] == 1 ? "" : "s") + ")");
        ProtoNode segs = parent.addItem(SEGMENTS, data, 0, total).label(head.toString());
        int pos = 0;
        for (long[] f : flow.pendingFrames) {
            int n = (int) f[1];
            segs.add(SEGMENT, data, pos, n, f[0])
                    .label("[Frame: " + f[0] + ", payload: " + pos + "-" + (pos + n - 1) + " (" + n + " byte"
                            + (n == 1 ? "" : "s") + ")]");
            pos += n;
        }
        segs.add(SEGMENT_COUNT, data, 0, 0, count).generated();
        segs.add(REASSEMBLED_LENGTH, data, 0, 0, total).generated();
        segs.addObj(REASSEMBLED_DATA, data, 0, total, data.toArray()).generated();
    }
}
