package org.jdissect.output.summary;

/** packet-vxlan.c's columns: "VxLAN" and an empty Info, which the inner frame's layers then overwrite. */
final class VxlanColumns {
    private VxlanColumns() {
    }

    static void vxlan(Columns c) {
        c.protocol = "VxLAN";
        c.info.clear();
    }
}
