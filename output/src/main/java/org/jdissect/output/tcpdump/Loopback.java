package org.jdissect.output.tcpdump;

import org.jdissect.api.tree.ProtoTree;
import org.jdissect.output.TcpdumpOptions;

/**
 * print-null.c null_if_print: BSD loopback (LINKTYPE_NULL, the family in the capturing host's byte order) and
 * OpenBSD loopback (LINKTYPE_LOOP, network order), one 4-byte address-family word before the packet.
 *
 * <p>tcpdump reads the word in the printing host's order and swaps it when its upper half is not zero; this reads
 * it as a little-endian host does (x86, ARM), so the output is that of tcpdump on those hosts. The ISO, AppleTalk
 * and IPX printers are not ported: those families are dumped as unknown ones.
 */
final class Loopback {
    private static final int NULL_HDRLEN = 4;
    private static final int BSD_AFNUM_INET = 2;

    private final Layers layers;
    private final TcpdumpOptions o;

    Loopback(Layers layers, TcpdumpOptions o) {
        this.layers = layers;
        this.o = o;
    }

    /** tok2str(bsd_af_values, …). */
    private static String family(long family) {
        return switch ((int) family) {
            case 2 -> "IPv4";
            case 6 -> "NS";
            case 7 -> "ISO";
            case 16 -> "Appletalk";
            case 23 -> "IPX";
            case 24, 28, 30 -> "IPv6";
            default -> null;
        };
    }

    /** null_hdr_print: {@code AF NAME (N)} ({@code NAME} alone with -q), then {@code , length N: }. */
    private void header(Pkt p, long family, int length) {
        String name = family(family);
        if (o.quiet() == 0) {
            p.p("AF ").p(name == null ? "Unknown" : name).p(" (").p(family).p(")");
        } else {
            p.p(name == null ? "Unknown AF " + family : name);
        }
        p.p(", length ").p(length).p(": ");
    }

    /** null_if_print; returns the link-header length, 4. */
    int print(Pkt p, ProtoTree tree) {
        p.proto = "null";
        p.check(0, NULL_HDRLEN);
        // GET_HE_U_4 on a little-endian host
        long family = Long.reverseBytes(p.u32(0)) >>> 32;
        if ((family & 0xffff0000L) != 0) {
            family = Long.reverseBytes(family) >>> 32;
        }
        if (o.link()) {
            header(p, family, p.len);
        }
        int length = p.len - NULL_HDRLEN;
        int caplen = p.caplen - NULL_HDRLEN;
        switch ((int) family) {
            case BSD_AFNUM_INET -> layers.ip(p, tree, NULL_HDRLEN, length);
            case 24, 28, 30 -> Inet6.print(layers, p, tree, NULL_HDRLEN, length);
            default -> {
                if (!o.link()) {
                    header(p, family, length + NULL_HDRLEN);
                }
                if (!o.suppressDefaultPrint()) {
                    HexDump.hexAndAscii(p.out, "\n\t", p.data, NULL_HDRLEN, Math.max(0, caplen), null);
                }
            }
        }
        return NULL_HDRLEN;
    }
}
