package org.jdissect.dissectors.eth;

import static org.jdissect.dissectors.eth.EthFields.PADDING;

import org.jdissect.api.bytes.BoundsException;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.Dissector;
import org.jdissect.api.dissect.DissectorTable;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.expert.ExpertDef;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.data.DataModule;
import org.jdissect.dissectors.frame.FrameModule;

/**
 * Wireshark's "ethertype" step, shared by Ethernet, 802.1Q, Linux cooked capture and SNAP: dispatch the payload by
 * type, then show the bytes its protocol did not claim as padding, trailer and frame check sequence, under the
 * header that carried the type (packet-ethertype.c's add_dix_trailer and packet-eth.c's add_ethernet_trailer).
 */
public final class Ethertype {
    static final int MIN_FRAME = 60;

    private Ethertype() {
    }

    /**
     * What the bytes past the payload are shown as: {@code field} for the trailer, and whether it may end in a frame
     * check sequence (Ethernet II's may; 802.1Q passes an FCS length of 0); {@link #NONE} shows none (cooked captures).
     */
    public record Trailers(FieldDef field, boolean mayHaveFcs) {
        public static final Trailers ETHERNET = new Trailers(EthFields.TRAILER, true);
        public static final Trailers NONE = new Trailers(null, false);
    }

    /**
     * Set when the Ethernet layer threw for its payload's end or its trailer (cut by the capture) after the payload's
     * own dissectors had set the columns: the summary keeps theirs.
     */
    public enum ThrewAfterPayload { YES }

    /** Dispatches {@code payload} (a view to the end of the frame) by {@code type}; returns the bytes claimed. */
    public static int dispatch(DissectorTable table, int type, ByteView payload, PacketContext ctx, ProtoNode parent,
                               ProtoNode owner, Trailers trailers) {
        ctx.addProtocol("ethertype");
        Dissector next = table.get(type);
        int mark = ctx.protocolsMark();
        int taken;
        FrameModule.Catcher outer = ctx.get(FrameModule.Catcher.class);
        try {
            ctx.networkLength = -1;
            if (next != null) {
                ctx.put(FrameModule.Catcher.class, new FrameModule.Catcher(payload));
            }
            taken = next == null ? 0 : next.dissect(payload, ctx, parent);
        } catch (BoundsException e) {
            // as packet-ethertype.c: the payload's protocol ran out of bytes; show that, then the trailer anyway,
            // with the protocol in effect before the payload's ("Ethertype"), which names a trailer cut short
            FrameModule.markBoundsError(e, payload, ctx, ctx.tree().root());
            ctx.setCurrentProto("Ethertype");
            trailer(ctx, owner, "Ethertype", payload,
                    ctx.networkLength >= 0 ? ctx.networkLength : payload.capturedLength(),
                    trailers);
            return payload.capturedLength();
        } finally {
            if (next != null) {
                ctx.put(FrameModule.Catcher.class, outer); // a tunnelled Ethernet's scope ends with it
            }
        }
        if (taken == 0) {
            // no dissector, or one that rejected the packet (IPv6 of another version): the payload is data
            ctx.dropProtocolsAfter(mark);
            taken = DataModule.dissect(payload, ctx, parent);
        }
        // call_dissector_work restores the current protocol when the payload's returns: a trailer cut short by the
        // capture is "Ethertype truncated"
        String payloadProto = ctx.currentProto();
        ctx.setCurrentProto("Ethertype");
        try {
            trailer(ctx, owner, "Ethertype", payload, taken, trailers);
        } catch (BoundsException e) {
            ctx.put(ThrewAfterPayload.class, ThrewAfterPayload.YES);
            throw e;
        }
        ctx.setCurrentProto(payloadProto);
        return taken;
    }

    /**
     * packet-ieee8023.c's dissect_802_3, after a length field ({@code lenItem}, its value {@code length}) at
     * {@code tvb}'s {@code offset - 2}: the payload is that many bytes (a length past the frame is cut to it, with
     * {@code pastEnd}), handed to LLC; whatever it throws is shown and the trailer follows anyway. Returns the bytes
     * the length field gives the payload.
     */
    public static int dot3(Dissector llc, int length, ByteView tvb, int offset, PacketContext ctx, ProtoNode parent,
                           ProtoNode owner, ProtoNode lenItem, ExpertDef pastEnd, Trailers trailers) {
        int reported = tvb.reportedRemaining(offset);
        if (length > reported) {
            length = reported;
            Expert.add(ctx, lenItem, pastEnd);
        }
        ByteView payload = tvb.sliceReported(offset, length);
        String saved = ctx.currentProto();
        try {
            if (llc != null) {
                llc.dissect(payload, ctx, parent);
            } else {
                DataModule.dissect(payload, ctx, parent);
            }
        } catch (BoundsException e) {
            if (e.kind() == BoundsException.Kind.TRUNCATED) {
                throw e; // a BoundsError is not among the errors dissect_802_3 catches: no trailer follows
            }
            FrameModule.markBoundsError(e, payload, ctx, ctx.tree().root());
        }
        ctx.setCurrentProto(saved);
        try {
            // the trailer's tvb starts where the payload ends: a payload the capture cut short (yet dissected
            // without a BoundsError: data) makes that throw, as the Ethernet layer's "[Packet size limited …]"
            tvb.ensure(offset, length);
            ByteView rest = tvb.tail(offset);
            int trailing = rest.reportedRemaining(length);
            long frameLength = ctx.record().originalLength();
            if (trailers.field() != null && rest.remaining(length) == 0 && trailing > 0 && frameLength >= MIN_FRAME
                    && frameLength - trailing < MIN_FRAME) {
                // the capture ends with the payload: add_ethernet_trailer still reads the padding it expects
                rest.u8(length);
            }
            // zeros up to the 60-byte minimum are padding, the rest trailer (and perhaps a check sequence)
            // dissect_802_3's add_ethernet_trailer: its finding is the calling layer's (Ethernet, VLAN)
            trailer(ctx, owner, ctx.currentProto(), rest, length, trailers);
        } catch (BoundsException e) {
            ctx.put(ThrewAfterPayload.class, ThrewAfterPayload.YES);
            throw e;
        }
        return length;
    }

    /**
     * The bytes from {@code end} (where the payload's protocol ended, clamped to what was captured) on, when any were
     * captured and {@code kind} shows trailers. Padding (to the 60-byte minimum frame) must be zeros,
     * Wireshark's default "padding: zeros": non-zero bytes there are trailer, with a note that they may be padding. A
     * frame of 64 bytes or more whose trailer has room for it is taken to end in a frame check sequence, as Wireshark
     * guesses for captures that do not say (pcap's Ethernet).
     */
    static void trailer(PacketContext ctx, ProtoNode owner, String proto, ByteView payload, int claimed,
                        Trailers kind) {
        int end = Math.max(0, Math.min(claimed, payload.capturedLength()));
        if (kind.field() == null || payload.remaining(end) <= 0) {
            return;
        }
        int length = payload.remaining(end);
        int reported = payload.reportedRemaining(end);
        long frameLength = ctx.record().originalLength();
        boolean maybePadded = frameLength >= MIN_FRAME && frameLength - reported < MIN_FRAME;
        int padding = 0;
        if (maybePadded) {
            padding = (int) (MIN_FRAME - (frameLength - reported));
            for (int i = 0; i < padding; i++) {
                if (payload.u8(end + i) != 0) { // past the captured bytes this throws, as tvb_get_gint8 does
                    padding = 0;
                    break;
                }
            }
            if (padding > 0) {
                owner.addObj(PADDING, payload, end, padding, payload.toArray(end, Math.min(padding, length)));
                length -= padding;
                reported -= padding;
            }
        }
        boolean fcs = false;
        if (kind.mayHaveFcs() && owner.source().reportedLength() >= 64 && reported >= 4) {
            reported -= 4;
            length = Math.min(length, reported);
            fcs = true;
        }
        int at = end + padding;
        if (length > 0) {
            ProtoNode t = owner.addObj(kind.field(), payload, at, length, payload.toArray(at, length));
            if (maybePadded && padding == 0) {
                Expert.add(t, EthFields.EI_PADDING_BAD, "Didn't find padding of zeros, and an undecoded trailer"
                        + " exists. There may be padding of non-zeros.", proto);
            }
        }
        if (fcs) {
            int f = at + length;
            owner.add(EthFields.FCS, payload, f, 4, payload.u32(f)).appendLabel(" [unverified]");
            owner.add(EthFields.FCS_STATUS, payload, f, 0, 2).generated();
        }
    }
}
