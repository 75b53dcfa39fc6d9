package org.jdissect.output.summary;

import org.jdissect.api.tree.ProtoNode;

/** UDP (packet-udp.c dissect): "sport → dport Len=N", the payload length from the header. */
final class UdpColumns {
    private UdpColumns() {
    }

    static void udp(Columns c, ProtoNode p) {
        c.protocol = "UDP";
        c.info.clear();
        ProtoNode sp = Nodes.find(p, "udp.srcport");
        ProtoNode dp = Nodes.find(p, "udp.dstport");
        if (sp == null || dp == null) {
            return;
        }
        c.info.append(sp.num() + " \u2192 " + dp.num());
        ProtoNode len = Nodes.find(p, "udp.length");
        if (len == null) {
            return;
        }
        long ulen = len.num();
        boolean jumbogram = ulen == 0 && c.src.indexOf(':') >= 0 && !c.src.matches("..:..:..:..:..:..");
        if (jumbogram) {
            ulen = p.length(); // RFC 2675: the length is the IPv6 payload's
        }
        if (ulen < 8) {
            c.info.append(" [BAD UDP LENGTH " + ulen + " < 8]");
            return;
        }
        if (Nodes.has(p, "udp.length.bad")) {
            // the length runs past the IP payload: said, then dissection goes on
            c.info.append(" [BAD UDP LENGTH " + ulen + " > IP PAYLOAD LENGTH]");
        }
        c.info.append(" Len=" + (ulen - 8));
        if (jumbogram) {
            c.info.append(" [Jumbogram]");
        }
        ProtoNode status = Nodes.find(p, "udp.checksum.status");
        if (status != null && status.num() == 4) {
            c.info.append(" [ILLEGAL CHECKSUM (0)]"); // a zero checksum over IPv6
        } else if (status != null && status.num() == 0) {
            c.info.append(" [UDP CHECKSUM INCORRECT]"); // checked (udp.check_checksum) and found bad
        }
    }
}
