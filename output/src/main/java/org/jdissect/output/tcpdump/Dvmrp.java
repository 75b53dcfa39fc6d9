package org.jdissect.output.tcpdump;

/** print-dvmrp.c's dvmrp_print (tcpdump 4.99.3): DVMRP carried by IGMP type 0x13, after igmp_print's "igmp dvmrp". */
final class Dvmrp {
    private static final String[] TYPES = {null, "Probe", "Report", "Ask-neighbors(old)", "Neighbors(old)",
        "Ask-neighbors2", "Neighbors2", "Prune", "Graft", "Graft-ACK"};

    private Dvmrp() {
    }

    static void print(Pkt p, int bp, int len) {
        p.proto = "dvmrp";
        if (Integer.compareUnsigned(len, 8) < 0) {
            p.p(" [length ").p(Integer.toUnsignedLong(len)).p(" < 8]");
            p.p(" (invalid)");
            return;
        }
        int type = p.u8(bp + 1);
        int major = 0;
        int minor = 0;
        bp += 8;
        len -= 8;
        p.p(" ").p(type >= 1 && type < TYPES.length ? TYPES[type] : "[type " + type + "]");
        switch (type) {
            case 1 -> {
                if (p.o.verbose() > 0) {
                    probe(p, bp, len);
                }
            }
            case 2 -> {
                if (p.o.verbose() > 1) {
                    report(p, bp, len);
                }
            }
            case 4 -> neighbors(p, bp, len);
            case 6 -> {
                // the version is in the IGMP group address field
                major = p.u8(bp - 4 + 3);
                minor = p.u8(bp - 4 + 2);
                neighbors2(p, bp, len, major, minor);
            }
            case 7 -> {
                String src = Pkt.ipaddr(p.u32(bp));
                String grp = Pkt.ipaddr(p.u32(bp + 4));
                p.p(" src ").p(src).p(" grp ").p(grp);
                p.p(" timer ");
                Domain.relts(p, p.u32(bp + 8));
            }
            case 8, 9 -> {
                String src = Pkt.ipaddr(p.u32(bp));
                String grp = Pkt.ipaddr(p.u32(bp + 4));
                p.p(" src ").p(src).p(" grp ").p(grp);
            }
            default -> {
            }
        }
    }

    private static void report(Pkt p, int bp, int len) {
        while (len > 0) {
            if (len < 3) {
                p.p(" [length ").p(len).p(" < 3]").p(" (invalid)");
                return;
            }
            long mask = 0xffL << 24 | (long) p.u8(bp) << 16 | p.u8(bp + 1) << 8 | p.u8(bp + 2);
            int width = 1;
            if (p.u8(bp) != 0) {
                width = 2;
            }
            if (p.u8(bp + 1) != 0) {
                width = 3;
            }
            if (p.u8(bp + 2) != 0) {
                width = 4;
            }
            p.p("\n\tMask ").p(Pkt.ipaddr(mask));
            bp += 3;
            len -= 3;
            boolean done;
            do {
                if (Integer.compareUnsigned(len, width + 1) < 0) {
                    p.p("\n\t  [Truncated Report]").p(" (invalid)");
                    return;
                }
                long origin = 0;
                int i;
                for (i = 0; i < width; ++i) {
                    origin = origin << 8 | p.u8(bp);
                    bp++;
                }
                for (; i < 4; ++i) {
                    origin <<= 8;
                }
                int metric = p.u8(bp);
                bp++;
                done = (metric & 0x80) != 0;
                metric &= 0x7f;
                p.p("\n\t  ").p(Pkt.ipaddr(origin & 0xffffffffL)).p(" metric ").p(metric);
                len -= width + 1;
            } while (!done);
        }
    }

    private static void probe(Pkt p, int bp, int len) {
        if (Integer.compareUnsigned(len, 4) < 0) {
            p.p(" [full length ").p(Integer.toUnsignedLong(len)).p(" < 4]").p(" (invalid)");
            return;
        }
        p.p(p.o.verbose() > 1 ? "\n\t" : " ");
        long genid = p.u32(bp);
        p.p("genid ").p(genid);
        if (p.o.verbose() < 2) {
            return;
        }
        bp += 4;
        len -= 4;
        while (len != 0) {
            if (Integer.compareUnsigned(len, 4) < 0) {
                p.p("[remaining length ").p(Integer.toUnsignedLong(len)).p(" < 4]").p(" (invalid)");
                return;
            }
            String n = Pkt.ipaddr(p.u32(bp));
            p.p("\n\tneighbor ").p(n);
            bp += 4;
            len -= 4;
        }
    }

    private static void neighbors(Pkt p, int bp, int len) {
        while (len != 0) {
            if (Integer.compareUnsigned(len, 7) < 0) {
                p.p(" [length ").p(Integer.toUnsignedLong(len)).p(" < 7]").p(" (invalid)");
                return;
            }
            int laddr = bp;
            bp += 4;
            int metric = p.u8(bp++);
            int thresh = p.u8(bp++);
            int ncount = p.u8(bp++);
            len -= 7;
            while (--ncount >= 0) {
                if (Integer.compareUnsigned(len, 4) < 0) {
                    p.p(" [length ").p(Integer.toUnsignedLong(len)).p(" < 4]").p(" (invalid)");
                    return;
                }
                String l = Pkt.ipaddr(p.u32(laddr));
                p.p(" [").p(l).p(" ->");
                String n = Pkt.ipaddr(p.u32(bp));
                p.p(" ").p(n).p(", (").p(metric).p("/").p(thresh).p(")]");
                bp += 4;
                len -= 4;
            }
        }
    }

    private static void neighbors2(Pkt p, int bp, int len, int major, int minor) {
        p.p(" (v ").p(major).p(".").p(minor).p("):");
        while (len != 0) {
            if (Integer.compareUnsigned(len, 8) < 0) {
                p.p(" [length ").p(Integer.toUnsignedLong(len)).p(" < 8]").p(" (invalid)");
                return;
            }
            int laddr = bp;
            bp += 4;
            int metric = p.u8(bp++);
            int thresh = p.u8(bp++);
            int flags = p.u8(bp++);
            int ncount = p.u8(bp++);
            len -= 8;
            while (--ncount >= 0 && len != 0) {
                if (Integer.compareUnsigned(len, 4) < 0) {
                    p.p(" [length ").p(Integer.toUnsignedLong(len)).p(" < 4]").p(" (invalid)");
                    return;
                }
                String l = Pkt.ipaddr(p.u32(laddr));
                p.p(" [").p(l).p(" -> ");
                String n = Pkt.ipaddr(p.u32(bp));
                p.p(n).p(" (").p(metric).p("/").p(thresh);
                if ((flags & 0x01) != 0) {
                    p.p("/tunnel");
                }
                if ((flags & 0x02) != 0) {
                    p.p("/srcrt");
                }
                if ((flags & 0x40) != 0) {
                    p.p("/querier");
                }
                if ((flags & 0x20) != 0) {
                    p.p("/disabled");
                }
                if ((flags & 0x10) != 0) {
                    p.p("/down");
                }
                p.p(")]");
                bp += 4;
                len -= 4;
            }
            if (ncount != -1) {
                p.p(" [invalid ncount]").p(" (invalid)");
                return;
            }
        }
    }
}
