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
    private Encapsulation() {
    }

    /**
     * Call on entering an IP layer; pair with {@link #exit}. The depth is a counter of the packet's context rather
     * than an object handed over in one of its slots: that object was one allocation per IP packet.
     */
    public static void enter(PacketContext ctx) {
        int max = ctx.limits().getInt(Limit.LAYER_DEPTH);
        if (++ctx.ipDepth > max) {
            ctx.ipDepth--;
            throw new LimitExceededException(Limit.LAYER_DEPTH, "Maximum tree depth " + max + " exceeded (IP in IP)");
        }
    }

    public static void exit(PacketContext ctx) {
        ctx.ipDepth--;
    }
}
