package org.jdissect.output.tcpdump;

import java.util.Map;

/**
 * tcpdump 4.99.3's print-lldp.c: "LLDP, length N" and the system name; with -v every TLV, the IEEE 802.1, IEEE 802.3,
 * IANA, TIA (LLDP-MED) and DCBX organization specific ones decoded; with -vv (or -v for what it does not decode) the
 * hex of each TLV's value. A TLV past the captured bytes, or one too short for what -v prints, is " [|lldp]".
 */
final class Lldp {
    private Lldp() {
    }

    private static final Map<Integer, String> TLV_TYPES = Map.of(0, "End", 1, "Chassis ID", 2, "Port ID",
            3, "Time to Live", 4, "Port Description", 5, "System Name", 6, "System Description",
            7, "System Capabilities", 8, "Management Address", 127, "Organization specific");
    private static final Map<Integer, String> CHASSIS_SUBTYPES = Map.of(1, "Chassis component", 2, "Interface alias",
            3, "Port component", 4, "MAC address", 5, "Network address", 6, "Interface name", 7, "Local");
    private static final Map<Integer, String> PORT_SUBTYPES = Map.of(1, "Interface alias", 2, "Port component",
            3, "MAC address", 4, "Network Address", 5, "Interface Name", 6, "Agent circuit ID", 7, "Local");
    private static final int[] CAP_BITS = {0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80};
    private static final String[] CAP_NAMES = {"Other", "Repeater", "Bridge", "WLAN AP", "Router", "Telephone",
        "Docsis", "Station Only"};
    /** af.c's af_values. */
    private static final Map<Integer, String> AF = Map.ofEntries(Map.entry(0, "Reserved"), Map.entry(1, "IPv4"),
            Map.entry(2, "IPv6"), Map.entry(3, "NSAP"), Map.entry(4, "HDLC"), Map.entry(5, "BBN 1822"),
            Map.entry(6, "802"), Map.entry(7, "E.163"), Map.entry(8, "E.164"), Map.entry(9, "F.69"),
            Map.entry(10, "X.121"), Map.entry(11, "Novell IPX"), Map.entry(12, "Appletalk"),
            Map.entry(13, "Decnet IV"), Map.entry(14, "Banyan Vines"), Map.entry(15, "E.164 with NSAP subaddress"),
            Map.entry(196, "Layer-2 VPN"), Map.entry(25, "VPLS"));
    private static final Map<Integer, String> INTF_NUMBERING = Map.of(2, "Interface Index", 3, "System Port Number");

    private static final int OUI_IEEE_8021 = 0x0080c2;
    private static final int OUI_IEEE_8023 = 0x00120f;
    private static final int OUI_IANA = 0x00005e;
    private static final int OUI_TIA = 0x0012bb;
    private static final int OUI_DCBX = 0x001b21;

    private static final Map<Integer, String> SUBTYPES_8021 = Map.ofEntries(Map.entry(1, "Port VLAN Id"),
            Map.entry(2, "Port and Protocol VLAN ID"), Map.entry(3, "VLAN name"), Map.entry(4, "Protocol Identity"),
            Map.entry(7, "Link aggregation"), Map.entry(8, "Congestion Notification"),
            Map.entry(9, "ETS Configuration"), Map.entry(10, "ETS Recommendation"),
            Map.entry(11, "Priority Flow Control Configuration"), Map.entry(12, "Application Priority"),
            Map.entry(13, "EVB"), Map.entry(14, "CDCP"));
    private static final Map<Integer, String> SUBTYPES_8023 = Map.of(1, "MAC/PHY configuration/status",
            2, "Power via MDI", 3, "Link aggregation", 4, "Max frame size");
    private static final Map<Integer, String> EVB_MODES = Map.of(0, "Not Supported", 1, "EVB Bridge",
            2, "EVB Station", 3, "Reserved for future Standardization");
    private static final String[] MAU_TYPES = {"Unknown", "AUI", "10BASE_5", "FOIRL", "10BASE2",
        "10BASET duplex mode unknown", "10BASEFP", "10BASEFB", "10BASEFL duplex mode unknown", "10BROAD36",
        "10BASET hdx", "10BASET fdx", "10BASEFL hdx", "10BASEFL fdx", "100BASET4", "100BASETX hdx", "100BASETX fdx",
        "100BASEFX hdx", "100BASEFX fdx", "100BASET2 hdx", "100BASET2 fdx", "1000BASEX hdx", "1000BASEX fdx",
        "1000BASELX hdx", "1000BASELX fdx", "1000BASESX hdx", "1000BASESX fdx", "1000BASECX hdx", "1000BASECX fdx",
        "1000BASET hdx", "1000BASET fdx", "10GBASEX", "10GBASELX4", "10GBASER", "10GBASEER", "10GBASELR",
        "10GBASESR", "10GBASEW", "10GBASEEW", "10GBASELW", "10GBASESW"};
    /** lldp_pmd_capability_values, in its order (bittok2str lists the set bits in table order). */
    private static final int[] PMD_BITS = {1 << 14, 1 << 13, 1 << 12, 1 << 11, 1 << 10, 1 << 9, 1 << 8, 1 << 7,
        1 << 6, 1 << 5, 1 << 4, 1 << 3, 1 << 2, 1 << 1, 1};
    private static final String[] PMD_NAMES = {"10BASE-T hdx", "10BASE-T fdx", "100BASE-T4", "100BASE-TX hdx",
        "100BASE-TX fdx", "100BASE-T2 hdx", "100BASE-T2 fdx", "Pause for fdx links", "Asym PAUSE for fdx",
        "Sym PAUSE for fdx", "Asym and Sym PAUSE for fdx", "1000BASE-{X LX SX CX} hdx", "1000BASE-{X LX SX CX} fdx",
        "1000BASE-T hdx", "1000BASE-T fdx"};
    private static final int[] SUPPORTED_ENABLED = {1, 2};
    private static final String[] AUTONEG_NAMES = {"supported", "enabled"};
    private static final int[] PPVID_BITS = {2, 4};
    private static final int[] MDI_BITS = {1, 2, 4, 8};
    private static final String[] MDI_NAMES = {"PSE", "supported", "enabled", "can be controlled"};
    private static final Map<Integer, String> MDI_PAIRS = Map.of(1, "signal", 2, "spare");
    private static final Map<Integer, String> MDI_CLASSES = Map.of(1, "class0", 2, "class1", 3, "class2",
            4, "class3", 5, "class4");

    private static final Map<Integer, String> TIA_SUBTYPES = Map.ofEntries(Map.entry(1, "LLDP-MED Capabilities"),
            Map.entry(2, "Network policy"), Map.entry(3, "Location identification"),
            Map.entry(4, "Extended power-via-MDI"), Map.entry(5, "Inventory - hardware revision"),
            Map.entry(6, "Inventory - firmware revision"), Map.entry(7, "Inventory - software revision"),
            Map.entry(8, "Inventory - serial number"), Map.entry(9, "Inventory - manufacturer name"),
            Map.entry(10, "Inventory - model name"), Map.entry(11, "Inventory - asset ID"));
    private static final int[] TIA_CAP_BITS = {1, 2, 4, 8, 16, 32};
    private static final String[] TIA_CAP_NAMES = {"LLDP-MED capabilities", "network policy",
        "location identification", "extended power via MDI-PSE", "extended power via MDI-PD", "Inventory"};
    private static final Map<Integer, String> TIA_DEVICE_TYPES = Map.of(1, "endpoint class 1", 2, "endpoint class 2",
            3, "endpoint class 3", 4, "network connectivity");
    private static final Map<Integer, String> TIA_APPLICATIONS = Map.of(1, "voice", 2, "voice signaling",
            3, "guest voice", 4, "guest voice signaling", 5, "softphone voice", 6, "video conferencing",
            7, "streaming video", 8, "video signaling");
    private static final int[] TIA_POLICY_BITS = {0x80, 0x40, 0x20};
    private static final String[] TIA_POLICY_NAMES = {"Unknown", "Tagged", "reserved"};
    private static final Map<Integer, String> TIA_LOCATION_FORMATS = Map.of(1, "coordinate-based LCI",
            2, "civic address LCI", 3, "ECS ELIN");
    private static final Map<Integer, String> TIA_ALTITUDE_TYPES = Map.of(1, "meters", 2, "floors");
    private static final Map<Integer, String> TIA_DATUMS = Map.of(1, "World Geodesic System 1984",
            2, "North American Datum 1983 (NAVD88)", 3, "North American Datum 1983 (MLLW)");
    private static final Map<Integer, String> TIA_CA_TYPES = Map.of(
            1, "national subdivisions (state,canton,region,province,prefecture)", 2, "county, parish, gun, district",
            3, "city, township, shi", 4, "city division, borough, city district, ward chou", 5, "neighborhood, block",
            6, "street");
    private static final Map<Integer, String> TIA_LCI_WHAT = Map.of(0, "location of DHCP server",
            1, "location of the network element believed to be closest to the client", 2, "location of the client");
    private static final Map<Integer, String> TIA_POWER_SOURCES = Map.of(1, "PSE - primary power source",
            2, "local - backup power source", 3, "PSE+local - reserved");
    private static final Map<Integer, String> TIA_POWER_PRIORITIES = Map.of(1, "critical", 2, "high", 3, "low");
    private static final Map<Integer, String> TIA_INVENTORY = Map.of(5, "Hardware revision", 6, "Firmware revision",
            7, "Software revision", 8, "Serial number", 9, "Manufacturer name", 10, "Model name", 11, "Asset ID");
    private static final Map<Integer, String> DCBX_SUBTYPES = Map.of(1, "DCB Capability Exchange Protocol Rev 1",
            2, "DCB Capability Exchange Protocol Rev 1.01");

    private static String tok(Map<Integer, String> names, int v, String otherwise) {
        String n = names.get(v);
        return n == null ? otherwise : n;
    }

    /** lldp_print of the LLDPDU at {@code off}, {@code len} bytes long by the link layer. */
    static void print(Layers l, Pkt p, int off, int len) {
        p.proto = "lldp";
        int v = p.o.verbose();
        p.p("LLDP, length ").p(len);
        int tptr = off;
        int tlen = len;
        try {
            while (tlen >= 2) {
                // ND_TCHECK_LEN: a "goto trunc", which returns normally (the -x dump starts after the link header)
                need(p.has(tptr, 2));
                int tlv = p.u16(tptr);
                int type = tlv >> 9;
                int tlvLen = tlv & 0x1ff;
                boolean hexdump = false;
                tlen -= 2;
                tptr += 2;
                if (v > 0) {
                    p.p("\n\t").p(tok(TLV_TYPES, type, "Unknown")).p(" TLV (").p(type).p("), length ").p(tlvLen);
                }
                // lldp_print's infinite loop check: the End TLV, or any TLV of no length, ends the LLDPDU
                if (type == 0 || tlvLen == 0) {
                    break;
                }
                if (!p.has(tptr, tlvLen) || tlen < tlvLen) {
                    throw GotoTrunc.INSTANCE;
                }
                switch (type) {
                    case 1, 2 -> {
                        if (v > 0) {
                            hexdump = identifier(l, p, tptr, tlvLen, type == 1);
                        }
                    }
                    case 3 -> {
                        if (v > 0) {
                            need(tlvLen >= 2);
                            p.p(": TTL ").p(p.u16(tptr)).p("s");
                        }
                    }
                    case 4 -> {
                        if (v > 0) {
                            p.p(": ");
                            p.printjnp(tptr, tlvLen);
                        }
                    }
                    case 5 -> {
                        // the system name is printed without -v too, as the CDP printer does
                        p.p(": ");
                        p.printjnp(tptr, tlvLen);
                    }
                    case 6 -> {
                        if (v > 0) {
                            p.p("\n\t  ");
                            p.printjnp(tptr, tlvLen);
                        }
                    }
                    case 7 -> {
                        if (v > 0) {
                            need(tlvLen >= 4);
                            int cap = p.u16(tptr);
                            int enabled = p.u16(tptr + 2);
                            p.p("\n\t  System  Capabilities [").p(Pkt.bittok(cap, CAP_BITS, CAP_NAMES, "none"))
                                    .p("] (0x").p(hex(cap, 4)).p(")");
                            p.p("\n\t  Enabled Capabilities [").p(Pkt.bittok(enabled, CAP_BITS, CAP_NAMES, "none"))
                                    .p("] (0x").p(hex(enabled, 4)).p(")");
                        }
                    }
                    case 8 -> {
                        if (v > 0) {
                            need(management(l, p, tptr, tlvLen));
                        }
                    }
                    case 127 -> {
                        if (v > 0) {
                            need(tlvLen >= 3);
                            int oui = p.u8(tptr) << 16 | p.u16(tptr + 1);
                            p.p(": OUI ").p(Names.oui(oui)).p(" (0x").p(hex(oui, 6)).p(")");
                            hexdump = switch (oui) {
                                case OUI_IEEE_8021 -> ieee8021(p, tptr, tlvLen);
                                case OUI_IEEE_8023 -> ieee8023(p, tptr, tlvLen);
                                case OUI_IANA -> iana(p, tptr, tlvLen);
                                case OUI_TIA -> tia(p, tptr, tlvLen);
                                case OUI_DCBX -> dcbx(p, tptr, tlvLen);
                                default -> true;
                            };
                        }
                    }
                    default -> hexdump = true;
                }
                if (v > 1 || (v > 0 && hexdump)) {
                    Transport.unknownData(p, tptr, "\n\t  ", tlvLen);
                }
                tlen -= tlvLen;
                tptr += tlvLen;
            }
        } catch (GotoTrunc e) {
            p.trunc();
        }
    }

    private static void need(boolean ok) {
        if (!ok) {
            throw GotoTrunc.INSTANCE;
        }
    }

    private static String hex(long v, int digits) {
        String h = Long.toHexString(v);
        return h.length() >= digits ? h : "0".repeat(digits - h.length()) + h;
    }

    /** The chassis ID or port ID TLV's subtype and identifier; returns whether to dump its bytes. */
    private static boolean identifier(Layers l, Pkt p, int tptr, int tlvLen, boolean chassis) {
        need(tlvLen >= 2);
        int subtype = p.u8(tptr);
        p.p("\n\t  Subtype ").p(tok(chassis ? CHASSIS_SUBTYPES : PORT_SUBTYPES, subtype, "Unknown")).p(" (")
                .p(subtype).p("): ");
        int mac = chassis ? 4 : 3;
        int network = chassis ? 5 : 4;
        if (subtype == mac) {
            need(tlvLen >= 7);
            p.check(tptr + 1, 6);
            p.p(l.mac(Layers.raw48(p, tptr + 1)));
        } else if (subtype == network) {
            String a = networkAddress(l, p, tptr + 1, tlvLen - 1);
            need(a != null);
            p.p(a);
        } else if (subtype >= 1 && subtype <= 7) {
            p.printjnp(tptr + 1, tlvLen - 1);
        } else {
            return true;
        }
        return false;
    }

    /** lldp_network_addr_print: null when the address is shorter than its family's. */
    private static String networkAddress(Layers l, Pkt p, int tptr, int len) {
        if (len < 1) {
            return null;
        }
        len--;
        int af = p.u8(tptr);
        String name = tok(AF, af, "Unknown");
        String addr;
        switch (af) {
            case 1 -> {
                if (len < 4) {
                    return null;
                }
                addr = Pkt.ipaddr(p.u32(tptr + 1));
            }
            case 2 -> {
                if (len < 16) {
                    return null;
                }
                addr = Inet6.addr(p, tptr + 1);
            }
            case 6 -> {
                if (len < 6) {
                    return null;
                }
                p.check(tptr + 1, 6);
                addr = l.mac(Layers.raw48(p, tptr + 1));
            }
            default -> {
                return "AFI " + name + " (" + af + "), no AF printer !";
            }
        }
        return "AFI " + name + " (" + af + "): " + addr;
    }

    /** lldp_mgmt_addr_tlv_print: false when a part does not fit. */
    private static boolean management(Layers l, Pkt p, int tptr, int tlen) {
        if (tlen < 1) {
            return false;
        }
        int addrLen = p.u8(tptr);
        tptr++;
        tlen--;
        if (tlen < addrLen) {
            return false;
        }
        String addr = networkAddress(l, p, tptr, addrLen);
        if (addr == null) {
            return false;
        }
        p.p("\n\t  Management Address length ").p(addrLen).p(", ").p(addr);
        tptr += addrLen;
        tlen -= addrLen;
        if (tlen < 5) {
            return false;
        }
        int numbering = p.u8(tptr);
        p.p("\n\t  ").p(tok(INTF_NUMBERING, numbering, "Unknown")).p(" Interface Numbering (").p(numbering)
                .p("): ").p(p.u32(tptr + 1));
        tptr += 5;
        tlen -= 5;
        // the OID is optional
        if (tlen > 0) {
            int oidLen = p.u8(tptr);
            if (tlen < 1 + oidLen) {
                return false;
            }
            if (oidLen > 0) {
                p.p("\n\t  OID length ").p(oidLen);
                p.printjnp(tptr + 1, oidLen);
            }
        }
        return true;
    }

    /** C's "%-Nd": left-justified in {@code width} columns. */
    private static String left(long v, int width) {
        String s = Long.toString(v);
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static void bitsRow(Pkt p, int tval) {
        p.p("\n\t     Priority : 0  1  2  3  4  5  6  7");
        p.p("\n\t     Value    : ");
        for (int i = 0; i < 8; i++) {
            p.p(left(tval >> i & 1, 2)).p(" ");
        }
    }

    private static void ets(Pkt p, int tptr) {
        int[] v = new int[8];
        for (int i = 0; i < 4; i++) {
            int b = p.u8(tptr + 5 + i);
            v[2 * i] = b >> 4;
            v[2 * i + 1] = b & 0x0f;
        }
        p.p("\n\t    Priority Assignment Table");
        p.p("\n\t     Priority : 0   1   2   3   4   5   6   7");
        p.p("\n\t     Value    : ").p(row(v));
        for (int i = 0; i < 8; i++) {
            v[i] = p.u8(tptr + 9 + i);
        }
        p.p("\n\t    TC Bandwidth Table");
        p.p("\n\t     TC%   : 0   1   2   3   4   5   6   7");
        p.p("\n\t     Value : ").p(row(v));
        for (int i = 0; i < 8; i++) {
            v[i] = p.u8(tptr + 17 + i);
        }
        p.p("\n\t    TSA Assignment Table");
        p.p("\n\t     Traffic Class: 0   1   2   3   4   5   6   7");
        p.p("\n\t     Value        : ").p(row(v));
    }

    /** Eight "%-3d" values separated by spaces, as the ETS tables print them. */
    private static String row(int[] v) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(left(v[i], 3));
        }
        return sb.toString();
    }

    /** lldp_private_8021_print (IEEE 802.1AB annex E and 802.1Q's DCB and EVB TLVs). */
    private static boolean ieee8021(Pkt p, int tptr, int tlvLen) {
        if (tlvLen < 4) {
            return false;
        }
        int subtype = p.u8(tptr + 3);
        p.p("\n\t  ").p(tok(SUBTYPES_8021, subtype, "unknown")).p(" Subtype (").p(subtype).p(")");
        switch (subtype) {
            case 1 -> {
                if (tlvLen < 6) {
                    return false;
                }
                p.p("\n\t    port vlan id (PVID): ").p(p.u16(tptr + 4));
            }
            case 2 -> {
                if (tlvLen < 7) {
                    return false;
                }
                int flags = p.u8(tptr + 4);
                p.p("\n\t    port and protocol vlan id (PPVID): ").p(p.u16(tptr + 5)).p(", flags [")
                        .p(Pkt.bittok(flags, PPVID_BITS, AUTONEG_NAMES, "none")).p("] (0x").p(hex(flags, 2)).p(")");
            }
            case 3 -> {
                if (tlvLen < 6) {
                    return false;
                }
                p.p("\n\t    vlan id (VID): ").p(p.u16(tptr + 4));
                if (tlvLen < 7) {
                    return false;
                }
                int n = p.u8(tptr + 6);
                if (tlvLen < 7 + n) {
                    return false;
                }
                p.p("\n\t    vlan name: ");
                p.printjnp(tptr + 7, n);
            }
            case 4 -> {
                if (tlvLen < 5) {
                    return false;
                }
                int n = p.u8(tptr + 4);
                if (tlvLen < 5 + n) {
                    return false;
                }
                p.p("\n\t    protocol identity: ");
                p.printjnp(tptr + 5, n);
            }
            case 7 -> {
                if (tlvLen < 9) {
                    return false;
                }
                aggregation(p, tptr);
            }
            case 8 -> {
                if (tlvLen < 6) {
                    return false;
                }
                p.p("\n\t    Pre-Priority CNPV Indicator");
                bitsRow(p, p.u8(tptr + 4));
                int ready = p.u8(tptr + 5);
                p.p("\n\t    Pre-Priority Ready Indicator");
                bitsRow(p, ready);
            }
            case 9 -> {
                if (tlvLen < 25) {
                    return false;
                }
                int t = p.u8(tptr + 4);
                p.p("\n\t    Willing:").p(t >> 7).p(", CBS:").p(t >> 6 & 0x02).p(", RES:").p(t >> 3 & 0x07)
                        .p(", Max TCs:").p(t & 0x07);
                ets(p, tptr);
            }
            case 10 -> {
                if (tlvLen < 25) {
                    return false;
                }
                p.p("\n\t    RES: ").p(p.u8(tptr + 4));
                ets(p, tptr);
            }
            case 11 -> {
                if (tlvLen < 6) {
                    return false;
                }
                int t = p.u8(tptr + 4);
                p.p("\n\t    Willing: ").p(t >> 7).p(", MBC: ").p(t >> 6 & 1).p(", RES: ").p(t >> 4 & 3)
                        .p(", PFC cap:").p(t & 0x0f).p(" ");
                p.p("\n\t    PFC Enable");
                bitsRow(p, p.u8(tptr + 5));
            }
            case 12 -> {
                if (tlvLen < 5) {
                    return false;
                }
                p.p("\n\t    RES: ").p(p.u8(tptr + 4));
                if (tlvLen <= 5) {
                    return false;
                }
                int sublen = tlvLen - 5;
                if (sublen % 3 != 0) {
                    return false;
                }
                p.p("\n\t    Application Priority Table");
                for (int i = 0; i < sublen; i += 3) {
                    int t = p.u8(tptr + i + 5);
                    p.p("\n\t      Priority: ").p(t >> 5).p(", RES: ").p(t >> 3 & 3).p(", Sel: ").p(t & 7)
                            .p(", Protocol ID: ").p(p.u16(tptr + i + 6));
                }
            }
            case 13 -> {
                if (tlvLen < 9) {
                    return false;
                }
                p.p("\n\t    EVB Bridge Status");
                int t = p.u8(tptr + 4);
                p.p("\n\t      RES: ").p(t >> 3).p(", BGID: ").p(t >> 2 & 1).p(", RRCAP: ").p(t >> 1 & 1)
                        .p(", RRCTR: ").p(t & 1);
                p.p("\n\t    EVB Station Status");
                t = p.u8(tptr + 5);
                p.p("\n\t      RES: ").p(t >> 4).p(", SGID: ").p(t >> 3 & 1).p(", RRREQ: ").p(t >> 2 & 1)
                        .p(",RRSTAT: ").p(t & 3);
                t = p.u8(tptr + 6);
                p.p("\n\t    R: ").p(t >> 5).p(", RTE: ").p(t & 0x1f).p(", ");
                t = p.u8(tptr + 7);
                p.p("EVB Mode: ").p(tok(EVB_MODES, t >> 6, "unknown")).p(" [").p(t >> 6).p("]");
                p.p("\n\t    ROL: ").p(t >> 5 & 1).p(", RWD: ").p(t & 0x1f).p(", ");
                t = p.u8(tptr + 8);
                p.p("RES: ").p(t >> 6).p(", ROL: ").p(t >> 5 & 1).p(", RKA: ").p(t & 0x1f);
            }
            case 14 -> {
                if (tlvLen < 8) {
                    return false;
                }
                int t = p.u8(tptr + 4);
                p.p("\n\t    Role: ").p(t >> 7).p(", RES: ").p(t >> 4 & 7).p(", Scomp: ").p(t >> 3 & 1).p(" ");
                p.p("ChnCap: ").p(p.u16(tptr + 6) & 0x0fff);
                int sublen = tlvLen - 8;
                if (sublen % 3 != 0) {
                    return false;
                }
                for (int i = 0; i < sublen; i += 3) {
                    int x = p.u8(tptr + i + 8) << 16 | p.u16(tptr + i + 9);
                    p.p("\n\t    SCID: ").p(x >> 12).p(", SVID: ").p(x & 0xfff);
                }
            }
            default -> {
                return true;
            }
        }
        return false;
    }

    private static void aggregation(Pkt p, int tptr) {
        p.p("\n\t    aggregation status [").p(Pkt.bittok(p.u8(tptr + 4), SUPPORTED_ENABLED, AUTONEG_NAMES, "none"))
                .p("], aggregation port ID ").p(p.u32(tptr + 5));
    }

    /** lldp_private_8023_print. */
    private static boolean ieee8023(Pkt p, int tptr, int tlvLen) {
        if (tlvLen < 4) {
            return false;
        }
        int subtype = p.u8(tptr + 3);
        p.p("\n\t  ").p(tok(SUBTYPES_8023, subtype, "unknown")).p(" Subtype (").p(subtype).p(")");
        switch (subtype) {
            case 1 -> {
                if (tlvLen < 9) {
                    return false;
                }
                int autoneg = p.u8(tptr + 4);
                p.p("\n\t    autonegotiation [").p(Pkt.bittok(autoneg, SUPPORTED_ENABLED, AUTONEG_NAMES, "none"))
                        .p("] (0x").p(hex(autoneg, 2)).p(")");
                int pmd = p.u16(tptr + 5);
                p.p("\n\t    PMD autoneg capability [").p(Pkt.bittok(pmd, PMD_BITS, PMD_NAMES, "unknown")).p("] (0x")
                        .p(hex(pmd, 4)).p(")");
                int mau = p.u16(tptr + 7);
                p.p("\n\t    MAU type ").p(mau < MAU_TYPES.length ? MAU_TYPES[mau] : "unknown").p(" (0x")
                        .p(hex(mau, 4)).p(")");
            }
            case 2 -> {
                if (tlvLen < 7) {
                    return false;
                }
                p.p("\n\t    MDI power support [").p(Pkt.bittok(p.u8(tptr + 4), MDI_BITS, MDI_NAMES, "none"))
                        .p("], power pair ").p(tok(MDI_PAIRS, p.u8(tptr + 5), "unknown")).p(", power class ")
                        .p(tok(MDI_CLASSES, p.u8(tptr + 6), "unknown"));
            }
            case 3 -> {
                if (tlvLen < 9) {
                    return false;
                }
                aggregation(p, tptr);
            }
            case 4 -> {
                if (tlvLen < 6) {
                    return false;
                }
                p.p("\n\t    MTU size ").p(p.u16(tptr + 4));
            }
            default -> {
                return true;
            }
        }
        return false;
    }

    /** lldp_private_iana_print: the MUD URL (RFC 8520), every byte printed. */
    private static boolean iana(Pkt p, int tptr, int tlvLen) {
        if (tlvLen < 8) {
            return false;
        }
        int subtype = p.u8(tptr + 3);
        p.p("\n\t  ").p(subtype == 1 ? "MUD-URL" : "unknown").p(" Subtype (").p(subtype).p(")");
        if (subtype != 1) {
            return true;
        }
        p.p("\n\t  MUD-URL=");
        p.printnAll(tptr + 4, tlvLen - 4);
        return false;
    }

    /** lldp_private_tia_print (ANSI/TIA-1057, LLDP-MED). */
    private static boolean tia(Pkt p, int tptr, int tlvLen) {
        if (tlvLen < 4) {
            return false;
        }
        int subtype = p.u8(tptr + 3);
        p.p("\n\t  ").p(tok(TIA_SUBTYPES, subtype, "unknown")).p(" Subtype (").p(subtype).p(")");
        switch (subtype) {
            case 1 -> {
                if (tlvLen < 7) {
                    return false;
                }
                int caps = p.u16(tptr + 4);
                p.p("\n\t    Media capabilities [").p(Pkt.bittok(caps, TIA_CAP_BITS, TIA_CAP_NAMES, "none")).p("] (0x")
                        .p(hex(caps, 4)).p(")");
                int type = p.u8(tptr + 6);
                p.p("\n\t    Device type [").p(tok(TIA_DEVICE_TYPES, type, "unknown")).p("] (0x").p(hex(type, 2))
                        .p(")");
            }
            case 2 -> {
                if (tlvLen < 8) {
                    return false;
                }
                int app = p.u8(tptr + 4);
                p.p("\n\t    Application type [").p(tok(TIA_APPLICATIONS, app, "none")).p("] (0x").p(hex(app, 2))
                        .p(")");
                p.p(", Flags [").p(Pkt.bittok(p.u8(tptr + 5), TIA_POLICY_BITS, TIA_POLICY_NAMES, "none")).p("]");
                p.p("\n\t    Vlan id ").p((p.u16(tptr + 5) & 0x1ffe) >> 1);
                int x = p.u16(tptr + 6);
                p.p(", L2 priority ").p((x & 0x01ff) >> 6);
                p.p(", DSCP value ").p(x & 0x3f);
            }
            case 3 -> {
                if (tlvLen < 5) {
                    return false;
                }
                return location(p, tptr, tlvLen);
            }
            case 4 -> {
                if (tlvLen < 7) {
                    return false;
                }
                int x = p.u8(tptr + 4);
                // (x & 0xC0 >> 6): the shift binds first, so the test is of the two low bits
                p.p("\n\t    Power type [").p((x & 0x03) != 0 ? "PD device" : "PSE device").p("]");
                p.p(", Power source [").p(tok(TIA_POWER_SOURCES, (x & 0x30) >> 4, "none")).p("]");
                p.p("\n\t    Power priority [").p(tok(TIA_POWER_PRIORITIES, x & 0x0f, "none")).p("] (0x")
                        .p(hex(x & 0x0f, 2)).p(")");
                int power = p.u16(tptr + 5);
                if (power < 1024) {
                    p.p(", Power ").p(power / 10).p(".").p(power % 10).p(" Watts");
                } else {
                    p.p(", Power ").p(power).p(" (Reserved)");
                }
            }
            case 5, 6, 7, 8, 9, 10, 11 -> {
                p.p("\n\t  ").p(tok(TIA_INVENTORY, subtype, "unknown")).p(" ");
                p.printjnp(tptr + 4, tlvLen - 4);
            }
            default -> {
                return true;
            }
        }
        return false;
    }

    /** The location identification TLV: coordinates, a civic address or an ELIN. */
    private static boolean location(Pkt p, int tptr, int tlvLen) {
        int format = p.u8(tptr + 4);
        p.p("\n\t    Location data format ").p(tok(TIA_LOCATION_FORMATS, format, "unknown")).p(" (0x")
                .p(hex(format, 2)).p(")");
        switch (format) {
            case 1 -> {
                if (tlvLen < 21) {
                    return false;
                }
                p.p("\n\t    Latitude resolution ").p(p.u8(tptr + 5) >> 2).p(", latitude value ")
                        .p(latlon(p, tptr + 5));
                p.p("\n\t    Longitude resolution ").p(p.u8(tptr + 10) >> 2).p(", longitude value ")
                        .p(latlon(p, tptr + 10));
                int alt = p.u8(tptr + 15) >> 4;
                p.p("\n\t    Altitude type ").p(tok(TIA_ALTITUDE_TYPES, alt, "unknown")).p(" (").p(alt).p(")");
                p.p("\n\t    Altitude resolution ").p((p.u16(tptr + 15) >> 6) & 0x3f).p(", altitude value 0x")
                        .p(Long.toHexString(p.u32(tptr + 16) & 0x3fffffffL));
                int datum = p.u8(tptr + 20);
                p.p("\n\t    Datum ").p(tok(TIA_DATUMS, datum, "unknown")).p(" (0x").p(hex(datum, 2)).p(")");
            }
            case 2 -> {
                if (tlvLen < 6) {
                    return false;
                }
                int lciLen = p.u8(tptr + 5);
                if (lciLen < 3 || tlvLen < 7 + lciLen) {
                    return false;
                }
                int what = p.u8(tptr + 6);
                p.p("\n\t    LCI length ").p(lciLen).p(", LCI what ").p(tok(TIA_LCI_WHAT, what, "unknown"))
                        .p(" (0x").p(hex(what, 2)).p("), Country-code ");
                p.printjnp(tptr + 7, 2);
                lciLen -= 3;
                int at = tptr + 9;
                while (lciLen > 0) {
                    if (lciLen < 2) {
                        return false;
                    }
                    int caType = p.u8(at);
                    int caLen = p.u8(at + 1);
                    at += 2;
                    lciLen -= 2;
                    p.p("\n\t      CA type '").p(tok(TIA_CA_TYPES, caType, "unknown")).p("' (").p(caType)
                            .p("), length ").p(caLen).p(": ");
                    if (caType == 0 || caLen == 0 || lciLen < caLen) {
                        return false;
                    }
                    p.printjnp(at, caLen);
                    at += caLen;
                    lciLen -= caLen;
                }
            }
            case 3 -> {
                p.p("\n\t    ECS ELIN id ");
                p.printjnp(tptr + 5, tlvLen - 5);
            }
            default -> {
                p.p("\n\t    Location ID ");
                Transport.unknownData(p, tptr + 5, "\n\t      ", tlvLen - 5);
            }
        }
        return false;
    }

    /** lldp_extract_latlon: 34 bits, the low two of the first byte and the next four bytes. */
    private static long latlon(Pkt p, int off) {
        return (long) (p.u8(off) & 3) << 32 | p.u32(off + 1);
    }

    /** lldp_private_dcbx_print (DCBX 1.01); its own short TLVs end it quietly. */
    private static boolean dcbx(Pkt p, int pptr, int len) {
        if (len < 4) {
            return false;
        }
        int subtype = p.u8(pptr + 3);
        p.p("\n\t  ").p(tok(DCBX_SUBTYPES, subtype, "unknown")).p(" Subtype (").p(subtype).p(")");
        if (subtype == 1) {
            return true; // the old version is not decoded
        }
        int tptr = pptr + 4;
        int tlen = len - 4;
        boolean hexdump = false;
        while (tlen >= 2) {
            if (!p.has(tptr, 2)) {
                return hexdump;
            }
            int tlv = p.u16(tptr);
            int type = tlv >> 9;
            int tlvLen = tlv & 0x1ff;
            hexdump = false;
            tlen -= 2;
            tptr += 2;
            if (type == 0 || tlvLen == 0) {
                break;
            }
            if (!p.has(tptr, tlvLen) || tlen < tlvLen) {
                return hexdump;
            }
            switch (type) {
                case 1 -> {
                    if (tlvLen < 10) {
                        return hexdump;
                    }
                    p.p("\n\t    Control - Protocol Control (type 0x1, length ").p(tlvLen).p(")");
                    p.p("\n\t      Oper_Version: ").p(p.u8(tptr));
                    p.p("\n\t      Max_Version: ").p(p.u8(tptr + 1));
                    p.p("\n\t      Sequence Number: ").p(p.u32(tptr + 2));
                    p.p("\n\t      Acknowledgement Number: ").p(p.u32(tptr + 6));
                }
                case 2 -> {
                    if (tlvLen < 17) {
                        return hexdump;
                    }
                    p.p("\n\t    Feature - Priority Group (type 0x2, length ").p(tlvLen).p(")");
                    feature(p, tptr);
                    p.p("\n\t      Priority Allocation");
                    long pg = p.u32(tptr + 4);
                    for (int i = 0; i <= 7; i++) {
                        p.p("\n\t          PgId_").p(i).p(": ").p(pg >> (28 - 4 * i) & 0xf);
                    }
                    p.p("\n\t      Priority Group Allocation");
                    for (int i = 0; i <= 7; i++) {
                        p.p("\n\t          Pg percentage[").p(i).p("]: ").p(p.u8(tptr + 8 + i));
                    }
                    p.p("\n\t      NumTCsSupported: ").p(p.u8(tptr + 16));
                }
                case 3 -> {
                    if (tlvLen < 6) {
                        return hexdump;
                    }
                    p.p("\n\t    Feature - Priority Flow Control");
                    p.p(" (type 0x3, length ").p(tlvLen).p(")");
                    feature(p, tptr);
                    int t = p.u8(tptr + 4);
                    p.p("\n\t      PFC Config (0x").p(hex(t, 2).toUpperCase()).p(")");
                    for (int i = 0; i <= 7; i++) {
                        p.p("\n\t          Priority Bit ").p(i).p(": ").p((t & 1 << i) != 0 ? "Enabled" : "Disabled");
                    }
                    p.p("\n\t      NumTCPFCSupported: ").p(p.u8(tptr + 5));
                }
                case 4 -> {
                    if (tlvLen < 4) {
                        return hexdump;
                    }
                    p.p("\n\t    Feature - Application (type 0x4, length ").p(tlvLen).p(")");
                    feature(p, tptr);
                    int rest = tlvLen - 4;
                    int m = tptr + 4;
                    while (rest >= 6) {
                        p.p("\n\t      Application Value");
                        p.p("\n\t          Application Protocol ID: 0x").p(hex(p.u16(m), 4));
                        int u = p.u8(m + 2) << 16 | p.u16(m + 3);
                        p.p("\n\t          SF (0x").p(Integer.toHexString(u >> 22)).p(") Application Protocol ID is ")
                                .p((u >> 22) != 0 ? "Socket Number" : "L2 EtherType");
                        p.p("\n\t          OUI: 0x").p(hex(u & 0x3fffff, 6));
                        p.p("\n\t          User Priority Map: 0x").p(hex(p.u8(m + 5), 2));
                        rest -= 6;
                        m += 6;
                    }
                }
                default -> hexdump = true;
            }
            if (p.o.verbose() > 1 || (p.o.verbose() > 0 && hexdump)) {
                Transport.unknownData(p, tptr, "\n\t    ", tlvLen);
            }
            tlen -= tlvLen;
            tptr += tlvLen;
        }
        return hexdump;
    }

    /** The version and flag lines every DCBX feature TLV starts with. */
    private static void feature(Pkt p, int tptr) {
        p.p("\n\t      Oper_Version: ").p(p.u8(tptr));
        p.p("\n\t      Max_Version: ").p(p.u8(tptr + 1));
        int t = p.u8(tptr + 2);
        p.p("\n\t      Info block(0x").p(hex(t, 2).toUpperCase()).p("): ");
        p.p("Enable bit: ").p((t & 0x80) != 0 ? 1 : 0).p(", Willing bit: ").p((t & 0x40) != 0 ? 1 : 0)
                .p(", Error Bit: ").p((t & 0x20) != 0 ? 1 : 0);
        p.p("\n\t      SubType: ").p(p.u8(tptr + 3));
    }
}
