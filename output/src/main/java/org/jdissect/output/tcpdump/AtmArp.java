package org.jdissect.output.tcpdump;

/**
 * print-arp.c's atmarp_print (tcpdump 4.99.3): ARP over ATM (hardware type 19, RFC 2225). Its header has no
 * hardware length: type/length bytes for the source and target ATM numbers and subaddresses (the low 6 bits are the
 * length, 0x40 marks E.164, which tcpdump does not show) and a length for each protocol address.
 *
 * <p>print-arp.c defines ND_LONGJMP_FROM_TCHECK, so both its ND_TCHECKs end the line like a cut fetch
 * ({@link Pkt#check}). The second one covers every address up to the end of the target protocol address, so nothing
 * printed afterwards can run out.
 */
final class AtmArp {
    /** sizeof(struct atmarp_pkthdr). */
    private static final int HEADER = 12;
    /** ATMARP_LEN_MASK. */
    private static final int LEN_MASK = 0x3f;

    private AtmArp() {
    }

    static void print(Pkt p, int bp, int length, int caplen) {
        p.check(bp, HEADER);
        int hrd = p.u16(bp);
        int pro = p.u16(bp + 2);
        int shl = p.u8(bp + 4) & LEN_MASK;
        int ssl = p.u8(bp + 5) & LEN_MASK;
        int op = p.u16(bp + 6);
        int spln = p.u8(bp + 8);
        int thl = p.u8(bp + 9) & LEN_MASK;
        int tsl = p.u8(bp + 10) & LEN_MASK;
        int tpln = p.u8(bp + 11);
        int sha = bp + HEADER;
        int ssa = sha + shl;
        int spa = ssa + ssl;
        int tha = spa + spln;
        int tsa = tha + thl;
        int tpa = tsa + tsl;
        p.check(tpa, tpln);
        boolean v = p.o.verbose() > 0;
        if (!p.o.link()) {
            p.p("ARP, ");
        }
        boolean ip = pro == 0x0800 || pro == 0x1000;
        if (!ip || spln != 4 || tpln != 4 || v) {
            // no hardware length here, unlike arp_print: the two protocol address lengths
            p.p(Layers.arpHrdName(hrd)).p(", ").p(Layers.arpProName(pro)).p(" (len ").p(spln).p("/").p(tpln)
                    .p(")");
            if (!v) {
                p.p(", length ").p(length);
                return;
            }
        }
        p.p(v ? ", " : "").p(Layers.arpOpName(op)).p(" ");
        switch (op) {
            case 1 -> {
                p.p("who-has ").p(protoAddr(p, pro, tpln, tpa, "<wrong tplen>"));
                // only a target ATM number of non-zero length is shown (arp_print tests the bytes instead)
                if (thl != 0) {
                    p.p(" (");
                    addr(p, tha, thl, tsa, tsl);
                    p.p(")");
                }
                p.p(" tell ").p(protoAddr(p, pro, spln, spa, "<wrong splen>"));
            }
            case 2 -> {
                p.p(protoAddr(p, pro, spln, spa, "<wrong splen>")).p(" is-at ");
                addr(p, sha, shl, ssa, ssl);
            }
            case 8 -> {
                p.p("who-is ");
                addr(p, tha, thl, tsa, tsl);
                p.p(" tell ");
                addr(p, sha, shl, ssa, ssl);
            }
            case 9 -> {
                // "at " right after the address, no space before it: tcpdump 4.99.3 prints it so
                addr(p, sha, shl, ssa, ssl);
                p.p("at ").p(protoAddr(p, pro, spln, spa, "<wrong splen>"));
            }
            case 10 -> p.p("for ").p(protoAddr(p, pro, spln, spa, "<wrong splen>"));
            default -> {
                // reverse ARP (3, 4) included: ND_DEFAULTPRINT, as arp_print's default, whatever -x, -X or -q say
                HexDump.hexAndAscii(p.out, "\n\t", p.data, bp, caplen, null);
                return;
            }
        }
        p.p(", length ").p(length);
    }

    /** atmarp_spaddr_print / atmarp_tpaddr_print: an IPv4 address, or why it is not one. */
    private static String protoAddr(Pkt p, int pro, int pln, int off, String wrongLen) {
        if (pro != 0x0800 && pro != 0x1000) {
            return "<wrong proto type>";
        }
        if (pln != 4) {
            return wrongLen;
        }
        return Pkt.ipaddr(p.u32(off));
    }

    /**
     * atmarp_addr_print: the ATM number, then ",subaddress" when there is one, each as linkaddr_string with
     * LINKADDR_ATM writes it (hex bytes joined by ':'); "<No address>" for a number of length 0.
     */
    private static void addr(Pkt p, int ha, int haLen, int sa, int saLen) {
        if (haLen == 0) {
            p.p("<No address>");
            return;
        }
        p.p(hex(p, ha, haLen));
        if (saLen != 0) {
            p.p(",").p(hex(p, sa, saLen));
        }
    }

    private static String hex(Pkt p, int off, int len) {
        p.check(off, len);
        StringBuilder sb = new StringBuilder(len * 3);
        for (int i = 0; i < len; i++) {
            if (i > 0) {
                sb.append(':');
            }
            sb.append(Domain.hex2(p.u8(off + i)));
        }
        return sb.toString();
    }
}
