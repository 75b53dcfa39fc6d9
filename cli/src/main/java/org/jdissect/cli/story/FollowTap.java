package org.jdissect.cli.story;

import java.util.ArrayList;
import java.util.List;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.cli.stats.TapRules;

/** Collects one stream's packets as they are dissected, for {@code jdissect follow} and {@code -z follow}. */
public final class FollowTap {
    private final String proto;
    private final int stream;
    private final String filter;
    private final List<Pkt> tcp = new ArrayList<>();
    private final Follow follow;

    /** Follows TCP stream {@code stream} as {@code proto}: "tcp" (its bytes) or "http" (its messages). */
    public FollowTap(String proto, int stream) {
        this(proto, stream, Follow.indexFilter(proto, stream));
    }

    /**
     * Follows {@code proto} ("tcp", "http", "udp" or "tls"): stream {@code stream}, or every packet offered when it is
     * negative (the caller's {@code filter}, shown in the header, chose them).
     */
    public FollowTap(String proto, int stream, String filter) {
        this.proto = proto;
        this.stream = stream;
        this.filter = filter;
        this.follow = proto.equals("tcp") ? null : new Follow(proto, filter);
    }

    /** Looks at one dissected packet; its tree is read now, not kept. */
    public void packet(PacketContext ctx) {
        if (proto.equals("tls")) {
            // the follow tap of TLS carries decrypted application data; jdissect decrypts nothing (no key log),
            // so the stream is followed as tshark follows it without keys: empty
            return;
        }
        if (proto.equals("udp")) {
            UdpFollow.add(follow, ctx, stream);
            return;
        }
        if (proto.equals("tcp") && !TapRules.tcpTapped(ctx)) {
            return;
        }
        Pkt p = Packets.facts(ctx, proto.equals("tcp"));
        if (p == null || (stream >= 0 && p.stream() != stream)) {
            return;
        }
        if (follow != null) {
            HttpFollow.add(follow, ctx, p);
        } else {
            tcp.add(p);
        }
    }

    /** The followed stream, after the last packet. */
    public Follow result() {
        return follow != null ? follow : Follow.tcp(filter, stream, tcp);
    }

    public String proto() {
        return proto;
    }
}
