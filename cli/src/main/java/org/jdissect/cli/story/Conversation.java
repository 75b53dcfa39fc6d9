package org.jdissect.cli.story;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The packets of one TCP conversation ({@code tcp.stream}), split by side: the client sent the first packet. */
public final class Conversation {
    public final int stream;
    public final List<Pkt> packets = new ArrayList<>();

    Conversation(int stream) {
        this.stream = stream;
    }

    /** Groups packets by {@code tcp.stream}, in order of first appearance. */
    public static List<Conversation> of(List<Pkt> pkts) {
        Map<Integer, Conversation> m = new LinkedHashMap<>();
        for (Pkt p : pkts) {
            m.computeIfAbsent(p.stream(), Conversation::new).packets.add(p);
        }
        return new ArrayList<>(m.values());
    }

    public Pkt first() {
        return packets.get(0);
    }

    /** The side that opened the conversation: the SYN's sender, else the first packet's. */
    public String clientEnd() {
        for (Pkt p : packets) {
            if (p.has(Pkt.SYN) && !p.has(Pkt.ACK)) {
                return p.srcEnd();
            }
            if (p.has(Pkt.SYN)) {
                return p.dstEnd();
            }
        }
        return first().srcEnd();
    }

    public String serverEnd() {
        String c = clientEnd();
        Pkt p = first();
        return p.srcEnd().equals(c) ? p.dstEnd() : p.srcEnd();
    }

    public boolean fromClient(Pkt p) {
        return p.srcEnd().equals(clientEnd());
    }
}
