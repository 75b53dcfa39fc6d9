package org.jdissect.dsl.eval;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jdissect.dsl.ast.Quantifier;
import org.jdissect.dsl.ast.RelOp;

/** The compiled boolean nodes. */
public final class Predicates {
    private Predicates() {
    }

    public static Predicate and(Predicate a, Predicate b) {
        return s -> a.test(s) && b.test(s);
    }

    public static Predicate or(Predicate a, Predicate b) {
        return s -> a.test(s) || b.test(s);
    }

    public static Predicate not(Predicate a) {
        return s -> !a.test(s);
    }

    public static Predicate constant(boolean value) {
        return s -> value;
    }

    /** A field (or slice, or arithmetic result) has at least one value. */
    public static Predicate exists(Operand o) {
        return s -> o.eval(s).size > 0;
    }

    /** A bitwise-and alone is true when some result is non-zero. */
    public static Predicate nonZero(Operand o) {
        return s -> {
            Values v = o.eval(s);
            for (int i = 0; i < v.size; i++) {
                if (v.kind == Kind.BYTES) {
                    for (byte b : (byte[]) v.objs[i]) {
                        if (b != 0) {
                            return true;
                        }
                    }
                } else if (v.longs[i] != 0) {
                    return true;
                }
            }
            return false;
        };
    }

    /**
     * {@code left op right} over all pairs; false when a side has no value, whatever the quantifier, except for
     * {@code !=} and {@code !==} on a side read without a value (see below).
     */
    public static Predicate relation(Quantifier q, RelOp op, Operand left, Operand right) {
        return relation(q, op, left, right, false);
    }

    /**
     * {@code left op right}; {@code unsignedLeft}: the left side is an unsigned field of up to 32 bits or arithmetic
     * on one, whose values do not compare with negative numbers ({@link U32Arith#incomparable}).
     */
    public static Predicate relation(Quantifier q, RelOp op, Operand left, Operand right, boolean unsignedLeft) {
        return relation(q, op, left, right, unsignedLeft, false);
    }

    /**
     * {@code left op right} where both sides are times ({@code time}): ordered as Wireshark 4.0's nstime_cmp orders
     * them ({@link Compare#times}), whose difference of seconds is cut to 32 bits.
     */
    public static Predicate relation(Quantifier q, RelOp op, Operand left, Operand right, boolean unsignedLeft,
                                     boolean time) {
        Kind k = left.kind;
        boolean times = time && k == Kind.LONG && op != RelOp.CONTAINS;
        boolean u32 = unsignedLeft && k == Kind.LONG && op != RelOp.CONTAINS;
        // 4.0's gencode makes != "not any ==" and !== "not all ==": a side that was read but gave no value (a slice
        // past the end of a present field) makes the inner test false and so both true, while an absent field skips
        // the test altogether (false); every other relation is false without a value
        boolean ne = op == RelOp.NE;
        return s -> {
            Values a = left.eval(s);
            boolean noA = a.size == 0;
            if (noA && !(ne && left.read())) {
                return false;
            }
            Values b = right.eval(s);
            if (b.size == 0) {
                return ne && right.read();
            }
            if (noA) {
                return true;
            }
            boolean all = q == Quantifier.ALL;
            for (int i = 0; i < a.size; i++) {
                for (int j = 0; j < b.size; j++) {
                    if (u32 && U32Arith.incomparable(a.longs[i], b.longs[j])) {
                        continue; // a failed comparison: neither true nor false, passed over by the quantifier
                    }
                    boolean holds = times ? Compare.holds(op, Compare.times(a.longs[i], b.longs[j]))
                            : Compare.holds(op, k, a, i, b, j);
                    if (holds != all) {
                        return !all;
                    }
                }
            }
            return all;
        };
    }

    /** {@code left matches "regex"}; byte values are read as Latin-1 so every byte is one character. */
    public static Predicate matches(Quantifier q, Operand left, Regex p) {
        return s -> {
            Values a = left.eval(s);
            if (a.size == 0) {
                return false;
            }
            boolean all = q == Quantifier.ALL;
            for (int i = 0; i < a.size; i++) {
                CharSequence text = a.kind == Kind.STRING ? (String) a.objs[i]
                        : new String((byte[]) a.objs[i], StandardCharsets.ISO_8859_1);
                if (p.find(text) != all) {
                    return !all;
                }
            }
            return all;
        };
    }

    /**
     * One member of a set: a value, or an inclusive range. {@code masked}, when not null, is the tested field under a
     * CIDR member's mask ({@code ip.src in {10.0.0.0/8}}: each member is an == test, literal and all), read instead
     * of the field itself for this member.
     */
    public record Member(Operand low, Operand high, Operand masked) {
        public Member(Operand low, Operand high) {
            this(low, high, null);
        }
    }

    /**
     * {@code left in {…}}. As Wireshark 4.0's gencode.c: an OR of one test per member, each under the quantifier, so
     * {@code all tcp.port in {80, 3267}} asks whether every port is 80 or every port is 3267, not whether every port
     * is one of them.
     */
    public static Predicate in(Quantifier q, Operand left, List<Member> members) {
        Member[] ms = members.toArray(new Member[0]);
        Kind k = left.kind;
        boolean all = q == Quantifier.ALL;
        return s -> {
            Values plain = left.eval(s);
            if (plain.size == 0) {
                return false;
            }
            for (Member m : ms) {
                Values a = m.masked() == null ? plain : m.masked().eval(s);
                if (all ? allIn(k, a, m, s) : anyIn(k, a, m, s)) {
                    return true;
                }
            }
            return false;
        };
    }

    /** Some value of {@code a} equals a value of the member (DFVM ANY_EQ), or lies in its range (ANY_IN_RANGE). */
    private static boolean anyIn(Kind k, Values a, Member m, PacketScope s) {
        Values lo = m.low().eval(s);
        Values hi = m.high() == null ? null : m.high().eval(s);
        for (int i = 0; i < a.size; i++) {
            for (int j = 0; j < lo.size; j++) {
                if (hi == null) {
                    if (Compare.holds(RelOp.EQ, k, a, i, lo, j)) {
                        return true;
                    }
                    continue;
                }
                for (int h = 0; h < hi.size; h++) {
                    if (Compare.holds(RelOp.GE, k, a, i, lo, j) && Compare.holds(RelOp.LE, k, a, i, hi, h)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Every value of {@code a} equals every value of the member (DFVM ALL_EQ), or lies in its range (ALL_IN_RANGE). */
    private static boolean allIn(Kind k, Values a, Member m, PacketScope s) {
        Values lo = m.low().eval(s);
        Values hi = m.high() == null ? null : m.high().eval(s);
        for (int i = 0; i < a.size; i++) {
            for (int j = 0; j < lo.size; j++) {
                if (hi == null) {
                    if (!Compare.holds(RelOp.EQ, k, a, i, lo, j)) {
                        return false;
                    }
                    continue;
                }
                for (int h = 0; h < hi.size; h++) {
                    if (!Compare.holds(RelOp.GE, k, a, i, lo, j) || !Compare.holds(RelOp.LE, k, a, i, hi, h)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

}
