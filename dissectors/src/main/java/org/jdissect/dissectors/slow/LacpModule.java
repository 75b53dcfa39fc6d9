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
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;

/**
 * The Link Aggregation Control Protocol (Slow Protocols subtype 1, IEEE 802.1AX) as Wireshark 4.0's packet-lacp.c
 * shows it: version, the actor and partner information TLVs (system priority and ID, key, port priority and port,
 * the state bits and their one-letter summary), the collector TLV, version 2 TLVs up to the terminator, the pad to
 * the 110-byte LACPDU, HP's IRF tail; Avaya's vLACP variant (an extra subtype byte). Bytes after a LACPDU that are
 * not HP's are left to the frame's trailer.
 */
public final class LacpModule implements ProtocolModule {
    public static final String NAME = "lacp";
    private static final int VLACP_MAGIC_LACP = 0x01010114;
    private static final int VLACP_MAGIC_MARKER = 0x02010114;
    /** The LACPDU's fixed size after the subtype byte (128 bytes less the subtype, the Ethernet header and FCS). */
    private static final int LACPDU_END = 128 - 1 - 18;

    static final FieldDef LACP = FieldDef.builder(NAME, "Link Aggregation Control Protocol", PROTOCOL).blurb("Link Aggregation Control Protocol").build();
    static final FieldDef VLACP_SUBTYPE = FieldDef.builder("lacp.vlacp_subtype", "vLACP subtype", UINT8)
            .blurb("Avaya vlacp unused lacp subtype byte").build();
    static final FieldDef VERSION = FieldDef.builder("lacp.version", "LACP Version", UINT8).hex().build();
    static final FieldDef TLV_TYPE = FieldDef.builder("lacp.tlv_type", "TLV Type", UINT8).hex()
            .names(Map.of(0L, "Terminator", 1L, "Actor Information", 2L, "Partner Information",
                    3L, "Collector Information")).build();
    static final FieldDef TLV_LENGTH = FieldDef.builder("lacp.tlv_length", "TLV Length", UINT8).hex().build();
    static final Side ACTOR = new Side("actor", "Actor", "Actor System ID", "Actor System Priority", "Actor Key",
            "Actor Port Priority", "Actor Port", null);
    static final Side PARTNER = new Side("partner", "Partner", "Partner System", "Partner System Priority",
            "Partner Key", "Partner Port Priority", "Partner Port",
            "The port number associated with this link assigned to the port by the Partner (via Management or Admin)");
    static final FieldDef COLLECTOR_MAX_DELAY = FieldDef.builder("lacp.collector.max_delay", "Collector Max Delay",
            UINT16).blurb("The max delay of the station sending the LACPDU (in tens of usecs)").build();
    static final FieldDef COLLECTOR_RESERVED = FieldDef.builder("lacp.coll_reserved", "Reserved", BYTES).build();
    static final FieldDef PAD = FieldDef.builder("lacp.pad", "Pad", BYTES).build();
    static final FieldDef VENDOR = FieldDef.builder("lacp.vendor", "Unknown vendor", BYTES)
            .blurb("Some extra bytes (Vendor Specific ?)").build();
    /** FT_UINT16 over one byte, as packet-lacp.c registers and adds it. */
    static final FieldDef HP_LENGTH = FieldDef.builder("lacp.vendor.hp.length", "Length", UINT16)
            .blurb("The length of HP TLV").build();
    static final FieldDef HP_IRF_DOMAIN = FieldDef.builder("lacp.vendor.hp.irf_domain", "IRF Domain", UINT16).build();
    static final FieldDef HP_IRF_MAC = FieldDef.builder("lacp.vendor.hp.irf_mac", "IRF MAC", ETHER).build();
    static final FieldDef HP_IRF_SWITCH = FieldDef.builder("lacp.vendor.hp.irf_switch", "IRF Switch", UINT16)
            .blurb("Number of switch on the IRF stack").build();
    static final FieldDef HP_IRF_PORT = FieldDef.builder("lacp.vendor.hp.irf_port", "IRF Port", UINT16)
            .blurb("Stack ID where the LACP is attached").build();
    static final FieldDef HP_UNKNOWN = FieldDef.builder("lacp.vendor.hp.unknown", "Unknown", BYTES).build();

    static final ExpertDef EI_WRONG_TYPE = ExpertDef.of("lacp.wrong_tlv_type", ExpertGroup.MALFORMED,
            ExpertSeverity.ERROR, "TLV is not expected type");
    static final ExpertDef EI_WRONG_LENGTH = ExpertDef.of("lacp.wrong_tlv_length", ExpertGroup.MALFORMED,
            ExpertSeverity.ERROR, "TLV is not expected length");

    /** The fields of the actor's or the partner's information TLV, which differ only in their names. */
    record Side(String key, String title, FieldDef priority, FieldDef system, FieldDef systemKey,
                FieldDef portPriority, FieldDef port, FieldDef state, FieldDef stateText, FieldDef[] stateBits,
                FieldDef reserved) {
        Side(String key, String title, String systemName, String priorityName, String keyName,
             String portPriorityName, String portName, String portBlurb) {
            this(key, title,
                    FieldDef.builder("lacp." + key + ".sys_priority", priorityName, UINT16).build(),
                    FieldDef.builder("lacp." + key + ".sysid", systemName, ETHER).build(),
                    FieldDef.builder("lacp." + key + ".key", keyName, UINT16).build(),
                    FieldDef.builder("lacp." + key + ".port_priority", portPriorityName, UINT16).build(),
                    portBlurb == null ? FieldDef.builder("lacp." + key + ".port", portName, UINT16).build()
                            : FieldDef.builder("lacp." + key + ".port", portName, UINT16).blurb(portBlurb).build(),
                    FieldDef.builder("lacp." + key + ".state", title + " State", UINT8).hex().build(),
                    FieldDef.builder("lacp." + key + ".state_str", title + " State Flags", STRING).build(),
                    bitsOf(key),
                    FieldDef.builder("lacp." + key + ".reserved", "Reserved", BYTES).build());
        }

        FieldDef[] fields() {
            FieldDef[] all = new FieldDef[8 + stateBits.length];
            FieldDef[] head = {priority, system, systemKey, portPriority, port, state, stateText, reserved};
            System.arraycopy(head, 0, all, 0, head.length);
            System.arraycopy(stateBits, 0, all, head.length, stateBits.length);
            return all;
        }
    }

    private static FieldDef[] bitsOf(String key) {
        String p = "lacp." + key + ".state.";
        String defaulted = "1 = Actor Rx machine is using DEFAULT Partner info, 0 = using info in Rx'd LACPDU";
        return new FieldDef[] {
            bit(p + "activity", "LACP Activity", 0x01, "Active", "Passive", null),
            bit(p + "timeout", "LACP Timeout", 0x02, "Short Timeout", "Long Timeout", null),
            bit(p + "aggregation", "Aggregation", 0x04, "Aggregatable", "Individual", null),
            bit(p + "synchronization", "Synchronization", 0x08, "In Sync", "Out of Sync", null),
            bit(p + "collecting", "Collecting", 0x10, "Enabled", "Disabled", null),
            bit(p + "distributing", "Distributing", 0x20, "Enabled", "Disabled", null),
            bit(p + "defaulted", "Defaulted", 0x40, "Yes", "No", defaulted),
            bit(p + "expired", "Expired", 0x80, "Yes", "No", null),
        };
    }

    private static FieldDef bit(String abbrev, String name, int mask, String yes, String no, String blurb) {
        FieldDef.Builder b = FieldDef.builder(abbrev, name, BOOLEAN).mask(mask, 8).trueFalse(yes, no);
        return (blurb == null ? b : b.blurb(blurb)).build();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void register(Registrar r) {
        r.fields(LACP, VLACP_SUBTYPE, VERSION, TLV_TYPE, TLV_LENGTH);
        r.fields(ACTOR.fields());
        r.fields(PARTNER.fields());
        r.fields(COLLECTOR_MAX_DELAY, COLLECTOR_RESERVED, PAD, VENDOR, HP_LENGTH, HP_IRF_DOMAIN, HP_IRF_MAC,
                HP_IRF_SWITCH, HP_IRF_PORT, HP_UNKNOWN);
        r.experts(EI_WRONG_TYPE, EI_WRONG_LENGTH);
        r.dissector(NAME, LacpModule::dissect);
    }

    @Override
    public void handoff(Handoff h) {
        h.table(SlowModule.SUBTYPE_TABLE).add(1, NAME, LacpModule::dissect);
    }

    /** A LACPDU after the Slow Protocols subtype; returns the bytes it claims (the rest is the frame's trailer). */
    static int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ctx.addProtocol(NAME);
        ctx.setCurrentProto("Link Aggregation Control Protocol");
        int detect = (int) tvb.u32(0);
        boolean vlacp = detect == VLACP_MAGIC_LACP || detect == VLACP_MAGIC_MARKER;
        ProtoNode l = parent.addItem(LACP, tvb, 0, tvb.capturedLength())
                .label(vlacp ? "Virtual Link Aggregation Control Protocol" : LACP.name()).textGiven();
        int off = 0;
        if (vlacp) {
            l.add(VLACP_SUBTYPE, tvb, 0, 1, tvb.u8(0));
            off = 1;
        }
        l.add(VERSION, tvb, off, 1, tvb.u8(off));
        off = information(l, tvb, off + 1, ACTOR, 1, ctx);
        off = information(l, tvb, off, PARTNER, 2, ctx);
        off = expectTlv(l, tvb, off, 3, 16, ctx);
        l.add(COLLECTOR_MAX_DELAY, tvb, off, 2, tvb.u16(off));
        l.addObj(COLLECTOR_RESERVED, tvb, off + 2, 12, tvb.toArray(off + 2, 12));
        off += 14;
        // version 2 TLVs, skipped by their lengths up to the terminator
        int type = tvb.u8(off);
        l.add(TLV_TYPE, tvb, off, 1, type);
        int length = tvb.u8(off + 1);
        ProtoNode lengthItem = l.add(TLV_LENGTH, tvb, off + 1, 1, length);
        off += 2;
        while (type != 0 && length >= 2) {
            off += length - 2;
            type = tvb.u8(off);
            l.add(TLV_TYPE, tvb, off, 1, type);
            length = tvb.u8(off + 1);
            lengthItem = l.add(TLV_LENGTH, tvb, off + 1, 1, length);
            off += 2;
        }
        if (length != 0) {
            Expert.add(ctx, lengthItem, EI_WRONG_LENGTH);
        }
        if (off < LACPDU_END) {
            tvb.ensure(off, LACPDU_END - off);
            l.addObj(PAD, tvb, off, LACPDU_END - off, tvb.toArray(off, LACPDU_END - off));
            off = LACPDU_END;
        }
        int rest = tvb.reportedRemaining(off);
        if (rest == 0) {
            return tvb.capturedLength();
        }
        if (rest > 2 && tvb.u8(off) == 0x64 && rest - 2 == tvb.u8(off + 1)) {
            hpIrf(l, tvb, off, rest);
            return tvb.capturedLength();
        }
        // not HP's: left unclaimed (it may be the Ethernet trailer), the LACP item ends where the LACPDU does
        int actual = Math.min(tvb.capturedLength() - rest, tvb.capturedLength());
        l.setLength(Math.max(0, actual));
        return Math.max(0, actual);
    }

    /**
     * A TLV's type and length, each checked against what this place of the LACPDU expects; returns the offset
     * after them.
     */
    private static int expectTlv(ProtoNode l, ByteView tvb, int off, int type, int length, PacketContext ctx) {
        int t = tvb.u8(off);
        ProtoNode typeItem = l.add(TLV_TYPE, tvb, off, 1, t);
        int n = tvb.u8(off + 1);
        ProtoNode lengthItem = l.add(TLV_LENGTH, tvb, off + 1, 1, n);
        if (t != type) {
            Expert.add(ctx, typeItem, EI_WRONG_TYPE);
        }
        if (n != length) {
            Expert.add(ctx, lengthItem, EI_WRONG_LENGTH);
        }
        return off + 2;
    }

    /** The actor's or partner's information TLV at {@code off}; returns the offset after it. */
    private static int information(ProtoNode l, ByteView tvb, int off, Side side, int type, PacketContext ctx) {
        off = expectTlv(l, tvb, off, type, 20, ctx);
        l.add(side.priority(), tvb, off, 2, tvb.u16(off));
        l.add(side.system(), tvb, off + 2, 6, tvb.u48(off + 2));
        l.add(side.systemKey(), tvb, off + 8, 2, tvb.u16(off + 8));
        l.add(side.portPriority(), tvb, off + 10, 2, tvb.u16(off + 10));
        l.add(side.port(), tvb, off + 12, 2, tvb.u16(off + 12));
        int state = tvb.u8(off + 14);
        ProtoNode s = l.add(side.state(), tvb, off + 14, 1, state);
        StringBuilder label = ctx.labels() ? new StringBuilder(side.title()).append(" State: 0x")
                .append(FieldFormat.hexPadded(state, 2)) : null;
        for (FieldDef b : side.stateBits()) {
            int set = (state & (int) b.bitmask()) != 0 ? 1 : 0;
            s.add(b, tvb, off + 14, 1, set);
            if (label != null && set != 0) {
                label.append(", ").append(b.name()); // BMT_NO_TFS|BMT_NO_FALSE: the names of the bits set
            }
        }
        if (label != null) {
            s.label(label.toString());
        }
        l.addObj(side.stateText(), tvb, off + 14, 1, stateLetters(state)).generated();
        l.addObj(side.reserved(), tvb, off + 15, 3, tvb.toArray(off + 15, 3));
        return off + 18;
    }

    /** lacp_state_flags_to_str: "EFDCSGSA", each bit from the highest, '*' where clear. */
    public static String stateLetters(int state) {
        String letters = "EFDCSGSA";
        char[] out = new char[8];
        for (int i = 0; i < 8; i++) {
            out[i] = (state >> (7 - i) & 1) != 0 ? letters.charAt(i) : '*';
        }
        return new String(out);
    }

    /** HP's IRF MAD tail after the LACPDU: 0x64, its length, then domain, MAC, switch and port. */
    private static void hpIrf(ProtoNode l, ByteView tvb, int off, int rest) {
        tvb.ensure(off, rest);
        l.addObj(VENDOR, tvb, off, rest, tvb.toArray(off, rest));
        l.addObj(HP_UNKNOWN, tvb, off, 1, tvb.toArray(off, 1));
        l.add(HP_LENGTH, tvb, off + 1, 1, tvb.u8(off + 1));
        l.addObj(HP_UNKNOWN, tvb, off + 2, 2, tvb.toArray(off + 2, 2));
        l.add(HP_IRF_DOMAIN, tvb, off + 4, 2, tvb.u16(off + 4));
        l.add(HP_IRF_MAC, tvb, off + 6, 6, tvb.u48(off + 6));
        l.addObj(HP_UNKNOWN, tvb, off + 12, 8, tvb.toArray(off + 12, 8));
        l.add(HP_IRF_SWITCH, tvb, off + 20, 2, tvb.u16(off + 20));
        l.add(HP_IRF_PORT, tvb, off + 22, 2, tvb.u16(off + 22));
        l.addObj(HP_UNKNOWN, tvb, off + 24, 2, tvb.toArray(off + 24, 2));
    }
}
