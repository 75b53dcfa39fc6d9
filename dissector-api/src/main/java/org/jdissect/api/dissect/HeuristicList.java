package org.jdissect.api.dissect;

import java.util.Arrays;
import java.util.List;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.tree.ProtoNode;

/** Dissectors that look at payload bytes to decide whether it is theirs ({@code tcp}, {@code udp} heuristics). */
public final class HeuristicList {
    /** One heuristic: a dissector that returns 0 when the bytes are not its protocol. */
    public record Entry(String protocol, Dissector dissector) { }

    private final String name;
    /**
     * Replaced, never changed, when a heuristic is added (plugins register before dissection starts): tried for
     * every payload no port claims, so iterating it must not allocate, as a CopyOnWriteArrayList iterator did.
     */
    private volatile Entry[] entries = new Entry[0];

    public HeuristicList(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public synchronized void add(String protocol, Dissector d) {
        Entry[] more = Arrays.copyOf(entries, entries.length + 1);
        more[more.length - 1] = new Entry(protocol, d);
        entries = more;
    }

    /** Drops {@code protocol}'s heuristics (tshark's --disable-protocol); returns how many there were. */
    public synchronized int removeProtocol(String protocol) {
        Entry[] kept = Arrays.stream(entries).filter(e -> !e.protocol().equals(protocol)).toArray(Entry[]::new);
        int n = entries.length - kept.length;
        entries = kept;
        return n;
    }

    public List<Entry> entries() {
        return List.of(entries);
    }

    /** Tries each heuristic in order; returns the bytes taken by the first that accepts, or 0. */
    public int tryDissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        for (Entry e : entries) { // one volatile read: a snapshot, as before
            int n = e.dissector().dissect(tvb, ctx, parent);
            if (n > 0) {
                return n;
            }
        }
        return 0;
    }
}
