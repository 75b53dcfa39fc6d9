package org.jdissect.dissectors.lldp;

import static org.jdissect.dissectors.lldp.LldpFields.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdissect.api.bytes.BoundsException;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.Handoff;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.expert.ExpertDef;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.common.StringItems;
import org.jdissect.dissectors.eth.EthModule;
import org.jdissect.dissectors.eth.Manuf;
import org.jdissect.dissectors.llc.LlcModule;

/**
 * The Link Layer Discovery Protocol (IEEE 802.1AB, Ethertype 0x88cc) as Wireshark 4.0's packet-lldp.c shows it: the
 * three mandatory TLVs first (a wrong one ends the dissection with "Invalid … TLV"), then the optional ones up to the
 * End TLV: port description, system name and description, capabilities, management addresses, unknown types, and
 * organizationally specific TLVs, of which the IEEE 802.1 (VLANs, protocol identity, link aggregation, congestion
 * notification, ETS, PFC, application priority), IEEE 802.3 (MAC/PHY, power via MDI, link aggregation, maximum frame
 * size, EEE, 802.3br preemption), TIA LLDP-MED and IANA (MUD URL) ones are decoded and other OUIs shown as a subtype
 * and bytes. Not decoded as packet-lldp.c does them: DCBX, 802.3bt's power fields, 802.1Qbg, PROFINET, Cisco, Avaya,
 * Extreme, Hytec, ONOS and ODVA TLVs.
 *
 * <p>Two of packet-lldp.c's habits show in every capture: the End TLV (and a repeated mandatory TLV) cut the LLDP
 * data one byte before the TLV ({@code set_actual_length(tvb, offset + -1)}), so Ethernet shows that byte and the TLV
 * as its trailer; and a TLV's data is read from a view of its stated length, so a length past the frame is "length
 * of contained item exceeds length of containing item".
 */
public final class LldpModule implements ProtocolModule {
    public static final String NAME = "lldp";
    static final int ETHERTYPE = 0x88cc;

    static final int END = 0;
    static final int CHASSIS = 1;
    static final int PORT = 2;
    static final int TTL = 3;
    static final int PORT_DESCRIPTION = 4;
    static final int SYSTEM_NAME_TLV = 5;
    static final int SYSTEM_DESCRIPTION = 6;
    static final int CAPABILITIES = 7;
    static final int MANAGEMENT = 8;
    static final int ORGANIZATION = 127;

    static final int OUI_IEEE_802_1 = 0x0080c2;
    static final int OUI_IEEE_802_3 = 0x00120f;
    static final int OUI_IANA = 0x00005e;
    static final int OUI_TIA = 0x0012bb;

    /**
     * What packet-lldp.c writes in the Info column, which the tree does not hold whole (the identifiers' text is
     * formatted otherwise there): the summary reads it from the packet context.
     */
    public static final class Info {
        private final StringBuilder text = new StringBuilder();

        void append(String s) {
            text.append(s);
        }

        void set(String s) {
            text.setLength(0);
            text.append(s);
        }

        public String text() {
            return text.toString();
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void register(Registrar r) {
        r.fields(LLDP, TLV_TYPE, TLV_LEN, SYSTEM_CAP, ENABLED_CAP, SYSTEM_NAME, SYSTEM_DESC, CHASSIS_SUBTYPE,
                CHASSIS_ID, CHASSIS_ID_MAC, CHASSIS_ID_IP4, CHASSIS_ID_IP6, PORT_SUBTYPE, PORT_ID, PORT_DESC,
                PORT_ID_MAC, NETWORK_FAMILY, PORT_ID_IP4, PORT_ID_IP6, TIME_TO_LIVE, MGN_ADDRESS_LEN,
                MGN_ADDRESS_SUBTYPE, MGN_ADDR_IP4, MGN_ADDR_IP6, MGN_ADDR_HEX, MGN_INTERFACE_SUBTYPE,
                MGN_INTERFACE_NUMBER, MGN_OID_LEN, MGN_OID, OUI, UNKNOWN_SUBTYPE, UNKNOWN_CONTENT);
        r.fields(SYSTEM_CAP_BITS);
        r.fields(ENABLED_CAP_BITS);
        r.fields(DOT1_SUBTYPE, DOT1_PPVID_FLAGS, DOT1_PPVID_SUPPORTED, DOT1_PPVID_ENABLED, DOT1_PORT_VLAN_ID,
                DOT1_PPVID, DOT1_VLAN_ID, DOT1_VLAN_NAME_LEN, DOT1_VLAN_NAME, DOT1_PROTO_ID_LEN, DOT1_PROTO_ID,
                DOT1_AGG_STATUS, DOT1_AGG_CAP, DOT1_AGG_ENABLED, DOT1_AGG_PORTTYPE, DOT1_AGG_PORT_ID);
        r.fields(DOT3_SUBTYPE, DOT3_AUTONEG, DOT3_AUTONEG_SUPPORTED, DOT3_AUTONEG_ENABLED, DOT3_ADVERTISED,
                DOT3_MAU_TYPE, DOT3_MDI_SUPPORT, DOT3_MDI_PORT_CLASS, DOT3_MDI_SUPPORTED, DOT3_MDI_ENABLED,
                DOT3_MDI_PAIRS, DOT3_MDI_PSE_PAIR, DOT3_MDI_CLASS, DOT3_MDI_TYPE, DOT3_MDI_SOURCE, DOT3_MDI_PRIORITY,
                DOT3_MDI_REQUESTED, DOT3_MDI_ALLOCATED, DOT3_AGG_STATUS, DOT3_AGG_CAP, DOT3_AGG_ENABLED,
                DOT3_AGG_PORT_ID, DOT3_MAX_FRAME);
        r.fields(DOT3_ADVERTISED_BITS);
        r.fields(DOT3_ADVERTISED_INV_BITS);
        r.fields(DOT3_EEE);
        r.fields(DOT3BR_AEC);
        r.fields(DOT3BR_AEC_BITS);
        r.fields(MED_SUBTYPE, MED_CAPS, MED_CLASS, MED_APP_TYPE, MED_POLICY, MED_TAGGED, MED_VLAN, MED_L2_PRIO,
                MED_DSCP, MED_LOC_FORMAT, MED_LAT_RES, MED_LAT, MED_LONG_RES, MED_LONG, MED_ALT_TYPE, MED_ALT_RES,
                MED_ALT, MED_DATUM, MED_LCI_LEN, MED_WHAT, MED_COUNTRY, MED_CA_TYPE, MED_CA_VALUE, MED_ECS,
                MED_POWER_TYPE, MED_POWER_SOURCE, MED_POWER_PRIO, MED_POWER_VALUE);
        r.fields(MED_CAP_BITS);
        r.fields(MED_INVENTORY);
        r.fields(DOT1_CNPV);
        r.fields(DOT1_READY);
        r.fields(DCB_WILLING, ETS_CBS, ETS_MAXTCS, PG_RESERVED, PFC_MBC, PFC_NUMTCS, APP_RESERVED, APP_PRIO,
                APP_SELECTOR, APP_PROTO, IANA_SUBTYPE, IANA_MUDURL);
        r.fields(PGID);
        r.fields(PG_PERCENT);
        r.fields(ETS_TSA);
        r.fields(PFC_PRIO);
        r.experts(EI_BAD_LENGTH, EI_EXCESS_LENGTH, EI_BAD_TYPE, EI_DEPRECATED);
    }

    @Override
    public void handoff(Handoff h) {
        h.table(EthModule.ETHERTYPE_TABLE).add(ETHERTYPE, NAME, LldpModule::dissect);
    }

    /**
     * One TLV: its type and stated length, and a view of its header and data as long as stated or, when that runs
     * past the LLDPDU ({@code contained}), as the LLDPDU allows.
     */
    private record Tlv(ByteView v, int type, int len, boolean contained) {
        static Tlv at(ByteView tvb, int off) {
            int h = tvb.u16(off);
            int len = h & 0x1ff;
            int room = tvb.reportedRemaining(off);
            return new Tlv(tvb.sliceReported(off, Math.min(len + 2, room)), h >> 9, len, len + 2 > room);
        }

        /** The TLV's item covers its stated length: adding it fails as reading those bytes would. */
        void ensureWhole() {
            v.ensure(0, len + 2);
        }
    }

    @FunctionalInterface
    private interface Body {
        int run(Tlv t);
    }

    /**
     * Runs {@code body} on {@code t}: a read past a TLV whose length runs past the LLDPDU is Wireshark's
     * ContainedBoundsError, not a malformed packet.
     */
    private static int guarded(Tlv t, Body body) {
        try {
            return body.run(t);
        } catch (BoundsException e) {
            if (t.contained && e.kind() == BoundsException.Kind.MALFORMED) {
                throw BoundsException.CONTAINED;
            }
            throw e;
        }
    }

    /** dissect_lldp: returns the bytes LLDP keeps (the rest is Ethernet's trailer). */
    static int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ctx.addProtocol(NAME);
        ctx.setCurrentProto("LLDP");
        Info info = new Info();
        ctx.put(Info.class, info);
        ProtoNode l = parent.addItem(LLDP, tvb, 0, tvb.capturedLength());
        int off = 0;
        Tlv t = Tlv.at(tvb, off);
        int r = guarded(t, x -> chassis(x, ctx, l, info));
        if (r < 0) {
            info.set("Invalid Chassis ID TLV");
            return tvb.capturedLength();
        }
        off += r;
        t = Tlv.at(tvb, off);
        r = guarded(t, x -> port(x, ctx, l, info));
        if (r < 0) {
            info.set("Invalid Port ID TLV");
            return tvb.capturedLength();
        }
        off += r;
        t = Tlv.at(tvb, off);
        r = guarded(t, x -> ttl(x, l, info));
        if (r < 0) {
            info.set("Invalid Time-to-Live TLV");
            return tvb.capturedLength();
        }
        off += r;
        int end = tvb.capturedLength();
        while (off < end) {
            t = Tlv.at(tvb, off);
            r = switch (t.type) {
                case CHASSIS -> {
                    guarded(t, x -> chassis(x, ctx, l, info));
                    info.set("Duplicate Chassis ID TLV");
                    yield -1;
                }
                case PORT -> {
                    guarded(t, x -> port(x, ctx, l, info));
                    info.set("Duplicate Port ID TLV");
                    yield -1;
                }
                case TTL -> {
                    guarded(t, x -> ttl(x, l, info));
                    info.set("Duplicate Time-To-Live TLV");
                    yield -1;
                }
                case END -> guarded(t, x -> end(x, l));
                case PORT_DESCRIPTION -> guarded(t, x -> portDescription(x, ctx, l));
                case SYSTEM_NAME_TLV, SYSTEM_DESCRIPTION -> guarded(t, x -> systemName(x, ctx, l, info));
                case CAPABILITIES -> guarded(t, x -> capabilities(x, l));
                case MANAGEMENT -> guarded(t, x -> management(x, l));
                case ORGANIZATION -> guarded(t, x -> organization(x, ctx, l));
                default -> guarded(t, x -> unknown(x, l));
            };
            if (r < 0) {
                // set_actual_length(tvb, offset + rtnValue): the -1 meant "stop" is taken as a length too
                return off + r;
            }
            off += r;
        }
        return tvb.capturedLength();
    }

    /** The TLV's subtree with its type and length lines; returns the length item. */
    private static ProtoNode header(Tlv t, ProtoNode s) {
        s.add(TLV_TYPE, t.v, 0, 2, t.type);
        return s.add(TLV_LEN, t.v, 0, 2, t.len);
    }

    private static void lengthError(PacketContext ctx, ProtoNode item, ExpertDef def, String message) {
        Expert.add(ctx, item, def, message);
    }

    private static String name(Map<Long, String> names, int v, String otherwise) {
        String n = names.get((long) v);
        return n == null ? otherwise : n;
    }

    /**
     * What packet-lldp.c's two identifier TLVs (dissect_lldp_chassis_id, dissect_lldp_port_id) differ in: the TLV type,
     * the name in texts, the subtype names (and the title's word for an unnamed one), the subtypes of a MAC and of a
     * network address, the Info abbreviation and text kind of every other subtype, and their fields.
     */
    private record IdTlv(int type, String what, Map<Long, String> subtypes, String unnamed, FieldDef subtypeField,
                         int macSubtype, int netSubtype, Map<Integer, String> kinds, int bytesSubtype,
                         FieldDef mac, FieldDef ip4, FieldDef ip6, FieldDef other) {
    }

    private static final IdTlv CHASSIS_ID_TLV = new IdTlv(CHASSIS, "Chassis", CHASSIS_SUBTYPES, "Reserved",
            CHASSIS_SUBTYPE, 4, 5, Map.of(1, "CC", 2, "IA", 3, "PC", 6, "IN", 7, "LA"), 3, CHASSIS_ID_MAC,
            CHASSIS_ID_IP4, CHASSIS_ID_IP6, CHASSIS_ID);
    private static final IdTlv PORT_ID_TLV = new IdTlv(PORT, "Port", PORT_SUBTYPES, "Unknown", PORT_SUBTYPE, 3, 4,
            Map.of(1, "IA", 2, "PC", 5, "IN", 6, "AC", 7, "LA"), 2, PORT_ID_MAC, PORT_ID_IP4, PORT_ID_IP6, PORT_ID);

    /** dissect_lldp_chassis_id. */
    private static int chassis(Tlv t, PacketContext ctx, ProtoNode l, Info info) {
        return identifier(CHASSIS_ID_TLV, t, ctx, l, info);
    }

    /** dissect_lldp_port_id. */
    private static int port(Tlv t, PacketContext ctx, ProtoNode l, Info info) {
        return identifier(PORT_ID_TLV, t, ctx, l, info);
    }

    /** A chassis or port ID TLV: its subtree, its identifier's item, and "KIND/id " in Info. */
    private static int identifier(IdTlv k, Tlv t, PacketContext ctx, ProtoNode l, Info info) {
        ByteView v = t.v;
        int len = t.len;
        if (t.type != k.type) {
            String m = String.format("Invalid %s ID (0x%02X), expected (0x%02X)", k.what, t.type, k.type);
            Expert.add(ctx, l.addText(v, 0, len, m), EI_BAD_TYPE, m);
            return -1;
        }
        int subtype = v.u8(2);
        t.ensureWhole();
        String title = k.what + " Subtype = " + name(k.subtypes, subtype, k.unnamed);
        ProtoNode c = l.addText(v, 0, len + 2, title);
        ProtoNode lf = header(t, c);
        if (len < 2) {
            lengthError(ctx, lf, EI_BAD_LENGTH, "Invalid " + k.what + " ID Length (" + len + "), expected > (2)");
            return -1;
        }
        c.add(k.subtypeField, v, 2, 1, subtype);
        String kind;
        String id;
        String subtypeName = name(k.subtypes, subtype, "");
        if (subtype == k.macSubtype) {
            if (len != 7) {
                lengthError(ctx, lf, EI_BAD_LENGTH, "Invalid " + k.what + " ID Length (" + len + ") for Type ("
                        + subtypeName + "), expected (7)");
                return -1;
            }
            kind = "MA";
            long mac = v.u48(3);
            id = FieldFormat.ether(mac);
            c.add(k.mac, v, 3, 6, mac);
        } else if (subtype == k.netSubtype) {
            int family = v.u8(3);
            c.add(NETWORK_FAMILY, v, 3, 1, family);
            kind = "NA";
            id = networkAddress(t, ctx, c, lf, family, k.what, subtypeName, k.ip4, k.ip6, k.other);
            if (id == null) {
                return -1;
            }
        } else {
            if (len > 256) {
                lengthError(ctx, lf, EI_EXCESS_LENGTH, "Invalid " + k.what + " ID Length (" + len + ") for Type ("
                        + subtypeName + "), expected < (256)");
                return -1;
            }
            String named = k.kinds.get(subtype);
            if (named == null) {
                kind = "Rs";
                id = "Reserved";
            } else {
                kind = named;
                id = subtype == k.bytesSubtype ? bytesToStr(v, 3, len - 1) : stringzpad(v, 3, len - 1);
            }
            if (k.other == PORT_ID) {
                StringItems.ascii(c, PORT_ID, v, 3, len - 1, ctx);
            } else {
                c.addObj(k.other, v, 3, len - 1, v.toArray(3, len - 1));
            }
        }
        info.append(kind + "/" + id + " ");
        c.label(title + ", Id: " + id);
        return len + 2;
    }

    /**
     * A network address identifier (subtype 5 of a chassis, 4 of a port) after its family byte: IPv4 and IPv6 of
     * their exact lengths, other families as bytes. Returns its text, or null after a length finding.
     */
    private static String networkAddress(Tlv t, PacketContext ctx, ProtoNode s, ProtoNode lf, int family, String what,
                                         String subtypeName, FieldDef ip4, FieldDef ip6, FieldDef other) {
        ByteView v = t.v;
        int len = t.len;
        String familyName = name(ADDRESS_FAMILIES, family, "");
        switch (family) {
            case 1 -> {
                if (len != 6) {
                    lengthError(ctx, lf, EI_BAD_LENGTH, "Invalid " + what + " ID Length (" + len + ") for Type ("
                            + subtypeName + ", " + familyName + "), expected (6)");
                    return null;
                }
                long a = v.u32(4);
                s.add(ip4, v, 4, 4, a);
                return FieldFormat.ipv4(a);
            }
            case 2 -> {
                if (len != 18) {
                    lengthError(ctx, lf, EI_BAD_LENGTH, "Invalid " + what + " ID Length (" + len + ") for Type ("
                            + subtypeName + ", " + familyName + "), expected (18)");
                    return null;
                }
                byte[] a = v.toArray(4, 16);
                s.addObj(ip6, v, 4, 16, a);
                return FieldFormat.ipv6(a);
            }
            default -> {
                String text = bytesToStr(v, 4, len - 2);
                if (other == PORT_ID) {
                    StringItems.ascii(s, PORT_ID, v, 4, len - 2, ctx);
                } else {
                    s.addObj(other, v, 4, len - 2, v.toArray(4, len - 2));
                }
                return text;
            }
        }
    }

    /** dissect_lldp_time_to_live: another type here adds nothing; the seconds are read whatever the length. */
    private static int ttl(Tlv t, ProtoNode l, Info info) {
        if (t.type != TTL) {
            return -1;
        }
        ByteView v = t.v;
        int seconds = v.u16(2);
        info.append(seconds + " ");
        t.ensureWhole();
        ProtoNode s = l.addText(v, 0, t.len + 2, "Time To Live = " + seconds + " sec");
        header(t, s);
        s.add(TIME_TO_LIVE, v, 2, 2, seconds);
        return 4;
    }

    private static int end(Tlv t, ProtoNode l) {
        t.ensureWhole();
        header(t, l.addText(t.v, 0, t.len + 2, "End of LLDPDU"));
        return -1;
    }

    private static int portDescription(Tlv t, PacketContext ctx, ProtoNode l) {
        String text = stringzpad(t.v, 2, t.len);
        t.ensureWhole();
        ProtoNode s = l.addText(t.v, 0, t.len + 2, "Port Description = " + text);
        header(t, s);
        StringItems.ascii(s, PORT_DESC, t.v, 2, t.len, ctx);
        return t.len + 2;
    }

    /** dissect_lldp_system_name, for the system name and the system description. */
    private static int systemName(Tlv t, PacketContext ctx, ProtoNode l, Info info) {
        String text = stringzpad(t.v, 2, t.len);
        boolean isName = t.type == SYSTEM_NAME_TLV;
        t.ensureWhole();
        ProtoNode s = l.addText(t.v, 0, t.len + 2, (isName ? "System Name = " : "System Description = ") + text);
        info.append((isName ? "SysN=" : "SysD=") + text + " ");
        header(t, s);
        StringItems.ascii(s, isName ? SYSTEM_NAME : SYSTEM_DESC, t.v, 2, t.len, ctx);
        return t.len + 2;
    }

    /** Both capability bitmaps, read as four bytes whatever the TLV's length says. */
    private static int capabilities(Tlv t, ProtoNode l) {
        t.ensureWhole();
        ProtoNode s = l.addText(t.v, 0, t.len + 2, "Capabilities");
        header(t, s);
        bitmap(s, t.v, 2, 2, SYSTEM_CAP, SYSTEM_CAP_BITS);
        bitmap(s, t.v, 4, 2, ENABLED_CAP, ENABLED_CAP_BITS);
        return 6;
    }

    /** A bitmap item of {@code len} bytes with one line per bit field under it. */
    private static ProtoNode bitmap(ProtoNode parent, ByteView v, int off, int len, FieldDef f, FieldDef[] bits) {
        long value = len == 1 ? v.u8(off) : v.u16(off);
        ProtoNode b = parent.add(f, v, off, len, value);
        for (FieldDef bit : bits) {
            b.add(bit, v, off, len, (value & bit.bitmask()) != 0 ? 1 : 0);
        }
        return b;
    }

    /** dissect_lldp_management_address: the address as its subtype says, the interface, the object identifier. */
    private static int management(Tlv t, ProtoNode l) {
        ByteView v = t.v;
        t.ensureWhole();
        ProtoNode s = l.addText(v, 0, t.len + 2, "Management Address");
        header(t, s);
        int stringLen = v.u8(2);
        s.add(MGN_ADDRESS_LEN, v, 2, 1, stringLen);
        int subtype = v.u8(3);
        s.add(MGN_ADDRESS_SUBTYPE, v, 3, 1, subtype);
        int off = 4;
        switch (subtype) {
            case 1 -> s.add(MGN_ADDR_IP4, v, off, 4, v.u32(off));
            case 2 -> s.addObj(MGN_ADDR_IP6, v, off, 16, v.toArray(off, 16));
            default -> {
                // a string length of 0 leaves -1: proto_tree_add_item's "to the end"
                int n = stringLen - 1 < 0 ? v.remaining(off) : stringLen - 1;
                s.addObj(MGN_ADDR_HEX, v, off, n, n == 0 ? "<MISSING>" : v.toArray(off, n));
            }
        }
        off += stringLen - 1;
        s.add(MGN_INTERFACE_SUBTYPE, v, off, 1, v.u8(off));
        off++;
        s.add(MGN_INTERFACE_NUMBER, v, off, 4, v.u32(off));
        off += 4;
        int oidLen = v.u8(off);
        s.add(MGN_OID_LEN, v, off, 1, oidLen);
        off++;
        if (oidLen > 0) {
            byte[] oid = v.toArray(off, oidLen);
            String dotted = oid(oid);
            s.addObj(MGN_OID, v, off, oidLen, dotted).label("Object Identifier: " + dotted + " ("
                    + oidResolved(dotted) + ")");
            off += oidLen;
        }
        return off;
    }

    /** dissect_organizational_specific_tlv for the OUIs decoded here; any other shows its subtype and bytes. */
    private static int organization(Tlv t, PacketContext ctx, ProtoNode l) {
        ByteView v = t.v;
        int len = t.len;
        int oui = v.u24(2);
        int subtype = v.u8(5);
        String vendor = Manuf.vendor(oui);
        String ouiName = vendor == null ? "Unknown" : vendor;
        String subtypeName = switch (oui) {
            case OUI_IEEE_802_1 -> name(IEEE_802_1_SUBTYPES, subtype, "Unknown subtype 0x" + Integer.toHexString(
                    subtype));
            case OUI_IEEE_802_3 -> name(IEEE_802_3_SUBTYPES, subtype, "Unknown subtype 0x" + Integer.toHexString(
                    subtype));
            case OUI_TIA -> name(MED_SUBTYPE.valueNames(), subtype, "Unknown subtype 0x" + Integer.toHexString(
                    subtype));
            case OUI_IANA -> subtype == 1 ? "Manufacturer Usage Description URL"
                    : "Unknown subtype (0x" + Integer.toHexString(subtype) + ")";
            default -> "Unknown (" + subtype + ")";
        };
        t.ensureWhole();
        ProtoNode s = l.addText(v, 0, len + 2, ouiName + " - " + subtypeName);
        ProtoNode lf = header(t, s);
        if (len < 4) {
            lengthError(ctx, lf, EI_BAD_LENGTH, "TLV length (" + len + ") too short, must be >=4)");
            return len + 2;
        }
        s.add(OUI, v, 2, 3, oui).label("Organization Unique Code: " + LlcModule.ouiText(oui));
        ByteView body = v.sliceReported(5, Math.min(len - 3, v.reportedRemaining(5)));
        switch (oui) {
            case OUI_IEEE_802_1 -> ieee8021(body, s);
            case OUI_IEEE_802_3 -> ieee8023(body, len - 3, ctx, s);
            case OUI_IANA -> iana(body, ctx, s);
            case OUI_TIA -> media(body, ctx, s);
            default -> {
                s.add(UNKNOWN_SUBTYPE, body, 0, 1, body.u8(0));
                int rest = body.remaining(1);
                if (rest > 0) {
                    s.addObj(UNKNOWN_CONTENT, body, 1, rest, body.toArray(1, rest));
                }
            }
        }
        return len + 2;
    }

    /** dissect_ieee_802_1_tlv, for the subtypes of IEEE 802.1Q's Annex D that packet-lldp.c decodes here. */
    private static void ieee8021(ByteView b, ProtoNode s) {
        int subtype = b.u8(0);
        s.add(DOT1_SUBTYPE, b, 0, 1, subtype);
        switch (subtype) {
            case 1 -> s.add(DOT1_PORT_VLAN_ID, b, 1, 2, b.u16(1));
            case 2 -> {
                int flags = b.u8(1);
                ProtoNode f = s.add(DOT1_PPVID_FLAGS, b, 1, 1, flags);
                f.add(DOT1_PPVID_SUPPORTED, b, 1, 1, flags >> 1 & 1);
                f.add(DOT1_PPVID_ENABLED, b, 1, 1, flags >> 2 & 1);
                s.add(DOT1_PPVID, b, 2, 2, b.u16(2));
            }
            case 3 -> {
                s.add(DOT1_VLAN_ID, b, 1, 2, b.u16(1));
                int n = b.u8(3);
                s.add(DOT1_VLAN_NAME_LEN, b, 3, 1, n);
                if (n > 0) {
                    s.addAscii(DOT1_VLAN_NAME, b, 4, n);
                }
            }
            case 4 -> {
                int n = b.u8(1);
                s.add(DOT1_PROTO_ID_LEN, b, 1, 1, n);
                if (n > 0) {
                    s.addObj(DOT1_PROTO_ID, b, 2, n, b.toArray(2, n));
                }
            }
            case 7 -> {
                int status = b.u8(1);
                ProtoNode a = s.add(DOT1_AGG_STATUS, b, 1, 1, status);
                a.add(DOT1_AGG_CAP, b, 1, 1, status & 1);
                a.add(DOT1_AGG_ENABLED, b, 1, 1, status >> 1 & 1);
                a.add(DOT1_AGG_PORTTYPE, b, 1, 1, status >> 2 & 3);
                s.add(DOT1_AGG_PORT_ID, b, 2, 4, b.u32(2));
            }
            case 8 -> {
                bits(s, b, 1, DOT1_CNPV);
                bits(s, b, 2, DOT1_READY);
            }
            case 9 -> {
                int x = b.u8(1);
                s.add(DCB_WILLING, b, 1, 1, x >> 7);
                s.add(ETS_CBS, b, 1, 1, x >> 6 & 1);
                // 0 stands for eight traffic classes
                s.add(ETS_MAXTCS, b, 1, 1, x & 7).label(FieldFormat.bitPattern(7, x & 7, 8)
                        + " = Maximum Number of Traffic Classes: " + ((x & 7) == 0 ? 8 : x & 7) + " (0x"
                        + Integer.toHexString(x & 7).toUpperCase() + ")");
                ets(b, s);
            }
            case 10 -> {
                s.add(PG_RESERVED, b, 1, 1, b.u8(1) >> 1);
                ets(b, s);
            }
            case 11 -> {
                int x = b.u8(1);
                s.add(DCB_WILLING, b, 1, 1, x >> 7);
                s.add(PFC_MBC, b, 1, 1, x >> 6 & 1);
                s.add(PFC_NUMTCS, b, 1, 1, x & 0x0f);
                bits(s, b, 2, PFC_PRIO);
            }
            case 12 -> {
                s.add(APP_RESERVED, b, 1, 1, b.u8(1));
                int off = 2;
                for (int n = b.reportedRemaining(off) / 3; n > 0; n--, off += 3) {
                    int proto = b.u16(off + 1);
                    String app = APP_TYPES.get((long) proto);
                    ProtoNode a = s.addText(b, off, 3, (app == null ? "Unknown" : app) + " Application");
                    int x = b.u8(off);
                    a.add(APP_PRIO, b, off, 1, x >> 5);
                    a.add(APP_SELECTOR, b, off, 1, x & 7);
                    a.add(APP_PROTO, b, off + 1, 2, proto);
                }
            }
            default -> {
            }
        }
    }

    /** One boolean item per bit of the byte at {@code off}, straight under {@code s}. */
    private static void bits(ProtoNode s, ByteView b, int off, FieldDef[] fields) {
        int x = b.u8(off);
        for (FieldDef f : fields) {
            s.add(f, b, off, 1, (x & f.bitmask()) != 0 ? 1 : 0);
        }
    }

    /** The ETS tables: each priority's group (two bytes of four nibbles, twice), bandwidths, algorithms. */
    private static void ets(ByteView b, ProtoNode s) {
        for (int i = 0; i < 8; i++) {
            int off = 2 + 2 * (i / 4);
            s.add(PGID[i], b, off, 2, b.u16(off) >> (12 - 4 * (i % 4)) & 0xf);
        }
        for (int i = 0; i < 8; i++) {
            s.add(PG_PERCENT[i], b, 6 + i, 1, b.u8(6 + i));
        }
        for (int i = 0; i < 8; i++) {
            s.add(ETS_TSA[i], b, 14 + i, 1, b.u8(14 + i));
        }
    }

    /** dissect_media_tlv: TIA-1057's LLDP-MED TLVs; one too short for a part ends with "too short" there. */
    private static void media(ByteView b, PacketContext ctx, ProtoNode s) {
        int tlvLen = b.reportedLength();
        int subtype = b.u8(0);
        s.add(MED_SUBTYPE, b, 0, 1, subtype);
        int off = 1;
        tlvLen--;
        switch (subtype) {
            case 1 -> {
                if (tlvLen < 2) {
                    tooShort(ctx, s, b, off, tlvLen);
                    return;
                }
                bitmap(s, b, off, 2, MED_CAPS, MED_CAP_BITS);
                off += 2;
                tlvLen -= 2;
                if (tlvLen < 1) {
                    tooShort(ctx, s, b, off, tlvLen);
                    return;
                }
                s.add(MED_CLASS, b, off, 1, b.u8(off));
            }
            case 2 -> {
                if (tlvLen < 1) {
                    tooShort(ctx, s, b, off, tlvLen);
                    return;
                }
                s.add(MED_APP_TYPE, b, off, 1, b.u8(off));
                off++;
                tlvLen--;
                if (tlvLen < 3) {
                    tooShort(ctx, s, b, off, tlvLen);
                    return;
                }
                int x = b.u24(off);
                s.add(MED_POLICY, b, off, 3, x >> 23 & 1);
                s.add(MED_TAGGED, b, off, 3, x >> 22 & 1);
                s.add(MED_VLAN, b, off, 3, (x & 0x1ffe00) >> 9);
                s.add(MED_L2_PRIO, b, off, 3, (x & 0x1c0) >> 6);
                s.add(MED_DSCP, b, off, 3, x & 0x3f);
            }
            case 3 -> location(b, ctx, s, off, tlvLen);
            case 4 -> {
                int x = b.u8(off);
                int type = x >> 6;
                s.add(MED_POWER_TYPE, b, off, 1, type);
                int source = x >> 4 & 3;
                String name = switch (type) {
                    case 0 -> name(PSE_SOURCES, source, "Reserved");
                    case 1 -> name(PD_SOURCES, source, "Reserved");
                    default -> "Unknown";
                };
                s.add(MED_POWER_SOURCE, b, off, 1, source).appendLabel(" " + name);
                s.add(MED_POWER_PRIO, b, off, 1, x & 0x0f);
                off++;
                int w = b.u16(off);
                s.add(MED_POWER_VALUE, b, off, 2, w).label("Power Value: " + w * 100 + " mW");
            }
            case 5, 6, 7, 8, 9, 10, 11 -> {
                if (tlvLen > 0) {
                    b.ensure(off, tlvLen);
                    s.addAscii(MED_INVENTORY[subtype - 5], b, off, tlvLen);
                }
            }
            default -> {
            }
        }
    }

    /**
     * proto_tree_add_expert over {@code len} bytes: packet-lldp.c passes a length it has not kept in step with the
     * offset, and an item past the data throws, after the item and its finding are in the tree.
     */
    private static void tooShort(PacketContext ctx, ProtoNode s, ByteView b, int off, int len) {
        Expert.add(ctx, s.addText(b, off, Math.max(0, Math.min(len, b.remaining(off))), EI_BAD_LENGTH.summary()),
                EI_BAD_LENGTH);
        b.ensure(off, len);
    }

    /** The location identification TLV: RFC 3825 coordinates, a civic address, or an emergency number (ELIN). */
    private static void location(ByteView b, PacketContext ctx, ProtoNode s, int off, int tlvLen) {
        if (tlvLen < 1) {
            tooShort(ctx, s, b, off, tlvLen);
            return;
        }
        int format = b.u8(off);
        s.add(MED_LOC_FORMAT, b, off, 1, format);
        off++;
        tlvLen--;
        switch (format) {
            case 1 -> {
                if (tlvLen < 16) {
                    tooShort(ctx, s, b, off, tlvLen);
                    return;
                }
                coordinate(b, s, off, MED_LAT_RES, MED_LAT, "North", "South");
                off += 5;
                coordinate(b, s, off, MED_LONG_RES, MED_LONG, "East", "West");
                off += 5;
                s.add(MED_ALT_TYPE, b, off, 1, b.u8(off) >> 4);
                s.add(MED_ALT_RES, b, off, 2, (b.u16(off) & 0x0fc0) >> 6);
                off++;
                s.add(MED_ALT, b, off, 4, b.u32(off) & 0x3fffffffL);
                off += 4;
                s.add(MED_DATUM, b, off, 1, b.u8(off));
            }
            case 2 -> {
                if (tlvLen < 1) {
                    tooShort(ctx, s, b, off, tlvLen);
                    return;
                }
                int lci = b.u8(off);
                tlvLen--;
                if (lci > tlvLen) {
                    Expert.add(ctx, s.addText(b, off, Math.max(0, Math.min(tlvLen, b.remaining(off))),
                            EI_EXCESS_LENGTH.summary()), EI_EXCESS_LENGTH);
                    b.ensure(off, tlvLen);
                    return;
                }
                s.add(MED_LCI_LEN, b, off, 1, lci);
                off++;
                if (lci < 1) {
                    tooShort(ctx, s, b, off, tlvLen);
                    return;
                }
                s.add(MED_WHAT, b, off, 1, b.u8(off));
                off++;
                lci--;
                if (lci < 2) {
                    tooShort(ctx, s, b, off, tlvLen);
                    return;
                }
                StringItems.ascii(s, MED_COUNTRY, b, off, 2, ctx);
                off += 2;
                lci -= 2;
                while (lci > 0) {
                    s.add(MED_CA_TYPE, b, off, 1, b.u8(off));
                    off++;
                    lci--;
                    if (lci < 1) {
                        tooShort(ctx, s, b, off, tlvLen);
                        return;
                    }
                    int n = b.u8(off);
                    s.add(MED_CA_LEN, b, off, 1, n);
                    off++;
                    lci--;
                    if (n > lci) {
                        return;
                    }
                    if (n > 0) {
                        b.ensure(off, n);
                        s.addAscii(MED_CA_VALUE, b, off, n);
                        off += n;
                        lci -= n;
                    }
                }
            }
            case 3 -> {
                if (tlvLen > 0) {
                    b.ensure(off, tlvLen);
                    s.addAscii(MED_ECS, b, off, tlvLen);
                }
            }
            default -> {
            }
        }
    }

    /**
     * A latitude or longitude: the resolution (six bits) and the 34-bit fixed-point value, which packet-lldp.c shows
     * in whole degrees (its fraction is an integer division that is always 0) and hex.
     */
    private static void coordinate(ByteView b, ProtoNode s, int off, FieldDef resolution, FieldDef f, String positive,
                                   String negative) {
        s.add(resolution, b, off, 1, b.u8(off) >> 2);
        long raw = (long) b.u8(off) << 32 | b.u32(off + 1);
        long value = raw & 0x3ffffffffL;
        boolean neg = (value & 0x200000000L) != 0;
        long t = neg ? (~value + 1) : value;
        long degrees = (t & 0x3fe000000L) >> 25;
        s.add(f, b, off, 5, raw).label(f.name() + ": " + degrees + ".0000 degrees " + (neg ? negative : positive)
                + " (0x" + String.format("%010X", value) + ")");
    }

    /** dissect_iana_tlv: the MUD URL (RFC 8520). */
    private static void iana(ByteView b, PacketContext ctx, ProtoNode s) {
        int subtype = b.u8(0);
        s.add(IANA_SUBTYPE, b, 0, 1, subtype);
        int rest = b.reportedRemaining(1);
        if (subtype == 1) {
            if (rest > 0) {
                StringItems.ascii(s, IANA_MUDURL, b, 1, rest, ctx);
            }
        } else {
            int n = b.remaining(1);
            s.addObj(UNKNOWN_CONTENT, b, 1, n, n == 0 ? "<MISSING>" : b.toArray(1, n));
        }
    }

    /**
     * dissect_ieee_802_3_tlv, for MAC/PHY configuration, power via MDI (the short and the 802.3at forms), link
     * aggregation and the maximum frame size; bytes past what the subtype defines are "greater than expected".
     */
    private static void ieee8023(ByteView b, int tlvLen, PacketContext ctx, ProtoNode s) {
        int subtype = b.u8(0);
        ProtoNode sub = s.add(DOT3_SUBTYPE, b, 0, 1, subtype);
        int off = 1;
        switch (subtype) {
            case 1 -> {
                int autoneg = b.u8(1);
                ProtoNode a = s.add(DOT3_AUTONEG, b, 1, 1, autoneg);
                a.add(DOT3_AUTONEG_SUPPORTED, b, 1, 1, autoneg & 1);
                a.add(DOT3_AUTONEG_ENABLED, b, 1, 1, autoneg >> 1 & 1);
                bitmap(s, b, 2, 2, DOT3_ADVERTISED, DOT3_ADVERTISED_BITS);
                int caps = b.u16(2);
                ProtoNode inv = s.addText(b, 2, 2, "Same in inverse (wrong) bitorder");
                for (FieldDef bit : DOT3_ADVERTISED_INV_BITS) {
                    inv.add(bit, b, 2, 2, (caps & bit.bitmask()) != 0 ? 1 : 0);
                }
                s.add(DOT3_MAU_TYPE, b, 4, 2, b.u16(4));
                off = 6;
            }
            case 2 -> {
                int support = b.u8(1);
                ProtoNode m = s.add(DOT3_MDI_SUPPORT, b, 1, 1, support);
                m.add(DOT3_MDI_PORT_CLASS, b, 1, 1, support & 1);
                m.add(DOT3_MDI_SUPPORTED, b, 1, 1, support >> 1 & 1);
                m.add(DOT3_MDI_ENABLED, b, 1, 1, support >> 2 & 1);
                m.add(DOT3_MDI_PAIRS, b, 1, 1, support >> 3 & 1);
                s.add(DOT3_MDI_PSE_PAIR, b, 2, 1, b.u8(2));
                s.add(DOT3_MDI_CLASS, b, 3, 1, b.u8(3));
                off = 4;
                if (tlvLen == 4) {
                    break;
                }
                int x = b.u8(4);
                int type = x >> 6;
                s.add(DOT3_MDI_TYPE, b, 4, 1, type);
                int source = x >> 4 & 3;
                // the source is named after the type: a PSE's or a PD's table
                Map<Long, String> sources = (type & 1) == 0 ? PSE_SOURCES : PD_SOURCES;
                s.add(DOT3_MDI_SOURCE, b, 4, 1, source).appendLabel(" " + name(sources, source, "Reserved"));
                s.add(DOT3_MDI_PRIORITY, b, 4, 1, x & 0x0f);
                power(s, b, 5, DOT3_MDI_REQUESTED);
                power(s, b, 7, DOT3_MDI_ALLOCATED);
                off = 9;
            }
            case 3 -> {
                Expert.add(ctx, sub, EI_DEPRECATED);
                int status = b.u8(1);
                ProtoNode a = s.add(DOT3_AGG_STATUS, b, 1, 1, status);
                a.add(DOT3_AGG_CAP, b, 1, 1, status & 1);
                a.add(DOT3_AGG_ENABLED, b, 1, 1, status >> 1 & 1);
                s.add(DOT3_AGG_PORT_ID, b, 2, 4, b.u32(2));
                off = 6;
            }
            case 4 -> {
                s.add(DOT3_MAX_FRAME, b, 1, 2, b.u16(1));
                off = 3;
            }
            case 5 -> {
                for (int i = 0; i < DOT3_EEE.length; i++) {
                    s.add(DOT3_EEE[i], b, 1 + 2 * i, 2, b.u16(1 + 2 * i));
                }
                off = 11;
            }
            case 7 -> {
                int x = b.u16(1);
                ProtoNode a = s.add(DOT3BR_AEC, b, 1, 2, x).label(FieldFormat.appendBitmaskNames(
                        new StringBuilder("Additional Ethernet Capabilities: 0x").append(FieldFormat.hexPadded(x, 4)),
                        x, DOT3BR_AEC_BITS).toString());
                for (FieldDef f : DOT3BR_AEC_BITS) {
                    a.add(f, b, 1, 2, (x & f.bitmask()) >>> Long.numberOfTrailingZeros(f.bitmask()));
                }
                off = 3;
            }
            default -> {
            }
        }
        if (b.reportedRemaining(off) > 0) {
            ProtoNode x = s.addText(b, off, b.remaining(off), EI_EXCESS_LENGTH.summary());
            Expert.add(ctx, x, EI_EXCESS_LENGTH);
        }
    }

    private static final Map<Long, String> PSE_SOURCES = Map.of(0L, "Unknown", 1L, "Primary Power Source",
            2L, "Backup Power Source");
    private static final Map<Long, String> PD_SOURCES = Map.of(0L, "Unknown", 1L, "PSE", 2L, "Local",
            3L, "PSE and Local");

    /** mdi_power_base: tenths of a watt, written "%u.%u. Watt". */
    private static void power(ProtoNode s, ByteView b, int off, FieldDef f) {
        int w = b.u16(off);
        s.add(f, b, off, 2, w).label(f.name() + ": " + w / 10 + "." + w % 10 + ". Watt");
    }

    private static int unknown(Tlv t, ProtoNode l) {
        t.ensureWhole();
        header(t, l.addText(t.v, 0, t.len + 2, "Unknown TLV"));
        return t.len + 2;
    }

    /**
     * tvb_format_stringzpad: the text up to the first NUL, as UTF-8 (a bad sequence a replacement character), with
     * format_text's escapes.
     */
    static String stringzpad(ByteView v, int off, int len) {
        byte[] b = v.toArray(off, len);
        int n = 0;
        while (n < b.length && b[n] != 0) {
            n++;
        }
        return FieldFormat.formatText(new String(b, 0, n, StandardCharsets.UTF_8));
    }

    /** bytes_to_str: hex digits, at most 36 bytes of them and then an ellipsis. */
    static String bytesToStr(ByteView v, int off, int len) {
        byte[] b = v.toArray(off, len);
        int shown = Math.min(b.length, 36);
        String hex = FieldFormat.hex(b, 0, shown, "");
        return shown < b.length ? hex + "\u2026" : hex;
    }

    /** An object identifier's BER bytes as dotted decimal (the first byte holds two arcs). */
    static String oid(byte[] b) {
        List<Long> arcs = new ArrayList<>();
        long v = 0;
        boolean first = true;
        for (byte x : b) {
            v = v << 7 | (x & 0x7f);
            if ((x & 0x80) == 0) {
                if (first) {
                    long a = Math.min(v / 40, 2);
                    arcs.add(a);
                    arcs.add(v - 40 * a);
                    first = false;
                } else {
                    arcs.add(v);
                }
                v = 0;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (Long a : arcs) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(a);
        }
        return sb.toString();
    }

    /** oid_resolved_from_string without MIBs: only the first arc has a name. */
    static String oidResolved(String dotted) {
        String[] arcs = dotted.split("\\.", 2);
        String first = switch (arcs[0]) {
            case "0" -> "itu-t";
            case "1" -> "iso";
            case "2" -> "joint-iso-itu-t";
            default -> arcs[0];
        };
        return arcs.length == 1 ? first : first + "." + arcs[1];
    }
}
