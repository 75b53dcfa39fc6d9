package org.jdissect.output.summary;

import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;

/** Reading values from a protocol's subtree; absent fields give the default rather than throwing. */
final class Nodes {
    private Nodes() {
    }

    /** The first node named {@code abbrev} under {@code p}, or null. */
    static ProtoNode find(ProtoNode p, String abbrev) {
        return p == null ? null : p.find(abbrev);
    }

    static long num(ProtoNode p, String abbrev, long dflt) {
        ProtoNode n = find(p, abbrev);
        return n == null ? dflt : n.num();
    }

    static boolean has(ProtoNode p, String abbrev) {
        return find(p, abbrev) != null;
    }

    /** The value as tshark prints it in -T fields (addresses, strings), or null when absent. */
    static String text(ProtoNode p, String abbrev) {
        ProtoNode n = find(p, abbrev);
        return n == null ? null : FieldFormat.value(n);
    }

    static String abbrev(ProtoNode n) {
        return n.def() == null ? null : n.def().abbrev();
    }
}
