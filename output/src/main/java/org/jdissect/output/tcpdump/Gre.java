package org.jdissect.output.tcpdump;

import org.jdissect.api.tree.ProtoTree;

/**
 * print-gre.c's gre_print (tcpdump 4.99.3): "GREv0" or "GREv1", the flags with -v, checksum, offset, key or call,
 * sequence and ack numbers, source routes, the length, then the payload (IPv4, IPv6, Ethernet) after ": " or, with
 * -v, on a new tab-indented line. A length too short for a field ends the line in " [|gre]", as 4.99.3's
 * "goto trunc" does.
 */
final class Gre {
    private static final int CP = 0x8000;
    private static final int RP = 0x4000;
    private static final int KP = 0x2000;
    private static final int SP = 0x1000;
    private static final int SSR = 0x0800;
    private static final int AP = 0x0080;
    private static final int[] FLAG_BITS = {CP, RP, KP, SP, SSR, AP};
    private static final String[] FLAG_NAMES = {"checksum present", "routing present", "key present",
        "sequence# present", "source routing present", "ack present"};

    private Gre() {
    }

    static void print(Layers l, Pkt p, ProtoTree tree, int bp, int length) {
        p.proto = "gre";
        try {
            need(p, bp, length, 2);
            int vers = p.u16(bp) & 7;
            p.p("GREv").p(vers);
            switch (vers) {
                case 0 -> v0(l, p, tree, bp, length);
                case 1 -> v1(p, bp, length);
                default -> p.p(" ERROR: unknown-version");
            }
        } catch (GotoTrunc e) {
            p.proto = "gre";
            p.trunc();
        }
    }

    /**
     * ND_TCHECK_n(bp) and a datagram length check: either short goes to gre_print's "goto trunc", which prints
     * " [|gre]" and returns as usual (unlike a GET_ past the capture, whose Truncated makes -x dump the whole frame).
     */
    private static void need(Pkt p, int bp, long len, int n) {
        if (!p.has(bp, n) || len < n) {
            throw GotoTrunc.INSTANCE;
        }
    }

    private static String flagNames(int flags) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < FLAG_BITS.length; i++) {
            if ((flags & FLAG_BITS[i]) != 0) {
                sb.append(sb.length() == 0 ? "" : ", ").append(FLAG_NAMES[i]);
            }
        }
        return sb.length() == 0 ? "none" : sb.toString();
    }

    private static void v0(Layers l, Pkt p, ProtoTree tree, int bp, int length) {
        int len = length;
        int flags = p.u16(bp); // checked by print
        if (p.o.verbose() > 0) {
            p.p(", Flags [").p(flagNames(flags)).p("]");
        }
        len -= 2;
        bp += 2;
        need(p, bp, len, 2);
        int prot = p.u16(bp);
        len -= 2;
        bp += 2;
        if ((flags & (CP | RP)) != 0) {
            need(p, bp, len, 2);
            int sum = p.u16(bp);
            if (p.o.verbose() > 0) {
                p.p(", sum 0x").p(Integer.toHexString(sum));
            }
            bp += 2;
            len -= 2;
            need(p, bp, len, 2);
            int off = p.u16(bp);
            p.p(", off 0x").p(Integer.toHexString(off));
            bp += 2;
            len -= 2;
        }
        if ((flags & KP) != 0) {
            need(p, bp, len, 4);
            long key = p.u32(bp);
            bp += 4;
            len -= 4;
            p.p(", key=0x").p(Long.toHexString(key));
        }
        if ((flags & SP) != 0) {
            need(p, bp, len, 4);
            long seq = p.u32(bp);
            p.p(", seq ").p(seq);
            bp += 4;
            len -= 4;
        }
        if ((flags & RP) != 0) {
            while (true) {
                need(p, bp, len, 4);
                int af = p.u16(bp);
                int sreoff = p.u8(bp + 2);
                int srelen = p.u8(bp + 3);
                bp += 4;
                len -= 4;
                if (af == 0 && srelen == 0) {
                    break;
                }
                if (!sre(p, af, sreoff, srelen, bp, len) || len < srelen) {
                    throw GotoTrunc.INSTANCE;
                }
                bp += srelen;
                len -= srelen;
            }
        }
        if (p.o.link()) {
            String name = Names.ethertype(prot);
            p.p(", proto ").p(name == null ? "unknown" : name).p(" (0x").p(Pkt.hex4(prot)).p(")");
        }
        p.p(", length ").p(length);
        p.p(p.o.verbose() < 1 ? ": " : "\n\t");
        switch (prot) {
            case 0x0800 -> l.ip(p, tree, bp, len);
            case 0x86dd -> Inet6.print(l, p, tree, bp, len);
            case 0x6558 -> l.ether(p, tree, bp, len, p.available(bp));
            default -> p.p("gre-proto-0x").p(Integer.toHexString(prot));
        }
    }

    /**
     * gre_sre_print: an IPv4 or AS-number route, the active entry starred; a malformed entry is named, skipped.
     * False when an entry runs past the capture or the datagram (the route is closed, then the caller truncates).
     */
    private static boolean sre(Pkt p, int af, int sreoff, int srelen, int bp, int len) {
        switch (af) {
            case 0x0800 -> {
                return entries(p, "ip", 4, sreoff, srelen, bp, len);
            }
            case 0xfffe -> {
                return entries(p, "asn", 2, sreoff, srelen, bp, len);
            }
            default -> {
                p.p(", (rtaf=0x").p(Integer.toHexString(af)).p(")");
                return true;
            }
        }
    }

    /** gre_sre_ip_print and gre_sre_asn_print: entries of {@code size} bytes (IPv4 addresses, hex AS numbers). */
    private static boolean entries(Pkt p, String family, int size, int sreoff, int srelen, int bp, int len) {
        p.p(", (rtaf=").p(family);
        boolean whole = true;
        if (sreoff % size != 0) {
            p.p(", badoffset=").p(sreoff);
        } else if (srelen % size != 0) {
            p.p(", badlength=").p(srelen);
        } else if (sreoff >= srelen) {
            p.p(", badoff/len=").p(sreoff).p("/").p(srelen);
        } else {
            for (int at = 0; at < srelen; at += size) {
                if (!p.has(bp + at, size) || len - at < size) {
                    whole = false;
                    break;
                }
                p.p(" ").p(at == sreoff ? "*" : "")
                        .p(size == 4 ? Pkt.ipaddr(p.u32(bp + at)) : Integer.toHexString(p.u16(bp + at)));
            }
        }
        p.p(")");
        return whole;
    }

    /** Enhanced GRE (PPTP): call ID, sequence and ack numbers; its PPP payload is not printed here. */
    private static void v1(Pkt p, int bp, int length) {
        int len = length;
        int flags = p.u16(bp); // checked by print
        len -= 2;
        bp += 2;
        if (p.o.verbose() > 0) {
            p.p(", Flags [").p(flagNames(flags)).p("]");
        }
        need(p, bp, len, 2);
        int prot = p.u16(bp);
        len -= 2;
        bp += 2;
        if ((flags & KP) != 0) {
            need(p, bp, len, 4);
            p.p(", call ").p(p.u32(bp) & 0xffff);
            len -= 4;
            bp += 4;
        }
        if ((flags & SP) != 0) {
            need(p, bp, len, 4);
            p.p(", seq ").p(p.u32(bp));
            bp += 4;
            len -= 4;
        }
        if ((flags & AP) != 0) {
            need(p, bp, len, 4);
            p.p(", ack ").p(p.u32(bp));
            bp += 4;
            len -= 4;
        }
        if ((flags & SP) == 0) {
            p.p(", no-payload");
        }
        if (p.o.link()) {
            String name = Names.ethertype(prot);
            p.p(", proto ").p(name == null ? "unknown" : name).p(" (0x").p(Pkt.hex4(prot)).p(")");
        }
        p.p(", length ").p(length);
        if ((flags & SP) == 0) {
            return;
        }
        p.p(p.o.verbose() < 1 ? ": " : "\n\t");
        p.p("gre-proto-0x").p(Integer.toHexString(prot)); // PPP: ppp_print is not written
    }
}
