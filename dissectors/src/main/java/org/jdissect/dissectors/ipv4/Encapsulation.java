package org.jdissect.dissectors.ipv4;

import org.jdissect.api.dissect.PacketContext;

/**
 * Bounds IP-in-IP (4in4, 6in4, 4in6, 6in6) nesting per packet: a packet of nested headers would otherwise recurse
 * once per 20 bytes until the stack ran out. Past {@link #MAX_DEPTH} the packet ends in a "[Dissector bug …:
 * Maximum tree depth … exceeded]" marker, as Wireshark's own tree-depth limit (gui.max_tree_depth, 32) ends it.
 */
public final class Encapsulation {
    public static final int MAX_DEPTH = 32;
    private int depth;

    /** Call on entering an IP layer; pair with {@link #exit}. */
    public static Encapsulation enter(PacketContext ctx) {
        Encapsulation e = ctx.get(Encapsulation.class);
        if (e == null) {
            e = new Encapsulation();
            ctx.put(Encapsulation.class, e);
        }
        if (++e.depth > MAX_DEPTH) {
            e.depth--;
            throw new IllegalStateException("Maximum tree depth " + MAX_DEPTH + " exceeded (IP in IP)");
        }
        return e;
    }

    public void exit() {
        depth--;
    }
}
