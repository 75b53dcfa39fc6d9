package org.jdissect.dissectors.sll;

import static org.jdissect.api.field.FieldType.*;

import java.util.Map;
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
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.eth.EthFields;
import org.jdissect.dissectors.eth.EthModule;
import org.jdissect.dissectors.eth.Ethertype;

/** Linux cooked capture, v1 (LINKTYPE_LINUX_SLL) and v2 (LINKTYPE_LINUX_SLL2), as tcpdump -i any records. */
public final class SllModule implements ProtocolModule {
    public static final Map<Long, String> PKTTYPES = Map.of(0L, "Unicast to us", 1L, "Broadcast", 2L, "Multicast", 3L,
            "Unicast to another host", 4L, "Sent by us");
    /** packet-sll.c names address types with ARP's hardware types (arp_hrd_vals). */
    static final Map<Long, String> HATYPES = org.jdissect.dissectors.arp.ArpTables.HARDWARE_TYPES;

    /** One protocol for both versions, as in Wireshark 4.0 ("sll"); the tree item names the version. */
    public static final FieldDef SLL = FieldDef.builder("sll", "Linux cooked-mode capture", PROTOCOL).blurb("SLL").build();
    public static final FieldDef PKTTYPE = FieldDef.builder("sll.pkttype", "Packet type", UINT16).names(PKTTYPES)
            .build();
    public static final FieldDef HATYPE = FieldDef.builder("sll.hatype", "Link-layer address type", UINT16)
            .names(HATYPES).build();
    public static final FieldDef HALEN = FieldDef.builder("sll.halen", "Link-layer address length", UINT16).build();
    public static final FieldDef SRC_ETH = FieldDef.builder("sll.src.eth", "Source", ETHER).build();
    public static final FieldDef SRC_IPV4 = FieldDef.builder("sll.src.ipv4", "Source", IPV4).build();
    public static final FieldDef SRC_OTHER = FieldDef.builder("sll.src.other", "Source", BYTES).build();
    public static final FieldDef UNUSED = FieldDef.builder("sll.unused", "Unused", BYTES).build();
    public static final FieldDef ETYPE = FieldDef.builder("sll.etype", "Protocol", UINT16).hex()
            .names(EthFields.ETHERTYPES).build();
    /** ltype_vals: the protocol field's meaning when it is not an Ethertype (at most 1536). */
    static final Map<Long, String> LTYPES = Map.of(0x1L, "Raw 802.3", 0x3L, "Ethernet", 0x4L, "802.2 LLC", 0x7L,
            "PPP (HDLC)", 0xcL, "CAN", 0xdL, "CAN FD", 0x17L, "IrDA LAP", 0xf5L, "ISI", 0xf6L, "IEEE 802.15.4");
    public static final FieldDef LTYPE = FieldDef.builder("sll.ltype", "Protocol", UINT16).hex().names(LTYPES)
            .build();
    /** For GRE devices (ARPHRD_IPGRE) the protocol field holds a GRE protocol type (gre_typevals, in part). */
    static final Map<Long, String> GRETYPES = Map.ofEntries(Map.entry(0x0L, "Possible GRE keepalive packet"),
            Map.entry(0x880bL, "PPP"), Map.entry(0x800L, "IP"), Map.entry(0x806L, "ARP"), Map.entry(0xfeL, "OSI"),
            Map.entry(0x883eL, "WCCP"), Map.entry(0x6558L, "Transparent Ethernet bridging"),
            Map.entry(0x86ddL, "IPv6"), Map.entry(0x8847L, "MPLS label switched packet"),
            Map.entry(0x6400L, "MIKROTIK EoIP"), Map.entry(0x88beL, "ERSPAN"));
    public static final FieldDef GRETYPE = FieldDef.builder("sll.gretype", "Protocol", UINT16).hex().names(GRETYPES)
            .build();
    public static final FieldDef IFINDEX = FieldDef.builder("sll.ifindex", "Interface index", UINT32).build();
    public static final FieldDef TRAILER = FieldDef.builder("sll.trailer", "Trailer", BYTES).build();
    /** What follows an Ethertype payload (add_ethernet_trailer with sll.trailer and no frame check sequence). */
    private static final Ethertype.Trailers TRAILERS = new Ethertype.Trailers(TRAILER, false);

    /** ARPHRD_IPGRE: the protocol is looked up among GRE's payload types. */
    private static final int HATYPE_IPGRE = 778;
    /** The protocol field is an Ethertype above this, as Linux reads it. */
    private static final int MAX_LTYPE = 1536;

    private DissectorTable ethertype;
    private Dissector llc;
    private Dissector eth;

    @Override
    public String name() {
        return "sll";
    }

    @Override
    public void register(Registrar r) {
        r.fields(SLL, PKTTYPE, HATYPE, HALEN, SRC_ETH, SRC_IPV4, SRC_OTHER, UNUSED, ETYPE, LTYPE, GRETYPE, IFINDEX,
                TRAILER);
    }

    @Override
    public void handoff(Handoff h) {
        ethertype = h.table(EthModule.ETHERTYPE_TABLE);
        llc = h.dissector("llc").orElse(null);
        eth = h.dissector("eth").orElse(null);
        h.table(Engine.LINK_TABLE).add(LinkType.LINUX_SLL, "sll", this::v1);
        h.table(Engine.LINK_TABLE).add(LinkType.LINUX_SLL2, "sll2", this::v2);
    }

    /**
     * packet-sll.c's dissect_sll_common for v1: the packet and address types are read before the item is added, the
     * other fields as they are added, so a header cut short shows the items before the cut.
     */
    int v1(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ctx.setCurrentProto("SLL"); // the short name a truncated or malformed marker shows
        ctx.addProtocol("sll");
        int pkttype = tvb.u16(0);
        int hatype = tvb.u16(2);
        ProtoNode s = parent.addItem(SLL, tvb, 0, 16).label("Linux cooked capture v1");
        s.add(PKTTYPE, tvb, 0, 2, pkttype);
        s.add(HATYPE, tvb, 2, 2, hatype);
        int halen = tvb.u16(4);
        s.add(HALEN, tvb, 4, 2, halen);
        address(s, tvb, 6, halen);
        int proto = protocolType(s, tvb, 14, hatype);
        payload(tvb, 16, hatype, proto, ctx, parent, s);
        return tvb.reportedLength();
    }

    int v2(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ctx.setCurrentProto("SLL");
        ctx.addProtocol("sll");
        int pkttype = tvb.u16(10) >> 8; // packet-sll.c reads two bytes here (its Info shows them both)
        int hatype = tvb.u16(8);
        ProtoNode s = parent.addItem(SLL, tvb, 0, 20).label("Linux cooked capture v2");
        int proto = protocolType(s, tvb, 0, hatype);
        // bytes 2-3 are reserved: Wireshark 4.0 shows no item for them
        s.add(IFINDEX, tvb, 4, 4, tvb.u32(4));
        s.add(HATYPE, tvb, 8, 2, hatype);
        s.add(PKTTYPE, tvb, 10, 1, pkttype);
        int halen = tvb.u8(11);
        s.add(HALEN, tvb, 11, 1, halen);
        address(s, tvb, 12, halen);
        payload(tvb, 20, hatype, proto, ctx, parent, s);
        return tvb.reportedLength();
    }

    /** add_ll_address: an IPv4 address (tunnels), a MAC, or other bytes; the rest of the 8-byte field is unused. */
    private static void address(ProtoNode s, ByteView tvb, int off, int halen) {
        switch (halen) {
            case 0 -> {
            }
            case 4 -> s.add(SRC_IPV4, tvb, off, 4, tvb.u32(off));
            case 6 -> s.add(SRC_ETH, tvb, off, 6, tvb.u48(off));
            default -> {
                int n = Math.min(halen, 8);
                s.addObj(SRC_OTHER, tvb, off, n, tvb.toArray(off, n));
            }
        }
        if (halen < 8) {
            s.addObj(UNUSED, tvb, off + halen, 8 - halen, tvb.toArray(off + halen, 8 - halen));
        }
    }

    /** add_protocol_type: a Linux protocol number, a GRE protocol type, or an Ethertype. */
    private static int protocolType(ProtoNode s, ByteView tvb, int at, int hatype) {
        int proto = tvb.u16(at);
        s.add(proto <= MAX_LTYPE ? LTYPE : hatype == HATYPE_IPGRE ? GRETYPE : ETYPE, tvb, at, 2, proto);
        return proto;
    }

    /**
     * dissect_payload: a Linux protocol number names the next layer (Ethernet, 802.2 LLC; others are data here, as
     * tshark's IPX, CAN and PPP dissectors are not in jdissect); a GRE device's payload is looked up among GRE's
     * types (nothing is shown for an unknown one); otherwise the Ethertype, with what follows the payload shown as
     * the SLL trailer.
     */
    private void payload(ByteView tvb, int header, int hatype, int proto, PacketContext ctx, ProtoNode parent,
                         ProtoNode s) {
        ByteView next = tvb.tail(header);
        if (proto <= MAX_LTYPE) {
            Dissector d = proto == 3 ? eth : proto == 4 ? llc : null;
            if (d != null) {
                d.dissect(next, ctx, parent);
            } else {
                org.jdissect.dissectors.data.DataModule.dissect(next, ctx, parent);
            }
        } else if (hatype == HATYPE_IPGRE) {
            int type = switch (proto) {
                case 0x800, 0x883e -> 0x800;
                case 0x86dd, 0x806 -> proto;
                default -> -1;
            };
            Dissector d = type < 0 ? null : ethertype.get(type);
            if (d != null) {
                d.dissect(next, ctx, parent);
            } else if (proto == 0x6558 || proto == 0x6400) {
                eth.dissect(next, ctx, parent);
            }
        } else {
            Ethertype.dispatch(ethertype, proto, next, ctx, parent, s, TRAILERS);
        }
    }
}
