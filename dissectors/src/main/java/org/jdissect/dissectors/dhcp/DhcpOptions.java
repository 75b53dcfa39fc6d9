package org.jdissect.dissectors.dhcp;

import static org.jdissect.dissectors.dhcp.DhcpFields.*;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.Guids;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.common.StringItems;

/**
 * The options of a DHCP message as packet-dhcp.c's dhcp_option and the "dhcp.option" table decode them: each option
 * a subtree "Option: (N) Name" with its length and a hidden value item that is shown only when no decoder took the
 * option (an unknown code, or a decoder that consumed nothing).
 */
final class DhcpOptions {
    static final int SNAME_OFFSET = 44;
    static final int SNAME_LENGTH = 64;
    static final int FILE_OFFSET = 108;
    static final int FILE_LENGTH = 128;
    static final int OVERLOAD_FILE = 1;
    static final int OVERLOAD_SNAME = 2;

    private static final Map<Long, String> O82_NAMES = Map.ofEntries(Map.entry(0L, "Padding"),
            Map.entry(1L, "Agent Circuit ID"), Map.entry(2L, "Agent Remote ID"), Map.entry(3L, "Reserved"),
            Map.entry(4L, "DOCSIS Device Class"), Map.entry(5L, "Link selection"), Map.entry(6L, "Subscriber ID"),
            Map.entry(7L, "RADIUS Attributes"), Map.entry(8L, "Authentication"),
            Map.entry(9L, "Vendor-Specific Information"), Map.entry(10L, "Flags"),
            Map.entry(11L, "Server ID Override"), Map.entry(12L, "Relay Agent Identifier"),
            Map.entry(13L, "Access Technology Type"), Map.entry(14L, "Access Network Name"),
            Map.entry(15L, "Access Point Name"), Map.entry(16L, "Access Point BSSID"),
            Map.entry(17L, "Access Network Operator ID"), Map.entry(18L, "Access Network Operator Realm"),
            Map.entry(19L, "Source Port"), Map.entry(150L, "Link selection (Cisco proprietary)"),
            Map.entry(151L, "VRF name/VPN ID"), Map.entry(152L, "Server ID Override (Cisco proprietary)"));

    private DhcpOptions() {
    }

    /**
     * What one message's options share while they are read: the vendor class found by the first pass and the RFC 3396
     * pieces of a domain search list or SIP server list split over several options.
     */
    static final class State {
        String vendorClass;
        int searchBlocks;
        int searchIndex;
        ByteArrayOutputStream search;
        int sipBlocks;
        int sipIndex;
        ByteArrayOutputStream sip;
    }

    /**
     * The option at {@code voff}, added under {@code tree}; returns the bytes it takes (at least 1). Sets
     * {@code end[0]} at the End option. {@code overload[0]} is the overload in force for this run of options (option
     * 52 clears it once it has shown the name fields).
     */
    static int option(ByteView tvb, PacketContext ctx, ProtoNode tree, int voff, int eoff, State state,
                      boolean[] end, int[] overload) {
        int code = tvb.u8(voff);
        if (code == 0) {
            int i = voff + 1;
            while (i < eoff && tvb.u8(i) == 0) {
                i++;
            }
            int n = i - voff;
            ProtoNode o = tree.add(OPTION_TYPE, tvb, voff, 1, 0).label("Option: (0) Padding");
            o.addObj(PADDING, tvb, voff, n, tvb.toArray(voff, n));
            return n;
        }
        if (code == 255) {
            // dhcp_option adds the End item with the value 0 (its "(255) End" is the item's text only)
            ProtoNode o = tree.add(OPTION_TYPE, tvb, voff, 1, 0).label("Option: (255) End");
            // an overload still in force here (option 52 not met yet, or of an unknown value) names the End so
            o.add(overload[0] != 0 ? END_OVERLOAD : END, tvb, voff, 1, 255);
            end[0] = true;
            return 1;
        }
        int optlen = tvb.u8(voff + 1);
        ProtoNode o = tree.add(OPTION_TYPE, tvb, voff, optlen + 2, code)
                .label("Option: (" + code + ") " + optionName(code));
        o.add(OPTION_LENGTH, tvb, voff + 1, 1, optlen);
        tvb.ensure(voff + 2, optlen);
        // hidden until the option's decoder is known to have taken nothing (a decoder that throws leaves it hidden)
        ProtoNode value = o.addObj(OPTION_VALUE, tvb, voff + 2, optlen,
                optlen == 0 ? "<MISSING>" : tvb.toArray(voff + 2, optlen)).hidden();
        ByteView v = tvb.slice(voff + 2, optlen);
        if (!decode(code, v, o, tvb, ctx, state, overload)) {
            value.visible();
        }
        return optlen + 2;
    }

    /** The option's own decoder, if it has one; whether it took the option (returned a non-zero length). */
    private static boolean decode(int code, ByteView v, ProtoNode o, ByteView msg, PacketContext ctx, State state,
                                  int[] overload) {
        int len = v.reportedLength();
        Basic basic = BASIC[code];
        if (basic != null) {
            return basic(basic, v, o, ctx) != 0;
        }
        switch (code) {
            case 52 -> {
                return overload(v, o, msg, ctx, state, overload);
            }
            case 21 -> pairs(v, o, ctx, POLICY_FILTER_IP, POLICY_FILTER_MASK);
            case 33 -> pairs(v, o, ctx, STATIC_ROUTE_IP, STATIC_ROUTE_ROUTER);
            case 43 -> {
                if (DhcpPxe.applies(state.vendorClass)) {
                    DhcpPxe.dissect(v, o, ctx);
                } else {
                    // packet-dhcp.c's other vendor heuristics (CableLabs, Aruba, Apple BSDP, Cisco, Alcatel-Lucent)
                    // are not decoded: their options show as bytes, as with no heuristic at all
                    o.addObj(VENDOR_VALUE, v, 0, len, len == 0 ? "<MISSING>" : v.toArray(0, len));
                }
            }
            case 77 -> {
                return userClass(v, o, ctx);
            }
            case 94 -> {
                if (v.u8(0) == 1) {
                    o.add(NETWORK_ID_MAJOR, v, 1, 1, v.u8(1));
                    o.add(NETWORK_ID_MINOR, v, 2, 1, v.u8(2));
                }
            }
            case 120 -> sipServers(v, o, ctx, state);
            // RFC 8910 moved the captive portal URI from 160 to 114; tshark decodes both
            case 114, 160 -> text(o, CAPTIVE_PORTAL, v, 0, len, ctx);
            case 97 -> {
                int b = len > 0 ? v.u8(0) : 0;
                if (len == 17 && b == 0) {
                    uuid(v, o);
                } else if (len == 7 && b > 0 && b < 48) {
                    hardwareAddress(v, o, b);
                }
            }
            case 99 -> civicLocation(v, o, ctx);
            case 124 -> {
                return viVendorClass(v, o, ctx);
            }
            case 136 -> basic(new Basic(136, Kind.IPV4_LIST, PANA_AGENT), v, o, ctx);
            case 145 -> {
                for (int i = 0; i < len; i++) {
                    o.add(FORCERENEW_ALGORITHM, v, i, 1, v.u8(i));
                }
            }
            case 151 -> {
                if (len < 1) {
                    Expert.add(ctx, o, EI_BAD_LENGTH, "length must >= 1");
                    return true;
                }
                o.add(LEASEQUERY_STATUS, v, 0, 1, v.u8(0));
                if (len > 1) {
                    text(o, LEASEQUERY_STATUS_MESSAGE, v, 1, len - 1, ctx);
                }
            }
            case 152, 154, 155 -> {
                if (len != 4) {
                    Expert.add(ctx, o, EI_BAD_LENGTH, "length must be 4");
                    return true;
                }
                long unix = org.jdissect.dissectors.ntp.NtpModule.unixSeconds(v.u32(0)); // four NTP seconds
                o.add(code == 152 ? LEASEQUERY_BASE_TIME : code == 154 ? LEASEQUERY_QUERY_START
                        : LEASEQUERY_QUERY_END, v, 0, 4, unix * 1_000_000_000L);
            }
            case 159 -> {
                if (len != 4) {
                    Expert.add(ctx, o, EI_BAD_LENGTH, "length must be 4");
                    return true;
                }
                o.add(PORTPARAMS_OFFSET, v, 0, 1, v.u8(0));
                o.add(PORTPARAMS_PSID_LENGTH, v, 1, 1, v.u8(1));
                o.addObj(PORTPARAMS_PSID, v, 2, 2, v.toArray(2, 2));
            }
            case 117 -> {
                return nameServiceSearch(v, o, ctx);
            }
            case 78 -> {
                return directoryAgent(v, o, ctx);
            }
            case 79 -> {
                o.add(SLP_SCOPE_VALUE, v, 0, 1, v.u8(0));
                text(o, SLP_SCOPE_STRING, v, 1, len - 1, ctx);
            }
            case 53 -> {
                int type = v.u8(0);
                o.add(MESSAGE_TYPE, v, 0, 1, type);
                String name = messageTypeName(type);
                o.appendLabel(" (" + name + ")");
                // proto_item_get_parent: the DHCP item, or the overload subtree of a type met in a name field; a
                // stand-in node (an item the tree does not keep) has no parent of its own to name it on
                if (!o.isPhantom() && o.parent() != null) {
                    o.parent().appendLabel(" (" + name + ")");
                }
            }
            case 55 -> {
                for (int i = 0; i < len; i++) {
                    int b = v.u8(i);
                    o.add(REQUEST_ITEM, v, i, 1, b).label("Parameter Request List Item: (" + b + ") "
                            + optionName(b));
                }
            }
            case 60 -> text(o, VENDOR_CLASS, v, 0, len, ctx);
            case 61 -> clientIdentifier(v, o, ctx);
            case 81 -> {
                return clientFqdn(v, o, ctx);
            }
            case 82 -> {
                int off = 0;
                while (off < len) {
                    off = agentSuboption(v, o, ctx, off, len);
                }
            }
            case 93 -> clientArchitecture(v, o, ctx);
            case 119 -> domainSearch(v, o, ctx, state);
            case 121, 249 -> {
                return classlessRoutes(v, o, ctx);
            }
            default -> {
                return false;
            }
        }
        return v.capturedLength() != 0;
    }

    static String messageTypeName(int type) {
        String name = MESSAGE_TYPES.get((long) type);
        return name != null ? name : "Unknown Message Type (0x" + FieldFormat.hexPadded(type, 2) + ")";
    }

    /**
     * dhcp_handle_basic_types: the value as its kind says, or a finding under {@code item} when the length does not
     * fit it; returns the bytes consumed (0 when nothing was added, which leaves the raw value shown).
     */
    static int basic(Basic b, ByteView v, ProtoNode item, PacketContext ctx) {
        FieldDef f = b.field();
        int len = v.reportedLength();
        ProtoNode tree = item;
        switch (b.kind()) {
            case IPV4 -> {
                if (len != 4) {
                    return badLength(ctx, item, "length isn't 4");
                }
                long a = v.u32(0);
                tree.add(f, v, 0, 4, a);
                tree.appendLabel(" (" + FieldFormat.ipv4(a) + ")");
                return 4;
            }
            case IPV4_LIST -> {
                int consumed = 0;
                for (int i = 0, left = len; left > 0; i += 4, left -= 4) {
                    if (left < 4) {
                        badLength(ctx, item, "Option length isn't a multiple of 4");
                        break;
                    }
                    tree.add(f, v, i, 4, v.u32(i));
                    consumed += 4;
                }
                return consumed;
            }
            case STRING, STRINGZ -> {
                text(tree, f, v, 0, len, ctx);
                return len;
            }
            case BOOL, U8 -> {
                if (len != 1) {
                    return badLength(ctx, item, "length isn't 1");
                }
                tree.add(f, v, 0, 1, v.u8(0));
                return 1;
            }
            case U16 -> {
                if (len != 2) {
                    return badLength(ctx, item, "length isn't 2");
                }
                tree.add(f, v, 0, 2, v.u16(0));
                return 2;
            }
            case U16_LIST -> {
                int consumed = 0;
                for (int i = 0, left = len; left > 0; i += 2, left -= 2) {
                    if (left < 2) {
                        badLength(ctx, item, "Option length isn't a multiple of 2");
                        break;
                    }
                    tree.add(f, v, i, 2, v.u16(i));
                    consumed += 2;
                }
                return consumed;
            }
            case U32 -> {
                if (len != 4) {
                    return badLength(ctx, item, "length isn't 4");
                }
                tree.add(f, v, 0, 4, v.u32(0));
                return 4;
            }
            case TIME_S -> {
                if (len != 4) {
                    return badLength(ctx, item, "length isn't 4");
                }
                int s = (int) v.u32(0);
                tree.add(f, v, 0, 4, s).label(f.name() + ": (" + s + "s) " + timeSecs(s));
                return 4;
            }
            case TIME_U -> {
                if (len != 4) {
                    return badLength(ctx, item, "length isn't 4");
                }
                long s = v.u32(0);
                tree.add(f, v, 0, 4, s).label(f.name() + ": (" + s + "s) "
                        + (s == 0xffffffffL ? "infinity" : timeSecs(s)));
                return 4;
            }
        }
        return 0;
    }

    /**
     * A string item of ASCII text, as proto_tree_add_item adds one: an FT_STRING notes bytes other than NULs after
     * its first NUL ({@link StringItems#ascii}).
     */
    static ProtoNode text(ProtoNode parent, FieldDef f, ByteView v, int off, int len, PacketContext ctx) {
        if (f.nulTerminated()) {
            // an FT_STRINGZ ends at its NUL without a note about what follows
            v.ensure(off, len);
            return parent.addAscii(f, v, off, len);
        }
        return StringItems.ascii(parent, f, v, off, len, ctx);
    }

    private static int badLength(PacketContext ctx, ProtoNode item, String message) {
        Expert.add(ctx, item, EI_BAD_LENGTH, message);
        return 0;
    }

    /**
     * wsutil's time_secs_to_str: days, hours, minutes and seconds that are not zero, "1 day" or "2 days"; a negative
     * time has its sign before the first part.
     */
    static String timeSecs(long secs) {
        if (secs == 0) {
            return "0 seconds";
        }
        String sign = "";
        if (secs < 0) {
            sign = "-";
            secs = -secs;
        }
        long[] parts = {secs / 86400, secs / 3600 % 24, secs / 60 % 60, secs % 60};
        String[] units = {"day", "hour", "minute", "second"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            if (parts[i] != 0) {
                sb.append(sb.length() == 0 ? sign : ", ").append(parts[i]).append(' ').append(units[i])
                        .append(parts[i] == 1 ? "" : "s");
            }
        }
        return sb.toString();
    }

    /**
     * Option 52: the value, then (when the first pass found the overload) the options the server name and boot file
     * fields hold, each run in a subtree of the message's bytes; the End option after them is not overloaded.
     */
    private static boolean overload(ByteView v, ProtoNode o, ByteView msg, PacketContext ctx, State state,
                                    int[] overload) {
        if (v.reportedLength() < 1) {
            Expert.add(ctx, o, EI_BAD_LENGTH, "length isn't >= 1");
            return true;
        }
        int value = v.u8(0);
        o.add(OVERLOAD, v, 0, 1, value);
        if (overload[0] >= 1 && overload[0] <= 3) {
            if ((value & OVERLOAD_SNAME) != 0) {
                overloadedField(msg, o, ctx, state, SNAME_OFFSET, SNAME_LENGTH, "Server host name option overload",
                        EI_SNAME_END_MISSING);
            }
            if ((value & OVERLOAD_FILE) != 0) {
                overloadedField(msg, o, ctx, state, FILE_OFFSET, FILE_LENGTH, "Boot file name option overload",
                        EI_FILE_END_MISSING);
            }
            overload[0] = 0;
        }
        return v.capturedLength() != 0;
    }

    private static void overloadedField(ByteView msg, ProtoNode o, PacketContext ctx, State state, int start,
                                        int length, String title, org.jdissect.api.expert.ExpertDef missing) {
        ProtoNode sub = o.addText(msg, start, length, title);
        boolean[] end = {false};
        // the options in the field see no overload of their own: an option 52 among them opens nothing
        int[] none = {0};
        state.searchIndex = 0;
        state.sipIndex = 0;
        int off = start;
        while (off < start + length && !end[0]) {
            off += option(msg, ctx, sub, off, start + length, state, end, none);
        }
        if (!end[0]) {
            Expert.add(ctx, sub, missing);
        }
    }

    /** The UUID after a client identifier's type 0: its first three groups little-endian, as packet-dhcp.c reads it. */
    private static void uuid(ByteView v, ProtoNode o) {
        o.addObj(CLIENT_ID_UUID, v, 1, 16, Guids.fromWire(v.toArray(1, 16), 0, true));
    }

    /**
     * Option 61: a hardware type and address (7 bytes), a type-0 text, or RFC 4361's IAID and DUID (type 255);
     * anything else stays opaque.
     */
    private static void clientIdentifier(ByteView v, ProtoNode o, PacketContext ctx) {
        int len = v.reportedLength();
        int b = len > 0 ? v.u8(0) : 0;
        if (len == 7 && b > 0 && b < 48) {
            hardwareAddress(v, o, b);
        } else if (len == 17 && b == 0) {
            uuid(v, o); // no item for the type: the UUID is the whole story
        } else if (b == 255) {
            o.addObj(CLIENT_ID_IAID, v, 1, 4, DhcpModule.hardwareAddress(v, 1, 4, b));
            int duid = v.u16(5);
            o.add(CLIENT_ID_DUID_TYPE, v, 5, 2, duid);
            switch (duid) {
                case 1 -> {
                    if (len < 8) {
                        Expert.add(ctx, o, EI_MAL_DUID);
                        break;
                    }
                    int hw = v.u16(7);
                    o.add(CLIENT_ID_LLT_HW_TYPE, v, 7, 2, hw);
                    o.add(CLIENT_ID_TIME, v, 9, 4, v.u32(9));
                    if (len > 8) {
                        o.addObj(CLIENT_ID_LINK_LAYER, v, 13, len - 13,
                                DhcpModule.hardwareAddress(v, 13, len - 13, hw));
                    }
                }
                case 3 -> {
                    if (len < 4) {
                        Expert.add(ctx, o, EI_MAL_DUID);
                        break;
                    }
                    int hw = v.u16(7);
                    o.add(CLIENT_ID_LL_HW_TYPE, v, 7, 2, hw);
                    if (len > 4) {
                        o.addObj(CLIENT_ID_LINK_LAYER, v, 9, len - 9, DhcpModule.hardwareAddress(v, 9, len - 9, hw));
                    }
                }
                case 2 -> {
                    if (len < 6) {
                        Expert.add(ctx, o, EI_MAL_DUID);
                        break;
                    }
                    long enterprise = v.u32(7);
                    o.add(CLIENT_ID_ENTERPRISE, v, 7, 4, enterprise).label("Enterprise-number: "
                            + DhcpEnterprises.label(enterprise));
                    if (len > 6) {
                        int idLength = len - 11;
                        v.ensure(11, idLength);
                        o.addObj(CLIENT_ID_IDENTIFIER, v, 11, idLength, idLength == 0 ? "<MISSING>"
                                : v.toArray(11, idLength));
                    }
                }
                default -> {
                    // another DUID type: its type only
                }
            }
        } else if (b == 0 && len > 1) {
            o.add(CLIENT_ID_TYPE, v, 0, 1, 0);
            text(o, CLIENT_ID_UNDEF, v, 1, len - 1, ctx);
        }
    }

    /** A client identifier of a hardware type and a 6-byte address (options 61 and 97). */
    private static void hardwareAddress(ByteView v, ProtoNode o, int type) {
        o.add(HW_TYPE, v, 0, 1, type);
        if (type == DhcpModule.ARPHRD_ETHER || type == DhcpModule.ARPHRD_IEEE802) {
            o.add(HW_MAC, v, 1, 6, v.u48(1));
        } else {
            o.addObj(CLIENT_HW_ADDRESS, v, 1, 6, DhcpModule.hardwareAddress(v, 1, 6, type));
        }
    }

    /**
     * Option 124 (RFC 3925): vendor classes, each an enterprise number, a length and the class data; one byte alone is
     * CableLabs' address mode.
     */
    private static boolean viVendorClass(ByteView v, ProtoNode o, PacketContext ctx) {
        int len = v.reportedLength();
        if (len == 1) {
            o.add(VI_CLASS_ADDRESS_MODE, v, 0, 1, v.u8(0));
            return true;
        }
        int off = 0;
        while (len - off >= 5) {
            long enterprise = v.u32(off);
            o.add(VI_CLASS_ENTERPRISE, v, off, 4, enterprise).label("Enterprise: "
                    + DhcpEnterprises.label(enterprise));
            int dataLength = v.u8(off + 4);
            o.add(VI_CLASS_LENGTH, v, off + 4, 1, dataLength);
            text(o, VI_CLASS_DATA, v, off + 5, dataLength, ctx);
            off += 5 + dataLength;
        }
        if (len - off > 0) {
            Expert.add(ctx, o, EI_BAD_LENGTH, "length < 5");
        }
        return v.capturedLength() != 0;
    }

    /** Option 117 (RFC 2937): the name services to try, in order, two bytes each. */
    private static boolean nameServiceSearch(ByteView v, ProtoNode o, PacketContext ctx) {
        int len = v.reportedLength();
        if (len < 2) {
            Expert.add(ctx, o, EI_BAD_LENGTH, "length isn't >= 2");
            return true;
        }
        if ((len & 1) != 0) {
            Expert.add(ctx, o, EI_BAD_LENGTH, "length (" + len + ") isn't even number");
            return true;
        }
        for (int off = 0; off < len; off += 2) {
            int ns = v.u16(off);
            String text = switch (ns) {
                case 0 -> "Local naming information (e.g., an /etc/hosts file on a UNIX machine) (0)";
                case 6 -> "Domain Name Server Option (6)";
                case 41 -> "Network Information Servers Option (41)";
                case 44 -> "NetBIOS over TCP/IP Name Server Option (44)";
                case 65 -> "Network Information Service+ Servers Option (65)";
                default -> null;
            };
            if (text != null) {
                o.addObj(NAME_SERVICE, v, off, 2, text);
            } else {
                Expert.add(ctx, o, EI_NAME_SERVICE_INVALID, "Invalid Name Service (" + ns + "). RFC 2937 defines only "
                        + "0, 6, 41, 44, and 65 as possible values.");
            }
        }
        return v.capturedLength() != 0;
    }

    /** Option 78 (RFC 2610): the mandatory byte, then the directory agents' addresses. */
    private static boolean directoryAgent(ByteView v, ProtoNode o, PacketContext ctx) {
        int len = v.reportedLength();
        if (len < 1) {
            Expert.add(ctx, o, EI_BAD_LENGTH, "length isn't >= 1");
            return true;
        }
        int value = v.u8(0);
        o.add(SLP_DA_VALUE, v, 0, 1, value);
        int off = 1;
        if (value == 0x80) {
            // the backwards-compatible form has a reserved byte first
            if (len - off == 0) {
                return true;
            }
            off++;
        }
        for (; len - off >= 4; off += 4) {
            o.add(SLP_DA_ADDRESS, v, off, 4, v.u32(off));
        }
        if (len - off > 0) {
            Expert.add(ctx, o, EI_BAD_LENGTH, "Option length isn't a multiple of 4");
        }
        return v.capturedLength() != 0;
    }

    /** Option 99 (RFC 4776): what the location is of, the country code, then civic address elements. */
    private static void civicLocation(ByteView v, ProtoNode o, PacketContext ctx) {
        int len = v.reportedLength();
        if (len < 3) {
            return;
        }
        o.add(CIVIC_WHAT, v, 0, 1, v.u8(0));
        text(o, CIVIC_COUNTRY, v, 1, 2, ctx);
        int off = 3;
        while (len - off >= 2) {
            o.add(CIVIC_CA_TYPE, v, off, 1, v.u8(off));
            int caLength = v.u8(off + 1);
            o.add(CIVIC_CA_LENGTH, v, off + 1, 1, caLength);
            off += 2;
            if (caLength == 0) {
                continue;
            }
            if (len - off < caLength) {
                Expert.add(ctx, o, EI_CIVIC_BAD_CATYPE);
                break;
            }
            text(o, CIVIC_CA_VALUE, v, off, caLength, ctx);
            off += caLength;
        }
    }

    /** Option 81: the flags (S, O, E, N), the two result codes, and the name, in DNS wire form when E is set. */
    private static boolean clientFqdn(ByteView v, ProtoNode o, PacketContext ctx) {
        int len = v.reportedLength();
        if (len < 3) {
            Expert.add(ctx, o, EI_BAD_LENGTH, "length isn't >= 3");
            return true;
        }
        int flags = v.u8(0);
        StringBuilder text = new StringBuilder("Flags: 0x").append(FieldFormat.hexPadded(flags, 2));
        FieldFormat.appendBitmaskNames(text, flags, FQDN_N, FQDN_E, FQDN_O, FQDN_S);
        ProtoNode f = o.add(FQDN_FLAGS, v, 0, 1, flags).label(text.toString());
        f.add(FQDN_MBZ, v, 0, 1, flags >> 4);
        f.add(FQDN_N, v, 0, 1, flags >> 3 & 1);
        f.add(FQDN_E, v, 0, 1, flags >> 2 & 1);
        f.add(FQDN_O, v, 0, 1, flags >> 1 & 1);
        f.add(FQDN_S, v, 0, 1, flags & 1);
        o.add(FQDN_RCODE1, v, 1, 1, v.u8(1));
        o.add(FQDN_RCODE2, v, 2, 1, v.u8(2));
        if (len > 3) {
            if ((flags & 0x04) != 0) {
                o.addObj(FQDN_NAME, v, 3, len - 3, DhcpNames.read(v, 3, len - 3, 3).formatted());
            } else {
                text(o, FQDN_NAME, v, 3, len - 3, ctx);
            }
        }
        return v.capturedLength() != 0;
    }

    /** One suboption of option 82 at {@code off}; returns where the next one starts. */
    private static int agentSuboption(ByteView v, ProtoNode o, PacketContext ctx, int off, int end) {
        int start = off;
        int sub = v.u8(off++);
        if (off >= end) {
            Expert.add(ctx, o, EI_MISSING_SUBOPT_LENGTH, "Suboption " + sub
                    + ": no room left in option for suboption length");
            return end;
        }
        int len = v.u8(off);
        String name = O82_NAMES.get((long) sub);
        ProtoNode s = o.add(O82_SUBOPTION, v, start, len + 2, sub).label("Option 82 Suboption: (" + sub + ") "
                + (name == null ? "Unknown" : name));
        s.add(SUBOPTION_LENGTH, v, off, 1, len);
        off++;
        if (off + len > end) {
            Expert.add(ctx, s, EI_MISSING_SUBOPT_VALUE, "Suboption " + sub
                    + ": no room left in option for suboption value");
            return end;
        }
        ProtoNode value = s.addObj(O82_VALUE, v, off, len, len == 0 ? "<MISSING>" : v.toArray(off, len));
        if (sub == 9 || sub == 151) {
            value.hidden();
            if (sub == 9) {
                agentVendorInformation(v, s, ctx, off, off + len);
            } else if (len == 1) {
                s.add(O82_VRF_GLOBAL, v, off, 1, v.u8(off));
            } else if (len != 7) {
                text(s, O82_VRF_NAME, v, off, len, ctx);
            } else {
                s.add(O82_VRF_OUI, v, off, 3, v.u24(off));
                s.add(O82_VRF_INDEX, v, off + 3, 4, v.u32(off + 3));
            }
            return start + len + 2;
        }
        FieldDef f = switch (sub) {
            case 1 -> O82_CIRCUIT_ID;
            case 2 -> O82_REMOTE_ID;
            case 3 -> O82_RESERVED;
            case 4 -> O82_DOCSIS_CLASS;
            case 5 -> O82_LINK_SELECTION;
            case 6 -> O82_SUBSCRIBER_ID;
            case 7 -> O82_RADIUS;
            case 8 -> O82_AUTHENTICATION;
            case 10 -> O82_FLAGS;
            case 11 -> O82_SERVER_ID_OVERRIDE;
            case 12 -> O82_RELAY_AGENT_ID;
            case 150 -> O82_LINK_SELECTION_CISCO;
            case 152 -> O82_SERVER_ID_OVERRIDE_CISCO;
            default -> null;
        };
        if (f != null) {
            value.hidden();
            int consumed;
            switch (f.type()) {
                case BYTES -> {
                    s.addObj(f, v, off, len, len == 0 ? "<MISSING>" : v.toArray(off, len));
                    consumed = len;
                }
                case IPV4 -> {
                    if (len != 4) {
                        consumed = badLength(ctx, s, "length isn't 4");
                    } else {
                        long a = v.u32(off);
                        s.add(f, v, off, 4, a);
                        s.appendLabel(" (" + FieldFormat.ipv4(a) + ")");
                        consumed = 4;
                    }
                }
                case STRING -> {
                    text(s, f, v, off, len, ctx);
                    consumed = len;
                }
                case UINT32 -> {
                    if (len != 4) {
                        consumed = badLength(ctx, s, "length isn't 4");
                    } else {
                        s.add(f, v, off, 4, v.u32(off));
                        consumed = 4;
                    }
                }
                default -> {
                    if (len != 1) {
                        consumed = badLength(ctx, s, "length isn't 1");
                    } else {
                        s.add(f, v, off, 1, v.u8(off));
                        consumed = 1;
                    }
                }
            }
            if (consumed == 0) {
                Expert.add(ctx, s, EI_SUBOPT_UNKNOWN_TYPE, "ERROR, please report: Unknown subopt type handler "
                        + sub);
            }
        }
        return start + len + 2;
    }

    /**
     * Suboption 9 of option 82 (RFC 4243): per enterprise, its number and a length, then its data. CableLabs' own
     * tags (enterprise 4491) are not decoded: their data shows as bytes, as any other enterprise's.
     */
    private static void agentVendorInformation(ByteView v, ProtoNode s, PacketContext ctx, int off, int end) {
        while (off < end) {
            long enterprise = v.u32(off);
            ProtoNode e = s.add(O82_VI_ENTERPRISE, v, off, 4, enterprise).label("Enterprise: "
                    + DhcpEnterprises.label(enterprise));
            off += 4;
            int dataLength = v.u8(off);
            e.add(O82_VI_DATA_LENGTH, v, off, 1, dataLength);
            off++;
            s.addObj(O82_VALUE, v, off, dataLength, dataLength == 0 ? "<MISSING>" : v.toArray(off, dataLength));
            off += dataLength;
        }
    }

    /** Option 93: one architecture type per two bytes; type 9 is often sent for EFI x64. */
    private static void clientArchitecture(ByteView v, ProtoNode o, PacketContext ctx) {
        int len = v.reportedLength();
        int off = 0;
        for (; len - off > 1; off += 2) {
            int arch = v.u16(off);
            ProtoNode a = o.add(CLIENT_ARCH, v, off, 2, arch);
            if (arch == 9) {
                Expert.add(ctx, a, EI_CLIENT_ARCH_AMBIGUOUS, "Client Architecture ID 9 is often incorrectly used "
                        + "for EFI x64");
            }
        }
        if (len - off > 0) {
            Expert.add(ctx, o, EI_BAD_LENGTH, "Option length isn't a multiple of 2");
        }
    }

    /**
     * Option 119: the domain names of RFC 3397, read when the last of the options that carry the list (RFC 3396) is
     * met, from all their bytes joined; a list in one option links each name to its bytes, a split one to none.
     */
    private static void domainSearch(ByteView v, ProtoNode o, PacketContext ctx, State state) {
        int len = v.reportedLength();
        state.searchIndex++;
        if (state.searchBlocks > 1) {
            o.addObj(SEARCH_RFC3396, v, 0, len, state.searchIndex + "/" + state.searchBlocks);
            if (state.searchIndex != state.searchBlocks) {
                o.addObj(SEARCH_REFER_LAST, v, 0, len, state.searchBlocks + "/" + state.searchBlocks);
            }
        }
        if (len > 0) {
            if (state.search == null) {
                state.search = new ByteArrayOutputStream();
            }
            state.search.write(v.toArray(0, len), 0, len);
        }
        if (state.searchIndex == state.searchBlocks && state.search != null) {
            ByteView all = ByteView.of(state.search.toByteArray());
            state.search = null;
            int total = all.reportedLength();
            int off = 0;
            while (off < total) {
                DhcpNames.Name name = DhcpNames.read(all, off, total, 0);
                if (state.searchBlocks == 1) {
                    o.addObj(SEARCH_FQDN, v, off, name.length(), name.formatted());
                } else {
                    o.addObj(SEARCH_FQDN, v, 0, 0, name.formatted());
                }
                off += name.length();
            }
        }
    }

    /** Options 21 and 33: pairs of addresses, eight bytes each. */
    private static void pairs(ByteView v, ProtoNode o, PacketContext ctx, FieldDef first, FieldDef second) {
        int len = v.reportedLength();
        int off = 0;
        for (; len - off >= 8; off += 8) {
            o.add(first, v, off, 4, v.u32(off));
            o.add(second, v, off + 4, 4, v.u32(off + 4));
        }
        if (len - off > 0) {
            Expert.add(ctx, o, EI_BAD_LENGTH, "Option length isn't a multiple of 8");
        }
    }

    /**
     * Option 77 (RFC 3004): instances of a length and data. What does not fit that form (iPXE and Microsoft's RRAS
     * send a bare name) is shown as text from the instance that runs past the end, with a note.
     */
    private static boolean userClass(ByteView v, ProtoNode o, PacketContext ctx) {
        int len = v.reportedLength();
        if (len < 2) {
            Expert.add(ctx, o, EI_BAD_LENGTH, "length isn't >= 2");
            return true;
        }
        int index = 0;
        int off = 0;
        while (off < len) {
            int classLength = v.u8(off);
            if (off + 1 + classLength > len) {
                // an instance longer than what is left: the rest is shown as text, not RFC 3004's form
                ProtoNode t = text(o, USER_CLASS_TEXT, v, off, len - off, ctx);
                Expert.add(ctx, t, EI_NONSTD_DATA);
                break;
            }
            ProtoNode instance = o.add(USER_CLASS, v, off, 1, index & 0xff).label("Instance of User Class: ["
                    + (index & 0xff) + "]");
            ProtoNode l = instance.add(USER_CLASS_LENGTH, v, off, 1, classLength);
            instance.setLength(classLength + 1);
            off++;
            if (classLength == 0) {
                Expert.add(ctx, l, EI_BAD_LENGTH, "UC_Len_" + (index & 0xff) + " isn't >= 1 (UC_Len_"
                        + (index & 0xff) + " = 0)");
                break;
            }
            instance.addObj(USER_CLASS_DATA, v, off, classLength, v.toArray(off, classLength));
            off += classLength;
            index++;
        }
        return v.capturedLength() != 0;
    }

    /** tvb_strneql: whether the bytes at {@code off} are {@code s} (false when fewer bytes remain). */
    private static boolean startsWith(ByteView v, int off, String s) {
        if (!v.has(off, s.length())) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (v.u8(off + i) != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Option 120 (RFC 3361): an encoding byte, then domain names or IPv4 addresses; like option 119 it may be split
     * over several options (RFC 3396) and is read when the last one is met.
     */
    private static void sipServers(ByteView v, ProtoNode o, PacketContext ctx, State state) {
        int len = v.reportedLength();
        state.sipIndex++;
        if (state.sipBlocks > 1) {
            o.addObj(SIP_RFC3396, v, 0, len, state.sipIndex + "/" + state.sipBlocks);
            if (state.sipIndex != state.sipBlocks) {
                o.addObj(SIP_REFER_LAST, v, 0, len, state.sipBlocks + "/" + state.sipBlocks);
            }
        }
        if (len > 0) {
            if (state.sip == null) {
                state.sip = new ByteArrayOutputStream();
            }
            state.sip.write(v.toArray(0, len), 0, len);
        }
        if (state.sipIndex != state.sipBlocks || state.sip == null) {
            return;
        }
        ByteView all = ByteView.of(state.sip.toByteArray());
        boolean single = state.sipBlocks == 1;
        int total = all.reportedLength();
        int enc = all.u8(0);
        o.add(SIP_ENCODING, v, 0, single ? 1 : 0, enc);
        switch (enc) {
            case 0 -> {
                if (total < 3) {
                    Expert.add(ctx, o, EI_BAD_LENGTH, "length isn't >= 3 (len = " + total + ")");
                    return;
                }
                // the names' compression pointers count from after the encoding byte
                for (int off = 1; off < total; ) {
                    DhcpNames.Name name = DhcpNames.read(all, off, total, 1);
                    if (single) {
                        o.addObj(SIP_NAME, v, off, name.length(), name.formatted());
                    } else {
                        o.addObj(SIP_NAME, v, 0, 0, name.formatted());
                    }
                    off += name.length();
                }
                state.sip = null;
            }
            case 1 -> {
                if (total < 5) {
                    Expert.add(ctx, o, EI_BAD_LENGTH, "length isn't >= 5 (len = " + total + ")");
                    return;
                }
                if (((total - 1) & 3) != 0) {
                    Expert.add(ctx, o, EI_BAD_LENGTH, single
                            ? "length isn't a multiple of 4 plus 1 (len = " + total + ")."
                            : "length isn't a multiple of 4 plus 1 (len = " + total + "). For your information with "
                            + "RFC 3396, the length is the length sum of all options 120 into this BOOTP packet.");
                    return;
                }
                for (int off = 1; off < total; off += 4) {
                    if (single) {
                        o.add(SIP_ADDRESS, v, off, 4, all.u32(off));
                    } else {
                        o.add(SIP_ADDRESS, v, 0, 0, all.u32(off));
                    }
                }
            }
            default -> Expert.add(ctx, o, EI_SIP_ENCODING, "RFC 3361 defines only 0 and 1 for Encoding byte "
                    + "(Encoding = " + enc + ").");
        }
    }

    /** Options 121 and 249 (RFC 3442): a mask width, the significant octets of the subnet, then the router. */
    private static boolean classlessRoutes(ByteView v, ProtoNode o, PacketContext ctx) {
        int len = v.reportedLength();
        if (len < 5) {
            Expert.add(ctx, o, EI_BAD_LENGTH, "length isn't >= 5");
            return true;
        }
        int off = 0;
        while (off < len) {
            int width = v.u8(off);
            if (width > 32) {
                Expert.add(ctx, o, EI_CLASSLESS_ROUTE, "Mask width (" + width + ") > 32");
                break;
            }
            int significant = (width + 7) / 8;
            byte[] raw = v.toArray(off, 1 + significant + 4);
            StringBuilder text = new StringBuilder(" ");
            if (width == 0) {
                text.append("default");
            } else {
                for (int i = 0; i < significant; i++) {
                    text.append(i > 0 ? "." : "").append(raw[1 + i] & 0xff);
                }
                for (int i = significant; i < 4; i++) {
                    text.append(".0");
                }
                text.append('/').append(width);
            }
            text.append('-').append(FieldFormat.ipv4(v.u32(off + 1 + significant)));
            o.addObj(CLASSLESS_ROUTE, v, off, raw.length, raw).label(text.toString());
            off += raw.length;
        }
        return v.capturedLength() != 0;
    }
}
