package org.jdissect.dissectors.vxlan;

import static org.jdissect.api.field.FieldType.*;

import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.Dissector;
import org.jdissect.api.dissect.Handoff;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.udp.UdpModule;

/**
 * VXLAN (RFC 7348, UDP port 4789) as Wireshark 4.0.17's packet-vxlan.c shows it: the flags (with the group policy
 * extension's G, D and A bits), the group policy ID, the VNI, then the inner Ethernet frame, dissected as any other
 * (its addresses, IP and transport become the packet's columns).
 */
public final class VxlanModule implements ProtocolModule {
    public static final String NAME = "vxlan";
    private static final int PORT = 4789;

    static final FieldDef VXLAN = FieldDef.builder(NAME, "Virtual eXtensible Local Area Network", PROTOCOL).blurb("VXLAN").build();
    static final FieldDef FLAGS = FieldDef.builder("vxlan.flags", "Flags", UINT16).hex().build();
    static final FieldDef FLAGS_RESERVED = FieldDef.builder("vxlan.flags_reserved", "Reserved(R)", UINT16).hex()
            .mask(0x77b7, 16).build();
    static final FieldDef FLAG_G = FieldDef.builder("vxlan.flag_g", "GBP Extension", BOOLEAN).mask(0x8000, 16)
            .trueFalse("Defined", "Not defined").build();
    static final FieldDef FLAG_I = FieldDef.builder("vxlan.flag_i", "VXLAN Network ID (VNI)", BOOLEAN)
            .mask(0x0800, 16).build();
    static final FieldDef FLAG_D = FieldDef.builder("vxlan.flag_d", "Don't Learn", BOOLEAN).mask(0x0040, 16).build();
    static final FieldDef FLAG_A = FieldDef.builder("vxlan.flag_a", "Policy Applied", BOOLEAN).mask(0x0008, 16)
            .build();
    static final FieldDef GBP = FieldDef.builder("vxlan.gbp", "Group Policy ID", UINT16).build();
    static final FieldDef VNI = FieldDef.builder("vxlan.vni", "VXLAN Network Identifier (VNI)", UINT24).build();
    static final FieldDef RESERVED8 = FieldDef.builder("vxlan.reserved8", "Reserved", UINT8).build();
    private static final FieldDef[] FLAG_BITS = {FLAG_G, FLAG_I, FLAG_D, FLAG_A, FLAGS_RESERVED};

    private Dissector eth;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void register(Registrar r) {
        r.fields(VXLAN, FLAGS, FLAGS_RESERVED, FLAG_G, FLAG_I, FLAG_D, FLAG_A, GBP, VNI, RESERVED8);
        r.dissector(NAME, this::dissect);
    }

    @Override
    public void handoff(Handoff h) {
        h.table(UdpModule.PORT_TABLE).add(PORT, NAME, this::dissect);
        eth = h.dissector("eth").orElse(null);
    }

    int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ctx.addProtocol(NAME);
        ctx.setCurrentProto("VXLAN");
        ProtoNode v = parent.addItem(VXLAN, tvb, 0, 8);
        int flags = tvb.u16(0);
        ProtoNode f = v.add(FLAGS, tvb, 0, 2, flags);
        if (ctx.labels()) {
            f.label(FieldFormat.appendBitmaskNames(new StringBuilder("Flags: 0x").append(FieldFormat.hexPadded(flags, 4)),
                    flags, FLAG_G, FLAG_I, FLAG_D, FLAG_A).toString());
        }
        for (FieldDef b : FLAG_BITS) {
            f.add(b, tvb, 0, 2, (flags & b.bitmask()) >>> Long.numberOfTrailingZeros(b.bitmask()));
        }
        v.add(GBP, tvb, 2, 2, tvb.u16(2));
        v.add(VNI, tvb, 4, 3, tvb.u24(4));
        v.add(RESERVED8, tvb, 7, 1, tvb.u8(7));
        ByteView inner = tvb.tail(8);
        if (eth != null) {
            eth.dissect(inner, ctx, parent);
        }
        return tvb.capturedLength();
    }
}
