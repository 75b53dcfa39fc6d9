package org.jdissect.cli.story;

import java.util.ArrayList;
import java.util.List;
import org.jdissect.api.dissect.PacketContext;

/** Collects one stream's packets as they are dissected, for {@code jdissect follow} and {@code -z follow}. */
public final class FollowTap {
    private final String proto;
    private final int stream;
    private final List<Pkt> tcp = new ArrayList<>();
    private final Follow http;

    /** Follows TCP stream {@code stream} as {@code proto}: "tcp" (its bytes) or "http" (its messages). */
    public FollowTap(String proto, int stream) {
        this.proto = proto;
        this.stream = stream;
        this.http = proto.equals("http") ? new Follow("http", stream) : null;
    }

    /** Looks at one dissected packet; its tree is read now, not kept. */
    public void packet(PacketContext ctx) {
        Pkt p = Packets.facts(ctx, http == null);
        if (p == null || p.stream() != stream) {
            return;
        }
        if (http != null) {
            HttpFollow.add(http, ctx, p);
        } else {
            tcp.add(p);
        }
    }

    /** The followed stream, after the last packet. */
    public Follow result() {
        return http != null ? http : Follow.tcp(stream, tcp);
    }

    public String proto() {
        return proto;
    }
}
