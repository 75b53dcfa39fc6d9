package org.jdissect.dissectors.eth;

import static org.jdissect.dissectors.eth.EthFields.*;

import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.capture.LinkType;
import org.jdissect.api.dissect.Dissector;
import org.jdissect.api.dissect.DissectorTable;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.dissect.Handoff;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;

/**
 * Ethernet II (and 802.3 length frames, recognised as such): addresses with their LG/IG bits, the type, then the
 * payload through the {@code ethertype} table. Bytes the payload's protocol does not claim (IPv4 trims to its total
 * length) become padding up to the 60-byte minimum frame, and trailer beyond it.
 */
public final class EthModule implements ProtocolModule {
    /** Wireshark's table name for the Ethertype dispatch. */
    public static final String ETHERTYPE_TABLE = "ethertype";
    private static final int MIN_FRAME = 60;

    private DissectorTable ethertype;

    @Override
    public String name() {
        return "eth";
    }

    @Override
    public void register(Registrar r) {
        r.fields(ALL);
        ethertype = r.table(ETHERTYPE_TABLE, "Ethertype", 0xffff);
        r.dissector("eth", this::dissect);
    }

    @Override
    public void handoff(Handoff h) {
        h.table(Engine.LINK_TABLE).add(LinkType.ETHERNET, "eth", this::dissect);
    }

    private int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ctx.setCurrentProto("Ethernet");
        ctx.addProtocol("eth");
        tvb.ensure(0, 14);
        long dst = tvb.u48(0);
        long src = tvb.u48(6);
        int type = tvb.u16(12);
        boolean ethernet2 = type >= 0x600;
        ProtoNode eth = parent.addItem(ETH, tvb, 0, 14);
        String d = FieldFormat.ether(dst);
        String s = FieldFormat.ether(src);
        eth.label((ethernet2 ? "Ethernet II" : "IEEE 802.3 Ethernet") + ", Src: " + s + ", Dst: " + d);
        address(eth, tvb, 0, dst, DST, DST_RESOLVED, DST_OUI, DST_OUI_RESOLVED, DST_LG, DST_IG);
        address(eth, tvb, 6, src, SRC, SRC_RESOLVED, SRC_OUI, SRC_OUI_RESOLVED, SRC_LG, SRC_IG);
        if (!ethernet2) {
            eth.add(LEN, tvb, 12, 2, type);
            // LLC/SNAP comes with the protocols issue; the payload stays undissected data until then
            ctx.addProtocol("llc");
            return tvb.capturedLength();
        }
        eth.add(TYPE, tvb, 12, 2, type);
        ByteView payload = tvb.tail(14);
        int taken = dispatch(type, payload, ctx, parent);
        trailer(eth, tvb, 14 + taken);
        return tvb.capturedLength();
    }

    /** Calls the ethertype table; returns the bytes the payload's protocol claimed (all of them if unknown). */
    int dispatch(int type, ByteView payload, PacketContext ctx, ProtoNode parent) {
        ctx.addProtocol("ethertype");
        Dissector next = ethertype.get(type);
        if (next == null) {
            ctx.addProtocol("data");
            return payload.capturedLength();
        }
        return next.dissect(payload, ctx, parent);
    }

    private static void address(ProtoNode eth, ByteView tvb, int off, long mac, FieldDef main,
                                FieldDef resolved, FieldDef oui, FieldDef ouiResolved,
                                FieldDef lg, FieldDef ig) {
        ProtoNode a = eth.add(main, tvb, off, 6, mac);
        String text = FieldFormat.ether(mac);
        long o = mac >>> 24;
        long lgBit = (o >>> 17) & 1;
        long igBit = (o >>> 16) & 1;
        a.addObj(resolved, tvb, off, 6, text).generated().hidden();
        // Wireshark resolves the vendor even with -n (it is not name resolution of the address itself)
        String vendor = Manuf.vendor(o);
        a.add(oui, tvb, off, 3, o).hidden();
        if (vendor != null) {
            a.addObj(ouiResolved, tvb, off, 3, vendor).generated().hidden();
        }
        a.add(ADDR, tvb, off, 6, mac);
        a.addObj(ADDR_RESOLVED, tvb, off, 6, text).generated().hidden();
        a.add(ADDR_OUI, tvb, off, 3, o).hidden();
        if (vendor != null) {
            a.addObj(ADDR_OUI_RESOLVED, tvb, off, 3, vendor).generated().hidden();
        }
        a.add(lg, tvb, off, 3, lgBit);
        a.add(LG, tvb, off, 3, lgBit).hidden();
        a.add(ig, tvb, off, 3, igBit);
        a.add(IG, tvb, off, 3, igBit).hidden();
    }

    private static void trailer(ProtoNode eth, ByteView tvb, int payloadEnd) {
        int left = tvb.remaining(payloadEnd);
        if (left <= 0) {
            return;
        }
        int pad = Math.min(left, Math.max(0, MIN_FRAME - payloadEnd));
        if (pad > 0) {
            eth.addObj(PADDING, tvb, payloadEnd, pad, tvb.toArray(payloadEnd, pad));
        }
        int rest = left - pad;
        if (rest == 4) {
            // Wireshark's guess for a pcap without FCS information: four bytes past the padding are the FCS
            int at = payloadEnd + pad;
            eth.add(FCS, tvb, at, 4, tvb.u32(at)).appendLabel(" [unverified]");
            eth.add(FCS_STATUS, tvb, at, 0, 2).generated();
        } else if (rest > 0) {
            eth.addObj(TRAILER, tvb, payloadEnd + pad, rest, tvb.toArray(payloadEnd + pad, rest));
        }
    }
}
