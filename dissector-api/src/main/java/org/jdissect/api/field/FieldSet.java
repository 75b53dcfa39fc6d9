package org.jdissect.api.field;

import java.util.Collection;

/**
 * An immutable set of fields whose membership test is one bit, cheap enough to run for every item a dissector adds:
 * a bitmap indexed by {@link FieldDef#id()}. Membership is by definition, not by name: give the registered
 * definitions (those the dissectors add), as a compiled filter and the registry do.
 */
public final class FieldSet {
    private static final FieldSet EMPTY = new FieldSet(new long[0], 0);

    private final long[] bits;
    private final int size;

    private FieldSet(long[] bits, int size) {
        this.bits = bits;
        this.size = size;
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
        for (FieldDef d : defs) {
            long b = 1L << d.id();
            if ((bits[d.id() >>> 6] & b) == 0) {
                bits[d.id() >>> 6] |= b;
                n++;
            }
        }
        return new FieldSet(bits, n);
    }

    public static FieldSet empty() {
        return EMPTY;
    }

    public boolean contains(FieldDef d) {
        int id = d.id();
        int w = id >>> 6;
        return w < bits.length && (bits[w] & (1L << id)) != 0;
    }

    /** Number of distinct definitions given. */
    public int size() {
        return size;
    }
}
