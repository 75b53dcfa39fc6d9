package org.jdissect.dissectors.common;

import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.tree.FieldFormat;

/**
 * The packet's conversation as find_or_create_conversation knows it: both addresses and ports, either direction, and
 * the port type, as one string key for the request/response tables of protocols that pair messages per conversation
 * (DNS transactions, NTP requests). Made once per message of those protocols, not per packet.
 */
public final class ConversationKey {
    private ConversationKey() {
    }

    /**
     * The same text for both directions of the packet's address/port pair; over TCP also the stream, since a
     * connection that reuses the ports is a conversation of its own (packet-tcp.c's conversation_new on its SYN).
     */
    public static String of(PacketContext ctx) {
        String a = endpoint(ctx, true);
        String b = endpoint(ctx, false);
        String key = (a.compareTo(b) <= 0 ? a + " " + b : b + " " + a) + " " + ctx.portType;
        org.jdissect.dissectors.tcp.TcpInfo tcp = "tcp".equals(ctx.portType)
                ? ctx.get(org.jdissect.dissectors.tcp.TcpInfo.class) : null;
        return tcp == null ? key : key + " " + tcp.stream;
    }

    private static String endpoint(PacketContext ctx, boolean src) {
        String addr = ctx.netVersion == 6 ? FieldFormat.ipv6((src ? ctx.src6 : ctx.dst6).toArray())
                : FieldFormat.ipv4(src ? ctx.src4 : ctx.dst4);
        return addr + "/" + (src ? ctx.srcPort : ctx.dstPort);
    }
}
