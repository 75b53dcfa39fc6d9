package org.jdissect.output.tcpdump;

import org.jdissect.api.tree.ProtoNode;
import org.jdissect.api.tree.ProtoTree;

/**
 * print-ip6.c, print-ip6opts.c, print-frag6.c and print-rt6.c: the IPv6 header and its extension headers, then
 * the hand-off to the transport printers through {@link Layers#demux}.
 */
final class Inet6 {
    private Inet6() {
    }

    /** addrtostr6: lowercase hex words, the longest run (>= 2) of zero words as "::", IPv4-mapped/compatible. */
    static String addr(byte[] d, int off) {
        int[] w = new int[8];
        for (int i = 0; i < 8; i++) {
            w[i] = (d[off + 2 * i] & 0xff) << 8 | (d[off + 2 * i + 1] & 0xff);
        }
        int bestBase = -1;
        int bestLen = 0;
        int curBase = -1;
        int curLen = 0;
        for (int i = 0; i < 8; i++) {
            if (w[i] == 0) {
                if (curBase == -1) {
                    curBase = i;
                    curLen = 1;
                } else {
                    curLen++;
                }
            } else if (curBase != -1) {
                if (bestBase == -1 || curLen > bestLen) {
                    bestBase = curBase;
                    bestLen = curLen;
                }
                curBase = -1;
            }
        }
        if (curBase != -1 && (bestBase == -1 || curLen > bestLen)) {
            bestBase = curBase;
            bestLen = curLen;
        }
        if (bestBase != -1 && bestLen < 2) {
            bestBase = -1;
        }
        StringBuilder sb = new StringBuilder(40);
        for (int i = 0; i < 8; i++) {
            if (bestBase != -1 && i >= bestBase && i < bestBase + bestLen) {
                if (i == bestBase) {
                    sb.append(':');
                }
                continue;
            }
            if (i != 0) {
                sb.append(':');
            }
            if (i == 6 && bestBase == 0 && (bestLen == 6 || (bestLen == 5 && w[5] == 0xffff))) {
                sb.append(d[off + 12] & 0xff).append('.').append(d[off + 13] & 0xff).append('.')
                        .append(d[off + 14] & 0xff).append('.').append(d[off + 15] & 0xff);
                return sb.toString();
            }
            sb.append(Integer.toHexString(w[i]));
        }
        if (bestBase != -1 && bestBase + bestLen == 8) {
            sb.append(':');
        }
        return sb.toString();
    }

    /** GET_IP6ADDR_STRING: checked fetch of 16 bytes. */
    static String addr(Pkt p, int off) {
        p.check(off, 16);
        return addr(p.data, off);
    }

    static byte[] bytes(Pkt p, int off, int n) {
        p.check(off, n);
        byte[] b = new byte[n];
        System.arraycopy(p.data, off, b, 0, n);
        return b;
    }

    /** ip6_print over {@code length} bytes at {@code bp}. */
    static void print(Layers l, Pkt p, ProtoTree tree, int bp, int length) {
        p.proto = "ip6";
        ProtoNode ip6 = TreeFields.protocol(tree, "ipv6", 0);
        if (!p.has(bp, 40)) {
            // ND_TTEST_SIZE fails: the marker, and a normal return (no longjmp), so -x still starts after the
            // link-layer header
            p.trunc();
            return;
        }
        if (length < 40) {
            p.p("truncated-ip6 ").p(length);
            return;
        }
        if (!p.o.link()) {
            p.p("IP6 ");
        }
        int version = (int) p.field(ip6, "ipv6.version", bp, 1, p.u8(bp) >> 4);
        if (version != 6) {
            p.p("version error: ").p(version).p(" != 6");
            return;
        }
        long payloadLen = p.field(ip6, "ipv6.plen", bp + 4, 2, p.u16(bp + 4));
        long len;
        if (payloadLen != 0) {
            len = payloadLen + 40;
            if (length < len) {
                p.p("truncated-ip6 - ").p(len - length).p(" bytes missing!");
            }
        } else {
            len = length + 40L;
        }
        int ph = 255;
        int nh = (int) p.field(ip6, "ipv6.nxt", bp + 6, 1, p.u8(bp + 6));
        int firstNh = nh;
        if (p.o.verbose() > 0) {
            long flow = p.u32(bp);
            p.p("(");
            if ((flow & 0x0ff00000L) != 0) {
                p.p("class 0x").p(String.format("%02x", (flow & 0x0ff00000L) >> 20)).p(", ");
            }
            if ((flow & 0x000fffffL) != 0) {
                p.p("flowlabel 0x").p(String.format("%05x", flow & 0x000fffffL)).p(", ");
            }
            int hlim = (int) p.field(ip6, "ipv6.hlim", bp + 7, 1, p.u8(bp + 7));
            p.p("hlim ").p(hlim).p(", next-header ").p(Names.ipproto(nh)).p(" (").p(nh)
                    .p(") payload length: ").p(payloadLen).p(") ");
        }
        p.pushSnaplen(bp, (int) Math.min(len, Integer.MAX_VALUE));
        try {
            String src = addr(p, bp + 8);
            String dst = addr(p, bp + 24);
            Net net = new Net(p, true, bp, src, dst, firstNh, bp + 8, bp + 24);
            int cp = bp;
            int advance = 40;
            long totalAdvance = 0;
            boolean foundExt = false;
            boolean foundHbh = false;
            boolean fragmented = false;
            long[] jumbo = {payloadLen, 0}; // payload_len, found_jumbo
            while (cp < p.snapend && advance > 0) {
                if (len < advance) {
                    p.trunc();
                    return;
                }
                cp += advance;
                len -= advance;
                totalAdvance += advance;
                if (cp == bp + 40 && nh != 6 && nh != 17 && nh != 33 && nh != 132) {
                    p.p(src).p(" > ").p(dst).p(": ");
                }
                switch (nh) {
                    case 0 -> {
                        if (foundHbh) {
                            p.p("[The Hop-by-Hop Options header was already found] (invalid)");
                            return;
                        }
                        if (ph != 255) {
                            p.p("[The Hop-by-Hop Options header don't follow the IPv6 header] (invalid)");
                            return;
                        }
                        advance = hbhopt(p, cp, jumbo);
                        if (jumbo[0] == 0 && jumbo[1] == 0) {
                            p.p("[No valid Jumbo Payload Hop-by-Hop option found] (invalid)");
                            return;
                        }
                        if (advance < 0) {
                            return;
                        }
                        foundExt = true;
                        foundHbh = true;
                        nh = p.u8(cp);
                    }
                    case 60 -> {
                        advance = dstopt(p, cp);
                        if (advance < 0) {
                            return;
                        }
                        foundExt = true;
                        nh = p.u8(cp);
                    }
                    case 44 -> {
                        advance = frag6(p, cp, bp);
                        if (advance < 0 || p.snapend <= cp + advance) {
                            return;
                        }
                        foundExt = true;
                        nh = p.u8(cp);
                        fragmented = true;
                    }
                    case 135, 62 -> {
                        // ip6_print ends with the Mobility header whatever its next header says (RFC 3775 wants
                        // none there): the marker, or the message, is the end of the line
                        Mobility.print(p, cp);
                        return;
                    }
                    case 43 -> {
                        if (!p.has(cp, 1)) {
                            // ND_TCHECK_1: ip6_print's own "goto trunc" (" [|ip6]", a normal return: -x dumps
                            // from the IPv6 header), not a cut fetch
                            p.trunc();
                            return;
                        }
                        advance = rt6(p, cp);
                        if (advance < 0) {
                            return;
                        }
                        foundExt = true;
                        nh = p.u8(cp);
                    }
                    default -> {
                        if (jumbo[1] != 0) {
                            len = jumbo[0] + 40;
                            if (len < totalAdvance) {
                                p.trunc();
                                return;
                            }
                            if (length < len) {
                                p.p("truncated-ip6 - ").p(len - length).p(" bytes missing!");
                            }
                            p.changeSnaplen(bp, (int) Math.min(len, Integer.MAX_VALUE));
                            len -= totalAdvance;
                        } else if (jumbo[0] == 0) {
                            if (foundExt) {
                                p.trunc();
                                return;
                            }
                            len = 40;
                            p.changeSnaplen(bp, 40);
                            len -= totalAdvance;
                        }
                        int hlim = p.u8(bp + 7);
                        l.demux(p, tree, net, cp, (int) len, fragmented, nh, hlim);
                        return;
                    }
                }
                ph = nh;
                p.proto = "ip6";
            }
        } finally {
            p.popSnaplen();
        }
    }

    private static int optProcess(Pkt p, int bp, int len, long[] jumbo) {
        boolean v = p.o.verbose() > 0;
        int optlen;
        boolean foundJumbo = false;
        if (len == 0) {
            return 0;
        }
        for (int i = 0; i < len; i += optlen) {
            if (p.u8(bp + i) == 0) {
                optlen = 1;
            } else if (i + 1 < len) {
                optlen = p.u8(bp + i + 1) + 2;
            } else {
                return -1;
            }
            if (i + optlen > len) {
                return -1;
            }
            int type = p.u8(bp + i);
            switch (type) {
                case 0 -> {
                    if (v) {
                        p.p("(pad1)");
                    }
                }
                case 1 -> {
                    if (len - i < 2) {
                        p.p("(padn: trunc)");
                        return -1;
                    }
                    if (v) {
                        p.p("(padn)");
                    }
                }
                case 5 -> {
                    if (len - i < 4) {
                        p.p("(rtalert: trunc)");
                        return -1;
                    }
                    if (p.u8(bp + i + 1) != 2) {
                        p.p("(rtalert: invalid len ").p(p.u8(bp + i + 1)).p(")");
                        return -1;
                    }
                    if (v) {
                        p.p("(rtalert: 0x").p(Pkt.hex4(p.u16(bp + i + 2))).p(") ");
                    }
                }
                case 0xc2 -> {
                    if (len - i < 6) {
                        p.p("(jumbo: trunc)");
                        return -1;
                    }
                    if (p.u8(bp + i + 1) != 4) {
                        p.p("(jumbo: invalid len ").p(p.u8(bp + i + 1)).p(")");
                        return -1;
                    }
                    long jumbolen = p.u32(bp + i + 2);
                    if (foundJumbo) {
                        if (v) {
                            p.p("(jumbo: ").p(jumbolen).p(" - already seen) ");
                        }
                    } else {
                        foundJumbo = true;
                        if (jumbo == null) {
                            if (v) {
                                p.p("(jumbo: ").p(jumbolen).p(" - not a hop-by-hop option) ");
                            }
                        } else if (jumbo[0] != 0) {
                            if (v) {
                                p.p("(jumbo: ").p(jumbolen).p(" - payload len != 0) ");
                            }
                        } else if (jumbolen < 65536) {
                            if (v) {
                                p.p("(jumbo: ").p(jumbolen).p(" - < 65536) ");
                            }
                        } else {
                            jumbo[1] = 1;
                            jumbo[0] = jumbolen;
                            if (v) {
                                p.p("(jumbo: ").p(jumbolen).p(") ");
                            }
                        }
                    }
                }
                case 0xc9 -> {
                    if (len - i < 18) {
                        p.p("(homeaddr: trunc)");
                        return -1;
                    }
                    if (p.u8(bp + i + 1) < 16) {
                        p.p("(homeaddr: invalid len ").p(p.u8(bp + i + 1)).p(")");
                        return -1;
                    }
                    if (v) {
                        p.p("(homeaddr: ").p(addr(p, bp + i + 2));
                        if (p.u8(bp + i + 1) > 16) {
                            if (soptPrint(p, bp + i + 18, optlen - 18) == -1) {
                                return -1;
                            }
                        }
                        p.p(")");
                    }
                }
                default -> {
                    if (len - i < 2) {
                        p.p("(type ").p(type).p(": trunc)");
                        return -1;
                    }
                    if (v) {
                        p.p("(opt_type 0x").p(Domain.hex2(type)).p(": len=").p(p.u8(bp + i + 1)).p(")");
                    }
                }
            }
        }
        if (v) {
            p.p(" ");
        }
        return 0;
    }

    private static int soptPrint(Pkt p, int bp, int len) {
        int optlen;
        for (int i = 0; i < len; i += optlen) {
            if (p.u8(bp + i) == 0) {
                optlen = 1;
            } else if (i + 1 < len) {
                optlen = p.u8(bp + i + 1) + 2;
            } else {
                return -1;
            }
            if (i + optlen > len) {
                return -1;
            }
            switch (p.u8(bp + i)) {
                case 0 -> p.p(", pad1");
                case 1 -> {
                    if (len - i < 2) {
                        p.p(", padn: trunc");
                        return -1;
                    }
                    p.p(", padn");
                }
                default -> {
                    if (len - i < 2) {
                        p.p(", sopt_type ").p(p.u8(bp + i)).p(": trunc)");
                        return -1;
                    }
                    p.p(", sopt_type 0x").p(Domain.hex2(p.u8(bp + i))).p(": len=").p(p.u8(bp + i + 1));
                }
            }
        }
        return 0;
    }

    private static int hbhopt(Pkt p, int bp, long[] jumbo) {
        p.proto = "hbhopt";
        int hbhlen = (p.u8(bp + 1) + 1) << 3;
        if (!p.has(bp, hbhlen)) {
            p.trunc();
            return -1;
        }
        p.p("HBH ");
        if (optProcess(p, bp + 2, hbhlen - 2, jumbo) == -1) {
            p.trunc();
            return -1;
        }
        return hbhlen;
    }

    private static int dstopt(Pkt p, int bp) {
        p.proto = "dstopt";
        int len = (p.u8(bp + 1) + 1) << 3;
        if (!p.has(bp, len)) {
            p.trunc();
            return -1;
        }
        p.p("DSTOPT ");
        if (p.o.verbose() > 0 && optProcess(p, bp + 2, len - 2, null) == -1) {
            p.trunc();
            return -1;
        }
        return len;
    }

    private static int frag6(Pkt p, int bp, int ip6) {
        p.proto = "frag6";
        // size_t arithmetic in C: a negative result wraps around
        String restS = Long.toUnsignedString(40L + p.u16(ip6 + 4) - (bp - ip6) - 8);
        // one ND_PRINT: every value is read before anything of it is printed
        if (p.o.verbose() > 0) {
            long ident = p.u32(bp + 4);
            int off = p.u16(bp + 2) & 0xfff8;
            p.p("frag (0x").p(String.format("%08x", ident)).p(":").p(off).p("|").p(restS).p(")");
        } else {
            int off = p.u16(bp + 2) & 0xfff8;
            p.p("frag (").p(off).p("|").p(restS).p(")");
        }
        if ((p.u16(bp + 2) & 0xfff8) != 0) {
            return -1;
        }
        p.p(" ");
        return 8;
    }

    private static int rt6(Pkt p, int bp) {
        p.proto = "rt6";
        p.p("RT6");
        int len = p.u8(bp + 1);
        p.p(" (len=").p(len);
        int type = p.u8(bp + 2);
        p.p(", type=").p(type);
        if (type == 0) {
            p.p(" [Deprecated]");
        }
        // each ND_PRINT fetches its value before printing anything: a cut one leaves its label out
        int segleft = p.u8(bp + 3);
        p.p(", segleft=").p(segleft);
        switch (type) {
            case 0, 2 -> {
                long rsv = p.u32(bp + 4);
                if (rsv != 0 || p.o.verbose() > 0) {
                    p.p(", rsv=0x").p(Long.toHexString(rsv));
                }
                if (len % 2 == 1) {
                    p.p(" (invalid length ").p(len).p(") (invalid)");
                    return -1;
                }
                len >>= 1;
                int a = bp + 8;
                for (int i = 0; i < len; i++) {
                    String segment = addr(p, a);
                    p.p(", [").p(i).p("]").p(segment);
                    a += 16;
                }
                p.p(") ");
                return (p.u8(bp + 1) + 1) << 3;
            }
            case 4 -> {
                int lastEntry = p.u8(bp + 4);
                p.p(", last-entry=").p(lastEntry);
                int flags = p.u8(bp + 5);
                if (flags != 0 || p.o.verbose() > 0) {
                    p.p(", flags=0x").p(Integer.toHexString(flags));
                }
                String tag = Integer.toHexString(p.u16(bp + 6));
                p.p(", tag=").p(tag);
                if (len % 2 == 1) {
                    p.p(" (invalid length ").p(len).p(") (invalid)");
                    return -1;
                }
                len >>= 1;
                int a = bp + 8;
                for (int i = 0; i < len; i++) {
                    String segment = addr(p, a);
                    p.p(", [").p(i).p("]").p(segment);
                    a += 16;
                }
                p.p(") ");
                return (p.u8(bp + 1) + 1) << 3;
            }
            default -> {
                p.p(" (unknown type) (invalid)");
                return -1;
            }
        }
    }

    /** ip6_finddst for the pseudo-header. */
    static byte[] finalDst(Pkt p, int ip6) {
        int nh0 = p.u8(ip6 + 6);
        if (nh0 != 0 && nh0 != 60 && nh0 != 135 && nh0 != 62 && nh0 != 44 && nh0 != 43) {
            return bytes(p, ip6 + 24, 16);
        }
        int cp = ip6;
        int advance = 40;
        int nh = nh0;
        int dstAddr = ip6 + 24;
        loop:
        while (cp < p.snapend) {
            cp += advance;
            switch (nh) {
                case 0, 60, 135, 62 -> {
                    advance = (p.u8(cp + 1) + 1) << 3;
                    nh = p.u8(cp);
                }
                case 44 -> {
                    advance = 8;
                    nh = p.u8(cp);
                }
                case 43 -> {
                    if (!p.has(cp, 4)) {
                        break loop;
                    }
                    int len = p.u8(cp + 1);
                    int type = p.u8(cp + 2);
                    if (type == 0 || type == 2) {
                        if (len % 2 == 1) {
                            break loop;
                        }
                        len >>= 1;
                        int a = cp + 8;
                        for (int i = 0; i < len; i++) {
                            if (!p.has(a, 16)) {
                                break loop;
                            }
                            dstAddr = a;
                            a += 16;
                        }
                    } else if (type == 4) {
                        if (len % 2 == 1) {
                            break loop;
                        }
                        if (!p.has(cp + 8, 16)) {
                            break loop;
                        }
                        dstAddr = cp + 8;
                    }
                    break loop;
                }
                default -> {
                    break loop;
                }
            }
        }
        return bytes(p, dstAddr, 16);
    }
}
