package org.jdissect.dissectors.fr;

import static org.jdissect.api.field.FieldType.*;

import org.jdissect.api.bytes.ByteView;
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
import org.jdissect.dissectors.eth.EthModule;

/**
 * Frame Relay (LINKTYPE_FRELAY) with RFC 2427 multiprotocol encapsulation: a two-byte Q.922 address, the UI
 * control byte, an NLPID (IP directly, or SNAP with an Ethertype, possibly after a padding byte).
 */
public final class FrameRelayModule implements ProtocolModule {
    static final int LINKTYPE_FRELAY = 107;
    public static final FieldDef FR = FieldDef.builder("fr", "Frame Relay", PROTOCOL).blurb("FR").build();
    public static final FieldDef DLCI = FieldDef.builder("fr.dlci", "DLCI", UINT32).build();
    public static final FieldDef CONTROL = FieldDef.builder("fr.control", "Control field", UINT8).hex().build();
    public static final FieldDef NLPID = FieldDef.builder("fr.nlpid", "NLPID", UINT8).hex().build();
    public static final FieldDef SNAP_OUI = FieldDef.builder("fr.snap.oui", "Organization Code", UINT24).hex().build();
    public static final FieldDef SNAP_PID = FieldDef.builder("fr.snaptype", "Type", UINT16).hex().build();

    private DissectorTable ethertype;
    private Dissector ip;
    private Dissector ipv6;

    @Override
    public String name() {
        return "fr";
    }

    @Override
    public void register(Registrar r) {
        r.fields(FR, DLCI, CONTROL, NLPID, SNAP_OUI, SNAP_PID);
    }

    @Override
    public void handoff(Handoff h) {
        h.table(Engine.LINK_TABLE).add(LINKTYPE_FRELAY, "fr", this::dissect);
        ethertype = h.table(EthModule.ETHERTYPE_TABLE);
        ip = h.dissector("ip").orElse(null);
        ipv6 = h.dissector("ipv6").orElse(null);
    }

    int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ctx.setCurrentProto("FR");
        ctx.addProtocol("fr");
        int a0 = tvb.u8(0);
        int a1 = tvb.u8(1);
        int dlci = ((a0 >> 2) << 4) | (a1 >> 4);
        ProtoNode fr = parent.addItem(FR, tvb, 0, 2);
        fr.add(DLCI, tvb, 0, 2, dlci);
        int off = 2;
        int control = tvb.u8(off);
        fr.add(CONTROL, tvb, off, 1, control);
        off++;
        if (tvb.u8(off) == 0) {
            off++; // the optional padding byte before the NLPID
        }
        int nlpid = tvb.u8(off);
        fr.add(NLPID, tvb, off, 1, nlpid);
        off++;
        Dissector next = null;
        if (nlpid == 0xcc) {
            next = ip;
        } else if (nlpid == 0x8e) {
            next = ipv6;
        } else if (nlpid == 0x80) {
            int oui = tvb.u24(off);
            int pid = tvb.u16(off + 3);
            fr.add(SNAP_OUI, tvb, off, 3, oui);
            fr.add(SNAP_PID, tvb, off + 3, 2, pid);
            off += 5;
            next = oui == 0 ? ethertype.get(pid) : null;
        }
        fr.setLength(off);
        ByteView payload = tvb.tail(off);
        if (next == null) {
            DataModule.dissect(payload, ctx, parent);
        } else {
            next.dissect(payload, ctx, parent);
        }
        return tvb.reportedLength();
    }
}
