package org.jdissect.dsl.eval;

import java.util.Arrays;
import org.jdissect.dsl.ast.RelOp;

/** Ordering of two values of the same kind. */
final class Compare {
    private Compare() {
    }

    static int compare(Kind k, Values a, int i, Values b, int j) {
        return switch (k) {
            case LONG, NONE -> Long.compare(a.longs[i], b.longs[j]);
            case ULONG -> Long.compareUnsigned(a.longs[i], b.longs[j]);
            case DOUBLE -> Double.compare(a.dbl(i), b.dbl(j));
            case BYTES -> compareBytes((byte[]) a.objs[i], (byte[]) b.objs[j]);
            case STRING -> ((String) a.objs[i]).compareTo((String) b.objs[j]);
        };
    }

    /**
     * Byte strings order by length first, then by content (ftype-bytes.c's cmp_order, and the protocol type's):
     * {@code tcp.payload > 47:00} holds for every payload longer than two bytes, whatever its first byte.
     */
    static int compareBytes(byte[] a, byte[] b) {
        if (a.length != b.length) {
            return a.length < b.length ? -1 : 1;
        }
        return Arrays.compareUnsigned(a, b);
    }

    /**
     * The order of two times in nanoseconds as Wireshark 4.0's nstime_cmp gives it: by the nanoseconds when the
     * seconds are equal, else by {@code (int) (a.secs - b.secs)}, a difference cut to 32 bits, so that two times more
     * than 2^31 seconds (68 years) apart compare the wrong way round (tshark 4.0.17: the NTP "NULL" time of 1970 is
     * later than 2040).
     */
    static int times(long a, long b) {
        long as = Math.floorDiv(a, 1_000_000_000L);
        long bs = Math.floorDiv(b, 1_000_000_000L);
        if (as == bs) {
            return Long.compare(Math.floorMod(a, 1_000_000_000L), Math.floorMod(b, 1_000_000_000L));
        }
        return (int) (as - bs);
    }

    /** Whether {@code a[i] op b[j]}; NaN relates to nothing. */
    static boolean holds(RelOp op, Kind k, Values a, int i, Values b, int j) {
        if (k == Kind.DOUBLE && (Double.isNaN(a.dbl(i)) || Double.isNaN(b.dbl(j)))) {
            return op == RelOp.NE;
        }
        if (op == RelOp.CONTAINS) {
            return contains(k, a, i, b, j);
        }
        return holds(op, compare(k, a, i, b, j));
    }

    /** Whether the order {@code c} (negative, zero, positive) satisfies {@code op}. */
    static boolean holds(RelOp op, int c) {
        return switch (op) {
            case EQ -> c == 0;
            case NE -> c != 0;
            case GT -> c > 0;
            case GE -> c >= 0;
            case LT -> c < 0;
            case LE -> c <= 0;
            case CONTAINS, MATCHES -> throw new IllegalStateException(op + " is not an order");
        };
    }

    static boolean contains(Kind k, Values a, int i, Values b, int j) {
        if (k == Kind.STRING) {
            return ((String) a.objs[i]).contains((String) b.objs[j]);
        }
        return indexOf((byte[]) a.objs[i], (byte[]) b.objs[j]) >= 0;
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
