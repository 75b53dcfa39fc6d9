package org.jdissect.output.tcpdump;

import java.util.Map;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.api.tree.ProtoTree;
import org.jdissect.output.TcpdumpOptions;

/** print-icmp6.c {@code icmp6_print}: echo, errors, neighbour discovery (options at -v) and MLD. */
final class Icmp6 {
    private Icmp6() {
    }

    private static final Map<Integer, String> TYPES = Map.ofEntries(Map.entry(1, "destination unreachable"),
            Map.entry(2, "packet too big"), Map.entry(3, "time exceeded in-transit"),
            Map.entry(4, "parameter problem"), Map.entry(128, "echo request"), Map.entry(129, "echo reply"),
            Map.entry(130, "multicast listener query"), Map.entry(131, "multicast listener report"),
            Map.entry(132, "multicast listener done"), Map.entry(133, "router solicitation"),
            Map.entry(134, "router advertisement"), Map.entry(135, "neighbor solicitation"),
            Map.entry(136, "neighbor advertisement"), Map.entry(137, "redirect"),
            Map.entry(138, "router renumbering"), Map.entry(141, "inverse neighbor solicitation"),
            Map.entry(142, "inverse neighbor advertisement"), Map.entry(143, "multicast listener report v2"),
            Map.entry(144, "ha discovery request"), Map.entry(145, "ha discovery reply"),
            Map.entry(146, "mobile router solicitation"), Map.entry(147, "mobile router advertisement"),
            // tok2str takes the first entry of a value: 139 and 140 are named as KAME's who-are-you
            Map.entry(139, "who-are-you request"), Map.entry(140, "who-are-you reply"),
            Map.entry(200, "mtrace response"), Map.entry(201, "mtrace message"), Map.entry(155, "RPL"));
    private static final Map<Integer, String> UNREACH = Map.of(0, "unreachable route", 1,
            " unreachable prohibited", 2, "beyond scope", 3, "unreachable address", 4, "unreachable port");
    private static final Map<Integer, String> OPTS = Map.of(1, "source link-address", 2,
            "destination link-address", 3, "prefix info", 4, "redirected header", 5, "mtu", 25, "rdnss", 31,
            "dnssl", 7, "advertisement interval", 8, "homeagent information", 24, "route info");
    private static final String[] MLDV2 = {null, "is_in", "is_ex", "to_in", "to_ex", "allow", "block"};
    private static final String[] RTPREF = {"medium", "high", "rsv", "low"};

    private static String bittok(int v, int[] bits, String[] names) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < bits.length; i++) {
            if ((v & bits[i]) != 0) {
                sb.append(sb.length() > 0 ? ", " : "").append(names[i]);
            }
        }
        return sb.length() == 0 ? "none" : sb.toString();
    }

    private static String lifetime(long v) {
        return v == 0xffffffffL ? "infinity" : v + "s";
    }

    static void print(Pkt p, ProtoTree tree, Net net, int bp, int length, boolean fragmented) {
        p.proto = "icmp6";
        TcpdumpOptions o = p.o;
        int v = o.verbose();
        ProtoNode node = TreeFields.protocol(tree, "icmpv6", 0);
        int oip = bp + 8;
        int ep = p.snapend; // the end of the captured data, as icmp6_print takes it first
        if (length == 0) {
            p.p("ICMP6, length 0 (invalid)");
            return;
        }
        if (v > 0 && !fragmented && !o.noChecksum()) {
            if (p.has(bp, length)) {
                int stored = p.u16(bp + 2);
                byte[] dst = Inet6.finalDst(p, net.off);
                int sum = Checksum.finish(Checksum.sum(p.data, bp, length, net.pseudo(dst, length, 58)));
                if (sum != 0) {
                    p.p("[bad icmp6 cksum 0x").p(Pkt.hex4(stored)).p(" -> 0x")
                            .p(Pkt.hex4(Checksum.shouldBe(stored, sum))).p("!] ");
                } else {
                    p.p("[icmp6 sum ok] ");
                }
            }
        }
        int type = (int) p.field(node, "icmpv6.type", bp, 1, p.u8(bp));
        String tn = TYPES.get(type);
        p.p("ICMP6, ").p(tn != null ? tn : "unknown icmp6 type (" + type + ")");
        if (v > 0 && (type == 133 || type == 134 || type == 136 || type == 135 || type == 137 || type == 145
                || type == 147)) {
            p.p(", length ").p(length);
        }
        int code = (int) p.field(node, "icmpv6.code", bp + 1, 1, p.u8(bp + 1));
        try {
            switch (type) {
                case 1 -> {
                    String c = UNREACH.get(code);
                    p.p(", ").p(c != null ? c : "unknown unreach code (" + code + ")");
                    // one ND_PRINT each: its addresses are fetched before any of it is printed
                    switch (code) {
                        case 0, 1, 3 -> {
                            String dst = Inet6.addr(p, oip + 24);
                            p.p(" ").p(dst);
                        }
                        case 2 -> {
                            String dst = Inet6.addr(p, oip + 24);
                            String src = Inet6.addr(p, oip + 8);
                            p.p(" ").p(dst).p(", source address ").p(src);
                        }
                        case 4 -> {
                            int[] prot = {-1};
                            int ouh = upperLayer(p, oip, prot);
                            if (ouh < 0) {
                                throw GotoTrunc.INSTANCE;
                            }
                            int dport = p.u16(ouh + 2);
                            String dst = Inet6.addr(p, oip + 24);
                            switch (prot[0]) {
                                case 6 -> p.p(", ").p(dst).p(" tcp port ").port(dport, o.numeric() > 0);
                                case 17 -> p.p(", ").p(dst).p(" udp port ").udpPort(dport, o.numeric() > 0);
                                default -> p.p(", ").p(dst).p(" protocol ").p(prot[0])
                                        .p(" port ").p(dport).p(" unreachable");
                            }
                        }
                        default -> {
                            if (v <= 1) {
                                Transport.unknownData(p, bp, "\n\t", length);
                                return;
                            }
                        }
                    }
                }
                case 2 -> {
                    long mtu = p.u32(bp + 4); // read before its label, as ND_PRINT's argument
                    p.p(", mtu ").p(mtu);
                }
                case 3 -> {
                    switch (code) {
                        case 0 -> {
                            String dst = Inet6.addr(p, oip + 24); // fetched before " for " is printed
                            p.p(" for ").p(dst);
                        }
                        case 1 -> p.p(" (reassembly)");
                        default -> p.p(", unknown code (").p(code).p(")");
                    }
                }
                case 4 -> {
                    // ND_TCHECK_16: a local "goto trunc" (the marker, a normal return), not a cut fetch
                    p.tcheck(oip + 24, 16);
                    String what = switch (code) {
                        case 0 -> ", erroneous - octet ";
                        case 1 -> ", next header - octet ";
                        case 2 -> ", option - octet ";
                        case 3 -> ", incomplete header chain - octet ";
                        default -> null;
                    };
                    if (what != null) {
                        long pointer = p.u32(bp + 4);
                        p.p(what).p(pointer);
                    } else {
                        p.p(", code-#").p(code);
                    }
                }
                case 128, 129 -> {
                    // both fetched before anything is printed (GET_BE_U_2 as printf's arguments): a cut echo
                    // truncates right after its name
                    long id = p.field(node, "icmpv6.echo.identifier", bp + 4, 2, p.u16(bp + 4));
                    long seq = p.field(node, "icmpv6.echo.sequence_number", bp + 6, 2, p.u16(bp + 6));
                    p.p(", id ").p(id).p(", seq ").p(seq);
                }
                case 130 -> {
                    if (length == 24) {
                        mld6(p, bp);
                    } else if (length >= 28) {
                        p.p(" v2");
                        mldv2Query(p, bp, length);
                    } else {
                        p.p(" unknown-version (len ").p(length).p(") ");
                    }
                }
                case 131, 132 -> mld6(p, bp);
                case 133 -> {
                    if (v > 0 && optPrint(p, bp + 8, length - 8) == -1) {
                        throw GotoTrunc.INSTANCE;
                    }
                }
                case 134 -> {
                    if (v > 0) {
                        // one ND_PRINT: every field is fetched before the line break is printed
                        int hopLimit = p.u8(bp + 4);
                        int fl = p.u8(bp + 5);
                        int lifetime = p.u16(bp + 6);
                        long reachable = p.u32(bp + 8);
                        long retrans = p.u32(bp + 12);
                        p.p("\n\thop limit ").p(hopLimit).p(", Flags [")
                                .p(bittok(fl, new int[] {0x80, 0x40, 0x20, 0x02},
                                        new String[] {"managed", "other stateful", "home agent", "ipv6 only"}))
                                .p("], pref ").p(RTPREF[(fl & 0x18) >> 3]).p(", router lifetime ")
                                .p(lifetime).p("s, reachable time ").p(reachable)
                                .p("ms, retrans timer ").p(retrans).p("ms");
                        if (optPrint(p, bp + 16, length - 16) == -1) {
                            throw GotoTrunc.INSTANCE;
                        }
                    }
                }
                case 135 -> {
                    String target = Inet6.addr(p, bp + 8); // read before its label, as ND_PRINT's argument
                    p.p(", who has ").p(target);
                    if (v > 0 && optPrint(p, bp + 24, length - 24) == -1) {
                        throw GotoTrunc.INSTANCE;
                    }
                }
                case 136 -> {
                    String target = Inet6.addr(p, bp + 8);
                    p.p(", tgt is ").p(target);
                    if (v > 0) {
                        long fl = p.u32(bp + 4);
                        p.p(", Flags [").p(bittok((int) (fl >>> 24), new int[] {0x80, 0x40, 0x20},
                                new String[] {"router", "solicited", "override"})).p("]");
                        if (optPrint(p, bp + 24, length - 24) == -1) {
                            throw GotoTrunc.INSTANCE;
                        }
                    }
                }
                case 137 -> {
                    // print-icmp6.c names the destination, then the better first hop (the target) it goes "to"
                    // two ND_PRINTs, each fetching its address before printing
                    String dst = Inet6.addr(p, bp + 24);
                    p.p(", ").p(dst);
                    String target = Inet6.addr(p, bp + 8);
                    p.p(" to ").p(target);
                    if (v > 0 && optPrint(p, bp + 40, length - 40) == -1) {
                        throw GotoTrunc.INSTANCE;
                    }
                }
                case 138 -> Icmp6Info.routerRenumbering(p, bp, ep);
                case 139, 140 -> Icmp6Info.nodeInfo(p, length, bp, ep);
                case 141, 142 -> {
                }
                case 143 -> mldv2Report(p, bp, length);
                case 146, 144 -> {
                    String id = Pkt.hex4(p.u16(bp + 4)); // fetched before ", id 0x" is printed
                    p.p(", id 0x").p(id);
                }
                case 145 -> {
                    if (v > 0) {
                        String id = Pkt.hex4(p.u16(bp + 4));
                        p.p(", id 0x").p(id);
                        int cp = bp + length;
                        int q = bp + 8;
                        while (q < cp) {
                            // the address is fetched before ", " is printed: a cut one truncates without it
                            String a = Inet6.addr(p, q);
                            p.p(", ").p(a);
                            q += 16;
                        }
                    }
                }
                case 147 -> {
                    if (v > 0) {
                        String id = Pkt.hex4(p.u16(bp + 4));
                        p.p(", id 0x").p(id);
                        int flags = p.u16(bp + 6);
                        if ((flags & 0xc000) != 0) {
                            p.p(" ");
                        }
                        if ((flags & 0x8000) != 0) {
                            p.p("M");
                        }
                        if ((flags & 0x4000) != 0) {
                            p.p("O");
                        }
                        if (optPrint(p, bp + 8, length - 8) == -1) {
                            throw GotoTrunc.INSTANCE;
                        }
                    }
                }
                // the message after the 4-byte header, as a u_int (a shorter one wraps around)
                case 155 -> Icmp6Info.rpl(p, code, bp + 4, Integer.toUnsignedLong(length - 4));
                default -> {
                    p.p(", length ").p(length);
                    if (v <= 1) {
                        Transport.unknownData(p, bp, "\n\t", length);
                    }
                    return;
                }
            }
            if (v == 0) {
                p.p(", length ").p(length);
            }
        } catch (GotoTrunc e) {
            p.trunc();
        }
    }

    private static int upperLayer(Pkt p, int bp, int[] prot) {
        int ep = p.snapend;
        if (!p.has(bp + 6, 1)) {
            return -1;
        }
        int nh = p.u8(bp + 6);
        int hlen = 40;
        while (bp < ep) {
            bp += hlen;
            switch (nh) {
                case 17, 6 -> {
                    if (p.has(bp + 2, 2)) {
                        prot[0] = nh;
                        return bp;
                    }
                    return -1;
                }
                case 0, 60, 43 -> {
                    if (!p.has(bp + 1, 1)) {
                        return -1;
                    }
                    nh = p.u8(bp);
                    hlen = (p.u8(bp + 1) + 1) << 3;
                }
                case 44 -> {
                    if (!p.has(bp + 2, 2)) {
                        return -1;
                    }
                    if ((p.u16(bp + 2) & 0xfff8) != 0) {
                        return -1;
                    }
                    nh = p.u8(bp);
                    hlen = 8;
                }
                case 51 -> {
                    if (!p.has(bp + 1, 1)) {
                        return -1;
                    }
                    nh = p.u8(bp);
                    hlen = (p.u8(bp + 1) + 2) << 2;
                }
                default -> {
                    prot[0] = nh;
                    return -1;
                }
            }
        }
        return -1;
    }

    private static void lladdr(Pkt p, int q, int l) {
        int start = q;
        int ep = q + l;
        while (l > 0 && q < ep) {
            if (q > start) {
                p.p(":");
            }
            p.p(Domain.hex2(p.u8(q)));
            q++;
            l--;
        }
    }

    private static int optPrint(Pkt p, int bp, int resid) {
        int cp = bp;
        int ep = p.snapend;
        while (cp < ep) {
            if (!p.has(cp + 1, 1)) {
                return -1; // ND_TCHECK_1: "goto trunc", a normal return (the caller prints the marker)
            }
            if (resid <= 0) {
                return 0;
            }
            int type = p.u8(cp);
            int len = p.u8(cp + 1);
            if (len == 0) {
                return -1;
            }
            if (cp + (len << 3) > ep) {
                return -1;
            }
            String name = OPTS.get(type);
            p.p("\n\t  ").p(name != null ? name : "unknown").p(" option (").p(type).p("), length ").p(len << 3)
                    .p(" (").p(len).p("): ");
            switch (type) {
                case 1, 2 -> lladdr(p, cp + 2, (len << 3) - 2);
                case 3 -> {
                    p.p(Inet6.addr(p, cp + 16)).p("/").p(p.u8(cp + 2)).p(len != 4 ? "badlen" : "").p(", Flags [")
                            .p(bittok(p.u8(cp + 3), new int[] {0x80, 0x40, 0x20},
                                    new String[] {"onlink", "auto", "router"}))
                            .p("], valid time ").p(lifetime(p.u32(cp + 4)));
                    p.p(", pref. time ").p(lifetime(p.u32(cp + 8)));
                }
                case 4 -> Transport.unknownData(p, bp, "\n\t    ", len << 3);
                case 5 -> p.p(" ").p(p.u32(cp + 4)).p(len != 1 ? "bad option length" : "");
                case 25 -> {
                    int l = (len - 1) / 2;
                    p.p(" lifetime ").p(p.u32(cp + 4)).p("s,");
                    for (int i = 0; i < l; i++) {
                        String a = Inet6.addr(p, cp + 8 + 16 * i);
                        p.p(" addr: ").p(a);
                    }
                }
                case 31 -> {
                    p.p(" lifetime ").p(p.u32(cp + 4)).p("s, domain(s):");
                    int domp = cp + 8;
                    while (domp < cp + (len << 3) && p.u8(domp) != 0) {
                        p.p(" ");
                        domp = Domain.fqdnOf(p, domp, bp);
                        if (domp == -1) {
                            return -1;
                        }
                    }
                }
                case 7 -> p.p(" ").p(p.u32(cp + 4)).p("ms");
                case 8 -> p.p(" preference ").p(p.u16(cp + 4)).p(", lifetime ").p(p.u16(cp + 6));
                case 24 -> {
                    if (!p.has(cp + 4, 4)) {
                        return -1; // ND_TCHECK_4: "goto trunc"
                    }
                    byte[] in6 = new byte[16];
                    switch (len) {
                        case 1 -> {
                        }
                        case 2 -> {
                            p.check(cp + 8, 8);
                            System.arraycopy(p.data, cp + 8, in6, 0, 8);
                        }
                        case 3 -> {
                            p.check(cp + 8, 16);
                            System.arraycopy(p.data, cp + 8, in6, 0, 16);
                        }
                        default -> {
                            return -1;
                        }
                    }
                    p.p(" ").p(Inet6.addr(in6, 0)).p("/").p(p.u8(cp + 2));
                    p.p(", pref=").p(RTPREF[(p.u8(cp + 3) & 0x18) >> 3]);
                    p.p(", lifetime=").p(lifetime(p.u32(cp + 4)));
                }
                default -> {
                    if (p.o.verbose() <= 1) {
                        Transport.unknownData(p, cp + 2, "\n\t  ", (len << 3) - 2);
                        return 0;
                    }
                }
            }
            if (p.o.verbose() > 1) {
                Transport.unknownData(p, cp + 2, "\n\t    ", (len << 3) - 2);
            }
            cp += len << 3;
            resid -= len << 3;
        }
        return 0;
    }

    private static void mld6(Pkt p, int bp) {
        if (bp + 24 > p.snapend) {
            return;
        }
        p.p("max resp delay: ").p(p.u16(bp + 4)).p(" ");
        p.p("addr: ").p(Inet6.addr(p, bp + 8));
    }

    private static void mldv2Report(Pkt p, int bp, int len) {
        if (len < 8) {
            p.p(" [invalid len ").p(len).p("]");
            return;
        }
        int ngroups = p.u16(bp + 6);
        p.p(", ").p(ngroups).p(" group record(s)");
        if (p.o.verbose() > 0) {
            long group = 8;
            for (int i = 0; i < ngroups; i++) {
                if (len < group + 20) {
                    p.p(" [invalid number of groups]");
                    return;
                }
                int g = (int) group;
                String gaddr = Inet6.addr(p, bp + g + 4); // read before its label, as ND_PRINT's argument
                p.p(" [gaddr ").p(gaddr);
                int rt = p.u8(bp + g);
                p.p(" ").p(rt >= 1 && rt <= 6 ? MLDV2[rt] : " [v2-report-#" + rt + "]");
                int nsrcs = p.u16(bp + g + 2);
                if (len < group + 20 + nsrcs * 16L) {
                    p.p(" [invalid number of sources ").p(nsrcs).p("]");
                    return;
                }
                if (p.o.verbose() == 1) {
                    p.p(", ").p(nsrcs).p(" source(s)");
                } else {
                    p.p(" {");
                    for (int j = 0; j < nsrcs; j++) {
                        String src = Inet6.addr(p, bp + g + 20 + j * 16);
                        p.p(" ").p(src);
                    }
                    p.p(" }");
                }
                group += 20 + nsrcs * 16L;
                p.p("]");
            }
        }
    }

    private static void mldv2Query(Pkt p, int bp, int len) {
        if (len < 28) {
            p.p(" [invalid len ").p(len).p("]");
            return;
        }
        int mrc = p.u16(bp + 4);
        long mrt = mrc < 32768 ? mrc : ((long) ((mrc & 0x0fff) | 0x1000)) << (((mrc & 0x7000) >> 12) + 3);
        if (p.o.verbose() > 0) {
            p.p(" [max resp delay=").p(mrt & 0xffffffffL).p("]");
        }
        String gaddr = Inet6.addr(p, bp + 8); // fetched before " [gaddr " is printed
        p.p(" [gaddr ").p(gaddr);
        if (p.o.verbose() > 0) {
            int b24 = p.u8(bp + 24);
            if ((b24 & 0x08) != 0) {
                p.p(" sflag");
            }
            if ((b24 & 0x07) != 0) {
                p.p(" robustness=").p(b24 & 0x07);
            }
            int b25 = p.u8(bp + 25);
            long qqi = b25 < 128 ? b25 : ((long) ((b25 & 0x0f) | 0x10)) << (((b25 & 0x70) >> 4) + 3);
            p.p(" qqi=").p(qqi);
        }
        int nsrcs = p.u16(bp + 26);
        if (nsrcs > 0) {
            if (len < 28 + nsrcs * 16L) {
                p.p(" [invalid number of sources]");
            } else if (p.o.verbose() > 1) {
                p.p(" {");
                for (int i = 0; i < nsrcs; i++) {
                    String src = Inet6.addr(p, bp + 28 + i * 16);
                    p.p(" ").p(src);
                }
                p.p(" }");
            } else {
                p.p(", ").p(nsrcs).p(" source(s)");
            }
        }
        p.p("]");
    }
}
