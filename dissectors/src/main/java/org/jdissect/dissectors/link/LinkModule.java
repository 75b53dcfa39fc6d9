package org.jdissect.dissectors.link;

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
import org.jdissect.dissectors.data.DataModule;

/**
 * Link types without a link header of their own: BSD loopback/null (an address-family word, host byte order for
 * NULL, network order for LOOP) and raw IP (LINKTYPE_RAW picks IPv4 or IPv6 by the version nibble; IPV4 and IPV6
 * are fixed).
 */
public final class LinkModule implements ProtocolModule {
    static final Map<Long, String> FAMILIES = Map.of(2L, "IP", 24L, "IPv6", 28L, "IPv6", 30L, "IPv6", 23L, "IPX",
            7L, "OSI");
    public static final FieldDef NULL = FieldDef.builder("null", "Null/Loopback", PROTOCOL).blurb("Null").build();
    public static final FieldDef FAMILY = FieldDef.builder("null.family", "Family", UINT32).names(FAMILIES).build();
    public static final FieldDef RAW = FieldDef.builder("raw", "Raw packet data", PROTOCOL).blurb("Raw").build();

    private Dissector ip;
    private Dissector ipv6;

    @Override
    public String name() {
        return "link";
    }

    @Override
    public void register(Registrar r) {
        r.fields(NULL, FAMILY, RAW);
    }

    @Override
    public void handoff(Handoff h) {
        DissectorTable link = h.table(Engine.LINK_TABLE);
        ip = h.dissector("ip").orElse(null);
        ipv6 = h.dissector("ipv6").orElse(null);
        link.add(LinkType.NULL, "null", (t, c, p) -> loopback(t, c, p, false));
        link.add(LinkType.LOOP, "null", (t, c, p) -> loopback(t, c, p, true));
        link.add(LinkType.RAW, "raw", (t, c, p) -> raw(t, c, p, 0));
        link.add(LinkType.RAW_12, "raw", (t, c, p) -> raw(t, c, p, 0));
        link.add(LinkType.RAW_14, "raw", (t, c, p) -> raw(t, c, p, 0));
        link.add(LinkType.IPV4, "ip", this::ipAnyVersion);
        link.add(LinkType.IPV6, "raw", (t, c, p) -> raw(t, c, p, 6));
    }

    int loopback(ByteView tvb, PacketContext ctx, ProtoNode parent, boolean networkOrder) {
        ctx.setCurrentProto("Null"); // the short name markers show
        ctx.addProtocol("null");
        long fam = networkOrder ? tvb.u32(0) : tvb.u32le(0);
        if (!networkOrder && fam > 0xffff) {
            // a capture written on a big-endian host: the family is in the other order
            fam = tvb.u32(0);
        }
        ProtoNode n = parent.addItem(NULL, tvb, 0, 4);
        n.add(FAMILY, tvb, 0, 4, fam);
        ByteView payload = tvb.tail(4);
        // AF_INET goes to the generic "ip" dissector, which hands a version-6 header to IPv6 (tcpdump's null.pcap)
        Dissector d = fam == 2 ? ip : (fam == 24 || fam == 28 || fam == 30) ? ipv6 : null;
        if (d == null) {
            DataModule.dissect(payload, ctx, parent);
        } else {
            d.dissect(payload, ctx, parent);
        }
        return tvb.reportedLength();
    }

    /** LINKTYPE_IPV4: Wireshark's generic "ip" dissector, which goes by the version nibble. */
    int ipAnyVersion(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        if (ip == null) {
            DataModule.dissect(tvb, ctx, parent);
            return tvb.reportedLength();
        }
        return ip.dissect(tvb, ctx, parent);
    }

    int raw(ByteView tvb, PacketContext ctx, ProtoNode parent, int fixed) {
        ctx.setCurrentProto("Raw");
        if (fixed == 0) {
            ctx.addProtocol("raw");
            parent.addItem(RAW, tvb, 0, tvb.capturedLength());
        }
        if (fixed == 0) {
            // Wireshark's raw dissector first reads two bytes (its PPP checks): a shorter packet is "Raw truncated"
            tvb.u16(0);
        }
        int version = fixed != 0 ? fixed : tvb.u8(0) >> 4;
        Dissector d = version == 4 ? ip : version == 6 ? ipv6 : null;
        if (d == null) {
            DataModule.dissect(tvb, ctx, parent);
        } else {
            d.dissect(tvb, ctx, parent);
        }
        return tvb.reportedLength();
    }
}
