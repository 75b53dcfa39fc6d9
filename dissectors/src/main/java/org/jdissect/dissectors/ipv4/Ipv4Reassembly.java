package org.jdissect.dissectors.ipv4;

import static org.jdissect.api.field.FieldType.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.ProtoNode;

/**
 * IPv4 fragment reassembly as tshark does by default: fragments are kept per (source, destination, protocol,
 * identification) until the datagram is whole, then the frame that completes it carries the reassembled payload.
 * Memory is capped: at most {@link #MAX_DATAGRAMS} datagrams wait at once (the oldest is dropped first), none may
 * exceed the 65,535-byte IPv4 maximum, and a datagram older than {@link #TIMEOUT_NS} is dropped.
 */
final class Ipv4Reassembly {
    static final int MAX_DATAGRAMS = 1024;
    static final long TIMEOUT_NS = 60_000_000_000L;
    static final int MAX_SIZE = 65_535;

    static final FieldDef FRAGMENTS = FieldDef.builder("ip.fragments", "IPv4 Fragments", NONE).build();
    static final FieldDef FRAGMENT = FieldDef.builder("ip.fragment", "IPv4 Fragment", FRAMENUM).build();
    static final FieldDef FRAGMENT_COUNT = FieldDef.builder("ip.fragment.count", "Fragment count", UINT32).build();
    static final FieldDef REASSEMBLED_LENGTH = FieldDef.builder("ip.reassembled.length", "Reassembled IPv4 length",
            UINT32).build();
    static final FieldDef REASSEMBLED_DATA = FieldDef.builder("ip.reassembled.data", "Reassembled IPv4 data", BYTES)
            .build();
    static final FieldDef[] FIELDS = {FRAGMENTS, FRAGMENT, FRAGMENT_COUNT, REASSEMBLED_LENGTH, REASSEMBLED_DATA};

    record Key(long src, long dst, int proto, int id) { }

    /** One fragment as received: where it goes, its bytes, its frame. */
    record Piece(int offset, byte[] data, long frame) { }

    static final class Datagram {
        final long firstSeen;
        final List<Piece> pieces = new ArrayList<>();
        int total = -1;

        Datagram(long t) {
            firstSeen = t;
        }

        /** The reassembled bytes when every byte from 0 to the end is present, else null. */
        byte[] complete() {
            if (total < 0) {
                return null;
            }
            boolean[] have = new boolean[total];
            byte[] out = new byte[total];
            for (Piece p : pieces) {
                int n = Math.min(p.data().length, total - p.offset());
                if (n <= 0) {
                    continue;
                }
                System.arraycopy(p.data(), 0, out, p.offset(), n);
                java.util.Arrays.fill(have, p.offset(), p.offset() + n, true);
            }
            for (boolean b : have) {
                if (!b) {
                    return null;
                }
            }
            return out;
        }
    }

    /** Per-capture table of datagrams waiting for fragments, oldest first. */
    static final class Table {
        final Map<Key, Datagram> pending = new LinkedHashMap<>();
    }

    private Ipv4Reassembly() {
    }

    /**
     * Adds a fragment; returns the whole payload as a new data source when this fragment completes the datagram
     * (and adds the fragment list under {@code ip}), or null while it is incomplete.
     */
    static ByteView add(Table t, Key k, int offset, boolean more, ByteView payload, long frame, long now,
                        ProtoNode ip) {
        t.pending.values().removeIf(d -> now - d.firstSeen > TIMEOUT_NS);
        Datagram d = t.pending.get(k);
        if (d == null) {
            if (t.pending.size() >= MAX_DATAGRAMS) {
                Key oldest = t.pending.keySet().iterator().next();
                t.pending.remove(oldest);
            }
            d = new Datagram(now);
            t.pending.put(k, d);
        }
        int len = payload.capturedLength();
        if (offset + len > MAX_SIZE || payload.reportedLength() != len) {
            // a fragment past the IPv4 maximum, or one cut by the snaplen, cannot be reassembled
            t.pending.remove(k);
            return null;
        }
        d.pieces.add(new Piece(offset, payload.toArray(), frame));
        if (!more) {
            d.total = offset + len;
        }
        byte[] whole = d.complete();
        if (whole == null) {
            return null;
        }
        t.pending.remove(k);
        ByteView data = ByteView.of(whole);
        List<Piece> sorted = new ArrayList<>(d.pieces);
        sorted.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
        StringBuilder head = new StringBuilder("[").append(sorted.size()).append(" IPv4 Fragments (")
                .append(whole.length).append(" bytes):");
        for (int i = 0; i < sorted.size(); i++) {
            Piece p = sorted.get(i);
            head.append(i == 0 ? " #" : ", #").append(p.frame()).append('(').append(p.data().length).append(')');
        }
        ProtoNode frags = ip.addItem(FRAGMENTS, data, 0, whole.length).label(head.append(']').toString());
        for (Piece p : sorted) {
            int n = p.data().length;
            frags.add(FRAGMENT, data, p.offset(), n, p.frame()).label("Frame: " + p.frame() + ", payload: "
                    + p.offset() + "-" + (p.offset() + n - 1) + " (" + n + " byte" + (n == 1 ? "" : "s") + ")")
                    .generated();
        }
        frags.add(FRAGMENT_COUNT, data, 0, 0, sorted.size()).generated();
        frags.add(REASSEMBLED_LENGTH, data, 0, 0, whole.length).generated();
        frags.addObj(REASSEMBLED_DATA, data, 0, whole.length, whole).generated();
        return data;
    }
}
