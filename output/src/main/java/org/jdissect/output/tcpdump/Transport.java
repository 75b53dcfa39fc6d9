package org.jdissect.output.tcpdump;

import org.jdissect.api.tree.ProtoNode;
import org.jdissect.api.tree.ProtoTree;
import org.jdissect.output.TcpdumpOptions;

/** print-udp.c {@code udp_print} and print-icmp.c {@code icmp_print}. */
final class Transport {
    private Transport() {
    }

    private static void udpAddrs(Layers l, Pkt p, Net net, int sport, int dport) {
        if (net.headerProto == 17) {
            if (sport == -1) {
                p.p(net.src).p(" > ").p(net.dst).p(": ");
            } else {
                p.p(net.src).p(".").udpPort(sport, l.numeric()).p(" > ").p(net.dst).p(".")
                        .udpPort(dport, l.numeric()).p(": ");
            }
        } else if (sport != -1) {
            p.udpPort(sport, l.numeric()).p(" > ").udpPort(dport, l.numeric()).p(": ");
        }
    }

    static void udp(Layers l, Pkt p, ProtoTree tree, Net net, int bp, int length, boolean fragmented) {
        p.proto = "udp";
        TcpdumpOptions o = p.o;
        ProtoNode udp = TreeFields.protocol(tree, "udp", 0);
        if (!p.has(bp + 2, 2)) {
            udpAddrs(l, p, net, -1, -1);
            p.trunc();
            return;
        }
        int sport = (int) p.field(udp, "udp.srcport", bp, 2, p.u16(bp));
        int dport = (int) p.field(udp, "udp.dstport", bp + 2, 2, p.u16(bp + 2));
        if (Integer.toUnsignedLong(length) < 8) {
            udpAddrs(l, p, net, sport, dport);
            p.p("truncated-udp ").p(Integer.toUnsignedLong(length));
            return;
        }
        if (!p.has(bp + 4, 2)) {
            udpAddrs(l, p, net, sport, dport);
            p.trunc();
            return;
        }
        long ulen = p.field(udp, "udp.length", bp + 4, 2, p.u16(bp + 4));
        if (ulen == 0 && Integer.toUnsignedLong(length) > 65535) {
            ulen = Integer.toUnsignedLong(length);
        }
        if (ulen < 8) {
            udpAddrs(l, p, net, sport, dport);
            p.p("truncated-udplength ").p(ulen);
            return;
        }
        ulen -= 8;
        long len = Integer.toUnsignedLong(length) - 8;
        if (ulen < len) {
            len = ulen;
        }
        int cp = bp + 8;
        if (cp > p.snapend) {
            udpAddrs(l, p, net, sport, dport);
            p.trunc();
            return;
        }
        udpAddrs(l, p, net, sport, dport);
        if (o.verbose() > 0 && !o.noChecksum() && !fragmented) {
            if (!net.v6 && o.verbose() > 1) {
                int udpSum = p.u16(bp + 6);
                if (udpSum == 0) {
                    p.p("[no cksum] ");
                } else if (p.has(cp, (int) len)) {
                    udpSum(l, p, net, bp, (int) len + 8, udpSum);
                }
            } else if (net.v6) {
                if (p.has(cp, (int) len)) {
                    udpSum(l, p, net, bp, (int) len + 8, p.u16(bp + 6));
                }
            }
        }
        if (o.quiet() == 0) {
            if (sport == 53 || dport == 53) {
                Domain.print(p, cp, (int) len, false, false);
                return;
            }
            if (sport == 5353 || dport == 5353) {
                Domain.print(p, cp, (int) len, false, true);
                return;
            }
            if (application(l, p, tree, sport, dport, cp, len)) {
                return;
            }
        }
        if (ulen > len && !fragmented) {
            p.p("UDP, bad length ").p(ulen).p(" > ").p(len);
        } else {
            p.p("UDP, length ").p(ulen);
        }
    }

    /**
     * udp_print's port chain after DNS, as far as VXLAN: a port of a printer that comes earlier in that chain (timed,
     * TFTP; RIP, AODV, ISAKMP (but NAT traversal's ESP), SNMP; before syslog some thirty more; OTV) wins over theirs, and as those printers are
     * not written yet such a datagram stays "UDP, length N" rather than being shown as BOOTP, NTP, syslog or VXLAN,
     * which tcpdump would not do either.
     */
    private static boolean application(Layers l, Pkt p, ProtoTree tree, int sport, int dport, int cp, long len) {
        if (either(sport, dport, 525) || either(sport, dport, 69)) {
            return false;
        }
        if (either(sport, dport, 68) || either(sport, dport, 67)) {
            Bootp.print(l, p, cp, len);
            return true;
        }
        if (either(sport, dport, 520) || either(sport, dport, 654) || either(sport, dport, 500)) {
            return false;
        }
        if (either(sport, dport, 4500)) {
            return Ipsec.natTraversal(p, cp, len);
        }
        if (either(sport, dport, 7500) || either(sport, dport, 8500) || either(sport, dport, 161)
                || either(sport, dport, 162)) {
            return false;
        }
        if (either(sport, dport, 123)) {
            Ntp.print(p, cp, len);
            return true;
        }
        if (beforeSyslog(sport, dport)) {
            return false;
        }
        if (either(sport, dport, 514)) {
            Syslog.print(p, cp, (int) len);
            return true;
        }
        if (either(sport, dport, 8472)) {
            return false; // OTV
        }
        if (either(sport, dport, 4789)) {
            Vxlan.print(l, p, tree, cp, (int) len);
            return true;
        }
        return false;
    }

    /** The ports udp_print tries between NTP and syslog (this tcpdump build has no SMB printing: no NetBIOS). */
    private static final int[] BEFORE_SYSLOG = {88, 750, 1701, 2103, 2104, 521, 546, 547, 5359, 6696, 6697, 8231, 496,
        1645, 1812, 1646, 1813, 1700, 3799, 921, 646, 698, 3503, 701, 1589, 6343, 12222, 5060};

    private static boolean beforeSyslog(int sport, int dport) {
        for (int port : BEFORE_SYSLOG) {
            if (either(sport, dport, port)) {
                return true;
            }
        }
        return dport == 3456 || dport == 4567 || dport == 1985 || sport == 49152 || dport == 3784 || dport == 4784
                || dport == 6784 || dport == 3785 || dport == 12223 || sport == 12223
                || sport >= 7000 && sport <= 7009 || dport >= 7000 && dport <= 7009;
    }

    /** IS_SRC_OR_DST_PORT. */
    private static boolean either(int sport, int dport, int port) {
        return sport == port || dport == port;
    }

    private static void udpSum(Layers l, Pkt p, Net net, int bp, int n, int stored) {
        int sum = Checksum.finish(Checksum.sum(p.data, bp, n, net.pseudo(l.finalDst(p, net), n, 17)));
        if (sum != 0) {
            p.p("[bad udp cksum 0x").p(Pkt.hex4(stored)).p(" -> 0x").p(Pkt.hex4(Checksum.shouldBe(stored, sum)))
                    .p("!] ");
        } else {
            p.p("[udp sum ok] ");
        }
    }

    private static final String[] UNREACH = {"net %s unreachable", "host %s unreachable", null, null, null,
        "%s unreachable - source route failed", "net %s unreachable - unknown", "host %s unreachable - unknown",
        "%s unreachable - source host isolated", "net %s unreachable - admin prohibited",
        "host %s unreachable - admin prohibited", "net %s unreachable - tos prohibited",
        "host %s unreachable - tos prohibited", "host %s unreachable - admin prohibited filter",
        "host %s unreachable - host precedence violation", "host %s unreachable - precedence cutoff"};

    private static String ip(Pkt p, int off) {
        return Pkt.ipaddr(p.u32(off));
    }

    /**
     * icmp_print. Its ND_TCHECKs (time exceeded, router advertisement, time stamp reply, port unreachable,
     * multi-part objects) are "goto trunc": the marker, then a normal return, so -x dumps from the network layer.
     */
    static void icmp(Layers l, Pkt p, ProtoTree tree, Net net, int bp, int plen, boolean fragmented) {
        p.proto = "icmp";
        try {
            icmpBody(l, p, tree, net, bp, plen, fragmented);
        } catch (GotoTrunc e) {
            p.proto = "icmp";
            p.trunc();
        }
    }

    private static void icmpBody(Layers l, Pkt p, ProtoTree tree, Net net, int bp, int plen, boolean fragmented) {
        TcpdumpOptions o = p.o;
        ProtoNode icmp = TreeFields.protocol(tree, "icmp", 0);
        int type = (int) p.field(icmp, "icmp.type", bp, 1, p.u8(bp));
        int code = (int) p.field(icmp, "icmp.code", bp + 1, 1, p.u8(bp + 1));
        int oip = bp + 8;
        String str;
        switch (type) {
            case 0, 8 -> str = "echo " + (type == 8 ? "request" : "reply") + ", id "
                    + p.field(icmp, "icmp.ident", bp + 4, 2, p.u16(bp + 4)) + ", seq "
                    + p.field(icmp, "icmp.seq", bp + 6, 2, p.u16(bp + 6));
            case 3 -> {
                switch (code) {
                    case 2 -> str = ip(p, oip + 16) + " protocol " + p.u8(oip + 9) + " unreachable";
                    case 3 -> {
                        p.tcheck(oip + 9, 1); // the quoted protocol; the port after it is a plain read
                        int hlen = (p.u8(oip) & 0xf) * 4;
                        int dport = p.u16(oip + hlen + 2);
                        int proto = p.u8(oip + 9);
                        str = switch (proto) {
                            case 6 -> ip(p, oip + 16) + " tcp port " + Names.tcpPort(dport, l.numeric())
                                    + " unreachable";
                            case 17 -> ip(p, oip + 16) + " udp port " + Names.udpPort(dport, l.numeric())
                                    + " unreachable";
                            default -> ip(p, oip + 16) + " protocol " + proto + " port " + dport + " unreachable";
                        };
                    }
                    case 4 -> {
                        int mtu = p.u16(bp + 6);
                        str = mtu != 0 ? ip(p, oip + 16) + " unreachable - need to frag (mtu " + mtu + ")"
                                : ip(p, oip + 16) + " unreachable - need to frag";
                    }
                    default -> {
                        if (code < UNREACH.length && UNREACH[code] != null) {
                            str = String.format(UNREACH[code], ip(p, oip + 16));
                        } else {
                            str = ip(p, oip + 16) + " unreachable - #" + code;
                        }
                    }
                }
            }
            case 5 -> {
                String d = ip(p, oip + 16);
                String g = ip(p, bp + 4);
                str = switch (code) {
                    case 0 -> "redirect " + d + " to net " + g;
                    case 1 -> "redirect " + d + " to host " + g;
                    case 2 -> "redirect-tos " + d + " to net " + g;
                    case 3 -> "redirect-tos " + d + " to host " + g;
                    default -> "redirect-#" + code + " " + d + " to " + g;
                };
            }
            case 9 -> {
                StringBuilder b = new StringBuilder("router advertisement");
                p.tcheck(bp + 4, 4);
                b.append(" lifetime ");
                int lt = p.u16(bp + 6);
                if (lt < 60) {
                    b.append(lt);
                } else if (lt < 3600) {
                    b.append(String.format("%d:%02d", lt / 60, lt % 60));
                } else {
                    b.append(String.format("%d:%02d:%02d", lt / 3600, (lt % 3600) / 60, lt % 60));
                }
                int num = p.u8(bp + 4);
                b.append(' ').append(num).append(':');
                int size = p.u8(bp + 5);
                if (size != 2) {
                    b.append(" [size ").append(size).append(']');
                } else {
                    int idp = bp + 8;
                    while (num > 0) {
                        p.tcheck(idp, 8);
                        b.append(" {").append(ip(p, idp)).append(' ').append(p.u32(idp + 4)).append('}');
                        idp += 8;
                        num--;
                    }
                }
                str = b.toString();
            }
            case 11 -> {
                p.tcheck(oip + 16, 4);
                str = switch (code) {
                    case 0 -> "time exceeded in-transit";
                    case 1 -> "ip reassembly time exceeded";
                    default -> "time exceeded-#" + code;
                };
            }
            case 12 -> str = code != 0 ? "parameter problem - code " + code
                    : "parameter problem - octet " + p.u8(bp + 4);
            case 18 -> str = "address mask is 0x" + String.format("%08x", p.u32(bp + 8));
            case 13 -> str = "time stamp query id " + p.u16(bp + 4) + " seq " + p.u16(bp + 6);
            case 14 -> {
                p.tcheck(bp + 16, 4);
                str = "time stamp reply id " + p.u16(bp + 4) + " seq " + p.u16(bp + 6) + ": org "
                        + tstamp(p.u32(bp + 8)) + ", recv " + tstamp(p.u32(bp + 12)) + ", xmit "
                        + tstamp(p.u32(bp + 16));
            }
            default -> str = switch (type) {
                case 4 -> "source quench";
                case 10 -> "router solicitation";
                case 15 -> "information request";
                case 16 -> "information reply";
                case 17 -> "address mask request";
                default -> "type-#" + type;
            };
        }
        p.p("ICMP ").p(str).p(", length ").p(Integer.toUnsignedLong(plen));
        if (o.verbose() > 0 && !fragmented && !o.noChecksum() && p.has(bp, plen)) {
            int sum = Checksum.finish(Checksum.sum(p.data, bp, plen, 0));
            if (sum != 0) {
                int stored = p.u16(bp + 2);
                p.p(" (wrong icmp cksum ").p(Integer.toHexString(stored)).p(" (->")
                        .p(Integer.toHexString(Checksum.shouldBe(stored, sum))).p(")!)");
            }
        }
        if (o.verbose() > 0 && (type == 3 || type == 4 || type == 5 || type == 11 || type == 12)) {
            int ib = bp + 8;
            p.p("\n\t");
            int saved = p.snapend;
            int ipLen = p.u16(ib + 2);
            p.snapend = Math.min(ib + ipLen, p.snapend);
            try {
                // icmp_print reads the quoted length again, for ip_print's argument, after the snapshot end moved
                // to it: a length under 4 cuts that read, still in ICMP
                p.check(ib + 2, 2);
                l.ip(p, tree, ib, ipLen);
            } finally {
                p.snapend = saved;
            }
        }
        p.proto = "icmp";
        if (o.verbose() > 0 && Integer.toUnsignedLong(plen) > 136 && (type == 3 || type == 11 || type == 12)) {
            multipart(p, bp, plen);
        }
    }

    private static String tstamp(long t) {
        long msec = t % 1000;
        long sec = t / 1000;
        long hr = sec / 3600;
        long min = (sec % 3600) / 60;
        sec = sec % 60;
        return String.format("%02d:%02d:%02d.%03d", hr, min, sec, msec);
    }

    private static void multipart(Pkt p, int bp, int plen) {
        // struct icmp_ext_t: 8 header bytes, 128 bytes of the original datagram, then the extension.
        p.tcheck(bp, 141); // sizeof(struct icmp_ext_t): the first byte of its data included
        int ext = bp + 136;
        if (p.u8(bp + 5) == 0 && p.has(ext, plen - 136)) {
            if (Checksum.finish(Checksum.sum(p.data, ext, plen - 136, 0)) != 0) {
                return;
            }
        }
        int version = (p.data[ext] & 0xf0) >> 4;
        p.p("\n\tICMP Multi-Part extension v").p(version);
        if (version != 2) {
            p.p(" packet not supported");
            return;
        }
        int hlen = plen - 136;
        if (p.has(ext, hlen)) {
            p.p(", checksum 0x").p(Pkt.hex4(p.u16(ext + 2))).p(" (")
                    .p(Checksum.finish(Checksum.sum(p.data, ext, hlen, 0)) != 0 ? "in" : "").p("correct), length ")
                    .p(hlen);
        }
        hlen -= 4;
        int obj = ext + 4;
        while (hlen > 4) {
            p.tcheck(obj, 4);
            int tlen = p.u16(obj);
            int cls = p.u8(obj + 2);
            int ctype = p.u8(obj + 3);
            obj += 4;
            p.p("\n\t  ").p(cls == 1 ? "MPLS Stack Entry" : "unknown").p(" Object (").p(cls).p("), Class-Type: ")
                    .p(ctype).p(", length ").p(tlen);
            hlen -= 4;
            if (cls == 0 || tlen < 4) {
                return;
            }
            tlen -= 4;
            if (cls == 1 && ctype == 1) {
                long raw = p.u32(obj);
                p.p("\n\t    label ").p(raw >>> 12).p(", tc ").p((raw >> 9) & 7);
                if ((raw & 0x100) != 0) {
                    p.p(", [S]");
                }
                p.p(", ttl ").p(raw & 0xff);
            } else {
                unknownData(p, obj, "\n\t    ", tlen);
            }
            if (hlen < tlen) {
                break;
            }
            hlen -= tlen;
            obj += tlen;
        }
    }

    /** print_unknown_data. */
    static void unknownData(Pkt p, int cp, String ident, int len) {
        if (!p.has(cp, 0)) {
            p.p(ident).p("Dissector error: print_unknown_data called with pointer past end of packet");
            return;
        }
        int n = Math.min(len, p.available(cp));
        // print_unknown_data clamps the length to what was captured: no truncation marker of its own
        HexDump.hex(p.out, ident, p.data, cp, Math.max(0, n), null);
    }
}
