package org.jdissect.output.tcpdump;

/**
 * print-mobile.c's mobile_print (tcpdump 4.99.3): RFC 2004's minimal encapsulation header (IP protocol 55), "[S]"
 * when the original source is present; with -v the original addresses and protocol; a bad header checksum.
 */
final class Mobile {
    private static final int OSRC_PRESENT = 0x0080;

    private Mobile() {
    }

    static void print(Pkt p, int bp, int length) {
        p.proto = "mobile";
        if (length < 8 || !p.has(bp, 12)) {
            p.trunc(); // the whole struct (12 bytes) is tested, whatever the S bit says
            return;
        }
        p.p("mobile: ");
        int proto = p.u16(bp);
        int crc = p.u16(bp + 2);
        boolean osp = (proto & OSRC_PRESENT) != 0;
        if (osp) {
            p.p("[S] ");
            if (p.o.verbose() > 0) {
                p.p(Pkt.ipaddr(p.u32(bp + 8))).p(" ");
            }
        } else {
            p.p("[] ");
        }
        if (p.o.verbose() > 0) {
            p.p("> ").p(Pkt.ipaddr(p.u32(bp + 4))).p(" ");
            p.p("(oproto=").p(proto >> 8).p(")");
        }
        if (Checksum.finish(Checksum.sum(p.data, bp, osp ? 12 : 8, 0)) != 0) {
            p.p(" (bad checksum ").p(crc).p(")");
        }
    }
}
