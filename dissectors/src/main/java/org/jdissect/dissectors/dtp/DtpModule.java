package org.jdissect.dissectors.dtp;

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
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.common.StringItems;
import org.jdissect.dissectors.common.TypeLength;
import org.jdissect.dissectors.llc.LlcModule;

/**
 * Cisco's Dynamic Trunk Protocol (SNAP, Cisco OUI, PID 0x2004) as Wireshark 4.0's packet-dtp.c shows it: the
 * version, then TLVs (VTP domain, trunk status and type with their operating/administrative halves, sender ID, others
 * as data), each appended to the protocol item's text, with findings on lengths that are too short, wrong for the
 * type, or cut.
 */
public final class DtpModule implements ProtocolModule {
    public static final String NAME = "dtp";
    private static final int PID_DTP = 0x2004;

    static final FieldDef DTP = FieldDef.builder(NAME, "Dynamic Trunk Protocol", PROTOCOL).blurb("DTP").build();
    static final FieldDef VERSION = FieldDef.builder("dtp.version", "Version", UINT8).build();
    static final FieldDef DOMAIN = FieldDef.builder("dtp.domain", "Domain", STRING).build();
    static final Map<Long, String> TLV_TYPES = Map.of(1L, "Domain", 2L, "Trunk Status", 3L, "Trunk Type",
            4L, "Sender ID");
    static final FieldDef TLV_TYPE = FieldDef.builder("dtp.tlv_type", "Type", UINT16).hex().names(TLV_TYPES).build();
    static final FieldDef TLV_LENGTH = FieldDef.builder("dtp.tlv_len", "Length", UINT16).build();
    static final Map<Long, String> TOS = Map.of(0L, "Access", 1L, "Trunk");
    static final Map<Long, String> TAS = Map.of(1L, "On", 2L, "Off", 3L, "Desirable", 4L, "Auto");
    static final Map<Long, String> TOT = Map.of(1L, "Native", 2L, "ISL", 5L, "802.1Q");
    static final Map<Long, String> TAT = Map.of(0L, "Negotiated", 1L, "Native", 2L, "ISL", 5L, "802.1Q");
    static final FieldDef TRUNK_OP_STATUS = FieldDef.builder("dtp.tos", "Trunk Operating Status", UINT8).hex()
            .mask(0x80, 8).names(TOS).build();
    static final FieldDef TRUNK_ADMIN_STATUS = FieldDef.builder("dtp.tas", "Trunk Administrative Status", UINT8)
            .hex().mask(0x07, 8).names(TAS).build();
    static final FieldDef TRUNK_OP_TYPE = FieldDef.builder("dtp.tot", "Trunk Operating Type", UINT8).hex()
            .mask(0xe0, 8).names(TOT).build();
    static final FieldDef TRUNK_ADMIN_TYPE = FieldDef.builder("dtp.tat", "Trunk Administrative Type", UINT8).hex()
            .mask(0x07, 8).names(TAT).build();
    static final FieldDef SENDER_ID = FieldDef.builder("dtp.senderid", "Sender ID", ETHER)
            .blurb("MAC Address of neighbor").build();
    /** FT_ETHER, whatever the TLV holds: proto.c complains of any other length, and throws below six bytes. */
    static final FieldDef DATA = FieldDef.builder("dtp.data", "Data", ETHER).build();

    static final ExpertDef EI_TOO_SHORT = ExpertDef.of("dtp.tlv_len.too_short", ExpertGroup.MALFORMED,
            ExpertSeverity.ERROR, "Indicated length is less than the minimum length");
    static final ExpertDef EI_INVALID = ExpertDef.of("dtp.tlv_len.invalid", ExpertGroup.MALFORMED,
            ExpertSeverity.ERROR, "Indicated length does not correspond to this record type");
    static final ExpertDef EI_TRUNCATED = ExpertDef.of("dtp.truncated", ExpertGroup.MALFORMED, ExpertSeverity.ERROR,
            "DTP message is truncated prematurely");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void register(Registrar r) {
        r.fields(DTP, VERSION, DOMAIN, TLV_TYPE, TLV_LENGTH, TRUNK_OP_STATUS, TRUNK_ADMIN_STATUS, TRUNK_OP_TYPE,
                TRUNK_ADMIN_TYPE, SENDER_ID, DATA);
        r.experts(EI_TOO_SHORT, EI_INVALID, EI_TRUNCATED);
        r.dissector(NAME, DtpModule::dissect);
    }

    @Override
    public void handoff(Handoff h) {
        h.table(LlcModule.CISCO_PID_TABLE).add(PID_DTP, NAME, DtpModule::dissect);
    }

    static int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ctx.addProtocol(NAME);
        ctx.setCurrentProto("DTP");
        ProtoNode d = parent.addItem(DTP, tvb, 0, tvb.capturedLength());
        d.add(VERSION, tvb, 0, 1, tvb.u8(0));
        int off = 1;
        while (tvb.reportedRemaining(off) > 0) {
            if (tvb.reportedRemaining(off) < 4) {
                Expert.add(ctx, d, EI_TRUNCATED);
                break;
            }
            int type = tvb.u16(off);
            int length = tvb.u16(off + 2);
            tvb.ensure(off, length); // the subtree covers the whole TLV
            String name = TLV_TYPES.get((long) type);
            ProtoNode t = d.addText(tvb, off, length, name != null ? name
                    : "Unknown TLV type: 0x" + FieldFormat.hexPadded(type, 2));
            t.add(TLV_TYPE, tvb, off, 2, type);
            ProtoNode lengthItem = t.add(TLV_LENGTH, tvb, off + 2, 2, length);
            off += 4;
            if (length <= 4) {
                Expert.add(ctx, lengthItem, EI_TOO_SHORT);
                break;
            }
            value(tvb, off, length - 4, t, d, lengthItem, type, ctx);
            off += length - 4;
        }
        return tvb.capturedLength();
    }

    /** One TLV's value; what it names is appended to the protocol item's text. */
    private static void value(ByteView tvb, int off, int n, ProtoNode t, ProtoNode dtp, ProtoNode lengthItem,
                              int type, PacketContext ctx) {
        switch (type) {
            case 1 -> {
                if (n <= 33) { // a VTP domain name: at most 32 bytes and its NUL
                    dtp.appendLabel(": " + StringItems.formatText(tvb, off, n - 1));
                    StringItems.ascii(t, DOMAIN, tvb, off, n, ctx);
                } else {
                    Expert.add(ctx, lengthItem, EI_INVALID);
                }
            }
            case 2, 3 -> {
                if (n != 1) {
                    Expert.add(ctx, lengthItem, EI_INVALID);
                    return;
                }
                int v = tvb.u8(off);
                boolean status = type == 2;
                String op = status ? name(TOS, v >> 7, "Unknown operating status")
                        : name(TOT, v >> 5, "Unknown operating type");
                String admin = status ? name(TAS, v & 7, "Unknown administrative status")
                        : name(TAT, v & 7, "Unknown administrative type");
                String text = op + "/" + admin + " (0x" + FieldFormat.hexPadded(v, 2) + ")";
                dtp.appendLabel(" (Operating/Administrative): " + text);
                ProtoNode value = t.addText(tvb, off, 1, "Value: " + text);
                value.add(status ? TRUNK_OP_STATUS : TRUNK_OP_TYPE, tvb, off, 1, status ? v >> 7 : v >> 5);
                value.add(status ? TRUNK_ADMIN_STATUS : TRUNK_ADMIN_TYPE, tvb, off, 1, v & 7);
            }
            case 4 -> {
                if (n == 6) {
                    long mac = tvb.u48(off);
                    dtp.appendLabel(": " + FieldFormat.ether(mac));
                    t.add(SENDER_ID, tvb, off, 6, mac);
                } else {
                    Expert.add(ctx, lengthItem, EI_INVALID);
                }
            }
            default -> {
                tvb.ensure(off, n);
                TypeLength.check(ctx, t, "a MAC address", 6, n);
                if (!ctx.treeless()) { // proto_tree_add_item reads nothing without a tree
                    t.add(DATA, tvb, off, n, tvb.u48(off));
                }
            }
        }
    }

    private static String name(Map<Long, String> names, int v, String unknown) {
        String n = names.get((long) v);
        return n != null ? n : unknown;
    }
}
