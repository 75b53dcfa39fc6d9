package org.jdissect.output.tcpdump;

import org.jdissect.api.tree.ProtoNode;
import org.jdissect.api.tree.ProtoTree;

/** Finding dissected fields by name, and where they lie in the frame. */
final class TreeFields {
    private TreeFields() {
    }

    /** The n-th (0-based) top-level protocol item named {@code abbrev}, or null. */
    static ProtoNode protocol(ProtoTree tree, String abbrev, int nth) {
        int i = 0;
        for (ProtoNode c = tree.root().firstChild(); c != null; c = c.next()) {
            if (abbrev.equals(c.abbrev()) && i++ == nth) {
                return c;
            }
        }
        return null;
    }

    /** The top-level protocol item named {@code abbrev} that starts at frame offset {@code off}, or null. */
    static ProtoNode protocolAt(ProtoTree tree, String abbrev, int off) {
        for (ProtoNode c = tree.root().firstChild(); c != null; c = c.next()) {
            if (abbrev.equals(c.abbrev()) && c.sourceOffset() == off) {
                return c;
            }
        }
        return null;
    }

    /** Frame offset of a node's first byte. */
    static int frameOffset(ProtoNode n) {
        return n.sourceOffset();
    }

    /** The first node {@code abbrev} under {@code proto} that starts at frame offset {@code off}, or null. */
    static ProtoNode at(ProtoNode proto, String abbrev, int off) {
        if (proto == null) {
            return null;
        }
        for (ProtoNode c = proto.firstChild(); c != null; c = c.next()) {
            if (abbrev.equals(c.abbrev()) && c.sourceOffset() == off) {
                return c;
            }
            ProtoNode d = at(c, abbrev, off);
            if (d != null) {
                return d;
            }
        }
        return null;
    }
}
