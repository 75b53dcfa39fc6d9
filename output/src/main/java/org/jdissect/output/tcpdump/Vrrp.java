package org.jdissect.output.tcpdump;

/**
 * print-vrrp.c's vrrp_print (tcpdump 4.99.3): version and type (and a TTL other than 255), then for a v2 or v3
 * advertisement the router ID, priority, authentication type (v2) and interval; with -v a bad checksum (v3's over
 * the pseudo-header), the addresses and v2's simple-text password.
 */
final class Vrrp {
    private Vrrp() {
    }

    static void print(Layers l, Pkt p, Net net, int bp, int len, int ttl) {
        p.proto = "vrrp";
        p.p("VRRP");
        int b0 = p.u8(bp);
        int version = b0 >> 4;
        int type = b0 & 0x0f;
        p.p("v").p(version).p(", ").p(type == 1 ? "Advertisement" : "unknown type (" + type + ")");
        if (ttl != 255) {
            p.p(", (ttl ").p(ttl).p(")");
        }
        if (version < 2 || version > 3 || type != 1) {
            return;
        }
        int vrid = p.u8(bp + 1);
        int prio = p.u8(bp + 2);
        p.p(", vrid ").p(vrid).p(", prio ").p(prio);
        int auth = 0;
        if (version == 2) {
            auth = p.u8(bp + 4);
            p.p(", authtype ").p(switch (auth) {
                case 0 -> "none";
                case 1 -> "simple";
                case 2 -> "ah";
                default -> "#" + auth;
            });
            int intvl = p.u8(bp + 5);
            p.p(", intvl ").p(intvl).p("s, length ").p(len);
        } else {
            int intvl = (p.u8(bp + 4) & 0x0f) << 8 | p.u8(bp + 5);
            p.p(", intvl ").p(intvl).p("cs, length ").p(len);
        }
        if (p.o.verbose() == 0) {
            return;
        }
        int naddrs = p.u8(bp + 3);
        if (p.has(bp, len)) {
            long acc = version == 3 ? net.pseudo(l.finalDst(p, net), len, 112) : 0;
            if (Checksum.finish(Checksum.sum(p.data, bp, len, acc)) != 0) {
                p.p(", (bad vrrp cksum ").p(Integer.toHexString(p.u16(bp + 6))).p(")");
            }
        }
        p.p(", addrs");
        if (naddrs > 1) {
            p.p("(").p(naddrs).p(")");
        }
        p.p(":");
        char c = ' ';
        int at = bp + 8;
        for (int i = 0; i < naddrs; i++) {
            String a = net.v6 ? Inet6.addr(p, at) : Pkt.ipaddr(p.u32(at));
            p.p(String.valueOf(c)).p(a);
            c = ',';
            at += net.v6 ? 16 : 4;
        }
        if (version == 2 && auth == 1) {
            p.p(" auth \"");
            p.printjnp(at, 8);
            p.p("\"");
        }
    }
}
