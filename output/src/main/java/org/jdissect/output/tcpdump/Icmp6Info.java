package org.jdissect.output.tcpdump;

/**
 * print-icmp6.c's printers for the ICMPv6 types that carry more than a fixed header: node information (139, 140),
 * router renumbering (138) and RPL control messages (155).
 *
 * <p>print-icmp6.c does not define ND_LONGJMP_FROM_TCHECK, so its ND_TCHECKs and length checks are the printer's own
 * "goto trunc": the marker and a normal return (icmp6_print still adds its ", length"), caught here as
 * {@link GotoTrunc}. A cut GET_ fetch throws {@link Truncated} and ends the line. Each ND_PRINT fetches all its
 * values before printing any of it, so a value is read before its label is appended.
 */
final class Icmp6Info {
    private Icmp6Info() {
    }

    private static final String[] MOP = {"nonstoring", "storing", "nonstoring-multicast", "storing-multicast"};
    private static final String[] RPL_SUBOPT = {"pad1", "padN", "metrics", "routinginfo", "config", "rpltarget",
        "transitinfo", null, "destprefix", "rpltargetdesc"};

    // ---- node information (RFC 4620) -------------------------------------------------------------------------

    /** icmp6_nodeinfo_print; {@code ep} is the snapshot end icmp6_print started with. */
    static void nodeInfo(Pkt p, int length, int bp, int ep) {
        if (ep < bp) {
            return;
        }
        try {
            int siz = ep - bp;
            if (p.u8(bp) == 139) {
                nodeInfoQuery(p, bp, ep, siz);
            } else {
                nodeInfoReply(p, length, bp, ep, siz);
            }
        } catch (GotoTrunc e) {
            p.trunc();
        }
    }

    private static void nodeInfoQuery(Pkt p, int bp, int ep, int siz) {
        boolean v = p.o.verbose() > 0;
        if (siz == 8 + 4) {
            p.p(" who-are-you request"); // KAME's who-are-you: the ICMPv6 header and 4 bytes
            return;
        }
        p.p(" node information query");
        p.tcheck(bp, 16); // ND_TCHECK_LEN(dp, sizeof(*ni6)): goto trunc
        p.p(" (");
        int qtype = p.u16(bp + 4);
        switch (qtype) {
            case 0 -> p.p("noop");
            case 1 -> {
                p.p("supported qtypes");
                int flags = p.u16(bp + 6);
                if (flags != 0) {
                    p.p(" [").p((flags & 0x01) != 0 ? "C" : "").p("]");
                }
            }
            case 2 -> p.p("DNS name");
            case 3 -> {
                p.p("node addresses");
                int flags = p.u16(bp + 6);
                if (flags != 0) {
                    p.p(" [").p(nodeAddrFlags(flags, false)).p("]");
                }
            }
            default -> p.p("unknown");
        }
        if (qtype == 0 || qtype == 1) {
            if (siz != 16 && v) {
                p.p(", invalid len");
            }
            p.p(")");
            return;
        }
        if (siz == 16) {
            p.p(", 03 draft)"); // icmp-name-lookup-03 backward compatibility
            return;
        }
        int cp = bp + 16;
        switch (p.u8(bp + 1)) {
            case 0 -> { // subject is an IPv6 address
                if (!p.has(bp, 16 + 16)) {
                    break;
                }
                if (siz != 16 + 16) {
                    if (v) {
                        p.p(", invalid subject len");
                    }
                    break;
                }
                String subject = Inet6.addr(p, cp);
                p.p(", subject=").p(subject);
            }
            case 1 -> { // subject is a DNS name
                p.p(", subject=DNS name");
                dnsNameOrPascal(p, cp, ep);
            }
            case 2 -> { // subject is an IPv4 address
                if (!p.has(bp, 16 + 4)) {
                    break;
                }
                if (siz != 16 + 4) {
                    if (v) {
                        p.p(", invalid subject len");
                    }
                    break;
                }
                String subject = Pkt.ipaddr(p.u32(cp));
                p.p(", subject=").p(subject);
            }
            default -> p.p(", unknown subject");
        }
        p.p(")");
    }

    private static void nodeInfoReply(Pkt p, int icmp6len, int bp, int ep, int siz) {
        boolean v = p.o.verbose() > 0;
        if (Integer.toUnsignedLong(icmp6len) > siz) {
            throw GotoTrunc.INSTANCE; // the reply is not all captured: goto trunc
        }
        boolean needComma = false;
        p.tcheck(bp, 16);
        p.p(" node information reply (");
        int code = p.u8(bp + 1);
        switch (code) {
            case 0 -> {
                if (v) {
                    p.p("success");
                    needComma = true;
                }
            }
            case 1, 2 -> {
                p.p(code == 1 ? "refused" : "unknown");
                needComma = true;
                if (siz != 16 && v) {
                    p.p(", invalid length");
                }
            }
            default -> {
            }
        }
        if (code != 0) {
            p.p(")");
            return;
        }
        String comma = needComma ? ", " : "";
        switch (p.u16(bp + 4)) {
            case 0 -> {
                p.p(comma).p("noop");
                if (siz != 16 && v) {
                    p.p(", invalid length");
                }
            }
            case 1 -> {
                p.p(comma).p("supported qtypes");
                int flags = p.u16(bp + 6);
                if (flags != 0) {
                    p.p(" [").p((flags & 0x01) != 0 ? "C" : "").p("]");
                }
            }
            case 2 -> {
                p.p(comma).p("DNS name");
                dnsNameOrPascal(p, bp + 16 + 4, ep);
                if ((p.u16(bp + 6) & 0x01) != 0) {
                    long ttl = p.u32(bp + 16);
                    p.p(" [TTL=").p(ttl).p("]");
                }
            }
            case 3 -> {
                p.p(comma).p("node addresses");
                for (int i = 16; i < siz && i + 4 + 16 <= siz; i += 4 + 16) {
                    String a = Inet6.addr(p, bp + i + 4);
                    long ttl = p.u32(bp + i);
                    p.p(" ").p(a).p("(").p(ttl).p(")");
                }
                int flags = p.u16(bp + 6);
                if (flags != 0) {
                    p.p(" [").p(nodeAddrFlags(flags, true)).p("]");
                }
            }
            default -> p.p(comma).p("unknown");
        }
        p.p(")");
    }

    private static String nodeAddrFlags(int i, boolean reply) {
        return ((i & 0x40) != 0 ? "a" : "") + ((i & 0x20) != 0 ? "G" : "") + ((i & 0x10) != 0 ? "S" : "")
                + ((i & 0x08) != 0 ? "L" : "") + ((i & 0x04) != 0 ? "C" : "") + ((i & 0x02) != 0 ? "A" : "")
                + (reply && (i & 0x01) != 0 ? "T" : ""); // NI_NODEADDR_FLAG_TRUNCATE: replies only
    }

    /** A name as an icmp-name-lookup-03 Pascal string (its length byte counts the rest), else dnsname_print. */
    private static void dnsNameOrPascal(Pkt p, int cp, int ep) {
        if (p.u8(cp) == ep - cp - 1) {
            if (p.o.verbose() > 0) {
                p.p(", 03 draft");
            }
            cp++;
            p.p(", \"");
            while (cp < ep) {
                Domain.fnPrintChar(p, p.u8(cp));
                cp++;
            }
            p.p("\"");
        } else {
            dnsName(p, cp, ep);
        }
    }

    /** dnsname_print: labels without compression up to {@code ep}, quoted. */
    private static void dnsName(Pkt p, int cp, int ep) {
        p.p(", \"");
        while (cp < ep) {
            int i = p.u8(cp);
            cp++;
            if (i != 0) {
                if (i > ep - cp) {
                    p.p("???");
                    break;
                }
                while (i-- != 0 && cp < ep) {
                    Domain.fnPrintChar(p, p.u8(cp));
                    cp++;
                }
                if (cp + 1 < ep && p.u8(cp) != 0) {
                    p.p(".");
                }
            } else {
                if (cp == ep) {
                    p.p("."); // a fully qualified name
                } else if (!(cp + 1 == ep && p.u8(cp) == 0)) {
                    p.p("???"); // invalid (a truncated name prints nothing more)
                }
                break;
            }
        }
        p.p("\"");
    }

    // ---- router renumbering (RFC 2894) -----------------------------------------------------------------------

    /** icmp6_rrenum_print. */
    static void routerRenumbering(Pkt p, int bp, int ep) {
        if (ep < bp) {
            return;
        }
        int v = p.o.verbose();
        try {
            p.tcheck(bp + 12, 4);
            int code = p.u8(bp + 1);
            switch (code) {
                case 0 -> p.p(", command");
                case 1 -> p.p(", result");
                case 255 -> p.p(", sequence number reset");
                default -> p.p(", code-#").p(code);
            }
            long seq = p.u32(bp + 4);
            p.p(", seq=").p(seq);
            if (v > 0) {
                int flags = p.u8(bp + 9);
                p.p("[");
                if (flags != 0) {
                    p.p(flag(flags, 0x80, "T")).p(flag(flags, 0x40, "R")).p(flag(flags, 0x20, "A"))
                            .p(flag(flags, 0x10, "S")).p(flag(flags, 0x08, "P")).p(",");
                }
                int seg = p.u8(bp + 8);
                p.p("seg=").p(seg).p(",");
                int maxDelay = p.u16(bp + 10);
                p.p("maxdelay=").p(maxDelay);
                long rsvd = p.u32(bp + 12);
                if (rsvd != 0) {
                    p.p("rsvd=0x").p(Long.toHexString(rsvd));
                }
                p.p("]");
            }
            if (code == 0) {
                renumberingCommand(p, bp + 16, v);
            }
        } catch (GotoTrunc e) {
            p.trunc();
        }
    }

    private static void renumberingCommand(Pkt p, int match, int v) {
        p.tcheck(match + 8, 16);
        p.p(v > 1 ? "\n\t" : " ").p("match(");
        int mcode = p.u8(match);
        switch (mcode) {
            case 1 -> p.p("add");
            case 2 -> p.p("change");
            case 3 -> p.p("setglobal");
            default -> p.p("#").p(mcode);
        }
        if (v > 0) {
            int ord = p.u8(match + 2);
            p.p(",ord=").p(ord);
            int min = p.u8(match + 4);
            p.p(",min=").p(min);
            int max = p.u8(match + 5);
            p.p(",max=").p(max);
        }
        int matchLen = p.u8(match + 3);
        p.p(",").p(Inet6.addr(p.data, match + 8)).p("/").p(matchLen).p(")");
        int n = p.u8(match + 1) - 3;
        if (n % 4 != 0) {
            throw GotoTrunc.INSTANCE;
        }
        n /= 4;
        int use = match + 24;
        while (n-- > 0) {
            p.tcheck(use + 16, 16);
            p.p(v > 1 ? "\n\t" : " ").p("use(");
            // rpu_flags is 32 bits in network order, but GET_U_1 reads its first byte, which on a little-endian
            // host is what htonl(0x80000000) and htonl(0x40000000) test
            int flags = p.u8(use + 12);
            if (flags != 0) {
                p.p(flag(flags, 0x80, "V")).p(flag(flags, 0x40, "P")).p(",");
            }
            if (v > 0) {
                int mask = p.u8(use + 2);
                p.p("mask=0x").p(Integer.toHexString(mask)).p(",");
                int raflags = p.u8(use + 3);
                p.p("raflags=0x").p(Integer.toHexString(raflags)).p(",");
                long vl = p.u32(use + 4);
                p.p(vl == 0xffffffffL ? "vltime=infty," : "vltime=" + vl + ",");
                long pl = p.u32(use + 8);
                p.p(pl == 0xffffffffL ? "pltime=infty," : "pltime=" + pl + ",");
            }
            int useLen = p.u8(use);
            int keepLen = p.u8(use + 1);
            p.p(Inet6.addr(p.data, use + 16)).p("/").p(useLen).p("/").p(keepLen).p(")");
            use += 32;
        }
    }

    private static String flag(int flags, int bit, String name) {
        return (flags & bit) != 0 ? name : "";
    }

    // ---- RPL (RFC 6550) --------------------------------------------------------------------------------------

    /** rpl_print over the message after the type/code/checksum ({@code length}: u_int, may have wrapped). */
    static void rpl(Pkt p, int code, int bp, long length) {
        if ((code & 0x80) != 0) {
            p.p(", (SEC) [worktodo]"); // secured messages are not decoded
            return;
        }
        p.p(", (CLR)");
        boolean v = p.o.verbose() > 0;
        switch (code & 0x7f) {
            case 0 -> p.p("DODAG Information Solicitation");
            case 1 -> {
                p.p("DODAG Information Object");
                if (v) {
                    dio(p, bp, length);
                }
            }
            case 2 -> {
                p.p("Destination Advertisement Object");
                if (v) {
                    dao(p, bp, length);
                }
            }
            case 3 -> {
                p.p("Destination Advertisement Object Ack");
                if (v) {
                    daoAck(p, bp, length);
                }
            }
            default -> p.p("RPL message, unknown code ").p(code);
        }
    }

    private static void dio(Pkt p, int bp, long length) {
        if (length < 24) {
            p.p(" [length ").p(length).p(" < 24] (invalid)"); // ND_LCHECK_ZU, then nd_print_invalid
            return;
        }
        String dagid = Inet6.addr(p, bp + 8);
        int dtsn = p.u8(bp + 5);
        int instance = p.u8(bp);
        int rank = p.u16(bp + 2);
        int mopprf = p.u8(bp + 4);
        int mop = (mopprf & 0x38) >> 3;
        p.p(" [dagid:").p(dagid).p(",seq:").p(dtsn).p(",instance:").p(instance).p(",rank:").p(rank).p(",")
                .p((mopprf & 0x80) != 0 ? "grounded," : "").p("mop:").p(mop < MOP.length ? MOP[mop] : "mop" + mop)
                .p(",prf:").p(mopprf & 0x07).p("]");
        if (p.o.verbose() > 1) {
            options(p, bp + 24, length - 24);
        }
    }

    private static void dao(Pkt p, int bp, long length) {
        int dao = bp;
        String dagid = "<elided>";
        if (!p.has(dao, 4 + 16)) {
            p.trunc(); // ND_TCHECK_SIZE(dao): the whole structure, DODAGID included, even when it is absent
            return;
        }
        if (length < 4) {
            p.p(" [|length too short]");
            return;
        }
        bp += 4;
        length -= 4;
        int flags = p.u8(dao + 1);
        if ((flags & 0x40) != 0) {
            if (length < 16) {
                p.p(" [|length too short]");
                return;
            }
            dagid = Inet6.addr(p.data, dao + 4);
            bp += 16;
            length -= 16;
        }
        int seq = p.u8(dao + 3);
        int instance = p.u8(dao);
        p.p(" [dagid:").p(dagid).p(",seq:").p(seq).p(",instance:").p(instance)
                .p((flags & 0x80) != 0 ? ",acK" : "").p((flags & 0x40) != 0 ? ",Dagid" : "").p(",")
                .p(Domain.hex2(flags)).p("]");
        if (p.o.verbose() > 1) {
            options(p, bp, length);
        }
    }

    private static void daoAck(Pkt p, int bp, long length) {
        int ack = bp;
        String dagid = "<elided>";
        if (!p.has(ack, 4)) {
            p.trunc();
            return;
        }
        if (length < 4) {
            p.p(" [|dao-length too short]");
            return;
        }
        bp += 4;
        length -= 4;
        if ((p.u8(ack + 1) & 0x80) != 0) {
            if (!p.has(ack + 4, 16)) {
                p.trunc();
                return;
            }
            if (length < 16) {
                p.p(" [|dao-length too short]");
                return;
            }
            dagid = Inet6.addr(p.data, ack + 4);
            bp += 16;
            length -= 16;
        }
        int seq = p.u8(ack + 2);
        int instance = p.u8(ack);
        int status = p.u8(ack + 3);
        p.p(" [dagid:").p(dagid).p(",seq:").p(seq).p(",instance:").p(instance).p(",status:").p(status).p("]");
        if (p.o.verbose() > 1) {
            options(p, bp, length);
        }
    }

    /** rpl_printopts. */
    private static void options(Pkt p, int opts, long length) {
        while (length != 0) {
            int type = p.u8(opts);
            int optlen;
            if (type == 0) {
                optlen = 1;
                p.p(" opt:pad1");
            } else {
                if (length < 2) {
                    p.trunc();
                    return;
                }
                optlen = p.u8(opts + 1) + 2;
                String name = type < RPL_SUBOPT.length && RPL_SUBOPT[type] != null ? RPL_SUBOPT[type]
                        : "subopt:" + type;
                p.p(" opt:").p(name).p(" len:").p(optlen).p(" ");
                if (!p.has(opts, optlen) || length < optlen) {
                    p.trunc(); // ND_TCHECK_LEN, then the length check: goto trunc
                    return;
                }
                if (p.o.verbose() > 2) {
                    HexDump.hex(p.out, " ", p.data, opts + 2, optlen - 2, null);
                }
            }
            opts += optlen;
            length -= optlen;
        }
    }
}
