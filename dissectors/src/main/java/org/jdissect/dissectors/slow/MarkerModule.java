package org.jdissect.dissectors.slow;

import static org.jdissect.api.field.FieldType.*;

import java.util.Map;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.Handoff;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.expert.ExpertDef;
import org.jdissect.api.expert.ExpertGroup;
import org.jdissect.api.expert.ExpertSeverity;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.ProtoNode;

/**
 * The Link Aggregation Marker Protocol (Slow Protocols subtype 2, IEEE 802.1AX 6.5) as packet-marker.c shows it:
 * version, the marker information or response TLV (requester port, system and transaction ID, pad), the terminator
 * and the reserved bytes, with its findings on wrong types, lengths and pad.
 */
public final class MarkerModule implements ProtocolModule {
    public static final String NAME = "marker";
    static final FieldDef MARKER = FieldDef.builder(NAME, "Marker", PROTOCOL).blurb("Link Aggregation Marker Protocol").build();
    static final FieldDef VERSION = FieldDef.builder("marker.version", "Version Number", UINT8).hex()
            .blurb("Marker protocol version").build();
    static final FieldDef TLV_TYPE = FieldDef.builder("marker.tlvType", "TLV Type", UINT8).hex()
            .names(Map.of(0L, "Marker Terminator", 1L, "Marker Information", 2L, "Marker Response Information"))
            .build();
    static final FieldDef TLV_LENGTH = FieldDef.builder("marker.tlvLen", "TLV Length", UINT8).hex()
            .blurb("Length of the Actor TLV").build();
    static final FieldDef REQ_PORT = FieldDef.builder("marker.requesterPort", "Requester Port", UINT16).build();
    static final FieldDef REQ_SYSTEM = FieldDef.builder("marker.requesterSystem", "Requester System", ETHER)
            .blurb("Requester System ID encoded as a MAC address").build();
    static final FieldDef REQ_TRANS_ID = FieldDef.builder("marker.requesterTransId", "Requester Transaction ID",
            UINT32).build();
    /** FT_UINT32 over two bytes, as packet-marker.c registers it. */
    static final FieldDef REQ_PAD = FieldDef.builder("marker.requesterPad", "Requester Pad", UINT32).build();
    static final FieldDef RESERVED = FieldDef.builder("marker.reserved", "Reserved", BYTES).build();

    static final ExpertDef EI_WRONG_TYPE = ExpertDef.of("marker.wrong_tlv_type", ExpertGroup.MALFORMED,
            ExpertSeverity.ERROR, "TLV is not expected type");
    static final ExpertDef EI_WRONG_LENGTH = ExpertDef.of("marker.wrong_tlv_length", ExpertGroup.MALFORMED,
            ExpertSeverity.ERROR, "TLV is not expected length");
    static final ExpertDef EI_WRONG_PAD = ExpertDef.of("marker.wrong_pad_value", ExpertGroup.PROTOCOL,
            ExpertSeverity.WARN, "pad value is not 0");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void register(Registrar r) {
        r.fields(MARKER, VERSION, TLV_TYPE, TLV_LENGTH, REQ_PORT, REQ_SYSTEM, REQ_TRANS_ID, REQ_PAD, RESERVED);
        r.experts(EI_WRONG_TYPE, EI_WRONG_LENGTH, EI_WRONG_PAD);
        r.dissector(NAME, MarkerModule::dissect);
    }

    @Override
    public void handoff(Handoff h) {
        h.table(SlowModule.SUBTYPE_TABLE).add(2, NAME, MarkerModule::dissect);
    }

    static int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ctx.addProtocol(NAME);
        ctx.setCurrentProto("Link Aggregation Marker Protocol");
        ProtoNode m = parent.addItem(MARKER, tvb, 0, tvb.capturedLength()).label("Marker Protocol").textGiven();
        m.add(VERSION, tvb, 0, 1, tvb.u8(0));
        int type = tvb.u8(1);
        ProtoNode typeItem = m.add(TLV_TYPE, tvb, 1, 1, type);
        int length = tvb.u8(2);
        ProtoNode lengthItem = m.add(TLV_LENGTH, tvb, 2, 1, length);
        if (type != 1 && type != 2) {
            Expert.add(ctx, typeItem, EI_WRONG_TYPE);
        }
        if (length != 16) {
            Expert.add(ctx, lengthItem, EI_WRONG_LENGTH);
        }
        m.add(REQ_PORT, tvb, 3, 2, tvb.u16(3));
        m.add(REQ_SYSTEM, tvb, 5, 6, tvb.u48(5));
        m.add(REQ_TRANS_ID, tvb, 11, 4, tvb.u32(11));
        int pad = tvb.u16(15);
        ProtoNode padItem = m.add(REQ_PAD, tvb, 15, 2, pad);
        if (pad != 0) {
            Expert.add(ctx, padItem, EI_WRONG_PAD);
        }
        int termType = tvb.u8(17);
        m.add(TLV_TYPE, tvb, 17, 1, termType);
        int termLength = tvb.u8(18);
        m.add(TLV_LENGTH, tvb, 18, 1, termLength);
        // packet-marker.c puts its findings about the terminator on the first TLV's type item
        if (termType != 0) {
            Expert.add(ctx, typeItem, EI_WRONG_TYPE);
        } else if (termLength != 0) {
            Expert.add(ctx, typeItem, EI_WRONG_LENGTH);
        }
        tvb.ensure(19, 90);
        m.addObj(RESERVED, tvb, 19, 90, tvb.toArray(19, 90));
        return tvb.capturedLength();
    }
}
