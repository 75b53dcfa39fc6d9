package org.jdissect.dissectors.slow;

import static org.jdissect.api.field.FieldType.*;

import java.util.Map;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.Dissector;
import org.jdissect.api.dissect.DissectorTable;
import org.jdissect.api.dissect.Handoff;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.data.DataModule;
import org.jdissect.dissectors.eth.EthModule;

/**
 * IEEE 802.3 Slow Protocols (Ethertype 0x8809) as Wireshark 4.0's packet-slowprotocols.c shows them: the subtype
 * byte, then the subtype's protocol from the {@code slow.subtype} table (LACP, Marker; OAM and OSSP are not decoded
 * here and show as data). What the subtype's protocol leaves of its bytes (set_actual_length) is the frame's trailer.
 */
public final class SlowModule implements ProtocolModule {
    public static final String NAME = "slow";
    public static final String SUBTYPE_TABLE = "slow.subtype";
    static final FieldDef SLOW = FieldDef.builder(NAME, "Slow Protocols", PROTOCOL).blurb("802.3 Slow protocols").build();
    static final FieldDef SUBTYPE = FieldDef.builder("slow.subtype", "Slow Protocols subtype", UINT8).hex()
            .names(Map.of(1L, "LACP", 2L, "Marker Protocol", 3L, "OAM", 10L, "Organization Specific Slow Protocol"))
            .build();

    private DissectorTable subtypes;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void register(Registrar r) {
        r.fields(SLOW, SUBTYPE);
        subtypes = r.table(SUBTYPE_TABLE, "Slow protocol subtype", 0xff);
        r.dissector(NAME, this::dissect);
    }

    @Override
    public void handoff(Handoff h) {
        h.table(EthModule.ETHERTYPE_TABLE).add(0x8809, NAME, this::dissect);
    }

    private int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ctx.addProtocol(NAME);
        ctx.setCurrentProto("802.3 Slow protocols"); // its short name, which an exception marker shows
        int subtype = tvb.u8(0);
        parent.addItem(SLOW, tvb, 0, 1).add(SUBTYPE, tvb, 0, 1, subtype);
        ByteView next = tvb.tail(1);
        Dissector d = subtypes.get(subtype);
        int taken = d == null ? 0 : d.dissect(next, ctx, parent);
        if (taken == 0) {
            DataModule.dissect(next, ctx, parent);
            return tvb.capturedLength();
        }
        return 1 + taken;
    }
}
