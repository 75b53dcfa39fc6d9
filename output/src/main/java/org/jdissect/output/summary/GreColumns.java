package org.jdissect.output.summary;

import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;

/** packet-gre.c's columns: "GRE" and "Encapsulated <type>", which the protocol inside then overwrites. */
final class GreColumns {
    private GreColumns() {
    }

    static void gre(Columns c, ProtoNode p) {
        ProtoNode type = Nodes.find(p, "gre.proto");
        if (type == null) {
            return; // the type is read before the columns are set: a header cut before it leaves them as they were
        }
        c.protocol = "GRE";
        String name = type.def().valueNames().get(type.num());
        c.info.set("Encapsulated " + (name != null ? name
                : "0x" + FieldFormat.hexPadded(type.num(), 4).toUpperCase() + " (unknown)"));
    }
}
