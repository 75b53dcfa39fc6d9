package org.jdissect.dissectors.ipv4;

import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.limits.Limit;
import org.jdissect.api.limits.LimitExceededException;

/**
 * Bounds IP-in-IP (4in4, 6in4, 4in6, 6in6) nesting per packet: a packet of nested headers would otherwise recurse
 * once per 20 bytes until the stack ran out. Past {@link Limit#LAYER_DEPTH} (32 by default) the packet ends in a
 * "[Dissector bug, protocol IPv4: Maximum tree depth 32 exceeded (IP in IP)]" marker, as a Wireshark tree limit
 * ends a packet.
 */
public final class Encapsulation {
    private int depth;

    /** Call on entering an IP layer; pair with {@link #exit}. */
    public static Encapsulation enter(PacketContext ctx) {
        Encapsulation e = ctx.get(Encapsulation.class);
        if (e == null) {
            e = new Encapsulation();
            ctx.put(Encapsulation.class, e);
        }
        int max = ctx.limits().getInt(Limit.LAYER_DEPTH);
        if (++e.depth > max) {
            e.depth--;
            throw new LimitExceededException(Limit.LAYER_DEPTH, "Maximum tree depth " + max + " exceeded (IP in IP)");
        }
        return e;
    }

    public void exit() {
        depth--;
    }
}
