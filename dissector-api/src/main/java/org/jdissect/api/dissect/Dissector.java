package org.jdissect.api.dissect;

import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.tree.ProtoNode;

/**
 * Dissects the bytes of one protocol layer and hands the rest on, as Wireshark's new-style dissectors.
 *
 * <p>A dissector adds its protocol item under {@code parent}, fills it, and calls the next dissector through a
 * {@link DissectorTable}. It returns the number of bytes it took, or 0 to say "not mine" (how heuristic dissectors
 * decline). {@link org.jdissect.api.bytes.BoundsException} may escape: the caller turns it into a truncated or
 * malformed marker, so dissectors do not need to catch it.
 */
@FunctionalInterface
public interface Dissector {
    int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent);
}
