package org.jdissect.dissectors.common;

import org.jdissect.api.bytes.BoundsException;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.expert.ExpertDef;
import org.jdissect.api.expert.ExpertGroup;
import org.jdissect.api.expert.ExpertSeverity;
import org.jdissect.api.tree.ProtoNode;

/**
 * proto.c's report_type_length_mismatch: an item of a fixed-size type (a MAC address, an IPv4 address) given another
 * length. Shorter is an error and a ReportedBoundsError; longer, a warning (the item reads its first bytes). The
 * frame module registers the finding.
 */
public final class TypeLength {
    public static final ExpertDef MISMATCH = ExpertDef.of("_ws.type_length.mismatch", ExpertGroup.MALFORMED,
            ExpertSeverity.ERROR, "Trying to fetch X with length Y");
    /** The same finding as a warning (the same field). */
    static final ExpertDef MISMATCH_WARN = new ExpertDef(MISMATCH.abbrev(), ExpertGroup.MALFORMED,
            ExpertSeverity.WARN, MISMATCH.summary(), MISMATCH.field());

    private TypeLength() {
    }

    /**
     * Checks {@code length} against the type's {@code size} ({@code what}: "a MAC address"), noting a mismatch under
     * {@code tree}; throws for a length below the size, as proto.c does before adding the item. Without a tree
     * (tshark's plain summary) proto_tree_add_item returns before it looks at the length: nothing happens.
     */
    public static void check(PacketContext ctx, ProtoNode tree, String what, int size, int length) {
        if (length == size || ctx.treeless()) {
            return;
        }
        boolean error = length < size;
        Expert.add(ctx, tree, error ? MISMATCH : MISMATCH_WARN, "Trying to fetch " + what + " with length " + length);
        if (error) {
            throw BoundsException.MALFORMED;
        }
    }
}
