package org.jdissect.output.tcpdump;

/** print-pim.c's pimv1_print (tcpdump 4.99.3): PIM version 1 carried by IGMP type 0x14, after "igmp pimv1". */
final class PimV1 {
    private static final String[] TYPES = {"Query", "Register", "Register-Stop", "Join/Prune", "RP-reachable",
        "Assert", "Graft", "Graft-ACK"};

    private PimV1() {
    }

    private static String ip(Pkt p, int off) {
        return Pkt.ipaddr(p.u32(off));
    }

    static void print(Pkt p, int bp, int len) {
        p.proto = "pimv1";
        int type = p.u8(bp + 1);
        p.p(" ").p(type < TYPES.length ? TYPES[type] : "[type " + type + "]");
        switch (type) {
            case 0 -> {
                if (p.has(bp + 8, 1)) {
                    int mode = p.u8(bp + 8) >> 4;
                    p.p(switch (mode) {
                        case 0 -> " Dense-mode";
                        case 1 -> " Sparse-mode";
                        case 2 -> " Sparse-Dense-mode";
                        default -> " mode-" + mode;
                    });
                }
                if (p.o.verbose() > 0) {
                    p.p(" (Hold-time ");
                    Domain.relts(p, p.u16(bp + 10));
                    p.p(")");
                }
            }
            case 1 -> {
                if (!p.has(bp + 8, 20)) {
                    // ND_TCHECK_LEN's goto trunc, not a longjmp: the -X dump still starts after the link header
                    p.trunc();
                    return;
                }
                String s = ip(p, bp + 20);
                String d = ip(p, bp + 24);
                p.p(" for ").p(s).p(" > ").p(d);
            }
            case 2 -> {
                String s = ip(p, bp + 8);
                String d = ip(p, bp + 12);
                p.p(" for ").p(s).p(" > ").p(d);
            }
            case 4 -> {
                if (p.o.verbose() > 0) {
                    String g = ip(p, bp + 8);
                    p.p(" group ").p(g);
                    if (p.u32(bp + 12) != 0xffffffffL) {
                        String m = ip(p, bp + 12);
                        p.p("/").p(m);
                    }
                    String rp = ip(p, bp + 16);
                    p.p(" RP ").p(rp).p(" hold ");
                    Domain.relts(p, p.u16(bp + 22));
                }
            }
            case 5 -> {
                String s = ip(p, bp + 16);
                String d = ip(p, bp + 8);
                p.p(" for ").p(s).p(" > ").p(d);
                if (p.u32(bp + 12) != 0xffffffffL) {
                    String m = ip(p, bp + 12);
                    p.p("/").p(m);
                }
                String tree = (p.u8(bp + 20) & 0x80) != 0 ? "RP-tree" : "SPT";
                long pref = p.u32(bp + 20) & 0x7fffffffL;
                long metric = p.u32(bp + 24);
                p.p(" ").p(tree).p(" pref ").p(pref).p(" metric ").p(metric);
            }
            case 3, 6, 7 -> {
                if (p.o.verbose() > 0) {
                    if (Integer.compareUnsigned(len, 8) < 0) {
                        p.trunc();
                        return;
                    }
                    if (!joinPrune(p, bp + 8, len - 8)) {
                        p.trunc(); // in pimv1_join_prune_print, which returns: the version check still follows
                    }
                }
            }
            default -> {
            }
        }
        int version = p.u8(bp + 4) >> 4;
        if (version != 1) {
            p.p(" [v").p(version).p("]");
        }
    }

    /** pimv1_join_prune_print; false where it would goto trunc (its caller prints the marker). */
    private static boolean joinPrune(Pkt p, int bp, int len) {
        if (p.has(bp, 30) && p.u8(bp + 11) == 1 && p.u16(bp + 20) + p.u16(bp + 22) == 1) {
            int njoin = p.u16(bp + 20);
            p.p(" RPF ").p(ip(p, bp)).p(" ");
            int hold = p.u16(bp + 6);
            if (hold != 180) {
                p.p("Hold ");
                Domain.relts(p, hold);
            }
            p.p(njoin != 0 ? "Join" : "Prune").p(" (").p(ip(p, bp + 26)).p("/").p(p.u8(bp + 25) & 0x3f).p(", ")
                    .p(ip(p, bp + 12));
            if (p.u32(bp + 16) != 0xffffffffL) {
                p.p("/").p(ip(p, bp + 16));
            }
            p.p(") ").p((p.u8(bp + 24) & 0x01) != 0 ? "Sparse" : "Dense").p((p.u8(bp + 25) & 0x80) != 0 ? " WC" : "")
                    .p(" ").p((p.u8(bp + 25) & 0x40) != 0 ? "RP" : "SPT");
            return true;
        }
        if (Integer.compareUnsigned(len, 4) < 0) {
            return false;
        }
        if (p.o.verbose() > 1) {
            p.p("\n");
        }
        String up = ip(p, bp);
        p.p(" Upstream Nbr: ").p(up);
        bp += 4;
        len -= 4;
        if (len < 4) {
            return false;
        }
        if (p.o.verbose() > 1) {
            p.p("\n");
        }
        p.p(" Hold time: ");
        Domain.relts(p, p.u16(bp + 2));
        if (p.o.verbose() < 2) {
            return true;
        }
        bp += 4;
        len -= 4;
        if (len < 4) {
            return false;
        }
        int ngroups = p.u8(bp + 3);
        bp += 4;
        len -= 4;
        while (ngroups != 0) {
            if (len < 4) {
                return false;
            }
            String g = ip(p, bp);
            p.p("\n\tGroup: ").p(g);
            bp += 4;
            len -= 4;
            if (len < 4) {
                return false;
            }
            if (p.u32(bp) != 0xffffffffL) {
                String m = ip(p, bp);
                p.p("/").p(m);
            }
            bp += 4;
            len -= 4;
            if (len < 4) {
                return false;
            }
            int njoin = p.u16(bp);
            int nprune = p.u16(bp + 2);
            p.p(" joined: ").p(njoin).p(" pruned: ").p(nprune);
            bp += 4;
            len -= 4;
            for (int njp = 0; njp < njoin + nprune; njp++) {
                String type = njp < njoin ? "Join " : "Prune";
                if (len < 6) {
                    return false;
                }
                String a = ip(p, bp + 2);
                int b1 = p.u8(bp + 1);
                p.p("\n\t").p(type).p(" ").p((p.u8(bp) & 0x01) != 0 ? "Sparse " : "Dense ")
                        .p((b1 & 0x80) != 0 ? "WC " : "").p((b1 & 0x40) != 0 ? "RP " : "SPT ").p(a).p("/")
                        .p(b1 & 0x3f);
                bp += 6;
                len -= 6;
            }
            ngroups--;
        }
        return true;
    }
}
