package org.jdissect.output.tcpdump;

/**
 * print-mobility.c's mobility_print (tcpdump 4.99.3): the IPv6 Mobility header (next header 135, and 62, the number
 * it had in drafts), RFC 3775's messages and, with -v, their options. The checksum is not checked (the C says
 * "XXX ip6m_cksum").
 *
 * <p>print-mobility.c does not define ND_LONGJMP_FROM_TCHECK: its ND_TCHECKs and length checks are a local
 * "goto trunc" ({@link GotoTrunc}: " [|mobility]" and a normal return), while a cut GET_ fetch ends the line
 * ({@link Truncated}). ND_PRINT fetches all its arguments before it prints, so each value is read before its label.
 */
final class Mobility {
    /** IP6M_MINLEN: the fixed part every message has. */
    private static final int MINLEN = 8;
    /** ip6m_hdrlen: the least header length of each message type 0-7 (IP6M_MAX). */
    private static final int[] HDRLEN = {MINLEN, MINLEN + 8, MINLEN + 8, MINLEN + 16, MINLEN + 16, MINLEN + 4,
        MINLEN + 4, MINLEN + 16};
    private static final String[] NAMES = {"BRR", "HoTI", "CoTI", "HoT", "CoT", "BU", "BA", "BE"};

    private Mobility() {
    }

    /** Prints the header at {@code bp}; its length in bytes, or -1 when it ended in the truncation marker. */
    static int print(Pkt p, int bp) {
        p.proto = "mobility";
        try {
            if (!p.has(bp + 1, 1)) {
                throw GotoTrunc.INSTANCE; // ND_TTEST_1(ip6m_len) fails: no length to go by
            }
            int mhlen = (p.u8(bp + 1) + 1) << 3;
            int type = p.u8(bp + 2);
            if (type < HDRLEN.length && mhlen < HDRLEN[type]) {
                p.p("(header length ").p(mhlen).p(" is too small for type ").p(type).p(")");
                throw GotoTrunc.INSTANCE;
            }
            p.p("mobility: ").p(type < NAMES.length ? NAMES[type] : "type-#" + type);
            boolean v = p.o.verbose() > 0;
            int hlen = MINLEN;
            switch (type) {
                case 0 -> {
                    // Binding Refresh Request: nothing but the fixed part
                }
                case 1, 2 -> {
                    if (v) {
                        cookie(p, type == 1 ? " Home" : " Care-of", " Init Cookie=", bp + hlen);
                    }
                    hlen += 8;
                }
                case 3, 4 -> {
                    int nonce = p.u16(bp + 6);
                    p.p(" nonce id=0x").p(Integer.toHexString(nonce));
                    String who = type == 3 ? " Home" : " Care-of";
                    if (v) {
                        cookie(p, who, " Init Cookie=", bp + hlen);
                    }
                    hlen += 8;
                    if (v) {
                        cookie(p, who, " Keygen Token=", bp + hlen);
                    }
                    hlen += 8;
                }
                case 5 -> {
                    int seq = p.u16(bp + 6);
                    p.p(" seq#=").p(seq);
                    p.tcheck(bp + hlen, 2);
                    int bits = (p.u8(bp + hlen) & 0xf0) >> 4;
                    if (bits != 0) {
                        // bittok2str_nosep over A, H, L and K: the four bits all have a name
                        p.p(" ").p(((bits & 8) != 0 ? "A" : "") + ((bits & 4) != 0 ? "H" : "")
                                + ((bits & 2) != 0 ? "L" : "") + ((bits & 1) != 0 ? "K" : ""));
                    }
                    hlen += 2; // the 4 bits above, 4 + 8 reserved ones
                    int lifetime = p.u16(bp + hlen) << 2; // units of 4 seconds
                    p.p(" lifetime=").p(lifetime);
                    hlen += 2;
                }
                case 6 -> {
                    int status = p.u8(bp + 6);
                    p.p(" status=").p(status);
                    if ((p.u8(bp + 7) & 0x80) != 0) {
                        p.p(" K");
                    }
                    int seq = p.u16(bp + hlen);
                    p.p(" seq#=").p(seq);
                    hlen += 2;
                    int lifetime = p.u16(bp + hlen) << 2;
                    p.p(" lifetime=").p(lifetime);
                    hlen += 2;
                }
                case 7 -> {
                    int status = p.u8(bp + 6);
                    p.p(" status=").p(status);
                    String home = Inet6.addr(p, bp + hlen);
                    p.p(" homeaddr ").p(home);
                    hlen += 16;
                }
                default -> {
                    // no options shown for a type print-mobility.c does not know
                    p.p(" len=").p(p.u8(bp + 1));
                    return mhlen;
                }
            }
            if (v) {
                options(p, bp + hlen, mhlen - hlen);
            }
            return mhlen;
        } catch (GotoTrunc e) {
            p.trunc();
            return -1;
        }
    }

    /** " Home Init Cookie=%08x:%08x" and the like: both words fetched before anything is printed. */
    private static void cookie(Pkt p, String who, String what, int off) {
        long a = p.u32(off);
        long b = p.u32(off + 4);
        p.p(who).p(what).p(String.format("%08x:%08x", a, b));
    }

    /**
     * mobility_opt_print over the {@code len} bytes after the message data. Its "goto trunc"s (an option past
     * {@code len}, a length byte missing, an option shorter than its type needs) return 1, which the caller turns
     * into " [|mobility]". ND_TCHECK_1 tests the byte after each option, so an option that ends the captured data
     * ends in the marker before it is printed.
     */
    private static void options(Pkt p, int bp, int len) {
        int optlen;
        for (int i = 0; i < len; i += optlen) {
            int type = p.u8(bp + i);
            if (type == 0) {
                optlen = 1;
            } else if (i + 1 < len) {
                optlen = p.u8(bp + i + 1) + 2;
            } else {
                throw GotoTrunc.INSTANCE;
            }
            if (i + optlen > len) {
                throw GotoTrunc.INSTANCE;
            }
            p.tcheck(bp + i + optlen, 1);
            // the minimum lengths are measured against what is left of the options (len - i), not optlen
            int left = len - i;
            switch (type) {
                case 0 -> p.p("(pad1)");
                case 1 -> {
                    need(p, left, 2, "(padn: trunc)");
                    p.p("(padn)");
                }
                case 2 -> {
                    need(p, left, 4, "(refresh: trunc)");
                    int refresh = p.u16(bp + i + 2) << 2; // units of 4 seconds
                    p.p("(refresh: ").p(refresh).p(")");
                }
                case 3 -> {
                    need(p, left, 18, "(altcoa: trunc)");
                    String coa = Inet6.addr(p, bp + i + 2);
                    p.p("(alt-CoA: ").p(coa).p(")");
                }
                case 4 -> {
                    need(p, left, 6, "(ni: trunc)");
                    int ho = p.u16(bp + i + 2);
                    int co = p.u16(bp + i + 4);
                    p.p(String.format("(ni: ho=0x%04x co=0x%04x)", ho, co));
                }
                case 5 -> {
                    need(p, left, 12, "(auth: trunc)");
                    p.p("(auth)");
                }
                default -> {
                    if (left < 2) {
                        p.p("(sopt_type ").p(type).p(": trunc)");
                        throw GotoTrunc.INSTANCE;
                    }
                    int olen = p.u8(bp + i + 1);
                    p.p(String.format("(type-0x%02x: len=%d)", type, olen));
                }
            }
        }
    }

    private static void need(Pkt p, int left, int min, String tooShort) {
        if (left < min) {
            p.p(tooShort);
            throw GotoTrunc.INSTANCE;
        }
    }
}
