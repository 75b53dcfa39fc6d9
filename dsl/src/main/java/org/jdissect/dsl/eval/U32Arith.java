package org.jdissect.dsl.eval;

import org.jdissect.api.field.FieldType;
import org.jdissect.dsl.ast.ArithOp;

/**
 * Arithmetic on unsigned fields of up to 32 bits as Wireshark 4.0.17 does it (epan/ftypes/ftype-integer.c): values
 * are 32-bit unsigned, and a result that would be negative becomes a 32-bit signed integer (FT_INT32), so
 * {@code ip.ttl - 200 == -72} holds for a TTL of 128 and {@code -ip.ttl} is negative. Overflow is an error that
 * removes the value (tshark's failed operation), so {@code ip.ttl * -1} has none: the -1 it multiplies by is the
 * unsigned 0xffffffff.
 *
 * <p>Encoding in a long: a non-negative value is unsigned (below 2^32), a negative one the signed result; {@link
 * #ERROR} marks a failed operation. A signed result that is not negative is held as unsigned, which only differs
 * from tshark when such a value is then compared with a negative number.
 */
public final class U32Arith {
    /** A failed operation (overflow, division by zero): no value. */
    public static final long ERROR = Long.MIN_VALUE;

    private static final long U32 = 0xFFFF_FFFFL;

    private U32Arith() {
    }

    /** Whether values of {@code t} follow these rules. */
    public static boolean applies(FieldType t) {
        return t.isUnsigned() && t.width() <= 4;
    }

    /** {@code -x}: uint_unary_minus promotes to FT_INT32 and fails above INT32_MAX. */
    public static long negate(long x) {
        if (x >= 0) {
            return x > Integer.MAX_VALUE ? ERROR : -x;
        }
        return -x;
    }

    /** {@code x op y} with the left operand's type deciding, as ftype-integer.c's uint_* and sint_* functions. */
    public static long apply(ArithOp op, long x, long y) {
        if (x == ERROR || y == ERROR) {
            return ERROR;
        }
        return x >= 0 ? unsigned(op, x, y & U32) : signed(op, (int) x, (int) y);
    }

    private static long unsigned(ArithOp op, long x, long y) {
        long r;
        switch (op) {
            case ADD -> r = x + y;
            case SUBTRACT -> {
                if (y > x) {
                    // "Uses signed arithmetic": only when both fit in an int32
                    return x > Integer.MAX_VALUE || y > Integer.MAX_VALUE ? ERROR : x - y;
                }
                r = x - y;
            }
            case MULTIPLY -> r = x * y;
            case DIVIDE -> r = y == 0 ? ERROR : x / y;
            case MODULO -> r = y == 0 ? ERROR : x % y;
            default -> r = x & y;
        }
        return r == ERROR || r > U32 ? ERROR : r;
    }

    private static long signed(ArithOp op, int x, int y) {
        long r = switch (op) {
            case ADD -> (long) x + y;
            case SUBTRACT -> (long) x - y;
            case MULTIPLY -> (long) x * y;
            case DIVIDE -> y == 0 ? ERROR : (long) x / y;
            case MODULO -> y == 0 ? ERROR : (long) x % y;
            case BITWISE_AND -> x & y;
        };
        return r == ERROR || r > Integer.MAX_VALUE || r < Integer.MIN_VALUE ? ERROR : r;
    }

    /**
     * Whether comparing {@code left} with {@code right} fails: an unsigned value cannot be converted to compare with
     * a negative one (uint64_cmp_order's FT_OVERFLOW), so such a pair matches neither {@code ==} nor its opposite and
     * is passed over by the quantifier.
     */
    static boolean incomparable(long left, long right) {
        return left >= 0 && right < 0;
    }
}
