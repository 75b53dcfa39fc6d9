package org.jdissect.dissectors.ipv4;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * IPv4 fragments of one capture, kept until their datagram is whole, as Wireshark's single-pass defragmentation
 * does: the fragment that completes a datagram carries the reassembly; the others show their payload as data.
 * Datagrams are keyed by source, destination, protocol and identification. Memory is capped: past
 * {@link #MAX_PENDING} open datagrams the oldest is dropped, since an attack or a lossy capture can leave many
 * datagrams that never complete.
 */
public final class Ipv4Reassembly {
    static final int MAX_PENDING = 4096;
    /** An IPv4 datagram cannot exceed 65535 bytes; a fragment claiming to run past that is not buffered. */
    static final int MAX_DATAGRAM = 65535;
    /** A datagram still incomplete this long after its first fragment is dropped (hosts give up after 60 s too). */
    static final long TIMEOUT_NS = 60_000_000_000L;

    /** One fragment's bytes and where they go. */
    public record Fragment(long frame, int offset, byte[] data) {
    }

    record Key(long src, long dst, int proto, int id) {
    }

    /** A datagram being put together. */
    public static final class Datagram {
        public final List<Fragment> fragments = new ArrayList<>();
        public int total = -1;
        long firstSeen;
    }

    /** Datagrams by key: IPv4 uses {@link Key}; IPv6 its own (addresses are 128 bits). */
    private final Map<Object, Datagram> pending = new LinkedHashMap<>();

    /**
     * Adds a fragment; returns the datagram, fragments sorted by offset, when this fragment completed it (and forgets
     * it), or null while it is incomplete.
     */
    public Datagram add(Object key, long frame, int offset, byte[] data, boolean more, long now) {
        if (offset + data.length > MAX_DATAGRAM) {
            return null;
        }
        // insertion order is arrival order, so expired datagrams are at the front
        var it = pending.values().iterator();
        while (it.hasNext()) {
            Datagram old = it.next();
            if (now - old.firstSeen <= TIMEOUT_NS) {
                break;
            }
            it.remove();
        }
        Datagram d = pending.get(key);
        if (d == null) {
            if (pending.size() >= MAX_PENDING) {
                Object oldest = pending.keySet().iterator().next();
                pending.remove(oldest);
            }
            d = new Datagram();
            d.firstSeen = now;
            pending.put(key, d);
        }
        d.fragments.add(new Fragment(frame, offset, data));
        if (!more) {
            d.total = offset + data.length;
        }
        if (d.total < 0) {
            return null;
        }
        d.fragments.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
        int covered = 0;
        for (Fragment f : d.fragments) {
            if (f.offset() > covered) {
                return null;
            }
            covered = Math.max(covered, f.offset() + f.data().length);
        }
        if (covered < d.total) {
            return null;
        }
        pending.remove(key);
        return d;
    }

    /** The datagram's payload: later fragments overwrite earlier ones where they overlap. */
    public static byte[] assemble(Datagram d) {
        byte[] out = new byte[d.total];
        for (Fragment f : d.fragments) {
            int n = Math.min(f.data().length, d.total - f.offset());
            System.arraycopy(f.data(), 0, out, f.offset(), n);
        }
        return out;
    }
}
