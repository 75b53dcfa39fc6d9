package org.jdissect.dissectors.eth;

import static org.jdissect.dissectors.eth.EthFields.PADDING;
import static org.jdissect.dissectors.eth.EthFields.TRAILER;

import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.Dissector;
import org.jdissect.api.dissect.DissectorTable;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.data.DataModule;

/**
 * Wireshark's "ethertype" step, shared by Ethernet, 802.1Q, Linux cooked capture and SNAP: dispatch the payload by
 * type, then show the bytes its protocol did not claim as padding (up to the 60-byte minimum Ethernet frame) and
 * trailer (beyond it), under the header that carried the type.
 */
public final class Ethertype {
    static final int MIN_FRAME = 60;

    private Ethertype() {
    }

    /** Dispatches {@code payload} (a view to the end of the frame) by {@code type}; returns the bytes claimed. */
    public static int dispatch(DissectorTable table, int type, ByteView payload, PacketContext ctx, ProtoNode parent,
                               ProtoNode owner, boolean trailers) {
        ctx.addProtocol("ethertype");
        Dissector next = table.get(type);
        int taken = next == null ? DataModule.dissect(payload, ctx, parent) : next.dissect(payload, ctx, parent);
        if (trailers) {
            trailer(owner, payload, Math.max(0, Math.min(taken, payload.capturedLength())));
        }
        return taken;
    }

    private static void trailer(ProtoNode owner, ByteView payload, int end) {
        int left = payload.remaining(end);
        if (left <= 0) {
            return;
        }
        int frameEnd = payload.sourceOffset(end);
        int pad = Math.min(left, Math.max(0, MIN_FRAME - frameEnd));
        if (pad > 0) {
            owner.addObj(PADDING, payload, end, pad, payload.toArray(end, pad));
        }
        int rest = left - pad;
        int at = end + pad;
        if (rest == 4) {
            // Wireshark's guess for a pcap without FCS information: four bytes past the padding are the FCS
            owner.add(EthFields.FCS, payload, at, 4, payload.u32(at)).appendLabel(" [unverified]");
            owner.add(EthFields.FCS_STATUS, payload, at, 0, 2).generated();
        } else if (rest > 0) {
            owner.addObj(TRAILER, payload, at, rest, payload.toArray(at, rest));
        }
    }
}
