package org.jdissect.output.tcpdump;

import org.jdissect.api.tree.ProtoTree;

/** print-vxlan.c's vxlan_print (tcpdump 4.99.3): flags and VNI on the UDP line, the inner frame on the next. */
final class Vxlan {
    private static final int HEADER = 8;

    private Vxlan() {
    }

    static void print(Layers l, Pkt p, ProtoTree tree, int bp, int len) {
        p.proto = "vxlan";
        p.p("VXLAN");
        if (len < HEADER) {
            p.p(" (invalid)");
            return;
        }
        int flags = p.u8(bp);
        // bittok2str_nosep over the one flag print-vxlan.c names
        p.p(", flags [").p((flags & 0x08) != 0 ? "I" : "invalid").p("] (0x").p(String.format("%02x", flags))
                .p("), ");
        p.check(bp + 4, 3); // GET_BE_U_3 before ND_PRINT("vni %u\n") prints anything
        p.p("vni ").p(p.u8(bp + 4) << 16 | p.u16(bp + 5)).p("\n");
        p.check(bp + 7, 1);
        l.ether(p, tree, bp + HEADER, len - HEADER, p.available(bp + HEADER));
    }
}
