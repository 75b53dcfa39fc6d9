package org.jdissect.output.tcpdump;

import java.util.Map;

/**
 * print-domain.c ({@code domain_print}, {@code ns_rprint}, {@code fqdn_print}): DNS as tcpdump 4.99.3 prints it.
 * Offsets are frame offsets; tcpdump's NULL returns are -1 here and its longjmp'ing fetches throw {@link Truncated}.
 * The DNS dissector's tree does not expose compression pointers or the raw label bytes tcpdump walks, so names
 * and records are read from the bytes, in tcpdump's order of fetches (that order decides where a cut capture ends).
 */
final class Domain {
    private static final String[] NS_OPS = {"", " inv_q", " stat", " op3", " notify", " update", " op6", " op7",
        " op8", " updateA", " updateD", " updateDA", " updateM", " updateMA", " zoneInit", " zoneRef"};
    private static final String[] NS_RESP = {"", " FormErr", " ServFail", " NXDomain", " NotImp", " Refused",
        " YXDomain", " YXRRSet", " NXRRSet", " NotAuth", " NotZone", " Resp11", " Resp12", " Resp13", " Resp14",
        " NoChange", " BadVers", "Resp17", " Resp18", " Resp19", " Resp20", "Resp21", " Resp22", " BadCookie"};
    private static final Map<Integer, String> TYPES = Map.ofEntries(Map.entry(1, "A"), Map.entry(2, "NS"),
            Map.entry(3, "MD"), Map.entry(4, "MF"), Map.entry(5, "CNAME"), Map.entry(6, "SOA"), Map.entry(7, "MB"),
            Map.entry(8, "MG"), Map.entry(9, "MR"), Map.entry(10, "NULL"), Map.entry(11, "WKS"),
            Map.entry(12, "PTR"), Map.entry(13, "HINFO"), Map.entry(14, "MINFO"), Map.entry(15, "MX"),
            Map.entry(16, "TXT"), Map.entry(17, "RP"), Map.entry(18, "AFSDB"), Map.entry(19, "X25"),
            Map.entry(20, "ISDN"), Map.entry(21, "RT"), Map.entry(22, "NSAP"), Map.entry(23, "NSAP_PTR"),
            Map.entry(24, "SIG"), Map.entry(25, "KEY"), Map.entry(26, "PX"), Map.entry(27, "GPOS"),
            Map.entry(28, "AAAA"), Map.entry(29, "LOC"), Map.entry(30, "NXT"), Map.entry(31, "EID"),
            Map.entry(32, "NIMLOC"), Map.entry(33, "SRV"), Map.entry(34, "ATMA"), Map.entry(35, "NAPTR"),
            Map.entry(36, "KX"), Map.entry(37, "CERT"), Map.entry(38, "A6"), Map.entry(39, "DNAME"),
            Map.entry(40, "SINK"), Map.entry(41, "OPT"), Map.entry(42, "APL"), Map.entry(43, "DS"),
            Map.entry(44, "SSHFP"), Map.entry(45, "IPSECKEY"), Map.entry(46, "RRSIG"), Map.entry(47, "NSEC"),
            Map.entry(48, "DNSKEY"), Map.entry(99, "SPF"), Map.entry(100, "UINFO"), Map.entry(101, "UID"),
            Map.entry(102, "GID"), Map.entry(103, "UNSPEC"), Map.entry(104, "UNSPECA"), Map.entry(249, "TKEY"),
            Map.entry(250, "TSIG"), Map.entry(251, "IXFR"), Map.entry(252, "AXFR"), Map.entry(253, "MAILB"),
            Map.entry(254, "MAILA"), Map.entry(255, "ANY"), Map.entry(256, "URI"));
    private static final Map<Integer, String> CLASSES = Map.of(1, "IN", 3, "CHAOS", 4, "HS", 255, "ANY");
    private static final Map<Integer, String> EDNS_OPTS = Map.ofEntries(Map.entry(1, "LLQ"), Map.entry(2, "UL"),
            Map.entry(3, "NSID"), Map.entry(5, "DAU"), Map.entry(6, "DHU"), Map.entry(7, "N3U"),
            Map.entry(8, "ECS"), Map.entry(9, "EXPIRE"), Map.entry(10, "COOKIE"), Map.entry(11, "KEEPALIVE"),
            Map.entry(12, "PADDING"), Map.entry(13, "CHAIN"), Map.entry(14, "KEY-TAG"),
            Map.entry(16, "CLIENT-TAG"), Map.entry(17, "SERVER-TAG"));
    private static final Map<Integer, String> DAU = Map.ofEntries(Map.entry(0, "DELETE"), Map.entry(1, "RSAMD5"),
            Map.entry(2, "DH"), Map.entry(3, "DS"), Map.entry(5, "RSASHA1"), Map.entry(6, "DSA-NSEC3-SHA1"),
            Map.entry(7, "RSASHA1-NSEC3-SHA1"), Map.entry(8, "RSASHA256"), Map.entry(10, "RSASHA512"),
            Map.entry(12, "ECC-GOST"), Map.entry(13, "ECDSAP256SHA256"), Map.entry(14, "ECDSAP384SHA384"),
            Map.entry(15, "ED25519"), Map.entry(16, "ED448"), Map.entry(252, "INDIRECT"),
            Map.entry(253, "PRIVATEDNS"), Map.entry(254, "PRIVATEOID"));
    private static final Map<Integer, String> DHU = Map.of(1, "SHA-1", 2, "SHA-256", 3, "GOST_R_34.11-94", 4,
            "SHA-384");
    private static final Map<Integer, String> N3U = Map.of(1, "SHA-1");

    private final Pkt p;
    private final int v;

    private Domain(Pkt p) {
        this.p = p;
        this.v = p.o.verbose();
    }

    /** fqdn_print for other printers (ICMPv6 DNSSL): -1 when it failed. */
    static int fqdnOf(Pkt p, int cp, int bp) {
        return new Domain(p).fqdn(cp, bp);
    }

    static void print(Pkt p, int bp, int length, boolean overTcp, boolean mdns) {
        new Domain(p).domain(bp, length, overTcp, mdns);
    }

    private static String tok(Map<Integer, String> m, int k, String fmt) {
        String s = m.get(k);
        return s != null ? s : String.format(fmt, k);
    }

    private String rcode(int rc) {
        return rc < NS_RESP.length ? NS_RESP[rc] : " Resp" + (rc & 0xfff);
    }

    private int nskip(int cp) {
        if (!p.has(cp, 1)) {
            return -1;
        }
        int i = p.u8(cp);
        cp++;
        while (i != 0) {
            switch (i & 0xc0) {
                case 0xc0:
                    return cp + 1;
                case 0x40: {
                    if ((i & ~0xc0) != 1) {
                        return -1;
                    }
                    if (!p.has(cp, 1)) {
                        return -1;
                    }
                    int bitlen = p.u8(cp);
                    if (bitlen == 0) {
                        bitlen = 256;
                    }
                    cp++;
                    cp += (bitlen + 7) / 8;
                    break;
                }
                case 0x80:
                    return -1;
                default:
                    cp += i;
                    break;
            }
            if (!p.has(cp, 1)) {
                return -1;
            }
            i = p.u8(cp);
            cp++;
        }
        return cp;
    }

    private int blabel(int cp) {
        if (!p.has(cp, 1)) {
            return -1;
        }
        int bitlen = p.u8(cp);
        if (bitlen == 0) {
            bitlen = 256;
        }
        int slen = (bitlen + 3) / 4;
        int lim = cp + 1 + slen;
        p.p("\\[x");
        int bitp = cp + 1;
        int b = bitlen;
        for (; bitp < lim && b > 7; b -= 8, bitp++) {
            p.p(hex2(p.u8(bitp)));
        }
        if (b > 4) {
            int tc = p.u8(bitp);
            bitp++;
            p.p(hex2(tc & (0xff << (8 - b)) & 0xff));
        } else if (b > 0) {
            int tc = p.u8(bitp);
            bitp++;
            p.p(Integer.toHexString(((tc >> 4) & 0x0f) & (0x0f << (4 - b))));
        }
        p.p("/").p(bitlen).p("]");
        return lim;
    }

    static String hex2(int b) {
        return "" + Character.forDigit((b >> 4) & 15, 16) + Character.forDigit(b & 15, 16);
    }

    private int labellen(int cp) {
        if (!p.has(cp, 1)) {
            return -1;
        }
        int i = p.u8(cp);
        switch (i & 0xc0) {
            case 0x40: {
                int elt = i & ~0xc0;
                if (elt != 1) {
                    p.p("<ELT ").p(elt).p(">");
                    return -1;
                }
                if (!p.has(cp + 1, 1)) {
                    return -1;
                }
                int bitlen = p.u8(cp + 1);
                if (bitlen == 0) {
                    bitlen = 256;
                }
                return (bitlen + 7) / 8 + 1;
            }
            case 0xc0:
            case 0x00:
                return i;
            default:
                p.p("<BAD LABEL TYPE>");
                return -1;
        }
    }

    private boolean printn(int s, int n) {
        return p.printn(s, n);
    }

    static void fnPrintChar(Pkt p, int c) {
        if (c >= 0x80) {
            c &= 0x7f;
            p.p("M-");
        }
        if (!(c >= 0x20 && c < 0x7f)) {
            c ^= 0x40;
            p.p("^");
        }
        p.out.append((char) c);
    }

    /** fqdn_print: -1 for NULL. */
    int fqdn(int cp, int bp) {
        int l = labellen(cp);
        if (l == -1) {
            return -1;
        }
        if (!p.has(cp, 1)) {
            return -1;
        }
        int maxOffset = cp - bp;
        int i = p.u8(cp);
        cp++;
        boolean compress = false;
        int rp = -1;
        int nameChars = 0;
        if ((i & 0xc0) != 0xc0) {
            rp = cp + l;
        }
        if (i != 0) {
            while (i != 0 && cp < p.snapend) {
                switch (i & 0xc0) {
                    case 0xc0: {
                        if (!compress) {
                            rp = cp + 1;
                            compress = true;
                        }
                        if (!p.has(cp, 1)) {
                            return -1;
                        }
                        int offset = ((i << 8) | p.u8(cp)) & 0x3fff;
                        if (offset >= maxOffset) {
                            p.p("<BAD PTR>");
                            return -1;
                        }
                        maxOffset = offset;
                        cp = bp + offset;
                        if (!p.has(cp, 1)) {
                            return -1;
                        }
                        i = p.u8(cp);
                        l = labellen(cp);
                        if (l == -1) {
                            return -1;
                        }
                        cp++;
                        continue;
                    }
                    case 0x40: {
                        int elt = i & ~0xc0;
                        if (elt == 1) {
                            if (blabel(cp) == -1) {
                                return -1;
                            }
                        } else {
                            p.p("<ELT ").p(elt).p(">");
                            return -1;
                        }
                        break;
                    }
                    case 0x80:
                        p.p("<BAD LABEL TYPE>");
                        return -1;
                    default:
                        if (nameChars + l <= 255) {
                            if (printn(cp, l)) {
                                return -1;
                            }
                        } else if (nameChars < 255) {
                            if (printn(cp, 255 - nameChars)) {
                                return -1;
                            }
                        }
                        nameChars += l;
                        break;
                }
                cp += l;
                if (nameChars <= 255) {
                    p.p(".");
                }
                nameChars++;
                if (!p.has(cp, 1)) {
                    return -1;
                }
                i = p.u8(cp);
                l = labellen(cp);
                if (l == -1) {
                    return -1;
                }
                cp++;
                if (!compress) {
                    rp += l + 1;
                }
            }
            if (nameChars > 255) {
                p.p("<DOMAIN NAME TOO LONG>");
            }
        } else {
            p.p(".");
        }
        return rp;
    }

    private int cprint(int cp) {
        if (!p.has(cp, 1)) {
            return -1;
        }
        int i = p.u8(cp);
        cp++;
        if (printn(cp, i)) {
            return -1;
        }
        return cp + i;
    }

    private void ecs(int cp, int dataLen) {
        if (dataLen < 4) {
            p.p(" (invalid)");
            return;
        }
        int family = p.u16(cp);
        int srcLen = p.u8(cp + 2);
        int scopeLen = p.u8(cp + 3);
        cp += 4;
        int addrBits;
        if (family == 1) {
            addrBits = 32;
        } else if (family == 2) {
            addrBits = 128;
        } else {
            p.p(" (invalid)");
            return;
        }
        if (dataLen - 4 > addrBits / 8 || srcLen > addrBits || scopeLen > addrBits
                || (srcLen + 7) / 8 != dataLen - 4) {
            p.p(" (invalid)");
            return;
        }
        byte[] padded = new byte[16];
        System.arraycopy(p.data, cp, padded, 0, dataLen - 4);
        String a = family == 1 ? (padded[0] & 0xff) + "." + (padded[1] & 0xff) + "." + (padded[2] & 0xff) + "."
                + (padded[3] & 0xff) : Inet6.addr(padded, 0);
        p.p(a).p("/").p(srcLen).p("/").p(scopeLen);
    }

    private int eopt(int cp) {
        if (!p.has(cp, 2)) {
            return -1;
        }
        int opt = p.u16(cp);
        cp += 2;
        p.p(tok(EDNS_OPTS, opt, "Opt%d"));
        if (!p.has(cp, 2)) {
            return -1;
        }
        int dataLen = p.u16(cp);
        cp += 2;
        if (!p.has(cp, dataLen)) {
            return -1;
        }
        if (dataLen > 0) {
            p.p(" ");
            switch (opt) {
                case 8 -> ecs(cp, dataLen);
                case 10 -> {
                    if (dataLen < 8 || (dataLen > 8 && dataLen < 16) || dataLen > 40) {
                        p.p(" (invalid)");
                    } else {
                        for (int i = 0; i < dataLen; ++i) {
                            if (i == 8) {
                                p.p(" ");
                            }
                            p.p(hex2(p.u8(cp + i)));
                        }
                    }
                }
                case 11 -> {
                    if (dataLen != 2) {
                        p.p(" (invalid)");
                    } else {
                        p.p(String.format("%.1f sec", p.u16(cp) / 10.0));
                    }
                }
                case 9 -> {
                    if (dataLen != 4) {
                        p.p(" (invalid)");
                    } else {
                        p.p(p.u32(cp)).p(" sec");
                    }
                }
                case 12 -> p.p("(").p(dataLen).p(")");
                case 14 -> {
                    if (dataLen % 2 != 0) {
                        p.p(" (invalid)");
                    } else {
                        for (int i = 0; i < dataLen; i += 2) {
                            if (i > 0) {
                                p.p(" ");
                            }
                            p.p(p.u16(cp + i));
                        }
                    }
                }
                case 5, 6, 7 -> {
                    Map<Integer, String> m = opt == 5 ? DAU : opt == 6 ? DHU : N3U;
                    for (int i = 0; i < dataLen; ++i) {
                        if (i > 0) {
                            p.p(" ");
                        }
                        p.p(tok(m, p.u8(cp + i), "Alg_%d"));
                    }
                }
                case 13 -> fqdn(cp, cp + dataLen);
                default -> {
                    for (int i = 0; i < dataLen; ++i) {
                        p.p(hex2(p.u8(cp + i)));
                    }
                }
            }
        }
        return cp + dataLen;
    }

    private int qprint(int cp, int bp, boolean mdns) {
        int np = cp;
        cp = nskip(cp);
        if (cp == -1 || !p.has(cp, 4)) {
            return -1;
        }
        int i = p.u16(cp);
        cp += 2;
        p.p(" ").p(tok(TYPES, i, "Type%d"));
        i = p.u16(cp);
        cp += 2;
        int cls = mdns ? i & ~0x8000 : i;
        if (cls != 1) {
            p.p(" ").p(tok(CLASSES, cls, "(Class %d)"));
        }
        if (mdns) {
            p.p((i & 0x8000) != 0 ? " (QU)" : " (QM)");
        }
        p.p("? ");
        cp = fqdn(np, bp);
        return cp != -1 ? cp + 4 : -1;
    }

    /** unsigned_relts_print: a number of seconds as "1w2d3h4m5s". */
    static void relts(Pkt p, long secs) {
        String[] lengths = {"y", "w", "d", "h", "m", "s"};
        long[] seconds = {31536000, 604800, 86400, 3600, 60, 1};
        if (secs == 0) {
            p.p("0s");
            return;
        }
        int k = 0;
        while (secs > 0) {
            if (secs >= seconds[k]) {
                p.p(secs / seconds[k]).p(lengths[k]);
                secs -= (secs / seconds[k]) * seconds[k];
            }
            k++;
        }
    }

    private int rprint(int cp, int bp, boolean mdns) {
        if (v > 0) {
            p.p(" ");
            cp = fqdn(cp, bp);
            if (cp == -1) {
                return -1;
            }
        } else {
            cp = nskip(cp);
        }
        if (cp == -1 || !p.has(cp, 10)) {
            return p.snapend;
        }
        int typ = p.u16(cp);
        cp += 2;
        int i = p.u16(cp);
        cp += 2;
        int cls = mdns ? i & ~0x8000 : i;
        if (cls != 1 && typ != 41) {
            p.p(" ").p(tok(CLASSES, cls, "(Class %d)"));
        }
        if (mdns && (i & 0x8000) != 0) {
            p.p(" (Cache flush)");
        }
        int optFlags = 0;
        if (typ == 41) {
            cp += 2;
            optFlags = p.u16(cp);
            cp += 2;
        } else if (v > 2) {
            p.p(" [");
            relts(p, p.u32(cp));
            p.p("]");
            cp += 4;
        } else {
            cp += 4;
        }
        int len = p.u16(cp);
        cp += 2;
        int rp = cp + len;
        p.p(" ").p(tok(TYPES, typ, "Type%d"));
        if (rp > p.snapend) {
            return -1;
        }
        switch (typ) {
            case 1 -> {
                if (!p.has(cp, 4)) {
                    return -1;
                }
                p.p(" ").p(Pkt.ipaddr(p.u32(cp)));
            }
            case 2, 5, 12, 39 -> {
                p.p(" ");
                if (fqdn(cp, bp) == -1) {
                    return -1;
                }
            }
            case 6 -> {
                if (v == 0) {
                    break;
                }
                p.p(" ");
                if ((cp = fqdn(cp, bp)) == -1) {
                    return -1;
                }
                p.p(" ");
                if ((cp = fqdn(cp, bp)) == -1) {
                    return -1;
                }
                if (!p.has(cp, 20)) {
                    return -1;
                }
                for (int k = 0; k < 5; k++) {
                    p.p(" ").p(p.u32(cp));
                    cp += 4;
                }
            }
            case 15 -> {
                p.p(" ");
                if (!p.has(cp, 2)) {
                    return -1;
                }
                if (fqdn(cp + 2, bp) == -1) {
                    return -1;
                }
                p.p(" ").p(p.u16(cp));
            }
            case 16 -> {
                while (cp < rp) {
                    p.p(" \"");
                    cp = cprint(cp);
                    if (cp == -1) {
                        return -1;
                    }
                    p.p("\"");
                }
            }
            case 33 -> {
                p.p(" ");
                if (!p.has(cp, 6)) {
                    return -1;
                }
                if (fqdn(cp + 6, bp) == -1) {
                    return -1;
                }
                p.p(":").p(p.u16(cp + 4)).p(" ").p(p.u16(cp)).p(" ").p(p.u16(cp + 2));
            }
            case 28 -> {
                if (!p.has(cp, 16)) {
                    return -1;
                }
                p.p(" ").p(Inet6.addr(p.data, cp));
            }
            case 38 -> {
                if (!p.has(cp, 1)) {
                    return -1;
                }
                int pbit = p.u8(cp);
                int pbyte = (pbit & ~7) / 8;
                if (pbit > 128) {
                    p.p(" ").p(pbit).p("(bad plen)");
                    break;
                } else if (pbit < 128) {
                    byte[] a = new byte[16];
                    p.check(cp + 1, 16 - pbyte);
                    System.arraycopy(p.data, cp + 1, a, pbyte, 16 - pbyte);
                    p.p(" ").p(pbit).p(" ").p(Inet6.addr(a, 0));
                }
                if (pbit > 0) {
                    p.p(" ");
                    if (fqdn(cp + 1 + 16 - pbyte, bp) == -1) {
                        return -1;
                    }
                }
            }
            case 256 -> {
                if (!p.has(cp, len)) {
                    return -1;
                }
                int priority = p.u16(cp); // both read before either is printed, as ND_PRINT's arguments are
                int weight = p.u16(cp + 2);
                p.p(" ").p(priority).p(" ").p(weight).p(" ");
                if (printn(cp + 4, (len - 4) & 0xffff)) {
                    return -1;
                }
            }
            case 41 -> {
                p.p(" UDPsize=").p(cls);
                if ((optFlags & 0x8000) != 0) {
                    p.p(" DO");
                }
                if (cp < rp) {
                    p.p(" [");
                    while (cp < rp) {
                        cp = eopt(cp);
                        if (cp == -1) {
                            return -1;
                        }
                        if (cp < rp) {
                            p.p(",");
                        }
                    }
                    p.p("]");
                }
            }
            case 104 -> {
                if (!p.has(cp, len)) {
                    return -1;
                }
                if (printn(cp, len)) {
                    return -1;
                }
            }
            case 250 -> {
                if (cp + len > p.snapend) {
                    return -1;
                }
                if (v == 0) {
                    break;
                }
                p.p(" ");
                if ((cp = fqdn(cp, bp)) == -1) {
                    return -1;
                }
                cp += 6;
                if (!p.has(cp, 2)) {
                    return -1;
                }
                p.p(" fudge=").p(p.u16(cp));
                cp += 2;
                if (!p.has(cp, 2)) {
                    return -1;
                }
                p.p(" maclen=").p(p.u16(cp));
                cp += 2 + p.u16(cp);
                if (!p.has(cp, 2)) {
                    return -1;
                }
                p.p(" origid=").p(p.u16(cp));
                cp += 2;
                if (!p.has(cp, 2)) {
                    return -1;
                }
                p.p(" error=").p(p.u16(cp));
                cp += 2;
                if (!p.has(cp, 2)) {
                    return -1;
                }
                p.p(" otherlen=").p(p.u16(cp));
            }
            default -> {
            }
        }
        return rp;
    }

    private static final class Trunc extends RuntimeException {
        static final Trunc INSTANCE = new Trunc();

        private Trunc() {
            super(null, null, false, false);
        }
    }

    private void domain(int bp, int length, boolean overTcp, boolean mdns) {
        p.proto = "domain";
        if (overTcp) {
            if (length < 2) {
                p.p(" [DNS over TCP: length ").p(length).p(" < 2] (invalid)");
                return;
            }
            length -= 2;
            int prefix = p.u16(bp);
            if (prefix != length) {
                p.p(" [prefix length(").p(prefix).p(") != length(").p(length).p(")] (invalid)");
                return;
            }
            bp += 2;
            p.p(" ");
        }
        int np = bp;
        if (length < 12) {
            p.p("domain [length ").p(length).p(" < 12] (invalid)");
            return;
        }
        if (!p.has(np, 12)) {
            // ND_TCHECK_SIZE's goto trunc, not a longjmp: the -x/-X dump still starts after the link header
            p.trunc();
            return;
        }
        int flags = p.u16(np + 2);
        int qdcount = p.u16(np + 4);
        int ancount = p.u16(np + 6);
        int nscount = p.u16(np + 8);
        int arcount = p.u16(np + 10);
        int cp = np + 12;
        int rcode = flags & 0xf;
        scan:
        {
            for (int i = 0; i < qdcount; i++) {
                if ((cp = nskip(cp)) == -1) {
                    break scan;
                }
                cp += 4;
                if (cp >= p.snapend) {
                    break scan;
                }
            }
            for (int i = 0; i < ancount + nscount; i++) {
                if ((cp = nskip(cp)) == -1) {
                    break scan;
                }
                cp += 8;
                if (cp + 2 > p.snapend) {
                    break scan;
                }
                int rdlen = p.u16(cp);
                cp += 2 + rdlen;
                if (cp >= p.snapend) {
                    break scan;
                }
            }
            for (int i = 0; i < arcount; i++) {
                if ((cp = nskip(cp)) == -1) {
                    break scan;
                }
                if (cp + 2 > p.snapend) {
                    break scan;
                }
                int type = p.u16(cp);
                cp += 4;
                if (cp + 1 > p.snapend) {
                    break scan;
                }
                if (type == 41) {
                    rcode |= p.u8(cp) << 4;
                    break scan;
                }
                cp += 4;
                if (cp + 2 > p.snapend) {
                    break scan;
                }
                int rdlen = p.u16(cp);
                cp += 2 + rdlen;
                if (cp >= p.snapend) {
                    break scan;
                }
            }
        }
        try {
            if ((flags & 0x8000) != 0) {
                p.p(p.u16(np)).p(NS_OPS[(flags >> 11) & 0xf]).p(rcode(rcode)).p((flags & 0x0400) != 0 ? "*" : "")
                        .p((flags & 0x0080) != 0 ? "" : "-").p((flags & 0x0200) != 0 ? "|" : "")
                        .p((flags & 0x0020) != 0 ? "$" : "");
                if (qdcount != 1) {
                    p.p(" [").p(qdcount).p("q]");
                }
                cp = np + 12;
                for (int i = 0; i < qdcount; i++) {
                    if (i != 0) {
                        p.p(",");
                    }
                    if (v > 1) {
                        p.p(" q:");
                        cp = need(qprint(cp, bp, mdns));
                    } else {
                        cp = need(nskip(cp));
                        cp += 4;
                    }
                }
                p.p(" ").p(ancount).p("/").p(nscount).p("/").p(arcount);
                ancount = records(cp, bp, mdns, ancount, "", true);
                cp = lastCp;
                if (ancount != 0) {
                    throw Trunc.INSTANCE;
                }
                if (v > 1) {
                    sections(bp, mdns, nscount, arcount);
                }
            } else {
                p.p(p.u16(np)).p(NS_OPS[(flags >> 11) & 0xf]).p((flags & 0x0100) != 0 ? "+" : "")
                        .p((flags & 0x0010) != 0 ? "%" : "");
                int b2 = p.u16(np + 2);
                if ((b2 & 0x6cf) != 0) {
                    p.p(" [b2&3=0x").p(Integer.toHexString(b2)).p("]");
                }
                if (((flags >> 11) & 0xf) == 1) {
                    if (qdcount != 0) {
                        p.p(" [").p(qdcount).p("q]");
                    }
                    if (ancount != 1) {
                        p.p(" [").p(ancount).p("a]");
                    }
                } else {
                    if (ancount != 0) {
                        p.p(" [").p(ancount).p("a]");
                    }
                    if (qdcount != 1) {
                        p.p(" [").p(qdcount).p("q]");
                    }
                }
                if (nscount != 0) {
                    p.p(" [").p(nscount).p("n]");
                }
                if (arcount != 0) {
                    p.p(" [").p(arcount).p("au]");
                }
                cp = np + 12;
                if (qdcount != 0) {
                    cp = need(qprint(cp, np, mdns));
                    qdcount--;
                    while (cp < p.snapend && qdcount != 0) {
                        cp = need(qprint(cp, np, mdns));
                        qdcount--;
                    }
                }
                if (qdcount != 0) {
                    throw Trunc.INSTANCE;
                }
                if (v > 1) {
                    ancount = records(cp, bp, mdns, ancount, "", true);
                    cp = lastCp;
                    if (ancount != 0) {
                        throw Trunc.INSTANCE;
                    }
                    lastCp = cp;
                    sections(bp, mdns, nscount, arcount);
                }
            }
            p.p(" (").p(length).p(")");
        } catch (Trunc t) {
            p.trunc();
        }
    }

    private int lastCp;

    private void sections(int bp, boolean mdns, int nscount, int arcount) {
        int cp = lastCp;
        nscount = records(cp, bp, mdns, nscount, " ns:", false);
        cp = lastCp;
        if (nscount != 0) {
            throw Trunc.INSTANCE;
        }
        arcount = records(cp, bp, mdns, arcount, " ar:", false);
        if (arcount != 0) {
            throw Trunc.INSTANCE;
        }
    }

    /** One answer/ns/ar run: returns the count left, leaves the cursor in lastCp. */
    private int records(int cp, int bp, boolean mdns, int count, String label, boolean first) {
        if (count != 0 && (first || cp < p.snapend)) {
            p.p(label);
            cp = need(rprint(cp, bp, mdns));
            count--;
            while (cp < p.snapend && count != 0) {
                p.p(",");
                cp = need(rprint(cp, bp, mdns));
                count--;
            }
        }
        lastCp = cp;
        return count;
    }

    private static int need(int cp) {
        if (cp == -1) {
            throw Trunc.INSTANCE;
        }
        return cp;
    }
}
