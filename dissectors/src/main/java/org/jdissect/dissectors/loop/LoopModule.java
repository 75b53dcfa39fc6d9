package org.jdissect.dissectors.loop;

import static org.jdissect.api.field.FieldType.*;

import java.util.Map;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.Handoff;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.data.DataModule;
import org.jdissect.dissectors.eth.EthModule;

/**
 * The Ethernet Configuration Testing Protocol ("loopback", Ethertype 0x9000: Cisco's keepalives) as Wireshark 4.0's
 * packet-loop.c shows it: the skip count (little-endian, as every field), then functions: forward data (an address,
 * and another function follows) until a reply (a receipt number) or an unknown function; the function the skip count
 * points at is the relevant one, named in Info. What follows is data.
 */
public final class LoopModule implements ProtocolModule {
    public static final String NAME = "loop";
    static final Map<Long, String> FUNCTIONS = Map.of(1L, "Reply", 2L, "Forward Data");
    static final FieldDef LOOP = FieldDef.builder(NAME, "Configuration Test Protocol (loopback)", PROTOCOL).blurb("LOOP").build();
    static final FieldDef SKIP_COUNT = FieldDef.builder("loop.skipcount", "skipCount", UINT16).build();
    static final FieldDef FUNCTION = FieldDef.builder("loop.function", "Function", UINT16).names(FUNCTIONS).build();
    static final FieldDef RELEVANT_FUNCTION = FieldDef.builder("loop.relevant_function", "Relevant function", UINT16)
            .names(FUNCTIONS).build();
    static final FieldDef RECEIPT_NUMBER = FieldDef.builder("loop.receipt_number", "Receipt number", UINT16).build();
    static final FieldDef FORWARDING_ADDRESS = FieldDef.builder("loop.forwarding_address", "Forwarding address",
            ETHER).build();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void register(Registrar r) {
        r.fields(LOOP, SKIP_COUNT, FUNCTION, RELEVANT_FUNCTION, RECEIPT_NUMBER, FORWARDING_ADDRESS);
        r.dissector(NAME, LoopModule::dissect);
    }

    @Override
    public void handoff(Handoff h) {
        h.table(EthModule.ETHERTYPE_TABLE).add(0x9000, NAME, LoopModule::dissect);
    }

    static int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ctx.addProtocol(NAME);
        ctx.setCurrentProto("LOOP");
        ProtoNode l = parent.addItem(LOOP, tvb, 0, tvb.capturedLength());
        int skip = tvb.u16le(0);
        l.add(SKIP_COUNT, tvb, 0, 2, skip);
        int relevant = 2 + skip;
        int off = 2;
        boolean more;
        do {
            int function = tvb.u16le(off);
            if (off == relevant) {
                l.add(RELEVANT_FUNCTION, tvb, off, 2, function);
            }
            l.add(FUNCTION, tvb, off, 2, function);
            off += 2;
            more = function == 2;
            if (function == 1) {
                l.add(RECEIPT_NUMBER, tvb, off, 2, tvb.u16le(off));
                off += 2;
            } else if (more) {
                l.add(FORWARDING_ADDRESS, tvb, off, 6, tvb.u48(off));
                off += 6;
            }
        } while (more);
        if (tvb.remaining(off) > 0) {
            DataModule.dissect(tvb.tail(off), ctx, parent);
        }
        return tvb.capturedLength();
    }
}
