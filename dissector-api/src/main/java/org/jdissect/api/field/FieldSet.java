package org.jdissect.api.field;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * An immutable set of fields (it only caches an answer, see {@link #intersects}) whose membership test is one bit, cheap enough to run for every item a dissector adds:
 * a bitmap indexed by {@link FieldDef#id()}. Membership is by definition, not by name: give the registered
 * definitions (those the dissectors add), as a compiled filter and the registry do.
 */
public final class FieldSet {
    private static final FieldSet EMPTY = new FieldSet(new long[0], 0, false, List.of());

    private final long[] bits;
    private final int size;
    /** Indexes of the words of {@link #bits} with a bit set: a group's fields span few of them. */
    private final int[] used;
    private final boolean anyProtocol;
    /** The definitions, for the rare questions about every member ({@link #allMatch}). */
    private final List<FieldDef> members;

    private FieldSet(long[] bits, int size, boolean anyProtocol, List<FieldDef> members) {
        this.members = members;
        this.bits = bits;
        this.size = size;
        this.anyProtocol = anyProtocol;
        int n = 0;
        for (long w : bits) {
            n += w != 0 ? 1 : 0;
        }
        this.used = new int[n];
        for (int i = 0, k = 0; i < bits.length; i++) {
            if (bits[i] != 0) {
                used[k++] = i;
            }
        }
    }

    public static FieldSet of(Collection<FieldDef> defs) {
        if (defs.isEmpty()) {
            return EMPTY;
        }
        int max = 0;
        for (FieldDef d : defs) {
            max = Math.max(max, d.id());
        }
        long[] bits = new long[(max >>> 6) + 1];
        int n = 0;
        boolean protocol = false;
        for (FieldDef d : defs) {
            protocol |= d.type() == FieldType.PROTOCOL;
            long b = 1L << d.id();
            if ((bits[d.id() >>> 6] & b) == 0) {
                bits[d.id() >>> 6] |= b;
                n++;
            }
        }
        return new FieldSet(bits, n, protocol, List.copyOf(new java.util.LinkedHashSet<>(defs)));
    }

    /** The set of {@code defs}, for a group of fields a dissector tests at once (see {@link #intersects}). */
    public static FieldSet of(FieldDef... defs) {
        return of(Arrays.asList(defs));
    }

    public static FieldSet empty() {
        return EMPTY;
    }

    public boolean contains(FieldDef d) {
        int id = d.id();
        int w = id >>> 6;
        return w < bits.length && (bits[w] & (1L << id)) != 0;
    }

    /**
     * Whether any field of {@code group} is in this set: one AND per 64-id word the group spans, so a dissector can
     * test a whole group of items (all registered together, so with neighbouring ids) instead of each one.
     */
    public boolean intersects(FieldSet group) {
        // a run asks about the same groups against the same kept set packet after packet: remember the last answer
        Answer last = group.lastAnswer;
        if (last != null && last.set == this) {
            return last.intersects;
        }
        long[] g = group.bits;
        boolean any = false;
        for (int w : group.used) {
            if (w < bits.length && (bits[w] & g[w]) != 0) {
                any = true;
                break;
            }
        }
        group.lastAnswer = new Answer(this, any);
        return any;
    }

    /**
     * The last {@link #intersects} answer about this group. Immutable, so threads asking about different sets at
     * once can only replace each other's answer, never see a torn one.
     */
    private record Answer(FieldSet set, boolean intersects) {
    }

    private Answer lastAnswer;

    /** Whether a {@link FieldType#PROTOCOL} field is among these. */
    public boolean containsProtocol() {
        return anyProtocol;
    }

    /** Whether every member satisfies {@code test} (true for the empty set): asked once per capture, not per item. */
    public boolean allMatch(Predicate<FieldDef> test) {
        for (FieldDef d : members) {
            if (!test.test(d)) {
                return false;
            }
        }
        return true;
    }

    /** Number of distinct definitions given. */
    public int size() {
        return size;
    }
}
