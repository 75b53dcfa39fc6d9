package org.jdissect.output.summary;

import org.jdissect.api.tree.ProtoNode;

/** packet-vrrp.c's columns: "VRRP" and "Announcement (vN)" once the version byte is read. */
final class VrrpColumns {
    private VrrpColumns() {
    }

    static void vrrp(Columns c, ProtoNode p) {
        c.protocol = "VRRP";
        c.info.clear();
        // the version byte is read before the item is added: a message cut after it still names its version
        if (p.source() != null && p.source().has(p.offset(), 1)) {
            c.info.set("Announcement (v" + (p.source().u8(p.offset()) >> 4) + ")");
        }
    }
}
