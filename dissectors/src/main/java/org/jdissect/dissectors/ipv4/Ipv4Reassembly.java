package org.jdissect.dissectors.ipv4;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.Session;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.limits.Limit;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.reassembly.ReassemblyBudget;

/**
 * IPv4 fragments of one capture, kept until their datagram is whole, as Wireshark's single-pass defragmentation
 * does: the fragment that completes a datagram carries the reassembly; the others show their payload as data.
 * Datagrams are keyed by source, destination, protocol and identification (IPv6 uses its own key with the same
 * table). Memory is capped three ways, since an attack or a lossy capture can leave many datagrams that never
 * complete, or repeat one fragment forever: open datagrams ({@link Limit#IP_FRAGMENT_DATAGRAMS}, the oldest dropped
 * past it), bytes held per datagram ({@link Limit#IP_REASSEMBLY_BYTES}) and bytes of all reassemblies of the capture
 * ({@link ReassemblyBudget}). Where a cap drops something, {@link #report} marks the packet.
 */
public final class Ipv4Reassembly {
    /** An IPv4 datagram cannot exceed 65535 bytes; a fragment claiming to run past that is not buffered. */
    static final int MAX_DATAGRAM = 65535;
    /** A datagram still incomplete this long after its first fragment is dropped (hosts give up after 60 s too). */
    static final long TIMEOUT_NS = 60_000_000_000L;
    /**
     * What a fragment costs at least, whatever its payload: its record and list slot. Without it, a flood of empty
     * fragments would be free and grow one datagram's list (and its sorting) without bound.
     */
    static final int FRAGMENT_OVERHEAD = 64;

    /** One fragment's bytes and where they go. */
    public record Fragment(long frame, int offset, byte[] data) {
    }

    record Key(long src, long dst, int proto, int id) {
    }

    /** A datagram being put together. */
    public static final class Datagram extends ReassemblyBudget.Pending {
        public final List<Fragment> fragments = new ArrayList<>();
        public int total = -1;
        long firstSeen;
        private final Ipv4Reassembly table;
        private final Object key;

        Datagram(Ipv4Reassembly table, Object key) {
            this.table = table;
            this.key = key;
        }

        @Override
        protected void dropForBudget() {
            table.pending.remove(key);
            fragments.clear();
        }

        @Override
        protected String describe() {
            return "IP datagram of frame " + (fragments.isEmpty() ? "?" : fragments.get(0).frame()) + " ("
                    + held() + " bytes)";
        }
    }

    private final int maxDatagrams;
    private final long maxBytes;
    private final ReassemblyBudget budget;
    /** Datagrams by key: IPv4 uses {@link Key}; IPv6 its own (addresses are 128 bits). */
    private final Map<Object, Datagram> pending = new LinkedHashMap<>();
    /** A cap the latest {@link #add} reached, with its message, or null; {@link #report} hands it to the packet. */
    private Limit hit;
    private String hitMessage;

    /** In a first pass of two: the frame that completed each fragment's datagram, by the fragment's frame. */
    private final org.jdissect.api.dissect.FrameFacts completedIn;

    public Ipv4Reassembly(Session session) {
        this.completedIn = session.firstOfTwo() ? new org.jdissect.api.dissect.FrameFacts() : null;
        this.maxDatagrams = session.limits().getInt(Limit.IP_FRAGMENT_DATAGRAMS);
        this.maxBytes = session.limits().get(Limit.IP_REASSEMBLY_BYTES);
        this.budget = ReassemblyBudget.of(session);
    }

    /**
     * Adds a fragment; returns the datagram, fragments sorted by offset, when this fragment completed it (and forgets
     * it), or null while it is incomplete or when a cap dropped it (see {@link #report}).
     */
    public Datagram add(Object key, long frame, int offset, byte[] data, boolean more, long now) {
        hit = null;
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
            budget.release(old);
        }
        Datagram d = pending.get(key);
        if (d == null) {
            if (pending.size() >= maxDatagrams) {
                Datagram oldest = pending.values().iterator().next();
                pending.remove(oldest.key);
                budget.release(oldest);
                limit(Limit.IP_FRAGMENT_DATAGRAMS, "IP fragment table full: oldest incomplete datagram ("
                        + oldest.fragments.size() + " fragments) dropped");
            }
            d = new Datagram(this, key);
            d.firstSeen = now;
            pending.put(key, d);
        }
        long cost = Math.max(FRAGMENT_OVERHEAD, data.length);
        if (d.held() + cost > maxBytes) {
            drop(d);
            limit(Limit.IP_REASSEMBLY_BYTES, "IP datagram's fragments (" + d.fragments.size() + " so far) hold more than "
                    + maxBytes + " bytes: datagram not reassembled");
            return null;
        }
        int dropped = budget.grow(d, cost);
        if (dropped < 0) {
            drop(d);
            limit(Limit.REASSEMBLY_TOTAL_BYTES, "IP datagram needs more than all reassemblies may hold: not reassembled");
            return null;
        }
        if (dropped > 0) {
            limit(Limit.REASSEMBLY_TOTAL_BYTES, "reassembly memory full: pending reassembly of "
                    + budget.lastDropped() + " dropped to make room for an IP datagram");
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
        budget.release(d);
        return d;
    }

    private void drop(Datagram d) {
        pending.remove(d.key);
        budget.release(d);
    }

    private void limit(Limit l, String message) {
        if (hit == null) {
            hit = l;
            hitMessage = message;
        }
    }

    /**
     * Marks the packet under {@code ip} when the latest {@link #add} reached a cap. A full table evicts on every new
     * datagram once full, so that is marked the first time only (and counted every time), as the stream tables do.
     */
    public void report(PacketContext ctx, ProtoNode ip) {
        if (hit == null) {
            return;
        }
        if (hit == Limit.IP_FRAGMENT_DATAGRAMS && ctx.limitHits().count(hit) > 0) {
            ctx.countLimit(hit, hitMessage);
        } else {
            ctx.limitReached(hit, ip, hitMessage);
        }
        hit = null;
    }

    /** Datagrams waiting for fragments now. */
    int pendingCount() {
        return pending.size();
    }

    /** The datagram's payload: later fragments overwrite earlier ones where they overlap. */
    /** In a first pass of two, notes that {@code d}'s fragments in other frames were reassembled in {@code frame}. */
    public void noteCompleted(Datagram d, long frame) {
        if (completedIn == null) {
            return;
        }
        for (Fragment f : d.fragments) {
            if (f.frame() != frame) {
                completedIn.put(f.frame(), frame);
            }
        }
    }

    /**
     * "[Reassembled IPvN in frame: N]" ({@code field}) on a fragment not reassembled yet, when {@code firstPass} (a
     * first pass of two's table, or null) saw its datagram completed in a later frame.
     */
    public static void showCompletedLater(Ipv4Reassembly firstPass, PacketContext ctx, ProtoNode ip,
                                          FieldDef field) {
        long frame = ctx.frameNumber();
        long in = firstPass == null || firstPass.completedIn == null ? 0 : firstPass.completedIn.get(frame);
        if (in > frame) {
            ip.add(field, ip.source(), ip.offset(), 0, in).generated();
        }
    }

    public static byte[] assemble(Datagram d) {
        byte[] out = new byte[d.total];
        for (Fragment f : d.fragments) {
            int n = Math.min(f.data().length, d.total - f.offset());
            System.arraycopy(f.data(), 0, out, f.offset(), n);
        }
        return out;
    }
}
