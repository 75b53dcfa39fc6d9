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
import org.jdissect.api.expert.Expert;
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

    private DissectorTable ethertype;
    private Dissector llc;

    @Override
    public String name() {
        return "eth";
    }

    @Override
    public void register(Registrar r) {
        r.fields(ALL);
        r.experts(EI_PADDING_BAD, EI_SRC_NOT_GROUP, EI_LEN_PAST_END);
        ethertype = r.table(ETHERTYPE_TABLE, "Ethertype", 0xffff);
        r.dissector("eth", this::dissect);
    }

    @Override
    public void handoff(Handoff h) {
        h.table(Engine.LINK_TABLE).add(LinkType.ETHERNET, "eth", this::dissect);
        // an Ethernet frame carried by IPv6 (next header 143, RFC 8986's SRv6 End.DX2 and friends)
        h.table(org.jdissect.dissectors.ipv4.Ipv4Module.PROTO_TABLE).add(143, "eth", this::dissect);
        llc = h.dissector("llc").orElse(null);
    }

    private int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ctx.setCurrentProto("Ethernet");
        ctx.addProtocol("eth");
        if (!tvb.has(0, 14) && tvb.has(0, 6)) {
            // packet-eth.c sets the destination, then the source, as columns before it reads on: a header cut short
            // leaves what it could read in them (the summary's only record of this layer, which adds no item)
            ctx.put(CutHeader.class, new CutHeader(tvb.u48(0), tvb.has(6, 6) ? tvb.u48(6) : -1));
        }
        tvb.ensure(0, 14);
        long dst = tvb.u48(0);
        long src = tvb.u48(6);
        int type = tvb.u16(12);
        ctx.dlDst = dst;
        boolean ethernet2 = type >= 0x600;
        ProtoNode eth = parent.addItem(ETH, tvb, 0, 14);
        if (ctx.labels()) {
            eth.label(ethernet2 ? "Ethernet II, Src: " + FieldFormat.ether(src) + ", Dst: " + FieldFormat.ether(dst)
                    : "IEEE 802.3 Ethernet ");
        }
        if (eth.wantsAny(ADDRESS_ITEMS)) {
            address(ctx, eth, tvb, 0, dst, DST, DST_RESOLVED, DST_OUI, DST_OUI_RESOLVED, DST_LG, DST_IG);
            address(ctx, eth, tvb, 6, src, SRC, SRC_RESOLVED, SRC_OUI, SRC_OUI_RESOLVED, SRC_LG, SRC_IG);
        }
        if (!ethernet2) {
            ProtoNode lenItem = eth.add(LEN, tvb, 12, 2, type);
            Ethertype.dot3(llc, type, tvb, 14, ctx, parent, eth, lenItem, EI_LEN_PAST_END,
                    Ethertype.Trailers.ETHERNET);
            return tvb.capturedLength();
        }
        eth.add(TYPE, tvb, 12, 2, type);
        Ethertype.dispatch(ethertype, type, tvb.tail(14), ctx, parent, eth, Ethertype.Trailers.ETHERNET);
        return tvb.capturedLength();
    }

    /** The addresses of an Ethernet header cut short: the destination, and the source or -1. */
    public record CutHeader(long dst, long src) {
    }

    private static void address(PacketContext ctx, ProtoNode eth, ByteView tvb, int off, long mac, FieldDef main,
                                FieldDef resolved, FieldDef oui, FieldDef ouiResolved,
                                FieldDef lg, FieldDef ig) {
        ProtoNode a = eth.add(main, tvb, off, 6, mac);
        long o = mac >>> 24;
        if (main == SRC && (o & 0x010000) != 0) {
            Expert.add(ctx, a, EI_SRC_NOT_GROUP);
        }
        long lgBit = (o >>> 17) & 1;
        long igBit = (o >>> 16) & 1;
        // the text form is made when read, the vendor looked up only for a tree that keeps it (see ProtoNode#wants)
        a.addFormatted(resolved, tvb, off, 6, mac, FieldFormat::ether).generated().hidden();
        // Wireshark resolves the vendor even with -n (it is not name resolution of the address itself)
        String vendor = a.wants(ouiResolved) || a.wants(ADDR_OUI_RESOLVED) || ctx.labels() ? Manuf.vendor(o) : null;
        String ouiText = ctx.labels() ? ouiText(o, vendor) : null;
        a.add(oui, tvb, off, 3, o).hidden().label(ouiText == null ? null : oui.name() + ": " + ouiText);
        if (vendor != null) {
            // over the whole address, as packet-eth.c adds it (the unresolved OUI covers its three bytes)
            a.addObj(ouiResolved, tvb, off, 6, vendor).generated().hidden();
        }
        a.add(ADDR, tvb, off, 6, mac);
        a.addFormatted(ADDR_RESOLVED, tvb, off, 6, mac, FieldFormat::ether).generated().hidden();
        a.add(ADDR_OUI, tvb, off, 3, o).hidden().label(ouiText == null ? null : ADDR_OUI.name() + ": " + ouiText);
        if (vendor != null) {
            a.addObj(ADDR_OUI_RESOLVED, tvb, off, 6, vendor).generated().hidden();
        }
        a.add(lg, tvb, off, 3, lgBit);
        a.add(LG, tvb, off, 3, lgBit).hidden();
        a.add(ig, tvb, off, 3, igBit);
        a.add(IG, tvb, off, 3, igBit).hidden();
    }

    /**
     * BASE_OUI's text of an OUI, shown only where hidden items are (PDML): "00:e0:4c (Realtek Semiconductor Corp.)",
     * cut to the 31 characters of the buffer Wireshark formats it in.
     */
    private static String ouiText(long o, String vendor) {
        String t = String.format("%02x:%02x:%02x", o >>> 16 & 0xff, o >>> 8 & 0xff, o & 0xff)
                + (vendor == null ? "" : " (" + vendor + ")");
        return t.length() > 31 ? t.substring(0, 31) : t;
    }
}
