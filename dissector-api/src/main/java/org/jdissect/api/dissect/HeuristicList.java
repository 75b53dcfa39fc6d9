package org.jdissect.api.dissect;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.tree.ProtoNode;

/** Dissectors that look at payload bytes to decide whether it is theirs ({@code tcp}, {@code udp} heuristics). */
public final class HeuristicList {
    /** One heuristic: a dissector that returns 0 when the bytes are not its protocol. */
    public record Entry(String protocol, Dissector dissector) { }

    private final String name;
    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    public HeuristicList(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public void add(String protocol, Dissector d) {
        entries.add(new Entry(protocol, d));
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** Tries each heuristic in order; returns the bytes taken by the first that accepts, or 0. */
    public int tryDissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        for (Entry e : entries) {
            int n = e.dissector().dissect(tvb, ctx, parent);
            if (n > 0) {
                return n;
            }
        }
        return 0;
    }
}
