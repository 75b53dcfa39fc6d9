package org.jdissect.dissectors.llc;

import static java.util.Map.entry;
import static org.jdissect.api.field.FieldType.*;

import java.util.Map;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.Dissector;
import org.jdissect.api.dissect.DissectorTable;
import org.jdissect.api.dissect.Handoff;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.field.Base;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.data.DataModule;
import org.jdissect.dissectors.eth.EthFields;
import org.jdissect.dissectors.eth.EthModule;
import org.jdissect.dissectors.eth.Manuf;

/**
 * IEEE 802.2 LLC as Wireshark 4.0's packet-llc.c shows it: DSAP and SSAP with their SAP, group and response bits,
 * the control field decoded as packet-xdlc.c decodes it (U frames one byte, I and S frames two, little-endian), SNAP
 * (OUI and protocol ID; encapsulated Ethernet handed to the Ethertype table, the PID tables of vendors' OUIs named),
 * RFC 948 IP on SAP 0x06, and the basic-format XID ("Logical-Link Control Basic Format XID"). The Info column is built
 * from this tree by the summary's LLC columns.
 */
public final class LlcModule implements ProtocolModule {
    /** packet-llc.c's sap_vals: the names of whole SAP bytes (the group/response bit clear, but for a few). */
    public static final Map<Long, String> SAPS = Map.ofEntries(entry(0x00L, "NULL LSAP"), entry(0x01L, "NULL LSAP"),
            entry(0x02L, "LLC Sub-Layer Management"), entry(0x04L, "SNA Path Control"), entry(0x06L, "TCP/IP"),
            entry(0x08L, "SNA"), entry(0x0cL, "SNA"),
            entry(0x0eL, "PROWAY (IEC955) Network Management and Initialization"),
            entry(0x10L, "NetWare (unofficial?)"), entry(0x14L, "ISO Network Layer (OSLAN 1)"),
            entry(0x18L, "Texas Instruments"), entry(0x20L, "ISO Network Layer (unofficial?)"),
            entry(0x34L, "ISO Network Layer (unofficial?)"), entry(0x42L, "Spanning Tree BPDU"),
            entry(0x4eL, "EIA RS-511 Manufacturing Message Service"), entry(0x54L, "ISO Network Layer (OSLAN 2)"),
            entry(0x7eL, "ISO 8208 (X.25 over 802.2)"), entry(0x7fL, "ISO 802.2"), entry(0x80L, "XNS"),
            entry(0x82L, "BACnet"), entry(0x86L, "Nestar"),
            entry(0x8eL, "PROWAY (IEC955) Active Station List Maintenance"), entry(0x98L, "ARP"),
            entry(0xb4L, "HP JetDirect Printer"), entry(0xaaL, "SNAP"), entry(0xbaL, "Banyan Vines"),
            entry(0xbcL, "Banyan Vines"), entry(0xe0L, "NetWare"), entry(0xf0L, "NetBIOS"),
            entry(0xf4L, "IBM Net Management"), entry(0xf8L, "HP Extended LLC"), entry(0xfaL, "Ungermann-Bass"),
            entry(0xfcL, "Remote Program Load"), entry(0xfeL, "ISO Network Layer"), entry(0xffL, "Global LSAP"));
    private static final Map<Long, String> FRAME_TYPES = Map.of(0L, "Information frame", 1L, "Supervisory frame",
            3L, "Unnumbered frame");
    private static final Map<Long, String> S_TYPES = Map.of(0L, "Receiver ready", 1L, "Receiver not ready",
            2L, "Reject", 3L, "Selective reject");
    /** packet-xdlc.c's modifier_vals_cmd / _resp, keyed by the modifier bits shifted right by two. */
    private static final Map<Long, String> MODIFIERS_CMD = Map.ofEntries(entry(0x00L, "Unnumbered Information"),
            entry(0x08L, "Unnumbered Poll"), entry(0x10L, "Disconnect"), entry(0x18L, "Unnumbered Acknowledge"),
            entry(0x20L, "Set Normal Response Mode"), entry(0x38L, "Test"), entry(0x01L, "Set Initialization Mode"),
            entry(0x21L, "Frame reject"), entry(0x31L, "Configure"),
            entry(0x03L, "Set Asynchronous Response Mode"), entry(0x0bL, "Set Asynchronous Balanced Mode"),
            entry(0x13L, "Set Asynchronous Response Mode Extended"),
            entry(0x1bL, "Set Asynchronous Balanced Mode Extended"), entry(0x23L, "Reset"),
            entry(0x2bL, "Exchange identification"), entry(0x33L, "Set Normal Response Mode Extended"),
            entry(0x3bL, "Beacon"));
    private static final Map<Long, String> MODIFIERS_RESP = Map.ofEntries(entry(0x00L, "Unnumbered Information"),
            entry(0x08L, "Unnumbered Poll"), entry(0x10L, "Request Disconnect"),
            entry(0x18L, "Unnumbered Acknowledge"), entry(0x20L, "Set Normal Response Mode"), entry(0x38L, "Test"),
            entry(0x01L, "Request Initialization Mode"), entry(0x21L, "Frame reject"), entry(0x31L, "Configure"),
            entry(0x03L, "Disconnected mode"), entry(0x0bL, "Set Asynchronous Balanced Mode"),
            entry(0x13L, "Set Asynchronous Response Mode Extended"),
            entry(0x1bL, "Set Asynchronous Balanced Mode Extended"), entry(0x23L, "Reset"),
            entry(0x2bL, "Exchange identification"), entry(0x33L, "Set Normal Response Mode Extended"),
            entry(0x3bL, "Beacon"));
    /** The Info column's short U-frame names (modifier_short_vals_cmd / _resp), keyed by the unshifted bits. */
    private static final Map<Integer, String> SHORT_CMD = Map.ofEntries(entry(0x00, "UI"), entry(0x20, "UP"),
            entry(0x40, "DISC"), entry(0x60, "UA"), entry(0x80, "SNRM"), entry(0xe0, "TEST"), entry(0x04, "SIM"),
            entry(0x84, "FRMR"), entry(0xc4, "CFGR"), entry(0x0c, "SARM"), entry(0x2c, "SABM"),
            entry(0x4c, "SARME"), entry(0x6c, "SABME"), entry(0x8c, "RESET"), entry(0xac, "XID"),
            entry(0xcc, "SNRME"), entry(0xec, "BCN"));
    private static final Map<Integer, String> SHORT_RESP = Map.ofEntries(entry(0x00, "UI"), entry(0x20, "UP"),
            entry(0x40, "RD"), entry(0x60, "UA"), entry(0x80, "SNRM"), entry(0xe0, "TEST"), entry(0x04, "RIM"),
            entry(0x84, "FRMR"), entry(0xc4, "CFGR"), entry(0x0c, "DM"), entry(0x2c, "SABM"), entry(0x4c, "SARME"),
            entry(0x6c, "SABME"), entry(0x8c, "RESET"), entry(0xac, "XID"), entry(0xcc, "SNRME"),
            entry(0xec, "BCN"));
    private static final String[] S_SHORT = {"RR", "RNR", "REJ", "SREJ"};

    public static final FieldDef LLC = FieldDef.builder("llc", "Logical-Link Control", PROTOCOL).blurb("LLC").build();
    public static final FieldDef DSAP = FieldDef.builder("llc.dsap", "DSAP", UINT8).hex().names(SAPS)
            .blurb("Destination Service Access Point").build();
    static final FieldDef DSAP_SAP = FieldDef.builder("llc.dsap.sap", "SAP", UINT8).base(Base.CUSTOM).mask(0xfe, 8)
            .blurb("Service Access Point").build();
    static final FieldDef DSAP_IG = FieldDef.builder("llc.dsap.ig", "IG Bit", BOOLEAN).mask(0x01, 8)
            .trueFalse("Group", "Individual").blurb("Individual/Group").build();
    public static final FieldDef SSAP = FieldDef.builder("llc.ssap", "SSAP", UINT8).hex().names(SAPS)
            .blurb("Source Service Access Point").build();
    static final FieldDef SSAP_SAP = FieldDef.builder("llc.ssap.sap", "SAP", UINT8).base(Base.CUSTOM).mask(0xfe, 8)
            .blurb("Service Access Point").build();
    static final FieldDef SSAP_CR = FieldDef.builder("llc.ssap.cr", "CR Bit", BOOLEAN).mask(0x01, 8)
            .trueFalse("Response", "Command").blurb("Command/Response").build();
    public static final FieldDef CONTROL = FieldDef.builder("llc.control", "Control", UINT16).hex().build();
    static final FieldDef N_R = FieldDef.builder("llc.control.n_r", "N(R)", UINT16).mask(0xfe00, 16).build();
    static final FieldDef N_S = FieldDef.builder("llc.control.n_s", "N(S)", UINT16).mask(0x00fe, 16).build();
    // the U-frame registrations come first, so they are the ones `fields` lists (as tshark -G fields does)
    static final FieldDef POLL = FieldDef.builder("llc.control.p", "Poll", BOOLEAN).mask(0x10, 8).setNotSet().build();
    static final FieldDef POLL_EXT = POLL.variant(BOOLEAN, 0x0100, 16);
    static final FieldDef FINAL = FieldDef.builder("llc.control.f", "Final", BOOLEAN).mask(0x10, 8).setNotSet()
            .build();
    static final FieldDef FINAL_EXT = FINAL.variant(BOOLEAN, 0x0100, 16);
    static final FieldDef S_FTYPE = FieldDef.builder("llc.control.s_ftype", "Supervisory frame type", UINT16).hex()
            .mask(0x0c, 16).names(S_TYPES).build();
    static final FieldDef U_MODIFIER_CMD = FieldDef.builder("llc.control.u_modifier_cmd", "Command", UINT8).hex()
            .mask(0xec, 8).names(MODIFIERS_CMD).build();
    static final FieldDef U_MODIFIER_RESP = FieldDef.builder("llc.control.u_modifier_resp", "Response", UINT8)
            .hex().mask(0xec, 8).names(MODIFIERS_RESP).build();
    static final FieldDef FTYPE_I = FieldDef.builder("llc.control.ftype", "Frame type", UINT16).hex()
            .mask(0x01, 16).names(FRAME_TYPES).build();
    static final FieldDef FTYPE_S_U = FTYPE_I.variant(UINT8, 0x03, 8);
    static final FieldDef FTYPE_S_U_EXT = FTYPE_I.variant(UINT16, 0x03, 16);
    public static final FieldDef SNAP_TYPE = FieldDef.builder("llc.type", "Type", UINT16).hex()
            .names(EthFields.ETHERTYPES).build();
    /** FT_UINT24 BASE_OUI: a number to filters and outputs, "00:00:0c (vendor)" in the tree. */
    public static final FieldDef OUI = FieldDef.builder("llc.oui", "Organization Code", UINT24).base(Base.OUI)
            .build();
    public static final FieldDef PID = FieldDef.builder("llc.pid", "Protocol ID", UINT16).hex().build();

    /** The OUIs with a PID field (and dissector table) of their own, registered by other dissectors in 4.0. */
    private static final Map<Integer, FieldDef> OUI_PIDS = Map.ofEntries(
            entry(0x00000c, pid("llc.cisco_pid", "Protocol ID", Map.ofEntries(entry(0x0102L, "DRIP"),
                    entry(0x0104L, "PAgP"), entry(0x0105L, "MLS Hello"), entry(0x0108L, "RLQ BPDUs (request)"),
                    entry(0x0109L, "RLQ BPDUs (response)"), entry(0x010bL, "PVSTP+"), entry(0x010cL, "VLAN Bridge"),
                    entry(0x0111L, "UDLD"), entry(0x0139L, "MCP"), entry(0x2000L, "CDP"), entry(0x2001L, "CGMP"),
                    entry(0x2003L, "VTP"), entry(0x2004L, "DTP"), entry(0x200aL, "STP Uplink Fast")))),
            entry(0x00005e, pid("llc.iana_pid", "", Map.of(0x1L, "MARS Data Messages (short form)",
                    0x2L, "Reserved for future NHRP use", 0x3L, "MARS/NHRP Control Messages",
                    0x4L, "MARS Data Messages (long form)", 0x5L, "SCSP", 0x6L, "VRID", 0x7L, "L2TP",
                    0x8L, "VPN ID", 0x9L, "MSDP-GRE-Protocol Type"))),
            entry(0x000081, pid("llc.nortel_pid", "", Map.of(0x1a1L, "NDP flatnet hello",
                    0x1a2L, "NDP segment hello", 0x1a3L, "NDP bridge hello"))),
            entry(0x0001e8, pid("llc.force10_pid", "", Map.of(0x111L, "FEFD"))),
            entry(0x001090, pid("llc.cimetrics_pid", "", Map.of(0x1L, "U+4 MS/TP"))),
            entry(0x001958, pid("llc.bluetooth_pid", "Protocol ID", Map.of(0x1L, "AMP_U L2CAP ACL data",
                    0x2L, "AMP-C Activity Report", 0x3L, "AMP-C Security frames",
                    0x4L, "AMP-C Link supervision request", 0x5L, "AMP-C Link supervision reply"))),
            entry(0x004096, pid("llc.wlccp_pid", "", Map.of(0x0L, "WLCCP"))),
            entry(0x00e02b, pid("llc.extreme_pid", "", Map.of(0xbbL, "EDP"))),
            entry(0x00e052, pid("llc.foundry_pid", "", Map.of(0x2000L, "FDP"))),
            entry(0x080007, pid("llc.apple_atalk_pid", "Protocol ID", Map.of(0x809bL, "AppleTalk"))),
            entry(0x00805f, pid("llc.hpteam_pid", "", Map.of(0x2L, "HP Teaming heartbeat"))));

    public static final FieldDef BASICXID = FieldDef.builder("basicxid", "Logical-Link Control Basic Format XID",
            PROTOCOL).blurb("Basic Format XID").build();
    static final FieldDef XID_FORMAT = FieldDef.builder("basicxid.llc.xid.format", "XID Format", UINT8).hex()
            .names(Map.of(0x81L, "LLC basic format")).build();
    /** The LLC types of a basic XID (the low five bits; packet-llc.c's type_vals). */
    public static final Map<Long, String> XID_TYPE_NAMES = Map.of(1L, "Type 1 LLC (Class I LLC)", 2L, "Type 2 LLC",
            3L, "Type 1 and Type 2 LLCs (Class II LLC)", 4L, "Type 3 LLC", 5L, "Type 1 and Type 3 LLCs (Class III LLC)",
            6L, "Type 2 and Type 3 LLCs", 7L, "Type 1 and Type 2 and Type 3 LLCs (Class IV LLC)");
    static final FieldDef XID_TYPES = FieldDef.builder("basicxid.llc.xid.types", "LLC Types/Classes", UINT8).hex()
            .names(XID_TYPE_NAMES).build();
    static final FieldDef XID_WSIZE = FieldDef.builder("basicxid.llc.xid.wsize", "Receive Window Size", UINT8)
            .build();

    private static final int OUI_ENCAP_ETHER = 0x000000;
    private static final int OUI_CISCO_90 = 0x0000f8;
    private static final int OUI_CISCO = 0x00000c;
    private static final int OUI_IEEE_802_1 = 0x0080c2;
    private static final int BPID_BPDU = 0x000e;
    /** packet-llc.c's table of the protocols under Cisco's OUI (CDP, VTP, DTP, …), keyed by the SNAP PID. */
    public static final String CISCO_PID_TABLE = "llc.cisco_pid";
    private DissectorTable ciscoPids;
    private static final int U_XID = 0xac;

    private DissectorTable ethertype;
    private Dissector ip;
    private Dissector stp;

    private static FieldDef pid(String abbrev, String blurb, Map<Long, String> names) {
        return FieldDef.builder(abbrev, "PID", UINT16).hex().names(names).blurb(blurb).build();
    }

    @Override
    public String name() {
        return "llc";
    }

    @Override
    public void register(Registrar r) {
        r.fields(LLC, DSAP, DSAP_SAP, DSAP_IG, SSAP, SSAP_SAP, SSAP_CR, CONTROL, N_R, N_S, POLL, FINAL, S_FTYPE,
                U_MODIFIER_CMD, U_MODIFIER_RESP, FTYPE_I, SNAP_TYPE, OUI, PID);
        // by OUI, so that the registry (jdissect fields) lists them in one order; Map.of's iteration order changes
        // from run to run (tshark's own order varies too: it registers them from a hash table)
        r.fields(OUI_PIDS.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue)
                .toArray(FieldDef[]::new));
        r.fields(BASICXID, XID_FORMAT, XID_TYPES, XID_WSIZE);
        ciscoPids = r.table(CISCO_PID_TABLE, "Cisco OUI PID", 0xffff);
        r.dissector("llc", this::dissect);
    }

    @Override
    public void handoff(Handoff h) {
        ethertype = h.table(EthModule.ETHERTYPE_TABLE);
        // the Alteon/Netgear jumbo frames carry LLC (packet-llc.c's ETHERTYPE_JUMBO_LLC)
        ethertype.add(0x8870, "llc", this::dissect);
        ip = h.dissector("ip").orElse(null);
        stp = h.dissector("stp").orElse(null);
    }

    int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ctx.setCurrentProto("LLC");
        ctx.addProtocol("llc");
        // dissect_llc reads the DSAP before it adds its item, which runs to the end of the captured bytes
        int dsap = tvb.u8(0);
        ProtoNode l = parent.addItem(LLC, tvb, 0, tvb.capturedLength());
        sap(l, tvb, 0, dsap, DSAP, DSAP_SAP, DSAP_IG, ctx);
        int ssap = tvb.u8(1);
        sap(l, tvb, 1, ssap, SSAP, SSAP_SAP, SSAP_CR, ctx);
        boolean response = (ssap & 1) != 0;
        int control = control(l, tvb, response, ctx);
        int clen = (control & 3) == 3 ? 1 : 2;
        boolean snap = dsap == 0xaa && ssap == 0xaa;
        int header = 2 + clen + (snap ? 5 : 0);
        // the header's length, as far as the frame's captured bytes go (an 802.3 length that cuts LLC's own data
        // does not shorten it; a capture that cuts the SNAP header does): tshark 4.0's -T json -x
        l.setLength(Math.min(header, tvb.remainingIn(ctx.record().data(), 0)));
        boolean information = (control & 1) == 0 || control == 0x03;
        if (snap) {
            snap(tvb, 2 + clen, ctx, parent, l, control, information);
            return tvb.reportedLength();
        }
        if (tvb.reportedRemaining(header) <= 0) {
            return tvb.reportedLength();
        }
        ByteView next = tvb.tail(header);
        if (information) {
            // the llc.dsap table: of its entries, jdissect dissects RFC 948 IP and spanning tree BPDUs
            Dissector bySap = dsap == 0x06 ? ip : dsap == 0x42 ? stp : null;
            if (bySap == null || bySap.dissect(next, ctx, parent) == 0) {
                DataModule.dissect(next, ctx, parent);
            }
        } else if ((control & 0xef) == (U_XID | 3) && next.u8(0) == 0x81) {
            basicXid(next, ctx, parent);
        } else {
            DataModule.dissect(next, ctx, parent);
        }
        return tvb.reportedLength();
    }

    /** A SAP byte's item and its subtree: the SAP (the byte's upper seven bits, named as the byte) and the low bit. */
    private static void sap(ProtoNode l, ByteView tvb, int off, int b, FieldDef whole, FieldDef sapField,
                            FieldDef bit, PacketContext ctx) {
        ProtoNode item = l.add(whole, tvb, off, 1, b);
        ProtoNode sap = item.add(sapField, tvb, off, 1, (b & 0xfe) >> 1);
        if (ctx.labels()) {
            // BASE_CUSTOM (llc_sap_value): the name of the SAP with its low bit clear, "Unknown" if none
            String name = SAPS.get((long) (b & 0xfe));
            sap.label(FieldFormat.bitPattern(0xfe, (b & 0xfe) >> 1, 8) + " = SAP: "
                    + (name == null ? "Unknown" : name));
        }
        item.add(bit, tvb, off, 1, b & 1);
    }

    /**
     * packet-xdlc.c's dissect_xdlc_control in extended operation: a U frame's control is one byte, an I or S frame's
     * two (read little-endian). Returns the control value.
     */
    private static int control(ProtoNode l, ByteView tvb, boolean response, PacketContext ctx) {
        int first = tvb.u8(2);
        int len = (first & 3) == 3 ? 1 : 2;
        int control = len == 1 ? first : tvb.u16le(2);
        ProtoNode c = l.add(CONTROL, tvb, 2, len, control);
        if (ctx.labels()) {
            c.label("Control field: " + controlInfo(control, response) + " (0x"
                    + FieldFormat.hexPadded(control, 2 * len).toUpperCase(java.util.Locale.ROOT) + ")");
        }
        switch (first & 3) {
            case 3 -> {
                if ((control & 0x10) != 0) {
                    c.add(response ? FINAL : POLL, tvb, 2, 1, 1);
                }
                c.add(response ? U_MODIFIER_RESP : U_MODIFIER_CMD, tvb, 2, 1, (control & 0xec) >> 2);
                c.add(FTYPE_S_U, tvb, 2, 1, 3);
            }
            case 1 -> {
                c.add(N_R, tvb, 2, 2, (control & 0xfe00) >> 9);
                if ((control & 0x100) != 0) {
                    c.add(response ? FINAL_EXT : POLL_EXT, tvb, 2, 2, 1);
                }
                c.add(S_FTYPE, tvb, 2, 2, (control & 0x0c) >> 2);
                c.add(FTYPE_S_U_EXT, tvb, 2, 2, 1);
            }
            default -> {
                c.add(N_R, tvb, 2, 2, (control & 0xfe00) >> 9);
                c.add(N_S, tvb, 2, 2, (control & 0xfe) >> 1);
                if ((control & 0x100) != 0) {
                    c.add(POLL_EXT, tvb, 2, 2, 1);
                }
                c.add(FTYPE_I, tvb, 2, 2, 0);
            }
        }
        return control;
    }

    /**
     * What packet-xdlc.c puts in the Info column for a control field (extended operation): "U P, func=XID",
     * "S F, func=REJ, N(R)=5", "I P, N(R)=5, N(S)=2" (an I frame's bit is always "P").
     */
    public static String controlInfo(int control, boolean response) {
        switch (control & 3) {
            case 3 -> {
                String mod = (response ? SHORT_RESP : SHORT_CMD).get(control & 0xec);
                return "U" + pollFinal((control & 0x10) != 0, response) + ", func=" + (mod == null ? "Unknown" : mod);
            }
            case 1 -> {
                return "S" + pollFinal((control & 0x100) != 0, response) + ", func=" + S_SHORT[(control >> 2) & 3]
                        + ", N(R)=" + ((control & 0xfe00) >> 9);
            }
            default -> {
                return "I" + ((control & 0x100) != 0 ? " P" : "") + ", N(R)=" + ((control & 0xfe00) >> 9)
                        + ", N(S)=" + ((control & 0xfe) >> 1);
            }
        }
    }

    private static String pollFinal(boolean set, boolean response) {
        return set ? (response ? " F" : " P") : "";
    }

    /** packet-llc.c's dissect_snap: the PID is read first, so a SNAP header cut short adds no OUI item. */
    private void snap(ByteView tvb, int off, PacketContext ctx, ProtoNode parent, ProtoNode l, int control,
                      boolean information) {
        int etype = tvb.u16(off + 3);
        int oui = tvb.u24(off);
        ProtoNode o = l.add(OUI, tvb, off, 3, oui);
        if (ctx.labels()) {
            o.label("Organization Code: " + ouiText(oui));
        }
        ByteView next = tvb.tail(off + 5);
        if (oui == OUI_ENCAP_ETHER || oui == OUI_CISCO_90) {
            if (information) {
                l.add(SNAP_TYPE, tvb, off + 3, 2, etype);
                // Wireshark looks the Ethertype up itself here: no "ethertype" layer
                Dissector d = ethertype.get(etype);
                if (d == null || d.dissect(next, ctx, parent) == 0) {
                    DataModule.dissect(next, ctx, parent);
                }
            } else {
                DataModule.dissect(next, ctx, parent);
            }
            return;
        }
        FieldDef pidField = OUI_PIDS.getOrDefault(oui, PID);
        l.add(pidField, tvb, off + 3, 2, etype);
        // an OUI's own PID table is tried for information frames only, as packet-llc.c's dissect_snap does; under
        // the IEEE 802.1 OUI a BPDU (PID 0x000e) goes to the spanning tree dissector whatever the frame (the bridged
        // Ethernet, Token Ring and FDDI frames of RFC 2684 are not dissected: data)
        Dissector d = oui == OUI_CISCO && information ? ciscoPids.get(etype)
                : oui == OUI_IEEE_802_1 && etype == BPID_BPDU ? stp : null;
        if (d == null || d.dissect(next, ctx, parent) == 0) {
            DataModule.dissect(next, ctx, parent);
        }
    }

    /**
     * BASE_OUI's text: the OUI, then the vendor's name from Wireshark's manuf file in parentheses; the whole value
     * cut to the 31 characters of proto.c's buffer (so a long name loses its closing parenthesis).
     */
    public static String ouiText(int oui) {
        String hex = String.format("%02x:%02x:%02x", oui >> 16 & 0xff, oui >> 8 & 0xff, oui & 0xff);
        String vendor = Manuf.vendor(oui);
        String text = vendor == null ? hex : hex + " (" + vendor + ")";
        return text.length() > 31 ? text.substring(0, 31) : text;
    }

    /** packet-llc.c's dissect_basicxid, called directly (so not a layer of frame.protocols, and LLC if it throws). */
    private static void basicXid(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ProtoNode x = parent.addItem(BASICXID, tvb, 0, tvb.reportedLength());
        x.add(XID_FORMAT, tvb, 0, 1, tvb.u8(0));
        x.add(XID_TYPES, tvb, 1, 1, tvb.u8(1) & 0x1f);
        x.add(XID_WSIZE, tvb, 2, 1, (tvb.u8(2) & 0xfe) >> 1);
    }
}
