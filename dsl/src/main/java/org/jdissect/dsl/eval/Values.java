package org.jdissect.dsl.eval;

import java.util.Arrays;

/**
 * A reusable list of the values an operand yields for one packet: longs or objects according to its {@link Kind}.
 * Each operand owns one, so a steady-state evaluation allocates only what slices and string functions create.
 */
public final class Values {
    final Kind kind;
    long[] longs = new long[4];
    Object[] objs;
    int size;

    public Values(Kind kind) {
        this.kind = kind;
        if (kind.usesObjects()) {
            objs = new Object[4];
        }
    }

    void clear() {
        if (objs != null) {
            Arrays.fill(objs, 0, size, null);
        }
        size = 0;
    }

    void addLong(long v) {
        if (size == longs.length) {
            longs = Arrays.copyOf(longs, size * 2);
        }
        longs[size++] = v;
    }

    void addDouble(double d) {
        addLong(Double.doubleToRawLongBits(d));
    }

    void addObj(Object o) {
        if (size == objs.length) {
            objs = Arrays.copyOf(objs, size * 2);
        }
        objs[size++] = o;
    }

    /** Adds value {@code i} of {@code from}, which has the same kind. */
    void addFrom(Values from, int i) {
        if (kind.usesObjects()) {
            addObj(from.objs[i]);
        } else {
            addLong(from.longs[i]);
        }
    }

    double dbl(int i) {
        return Double.longBitsToDouble(longs[i]);
    }

    public int size() {
        return size;
    }

    public Kind kind() {
        return kind;
    }
}
