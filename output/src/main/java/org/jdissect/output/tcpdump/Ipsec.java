package org.jdissect.output.tcpdump;

/**
 * print-esp.c's esp_print and print-ah.c's ah_print (tcpdump 4.99.3, no ESP secrets given), and print-isakmp.c's
 * isakmp_rfc3948_print for UDP port 4500.
 */
final class Ipsec {
    private Ipsec() {
    }

    /** "ESP(spi=0x…,seq=0x…), length N": the header only; without a secret nothing after it is printed. */
    static void esp(Pkt p, int bp, long length) {
        p.proto = "esp";
        if (bp + 8 >= p.snapend) {
            p.trunc(); // esp_print wants a byte past the header captured
            return;
        }
        long spi = p.u32(bp);
        long seq = p.u32(bp + 4);
        p.p("ESP(spi=0x").p(String.format("%08x", spi)).p(",seq=0x").p(Long.toHexString(seq)).p("), length ")
                .p(length);
    }

    /**
     * "AH(length=…,reserved=…,spi=0x…,seq=0x…,icv=0x…): " (the length with -v, the reserved field when not zero);
     * returns the header's length, (length field + 2) * 4, for ip_demux_print to go on after it. A header cut short
     * ends in " [|ah]" where the bytes run out.
     */
    static int ah(Pkt p, int bp) {
        p.proto = "ah";
        p.p("AH");
        int lenField = p.u8(bp + 1);
        int hdrLen = (lenField + 2) * 4;
        p.p("(");
        if (p.o.verbose() > 0) {
            p.p("length=").p(lenField).p("(").p(hdrLen).p("-bytes),");
        }
        int reserved = p.u16(bp + 2);
        if (reserved != 0) {
            p.p("reserved=0x").p(Integer.toHexString(reserved)).p("[MustBeZero],");
        }
        // each value is read before its text is printed, as ND_PRINT's arguments are
        long spi = p.u32(bp + 4);
        p.p("spi=0x").p(String.format("%08x", spi)).p(",");
        long seq = p.u32(bp + 8);
        p.p("seq=0x").p(Long.toHexString(seq)).p(",");
        p.p("icv=0x");
        for (int i = bp + 12; i < bp + hdrLen; i++) {
            p.p(String.format("%02x", p.u8(i)));
        }
        p.p("): ");
        return hdrLen;
    }

    /**
     * isakmp_rfc3948_print: a NAT keepalive, or ESP after "UDP-encap: ". Returns false for IKE after the non-ESP
     * marker, which needs the ISAKMP printer (not written: the datagram stays "UDP, length N").
     */
    static boolean natTraversal(Pkt p, int bp, long length) {
        p.proto = "isakmp_rfc3948";
        if (length == 1 && p.u8(bp) == 0xff) {
            p.p("isakmp-nat-keep-alive");
            return true;
        }
        if (length < 4) {
            p.trunc();
            return true;
        }
        if (p.u32(bp) == 0) {
            return false;
        }
        p.p("UDP-encap: ");
        esp(p, bp, length);
        return true;
    }
}
