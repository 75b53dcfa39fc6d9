package org.jdissect.dissectors.llc;

import static org.jdissect.api.field.FieldType.*;

import java.util.Map;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.DissectorTable;
import org.jdissect.api.dissect.Handoff;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.data.DataModule;
import org.jdissect.dissectors.eth.EthFields;
import org.jdissect.dissectors.eth.EthModule;

/** IEEE 802.2 LLC, and SNAP with an Ethertype (OUI 00:00:00) handed to the ethertype table. */
public final class LlcModule implements ProtocolModule {
    static final Map<Long, String> SAPS = Map.of(0x42L, "Spanning Tree BPDU", 0xaaL, "SNAP", 0xe0L, "NetWare",
            0xf0L, "NetBIOS", 0xfeL, "ISO Network Layer", 0x06L, "TCP/IP", 0x00L, "NULL LSAP");
    public static final FieldDef LLC = FieldDef.builder("llc", "Logical-Link Control", PROTOCOL).build();
    public static final FieldDef DSAP = FieldDef.builder("llc.dsap", "DSAP", UINT8).hex().names(SAPS).build();
    public static final FieldDef SSAP = FieldDef.builder("llc.ssap", "SSAP", UINT8).hex().names(SAPS).build();
    public static final FieldDef CONTROL = FieldDef.builder("llc.control", "Control field", UINT8).hex().build();
    public static final FieldDef OUI = FieldDef.builder("llc.oui", "Organization Code", UINT24).hex().build();
    public static final FieldDef PID = FieldDef.builder("llc.pid", "PID", UINT16).hex().build();
    public static final FieldDef SNAP_TYPE = FieldDef.builder("llc.type", "Type", UINT16).hex()
            .names(EthFields.ETHERTYPES).build();

    private DissectorTable ethertype;

    @Override
    public String name() {
        return "llc";
    }

    @Override
    public void register(Registrar r) {
        r.fields(LLC, DSAP, SSAP, CONTROL, OUI, PID, SNAP_TYPE);
        r.dissector("llc", this::dissect);
    }

    @Override
    public void handoff(Handoff h) {
        ethertype = h.table(EthModule.ETHERTYPE_TABLE);
    }

    int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ctx.setCurrentProto("LLC");
        ctx.addProtocol("llc");
        int dsap = tvb.u8(0);
        int ssap = tvb.u8(1);
        int control = tvb.u8(2);
        // U frames have a one-byte control field; I and S frames two
        int clen = (control & 3) == 3 ? 1 : 2;
        ProtoNode l = parent.addItem(LLC, tvb, 0, 2 + clen);
        l.add(DSAP, tvb, 0, 1, dsap);
        l.add(SSAP, tvb, 1, 1, ssap);
        l.add(CONTROL, tvb, 2, clen, clen == 1 ? control : tvb.u16(2));
        int off = 2 + clen;
        if (dsap == 0xaa && ssap == 0xaa && clen == 1) {
            int oui = tvb.u24(off);
            int pid = tvb.u16(off + 3);
            l.setLength(off + 5);
            l.add(OUI, tvb, off, 3, oui);
            if (oui == 0) {
                l.add(SNAP_TYPE, tvb, off + 3, 2, pid);
                // SNAP hands over by Ethertype, but Wireshark lists no "ethertype" layer for it
                org.jdissect.api.dissect.Dissector next = ethertype.get(pid);
                ByteView payload = tvb.tail(off + 5);
                if (next == null) {
                    DataModule.dissect(payload, ctx, parent);
                } else {
                    next.dissect(payload, ctx, parent);
                }
                return tvb.reportedLength();
            }
            l.add(PID, tvb, off + 3, 2, pid);
            off += 5;
        }
        if (tvb.reportedRemaining(off) > 0) {
            DataModule.dissect(tvb.tail(off), ctx, parent);
        }
        return tvb.reportedLength();
    }
}
