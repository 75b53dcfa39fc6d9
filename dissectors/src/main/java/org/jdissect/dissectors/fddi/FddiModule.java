package org.jdissect.dissectors.fddi;

import static org.jdissect.api.field.FieldType.*;

import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.Dissector;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.dissect.Handoff;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.data.DataModule;

/**
 * FDDI (LINKTYPE_FDDI): frame control, addresses, then 802.2 LLC. libpcap's FDDI captures store addresses in
 * FDDI's bit order, so each byte is bit-reversed for display, as Wireshark does for this encapsulation.
 */
public final class FddiModule implements ProtocolModule {
    static final int LINKTYPE_FDDI = 10;
    public static final FieldDef FDDI = FieldDef.builder("fddi", "Fiber Distributed Data Interface", PROTOCOL).blurb("FDDI").build();
    public static final FieldDef FC = FieldDef.builder("fddi.fc", "Frame Control", UINT8).hex().build();
    public static final FieldDef DST = FieldDef.builder("fddi.dst", "Destination", ETHER).build();
    public static final FieldDef SRC = FieldDef.builder("fddi.src", "Source", ETHER).build();
    public static final FieldDef ADDR = FieldDef.builder("fddi.addr", "Source or Destination Address", ETHER).build();

    private Dissector llc;

    @Override
    public String name() {
        return "fddi";
    }

    @Override
    public void register(Registrar r) {
        r.fields(FDDI, FC, DST, SRC, ADDR);
    }

    @Override
    public void handoff(Handoff h) {
        h.table(Engine.LINK_TABLE).add(LINKTYPE_FDDI, "fddi", this::dissect);
        llc = h.dissector("llc").orElse(null);
    }

    static long bitSwapped(long mac) {
        long out = 0;
        for (int i = 0; i < 6; i++) {
            int b = (int) (mac >>> (40 - 8 * i)) & 0xff;
            out = (out << 8) | (Integer.reverse(b) >>> 24);
        }
        return out;
    }

    int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ctx.setCurrentProto("FDDI");
        ctx.addProtocol("fddi");
        tvb.ensure(0, 13);
        int fc = tvb.u8(0);
        long dst = bitSwapped(tvb.u48(1));
        long src = bitSwapped(tvb.u48(7));
        ctx.dlDst = dst;
        ProtoNode f = parent.addItem(FDDI, tvb, 0, 13).label("Fiber Distributed Data Interface, Src: "
                + FieldFormat.ether(src) + ", Dst: " + FieldFormat.ether(dst));
        f.add(FC, tvb, 0, 1, fc);
        f.add(DST, tvb, 1, 6, dst);
        f.add(ADDR, tvb, 1, 6, dst).hidden();
        // Wireshark adds each address twice (the second hidden), so multi-occurrence output repeats it
        f.add(DST, tvb, 1, 6, dst).hidden();
        f.add(SRC, tvb, 7, 6, src);
        f.add(ADDR, tvb, 7, 6, src).hidden();
        f.add(SRC, tvb, 7, 6, src).hidden();
        ByteView payload = tvb.tail(13);
        // LLC frames have frame-control bits 0x50; anything else (SMT, MAC frames) is shown as data
        if ((fc & 0xf8) == 0x50 && llc != null) {
            llc.dissect(payload, ctx, parent);
        } else {
            DataModule.dissect(payload, ctx, parent);
        }
        return tvb.reportedLength();
    }
}
