package org.jdissect.dsl.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldRegistry;
import org.jdissect.api.field.FieldType;
import org.jdissect.api.field.WiresharkNames;
import org.jdissect.api.limits.Limit;
import org.jdissect.api.limits.Limits;
import org.jdissect.dsl.DisplayFilterException;
import org.jdissect.dsl.ast.ArithOp;
import org.jdissect.dsl.ast.Expr;
import org.jdissect.dsl.ast.Quantifier;
import org.jdissect.dsl.ast.RelOp;
import org.jdissect.dsl.ast.Span;
import org.jdissect.dsl.ast.Value;
import org.jdissect.dsl.eval.Kind;
import org.jdissect.dsl.eval.Operand;
import org.jdissect.dsl.eval.Operands;
import org.jdissect.dsl.eval.Operands.FieldOperand;
import org.jdissect.dsl.eval.PacketScope;
import org.jdissect.dsl.eval.Predicate;
import org.jdissect.dsl.eval.Predicates;
import org.jdissect.dsl.eval.Regex;
import org.jdissect.dsl.eval.U32Arith;
import org.jdissect.dsl.parse.AstPrinter;

/**
 * Resolves names in the registry, gives every literal the type of the field it meets, rejects what tshark 4.0
 * rejects, and lowers the checked tree to compiled predicates over a {@link PacketScope}.
 */
public final class TypeChecker {
    private final FieldRegistry registry;
    private final PacketScope scope;
    private final long maxRegexSize;
    private final long maxRegexSteps;

    public TypeChecker(FieldRegistry registry, PacketScope scope) {
        this(registry, scope, Limits.fromSystemProperties());
    }

    /**
     * A checker whose {@code matches} patterns are capped by {@link Limit#FILTER_REGEX_SIZE} and
     * {@link Limit#FILTER_REGEX_STEPS} of {@code limits}.
     */
    public TypeChecker(FieldRegistry registry, PacketScope scope, Limits limits) {
        this.registry = registry;
        this.scope = scope;
        this.maxRegexSize = limits.get(Limit.FILTER_REGEX_SIZE);
        this.maxRegexSteps = limits.get(Limit.FILTER_REGEX_STEPS);
    }

    /** A checked, compiled value with the static type that decides how literals next to it are read. */
    record Typed(Operand operand, FieldType type, FieldDef field, String text) {
    }

    public Predicate check(Expr e) {
        if (e instanceof Expr.And a) {
            return Predicates.and(check(a.left()), check(a.right()));
        }
        if (e instanceof Expr.Or o) {
            return Predicates.or(check(o.left()), check(o.right()));
        }
        if (e instanceof Expr.Not n) {
            return Predicates.not(check(n.operand()));
        }
        if (e instanceof Expr.Relation r) {
            return relation(r);
        }
        if (e instanceof Expr.Membership m) {
            return membership(m);
        }
        if (e instanceof Expr.Test t) {
            return test(t.value());
        }
        throw new IllegalStateException("unknown node " + e);
    }

    // ---- tests ----------------------------------------------------------------------------------------------------

    private Predicate test(Value v) {
        if (v instanceof Value.Call c && !isConstant(v)) {
            throw new DisplayFilterException("You cannot test whether a function is present.", c.nameSpan());
        }
        if (isConstant(v)) {
            if (v instanceof Value.Arithmetic || v instanceof Value.Negate || v instanceof Value.Call) {
                throw new DisplayFilterException("Constant arithmetic expression on the LHS is invalid.", v.span());
            }
            throw new DisplayFilterException(literalText(v) + " is neither a field nor a protocol name.", v.span());
        }
        Typed t = resolve(v, false);
        if (v instanceof Value.Arithmetic a && a.op() == ArithOp.BITWISE_AND) {
            return Predicates.nonZero(t.operand());
        }
        return Predicates.exists(t.operand());
    }

    private Predicate relation(Expr.Relation r) {
        String op = spelled(r);
        if (isConstant(r.left())) {
            if (r.left() instanceof Value.Arithmetic || r.left() instanceof Value.Negate
                    || r.left() instanceof Value.Call) {
                throw new DisplayFilterException("Constant arithmetic expression on the LHS is invalid.",
                        r.left().span());
            }
            throw new DisplayFilterException("Left side of \"" + op + "\" expression must be a field or function, not "
                    + literalText(r.left()) + ".", r.left().span());
        }
        if (r.op() == RelOp.MATCHES) {
            return matches(r);
        }
        Typed left = resolve(r.left(), false);
        if (r.op() == RelOp.CONTAINS) {
            if (!containable(left.type())) {
                throw cannotParticipate(left, "contains", r.left().span());
            }
            if (left.type() == FieldType.ETHER) {
                left = resolve(r.left(), true);
            }
            left = searched(left);
        } else if (left.type() == FieldType.NONE) {
            throw cannotParticipate(left, "\"" + op + "\"", r.left().span());
        }
        if (isConstant(r.right())) {
            Literal lit = LiteralParser.parse(r.right(), left.type(), left.field());
            boolean computed = r.left() instanceof Value.Arithmetic || r.left() instanceof Value.Negate;
            if (computed && U32Arith.applies(left.type())) {
                // arithmetic on an unsigned field may be negative (FT_INT32): compare, do not rule out
                return Predicates.relation(r.quantifier(), r.op(), left.operand(), lit.operand(), true);
            }
            if (lit.impossible()) {
                // a value the field cannot hold: equal to nothing, different from everything (tshark 4.0)
                return r.op() == RelOp.NE ? Predicates.exists(left.operand()) : Predicates.constant(false);
            }
            Operand l = left.operand();
            if (lit.masked()) {
                l = new Operands.MaskOperand(l, lit.mask(), lit.prefixBits());
            }
            return Predicates.relation(r.quantifier(), r.op(), l, lit.operand(), false, isTime(left.type()));
        }
        Typed right = resolve(r.right(), false);
        Typed[] pair = harmonize(left, right, r.right().span());
        return Predicates.relation(r.quantifier(), r.op(), pair[0].operand(), pair[1].operand(),
                U32Arith.applies(pair[0].type()), isTime(pair[0].type()));
    }

    private static boolean isTime(FieldType t) {
        return t == FieldType.ABSOLUTE_TIME || t == FieldType.RELATIVE_TIME;
    }

    private Predicate matches(Expr.Relation r) {
        if (!(r.right() instanceof Value.StringLit s)) {
            throw new DisplayFilterException("Matches requires a double quoted string on the right side.",
                    r.right().span());
        }
        Typed left = resolve(r.left(), false);
        if (!containable(left.type())) {
            throw cannotParticipate(left, "matches", r.left().span());
        }
        Operand l = searched(left).operand();
        if (left.type() == FieldType.ETHER) {
            l = resolve(r.left(), true).operand();
        }
        String re2 = PcreSyntax.toRe2(s.value());
        long size = RegexSize.estimate(re2);
        if (size > maxRegexSize) {
            // RE2J would try to build it anyway, and a few bytes of nested repetition exhaust any heap
            throw new DisplayFilterException("Regex compilation error: pattern too large (about " + size
                    + " instructions with its repetitions expanded; limit " + Limit.FILTER_REGEX_SIZE.key() + " = "
                    + maxRegexSize + ", raise it with " + Limits.howToRaise(Limit.FILTER_REGEX_SIZE) + ").",
                    s.span());
        }
        int wide = wideFoldedRange(re2);
        if (wide > 0) {
            throw new DisplayFilterException("Regex compilation error: a character class range of " + wide
                    + " characters cannot be matched case-insensitively (RE2J folds it one character at a time,"
                    + " for minutes); narrow it or start the pattern with (?-i).", s.span());
        }
        try {
            // case-insensitive by default as in Wireshark; "(?-i)" in the pattern switches it off. RE2 matches in
            // linear time; it lacks PCRE's backreferences, lookaround and possessive quantifiers
            Pattern p = Pattern.compile(re2, Pattern.CASE_INSENSITIVE);
            return Predicates.matches(r.quantifier(), l, new Regex.Re2(p));
        } catch (PatternSyntaxException e) {
            Regex backtracking = backtracking(s.value());
            if (backtracking == null) {
                throw new DisplayFilterException("Regex compilation error: " + e.getDescription() + ".", s.span());
            }
            return Predicates.matches(r.quantifier(), l, backtracking);
        }
    }

    /**
     * A pattern RE2 refused, for the backtracking engine (held to {@link Limit#FILTER_REGEX_STEPS} a value), or null
     * when that refuses it too. Case-insensitive for ASCII only, as PCRE2 without UTF mode (Wireshark's).
     */
    private Regex backtracking(String pcre) {
        try {
            return new Regex.Backtracking(java.util.regex.Pattern.compile(PcreSyntax.toJava(pcre),
                    java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNIX_LINES), maxRegexSteps);
        } catch (java.util.regex.PatternSyntaxException | StackOverflowError e) {
            return null;
        }
    }

    /** A plain protocol as contains and matches read it (to the end of its data); anything else unchanged. */
    private static Typed searched(Typed t) {
        return t.operand() instanceof FieldOperand f && t.type() == FieldType.PROTOCOL
                ? new Typed(f.asSearched(), t.type(), t.field(), t.text()) : t;
    }

    /** Widest range RE2J may case-fold quickly; wider ones it folds character by character (found by fuzzing). */
    static final int MAX_FOLDED_RANGE = 2048;

    /**
     * The width of the first character-class range ({@code [a-\uFFFD]}) wider than {@link #MAX_FOLDED_RANGE} in a
     * pattern matched case-insensitively, or 0. A rough scan: escapes are skipped, not decoded.
     */
    static int wideFoldedRange(String pattern) {
        if (pattern.contains("(?-i")) {
            return 0;
        }
        boolean inClass = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (!inClass) {
                inClass = c == '[';
                continue;
            }
            if (c == ']') {
                inClass = false;
            } else if (i + 2 < pattern.length() && pattern.charAt(i + 1) == '-' && pattern.charAt(i + 2) != ']'
                    && pattern.charAt(i + 2) != '\\') {
                int lo = pattern.codePointAt(i);
                int hi = pattern.codePointAt(i + 2);
                if (hi - lo > MAX_FOLDED_RANGE) {
                    return hi - lo + 1;
                }
                i += 2;
            }
        }
        return 0;
    }

    private Predicate membership(Expr.Membership m) {
        // a field (a layer of one too), not a slice of it nor a function's value (tshark 4.0.17's check)
        if (isConstant(m.left()) || m.left() instanceof Value.Slice || m.left() instanceof Value.Call) {
            throw new DisplayFilterException("Only a field may be tested for membership in a set.",
                    m.left().span());
        }
        Typed left = resolve(m.left(), false);
        List<Predicates.Member> members = new ArrayList<>();
        for (Expr.SetElement el : m.elements()) {
            if (el.high() == null && isConstant(el.low())) {
                Literal lit = LiteralParser.parse(el.low(), left.type(), left.field());
                if (lit.masked() && !lit.impossible()) {
                    // a CIDR member: the field under its mask, as an == test with that literal would compare
                    members.add(new Predicates.Member(lit.operand(), null,
                            new Operands.MaskOperand(left.operand(), lit.mask(), lit.prefixBits())));
                    continue;
                }
            }
            Operand lo = member(left, el.low());
            Operand hi = el.high() == null ? null : member(left, el.high());
            members.add(new Predicates.Member(lo, hi));
        }
        return Predicates.in(m.quantifier(), left.operand(), members);
    }

    private Operand member(Typed left, Value v) {
        if (isConstant(v)) {
            Literal lit = LiteralParser.parse(v, left.type(), left.field());
            return lit.impossible() ? new Operands.EmptyOperand(left.operand().kind()) : lit.operand();
        }
        Typed t = resolve(v, false);
        return harmonize(left, t, v.span())[1].operand();
    }

    // ---- values ---------------------------------------------------------------------------------------------------

    private boolean isField(String word) {
        return lookup(word).isPresent();
    }

    /**
     * A name's definition: jdissect's own, or else the type tshark registers it with (a filter may name a protocol
     * jdissect does not dissect; in tshark such a filter compiles and, without those packets, matches nothing).
     */
    private Optional<FieldDef> lookup(String name) {
        Optional<FieldDef> def = registry.find(name).or(() -> WiresharkNames.canonical(name));
        if (def.isPresent()) {
            return def;
        }
        // epan's dfilter_resolve_unparsed: an alias (bootp for dhcp) only after the name itself is not found
        return WiresharkNames.unalias(name)
                .flatMap(real -> registry.find(real).or(() -> WiresharkNames.canonical(real)));
    }

    private boolean isConstant(Value v) {
        return LiteralParser.isConstant(v, this::isField);
    }

    /** Compiles a non-constant value; {@code asBytes} asks for byte values (for slices and byte comparisons). */
    private Typed resolve(Value v, boolean asBytes) {
        if (v instanceof Value.Word w) {
            return field(lookup(w.text()).orElseThrow(), List.of(), asBytes, w.text());
        }
        if (v instanceof Value.Field f) {
            FieldDef def = lookup(f.name()).orElseThrow(() -> new DisplayFilterException(
                    "\"" + f.name() + "\" is not a valid protocol or protocol field.", f.span()));
            return field(def, f.layers(), asBytes, AstPrinter.print(f));
        }
        if (v instanceof Value.Reference r) {
            FieldDef def = lookup(r.name()).orElseThrow(() -> new DisplayFilterException(
                    r.name() + " is not a valid field", r.span()));
            // references need a selected frame; single-pass filtering has none, so they are empty as in tshark
            return new Typed(new Operands.EmptyOperand(asBytes ? Kind.BYTES : LiteralParser.kindOf(def.type())),
                    asBytes ? FieldType.BYTES : def.type(), def, AstPrinter.print(r));
        }
        if (v instanceof Value.Slice s) {
            if (isConstant(s.base())) {
                throw new DisplayFilterException("Range is not supported for entity " + literalText(s.base()),
                        s.base().span());
            }
            Typed base = resolve(s.base(), false);
            if (!sliceable(base.type())) {
                throw new DisplayFilterException("\"" + base.text() + "\" is a " + TypeNames.of(base.type())
                        + " and cannot be sliced into a sequence of bytes.", s.base().span());
            }
            Typed bytes = base.type() == FieldType.BYTES || base.type() == FieldType.PROTOCOL
                    || base.type() == FieldType.IPV6 ? base : resolve(s.base(), true);
            return new Typed(new Operands.SliceOperand(bytes.operand(), s.ranges()), FieldType.BYTES, null,
                    AstPrinter.print(s));
        }
        if (v instanceof Value.Call c) {
            return Functions.call(this, c);
        }
        if (v instanceof Value.Negate n) {
            Typed t = resolve(n.operand(), false);
            requireArithmetic(t, n.span());
            Kind k = t.operand().kind();
            boolean number = (k == Kind.LONG || k == Kind.ULONG || k == Kind.DOUBLE)
                    && t.type() != FieldType.IPV4 && t.type() != FieldType.ETHER; // addresses held as numbers
            if (!number || !supports(t.type(), ArithOp.SUBTRACT)) {
                // tshark: "FT_IPv6 cannot -." — only numbers (and relative times) negate; the caret under the operand
                throw new DisplayFilterException(Functions.ftName(t) + " cannot -.", n.operand().span());
            }
            return new Typed(new Operands.NegateOperand(t.operand(), U32Arith.applies(t.type())), t.type(), null,
                    AstPrinter.print(n));
        }
        if (v instanceof Value.Arithmetic a) {
            return arithmetic(a);
        }
        throw new IllegalStateException("not a field-like value: " + v);
    }

    private Typed arithmetic(Value.Arithmetic a) {
        LiteralParser.operands(a);
        boolean lc = isConstant(a.left());
        Typed l = lc ? null : resolve(a.left(), false);
        Typed r = isConstant(a.right()) ? null : resolve(a.right(), false);
        Operand lo;
        Operand ro;
        Typed typed;
        if (l == null) {
            typed = r;
            requireArithmetic(r, a.right().span());
            requireOperation(r, a, a.right().span());
            lo = LiteralParser.parse(a.left(), r.type(), r.field()).operand();
            ro = r.operand();
        } else if (r == null) {
            typed = l;
            requireArithmetic(l, a.left().span());
            requireOperation(l, a, a.left().span());
            lo = l.operand();
            ro = LiteralParser.parse(a.right(), l.type(), l.field()).operand();
        } else {
            requireArithmetic(l, a.left().span());
            requireOperation(l, a, a.left().span());
            requireArithmetic(r, a.right().span());
            requireOperation(r, a, a.right().span());
            Typed[] p = harmonize(l, r, a.right().span());
            typed = p[0];
            lo = p[0].operand();
            ro = p[1].operand();
        }
        if (lo.kind() == Kind.BYTES && a.op() != ArithOp.BITWISE_AND) {
            throw new DisplayFilterException(typed.text() + " (type=" + TypeNames.of(typed.type())
                    + ") cannot participate in arithmetic.", a.span());
        }
        return new Typed(new Operands.ArithOperand(a.op(), lo, ro, U32Arith.applies(typed.type())), typed.type(), null,
                AstPrinter.print(a));
    }

    /** tshark's "FT_BOOLEAN cannot +." when the ftype has no such operation, its caret under the field. */
    private static void requireOperation(Typed t, Value.Arithmetic a, Span span) {
        if (!supports(t.type(), a.op())) {
            throw new DisplayFilterException(Functions.ftName(t) + " cannot " + a.op().symbol() + ".", span);
        }
    }

    /**
     * Whether Wireshark 4.0's ftype for {@code t} has operation {@code op}: booleans, absolute times, strings and GUIDs
     * none, relative times only + and -, floating point all but % and &; the others are checked by kind where they
     * are used.
     */
    private static boolean supports(FieldType t, ArithOp op) {
        return switch (t) {
            case BOOLEAN, ABSOLUTE_TIME, STRING, GUID -> false;
            case RELATIVE_TIME -> op == ArithOp.ADD || op == ArithOp.SUBTRACT;
            case FLOAT, DOUBLE -> op != ArithOp.MODULO && op != ArithOp.BITWISE_AND;
            default -> true;
        };
    }

    private static void requireArithmetic(Typed t, Span span) {
        Kind k = t.operand().kind();
        if (k == Kind.NONE) {
            throw new DisplayFilterException(t.text() + " (type=" + TypeNames.of(t.type())
                    + ") cannot participate in arithmetic.", span);
        }
    }

    Typed field(FieldDef def, List<org.jdissect.dsl.ast.SliceRange> layers, boolean asBytes, String text) {
        FieldOperand op = new FieldOperand(def, scope, layers, asBytes && def.type() != FieldType.NONE);
        return new Typed(op, asBytes ? FieldType.BYTES : def.type(), def, text);
    }

    /** Resolves a function argument that must be a plain field; empty if it is anything else. */
    Optional<FieldOperand> fieldArgument(Value v) {
        if (v instanceof Value.Word w && isField(w.text())) {
            FieldDef def = lookup(w.text()).orElseThrow();
            return Optional.of((FieldOperand) field(def, List.of(), false, w.text()).operand());
        }
        if (v instanceof Value.Field f && isField(f.name())) {
            FieldDef def = lookup(f.name()).orElseThrow();
            return Optional.of((FieldOperand) field(def, f.layers(), false, f.name()).operand());
        }
        return Optional.empty();
    }

    Typed typed(Operand op, FieldType type, FieldDef field, String text) {
        return new Typed(op, type, field, text);
    }

    Typed resolveValue(Value v) {
        return resolve(v, false);
    }

    boolean constant(Value v) {
        return isConstant(v);
    }

    static Operand operandOf(Typed t) {
        return t.operand();
    }

    static FieldType typeOf(Typed t) {
        return t.type();
    }

    /** Two non-constant sides: their types must be compatible; MAC/IPv4 meet byte sequences as bytes. */
    private Typed[] harmonize(Typed a, Typed b, Span where) {
        if ((a.type() == FieldType.PROTOCOL) != (b.type() == FieldType.PROTOCOL)
                && !(a.operand() instanceof Operands.SliceOperand) && !(b.operand() instanceof Operands.SliceOperand)) {
            // a protocol compares with a protocol or a slice (frame[0:6] == eth), not with a bytes or MAC field
            throw new DisplayFilterException(a.text() + " and " + b.text() + " are not of compatible types.", where);
        }
        Family fa = Family.of(a.type());
        Family fb = Family.of(b.type());
        if (fa == fb && (fa != Family.BYTES || a.operand().kind() == b.operand().kind())) {
            return new Typed[] {a, b};
        }
        // semcheck.c's compatible_ftypes: a GUID meets the byte-like types too (tshark then compares memory that is
        // not the other's value; jdissect compares the GUID's bytes in its comparison order)
        boolean aBytesLike = fa == Family.BYTES || fa == Family.ETHER || fa == Family.GUID;
        boolean bBytesLike = fb == Family.BYTES || fb == Family.ETHER || fb == Family.GUID;
        if (aBytesLike && bBytesLike) {
            return new Typed[] {asBytes(a), asBytes(b)};
        }
        throw new DisplayFilterException(a.text() + " and " + b.text() + " are not of compatible types.", where);
    }

    private Typed asBytes(Typed t) {
        if (t.operand().kind() == Kind.BYTES) {
            return t;
        }
        FieldOperand f = (FieldOperand) t.operand();
        return field(f.def(), List.of(), true, t.text());
    }

    private enum Family {
        INTEGER, FLOAT, BYTES, ETHER, GUID, IPV4, IPV6, STRING, ABS_TIME, REL_TIME, NONE;

        static Family of(FieldType t) {
            return switch (t) {
                case BOOLEAN, UINT8, UINT16, UINT24, UINT32, UINT40, UINT48, UINT56, UINT64, INT8, INT16, INT24,
                        INT32, INT40, INT48, INT56, INT64, FRAMENUM -> INTEGER;
                case FLOAT, DOUBLE -> FLOAT;
                case BYTES, PROTOCOL, EUI64 -> BYTES;
                case ETHER -> ETHER;
                case GUID -> GUID;
                case IPV4 -> IPV4;
                case IPV6 -> IPV6;
                case STRING -> STRING;
                case ABSOLUTE_TIME -> ABS_TIME;
                case RELATIVE_TIME -> REL_TIME;
                case NONE -> NONE;
            };
        }
    }

    private static boolean containable(FieldType t) {
        return t == FieldType.STRING || t == FieldType.BYTES || t == FieldType.PROTOCOL || t == FieldType.ETHER;
    }

    private static boolean sliceable(FieldType t) {
        return switch (t) {
            case BYTES, PROTOCOL, ETHER, IPV4, IPV6, STRING -> true;
            default -> false;
        };
    }

    private static DisplayFilterException cannotParticipate(Typed t, String op, Span span) {
        return new DisplayFilterException(t.text() + " (type=" + TypeNames.of(t.type())
                + ") cannot participate in " + op + " comparison.", span);
    }

    /** How tshark quotes a literal in messages: strings in quotes, words as written. */
    static String literalText(Value v) {
        if (v instanceof Value.StringLit s) {
            return "\"" + s.value() + "\"";
        }
        return AstPrinter.print(v);
    }

    private static String spelled(Expr.Relation r) {
        return switch (r.op()) {
            case EQ -> r.quantifier() == Quantifier.ALL ? "===" : "==";
            case NE -> r.quantifier() == Quantifier.ALL ? "!=" : "!==";
            default -> r.op().symbol();
        };
    }
}
