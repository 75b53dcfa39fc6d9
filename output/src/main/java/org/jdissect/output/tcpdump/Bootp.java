package org.jdissect.output.tcpdump;

/**
 * print-bootp.c ({@code bootp_print}, {@code rfc1048_print}, {@code cmu_print}): BOOTP and DHCPv4 as tcpdump 4.99.3
 * prints them. Offsets are frame offsets. tcpdump's {@code GET_*} fetches throw {@link Truncated} (the packet loop
 * prints {@code " [|bootp]"} and dumps from the frame start); its {@code ND_TCHECK}/{@code goto trunc} paths print
 * the marker here and return, which keeps the link-header length for -x/-X. Which of the two a cut capture meets
 * depends on the order of fetches, so that order is tcpdump's.
 */
final class Bootp {
    private static final int REQUEST = 1;
    private static final int REPLY = 2;

    /** tag2str: the first character is the print format, the rest the name; null where tcpdump has no entry. */
    private static final String[] TAGS = new String[256];
    private static final String[] DHCP_MSG = {null, "Discover", "Offer", "Request", "Decline", "ACK", "NACK",
        "Release", "Inform", null, "LeaseQuery", "LeaseUnassigned", "LeaseUnknown", "LeaseActive"};

    static {
        tag(0, " PAD");
        tag(1, "iSubnet-Mask");
        tag(2, "LTime-Zone");
        tag(3, "iDefault-Gateway");
        tag(4, "iTime-Server");
        tag(5, "iIEN-Name-Server");
        tag(6, "iDomain-Name-Server");
        tag(7, "iLOG");
        tag(8, "iCS");
        tag(9, "iLPR-Server");
        tag(10, "iIM");
        tag(11, "iRL");
        tag(12, "aHostname");
        tag(13, "sBS");
        tag(255, " END");
        tag(14, "aDP");
        tag(15, "aDomain-Name");
        tag(16, "iSS");
        tag(17, "aRP");
        tag(18, "aEP");
        tag(19, "BIPF");
        tag(20, "BSRT");
        tag(21, "pPF");
        tag(22, "sRSZ");
        tag(23, "bTTL");
        tag(24, "lMTU-Timeout");
        tag(25, "sMTU-Table");
        tag(26, "sMTU");
        tag(27, "BLSN");
        tag(28, "iBR");
        tag(29, "BMD");
        tag(30, "BMS");
        tag(31, "BRouter-Discovery");
        tag(32, "iRSA");
        tag(33, "pStatic-Route");
        tag(34, "BUT");
        tag(35, "lAT");
        tag(36, "BIE");
        tag(37, "bTT");
        tag(38, "lKI");
        tag(39, "BKG");
        tag(40, "aYD");
        tag(41, "iYS");
        tag(42, "iNTP");
        tag(43, "bVendor-Option");
        tag(44, "iNetbios-Name-Server");
        tag(45, "iWDD");
        tag(46, "$Netbios-Node");
        tag(47, "aNetbios-Scope");
        tag(48, "iXFS");
        tag(49, "iXDM");
        tag(64, "sN+D");
        tag(65, "iN+S");
        tag(68, "iMH");
        tag(69, "iSMTP");
        tag(70, "iPOP3");
        tag(71, "iNNTP");
        tag(72, "iWWW");
        tag(73, "iFG");
        tag(74, "iIRC");
        tag(75, "iSTS");
        tag(76, "iSTDA");
        tag(50, "iRequested-IP");
        tag(51, "lLease-Time");
        tag(52, "$OO");
        tag(66, "aTFTP");
        tag(67, "aBF");
        tag(53, " DHCP-Message");
        tag(54, "iServer-ID");
        tag(55, "bParameter-Request");
        tag(56, "aMSG");
        tag(57, "sMSZ");
        tag(58, "lRN");
        tag(59, "lRB");
        tag(60, "aVendor-Class");
        tag(61, "$Client-ID");
        tag(98, "aUAP");
        tag(116, "BNOAUTO");
        tag(78, "bSLP-DA");
        tag(79, "bSLP-SCOPE");
        tag(117, "sNSSEARCH");
        tag(77, "$User-Class");
        tag(118, "iSUBNET");
        tag(121, "$Classless-Static-Route");
        tag(249, "$Classless-Static-Route-Microsoft");
        tag(150, "iTFTP-Server-Address");
        tag(80, "aSLP-NA");
        tag(81, "$FQDN");
        tag(82, "$Agent-Information");
        tag(83, "bARMT");
        tag(88, "aTZSTR");
        tag(89, "bFQDNS");
        tag(90, "bAUTH");
        tag(91, "LLast-Transaction-Time");
        tag(92, "iAssociated-IP");
        tag(93, "sARCH");
        tag(94, "bNDI");
        tag(97, "bGUID");
        tag(95, "aLDAP");
        tag(100, "aPOSIX-TZ");
        tag(101, "aTZ-Name");
        tag(112, "iNI");
        tag(113, "aNITAG");
        tag(114, "aURL");
        tag(161, "aMUD-URL");
    }

    private static void tag(int t, String s) {
        TAGS[t] = s;
    }

    private static String tag2str(int t) {
        String s = TAGS[t];
        return s != null ? s : "?Unknown";
    }

    private final Layers l;
    private final Pkt p;
    private final int v;

    private Bootp(Layers l, Pkt p) {
        this.l = l;
        this.p = p;
        this.v = p.o.verbose();
    }

    static void print(Layers l, Pkt p, int cp, long length) {
        new Bootp(l, p).bootp(cp, length);
    }

    private void bootp(int bp, long length) {
        p.proto = "bootp";
        int op = p.u8(bp);
        p.p("BOOTP/DHCP, ").p(op == REQUEST ? "Request" : op == REPLY ? "Reply"
                : String.format("unknown (0x%02x)", op));
        int htype = p.u8(bp + 1);
        int hlen = p.u8(bp + 2);
        if (htype == 1 && hlen == 6 && op == REQUEST) {
            String chaddr = l.mac(Layers.raw48(p, bp + 28)); // fetched before anything of the phrase is printed
            p.p(" from ").p(chaddr);
        }
        p.p(", length ").p(length);
        if (v == 0) {
            return;
        }
        if (!p.has(bp + 8, 2)) {
            p.trunc();
            return;
        }
        if (htype != 1) {
            p.p(", htype ").p(htype);
        }
        if (htype != 1 || hlen != 6) {
            p.p(", hlen ").p(hlen);
        }
        int hops = p.u8(bp + 3);
        if (hops != 0) {
            p.p(", hops ").p(hops);
        }
        long xid = p.u32(bp + 4);
        if (xid != 0) {
            p.p(", xid 0x").p(Long.toHexString(xid));
        }
        int secs = p.u16(bp + 8);
        if (secs != 0) {
            p.p(", secs ").p(secs);
        }
        int flags = p.u16(bp + 10);
        p.p(", Flags [").p((flags & 0x8000) != 0 ? "Broadcast" : "none").p("]");
        if (v > 1) {
            p.p(" (0x").p(Pkt.hex4(flags)).p(")");
        }
        address(bp + 12, "\n\t  Client-IP ");
        address(bp + 16, "\n\t  Your-IP ");
        address(bp + 20, "\n\t  Server-IP ");
        address(bp + 24, "\n\t  Gateway-IP ");
        if (htype == 1 && hlen == 6) {
            String chaddr = l.mac(Layers.raw48(p, bp + 28));
            p.p("\n\t  Client-Ethernet-Address ").p(chaddr);
        }
        if (p.u8(bp + 44) != 0 && !zString("\n\t  sname \"", bp + 44, 64)) {
            return;
        }
        if (p.u8(bp + 108) != 0 && !zString("\n\t  file \"", bp + 108, 128)) {
            return;
        }
        int vend = bp + 236;
        if (!p.has(vend, 4)) {
            p.trunc();
            return;
        }
        long magic = p.u32(vend);
        if (magic == 0x63825363L) {
            rfc1048(vend);
        } else if (magic == 0x434d5500L) { // "CMU" and its NUL
            cmu(vend);
        } else if (magic != 0) {
            p.p("\n\t  Vendor-#0x").p(Long.toHexString(magic));
        }
    }

    private void address(int off, String label) {
        long a = p.u32(off);
        if (a != 0) {
            p.p(label).p(Pkt.ipaddr(a));
        }
    }

    /** nd_printztn between quotes; false (after the marker) when no NUL came before the field's or capture's end. */
    private boolean zString(String label, int s, int n) {
        p.p(label);
        boolean ended = false;
        while (n > 0 && s < p.snapend) {
            int c = p.u8(s++);
            n--;
            if (c == 0) {
                ended = true;
                break;
            }
            Domain.fnPrintChar(p, c);
        }
        p.p("\"");
        if (!ended) {
            p.trunc();
        }
        return ended;
    }

    private void rfc1048(int bp) {
        p.p("\n\t  Vendor-rfc1048 Extensions");
        String cookie = String.format("%08x", p.u32(bp));
        p.p("\n\t    Magic Cookie 0x").p(cookie);
        bp += 4;
        while (p.has(bp, 1)) {
            int tag = p.u8(bp++);
            if (tag == 0 && v < 3) {
                continue;
            }
            if (tag == 255 && v < 3) {
                return;
            }
            String name = tag2str(tag);
            char c = name.charAt(0);
            int len;
            if (tag == 0 || tag == 255) {
                len = 0;
            } else {
                len = p.u8(bp++);
            }
            p.p("\n\t    ").p(name.substring(1)).p(" (").p(tag).p("), length ").p(len).p(len > 0 ? ": " : "");
            if (tag == 0 && v > 2) {
                int ntag = 1;
                while (p.has(bp, 1) && p.u8(bp) == 0) {
                    bp++;
                    ntag++;
                }
                if (ntag > 1) {
                    p.p(", occurs ").p(ntag);
                }
            }
            if (!p.has(bp, len)) {
                p.trunc();
                return;
            }
            if (tag == 53 && len == 1) {
                int m = p.u8(bp++);
                String s = m < DHCP_MSG.length ? DHCP_MSG[m] : null;
                p.p(s != null ? s : "Unknown (" + m + ")");
                continue;
            }
            if (tag == 55) {
                for (int idx = 0; len > 0; idx++) {
                    int inner = p.u8(bp++);
                    len--;
                    p.p(idx % 4 == 0 ? "\n\t      " : ", ").p(tag2str(inner).substring(1)).p(" (").p(inner)
                            .p(")");
                }
                continue;
            }
            if (c == '?') {
                c = (len & 1) != 0 ? 'b' : (len & 2) != 0 ? 's' : 'l';
            }
            boolean first = true;
            switch (c) {
                case 'a' -> {
                    p.p("\"");
                    if (p.printn(bp, len)) {
                        p.p("\"");
                        p.trunc();
                        return;
                    }
                    p.p("\"");
                    bp += len;
                    len = 0;
                }
                case 'i', 'l', 'L' -> {
                    while (len >= 4) {
                        if (!first) {
                            p.p(",");
                        }
                        if (c == 'i') {
                            p.p(Pkt.ipaddr(p.u32(bp)));
                        } else if (c == 'L') {
                            p.p((int) p.u32(bp));
                        } else {
                            p.p(p.u32(bp));
                        }
                        bp += 4;
                        len -= 4;
                        first = false;
                    }
                }
                case 'p' -> {
                    while (len >= 8) {
                        if (!first) {
                            p.p(",");
                        }
                        p.p("(").p(Pkt.ipaddr(p.u32(bp))).p(":");
                        p.p(Pkt.ipaddr(p.u32(bp + 4))).p(")");
                        bp += 8;
                        len -= 8;
                        first = false;
                    }
                }
                case 's' -> {
                    while (len >= 2) {
                        if (!first) {
                            p.p(",");
                        }
                        p.p(p.u16(bp));
                        bp += 2;
                        len -= 2;
                        first = false;
                    }
                }
                case 'B' -> {
                    while (len > 0) {
                        if (!first) {
                            p.p(",");
                        }
                        int b = p.u8(bp);
                        p.p(b == 0 ? "N" : b == 1 ? "Y" : b + "?");
                        bp++;
                        len--;
                        first = false;
                    }
                }
                case '$' -> {
                    int[] at = {bp, len};
                    if (!special(tag, at)) {
                        return;
                    }
                    bp = at[0];
                    len = at[1];
                }
                default -> {
                    // 'b', 'x' and the name-only tags (PAD, END, a DHCP-Message of another length): bytes
                    while (len > 0) {
                        if (!first) {
                            p.p(c == 'x' ? ":" : ".");
                        }
                        int b = p.u8(bp);
                        p.p(c == 'x' ? String.format("%02x", b) : Integer.toString(b));
                        bp++;
                        len--;
                        first = false;
                    }
                }
            }
            if (len != 0) {
                p.p("\n\t  trailing data length ").p(len);
                bp += len;
            }
        }
    }

    /**
     * The '$' tags. {@code at} holds the option pointer and the length left, updated in place; false when the
     * printer hit {@code goto trunc} (the marker is printed).
     */
    private boolean special(int tag, int[] at) {
        int bp = at[0];
        int len = at[1];
        boolean first = true;
        switch (tag) {
            case 46, 52 -> {
                if (len < 1) {
                    p.p("[ERROR: length < 1 bytes]");
                    break;
                }
                int t = p.u8(bp);
                bp++;
                len--;
                String s = tag == 46 ? switch (t) {
                    case 1 -> "b-node";
                    case 2 -> "p-node";
                    case 4 -> "m-node";
                    case 8 -> "h-node";
                    default -> null;
                } : switch (t) {
                    case 1 -> "file";
                    case 2 -> "sname";
                    case 3 -> "file+sname";
                    default -> null;
                };
                p.p(s != null ? s : "#" + t);
            }
            case 81 -> {
                if (len < 3) {
                    p.p("[ERROR: length < 3 bytes]");
                    bp += len;
                    len = 0;
                    break;
                }
                int f = p.u8(bp);
                if ((f & 0xf0) != 0) {
                    p.p("[ERROR: MBZ nibble 0x").p(Integer.toHexString((f & 0xf0) >> 4)).p(" != 0] ");
                }
                if ((p.u8(bp) & 0x0f) != 0) {
                    p.p("[").p(((f & 1) != 0 ? "S" : "") + ((f & 2) != 0 ? "O" : "") + ((f & 4) != 0 ? "E" : "")
                            + ((f & 8) != 0 ? "N" : "")).p("] ");
                }
                bp++;
                if (p.u8(bp) != 0 || p.u8(bp + 1) != 0) {
                    p.p(p.u8(bp)).p("/").p(p.u8(bp + 1)).p(" ");
                }
                bp += 2;
                p.p("\"");
                if (p.printn(bp, len - 3)) {
                    p.p("\"");
                    p.trunc();
                    return false;
                }
                p.p("\"");
                bp += len - 3;
                len = 0;
            }
            case 61 -> {
                if (len < 1) {
                    p.p("[ERROR: length < 1 bytes]");
                    break;
                }
                int type = p.u8(bp);
                bp++;
                len--;
                if (type == 0) {
                    p.p("\"");
                    if (p.printn(bp, len)) {
                        p.p("\"");
                        p.trunc();
                        return false;
                    }
                    p.p("\"");
                    bp += len;
                    len = 0;
                } else {
                    String hw = switch (type) {
                        case 0x1 -> "ether";
                        case 0x6 -> "ieee802";
                        case 0x7 -> "arcnet";
                        case 0xf -> "frelay";
                        case 0x17 -> "strip";
                        case 0x18 -> "ieee1394";
                        default -> "hardware-type " + type + ",";
                    };
                    p.p(hw).p(" ");
                    while (len > 0) {
                        if (!first) {
                            p.p(":");
                        }
                        p.p(String.format("%02x", p.u8(bp)));
                        bp++;
                        len--;
                        first = false;
                    }
                }
            }
            case 82 -> {
                while (len >= 2) {
                    int subopt = p.u8(bp);
                    int suboptlen = p.u8(bp + 1);
                    bp += 2;
                    len -= 2;
                    String name = switch (subopt) {
                        case 1 -> "Circuit-ID";
                        case 2 -> "Remote-ID";
                        case 6 -> "Subscriber-ID";
                        default -> "Unknown";
                    };
                    p.p("\n\t      ").p(name).p(" SubOption ").p(subopt).p(", length ").p(suboptlen);
                    if (suboptlen > len) {
                        p.p(": length goes past end of option");
                        bp += len;
                        len = 0;
                        break;
                    }
                    p.p(": ");
                    if (subopt == 1 || subopt == 2 || subopt == 6) {
                        if (p.printn(bp, suboptlen)) {
                            p.trunc();
                            return false;
                        }
                    } else {
                        Transport.unknownData(p, bp, "\n\t\t", suboptlen);
                    }
                    len -= suboptlen;
                    bp += suboptlen;
                }
            }
            case 121, 249 -> {
                if (len < 5) {
                    p.p("[ERROR: length < 5 bytes]");
                    bp += len;
                    len = 0;
                    break;
                }
                while (len > 0) {
                    if (!first) {
                        p.p(",");
                    }
                    int width = p.u8(bp);
                    bp++;
                    len--;
                    if (width > 32) {
                        p.p("[ERROR: Mask width (").p(width).p(") > 32]");
                        bp += len;
                        len = 0;
                        break;
                    }
                    int significant = (width + 7) / 8;
                    if (len < significant + 4) {
                        p.p("[ERROR: Remaining length (").p(len).p(") < ").p(significant + 4).p(" bytes]");
                        bp += len;
                        len = 0;
                        break;
                    }
                    p.p("(");
                    if (width == 0) {
                        p.p("default");
                    } else {
                        for (int i = 0; i < significant; i++) {
                            if (i > 0) {
                                p.p(".");
                            }
                            p.p(p.u8(bp));
                            bp++;
                        }
                        for (int i = significant; i < 4; i++) {
                            p.p(".0");
                        }
                        p.p("/").p(width);
                    }
                    p.p(":").p(Pkt.ipaddr(p.u32(bp))).p(")");
                    bp += 4;
                    len -= significant + 4;
                    first = false;
                }
            }
            case 77 -> {
                if (len < 2) {
                    p.p("[ERROR: length < 2 bytes]");
                    bp += len;
                    len = 0;
                    break;
                }
                for (int n = 1; len > 0; n++) {
                    int sublen = p.u8(bp);
                    bp++;
                    len--;
                    p.p("\n\t      instance#").p(n).p(": ");
                    if (sublen == 0) {
                        p.p("[ERROR: suboption length must be non-zero]");
                        bp += len;
                        len = 0;
                        break;
                    }
                    if (len < sublen) {
                        p.p("[ERROR: invalid option]");
                        bp += len;
                        len = 0;
                        break;
                    }
                    p.p("\"");
                    if (p.printn(bp, sublen)) {
                        p.p("\"");
                        p.trunc();
                        return false;
                    }
                    p.p("\", length ").p(sublen);
                    len -= sublen;
                    bp += sublen;
                }
            }
            default -> {
                p.p("[unknown special tag ").p(tag).p(", size ").p(len).p("]");
                bp += len;
                len = 0;
            }
        }
        at[0] = bp;
        at[1] = len;
        return true;
    }

    private void cmu(int bp) {
        p.p(" vend-cmu");
        if (!p.has(bp + 4, 4)) {
            p.trunc();
            return;
        }
        int flags = p.u8(bp + 4);
        if ((flags & ~1) != 0) {
            p.p(" F:0x").p(Integer.toHexString(flags));
        }
        if (cmuAddr(bp + 12, "DG") && cmuAddr(bp + 8, (flags & 1) != 0 ? "SM" : "SM*") && cmuAddr(bp + 16, "NS1")
                && cmuAddr(bp + 20, "NS2") && cmuAddr(bp + 24, "IEN1") && cmuAddr(bp + 28, "IEN2")
                && cmuAddr(bp + 32, "TS1")) {
            cmuAddr(bp + 36, "TS2");
        }
    }

    /** PRINTCMUADDR: false after the marker when the address was not captured. */
    private boolean cmuAddr(int off, String s) {
        if (!p.has(off, 4)) {
            p.trunc();
            return false;
        }
        long a = p.u32(off);
        if (a != 0) {
            p.p(" ").p(s).p(":").p(Pkt.ipaddr(a));
        }
        return true;
    }
}
