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
 * bridge identifiers (priority, system ID extension, MAC), cost, port and timers, and multiple spanning tree's
 * configuration identifier, CIST and MSTI records (version 3; SPB's version 4 part is not decoded).
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
    static final FieldDef V3_LENGTH = FieldDef.builder("mstp.version_3_length", "Version 3 Length", UINT16).build();
    static final FieldDef CONFIG_FORMAT = FieldDef.builder("mstp.config_format_selector",
            "MST Config ID format selector", UINT8).build();
    /** FT_STRINGZPAD, as in Wireshark: the name up to its first NUL, padded to 32 bytes. */
    static final FieldDef CONFIG_NAME = FieldDef.builder("mstp.config_name", "MST Config name", STRING).stringzpad()
            .build();
    static final FieldDef CONFIG_REVISION = FieldDef.builder("mstp.config_revision_level", "MST Config revision",
            UINT16).build();
    static final FieldDef CONFIG_DIGEST = FieldDef.builder("mstp.config_digest", "MST Config digest", BYTES).build();
    static final FieldDef CIST_ROOT_COST = FieldDef.builder("mstp.cist_internal_root_path_cost",
            "CIST Internal Root Path Cost", UINT32).build();
    static final FieldDef CIST_PRIO = FieldDef.builder("mstp.cist_bridge.prio", "CIST Bridge Priority", UINT16)
            .build();
    static final FieldDef CIST_EXT = FieldDef.builder("mstp.cist_bridge.ext",
            "CIST Bridge Identifier System ID Extension", UINT16).build();
    static final FieldDef CIST_HW = FieldDef.builder("mstp.cist_bridge.hw", "CIST Bridge Identifier System ID",
            ETHER).build();
    static final FieldDef CIST_HOPS = FieldDef.builder("mstp.cist_remaining_hops", "CIST Remaining hops", UINT8)
            .build();
    static final FieldDef MSTI_FLAGS = FieldDef.builder("mstp.msti.flags", "MSTI flags", UINT8).hex().build();
    static final FieldDef MSTI_PRIORITY = FieldDef.builder("mstp.msti.priority", "Priority", UINT8).hex()
            .mask(0xf0, 8).build();
    static final FieldDef MSTI_ID = FieldDef.builder("mstp.msti.msti_id", "MSTID", UINT16).mask(0x0fff, 16)
            .build();
    static final FieldDef MSTI_ROOT_HW = FieldDef.builder("mstp.msti.root.hw", "Regional Root", ETHER).build();
    static final FieldDef MSTI_ROOT_COST = FieldDef.builder("mstp.msti.root_cost", "Internal root path cost",
            UINT32).build();
    static final FieldDef MSTI_BRIDGE_PRIORITY = FieldDef.builder("mstp.msti.bridge_priority",
            "Bridge Identifier Priority", UINT8).build();
    static final FieldDef MSTI_PORT_PRIORITY = FieldDef.builder("mstp.msti.port_priority",
            "Port identifier priority", UINT8).build();
    static final FieldDef MSTI_HOPS = FieldDef.builder("mstp.msti.remaining_hops", "Remaining hops", UINT8)
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
        r.fields(V3_LENGTH, CONFIG_FORMAT, CONFIG_NAME, CONFIG_REVISION, CONFIG_DIGEST, CIST_ROOT_COST, CIST_PRIO,
                CIST_EXT, CIST_HW, CIST_HOPS, MSTI_FLAGS, MSTI_PRIORITY, MSTI_ID, MSTI_ROOT_HW, MSTI_ROOT_COST,
                MSTI_BRIDGE_PRIORITY, MSTI_PORT_PRIORITY, MSTI_HOPS);
        r.experts(EI_TYPE_UNKNOWN);
        r.dissector(NAME, BpduModule::dissect);
    }

    /** A BPDU at the start of {@code tvb}; the item covers what its type defines. */
    public static int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ctx.addProtocol(NAME);
        ctx.setCurrentProto("STP");
        int type = tvb.u8(3);
        int version = tvb.u8(2);
        boolean mst = type == TYPE_RST && version == 3;
        int length = switch (type) {
            case TYPE_TCN -> 4;
            case TYPE_RST -> mst ? 38 + tvb.u16(36) : 36;
            default -> 35;
        };
        // dissect_bpdu reads the whole BPDU before it adds an item: one cut short shows no STP item at all
        tvb.ensure(0, type == TYPE_TCN ? 4 : type == TYPE_CONFIG || type == TYPE_RST ? Math.min(length, 102) : 4);
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
        flags(s, FLAGS, "BPDU flags", tvb, 4, flags, rst, ctx);
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
        if (mst) {
            mstExtension(s, tvb, ctx, length);
        }
        return tvb.reportedLength();
    }

    /** The flags byte and its bits: all of them for RSTP and MSTP, only the topology change pair otherwise. */
    private static void flags(ProtoNode parent, FieldDef field, String name, ByteView tvb, int off, int flags,
                              boolean rst, PacketContext ctx) {
        ProtoNode f = parent.add(field, tvb, off, 1, flags);
        if (ctx.labels()) {
            f.label(name + ": 0x" + FieldFormat.hexPadded(flags, 2) + flagNames(flags, rst));
        }
        f.add(FLAG_TCACK, tvb, off, 1, flags >> 7 & 1);
        if (rst) {
            f.add(FLAG_AGREEMENT, tvb, off, 1, flags >> 6 & 1);
            f.add(FLAG_FORWARDING, tvb, off, 1, flags >> 5 & 1);
            f.add(FLAG_LEARNING, tvb, off, 1, flags >> 4 & 1);
            f.add(FLAG_PORT_ROLE, tvb, off, 1, flags >> 2 & 3);
            f.add(FLAG_PROPOSAL, tvb, off, 1, flags >> 1 & 1);
        }
        f.add(FLAG_TC, tvb, off, 1, flags & 1);
    }

    /**
     * MSTP's part after the RSTP fields (IEEE 802.1Q-2005): the version 3 length, the MST configuration identifier,
     * the CIST's internal cost, bridge and hops, then one 16-byte record per MSTI.
     */
    private static void mstExtension(ProtoNode s, ByteView tvb, PacketContext ctx, int end) {
        s.add(V3_LENGTH, tvb, 36, 2, tvb.u16(36));
        ProtoNode x = s.addText(tvb, 38, end - 38, "MST Extension");
        x.add(CONFIG_FORMAT, tvb, 38, 1, tvb.u8(38));
        x.addObj(CONFIG_NAME, tvb, 39, 32, tvb.asciiString(39, 32));
        x.add(CONFIG_REVISION, tvb, 71, 2, tvb.u16(71));
        x.addObj(CONFIG_DIGEST, tvb, 73, 16, tvb.toArray(73, 16));
        x.add(CIST_ROOT_COST, tvb, 89, 4, tvb.u32(89));
        identifier(x, tvb, 93, "CIST Bridge Identifier", CIST_PRIO, CIST_EXT, CIST_HW, ctx);
        x.add(CIST_HOPS, tvb, 101, 1, tvb.u8(101));
        for (int off = 102; off + 16 <= end; off += 16) {
            int id = tvb.u16(off + 1);
            long root = tvb.u48(off + 3);
            ProtoNode m = x.addText(tvb, off, 16, ctx.labels() ? "MSTID " + (id & 0x0fff)
                    + ", Regional Root Identifier " + ((id & 0xf000)) + " / " + FieldFormat.ether(root) : "MSTI");
            flags(m, MSTI_FLAGS, "MSTI flags", tvb, off, tvb.u8(off), true, ctx);
            m.add(MSTI_PRIORITY, tvb, off + 1, 1, id >> 12);
            m.add(MSTI_ID, tvb, off + 1, 2, id & 0x0fff);
            m.add(MSTI_ROOT_HW, tvb, off + 3, 6, root);
            m.add(MSTI_ROOT_COST, tvb, off + 9, 4, tvb.u32(off + 9));
            m.add(MSTI_BRIDGE_PRIORITY, tvb, off + 13, 1, tvb.u8(off + 13) >> 4);
            m.add(MSTI_PORT_PRIORITY, tvb, off + 14, 1, tvb.u8(off + 14) >> 4);
            m.add(MSTI_HOPS, tvb, off + 15, 1, tvb.u8(off + 15));
        }
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
