package org.jdissect.cli.story;

import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.cli.stats.TapRules;

/**
 * {@code follow,udp}: what Wireshark's udp_follow tap is handed, one record a datagram: the payload of the packet's
 * own UDP header (not of a copy an ICMP error quotes), cut to the UDP length, captured bytes only.
 */
final class UdpFollow {
    private UdpFollow() {
    }

    /** Adds the datagram of {@code ctx}'s packet if it belongs to {@code stream} (any when negative). */
    static void add(Follow f, PacketContext ctx, int stream) {
        ProtoNode network = null;
        for (ProtoNode c = ctx.tree().root().firstChild(); c != null; c = c.next()) {
            String a = c.abbrev();
            if ("ip".equals(a) || "ipv6".equals(a)) {
                network = c;
            } else if ("udp".equals(a)) {
                datagram(f, ctx, network, c, stream);
                return;
            }
        }
    }

    private static void datagram(Follow f, PacketContext ctx, ProtoNode network, ProtoNode udp, int stream) {
        ProtoNode index = udp.find("udp.stream");
        ProtoNode length = udp.find("udp.length");
        if (network == null || index == null || length == null || udp.find("udp.payload") == null
                || (stream >= 0 && index.num() != stream)) {
            // no stream (a length below the header's own) or no payload (an empty datagram): Wireshark hands
            // nothing to the follow tap
            return;
        }
        String[] ends = TapRules.udpAddresses(ctx);
        if (ends == null) {
            return;
        }
        ByteView bytes = udp.source();
        int start = udp.offset() + 8;
        int n = (int) Math.max(0, Math.min(length.num() - 8, bytes.capturedLength() - (long) start));
        boolean server = f.side(ends[0], (int) udp.find("udp.srcport").num(), ends[1],
                (int) udp.find("udp.dstport").num(), "ipv6".equals(network.abbrev()));
        f.chunks.add(new Follow.Chunk(server, ctx.frameNumber(),
                ctx.record().epochSeconds() * 1_000_000_000L + ctx.record().nanos(), bytes.toArray(start, n)));
    }
}
