package org.jdissect.output.tcpdump;

import java.util.function.IntConsumer;
import org.jdissect.api.tree.ProtoTree;
import org.jdissect.output.TcpdumpOptions;

/**
 * print-sll.c: Linux cooked captures, v1 ({@code sll_if_print}, LINKTYPE_LINUX_SLL, 16-byte header) and v2
 * ({@code sll2_if_print}, LINKTYPE_LINUX_SLL2, 20 bytes), with 802.1Q tags inside the cooked header. Both share the
 * payload dispatch after the header ("recurse:" in the C), which peels VLAN tags and hands the ethertype on.
 *
 * <p>Not ported, and printed as tcpdump prints an unknown type (the default hex dump): IPX ({@code ipx_print}) and
 * radiotap (hatype 803). 802.2 goes to {@link Llc}.
 */
final class Cooked {
    private static final int SLL_HDR_LEN = 16;
    private static final int SLL2_HDR_LEN = 20;
    private static final int MAX_ETHERNET_LENGTH_VAL = 1500;
    private static final int LINUX_SLL_P_802_3 = 0x0001;
    private static final int LINUX_SLL_P_802_2 = 0x0004;
    private static final int ETHERTYPE_8021Q = 0x8100;

    private final Layers layers;
    private final TcpdumpOptions o;

    Cooked(Layers layers, TcpdumpOptions o) {
        this.layers = layers;
        this.o = o;
    }

    /** tok2str(sll_pkttype_values, "?", type). */
    private static String pktType(int type) {
        return switch (type) {
            case 0 -> "In";
            case 1 -> "B";
            case 2 -> "M";
            case 3 -> "P";
            case 4 -> "Out";
            default -> "?";
        };
    }

    /** The protocol part both header printers share: unless -q, the type and {@code , length N: }. */
    private void protocol(Pkt p, int etherType, int length) {
        if (o.quiet() != 0) {
            return;
        }
        if (etherType <= MAX_ETHERNET_LENGTH_VAL) {
            p.p(switch (etherType) {
                case LINUX_SLL_P_802_3 -> "802.3";
                case LINUX_SLL_P_802_2 -> "802.2";
                default -> "ethertype Unknown (0x" + Pkt.hex4(etherType) + ")";
            });
        } else {
            String n = Names.ethertype(etherType);
            p.p("ethertype ").p(n == null ? "Unknown" : n).p(" (0x").p(Pkt.hex4(etherType)).p(")");
        }
        p.p(", length ").p(length).p(": ");
    }

    /** sll_print: {@code "%3s "} packet type, the source MAC when its length is 6, the protocol. */
    private void sllHeader(Pkt p, int length) {
        p.proto = "sll";
        String t = pktType(p.u16(0));
        p.p(t.length() >= 3 ? t : "   ".substring(t.length()) + t).p(" ");
        if (p.u16(4) == 6) {
            p.p(layers.mac(Layers.raw48(p, 6))).p(" ");
        }
        protocol(p, p.u16(14), length);
    }

    /** sll_if_print; returns the link-header length (16, plus 4 a VLAN tag). */
    int sll(Pkt p, ProtoTree tree) {
        p.proto = "sll";
        p.check(0, SLL_HDR_LEN);
        if (o.link()) {
            sllHeader(p, p.len);
        }
        int hatype = p.u16(2);
        int etherType = p.u16(14);
        return payload(p, tree, SLL_HDR_LEN, hatype, etherType, length -> sllHeader(p, length));
    }

    /** sll2_print: {@code ifindex N }, the source MAC when its length is 6, the protocol. */
    private void sll2Header(Pkt p, int length) {
        p.proto = "sll2";
        p.p("ifindex ").p(p.u32(4)).p(" ");
        if (p.u8(11) == 6) {
            p.p(layers.mac(Layers.raw48(p, 12))).p(" ");
        }
        protocol(p, p.u16(0), length);
    }

    /**
     * sll2_if_print: every line starts with the interface's name on this host ({@code if_indextoname}, "?" when it
     * has none; {@code %-5s}) and the packet type ({@code %-3s}), with or without -e.
     */
    int sll2(Pkt p, ProtoTree tree) {
        p.proto = "sll2";
        p.check(0, SLL2_HDR_LEN);
        String ifname = InterfaceNames.name(p.u32(4));
        p.p(ifname);
        for (int i = ifname.length(); i < 5; i++) {
            p.p(" ");
        }
        p.p(" ");
        String t = pktType(p.u8(10));
        p.p(t);
        for (int i = t.length(); i < 3; i++) {
            p.p(" ");
        }
        p.p(" ");
        if (o.link()) {
            sll2Header(p, p.len);
        }
        int hatype = p.u16(8);
        int etherType = p.u16(0);
        return payload(p, tree, SLL2_HDR_LEN, hatype, etherType, length -> sll2Header(p, length));
    }

    /**
     * After the cooked header ("recurse:" in both C printers): 802.3/802.2/unknown small types get the default dump,
     * 802.1Q tags are printed (with -e) and peeled, other ethertypes go to ethertype_print; an unknown one gets the
     * cooked header (when -e has not printed it already) and the default dump.
     */
    private int payload(Pkt p, ProtoTree tree, int hdrLen, int hatype, int etherType, IntConsumer header) {
        int off = hdrLen;
        int length = p.len - hdrLen;
        int caplen = p.caplen - hdrLen;
        int hdrlen = hdrLen;
        if (hatype == 803) {
            // radiotap inside a cooked capture: ieee802_11_radio_print is not ported; dump it as unknown
            defaultPrint(p, off, caplen);
            return hdrlen;
        }
        int type = etherType;
        while (true) {
            if (type <= MAX_ETHERNET_LENGTH_VAL) {
                if (type == LINUX_SLL_P_802_2) {
                    int llc = layers.llc(p, tree, off, length, caplen);
                    if (llc >= 0) {
                        return hdrlen + llc;
                    }
                }
                // IPX (ipx_print, not ported), LLC of an unknown kind, other small types: the default dump
                defaultPrint(p, off, caplen);
                return hdrlen;
            }
            if (type != ETHERTYPE_8021Q) {
                break;
            }
            if (caplen < 4) {
                p.proto = "vlan";
                p.trunc();
                return hdrlen + caplen;
            }
            if (o.link()) {
                p.p(Layers.tci(p.u16(off))).p(", ");
            }
            type = p.u16(off + 2);
            if (type <= MAX_ETHERNET_LENGTH_VAL) {
                type = LINUX_SLL_P_802_2;
            }
            if (o.quiet() == 0) {
                String n = Names.ethertype(type);
                p.p("ethertype ").p(n == null ? "Unknown" : n).p(", ");
            }
            off += 4;
            length -= 4;
            caplen -= 4;
            hdrlen += 4;
        }
        if (!layers.ethertype(p, tree, type, off, length, caplen)) {
            if (!o.link()) {
                // the C passes its running length plus the cooked header: the tags peeled are not counted
                header.accept(length + hdrLen);
            }
            defaultPrint(p, off, caplen);
        }
        return hdrlen;
    }

    /** ND_DEFAULTPRINT unless -q, -x or -X suppress it. */
    private void defaultPrint(Pkt p, int off, int caplen) {
        if (!o.suppressDefaultPrint()) {
            HexDump.hexAndAscii(p.out, "\n\t", p.data, off, Math.max(0, caplen), null);
        }
    }
}
