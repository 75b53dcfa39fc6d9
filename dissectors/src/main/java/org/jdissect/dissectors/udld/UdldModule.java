package org.jdissect.dissectors.udld;

import static org.jdissect.api.field.FieldType.*;
import static org.jdissect.dissectors.common.StringItems.formatStringzpad;
import static org.jdissect.dissectors.common.StringItems.formatText;

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
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.cdp.CdpModule.DeviceAndPort;
import org.jdissect.dissectors.data.DataModule;
import org.jdissect.dissectors.llc.LlcModule;

/**
 * Cisco's Unidirectional Link Detection (SNAP, Cisco OUI, PID 0x0111) as Wireshark 4.0's packet-udld.c shows it: the
 * version and opcode, the flags, the checksum, then TLVs: device ID and port ID (both written to Info, the port ID
 * with CDP's length quirk), the others as data; a length below 4 ends the TLVs, what follows is data.
 */
public final class UdldModule implements ProtocolModule {
    public static final String NAME = "udld";
    private static final int PID_UDLD = 0x0111;

    static final FieldDef UDLD = FieldDef.builder(NAME, "Unidirectional Link Detection", PROTOCOL).blurb("UDLD").build();
    static final FieldDef VERSION = FieldDef.builder("udld.version", "Version", UINT8).mask(0xe0, 8).build();
    static final FieldDef OPCODE = FieldDef.builder("udld.opcode", "Opcode", UINT8).mask(0x1f, 8)
            .names(Map.of(0L, "Reserved", 1L, "Probe", 2L, "Echo", 3L, "Flush")).build();
    static final FieldDef FLAGS = FieldDef.builder("udld.flags", "Flags", UINT8).build();
    static final FieldDef FLAG_RT = FieldDef.builder("udld.flags.rt", "Recommended timeout", UINT8).hex()
            .mask(0x01, 8).build();
    static final FieldDef FLAG_RSY = FieldDef.builder("udld.flags.rsy", "ReSynch", UINT8).hex().mask(0x02, 8)
            .build();
    static final FieldDef CHECKSUM = FieldDef.builder("udld.checksum", "Checksum", UINT16).hex().build();
    static final Map<Long, String> TLV_TYPES = Map.of(1L, "Device ID", 2L, "Port ID", 3L, "Echo",
            4L, "Message interval", 5L, "Timeout interval", 6L, "Device name", 7L, "Sequence number");
    static final FieldDef TLV_TYPE = FieldDef.builder("udld.tlv.type", "Type", UINT16).hex().names(TLV_TYPES).build();
    static final FieldDef TLV_LENGTH = FieldDef.builder("udld.tlv.len", "Length", UINT16).build();
    static final FieldDef DEVICE_ID = FieldDef.builder("udld.device_id", "Device ID", STRING).stringz().build();
    static final FieldDef SENT_THROUGH = FieldDef.builder("udld.sent_through_interface", "Sent through Interface",
            STRING).build();
    static final FieldDef DATA = FieldDef.builder("udld.data", "Data", BYTES).build();
    static final ExpertDef EI_TLV_LENGTH = ExpertDef.of("udld.tlv.len.invalid", ExpertGroup.PROTOCOL,
            ExpertSeverity.WARN, "TLV with invalid length (< 4)");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void register(Registrar r) {
        r.fields(UDLD, VERSION, OPCODE, FLAGS, FLAG_RT, FLAG_RSY, CHECKSUM, TLV_TYPE, TLV_LENGTH, DEVICE_ID,
                SENT_THROUGH, DATA);
        r.experts(EI_TLV_LENGTH);
        r.dissector(NAME, UdldModule::dissect);
    }

    @Override
    public void handoff(Handoff h) {
        h.table(LlcModule.CISCO_PID_TABLE).add(PID_UDLD, NAME, UdldModule::dissect);
    }

    static int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ctx.addProtocol(NAME);
        ctx.setCurrentProto("UDLD");
        ProtoNode u = parent.addItem(UDLD, tvb, 0, tvb.capturedLength());
        int first = tvb.u8(0);
        u.add(VERSION, tvb, 0, 1, first >> 5);
        u.add(OPCODE, tvb, 0, 1, first & 0x1f);
        int flags = tvb.u8(1);
        ProtoNode f = u.add(FLAGS, tvb, 1, 1, flags);
        f.add(FLAG_RT, tvb, 1, 1, flags & 1);
        f.add(FLAG_RSY, tvb, 1, 1, flags >> 1 & 1);
        u.add(CHECKSUM, tvb, 2, 2, tvb.u16(2));
        int off = 4;
        while (tvb.reportedRemaining(off) != 0) {
            int type = tvb.u16(off);
            int length = tvb.u16(off + 2);
            if (length < 4) {
                tvb.ensure(off, 4);
                ProtoNode bad = u.addText(tvb, off, 4, "TLV with invalid length " + length + " (< 4)");
                bad.add(TLV_TYPE, tvb, off, 2, type);
                Expert.add(ctx, bad.add(TLV_LENGTH, tvb, off + 2, 2, length), EI_TLV_LENGTH);
                off += 4;
                break;
            }
            int v = off + 4;
            switch (type) {
                case 1 -> {
                    String id = formatStringzpad(tvb, v, length - 4);
                    ctx.put(DeviceAndPort.class, DeviceAndPort.of(ctx).device(id));
                    tvb.ensure(off, length);
                    ProtoNode t = tlv(u, tvb, off, length, type, "Device ID: " + id);
                    t.addAscii(DEVICE_ID, tvb, v, length - 4);
                    off += length;
                }
                case 2 -> {
                    // a length that does not reach the next TLV's zero high byte is taken as three bytes short
                    int real = tvb.u8(off + length) != 0 ? length + 3 : length;
                    ctx.put(DeviceAndPort.class, DeviceAndPort.of(ctx).port(formatStringzpad(tvb, v, length - 4)));
                    String port = formatText(tvb, v, real - 4);
                    tvb.ensure(off, real);
                    ProtoNode t = tlv(u, tvb, off, real, type, "Port ID: " + port);
                    t.addAscii(SENT_THROUGH, tvb, v, real - 4);
                    off += real;
                }
                default -> {
                    String name = TLV_TYPES.get((long) type);
                    tvb.ensure(off, length);
                    ProtoNode t = tlv(u, tvb, off, length, type, "Type: " + (name != null ? name
                            : "Unknown (0x" + FieldFormat.hexPadded(type, 4) + ")") + ", length: " + length);
                    if (length <= 4) {
                        return tvb.capturedLength(); // packet-udld.c returns here, with no data after
                    }
                    t.addObj(DATA, tvb, v, length - 4, tvb.toArray(v, length - 4));
                    off += length;
                }
            }
        }
        if (tvb.remaining(off) > 0) {
            DataModule.dissect(tvb.tail(off), ctx, u);
        }
        return tvb.capturedLength();
    }

    /** A TLV's subtree with its type and length items. */
    private static ProtoNode tlv(ProtoNode u, ByteView tvb, int off, int length, int type, String text) {
        ProtoNode t = u.addText(tvb, off, length, text);
        t.add(TLV_TYPE, tvb, off, 2, type);
        t.add(TLV_LENGTH, tvb, off + 2, 2, tvb.u16(off + 2));
        return t;
    }
}
