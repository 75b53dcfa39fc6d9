package org.jdissect.output.summary;

import org.jdissect.api.bytes.BoundsException;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.dhcp.DhcpModule;

/**
 * DHCP and BOOTP (packet-dhcp.c dissect_dhcp): Protocol "BOOTP" and Info from the BOOTP header ("Boot Request from
 * MAC (MAC)", "Boot Reply"), both replaced by "DHCP" and "DHCP Type     - Transaction ID 0x…" when the first pass
 * over the options met a message type. The first pass is made again here from the message's bytes.
 */
final class DhcpColumns {
    private DhcpColumns() {
    }

    static void dhcp(Columns c, ProtoNode p) {
        c.protocol = "BOOTP";
        c.info.clear();
        ByteView tvb = p.source();
        if (tvb == null) {
            return;
        }
        try {
            int op = tvb.u8(0);
            int htype = tvb.u8(1);
            int hlen = tvb.u8(2);
            switch (op) {
                case 1 -> {
                    String addr = hlen == 0 ? "<No address>" : (htype == 1 || htype == 6) && hlen == 6
                            ? FieldFormat.ether(tvb.u48(28)) : hex(tvb, hlen);
                    c.info.set("Boot Request from " + addr + ((htype == 1 || htype == 6) && hlen == 6
                            ? " (" + addr + ")" : ""));
                }
                case 2 -> c.info.set("Boot Reply");
                default -> c.info.set("Unknown BOOTP message type (" + op + ")");
            }
            boolean proxy = c.ctx != null && (c.ctx.srcPort == 4011 || c.ctx.dstPort == 4011);
            DhcpModule.FirstPass first = DhcpModule.firstPass(tvb);
            if (first.messageType() != null) {
                c.protocol = "DHCP";
                c.info.set((proxy ? "proxy" : "") + "DHCP " + String.format("%-8s", first.messageType())
                        + " - Transaction ID 0x" + Long.toHexString(tvb.u32(4)));
            }
        } catch (BoundsException e) {
            // packet-dhcp.c threw while reading: the columns stay as far as they got
        }
    }

    private static String hex(ByteView tvb, int len) {
        byte[] b = tvb.toArray(28, Math.min(len, 36));
        return FieldFormat.hex(b, 0, b.length, null) + (len > 36 ? "\u2026" : "");
    }
}
