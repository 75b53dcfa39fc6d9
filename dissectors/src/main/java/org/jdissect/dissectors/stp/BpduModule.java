package org.jdissect.dissectors.stp;

import static org.jdissect.api.field.FieldType.*;

import java.util.Map;
import org.jdissect.api.bytes.ByteView;
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

/**
 * Spanning tree BPDUs (IEEE 802.1D and 802.1w), reached through LLC SAP 0x42, as Wireshark 4.0's packet-bpdu.c
 * shows them: configuration, topology change notification and rapid spanning tree BPDUs with their flags, root and
 * bridge identifiers (priority, system ID extension, MAC), cost, port and timers. Multiple spanning tree's MSTI part
 * (version 3) is not decoded: its CIST fields are shown as for RSTP.
 */
public final class BpduModule implements ProtocolModule {
    public static final String NAME = "stp";
    public static final FieldDef STP = FieldDef.builder(NAME, "Spanning Tree Protocol", PROTOCOL).build();
    static final FieldDef PROTOCOL_ID = FieldDef.builder("stp.protocol", "Protocol Identifier", UINT16).hex()
            .names(Map.of(0L, "Spanning Tree Protocol")).build();
    static final FieldDef VERSION = FieldDef.builder("stp.version", "Protocol Version Identifier", UINT8)
            .names(Map.of(0L, "Spanning Tree", 2L, "Rapid Spanning Tree", 3L, "Multiple Spanning Tree",
                    4L, "Shortest Path Tree")).build();
    static final FieldDef TYPE = FieldDef.builder("stp.type", "BPDU Type", UINT8).hex()
            .names(Map.of(0x00L, "Configuration", 0x02L, "Rapid/Multiple Spanning Tree",
                    0x80L, "Topology Change Notification")).build();
    static final FieldDef FLAGS = FieldDef.builder("stp.flags", "BPDU flags", UINT8).hex().build();
    static final FieldDef FLAG_TCACK = yesNo("stp.flags.tcack", "Topology Change Acknowledgment", 0x80);
    static final FieldDef FLAG_AGREEMENT = yesNo("stp.flags.agreement", "Agreement", 0x40);
    static final FieldDef FLAG_FORWARDING = yesNo("stp.flags.forwarding", "Forwarding", 0x20);
    static final FieldDef FLAG_LEARNING = yesNo("stp.flags.learning", "Learning", 0x10);
    static final Map<Long, String> PORT_ROLES = Map.of(1L, "Alternate or Backup", 2L, "Root", 3L, "Designated");
    static final FieldDef FLAG_PORT_ROLE = FieldDef.builder("stp.flags.port_role", "Port Role", UINT8)
            .mask(0x0c, 8).names(PORT_ROLES).build();
    static final FieldDef FLAG_PROPOSAL = yesNo("stp.flags.proposal", "Proposal", 0x02);
    static final FieldDef FLAG_TC = yesNo("stp.flags.tc", "Topology Change", 0x01);
    static final FieldDef ROOT_PRIO = FieldDef.builder("stp.root.prio", "Root Bridge Priority", UINT16).build();
    static final FieldDef ROOT_EXT = FieldDef.builder("stp.root.ext", "Root Bridge System ID Extension", UINT16)
            .build();
    static final FieldDef ROOT_HW = FieldDef.builder("stp.root.hw", "Root Bridge System ID", ETHER).build();
    static final FieldDef ROOT_COST = FieldDef.builder("stp.root.cost", "Root Path Cost", UINT32).build();
    static final FieldDef BRIDGE_PRIO = FieldDef.builder("stp.bridge.prio", "Bridge Priority", UINT16).build();
    static final FieldDef BRIDGE_EXT = FieldDef.builder("stp.bridge.ext", "Bridge System ID Extension", UINT16)
            .build();
    static final FieldDef BRIDGE_HW = FieldDef.builder("stp.bridge.hw", "Bridge System ID", ETHER).build();
    static final FieldDef PORT = FieldDef.builder("stp.port", "Port identifier", UINT16).hex().build();
    static final FieldDef MSG_AGE = FieldDef.builder("stp.msg_age", "Message Age", DOUBLE).build();
    static final FieldDef MAX_AGE = FieldDef.builder("stp.max_age", "Max Age", DOUBLE).build();
    static final FieldDef HELLO = FieldDef.builder("stp.hello", "Hello Time", DOUBLE).build();
    static final FieldDef FORWARD = FieldDef.builder("stp.forward", "Forward Delay", DOUBLE).build();
    static final FieldDef VERSION_1_LENGTH = FieldDef.builder("stp.version_1_length", "Version 1 Length", UINT8)
            .build();
    static final ExpertDef EI_TYPE_UNKNOWN = ExpertDef.of("stp.type.unknown", ExpertGroup.PROTOCOL,
            ExpertSeverity.WARN, "Unknown BPDU type data");

    static final int TYPE_CONFIG = 0x00;
    static final int TYPE_RST = 0x02;
    static final int TYPE_TCN = 0x80;

    private static FieldDef yesNo(String abbrev, String name, int mask) {
        return FieldDef.builder(abbrev, name, BOOLEAN).mask(mask, 8).trueFalse("Yes", "No").build();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void register(Registrar r) {
        r.fields(STP, PROTOCOL_ID, VERSION, TYPE, FLAGS, FLAG_TCACK, FLAG_AGREEMENT, FLAG_FORWARDING, FLAG_LEARNING,
                FLAG_PORT_ROLE, FLAG_PROPOSAL, FLAG_TC, ROOT_PRIO, ROOT_EXT, ROOT_HW, ROOT_COST, BRIDGE_PRIO,
                BRIDGE_EXT, BRIDGE_HW, PORT, MSG_AGE, MAX_AGE, HELLO, FORWARD, VERSION_1_LENGTH);
        r.experts(EI_TYPE_UNKNOWN);
        r.dissector(NAME, BpduModule::dissect);
    }

    /** A BPDU at the start of {@code tvb}; the item covers what its type defines. */
    public static int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ctx.addProtocol(NAME);
        ctx.setCurrentProto("STP");
        int type = tvb.u8(3);
        int length = switch (type) {
            case TYPE_TCN -> 4;
            case TYPE_RST -> 36;
            default -> 35;
        };
        // dissect_bpdu reads the whole BPDU before it adds an item: one cut short shows no STP item at all
        tvb.ensure(0, type == TYPE_TCN ? 4 : type == TYPE_CONFIG || type == TYPE_RST ? length : 4);
        // proto_tree_add_protocol_format: its text is the protocol's name, and -T fields prints it
        ProtoNode s = parent.addItem(STP, tvb, 0, Math.min(length, tvb.capturedLength())).label(STP.name())
                .textGiven();
        s.add(PROTOCOL_ID, tvb, 0, 2, tvb.u16(0));
        s.add(VERSION, tvb, 2, 1, tvb.u8(2));
        ProtoNode typeItem = s.add(TYPE, tvb, 3, 1, type);
        if (type != TYPE_CONFIG && type != TYPE_RST) {
            if (type != TYPE_TCN) {
                Expert.add(ctx, typeItem, EI_TYPE_UNKNOWN);
            }
            return tvb.reportedLength();
        }
        int flags = tvb.u8(4);
        boolean rst = type == TYPE_RST;
        ProtoNode f = s.add(FLAGS, tvb, 4, 1, flags);
        if (ctx.labels()) {
            f.label("BPDU flags: 0x" + FieldFormat.hexPadded(flags, 2) + flagNames(flags, rst));
        }
        f.add(FLAG_TCACK, tvb, 4, 1, flags >> 7 & 1);
        if (rst) {
            f.add(FLAG_AGREEMENT, tvb, 4, 1, flags >> 6 & 1);
            f.add(FLAG_FORWARDING, tvb, 4, 1, flags >> 5 & 1);
            f.add(FLAG_LEARNING, tvb, 4, 1, flags >> 4 & 1);
            f.add(FLAG_PORT_ROLE, tvb, 4, 1, flags >> 2 & 3);
            f.add(FLAG_PROPOSAL, tvb, 4, 1, flags >> 1 & 1);
        }
        f.add(FLAG_TC, tvb, 4, 1, flags & 1);
        identifier(s, tvb, 5, "Root Identifier", ROOT_PRIO, ROOT_EXT, ROOT_HW, ctx);
        s.add(ROOT_COST, tvb, 13, 4, tvb.u32(13));
        identifier(s, tvb, 17, "Bridge Identifier", BRIDGE_PRIO, BRIDGE_EXT, BRIDGE_HW, ctx);
        s.add(PORT, tvb, 25, 2, tvb.u16(25));
        timer(s, tvb, 27, MSG_AGE);
        timer(s, tvb, 29, MAX_AGE);
        timer(s, tvb, 31, HELLO);
        timer(s, tvb, 33, FORWARD);
        if (rst) {
            s.add(VERSION_1_LENGTH, tvb, 35, 1, tvb.u8(35));
        }
        return tvb.reportedLength();
    }

    /** The flags packet-bpdu.c names after the value: those set, and for RSTP the port role always. */
    private static String flagNames(int flags, boolean rst) {
        StringBuilder sb = new StringBuilder();
        if ((flags & 0x80) != 0) {
            sb.append(", Topology Change Acknowledgment");
        }
        if (rst) {
            if ((flags & 0x40) != 0) {
                sb.append(", Agreement");
            }
            if ((flags & 0x20) != 0) {
                sb.append(", Forwarding");
            }
            if ((flags & 0x10) != 0) {
                sb.append(", Learning");
            }
            String role = PORT_ROLES.get((long) (flags >> 2 & 3));
            sb.append(", Port Role: ").append(role == null ? "Unknown" : role);
            if ((flags & 0x02) != 0) {
                sb.append(", Proposal");
            }
        }
        if ((flags & 0x01) != 0) {
            sb.append(", Topology Change");
        }
        return sb.toString();
    }

    /**
     * A bridge identifier: the priority (the top four bits, over the first byte), the system ID extension (the
     * other twelve) and the MAC, under a text line "Name: priority / extension / MAC".
     */
    private static void identifier(ProtoNode s, ByteView tvb, int off, String name, FieldDef prio, FieldDef ext,
                                   FieldDef hw, PacketContext ctx) {
        int v = tvb.u16(off);
        long mac = tvb.u48(off + 2);
        ProtoNode id = s.addText(tvb, off, 8, ctx.labels() ? name + ": " + (v & 0xf000) + " / " + (v & 0x0fff)
                + " / " + FieldFormat.ether(mac) : name);
        id.add(prio, tvb, off, 1, v & 0xf000);
        id.add(ext, tvb, off, 2, v & 0x0fff);
        id.add(hw, tvb, off + 2, 6, mac);
    }

    /** A timer in 1/256 seconds, shown in seconds. */
    private static void timer(ProtoNode s, ByteView tvb, int off, FieldDef f) {
        s.addObj(f, tvb, off, 2, tvb.u16(off) / 256.0);
    }
}
