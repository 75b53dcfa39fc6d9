package org.jdissect.dissectors.ipv4;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.Session;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldType;
import org.jdissect.api.limits.Limit;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.reassembly.FragmentItems;
import org.jdissect.dissectors.reassembly.ReassemblyBudget;

/**
 * IPv4 fragments of one capture, kept until their datagram is whole, as Wireshark's single-pass defragmentation
 * does: the fragment that completes a datagram carries the reassembly; the others show their payload as data.
 * Datagrams are keyed by source, destination and the identification packet-ip.c computes (IPv6 uses its own key
 * with the same table); as in Wireshark, an incomplete datagram never expires by age, so a late fragment still
 * completes it, and one that completed is forgotten. Memory is capped three ways, since an attack or a lossy capture can leave many datagrams that never
 * complete, or repeat one fragment forever: open datagrams ({@link Limit#IP_FRAGMENT_DATAGRAMS}, the oldest dropped
 * past it), bytes held per datagram ({@link Limit#IP_REASSEMBLY_BYTES}) and bytes of all reassemblies of the capture
 * ({@link ReassemblyBudget}). Where a cap drops something, {@link #report} marks the packet.
 */
public final class Ipv4Reassembly {
    /**
     * What a fragment costs at least, whatever its payload: its record and list slot. Without it, a flood of empty
     * fragments would be free and grow one datagram's list (and its sorting) without bound.
     */
    static final int FRAGMENT_OVERHEAD = 64;

    /** reassemble.c's flags of one fragment (and, or-ed together, of its datagram). */
    static final int OVERLAP = 1;
    static final int OVERLAP_CONFLICT = 2;
    static final int MULTIPLE_TAILS = 4;
    static final int TOO_LONG = 8;
    /** The flags that make a datagram illegal: its fragments are shown as errors, Info says so. */
    static final int ILLEGAL = OVERLAP_CONFLICT | MULTIPLE_TAILS | TOO_LONG;

    /** One fragment's bytes and where they go; its flags are known once its datagram is complete. */
    public static final class Fragment {
        final long frame;
        final int offset;
        final byte[] data;
        int flags;

        Fragment(long frame, int offset, byte[] data) {
            this.frame = frame;
            this.offset = offset;
            this.data = data;
        }

        public long frame() {
            return frame;
        }

        public int offset() {
            return offset;
        }

        public int length() {
            return data.length;
        }
    }

    /** The key reassemble.c's address tables use: both addresses and the identification the caller computed. */
    record Key(Object src, Object dst, long id) {
    }

    /**
     * A datagram being put together, as reassemble.c's fragment_head: fragments sorted by offset (a fragment
     * goes after those already at its offset), the length the first tail gave, and how far the bytes run from 0
     * without a gap.
     */
    public static final class Datagram extends ReassemblyBudget.Pending {
        final List<Fragment> fragments = new ArrayList<>();
        int datalen = -1;
        int contiguous;
        int flags;
        byte[] data;
        private final Ipv4Reassembly table;
        private final Object key;

        Datagram(Ipv4Reassembly table, Object key) {
            this.table = table;
            this.key = key;
        }

        /** The reassembled payload. */
        public byte[] data() {
            return data;
        }

        /** Whether a conflicting overlap, a second tail of another length or a fragment past the end was found. */
        public boolean illegal() {
            return (flags & ILLEGAL) != 0;
        }

        @Override
        protected void dropForBudget() {
            table.pending.remove(key);
            fragments.clear();
        }

        @Override
        protected String describe() {
            return "IP datagram of frame " + (fragments.isEmpty() ? "?" : fragments.get(0).frame) + " ("
                    + held() + " bytes)";
        }

        void link(Fragment f) {
            int i = fragments.size();
            while (i > 0 && fragments.get(i - 1).offset > f.offset) {
                i--;
            }
            fragments.add(i, f);
            if (f.offset <= contiguous) {
                for (Fragment g : fragments) {
                    if (g.offset > contiguous) {
                        break;
                    }
                    contiguous = Math.max(contiguous, g.offset + g.data.length);
                }
            }
        }

        /**
         * fragment_add_work's copy: in offset order each fragment adds only the bytes past those already placed
         * (the first to arrive at an offset wins, a conflicting overlap does not overwrite), and is flagged where
         * it overlaps them, where its overlapped bytes differ, and where it runs past the datagram's length.
         */
        void assemble() {
            data = new byte[datalen];
            int placed = 0;
            for (Fragment f : fragments) {
                int len = f.data.length;
                if (len == 0) {
                    continue;
                }
                if (f.offset >= datalen) {
                    f.flags |= TOO_LONG;
                    continue;
                }
                int fits = len;
                if (f.offset + len > datalen) {
                    f.flags |= TOO_LONG;
                    fits = datalen - f.offset;
                }
                int overlap = placed - f.offset;
                if (overlap > 0) {
                    f.flags |= OVERLAP;
                    int cmp = Math.min(len, overlap);
                    if (!Arrays.equals(data, f.offset, f.offset + cmp, f.data, 0, cmp)) {
                        f.flags |= OVERLAP_CONFLICT;
                    }
                } else {
                    overlap = 0;
                }
                if (f.offset + fits > placed) {
                    System.arraycopy(f.data, overlap, data, placed, fits - overlap);
                    placed = f.offset + fits;
                }
            }
            for (Fragment f : fragments) {
                flags |= f.flags;
            }
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
     * Adds a fragment (fragment_add_check); returns the datagram, reassembled, when this fragment completed it (and
     * forgets it, so a later copy starts a datagram of its own), or null while it is incomplete or when a cap
     * dropped it (see {@link #report}).
     */
    public Datagram add(Object key, long frame, int offset, byte[] data, boolean more) {
        hit = null;
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
        Fragment f = new Fragment(frame, offset, data);
        if (!more) {
            if (d.datalen < 0) {
                d.datalen = offset + data.length;
            } else if (d.datalen != offset + data.length) {
                f.flags |= MULTIPLE_TAILS;
            }
        }
        d.link(f);
        if (d.datalen < 0 || d.contiguous < d.datalen) {
            return null;
        }
        d.assemble();
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

    /**
     * show_fragment_tree: "[N IPv4 Fragments (B bytes): #F(L), …]" under {@code ip}, an item per fragment in offset
     * order (an illegal one as {@code items.error()}, its flags under it), then the count, length and data.
     * Returns whether the datagram is illegal (Info then says so instead of naming an unknown protocol).
     */
    public static boolean showTree(ProtoNode ip, Datagram d, ByteView whole, FragmentItems items) {
        int n = d.fragments.size();
        StringBuilder head = new StringBuilder().append(n).append(' ')
                .append(n == 1 ? items.fragment().name() : items.fragments().name()).append(" (")
                .append(d.datalen).append(" byte").append(d.datalen == 1 ? "" : "s").append("): ");
        for (int i = 0; i < n; i++) {
            Fragment f = d.fragments.get(i);
            head.append(i == 0 ? "" : ", ").append('#').append(f.frame).append('(').append(f.data.length).append(')');
        }
        ProtoNode frags = (items.fragments().type() == FieldType.BYTES
                ? ip.addObj(items.fragments(), whole, 0, d.datalen, d.data)
                : ip.addItem(items.fragments(), whole, 0, d.datalen)).generated();
        // proto_item_set_text and _append_text: a list too long is cut silently, not marked "[truncated]"
        frags.label("").appendLabel(head.toString());
        for (Fragment f : d.fragments) {
            int len = f.data.length;
            FieldDef def = (f.flags & ILLEGAL) != 0 ? items.error() : items.fragment();
            ProtoNode fi = frags.add(def, whole, f.offset, len, f.frame).generated()
                    .label(len == 0 ? "Frame: " + f.frame + " (no data)" : "Frame: " + f.frame + ", payload: "
                            + f.offset + "-" + (f.offset + len - 1) + " (" + len + " byte" + (len == 1 ? "" : "s")
                            + ")");
            // show_fragment adds each flag at 0, no bytes
            flag(fi, f, OVERLAP, items.overlap(), whole);
            flag(fi, f, OVERLAP_CONFLICT, items.overlapConflict(), whole);
            flag(fi, f, MULTIPLE_TAILS, items.multipleTails(), whole);
            flag(fi, f, TOO_LONG, items.tooLongFragment(), whole);
        }
        frags.add(items.count(), whole, 0, 0, n).generated();
        frags.add(items.reassembledLength(), whole, 0, 0, d.datalen).generated();
        frags.addObj(items.reassembledData(), whole, 0, d.datalen, d.data).generated();
        return d.illegal();
    }

    private static void flag(ProtoNode fi, Fragment f, int flag, FieldDef def, ByteView whole) {
        if ((f.flags & flag) != 0) {
            fi.add(def, whole, 0, 0, 1).generated();
        }
    }
}
