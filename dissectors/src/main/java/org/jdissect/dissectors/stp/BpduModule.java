package org.jdissect.dissectors.stp;

import static org.jdissect.api.field.FieldType.*;

import java.util.Map;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.DissectorTable;
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
import org.jdissect.dissectors.eth.EthModule;
import org.jdissect.dissectors.llc.LlcModule;

/**
 * Spanning tree BPDUs as Wireshark 4.0's packet-bpdu.c shows them, reached through LLC SAP 0x42, Ethertype 0x8181
 * and Cisco's SNAP PIDs (VLAN bridge and RLQ as plain STP; PVST+ with its TLVs): configuration, topology change
 * notification and rapid spanning tree BPDUs with their flags, root and bridge identifiers (priority, system ID
 * extension, MAC), cost, port and timers; multiple spanning tree's configuration identifier, CIST and MSTI records in
 * the layouts packet-bpdu.c infers (IEEE, a length counted in records, the alternative format); SPB's version 4 SPT
 * extension; the originating VLAN TLV of (Rapid) PVST+. BPDUs sent to GARP's addresses add no item (GMRP and GVRP
 * are not decoded).
 */
public final class BpduModule implements ProtocolModule {
    public static final String NAME = "stp";
    public static final FieldDef STP = FieldDef.builder(NAME, "Spanning Tree Protocol", PROTOCOL).blurb("STP").build();
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
    /** The second registration of mstp.msti.msti_id: the alternative MSTI format's whole two bytes. */
    static final FieldDef MSTI_ID_ALT = MSTI_ID.withMask(0, 16);
    static final FieldDef MSTI_REGIONAL_ROOT_ID = FieldDef.builder("mstp.msti.regional_root_id",
            "MSTI Regional Root Identifier", UINT16).build();
    static final FieldDef MSTI_BRIDGE_ID = FieldDef.builder("mstp.msti.bridge_id", "MSTI Bridge Identifier", UINT16)
            .mask(0x0fff, 16).build();
    static final FieldDef MSTI_BRIDGE_ID_PRIORITY = FieldDef.builder("mstp.msti.bridge_id_priority",
            "MSTI Bridge Priority", UINT16).mask(0xf000, 16).build();
    static final FieldDef MSTI_BRIDGE_ID_MAC = FieldDef.builder("mstp.msti.bridge_id_mac", "MSTI Bridge MAC", ETHER)
            .build();
    static final FieldDef MSTI_PORT = FieldDef.builder("mstp.msti.port", "Port identifier", UINT16).hex().build();
    static final FieldDef V4_LENGTH = FieldDef.builder("mstp.version_4_length", "Version 4 Length", UINT16).build();
    static final FieldDef AGREE_NUM = FieldDef.builder("mstp.agree_flags.agreement_num", "Agreement Number", UINT8)
            .mask(0x03, 8).build();
    static final FieldDef DAGREE_NUM = FieldDef.builder("mstp.agree_flags.dagreement_num", "Disagreement Number",
            UINT8).mask(0x0c, 8).build();
    static final FieldDef AGREE_VALID = yesNo("mstp.agree_flags.agreement_valid", "Agreement Valid Flag", 0x10);
    static final FieldDef RESTRICTED_ROLE = yesNo("mstp.agree_flags.rest_role", "Restricted Role", 0x20);
    static final FieldDef AGREEMENT_DIGEST = FieldDef.builder("mstp.agreement_digest", "Agreement Digest", BYTES)
            .build();
    static final FieldDef DIGEST_FORMAT_ID = FieldDef.builder("bpdu.agreement_digest_format_id",
            "Agreement Digest Format Id", UINT8).mask(0xf0, 8).build();
    static final FieldDef DIGEST_FORMAT_CAPS = FieldDef.builder("bpdu.agreement_digest_format_capabilities",
            "Agreement Digest Format Capabilities", UINT8).mask(0x0f, 8).build();
    static final FieldDef DIGEST_CONVENTION_ID = FieldDef.builder("bpdu.agreement_digest_convention_id",
            "Agreement Digest Convention Id", UINT8).mask(0xf0, 8).build();
    static final FieldDef DIGEST_CONVENTION_CAPS = FieldDef.builder("bpdu.agreement_digest_convention_capabilities",
            "Agreement Digest Convention Capabilities", UINT8).mask(0x0f, 8).build();
    static final FieldDef DIGEST_EDGE_COUNT = FieldDef.builder("bpdu.agreement_digest_edge_count",
            "Agreement Digest Edge Count", UINT16).build();
    static final Map<Long, String> PVST_TLV_NAMES = Map.of(0L, "Originating VLAN");
    static final FieldDef PVST_TLV_TYPE = FieldDef.builder("stp.pvst.tlvtype", "Type", UINT16).hex()
            .names(PVST_TLV_NAMES).build();
    static final FieldDef PVST_TLV_LENGTH = FieldDef.builder("stp.pvst.tlvlen", "Length", UINT16).build();
    static final FieldDef PVST_ORIGVLAN = FieldDef.builder("stp.pvst.origvlan", "Originating VLAN", UINT16).build();
    static final FieldDef PVST_TLV_VALUE = FieldDef.builder("stp.pvst.tlvval", "Value", BYTES).build();

    static final ExpertDef EI_PVST_LENGTH_INVALID = ExpertDef.of("stp.pvst.tlvlen.invalid", ExpertGroup.MALFORMED,
            ExpertSeverity.ERROR, "Indicated length is not valid for this record type");
    static final ExpertDef EI_PVST_ORIGVLAN_MISSING = ExpertDef.of("stp.pvst.origvlan.missing",
            ExpertGroup.MALFORMED, ExpertSeverity.ERROR, "Originating (PVID) VLAN TLV is missing or corrupt");
    static final ExpertDef EI_PVST_TRUNCATED = ExpertDef.of("stp.pvst.tlv.truncated", ExpertGroup.MALFORMED,
            ExpertSeverity.ERROR, "TLV record is truncated prematurely");
    static final ExpertDef EI_PVST_UNKNOWN = ExpertDef.of("stp.pvst.tlv.unknown", ExpertGroup.UNDECODED,
            ExpertSeverity.COMMENT, "TLV type is unknown");
    static final ExpertDef EI_VERSION_SUPPORT = ExpertDef.of("bpdu.version_support", ExpertGroup.PROTOCOL,
            ExpertSeverity.WARN, "This version of Wireshark only knows about versions 0, 2, 3 & 4");
    static final ExpertDef EI_TYPE_UNKNOWN = ExpertDef.of("stp.type.unknown", ExpertGroup.PROTOCOL,
            ExpertSeverity.WARN, "Unknown BPDU type data");

    static final int TYPE_CONFIG = 0x00;
    static final int TYPE_RST = 0x02;
    static final int TYPE_TCN = 0x80;
    private static final int CONF_SIZE = 35;
    private static final int TCN_SIZE = 4;
    private static final int MSTI_START = 102;
    private static final int V3_STATIC_LENGTH = 64;
    private static final int MSTI_SIZE = 16;
    private static final int ALT_MSTI_SIZE = 26;
    private static final int MCID_LENGTH = 51;
    private static final int PVST_TLV_START = 36;

    /** How the MSTI records of an MST BPDU are laid out (packet-bpdu.c's msti_format). */
    private enum MstiFormat { UNKNOWN, IEEE, ALTERNATIVE }

    /**
     * A BPDU sent to one of GARP's group addresses (01-80-C2-00-00-0D, -2x): packet-bpdu.c hands it to GMRP or GVRP
     * (not decoded by jdissect), or names the unknown GARP application in the columns, and adds no item.
     */
    public record Garp(int application) {
    }

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
        r.fields(PVST_TLV_TYPE, PVST_TLV_LENGTH, PVST_ORIGVLAN, PVST_TLV_VALUE);
        r.fields(V3_LENGTH, CONFIG_FORMAT, CONFIG_NAME, CONFIG_REVISION, CONFIG_DIGEST, CIST_ROOT_COST, CIST_PRIO,
                CIST_EXT, CIST_HW, CIST_HOPS, MSTI_FLAGS, MSTI_PRIORITY, MSTI_ID, MSTI_REGIONAL_ROOT_ID, MSTI_ROOT_HW,
                MSTI_ROOT_COST, MSTI_BRIDGE_ID, MSTI_BRIDGE_ID_PRIORITY, MSTI_BRIDGE_ID_MAC, MSTI_BRIDGE_PRIORITY,
                MSTI_PORT_PRIORITY, MSTI_PORT, MSTI_HOPS);
        r.fields(V4_LENGTH, AGREE_NUM, DAGREE_NUM, AGREE_VALID, RESTRICTED_ROLE, AGREEMENT_DIGEST, DIGEST_FORMAT_ID,
                DIGEST_FORMAT_CAPS, DIGEST_CONVENTION_ID, DIGEST_CONVENTION_CAPS, DIGEST_EDGE_COUNT);
        r.experts(EI_PVST_LENGTH_INVALID, EI_PVST_ORIGVLAN_MISSING, EI_PVST_TRUNCATED, EI_PVST_UNKNOWN,
                EI_VERSION_SUPPORT, EI_TYPE_UNKNOWN);
        r.dissector(NAME, BpduModule::dissect);
    }

    @Override
    public void handoff(Handoff h) {
        // packet-bpdu.c's other ways in: Ethertype 0x8181, Cisco's VLAN-bridge and RLQ PIDs as plain STP, and the
        // (Rapid) PVST+ PID, whose BPDUs end in TLVs (the originating VLAN)
        h.table(EthModule.ETHERTYPE_TABLE).add(0x8181, NAME, BpduModule::dissect);
        DissectorTable cisco = h.table(LlcModule.CISCO_PID_TABLE);
        for (int pid : new int[] {0x0108, 0x0109, 0x010c}) {
            cisco.add(pid, NAME, BpduModule::dissect);
        }
        cisco.add(0x010b, NAME, (tvb, ctx, parent) -> dissect(tvb, ctx, parent, true));
    }

    /** A BPDU at the start of {@code tvb}; returns the length packet-bpdu.c leaves its tvb (set_actual_length). */
    public static int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        return dissect(tvb, ctx, parent, false);
    }

    private static int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent, boolean pvst) {
        long dst = ctx.dlDst;
        if (dst >>> 8 == 0x0180c20000L && ((dst & 0xff) == 0x0d || (dst & 0xf0) == 0x20)) {
            ctx.put(Garp.class, new Garp((int) (dst & 0xff)));
            return tvb.capturedLength();
        }
        ctx.addProtocol(NAME);
        ctx.setCurrentProto("STP");
        int type = tvb.u8(3);
        int version = tvb.u8(2);
        if (type == TYPE_CONFIG || type == TYPE_RST) {
            // read for the Info column before any item is added: a BPDU cut short of its port shows no STP item
            tvb.ensure(4, 13);
            tvb.ensure(25, 2);
        }
        // proto_tree_add_protocol_format(…, -1): its text is the protocol's name, and -T fields prints it
        ProtoNode s = parent.addItem(STP, tvb, 0, tvb.capturedLength()).label(STP.name()).textGiven();
        s.add(PROTOCOL_ID, tvb, 0, 2, tvb.u16(0));
        ProtoNode versionItem = s.add(VERSION, tvb, 2, 1, version);
        if (version != 0 && (version < 2 || version > 4)) {
            Expert.add(ctx, versionItem, EI_VERSION_SUPPORT);
        }
        ProtoNode typeItem = s.add(TYPE, tvb, 3, 1, type);
        if (type == TYPE_TCN) {
            return actualLength(tvb, ctx, TCN_SIZE);
        }
        if (type != TYPE_CONFIG && type != TYPE_RST) {
            Expert.add(ctx, typeItem, EI_TYPE_UNKNOWN);
            return tvb.reportedLength();
        }
        tvb.ensure(17, 8);
        boolean rst = type == TYPE_RST;
        flags(s, FLAGS, "BPDU flags", tvb, 4, tvb.u8(4), rst, ctx);
        identifier(s, tvb, 5, "Root Identifier", ROOT_PRIO, ROOT_EXT, ROOT_HW, ctx);
        s.add(ROOT_COST, tvb, 13, 4, tvb.u32(13));
        identifier(s, tvb, 17, "Bridge Identifier", BRIDGE_PRIO, BRIDGE_EXT, BRIDGE_HW, ctx);
        s.add(PORT, tvb, 25, 2, tvb.u16(25));
        timer(s, tvb, 27, MSG_AGE);
        timer(s, tvb, 29, MAX_AGE);
        timer(s, tvb, 31, HELLO);
        timer(s, tvb, 33, FORWARD);
        if (!rst) {
            if (pvst) {
                pvstTlvs(s, tvb, ctx);
            }
            return actualLength(tvb, ctx, CONF_SIZE);
        }
        int v1Length = tvb.u8(35);
        s.add(VERSION_1_LENGTH, tvb, 35, 1, v1Length);
        if (version >= 3 && v1Length == 0 && tvb.reportedLength() >= MSTI_START) {
            return mst(s, tvb, ctx, version);
        }
        if (pvst) {
            pvstTlvs(s, tvb, ctx); // a Rapid PVST+ BPDU
        }
        return tvb.reportedLength();
    }

    /**
     * set_actual_length: the BPDU ends at {@code length} (what follows is the frame's trailer), never past the
     * bytes the tvb was given; also noted for the Ethertype layer, should this layer throw later.
     */
    private static int actualLength(ByteView tvb, PacketContext ctx, int length) {
        int actual = Math.min(length, tvb.reportedLength());
        if (ctx.networkLength < 0) {
            ctx.networkLength = actual;
        }
        return actual;
    }

    /**
     * Cisco's (R)PVST+ TLVs after the BPDU (from offset 36, even after a 35-byte configuration BPDU): the originating
     * VLAN, which every such BPDU must carry, and any other type as bytes.
     */
    private static void pvstTlvs(ProtoNode s, ByteView tvb, PacketContext ctx) {
        boolean origVlan = false;
        int off = PVST_TLV_START;
        if (tvb.reportedRemaining(off) < 4) {
            Expert.add(ctx, s, EI_PVST_TRUNCATED);
        }
        while (tvb.reportedRemaining(off) >= 4) {
            int type = tvb.u16(off);
            int length = tvb.u16(off + 2);
            tvb.ensure(off, 4 + length); // the subtree's bounds are checked as it is added
            String name = PVST_TLV_NAMES.get((long) type);
            ProtoNode t = s.addText(tvb, off, 4 + length, name != null ? name
                    : "Unknown TLV type: 0x" + FieldFormat.hexPadded(type, 4));
            t.add(PVST_TLV_TYPE, tvb, off, 2, type);
            ProtoNode lengthItem = t.add(PVST_TLV_LENGTH, tvb, off + 2, 2, length);
            off += 4;
            if (type == 0) {
                if (length == 2) {
                    int vlan = tvb.u16(off);
                    t.appendLabel(" (PVID): " + vlan);
                    t.add(PVST_ORIGVLAN, tvb, off, 2, vlan);
                    origVlan = true;
                } else {
                    Expert.add(ctx, lengthItem, EI_PVST_LENGTH_INVALID);
                }
            } else {
                t.addObj(PVST_TLV_VALUE, tvb, off, length, length == 0 ? "<MISSING>" : tvb.toArray(off, length));
                Expert.add(ctx, t, EI_PVST_UNKNOWN);
            }
            off += length;
        }
        if (!origVlan) {
            Expert.add(ctx, s, EI_PVST_ORIGVLAN_MISSING);
        }
    }

    /**
     * MSTP's part after the RSTP fields (IEEE 802.1Q-2005), and SPB's after it (IEEE 802.1aq, version 4): the version
     * 3 length, the MST configuration identifier, the CIST's internal cost, bridge and hops, then the MSTI records,
     * whose layout and total length packet-bpdu.c infers from the version 3 length and the configuration format
     * selector. Returns the BPDU's length as packet-bpdu.c sets it.
     */
    private static int mst(ProtoNode s, ByteView tvb, PacketContext ctx, int version) {
        int v3Length = tvb.u16(36);
        s.add(V3_LENGTH, tvb, 36, 2, v3Length);
        int selector = tvb.u8(38);
        MstiFormat format;
        int mstiLength;
        if (v3Length != 0) {
            format = MstiFormat.IEEE;
            // a length below the fixed part is taken for a count of records (Cisco's C3550 sends those)
            mstiLength = v3Length >= V3_STATIC_LENGTH ? v3Length - V3_STATIC_LENGTH : v3Length * MSTI_SIZE;
        } else if (tvb.reportedLength() == selector + 38 + 1) {
            // a zero length, and the selector byte counting what follows it: the alternative (pre-standard) format
            format = MstiFormat.ALTERNATIVE;
            mstiLength = selector - V3_STATIC_LENGTH;
        } else {
            format = MstiFormat.UNKNOWN;
            mstiLength = 0;
        }
        int actual = version == 3 ? actualLength(tvb, ctx, MSTI_START + mstiLength) : tvb.reportedLength();
        if (version == 3 && actual < tvb.reportedLength()) {
            // set_actual_length: what follows is read within the length the version 3 length gives, so a record
            // it cuts is malformed (a length 15 bytes past the fixed part holds no whole record)
            tvb = tvb.sliceReported(0, actual);
        }
        ProtoNode x = s.addText(tvb, 36, tvb.remaining(36), "MST Extension");
        x.add(CONFIG_FORMAT, tvb, 38, 1, selector);
        tvb.ensure(39, 32);
        x.addObj(CONFIG_NAME, tvb, 39, 32, tvb.asciiString(39, 32));
        x.add(CONFIG_REVISION, tvb, 71, 2, tvb.u16(71));
        x.addObj(CONFIG_DIGEST, tvb, 73, 16, tvb.toArray(73, 16));
        if (format == MstiFormat.IEEE) {
            x.add(CIST_ROOT_COST, tvb, 89, 4, tvb.u32(89));
            identifier(x, tvb, 93, "CIST Bridge Identifier", CIST_PRIO, CIST_EXT, CIST_HW, ctx);
        } else if (format == MstiFormat.ALTERNATIVE) {
            identifier(x, tvb, 89, "CIST Bridge Identifier", CIST_PRIO, CIST_EXT, CIST_HW, ctx);
            x.add(CIST_ROOT_COST, tvb, 97, 4, tvb.u32(97));
        }
        x.add(CIST_HOPS, tvb, 101, 1, tvb.u8(101));
        int off = MSTI_START;
        for (int left = mstiLength; left > 0; ) {
            if (format == MstiFormat.IEEE) {
                msti(x, tvb, off, ctx);
                left -= MSTI_SIZE;
                off += MSTI_SIZE;
            } else {
                altMsti(x, tvb, off, ctx);
                left -= ALT_MSTI_SIZE;
                off += ALT_MSTI_SIZE;
            }
        }
        if (version >= 4 && tvb.reportedLength() >= 106) {
            int at = MSTI_START + mstiLength;
            int v4Length = tvb.u16(at);
            s.add(V4_LENGTH, tvb, at, 2, v4Length);
            if (v4Length >= 53) {
                spt(s, tvb, at + 2, ctx);
                if (version == 4) {
                    actual = actualLength(tvb, ctx, at + 2 + v4Length);
                }
            }
        }
        return actual;
    }

    /** An MSTI configuration message of IEEE 802.1Q (16 bytes). */
    private static void msti(ProtoNode x, ByteView tvb, int off, PacketContext ctx) {
        tvb.ensure(off, MSTI_SIZE); // the record's subtree is added, bounds checked, before any of its items
        int id = tvb.u16(off + 1);
        long root = tvb.u48(off + 3);
        ProtoNode m = x.addText(tvb, off, MSTI_SIZE, ctx.labels() ? "MSTID " + (id & 0x0fff)
                + ", Regional Root Identifier " + (id & 0xf000) + " / " + FieldFormat.ether(root) : "MSTI");
        flags(m, MSTI_FLAGS, "MSTI flags", tvb, off, tvb.u8(off), true, ctx);
        m.add(MSTI_PRIORITY, tvb, off + 1, 1, id >> 12);
        m.add(MSTI_ID, tvb, off + 1, 2, id & 0x0fff);
        m.add(MSTI_ROOT_HW, tvb, off + 3, 6, root);
        m.add(MSTI_ROOT_COST, tvb, off + 9, 4, tvb.u32(off + 9));
        m.add(MSTI_BRIDGE_PRIORITY, tvb, off + 13, 1, tvb.u8(off + 13) >> 4);
        m.add(MSTI_PORT_PRIORITY, tvb, off + 14, 1, tvb.u8(off + 14) >> 4);
        m.add(MSTI_HOPS, tvb, off + 15, 1, tvb.u8(off + 15));
    }

    /**
     * An MSTI record of the alternative format (26 bytes: MSTID, flags, regional root, cost, bridge, port, hops);
     * its text line reads the MSTID from the regional root's identifier and covers 16 bytes, as packet-bpdu.c's does.
     */
    private static void altMsti(ProtoNode x, ByteView tvb, int off, PacketContext ctx) {
        tvb.ensure(off, MSTI_SIZE);
        int rootId = tvb.u16(off + 3);
        long root = tvb.u48(off + 5);
        ProtoNode m = x.addText(tvb, off, MSTI_SIZE, ctx.labels() ? "MSTID " + (rootId & 0x0fff)
                + ", Regional Root Identifier " + (rootId & 0xf000) + " / " + FieldFormat.ether(root) : "MSTI");
        m.add(MSTI_ID_ALT, tvb, off, 2, tvb.u16(off));
        flags(m, MSTI_FLAGS, "MSTI flags", tvb, off + 2, tvb.u8(off + 2), true, ctx);
        m.add(MSTI_PRIORITY, tvb, off + 3, 1, rootId >> 12);
        m.add(MSTI_REGIONAL_ROOT_ID, tvb, off + 3, 2, rootId);
        m.add(MSTI_ROOT_HW, tvb, off + 5, 6, root);
        m.add(MSTI_ROOT_COST, tvb, off + 11, 4, tvb.u32(off + 11));
        int bridge = tvb.u16(off + 15);
        m.add(MSTI_BRIDGE_ID, tvb, off + 15, 2, bridge & 0x0fff);
        m.add(MSTI_BRIDGE_ID_PRIORITY, tvb, off + 15, 2, bridge >> 12);
        m.add(MSTI_BRIDGE_ID_MAC, tvb, off + 17, 6, tvb.u48(off + 17));
        m.add(MSTI_PORT, tvb, off + 23, 2, tvb.u16(off + 23));
        m.add(MSTI_HOPS, tvb, off + 25, 1, tvb.u8(off + 25));
    }

    /**
     * SPB's SPT extension at {@code off} (after the version 4 length): the auxiliary MCID, then the agreement data
     * (agreement numbers and flags, digest format and convention, edge count, the digest).
     */
    private static void spt(ProtoNode s, ByteView tvb, int off, PacketContext ctx) {
        ProtoNode spt = s.addText(tvb, off, tvb.remaining(off), "SPT Extension");
        tvb.ensure(off, MCID_LENGTH);
        ProtoNode mcid = spt.addText(tvb, off, MCID_LENGTH, "MCID Data");
        // the same fields as the MST configuration identifier's, registered again under "SPT" names
        int selector = tvb.u8(off);
        mcid.add(CONFIG_FORMAT, tvb, off, 1, selector).label("SPT Config ID format selector: " + selector);
        tvb.ensure(off + 1, 32);
        String name = tvb.asciiString(off + 1, 32);
        mcid.addObj(CONFIG_NAME, tvb, off + 1, 32, name).label("SPT Config name: " + FieldFormat.formatText(name));
        int revision = tvb.u16(off + 33);
        mcid.add(CONFIG_REVISION, tvb, off + 33, 2, revision).label("SPT Config revision: " + revision);
        byte[] digest = tvb.toArray(off + 35, 16);
        mcid.addObj(CONFIG_DIGEST, tvb, off + 35, 16, digest).label("SPT Config digest: "
                + FieldFormat.hex(digest, 0, 16, (String) null));
        int at = off + MCID_LENGTH;
        int agree = tvb.u8(at);
        ProtoNode a = spt.addText(tvb, at, tvb.remaining(at), "Agreement Data (AN: " + (agree & 3) + ", DAN: "
                + (agree >> 2 & 3) + ")");
        a.add(AGREE_NUM, tvb, at, 1, agree & 3);
        a.add(DAGREE_NUM, tvb, at, 1, agree >> 2 & 3);
        a.add(AGREE_VALID, tvb, at, 1, agree >> 4 & 1);
        a.add(RESTRICTED_ROLE, tvb, at, 1, agree >> 5 & 1);
        int format = tvb.u8(at + 2);
        a.add(DIGEST_FORMAT_ID, tvb, at + 2, 1, format >> 4);
        a.add(DIGEST_FORMAT_CAPS, tvb, at + 2, 1, format & 0x0f);
        int convention = tvb.u8(at + 3);
        a.add(DIGEST_CONVENTION_ID, tvb, at + 3, 1, convention >> 4);
        a.add(DIGEST_CONVENTION_CAPS, tvb, at + 3, 1, convention & 0x0f);
        a.add(DIGEST_EDGE_COUNT, tvb, at + 4, 2, tvb.u16(at + 4));
        a.addObj(AGREEMENT_DIGEST, tvb, at + 14, 20, tvb.toArray(at + 14, 20));
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
