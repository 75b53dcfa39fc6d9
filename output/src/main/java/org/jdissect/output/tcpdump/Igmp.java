package org.jdissect.output.tcpdump;

/**
 * print-igmp.c's igmp_print (tcpdump 4.99.3): queries of each version (v3's max response time, group and sources),
 * v1/v2/v3 reports (v3's group records with -v, their sources with -vv), leaves, multicast traceroute and, with -v, a
 * bad checksum over the whole message; DVMRP (0x13) and PIM v1 (0x14) by {@link Dvmrp} and {@link PimV1}.
 */
final class Igmp {
    private static final String[] V3_REPORT_TYPES = {null, "is_in", "is_ex", "to_in", "to_ex", "allow", "block"};

    private Igmp() {
    }

    static void print(Pkt p, int bp, int len) {
        p.proto = "igmp";
        if (p.o.quiet() > 0) {
            p.p("igmp");
            return;
        }
        int type = p.u8(bp);
        switch (type) {
            case 0x11 -> {
                p.p("igmp query");
                if (Integer.compareUnsigned(len, 12) >= 0) {
                    v3Query(p, bp, len);
                } else {
                    int code = p.u8(bp + 1);
                    if (code != 0) {
                        p.p(" v2");
                        if (code != 100) {
                            p.p(" [max resp time ").p(code).p("]");
                        }
                    } else {
                        p.p(" v1");
                    }
                    if (p.u32(bp + 4) != 0) {
                        p.p(" [gaddr ").p(Pkt.ipaddr(p.u32(bp + 4))).p("]");
                    }
                    if (len != 8) {
                        p.p(" [len ").p(Integer.toUnsignedLong(len)).p("]");
                    }
                }
            }
            case 0x12 -> {
                String group = Pkt.ipaddr(p.u32(bp + 4));
                p.p("igmp v1 report ").p(group);
                if (len != 8) {
                    p.p(" [len ").p(Integer.toUnsignedLong(len)).p("]");
                }
            }
            case 0x16 -> {
                String group = Pkt.ipaddr(p.u32(bp + 4));
                p.p("igmp v2 report ").p(group);
            }
            case 0x22 -> {
                p.p("igmp v3 report");
                v3Report(p, bp, len);
            }
            case 0x17 -> {
                String group = Pkt.ipaddr(p.u32(bp + 4));
                p.p("igmp leave ").p(group);
            }
            case 0x13 -> {
                p.p("igmp dvmrp");
                if (Integer.compareUnsigned(len, 8) < 0) {
                    p.p(" [len ").p(Integer.toUnsignedLong(len)).p("]");
                } else {
                    Dvmrp.print(p, bp, len);
                }
            }
            case 0x14 -> {
                p.p("igmp pimv1");
                PimV1.print(p, bp, len);
            }
            case 0x1e -> mtrace(p, "mresp", bp, len);
            case 0x1f -> mtrace(p, "mtrace", bp, len);
            default -> p.p("igmp-").p(type);
        }
        if (p.o.verbose() > 0 && Integer.compareUnsigned(len, 4) >= 0 && p.has(bp, len)) {
            if (Checksum.finish(Checksum.sum(p.data, bp, len, 0)) != 0) {
                p.p(" bad igmp cksum ").p(Integer.toHexString(p.u16(bp + 2))).p("!");
            }
        }
    }

    /** print_mtrace: the query that follows the 8-byte header (source, destination, response address and TTL, id). */
    private static void mtrace(Pkt p, String typename, int bp, int len) {
        if (Integer.compareUnsigned(len, 8 + 16) < 0) {
            p.p(" [invalid len ").p(Integer.toUnsignedLong(len)).p("]");
            return;
        }
        // one ND_PRINT: every fetch happens before anything is printed
        int tr = bp + 8;
        p.check(tr + 13, 3);
        int qid = (int) (p.u32(tr + 12) & 0xffffff);
        String src = Pkt.ipaddr(p.u32(tr));
        String dst = Pkt.ipaddr(p.u32(tr + 4));
        String raddr = Pkt.ipaddr(p.u32(tr + 8));
        p.p(typename).p(" ").p(qid).p(": ").p(src).p(" to ").p(dst).p(" reply-to ").p(raddr);
        if ((p.u32(tr + 8) & 0xf0000000L) == 0xe0000000L) {
            p.p(" with-ttl ").p(p.u8(tr + 12));
        }
    }

    private static void v3Report(Pkt p, int bp, int len) {
        if (Integer.compareUnsigned(len, 16) < 0 || (len & 3) != 0) {
            p.p(" [invalid len ").p(Integer.toUnsignedLong(len)).p("]");
            return;
        }
        int ngroups = p.u16(bp + 6);
        p.p(", ").p(ngroups).p(" group record(s)");
        if (p.o.verbose() > 0) {
            long group = 8;
            long ulen = Integer.toUnsignedLong(len);
            for (int i = 0; i < ngroups; i++) {
                if (ulen < group + 8) {
                    p.p(" [invalid number of groups]");
                    return;
                }
                int g = (int) (bp + group);
                String gaddr = Pkt.ipaddr(p.u32(g + 4));
                p.p(" [gaddr ").p(gaddr);
                int rtype = p.u8(g);
                p.p(" ").p(rtype >= 1 && rtype <= 6 ? V3_REPORT_TYPES[rtype] : " [v3-report-#" + rtype + "]");
                int nsrcs = p.u16(g + 2);
                if (ulen < group + 8 + ((long) nsrcs << 2)) {
                    p.p(" [invalid number of sources ").p(nsrcs).p("]");
                    return;
                }
                if (p.o.verbose() == 1) {
                    p.p(", ").p(nsrcs).p(" source(s)");
                } else {
                    p.p(" {");
                    for (int j = 0; j < nsrcs; j++) {
                        String src = Pkt.ipaddr(p.u32(g + 8 + (j << 2)));
                        p.p(" ").p(src);
                    }
                    p.p(" }");
                }
                group += 8 + ((long) nsrcs << 2);
                p.p("]");
            }
        }
    }

    private static void v3Query(Pkt p, int bp, int len) {
        p.p(" v3");
        if (Integer.compareUnsigned(len, 12) < 0 || (len & 3) != 0) {
            p.p(" [invalid len ").p(Integer.toUnsignedLong(len)).p("]");
            return;
        }
        int mrc = p.u8(bp + 1);
        long mrt = mrc < 128 ? mrc : (long) ((mrc & 0x0f) | 0x10) << (((mrc & 0x70) >> 4) + 3);
        if (mrc != 100) {
            p.p(" [max resp time ");
            if (mrt < 600) {
                p.p(mrt / 10).p(".").p(mrt % 10).p("s"); // "%.1fs" of a whole number of tenths
            } else {
                Domain.relts(p, mrt / 10);
            }
            p.p("]");
        }
        long group = p.u32(bp + 4);
        if (group == 0) {
            return;
        }
        p.p(" [gaddr ").p(Pkt.ipaddr(group));
        int nsrcs = p.u16(bp + 10);
        if (nsrcs > 0) {
            if (Integer.toUnsignedLong(len) < 12 + ((long) nsrcs << 2)) {
                p.p(" [invalid number of sources]");
            } else if (p.o.verbose() > 1) {
                p.p(" {");
                for (int i = 0; i < nsrcs; i++) {
                    String src = Pkt.ipaddr(p.u32(bp + 12 + (i << 2)));
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
