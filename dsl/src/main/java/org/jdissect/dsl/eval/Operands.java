package org.jdissect.dsl.eval;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldType;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dsl.ast.ArithOp;
import org.jdissect.dsl.ast.SliceRange;

/** The compiled value sources. Each is small; the type checker decides which one a value becomes. */
public final class Operands {
    private Operands() {
    }

    /** The values of one field in the packet, optionally limited to some protocol layers, optionally as bytes. */
    public static final class FieldOperand extends Operand {
        final FieldDef def;
        final int slot;
        final List<SliceRange> layers;
        final boolean asBytes;
        /** A protocol read as {@code contains} and {@code matches} read it: see {@link #asSearched}. */
        private final boolean toEnd;

        public FieldOperand(FieldDef def, PacketScope scope, List<SliceRange> layers, boolean asBytes) {
            this(def, scope.slot(def), layers, asBytes, false);
            if (!layers.isEmpty()) {
                scope.trackLayers();
            }
        }

        private FieldOperand(FieldDef def, int slot, List<SliceRange> layers, boolean asBytes, boolean toEnd) {
            super(asBytes || toEnd ? Kind.BYTES : NodeValues.kindOf(def.type()));
            this.def = def;
            this.slot = slot;
            this.layers = List.copyOf(layers);
            this.asBytes = asBytes;
            this.toEnd = toEnd;
        }

        /**
         * This operand as {@code contains} and {@code matches} see it: a protocol's value there is the whole data
         * its dissector was given, from the protocol's start to the end of that data, not only the header its tree
         * item covers (4.0.17 ftype-protocol.c searches the item's tvb: {@code tcp contains "HEAD"} finds the
         * request in the segment's payload). Other fields are returned unchanged.
         */
        public FieldOperand asSearched() {
            return def.type() == FieldType.PROTOCOL && !toEnd ? new FieldOperand(def, slot, layers, asBytes, true)
                    : this;
        }

        public FieldDef def() {
            return def;
        }

        @Override
        Values eval(PacketScope s) {
            out.clear();
            int n = s.count(slot);
            for (int i = 0; i < n; i++) {
                if (!layers.isEmpty() && !Ranges.selects(layers, s.layer(slot, i), s.protocolTotal(slot))) {
                    continue;
                }
                ProtoNode node = s.node(slot, i);
                if (toEnd) {
                    out.addObj(NodeValues.toEndOfSource(node));
                } else if (asBytes) {
                    out.addObj(NodeValues.bytes(node, def.type()));
                } else {
                    NodeValues.add(node, def.type(), out);
                }
            }
            return out;
        }

        /** Nodes selected by the layer filter, for functions that look at nodes rather than values. */
        int nodes(PacketScope s, ProtoNode[] into) {
            int k = 0;
            int n = s.count(slot);
            for (int i = 0; i < n; i++) {
                if (layers.isEmpty() || Ranges.selects(layers, s.layer(slot, i), s.protocolTotal(slot))) {
                    if (into != null) {
                        into[k] = s.node(slot, i);
                    }
                    k++;
                }
            }
            return k;
        }
    }

    /** Values fixed at compile time: literals, already converted to the type they are compared with. */
    public static final class ConstOperand extends Operand {
        public ConstOperand(Kind kind, long value) {
            super(kind);
            out.addLong(value);
        }

        public ConstOperand(Kind kind, Object obj) {
            super(kind);
            out.addObj(obj);
        }

        @Override
        Values eval(PacketScope s) {
            return out;
        }

        /** The single value of a numeric constant. */
        public long longValue() {
            return out.longs[0];
        }

        public Object objValue() {
            return out.objs[0];
        }
    }

    /** No values: a {@code ${field}} reference when no frame is selected, as in single-pass tshark. */
    public static final class EmptyOperand extends Operand {
        public EmptyOperand(Kind kind) {
            super(kind);
        }

        @Override
        Values eval(PacketScope s) {
            out.clear();
            return out;
        }
    }

    /** Keeps the network part of each value, so that comparing with a CIDR constant compares networks. */
    public static final class MaskOperand extends Operand {
        final Operand inner;
        final long mask;
        final int prefixBits;

        /** {@code mask} for long values (IPv4); {@code prefixBits} for byte values (IPv6). */
        public MaskOperand(Operand inner, long mask, int prefixBits) {
            super(inner.kind);
            this.inner = inner;
            this.mask = mask;
            this.prefixBits = prefixBits;
        }

        @Override
        Values eval(PacketScope s) {
            Values v = inner.eval(s);
            out.clear();
            for (int i = 0; i < v.size; i++) {
                if (kind == Kind.BYTES) {
                    out.addObj(maskBytes((byte[]) v.objs[i], prefixBits));
                } else {
                    out.addLong(v.longs[i] & mask);
                }
            }
            return out;
        }

        public static byte[] maskBytes(byte[] b, int bits) {
            byte[] r = b.clone();
            for (int i = 0; i < r.length; i++) {
                int keep = Math.max(0, Math.min(8, bits - i * 8));
                r[i] &= (byte) (0xFF00 >> keep);
            }
            return r;
        }
    }

    /** {@code base[ranges]}: byte ranges of each value; a value the range does not fit yields nothing. */
    public static final class SliceOperand extends Operand {
        final Operand base;
        final List<SliceRange> ranges;
        /** Whether the latest eval read a value of the base, sliced to something or not. */
        private boolean read;

        public SliceOperand(Operand base, List<SliceRange> ranges) {
            super(Kind.BYTES);
            this.base = base;
            this.ranges = List.copyOf(ranges);
        }

        @Override
        Values eval(PacketScope s) {
            Values v = base.eval(s);
            read = base.read();
            out.clear();
            for (int i = 0; i < v.size; i++) {
                byte[] r = Ranges.slice((byte[]) v.objs[i], ranges);
                if (r != null) {
                    out.addObj(r);
                }
            }
            return out;
        }

        @Override
        boolean read() {
            return read;
        }
    }

    /** {@code len(field)}: byte length of each value (for integers and protocols, the bytes the item covers). */
    public static final class LenOperand extends Operand {
        final FieldOperand field;
        private ProtoNode[] buf = new ProtoNode[4];

        public LenOperand(FieldOperand field) {
            super(Kind.LONG);
            this.field = field;
        }

        @Override
        Values eval(PacketScope s) {
            out.clear();
            int n = field.nodes(s, null);
            if (n > buf.length) {
                buf = new ProtoNode[n];
            }
            field.nodes(s, buf);
            FieldType t = field.def.type();
            for (int i = 0; i < n; i++) {
                ProtoNode node = buf[i];
                long len = switch (t) {
                    case STRING, BYTES, IPV6, EUI64, GUID, ETHER, IPV4 -> NodeValues.bytes(node, t).length;
                    default -> node.length() > 0 ? node.length() : t.width();
                };
                out.addLong(len);
            }
            return out;
        }
    }

    /**
     * {@code count(field)}: how many times the field occurs, and no value at all when it does not (df_func_count
     * fails on an empty argument), so {@code count(dns.a) == 0} never holds and {@code count(x) == count(y)} needs
     * both present.
     */
    public static final class CountOperand extends Operand {
        final FieldOperand field;

        public CountOperand(FieldOperand field) {
            super(Kind.LONG);
            this.field = field;
        }

        @Override
        Values eval(PacketScope s) {
            out.clear();
            int n = field.nodes(s, null);
            if (n > 0) {
                out.addLong(n);
            }
            return out;
        }
    }

    /** {@code lower(field)} / {@code upper(field)} on strings. */
    public static final class CaseOperand extends Operand {
        final Operand inner;
        final boolean upper;

        public CaseOperand(Operand inner, boolean upper) {
            super(Kind.STRING);
            this.inner = inner;
            this.upper = upper;
        }

        @Override
        Values eval(PacketScope s) {
            Values v = inner.eval(s);
            out.clear();
            for (int i = 0; i < v.size; i++) {
                String str = (String) v.objs[i];
                out.addObj(upper ? str.toUpperCase(Locale.ROOT) : str.toLowerCase(Locale.ROOT));
            }
            return out;
        }
    }

    /** {@code string(field)}: each value as Wireshark displays it. */
    public static final class StringOperand extends Operand {
        final FieldOperand field;

        public StringOperand(FieldOperand field) {
            super(Kind.STRING);
            this.field = field;
        }

        @Override
        Values eval(PacketScope s) {
            Values v = field.eval(s);
            out.clear();
            for (int i = 0; i < v.size; i++) {
                out.addObj(Display.format(field.def.type(), v, i));
            }
            return out;
        }
    }

    /** {@code min(a, b, …)} / {@code max(…)} over every value of every argument. */
    public static final class MinMaxOperand extends Operand {
        final Operand[] args;
        final boolean max;

        public MinMaxOperand(List<Operand> args, boolean max) {
            super(args.get(0).kind);
            this.args = args.toArray(new Operand[0]);
            this.max = max;
        }

        @Override
        Values eval(PacketScope s) {
            out.clear();
            for (Operand a : args) {
                Values v = a.eval(s);
                for (int i = 0; i < v.size; i++) {
                    int cmp = out.size == 0 ? 0 : Compare.compare(kind, v, i, out, 0);
                    if (out.size == 0 || (max ? cmp > 0 : cmp < 0)) {
                        out.clear();
                        out.addFrom(v, i);
                    }
                }
            }
            return out;
        }
    }

    /** {@code abs(x)}. */
    public static final class AbsOperand extends Operand {
        final Operand inner;

        public AbsOperand(Operand inner) {
            super(inner.kind);
            this.inner = inner;
        }

        @Override
        Values eval(PacketScope s) {
            Values v = inner.eval(s);
            out.clear();
            for (int i = 0; i < v.size; i++) {
                if (kind == Kind.DOUBLE) {
                    out.addDouble(Math.abs(v.dbl(i)));
                } else {
                    out.addLong(kind == Kind.ULONG ? v.longs[i] : Math.abs(v.longs[i]));
                }
            }
            return out;
        }
    }

    /** Unary minus. */
    public static final class NegateOperand extends Operand {
        final Operand inner;
        private final boolean u32;

        /** {@code -inner}; {@code u32}: inner is an unsigned field of up to 32 bits ({@link U32Arith}). */
        public NegateOperand(Operand inner, boolean u32) {
            super(inner.kind == Kind.ULONG ? Kind.LONG : inner.kind);
            this.inner = inner;
            this.u32 = u32 && inner.kind == Kind.LONG;
        }

        @Override
        Values eval(PacketScope s) {
            Values v = inner.eval(s);
            out.clear();
            for (int i = 0; i < v.size; i++) {
                if (kind == Kind.DOUBLE) {
                    out.addDouble(-v.dbl(i));
                } else if (u32) {
                    long r = U32Arith.negate(v.longs[i]);
                    if (r != U32Arith.ERROR) {
                        out.addLong(r);
                    }
                } else {
                    out.addLong(-v.longs[i]);
                }
            }
            return out;
        }
    }

    /** {@code l op r} over every pair of values; a division by zero yields no value. */
    public static final class ArithOperand extends Operand {
        final ArithOp op;
        final Operand left;
        final Operand right;
        private final Values leftCopy;
        private final boolean u32;

        /** {@code u32}: the operands are unsigned fields of up to 32 bits, computed as {@link U32Arith}. */
        public ArithOperand(ArithOp op, Operand left, Operand right, boolean u32) {
            super(left.kind);
            this.op = op;
            this.left = left;
            this.right = right;
            this.leftCopy = new Values(left.kind);
            this.u32 = u32 && left.kind == Kind.LONG;
        }

        @Override
        Values eval(PacketScope s) {
            Values a = left.eval(s);
            // the right side may share a buffer with the left (x * x), so keep the left values first
            leftCopy.clear();
            for (int i = 0; i < a.size; i++) {
                leftCopy.addFrom(a, i);
            }
            Values b = right.eval(s);
            out.clear();
            for (int i = 0; i < leftCopy.size; i++) {
                for (int j = 0; j < b.size; j++) {
                    apply(leftCopy, i, b, j);
                }
            }
            return out;
        }

        private void apply(Values a, int i, Values b, int j) {
            switch (kind) {
                case DOUBLE -> {
                    double x = a.dbl(i);
                    double y = b.dbl(j);
                    out.addDouble(switch (op) {
                        case ADD -> x + y;
                        case SUBTRACT -> x - y;
                        case MULTIPLY -> x * y;
                        case DIVIDE -> x / y;
                        case MODULO -> x % y;
                        case BITWISE_AND -> Double.longBitsToDouble(a.longs[i] & b.longs[j]);
                    });
                }
                case BYTES -> {
                    byte[] x = (byte[]) a.objs[i];
                    byte[] y = (byte[]) b.objs[j];
                    byte[] r = Arrays.copyOf(x, Math.min(x.length, y.length));
                    for (int k = 0; k < r.length; k++) {
                        r[k] &= y[k];
                    }
                    out.addObj(r);
                }
                default -> {
                    long x = a.longs[i];
                    long y = b.longs[j];
                    if (u32) {
                        long r = U32Arith.apply(op, x, y);
                        if (r != U32Arith.ERROR) {
                            out.addLong(r);
                        }
                        return;
                    }
                    if ((op == ArithOp.DIVIDE || op == ArithOp.MODULO) && y == 0) {
                        return;
                    }
                    out.addLong(switch (op) {
                        case ADD -> x + y;
                        case SUBTRACT -> x - y;
                        case MULTIPLY -> x * y;
                        case DIVIDE -> kind == Kind.ULONG ? Long.divideUnsigned(x, y) : x / y;
                        case MODULO -> kind == Kind.ULONG ? Long.remainderUnsigned(x, y) : x % y;
                        case BITWISE_AND -> x & y;
                    });
                }
            }
        }
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
