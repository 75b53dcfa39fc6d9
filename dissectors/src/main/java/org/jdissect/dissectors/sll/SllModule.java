package org.jdissect.dissectors.sll;

import static org.jdissect.api.field.FieldType.*;

import java.util.Map;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.capture.LinkType;
import org.jdissect.api.dissect.DissectorTable;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.dissect.Handoff;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.eth.EthFields;
import org.jdissect.dissectors.eth.EthModule;
import org.jdissect.dissectors.eth.Ethertype;

/** Linux cooked capture, v1 (LINKTYPE_LINUX_SLL) and v2 (LINKTYPE_LINUX_SLL2), as tcpdump -i any records. */
public final class SllModule implements ProtocolModule {
    static final Map<Long, String> PKTTYPES = Map.of(0L, "Unicast to us", 1L, "Broadcast", 2L, "Multicast", 3L,
            "Unicast to another host", 4L, "Sent by us");
    /** packet-sll.c names address types with ARP's hardware types (arp_hrd_vals). */
    static final Map<Long, String> HATYPES = org.jdissect.dissectors.arp.ArpTables.HARDWARE_TYPES;

    /** One protocol for both versions, as in Wireshark 4.0 ("sll"); the tree item names the version. */
    public static final FieldDef SLL = FieldDef.builder("sll", "Linux cooked-mode capture", PROTOCOL).build();
    public static final FieldDef PKTTYPE = FieldDef.builder("sll.pkttype", "Packet type", UINT16).names(PKTTYPES)
            .build();
    public static final FieldDef HATYPE = FieldDef.builder("sll.hatype", "Link-layer address type", UINT16)
            .names(HATYPES).build();
    public static final FieldDef HALEN = FieldDef.builder("sll.halen", "Link-layer address length", UINT16).build();
    public static final FieldDef SRC_ETH = FieldDef.builder("sll.src.eth", "Source", ETHER).build();
    public static final FieldDef SRC_OTHER = FieldDef.builder("sll.src.other", "Source", BYTES).build();
    public static final FieldDef UNUSED = FieldDef.builder("sll.unused", "Unused", BYTES).build();
    public static final FieldDef ETYPE = FieldDef.builder("sll.etype", "Protocol", UINT16).hex()
            .names(EthFields.ETHERTYPES).build();
    public static final FieldDef LTYPE = FieldDef.builder("sll.ltype", "Protocol", UINT16).hex().build();
    public static final FieldDef IFINDEX = FieldDef.builder("sll.ifindex", "Interface index", UINT32).build();

    private DissectorTable ethertype;

    @Override
    public String name() {
        return "sll";
    }

    @Override
    public void register(Registrar r) {
        r.fields(SLL, PKTTYPE, HATYPE, HALEN, SRC_ETH, SRC_OTHER, UNUSED, ETYPE, LTYPE, IFINDEX);
    }

    @Override
    public void handoff(Handoff h) {
        ethertype = h.table(EthModule.ETHERTYPE_TABLE);
        h.table(Engine.LINK_TABLE).add(LinkType.LINUX_SLL, "sll", this::v1);
        h.table(Engine.LINK_TABLE).add(LinkType.LINUX_SLL2, "sll2", this::v2);
    }

    int v1(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ctx.setCurrentProto("SLL"); // the short name a truncated or malformed marker shows
        ctx.addProtocol("sll");
        tvb.ensure(0, 16);
        ProtoNode s = parent.addItem(SLL, tvb, 0, 16).label("Linux cooked capture v1");
        s.add(PKTTYPE, tvb, 0, 2, tvb.u16(0));
        s.add(HATYPE, tvb, 2, 2, tvb.u16(2));
        int halen = tvb.u16(4);
        s.add(HALEN, tvb, 4, 2, halen);
        address(s, tvb, 6, halen);
        return protocol(tvb, 14, 16, ctx, parent, s);
    }

    int v2(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ctx.setCurrentProto("SLL");
        ctx.addProtocol("sll");
        tvb.ensure(0, 20);
        ProtoNode s = parent.addItem(SLL, tvb, 0, 20).label("Linux cooked capture v2");
        int proto = tvb.u16(0);
        s.add(ETYPE, tvb, 0, 2, proto);
        // bytes 2-3 are reserved: Wireshark 4.0 shows no item for them
        s.add(IFINDEX, tvb, 4, 4, tvb.u32(4));
        s.add(HATYPE, tvb, 8, 2, tvb.u16(8));
        s.add(PKTTYPE, tvb, 10, 1, tvb.u8(10));
        int halen = tvb.u8(11);
        s.add(HALEN, tvb, 11, 1, halen);
        address(s, tvb, 12, halen);
        Ethertype.dispatch(ethertype, proto, tvb.tail(20), ctx, parent, s, Ethertype.Trailers.NONE);
        return tvb.reportedLength();
    }

    private static void address(ProtoNode s, ByteView tvb, int off, int halen) {
        if (halen == 6) {
            s.add(SRC_ETH, tvb, off, 6, tvb.u48(off));
        } else if (halen > 0) {
            int n = Math.min(halen, 8);
            s.addObj(SRC_OTHER, tvb, off, n, tvb.toArray(off, n));
        }
        if (halen < 8) {
            // the rest of the 8-byte address field (all of it when there is no address)
            s.addObj(UNUSED, tvb, off + halen, 8 - halen, tvb.toArray(off + halen, 8 - halen));
        }
    }

    private int protocol(ByteView tvb, int at, int headerLen, PacketContext ctx, ProtoNode parent, ProtoNode s) {
        int proto = tvb.u16(at);
        if (proto <= 0x600) {
            // 1 = Novell 802.3, 4 = 802.2 LLC, others: an ARPHRD-specific protocol
            s.add(LTYPE, tvb, at, 2, proto);
            org.jdissect.dissectors.data.DataModule.dissect(tvb.tail(headerLen), ctx, parent);
            return tvb.reportedLength();
        }
        s.add(ETYPE, tvb, at, 2, proto);
        Ethertype.dispatch(ethertype, proto, tvb.tail(headerLen), ctx, parent, s, Ethertype.Trailers.NONE);
        return tvb.reportedLength();
    }
}
