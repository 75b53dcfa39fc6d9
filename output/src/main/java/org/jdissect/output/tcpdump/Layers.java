package org.jdissect.output.tcpdump;

import org.jdissect.api.capture.LinkType;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.api.tree.ProtoTree;
import org.jdissect.output.TcpdumpOptions;

/**
 * The per-protocol printers of tcpdump 4.99.3 (print-ether.c, print-ip.c, print-tcp.c, print-http.c) for one
 * packet; the cooked and loopback link layers are in {@link Cooked} and {@link Loopback}. Each follows its C original's order of fetches, so truncated and malformed packets end where tcpdump's
 * end; values are read through {@link Pkt#field} from the dissected tree.
 */
final class Layers {
    private static final int ETHERTYPE_IP = 0x0800;
    private static final int ETHERTYPE_JUMBO = 0x8870;

    private final TcpdumpOptions o;
    private final SeqTracker seqs;
    private final SeqTracker.Result seqResult = new SeqTracker.Result();
    private final Cooked cooked;
    private final Loopback loopback;
    private final Llc llc;
    private final Ipv4Text addresses = new Ipv4Text();

    Layers(TcpdumpOptions o, SeqTracker seqs) {
        this.o = o;
        this.seqs = seqs;
        this.cooked = new Cooked(this, o);
        this.loopback = new Loopback(this, o);
        this.llc = new Llc(this, o);
    }

    boolean numeric() {
        return o.numeric() > 0;
    }

    /** The link-layer printer; returns ndo_ll_hdr_len. */
    int link(Pkt p, int linkType, ProtoTree tree) {
        if (linkType == LinkType.ETHERNET) {
            return ether(p, tree, 0, p.len, p.caplen);
        }
        if (linkType == LinkType.LINUX_SLL) {
            return cooked.sll(p, tree);
        }
        if (linkType == LinkType.LINUX_SLL2) {
            return cooked.sll2(p, tree);
        }
        if (linkType == LinkType.NULL || linkType == LinkType.LOOP) {
            return loopback.print(p, tree);
        }
        if (linkType == LinkType.RAW || linkType == LinkType.IPV4 || linkType == LinkType.IPV6 || linkType == 12
                || linkType == 14) {
            // raw_if_print
            if (o.link()) {
                p.p("ip: ");
            }
            ipN(p, tree, 0, p.len);
            return 0;
        }
        // other link types arrive with their own issue; say so rather than guess
        p.p("[|linktype ").p(linkType).p("]");
        return 0;
    }

    // ---- Ethernet ---------------------------------------------------------------------------------------------

    /** etheraddr_string: lower-case hex with colons, and the OUI's name unless -n. */
    String mac(long v) {
        if (v == 0xffff_ffff_ffffL && !numeric()) {
            return "Broadcast"; // addrtoname.c's built-in etherlist, the one name tcpdump knows without /etc/ethers
        }
        StringBuilder sb = new StringBuilder(32);
        for (int i = 0; i < 6; i++) {
            int b = (int) (v >>> (40 - 8 * i)) & 0xff;
            if (i > 0) {
                sb.append(':');
            }
            sb.append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 15, 16));
        }
        if (!numeric()) {
            sb.append(" (oui ").append(Names.oui((int) (v >>> 24))).append(')');
        }
        return sb.toString();
    }

    private void etherAddresses(Pkt p, long src, long dst) {
        p.p(mac(src)).p(" > ").p(mac(dst)).p(", ");
    }

    private void etherType(Pkt p, int type) {
        String name = Names.ethertype(type);
        if (o.quiet() == 0) {
            p.p("ethertype ").p(name == null ? "Unknown" : name).p(" (0x").p(Pkt.hex4(type)).p(")");
        } else {
            p.p(name != null ? name : "Unknown Ethertype (0x" + Pkt.hex4(type) + ")");
        }
    }

    /**
     * ether_print for the frame at {@code start}: the link layer of an Ethernet capture, or Ethernet carried in
     * IPv6 (next header 143). Returns the header length.
     */
    int ether(Pkt p, ProtoTree tree, int start, int length, int caplen) {
        p.proto = "ether";
        if (length < caplen) {
            p.p("[length ").p(length).p(" < caplen ").p(caplen).p("] (invalid)");
            return length;
        }
        if (caplen < 14) {
            p.trunc();
            return caplen;
        }
        ProtoNode eth = TreeFields.protocolAt(tree, "eth", start);
        long dst = p.field(eth, "eth.dst", start, 6, raw48(p, start));
        long src = p.field(eth, "eth.src", start + 6, 6, raw48(p, start + 6));
        int origLength = length;
        length -= 12;
        caplen -= 12;
        int off = start + 12;
        int hdrlen = 12;
        if (o.link()) {
            etherAddresses(p, src, dst);
        }
        int type = (int) p.field(eth, "eth.type", off, 2, p.u16(start + 12));
        length -= 2;
        caplen -= 2;
        off += 2;
        hdrlen += 2;
        boolean printedLength = false;
        // VLAN tags: not dissected yet, so read as tcpdump does
        while (type == 0x8100 || type == 0x9100 || type == 0x9200 || type == 0x88a8) {
            if (caplen < 4 || length < 4) {
                p.proto = "vlan";
                p.trunc();
                return hdrlen + Math.min(caplen, length);
            }
            if (o.link()) {
                int tag = p.u16(off);
                etherType(p, type);
                if (!printedLength) {
                    p.p(", length ").p(origLength).p(": ");
                    printedLength = true;
                } else {
                    p.p(", ");
                }
                p.p(tci(tag)).p(", ");
            }
            type = p.u16(off + 2);
            off += 4;
            length -= 4;
            caplen -= 4;
            hdrlen += 4;
        }
        if (type <= 1500) {
            // an 802.3 length: it bounds the payload (padding is never seen by LLC), then the LLC header
            if (type < length) {
                length = type;
                caplen = Math.min(caplen, length);
            }
            p.pushSnaplen(off, length);
            if (o.link()) {
                p.p("802.3");
                if (!printedLength) {
                    p.p(", length ").p(length).p(": ");
                }
            }
            hdrlen += llcPayload(p, tree, off, length, caplen, mac(src), mac(dst));
            p.popSnaplen();
            return hdrlen;
        }
        if (type == ETHERTYPE_JUMBO) {
            // Alteon jumbo frames: an LLC header follows, and -e does not name the type (print-ether.c)
            return hdrlen + llcPayload(p, tree, off, length, caplen, mac(src), mac(dst));
        }
        if (o.link()) {
            etherType(p, type);
            if (!printedLength) {
                p.p(", length ").p(origLength).p(": ");
            } else {
                p.p(", ");
            }
        }
        if (ethertype(p, tree, type, off, length, caplen)) {
            return hdrlen;
        }
        if (!o.link()) {
            etherAddresses(p, src, dst);
            etherType(p, type);
            p.p(", length ").p(origLength).p(": ");
        }
        if (!o.suppressDefaultPrint()) {
            HexDump.hexAndAscii(p.out, "\n\t", p.data, off, Math.max(0, caplen), null);
        }
        return hdrlen;
    }

    /** llc_print without addresses (cooked captures): the header length, negative for an unknown payload. */
    int llc(Pkt p, ProtoTree tree, int off, int length, int caplen) {
        return llc.print(p, tree, off, length, caplen, null, null);
    }

    /**
     * llc_print and, when it does not know the payload, the default dump from the LLC header on (unless
     * suppressed); returns the LLC/SNAP header length. {@code src}/{@code dst}: the link addresses, or null.
     */
    int llcPayload(Pkt p, ProtoTree tree, int off, int length, int caplen, String src, String dst) {
        int n = llc.print(p, tree, off, length, caplen, src, dst);
        if (n < 0) {
            if (!o.suppressDefaultPrint()) {
                HexDump.hexAndAscii(p.out, "\n\t", p.data, off, Math.max(0, caplen), null);
            }
            n = -n;
        }
        return n;
    }

    /**
     * print-ether.c ethertype_print for the ethertypes ported (IPv4, IPv6, ARP, RARP, LLDP, Slow Protocols,
     * Loopback): prints the payload at
     * {@code off} and returns true, or returns false for a type the caller must print as unknown.
     */
    boolean ethertype(Pkt p, ProtoTree tree, int type, int off, int length, int caplen) {
        switch (type) {
            case ETHERTYPE_IP -> ip(p, tree, off, length);
            case 0x86dd -> Inet6.print(this, p, tree, off, length);
            case 0x0806, 0x8035 -> arp(p, off, length, Math.max(0, caplen));
            case 0x88cc -> Lldp.print(this, p, off, length);
            case 0x8809 -> Slow.print(this, p, off, length);
            case 0x9000 -> Ctp.print(this, p, off, length);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** addrtoname.c ieee8021q_tci_string: "vlan V, p P" and ", DEI" when the drop-eligible bit is set. */
    static String tci(int tag) {
        return "vlan " + (tag & 0xfff) + ", p " + (tag >> 13) + ((tag & 0x1000) != 0 ? ", DEI" : "");
    }

    static long raw48(Pkt p, int off) {
        return ((long) p.u16(off) << 32) | p.u32(off + 2);
    }

    /** ipN_print: by the version nibble. */
    private void ipN(Pkt p, ProtoTree tree, int bp, int length) {
        p.proto = "ipN";
        int v = p.u8(bp) >> 4;
        switch (v) {
            case 4 -> ip(p, tree, bp, length);
            case 6 -> Inet6.print(this, p, tree, bp, length);
            default -> p.p("unknown ip ").p(v);
        }
    }

    // ---- ARP (print-arp.c) ------------------------------------------------------------------------------------

    /**
     * linkaddr_string(…, LINKADDR_ETHER, len): a 6-byte address as etheraddr_string, with its "(oui …)"; over Frame
     * Relay (hardware type 15) the address is a Q.922 one, named by its DLCI.
     */
    private String linkaddr(Pkt p, int off, int len) {
        if (len == 0) {
            return "<empty>";
        }
        if (arpHrd == 15) {
            return q922(p, off, len);
        }
        p.check(off, len);
        if (len == 6) {
            long v = 0;
            for (int i = 0; i < 6; i++) {
                v = (v << 8) | p.u8(off + i);
            }
            return mac(v);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < len; i++) {
            if (i > 0) {
                sb.append(':');
            }
            sb.append(Domain.hex2(p.u8(off + i)));
        }
        return sb.toString();
    }

    private static String arpIp(Pkt p, int pro, int pln, int off) {
        if (pro != 0x0800 && pro != 0x1000) {
            return "<wrong proto type>";
        }
        if (pln != 4) {
            return "<wrong len>";
        }
        return Pkt.ipaddr(p.u32(off));
    }

    /** q922_string: "DLCI n", or "<Invalid DLCI>" when an address byte's EA bit ends it too early or too late. */
    private static String q922(Pkt p, int off, int len) {
        int b0 = p.u8(off);
        if ((b0 & 1) != 0) {
            return "<Invalid DLCI>";
        }
        if (len < 2) {
            return "parse_q922_header() returned -1";
        }
        int b1 = p.u8(off + 1);
        long dlci = ((b0 & 0xfc) << 2) | ((b1 & 0xf0) >> 4);
        if ((b1 & 1) != 0) {
            return "DLCI " + dlci;
        }
        int at = off + 2;
        int left = len - 2;
        if (left < 1) {
            return "parse_q922_header() returned -1";
        }
        if ((p.u8(at) & 1) == 0) {
            dlci = (dlci << 7) | (p.u8(at) >> 1);
            at++;
            left--;
        }
        if (left < 1) {
            return "parse_q922_header() returned -1";
        }
        if ((p.u8(at) & 1) == 0) {
            return "<Invalid DLCI>";
        }
        return "DLCI " + ((dlci << 6) | (p.u8(at) >> 2));
    }

    /** The hardware type of the ARP packet being printed (it chooses how link addresses read). */
    private int arpHrd;

    /** arphrd_values (tcpdump 4.99.3 on every hardware type 0-40). */
    static String arpHrdName(int hrd) {
        return switch (hrd) {
            case 1 -> "Ethernet";
            case 6 -> "TokenRing";
            case 7 -> "ArcNet";
            case 15 -> "FrameRelay";
            case 19 -> "ATM";
            case 23 -> "Strip";
            case 24 -> "IEEE 1394";
            case 32 -> "InfiniBand";
            default -> "Unknown Hardware (" + hrd + ")";
        };
    }

    /** tok2str(ethertype_values, "Unknown Protocol (0x%04x)", pro). */
    static String arpProName(int pro) {
        String pn = Names.ethertype(pro);
        return pn != null ? pn : "Unknown Protocol (0x" + Pkt.hex4(pro) + ")";
    }

    /** arpop_values. */
    static String arpOpName(int op) {
        return switch (op) {
            case 1 -> "Request";
            case 2 -> "Reply";
            case 3 -> "Reverse Request";
            case 4 -> "Reverse Reply";
            case 8 -> "Inverse Request";
            case 9 -> "Inverse Reply";
            case 10 -> "NACK Reply";
            default -> "Unknown (" + op + ")";
        };
    }

    void arp(Pkt p, int bp, int length, int caplen) {
        p.proto = "arp";
        p.check(bp, 8);
        int hrd = p.u16(bp);
        if (hrd == 19) {
            // arp_print hands ATM (RFC 2225) over to atmarp_print, whose header has a different layout
            AtmArp.print(p, bp, length, caplen);
            return;
        }
        arpHrd = hrd;
        int pro = p.u16(bp + 2);
        int hln = p.u8(bp + 4);
        int pln = p.u8(bp + 5);
        int op = p.u16(bp + 6);
        int sha = bp + 8;
        int spa = sha + hln;
        int tha = spa + pln;
        int tpa = tha + hln;
        p.check(tpa, pln);
        if (!o.link()) {
            p.p("ARP, ");
        }
        if ((pro != 0x0800 && pro != 0x1000) || pln != 4 || hln == 0 || o.verbose() > 0) {
            p.p(arpHrdName(hrd)).p(" (len ").p(hln).p("), ").p(arpProName(pro)).p(" (len ").p(pln).p(")");
            if (o.verbose() == 0) {
                p.p(", length ").p(length);
                return;
            }
        }
        p.p(o.verbose() > 0 ? ", " : "").p(arpOpName(op)).p(" ");
        switch (op) {
            case 1 -> {
                p.p("who-has ").p(arpIp(p, pro, pln, tpa));
                boolean nonzero = false;
                for (int i = 0; i < hln; i++) {
                    if (p.u8(tha + i) != 0) {
                        nonzero = true;
                        break;
                    }
                }
                if (nonzero) {
                    p.p(" (").p(linkaddr(p, tha, hln)).p(")");
                }
                p.p(" tell ").p(arpIp(p, pro, pln, spa));
            }
            case 2 -> {
                String a = arpIp(p, pro, pln, spa);
                p.p(a).p(" is-at ").p(linkaddr(p, sha, hln));
            }
            case 3, 8 -> {
                String t = linkaddr(p, tha, hln);
                p.p("who-is ").p(t);
                p.p(" tell ").p(linkaddr(p, sha, hln));
            }
            case 4 -> {
                p.p(linkaddr(p, tha, hln)).p(" at ");
                p.p(arpIp(p, pro, pln, tpa));
            }
            case 9 -> {
                p.p(linkaddr(p, sha, hln)).p(" at ");
                p.p(arpIp(p, pro, pln, spa));
            }
            default -> {
                // print-arp.c's ND_DEFAULTPRINT here is not gated on -x, -X or -q (tcpdump 4.99.3 prints it with
                // them, and -x/-X dump the packet again below)
                HexDump.hexAndAscii(p.out, "\n\t", p.data, bp, caplen, null);
                return;
            }
        }
        p.p(", length ").p(length);
    }

    // ---- IPv4 -------------------------------------------------------------------------------------------------

    /** ip_print over the {@code length} link-layer payload bytes at frame offset {@code bp}. */
    void ip(Pkt p, ProtoTree tree, int bp, int length) {
        p.proto = "ip";
        ProtoNode ip = TreeFields.protocol(tree, "ip", 0);
        int version = (int) p.field(ip, "ip.version", bp, 1, p.u8(bp) >> 4);
        if (version != 4) {
            p.p(version == 6 ? "IP6, wrong link-layer encapsulation" : "IP" + version).p(" (invalid)");
            return;
        }
        if (!o.link()) {
            p.p("IP ");
        }
        if (!p.has(bp, 20)) {
            p.trunc();
            return;
        }
        if (length < 20) {
            p.p("truncated-ip ").p(length);
            return;
        }
        int hlen = (int) p.field(ip, "ip.hdr_len", bp, 1, (p.u8(bp) & 0x0f) * 4);
        if (hlen < 20) {
            p.p("bad-hlen ").p(hlen);
            return;
        }
        int totalLen = (int) p.field(ip, "ip.len", bp + 2, 2, p.u16(bp + 2));
        int len = totalLen;
        if (length < len) {
            p.p("truncated-ip - ").p(len - length).p(" bytes missing! ");
        }
        if (len < hlen) {
            p.p("bad-len ").p(len);
            return;
        }
        p.pushSnaplen(bp, len);
        len -= hlen;
        int flags = (int) p.field(ip, "ip.flags", bp + 6, 1, p.u8(bp + 6) >> 5);
        int fragOff = (int) p.field(ip, "ip.frag_offset", bp + 6, 2, p.u16(bp + 6) & 0x1fff);
        int off = flags << 13 | fragOff;
        int proto = (int) p.field(ip, "ip.proto", bp + 9, 1, p.u8(bp + 9));
        long src = p.field(ip, "ip.src", bp + 12, 4, p.u32(bp + 12));
        long dst = p.field(ip, "ip.dst", bp + 16, 4, p.u32(bp + 16));
        String s = addresses.text(src);
        String d = addresses.text(dst);
        if (o.verbose() > 0) {
            int tos = (int) p.field(ip, "ip.dsfield", bp + 1, 1, p.u8(bp + 1));
            p.p("(tos 0x").p(Integer.toHexString(tos));
            switch (tos & 3) {
                case 1 -> p.p(",ECT(1)");
                case 2 -> p.p(",ECT(0)");
                case 3 -> p.p(",CE");
                default -> {
                }
            }
            int ttl = (int) p.field(ip, "ip.ttl", bp + 8, 1, p.u8(bp + 8));
            if (ttl >= 1) {
                p.p(", ttl ").p(ttl);
            }
            int id = (int) p.field(ip, "ip.id", bp + 4, 2, p.u16(bp + 4));
            StringBuilder fl = new StringBuilder();
            if ((off & 0x2000) != 0) {
                fl.append('+');
            }
            if ((off & 0x4000) != 0) {
                fl.append(fl.length() > 0 ? ", " : "").append("DF");
            }
            if ((off & 0x8000) != 0) {
                fl.append(fl.length() > 0 ? ", " : "").append("rsvd");
            }
            p.p(", id ").p(id).p(", offset ").p((off & 0x1fff) * 8L).p(", flags [")
                    .p(fl.length() == 0 ? "none" : fl.toString()).p("], proto ").p(Names.ipproto(proto))
                    .p(" (").p(proto).p(")");
            p.p(", length ").p(totalLen);
            boolean truncated = false;
            if (hlen > 20) {
                p.p(", options (");
                if (ipOptions(p, bp + 20, hlen - 20) < 0) {
                    p.p(" [truncated-option]");
                    truncated = true;
                }
                p.p(")");
            }
            if (!o.noChecksum() && bp + hlen <= p.snapend) {
                int sum = Checksum.finish(Checksum.sum(p.data, bp, hlen, 0));
                if (sum != 0) {
                    int stored = (int) p.field(ip, "ip.checksum", bp + 10, 2, p.u16(bp + 10));
                    p.p(", bad cksum ").p(Integer.toHexString(stored)).p(" (->")
                            .p(Integer.toHexString(Checksum.shouldBe(stored, sum))).p(")!");
                }
            }
            p.p(")\n    ");
            if (truncated) {
                p.p(s).p(" > ").p(d).p(": ");
                p.trunc();
                p.popSnaplen();
                return;
            }
        }
        if ((off & 0x1fff) == 0) {
            if (proto != 6 && proto != 17 && proto != 132 && proto != 33) {
                p.p(s).p(" > ").p(d).p(": ");
            }
            if (!p.has(bp, hlen)) {
                p.p(" [remaining caplen(").p(p.available(bp)).p(") < header length(").p(hlen).p(")]");
                throw Truncated.INSTANCE;
            }
            Net net = new Net(p, false, bp, s, d, proto, bp + 12, bp + 16);
            demux(p, tree, net, bp + hlen, len, (off & 0x2000) != 0, proto, p.u8(bp + 8));
        } else {
            if (o.quiet() > 1) {
                p.popSnaplen();
                return;
            }
            p.p(s).p(" > ").p(d).p(":");
            String name = numeric() ? null : Names.netdbProto(proto);
            p.p(name != null ? " " + name : " ip-proto-" + proto);
        }
        p.popSnaplen();
    }

    /** ip_optprint: -1 when an option is cut short by the capture. */
    private int ipOptions(Pkt p, int cp, int length) {
        String sep = "";
        int optionLen;
        for (; length > 0; cp += optionLen, length -= optionLen) {
            p.p(sep);
            sep = ",";
            int code = p.u8(cp);
            p.p(switch (code) {
                case 0 -> "EOL";
                case 1 -> "NOP";
                case 68 -> "timestamp";
                case 130 -> "security";
                case 7 -> "RR";
                case 137 -> "SSRR";
                case 131 -> "LSRR";
                case 148 -> "RA";
                case 82 -> "traceroute";
                default -> "unknown " + code;
            });
            if (code == 1 || code == 0) {
                optionLen = 1;
            } else {
                optionLen = p.u8(cp + 1);
                if (optionLen < 2) {
                    p.p(" [bad length ").p(optionLen).p("]");
                    return 0;
                }
            }
            if (optionLen > length) {
                p.p(" [bad length ").p(optionLen).p("]");
                return 0;
            }
            if (!p.has(cp, optionLen)) {
                return -1;
            }
            switch (code) {
                case 0:
                    return 0;
                case 68:
                    if (ipTimestamp(p, cp, optionLen) < 0) {
                        return -1;
                    }
                    break;
                case 7:
                case 137:
                case 131:
                    if (ipRoute(p, cp, optionLen) < 0) {
                        return -1;
                    }
                    break;
                case 148:
                    if (optionLen < 4) {
                        p.p(" [bad length ").p(optionLen).p("]");
                        break;
                    }
                    if (!p.has(cp + 3, 1)) {
                        return -1;
                    }
                    if (p.u16(cp + 2) != 0) {
                        p.p(" value ").p(p.u16(cp + 2));
                    }
                    break;
                default:
                    break;
            }
        }
        return 0;
    }

    private int ipRoute(Pkt p, int cp, int length) {
        if (length < 3) {
            p.p(" [bad length ").p(length).p("]");
            return 0;
        }
        if (((length + 1) & 3) != 0) {
            p.p(" [bad length ").p(length).p("]");
        }
        int ptr = p.u8(cp + 2) - 1;
        if (ptr < 3 || ((ptr + 1) & 3) != 0 || ptr > length + 1) {
            p.p(" [bad ptr ").p(p.u8(cp + 2)).p("]");
        }
        for (int len = 3; len < length; len += 4) {
            if (!p.has(cp + len, 4)) {
                return -1;
            }
            p.p(" ").p(Pkt.ipaddr(p.u32(cp + len)));
            if (ptr > len) {
                p.p(",");
            }
        }
        return 0;
    }

    private int ipTimestamp(Pkt p, int cp, int length) {
        if (length < 4) {
            p.p("[bad length ").p(length).p("]");
            return 0;
        }
        p.p(" TS{");
        int hoplen = (p.u8(cp + 3) & 0xf) != 0 ? 8 : 4;
        if (((length - 4) & (hoplen - 1)) != 0) {
            p.p("[bad length ").p(length).p("]");
        }
        int ptr = p.u8(cp + 2) - 1;
        int len = 0;
        if (ptr < 4 || ((ptr - 4) & (hoplen - 1)) != 0 || ptr > length + 1) {
            p.p("[bad ptr ").p(p.u8(cp + 2)).p("]");
        }
        boolean done = false;
        switch (p.u8(cp + 3) & 0xf) {
            case 0 -> p.p("TSONLY");
            case 1 -> p.p("TS+ADDR");
            case 3 -> p.p("PRESPEC");
            default -> {
                p.p("[bad ts type ").p(p.u8(cp + 3) & 0xf).p("]");
                done = true;
            }
        }
        if (!done) {
            String type = " ";
            for (len = 4; len < length; len += hoplen) {
                if (ptr == len) {
                    type = " ^ ";
                }
                if (!p.has(cp + len, hoplen)) {
                    return -1;
                }
                p.p(type).p(p.u32(cp + len + hoplen - 4)).p("@")
                        .p(hoplen != 8 ? "" : Pkt.ipaddr(p.u32(cp + len)));
                type = " ";
            }
        }
        p.p(ptr == len ? " ^ " : "");
        if ((p.u8(cp + 3) >> 4) != 0) {
            p.p(" [").p(p.u8(cp + 3) >> 4).p(" hops not recorded]} ");
        } else {
            p.p("}");
        }
        return 0;
    }

    /** The destination of the pseudo-header: ip_finddst or ip6_finddst. */
    byte[] finalDst(Pkt p, Net net) {
        if (net.v6) {
            return Inet6.finalDst(p, net.off);
        }
        int hlen = (p.u8(net.off) & 0xf) * 4;
        if (hlen == 20) {
            return net.dstBytes();
        }
        long d = finalDestination(p, net.off, hlen, p.u32(net.off + 16));
        return new byte[] {(byte) (d >>> 24), (byte) (d >>> 16), (byte) (d >>> 8), (byte) d};
    }

    /** ip_finddst: the last hop of a source route, else the destination (for the TCP pseudo-header). */
    private long finalDestination(Pkt p, int bp, int hlen, long dst) {
        int cp = bp + 20;
        int length = hlen - 20;
        int len;
        for (; length != 0; cp += len, length -= len) {
            int tt = p.u8(cp);
            if (tt == 0) {
                break;
            } else if (tt == 1) {
                len = 1;
            } else {
                len = p.u8(cp + 1);
                if (len < 2) {
                    break;
                }
            }
            if (length < len || !p.has(cp, len)) {
                break;
            }
            if ((tt == 137 || tt == 131) && len >= 7) {
                return p.u32(cp + len - 4);
            }
        }
        return dst;
    }

    // ---- demux ------------------------------------------------------------------------------------------------

    /** ip_demux_print. */
    void demux(Pkt p, ProtoTree tree, Net net, int bp, int length, boolean fragmented, int nh, int ttl) {
        switch (nh) {
            case 6 -> tcp(p, tree, net, bp, length, fragmented);
            case 17 -> Transport.udp(this, p, tree, net, bp, length, fragmented);
            case 1 -> {
                if (!net.v6) {
                    Transport.icmp(this, p, tree, net, bp, length, fragmented);
                } else {
                    p.p("[ICMP requires IPv4] (invalid)");
                }
            }
            case 2 -> {
                if (!net.v6) {
                    Igmp.print(p, bp, length);
                } else {
                    p.p("[IGMP requires IPv4] (invalid)");
                }
            }
            case 58 -> {
                if (net.v6) {
                    Icmp6.print(p, tree, net, bp, length, fragmented);
                } else {
                    p.p("[ICMPv6 requires IPv6] (invalid)");
                }
            }
            case 4 -> ip(p, tree, bp, length);
            case 41 -> Inet6.print(this, p, tree, bp, length);
            case 47 -> Gre.print(this, p, tree, bp, length);
            case 50 -> Ipsec.esp(p, bp, Integer.toUnsignedLong(length));
            case 55 -> Mobile.print(p, bp, length);
            case 51 -> {
                if (!p.has(bp, 1)) {
                    p.proto = "ah";
                    p.trunc();
                    return;
                }
                int next = p.u8(bp);
                int advance = Ipsec.ah(p, bp);
                // ip_demux_print's "goto again": the protected protocol, as if it followed the IP header
                demux(p, tree, net, bp + advance, length - advance, fragmented, next, ttl);
            }
            case 59 -> p.p("no next header");
            case 77 -> p.p(" nd ").p(Integer.toUnsignedLong(length)); // IPPROTO_ND: named even with -n
            case 112 -> Vrrp.print(this, p, net, bp, length, ttl);
            case 143 -> {
                if (net.v6) {
                    ether(p, tree, bp, length, p.available(bp));
                } else {
                    p.p("[").p(Names.ipproto(nh)).p(" requires IPv6] (invalid)");
                }
            }
            default -> {
                String name = numeric() ? null : Names.netdbProto(nh);
                // u_int in the C: a jumbo length past 2^31 prints unsigned
                p.p(name != null ? " " + name : " ip-proto-" + nh).p(" ").p(Integer.toUnsignedLong(length));
            }
        }
    }

    // ---- TCP --------------------------------------------------------------------------------------------------

    private static final String FLAG_CHARS = "FSRP.UEW";

    private void tcp(Pkt p, ProtoTree tree, Net net, int bp, int length, boolean fragmented) {
        p.proto = "tcp";
        ProtoNode tcp = TreeFields.protocol(tree, "tcp", 0);
        String s = net.src;
        String d = net.dst;
        if (!p.has(bp + 2, 2)) {
            p.p(s).p(" > ").p(d).p(":");
            p.trunc();
            return;
        }
        int sport = (int) p.field(tcp, "tcp.srcport", bp, 2, p.u16(bp));
        int dport = (int) p.field(tcp, "tcp.dstport", bp + 2, 2, p.u16(bp + 2));
        if (net.headerProto == 6) {
            p.p(s).p(".").port(sport, numeric()).p(" > ").p(d).p(".")
                    .port(dport, numeric()).p(": ");
        } else {
            p.port(sport, numeric()).p(" > ").port(dport, numeric()).p(": ");
        }
        if (!p.has(bp, 20)) {
            p.trunc();
            return;
        }
        int hlen = (int) p.field(tcp, "tcp.hdr_len", bp + 12, 1, (p.u8(bp + 12) >> 4) * 4);
        if (hlen < 20) {
            p.p(" tcp ").p(Integer.toUnsignedLong(length - hlen)).p(" [bad hdr length ").p(hlen)
                    .p(" - too short, < 20]");
            return;
        }
        long seq = p.field(tcp, "tcp.seq_raw", bp + 4, 4, p.u32(bp + 4));
        long ack = p.field(tcp, "tcp.ack_raw", bp + 8, 4, p.u32(bp + 8));
        int win = (int) p.field(tcp, "tcp.window_size_value", bp + 14, 2, p.u16(bp + 14));
        int urp = (int) p.field(tcp, "tcp.urgent_pointer", bp + 18, 2, p.u16(bp + 18));
        if (o.quiet() > 0) {
            p.p("tcp ").p(Integer.toUnsignedLong(length - hlen));
            if (hlen > length) {
                p.p(" [bad hdr length ").p(hlen).p(" - too long, > ").p(length).p("]");
            }
            return;
        }
        int flags = (int) p.field(tcp, "tcp.flags", bp + 12, 2, p.u16(bp + 12) & 0xfff) & 0xff;
        p.p("Flags [");
        if (flags == 0) {
            p.p("none");
        } else {
            for (int i = 0; i < 8; i++) {
                if ((flags & (1 << i)) != 0) {
                    p.out.append(FLAG_CHARS.charAt(i));
                }
            }
        }
        p.p("]");
        long thseq = 0;
        long thack = 0;
        boolean rev = false;
        if (!o.absoluteSeq() && (flags & 0x10) != 0) {
            seqs.track(net, sport, dport, seq, ack, (flags & 0x02) != 0, seqResult);
            seq = seqResult.seq;
            ack = seqResult.ack;
            thseq = seqResult.thseq;
            thack = seqResult.thack;
            rev = seqResult.rev;
        }
        if (hlen > length) {
            p.p(" [bad hdr length ").p(hlen).p(" - too long, > ").p(length).p("]");
            return;
        }
        if (o.verbose() > 0 && !o.noChecksum() && !fragmented && p.has(bp, length)) {
            tcpChecksum(p, tcp, net, bp, length);
        }
        length -= hlen;
        if (o.verbose() > 1 || length > 0 || (flags & 0x07) != 0) {
            p.p(", seq ").p(seq);
            if (length > 0) {
                p.p(":").p((seq + length) & 0xffffffffL);
            }
        }
        if ((flags & 0x10) != 0) {
            p.p(", ack ").p(ack);
        }
        p.p(", win ").p(win);
        if ((flags & 0x20) != 0) {
            p.p(", urg ").p(urp);
        }
        // tcp_verify_signature says "snaplen too short" when the segment's data runs past the capture
        boolean dataCaptured = (long) bp + hlen + length <= p.snapend;
        if (hlen > 20 && !tcpOptions(p, bp + 20, hlen - 20, rev ? thseq : thack, dataCaptured)) {
            return;
        }
        p.p(", length ").p(Integer.toUnsignedLong(length));
        if (length <= 0) {
            return;
        }
        if (!p.has(bp, hlen)) {
            p.p(" [remaining caplen(").p(p.available(bp)).p(") < header length(").p(hlen).p(")]");
            throw Truncated.INSTANCE;
        }
        int payload = bp + hlen;
        if ((flags & 0x04) != 0 && o.verbose() > 0) {
            rstData(p, payload, length);
            return;
        }
        if (sport == 80 || dport == 80 || sport == 8080 || dport == 8080) {
            p.p(": ");
            TxtProto.http(p, payload, length);
        } else if (sport == 53 || dport == 53) {
            Domain.print(p, payload, length, true, false);
        }
        // other application printers (BGP, SSH, DNS …) come with their issues; tcpdump's plain line stands
    }

    /** The -v checksum of a segment captured whole: {@code length} bytes at {@code bp}. */
    private void tcpChecksum(Pkt p, ProtoNode tcp, Net net, int bp, int length) {
        int computed = Checksum.finish(Checksum.sum(p.data, bp, length, net.pseudo(finalDst(p, net), length, 6)));
        int stored = (int) p.field(tcp, "tcp.checksum", bp + 16, 2, p.u16(bp + 16));
        p.p(", cksum 0x").p(Pkt.hex4(stored));
        if (computed != 0) {
            p.p(" (incorrect -> 0x").p(Pkt.hex4(Checksum.shouldBe(stored, computed))).p(")");
        } else {
            p.p(" (correct)");
        }
    }

    /**
     * The options of tcp_print: {@code left} bytes at {@code cp}; false when the line ends in them (a bad or a
     * truncated option). Apart from tcp(), as is each option's printer, so that the JIT compiles the common path
     * quickly: print-tcp.c in one method took C2 the best part of a second, which a large capture spent in slower
     * code. {@code sackBase}: the relative sequence numbers' base for SACK blocks.
     */
    private static boolean tcpOptions(Pkt p, int cp, int left, long sackBase, boolean dataCaptured) {
        char ch = '\0';
        p.p(", options [");
        while (left > 0) {
            if (ch != '\0') {
                p.out.append(ch);
            }
            int opt = p.u8(cp);
            cp++;
            int len;
            if (opt == 0 || opt == 1) {
                len = 1;
            } else {
                len = p.u8(cp);
                cp++;
                if (len < 2 || len > left) {
                    badOpt(p, ch);
                    return false;
                }
                --left;
            }
            --left;
            p.p(tcpOptionName(opt));
            int datalen;
            try {
                datalen = tcpOption(p, opt, cp, len, left, sackBase, dataCaptured);
            } catch (BadOpt e) {
                badOpt(p, ch);
                return false;
            } catch (GotoTrunc e) {
                p.trunc();
                if (ch != '\0') {
                    p.p(">");
                }
                return false;
            }
            cp += datalen;
            left -= datalen;
            ++datalen;
            if (opt != 0 && opt != 1) {
                ++datalen;
            }
            if (datalen != len) {
                p.p("[len ").p(len).p("]");
            }
            ch = ',';
            if (opt == 0) {
                break;
            }
        }
        p.p("]");
        return true;
    }

    /**
     * One option's value, after its name: returns the bytes it used (datalen); throws {@link BadOpt} past the
     * option's length and {@link GotoTrunc} past the capture. The options of nearly every segment are here, the
     * others in {@link #rareTcpOption}, which keeps this method small for the JIT.
     */
    private static int tcpOption(Pkt p, int opt, int cp, int len, int left, long sackBase, boolean dataCaptured) {
        int datalen = 0;
        switch (opt) {
            case 2 -> {
                datalen = 2;
                lencheck(p, cp, datalen, left);
                p.p(" ").p(p.u16(cp));
            }
            case 3 -> {
                datalen = 1;
                lencheck(p, cp, datalen, left);
                p.p(" ").p(p.u8(cp));
            }
            case 5 -> {
                datalen = len - 2;
                if (datalen % 8 != 0) {
                    p.p(" invalid sack");
                } else {
                    p.p(" ").p(datalen / 8).p(" ");
                    for (int i = 0; i < datalen; i += 8) {
                        lencheck(p, cp, i + 4, left);
                        long sb = p.u32(cp + i);
                        lencheck(p, cp, i + 8, left);
                        long se = p.u32(cp + i + 4);
                        p.p("{").p((sb - sackBase) & 0xffffffffL).p(":").p((se - sackBase) & 0xffffffffL).p("}");
                    }
                }
            }
            case 8 -> {
                datalen = 8;
                lencheck(p, cp, datalen, left);
                p.p(" val ").p(p.u32(cp)).p(" ecr ").p(p.u32(cp + 4));
            }
            case 0, 1, 4 -> {
            }
            default -> datalen = rareTcpOption(p, opt, cp, len, left, dataCaptured);
        }
        return datalen;
    }

    /** {@link #tcpOption} for the options seldom seen. */
    private static int rareTcpOption(Pkt p, int opt, int cp, int len, int left, boolean dataCaptured) {
        int datalen = 0;
        switch (opt) {
            case 11, 12, 13, 6, 7 -> {
                datalen = 4;
                lencheck(p, cp, datalen, left);
                p.p(" ").p(p.u32(cp));
            }
            case 19 -> {
                datalen = 16;
                lencheck(p, cp, datalen, left);
                // no key is ever configured (-M), so tcpdump can't check the signature
                p.p(dataCaptured ? " can't check - " : " snaplen too short, can't check - ");
                for (int i = 0; i < 16; i++) {
                    p.p(hex2(p.u8(cp + i)));
                }
            }
            case 20 -> {
                datalen = 2;
                lencheck(p, cp, datalen, left);
                p.p(" cap ").p(hex2(p.u8(cp))).p(" id ").p(p.u8(cp + 1));
            }
            case 29 -> {
                datalen = len - 2;
                if (datalen < 2) {
                    p.p(" (invalid)");
                } else {
                    lencheck(p, cp, 1, left);
                    p.p(" keyid ").p(p.u8(cp));
                    lencheck(p, cp, 2, left);
                    p.p(" rnextkeyid ").p(p.u8(cp + 1));
                    if (datalen > 2) {
                        p.p(" mac 0x");
                        for (int i = 2; i < datalen; i++) {
                            lencheck(p, cp, i + 1, left);
                            p.p(hex2(p.u8(cp + i)));
                        }
                    }
                }
            }
            case 28 -> {
                datalen = 2;
                lencheck(p, cp, datalen, left);
                int uto = p.u16(cp);
                p.p(" 0x").p(Integer.toHexString(uto));
                uto = (uto & 1) != 0 ? (uto >> 1) * 60 : uto >> 1;
                p.p(" ").p(uto);
            }
            case 30 -> {
                // MPTCP has its own printer (not in scope): show it as an unknown option would be
                datalen = len - 2;
                lencheck(p, cp, datalen, left);
            }
            case 34 -> {
                datalen = len - 2;
                lencheck(p, cp, datalen, left);
                p.p(" ");
                fastOpen(p, cp, datalen, false);
            }
            case 254 -> {
                datalen = len - 2;
                lencheck(p, cp, datalen, left);
                if (datalen < 2) {
                    throw BadOpt.INSTANCE;
                }
                int magic = p.u16(cp);
                p.p("-");
                if (magic == 0xf989) {
                    fastOpen(p, cp + 2, datalen - 2, true);
                } else {
                    p.p(Pkt.hex4(magic));
                }
            }
            default -> {
                datalen = len - 2;
                if (datalen != 0) {
                    p.p(" 0x");
                }
                for (int i = 0; i < datalen; ++i) {
                    lencheck(p, cp, i + 1, left);
                    p.p(hex2(p.u8(cp + i)));
                }
            }
        }
        return datalen;
    }

    private static final class BadOpt extends RuntimeException {
        static final BadOpt INSTANCE = new BadOpt();

        private BadOpt() {
            super(null, null, false, false);
        }
    }

    /** LENCHECK: past the header is a bad option, past the capture a local truncation. */
    private static void lencheck(Pkt p, int cp, int l, int left) {
        if (l > left) {
            throw BadOpt.INSTANCE;
        }
        if (!p.has(cp, l)) {
            throw GotoTrunc.INSTANCE;
        }
    }

    private static void badOpt(Pkt p, char ch) {
        p.p("[bad opt]");
        if (ch != '\0') {
            p.p("]");
        }
    }

    private static void fastOpen(Pkt p, int cp, int datalen, boolean exp) {
        if (exp) {
            p.p("tfo");
        }
        if (datalen == 0) {
            p.p(" cookiereq");
        } else if (datalen % 2 != 0 || datalen < 4 || datalen > 16) {
            p.p(" (invalid)");
        } else {
            p.p(" cookie ");
            for (int i = 0; i < datalen; ++i) {
                p.p(hex2(p.u8(cp + i)));
            }
        }
    }

    private static String tcpOptionName(int opt) {
        return switch (opt) {
            case 0 -> "eol";
            case 1 -> "nop";
            case 2 -> "mss";
            case 3 -> "wscale";
            case 4 -> "sackOK";
            case 5 -> "sack";
            case 6 -> "echo";
            case 7 -> "echoreply";
            case 8 -> "TS";
            case 11 -> "cc";
            case 12 -> "ccnew";
            case 13 -> "";
            case 19 -> "md5";
            case 20 -> "scps";
            case 28 -> "uto";
            case 29 -> "tcp-ao";
            case 30 -> "mptcp";
            case 34 -> "tfo";
            case 254 -> "exp";
            default -> "unknown-" + opt;
        };
    }

    private static String hex2(int b) {
        return "" + Character.forDigit(b >> 4, 16) + Character.forDigit(b & 15, 16);
    }

    /** print_tcp_rst_data: up to 30 bytes of an RST's payload, fn_print_char-escaped. */
    private static void rstData(Pkt p, int sp, int length) {
        p.p(p.has(sp, length) ? " [RST" : " [!RST");
        if (length > 30) {
            length = 30;
            p.p("+");
        }
        p.p(" ");
        while (length > 0 && sp < p.snapend) {
            Domain.fnPrintChar(p, p.u8(sp++));
            length--;
        }
        p.p("]");
    }
}
