package org.jdissect.output.summary;

import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.cdp.CdpModule;

/**
 * The columns of Cisco's other layer-2 protocols: packet-dtp.c's fixed "Dynamic Trunk Protocol"; packet-udld.c's
 * Device ID and Port ID, appended while dissecting; packet-loop.c's relevant function, or "No valid function found"
 * once the functions were read without one.
 */
final class CiscoL2Columns {
    private CiscoL2Columns() {
    }

    static void dtp(Columns c) {
        c.protocol = "DTP";
        c.info.set("Dynamic Trunk Protocol");
    }

    static void udld(Columns c) {
        c.protocol = "UDLD";
        CdpModule.DeviceAndPort d = c.ctx.get(CdpModule.DeviceAndPort.class);
        c.info.set(d == null ? "" : d.info());
    }

    /**
     * packet-vtp.c's Info, written from the message's bytes before any item: the code's name, and for
     * advertisements the revision (and the followers or sequence number).
     */
    static void vtp(Columns c, ProtoNode p) {
        c.protocol = "VTP";
        org.jdissect.api.bytes.ByteView b = p.source();
        int o = p.offset();
        int code = b.u8(o + 1);
        c.info.set(switch (code) {
            case 1 -> "Summary Advertisement, Revision: " + b.u32(o + 36)
                    + (b.u8(o + 2) > 0 ? ", Followers: " + b.u8(o + 2) : "");
            case 2 -> "Subset Advertisement, Revision: " + b.u32(o + 36) + ", Seq: " + b.u8(o + 2);
            case 3 -> "Advertisement Request";
            case 4 -> "Join";
            default -> "Unrecognized VTP message";
        });
    }

    static void loop(Columns c, ProtoNode p) {
        c.protocol = "LOOP";
        ProtoNode relevant = Nodes.find(p, "loop.relevant_function");
        if (relevant != null) {
            long f = relevant.num();
            c.info.set(f == 1 ? "Reply" : f == 2 ? "Forward Data" : "Unknown function (" + f + ")");
            return;
        }
        // the functions ended normally when the last is neither a forward (an address and another function follow)
        // nor a reply whose receipt number is missing
        ProtoNode last = null;
        boolean receipt = false;
        for (ProtoNode n = p.firstChild(); n != null; n = n.next()) {
            String a = Nodes.abbrev(n);
            if ("loop.function".equals(a)) {
                last = n;
                receipt = false;
            } else if ("loop.receipt_number".equals(a)) {
                receipt = true;
            }
        }
        boolean ended = last != null && last.num() != 2 && (last.num() != 1 || receipt);
        c.info.set(ended ? "No valid function found" : "");
    }
}
