package org.jdissect.output.tcpdump;

import org.jdissect.api.tree.ProtoTree;
import org.jdissect.output.TcpdumpOptions;

/**
 * print-llc.c llc_print and snap_print: the 802.2 LLC header (after an 802.3 length field, an Ethernet jumbo type
 * or a cooked 802.2 type) and the SNAP header after it.
 *
 * <p>Ported: the header texts (with -e, and tcpdump's SAP/frame-kind summary without it), RFC 948 IP over LLC,
 * SNAP with an ethertype (OUI 0, Cisco bridged, AppleTalk), Cisco's CDP ({@link Cdp}), DTP ({@link Dtp}), UDLD
 * ({@link Udld}) and VTP ({@link Vtp}), spanning-tree BPDUs ({@link Stp}: SAP 0x42, Cisco's PVST+ and VLAN-bridge
 * PIDs, RFC 2684's bridged BPDU). Not ported, and printed as an unknown payload: IPX, OSI and the other bridged
 * RFC 2684 payloads.
 */
final class Llc {
    private static final int LLC_U_FMT = 3;
    private static final int LLC_GSAP = 1;
    private static final int LLC_IG = 1;
    private static final int LLC_S_FMT = 1;
    private static final int LLC_U_POLL = 0x10;
    private static final int LLC_IS_POLL = 0x0100;
    private static final int LLC_XID_FI = 0x81;
    private static final int LLC_UI = 0x03;
    private static final int LLC_XID = 0xaf;
    private static final int LLCSAP_GLOBAL = 0xff;
    private static final int LLCSAP_IP = 0x06;
    private static final int LLCSAP_8021D = 0x42;
    private static final int LLCSAP_SNAP = 0xaa;

    private final Layers layers;
    private final TcpdumpOptions o;

    Llc(Layers layers, TcpdumpOptions o) {
        this.layers = layers;
        this.o = o;
    }

    /** tok2str(llc_values, …). */
    private static String sap(int sap) {
        return switch (sap) {
            case 0x00 -> "Null";
            case 0xff -> "Global";
            case 0x02 -> "802.1B I";
            case 0x03 -> "802.1B G";
            case 0x06 -> "IP";
            case 0x04 -> "SNA";
            case 0x0e -> "ProWay NM";
            case 0x42 -> "STP";
            case 0x4e -> "RS511";
            case 0x7e -> "ISO8208";
            case 0x8e -> "ProWay";
            case 0xaa -> "SNAP";
            case 0xe0 -> "IPX";
            case 0xf0 -> "NetBeui";
            case 0xfe -> "OSI";
            default -> null;
        };
    }

    /** tok2str(llc_cmd_values, "%02x", …). */
    private static String command(int cmd) {
        return switch (cmd) {
            case 0x03 -> "ui";
            case 0xe3 -> "test";
            case 0xaf -> "xid";
            case 0x63 -> "ua";
            case 0x43 -> "disc";
            case 0x0f -> "dm";
            case 0x6f -> "sabme";
            case 0x87 -> "frmr";
            default -> String.format("%02x", cmd);
        };
    }

    /** tok2str(llc_flag_values, "?", …): the first entry with that value wins, as tok2str's scan does. */
    private static String flag(int v) {
        return switch (v) {
            case 0 -> "Command";
            case LLC_GSAP -> "Response";
            case LLC_U_POLL, LLC_IS_POLL -> "Poll";
            case LLC_GSAP | LLC_U_POLL, LLC_GSAP | LLC_IS_POLL -> "Final";
            default -> "?";
        };
    }

    private static String orUnknown(String s, String fallback) {
        return s != null ? s : fallback;
    }

    private void defaultPrint(Pkt p, int off, int caplen) {
        HexDump.hexAndAscii(p.out, "\n\t", p.data, off, Math.max(0, caplen), null);
    }

    /**
     * llc_print at frame offset {@code off}; {@code src}/{@code dst} are the link addresses as printed (null for a
     * cooked capture). Returns the LLC (and SNAP) header length, negated when the payload is of a kind not printed:
     * the caller then dumps it, unless that is suppressed.
     */
    int print(Pkt p, ProtoTree tree, int off, int length, int caplen, String src, String dst) {
        p.proto = "llc";
        if (caplen < 3) {
            p.trunc();
            defaultPrint(p, off, caplen);
            return caplen;
        }
        if (length < 3) {
            p.trunc();
            defaultPrint(p, off, caplen);
            return length;
        }
        int dsapField = p.u8(off);
        int ssapField = p.u8(off + 1);
        int control = p.u8(off + 2);
        boolean isU;
        int hdrlen;
        if ((control & LLC_U_FMT) == LLC_U_FMT) {
            isU = true;
            hdrlen = 3;
        } else {
            if (caplen < 4) {
                p.trunc();
                defaultPrint(p, off, caplen);
                return caplen;
            }
            if (length < 4) {
                p.trunc();
                defaultPrint(p, off, caplen);
                return length;
            }
            // little-endian, unlike everything around it
            control = p.u8(off + 2) | p.u8(off + 3) << 8;
            isU = false;
            hdrlen = 4;
        }
        if (ssapField == LLCSAP_GLOBAL && dsapField == LLCSAP_GLOBAL) {
            // Novell "raw" 802.3: tcpdump goes on with ipx_print, which is not ported; it has no LLC header
            if (o.link()) {
                p.p("IPX 802.3: ");
            }
            return 0;
        }
        int dsap = dsapField & ~LLC_IG;
        int ssap = ssapField & ~LLC_GSAP;
        if (o.link()) {
            p.p("LLC, dsap ").p(orUnknown(sap(dsap), "Unknown")).p(" (0x").p(hex2(dsap)).p(") ")
                    .p((dsapField & LLC_IG) == 0 ? "Individual" : "Group").p(", ssap ")
                    .p(orUnknown(sap(ssap), "Unknown")).p(" (0x").p(hex2(ssap)).p(") ")
                    .p((ssapField & LLC_GSAP) == 0 ? "Command" : "Response");
            p.p(isU ? ", ctrl 0x" + hex2(control) + ": " : ", ctrl 0x" + Pkt.hex4(control) + ": ");
        }
        int at = off + hdrlen;
        length -= hdrlen;
        caplen -= hdrlen;
        if (ssap == LLCSAP_SNAP && dsap == LLCSAP_SNAP && control == LLC_UI) {
            return snap(p, tree, at, length, caplen, src, dst) ? hdrlen + 5 : -(hdrlen + 5);
        }
        if (ssap == LLCSAP_8021D && dsap == LLCSAP_8021D && control == LLC_UI) {
            Stp.print(p, at, length);
            return hdrlen;
        }
        if (ssap == LLCSAP_IP && dsap == LLCSAP_IP && control == LLC_UI) {
            layers.ip(p, tree, at, length);
            return hdrlen;
        }
        // IPX (0xe0) and OSI (0xfe) UI frames have printers not ported here; NetBEUI needs SMB
        // printing, which this tcpdump build leaves out. They fall through to the summary below, unlike tcpdump.
        if (!o.link()) {
            if (ssap == dsap) {
                String name = orUnknown(sap(dsap), "Unknown DSAP 0x" + hex2(dsap));
                p.p(src == null || dst == null ? name + " " : src + " > " + dst + " " + name + " ");
            } else {
                String s = orUnknown(sap(ssap), "Unknown SSAP 0x" + hex2(ssap));
                String d = orUnknown(sap(dsap), "Unknown DSAP 0x" + hex2(dsap));
                p.p(src == null || dst == null ? s + " > " + d + " " : src + " " + s + " > " + dst + " " + d + " ");
            }
        }
        if (isU) {
            p.p("Unnumbered, ").p(command(control & 0xef)).p(", Flags [")
                    .p(flag((ssapField & LLC_GSAP) | (control & LLC_U_POLL))).p("], length ").p(length + hdrlen);
            if ((control & ~LLC_U_POLL) == LLC_XID) {
                if (length == 0) {
                    return hdrlen;
                }
                if (caplen < 1) {
                    p.trunc();
                    return hdrlen;
                }
                if (p.u8(at) == LLC_XID_FI) {
                    if (caplen < 3 || length < 3) {
                        p.trunc();
                        if (caplen > 0) {
                            defaultPrint(p, at, caplen);
                        }
                    } else {
                        p.p(": ").p(hex2(p.u8(at + 1))).p(" ").p(hex2(p.u8(at + 2)));
                    }
                    return hdrlen;
                }
            }
        } else if ((control & LLC_S_FMT) == LLC_S_FMT) {
            p.p("Supervisory, ").p(supervisory((control >> 2) & 3)).p(", rcv seq ").p((control >> 9) & 0x7f)
                    .p(", Flags [").p(flag((ssapField & LLC_GSAP) | (control & LLC_IS_POLL))).p("], length ")
                    .p(length + hdrlen);
            return hdrlen;
        } else {
            p.p("Information, send seq ").p((control >> 1) & 0x7f).p(", rcv seq ").p((control >> 9) & 0x7f)
                    .p(", Flags [").p(flag((ssapField & LLC_GSAP) | (control & LLC_IS_POLL))).p("], length ")
                    .p(length + hdrlen);
        }
        return -hdrlen;
    }

    private static String supervisory(int cmd) {
        return switch (cmd) {
            case 0 -> "Receiver Ready";
            case 1 -> "Receiver not Ready";
            case 2 -> "Reject";
            default -> "?";
        };
    }

    /** tok2str(oui_to_struct_tok(oui), "Unknown", pid): ethertypes, Cisco's or RFC 2684's protocol ids. */
    private static String pid(int oui, int pid) {
        String n = switch (oui) {
            case 0x000000, 0x0000f8, 0x080007 -> Names.ethertype(pid);
            case 0x00000c -> switch (pid) {
                case 0x2000 -> "CDP";
                case 0x2003 -> "VTP";
                case 0x2004 -> "DTP";
                case 0x0111 -> "UDLD";
                case 0x010b -> "PVST";
                case 0x010c -> "VLAN Bridge";
                default -> null;
            };
            case 0x0080c2 -> switch (pid) {
                case 0x0001 -> "Ethernet + FCS";
                case 0x0007 -> "Ethernet w/o FCS";
                case 0x0002 -> "802.4 + FCS";
                case 0x0008 -> "802.4 w/o FCS";
                case 0x0003 -> "Token Ring + FCS";
                case 0x0009 -> "Token Ring w/o FCS";
                case 0x0004 -> "FDDI + FCS";
                case 0x000a -> "FDDI w/o FCS";
                case 0x0005 -> "802.6 + FCS";
                case 0x000b -> "802.6 w/o FCS";
                case 0x000e -> "BPDU";
                default -> null;
            };
            default -> null;
        };
        return n == null ? "Unknown" : n;
    }

    /** snap_print's printers for Cisco's PIDs but the BPDUs; false for a PID that has none. */
    private boolean cisco(Pkt p, int pid, int off, int length) {
        switch (pid) {
            case 0x2000 -> Cdp.print(p, off, length);
            case 0x2004 -> Dtp.print(layers, p, off, length);
            case 0x0111 -> Udld.print(p, off, length);
            case 0x2003 -> Vtp.print(p, off, length);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** snap_print; true when it printed the payload (or a truncation), false for an unknown one. */
    private boolean snap(Pkt p, ProtoTree tree, int off, int length, int caplen, String src, String dst) {
        p.proto = "snap";
        if (!p.has(off, 5) || caplen < 5 || length < 5) {
            p.trunc();
            return true;
        }
        int oui = p.u8(off) << 16 | p.u16(off + 1);
        int et = p.u16(off + 3);
        if (o.link()) {
            p.p("oui ").p(Names.oui(oui)).p(" (0x").p(String.format("%06x", oui)).p("), ")
                    .p(oui == 0 ? "ethertype" : "pid").p(" ").p(pid(oui, et)).p(" (0x").p(Pkt.hex4(et))
                    .p("), length ").p(length - 5).p(": ");
        }
        off += 5;
        length -= 5;
        caplen -= 5;
        boolean etherTyped = oui == 0x000000 || oui == 0x0000f8 || oui == 0x080007 && et == 0x809b;
        if (etherTyped && layers.ethertype(p, tree, et, off, length, caplen)) {
            return true;
        }
        if (oui == 0x00000c && cisco(p, et, off, length)) {
            return true;
        }
        // Cisco's PVST+ and VLAN-bridge BPDUs and RFC 2684's bridged BPDU are all stp_print's
        if (oui == 0x00000c && (et == 0x010b || et == 0x010c) || oui == 0x0080c2 && et == 0x000e) {
            Stp.print(p, off, length);
            return true;
        }
        if (!o.link()) {
            if (src != null && dst != null) {
                p.p(src).p(" > ").p(dst).p(" ");
            }
            if (oui == 0) {
                String n = Names.ethertype(et);
                p.p("SNAP, ethertype ").p(n == null ? "Unknown" : n).p(" (0x").p(Pkt.hex4(et)).p("), length ")
                        .p(length).p(": ");
            } else {
                p.p("SNAP, oui ").p(Names.oui(oui)).p(" (0x").p(String.format("%06x", oui)).p("), pid ")
                        .p(pid(oui, et)).p(" (0x").p(Pkt.hex4(et)).p("), length ").p(length).p(": ");
            }
        }
        return false;
    }

    private static String hex2(int v) {
        return String.format("%02x", v);
    }
}
