package org.jdissect.dsl.check;

import java.util.ArrayList;
import java.util.List;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldType;
import org.jdissect.dsl.DisplayFilterException;
import org.jdissect.dsl.ast.Value;
import org.jdissect.dsl.eval.Operand;
import org.jdissect.dsl.eval.Operands;
import org.jdissect.dsl.eval.Operands.FieldOperand;
import org.jdissect.dsl.parse.AstPrinter;

/** The functions of Wireshark 4.0: len, count, lower, upper, string, min, max, abs. */
final class Functions {
    private Functions() {
    }

    static TypeChecker.Typed call(TypeChecker tc, Value.Call c) {
        String name = c.name();
        String text = AstPrinter.print(c);
        switch (name) {
            case "len", "count", "string" -> {
                arity(c, 1);
                FieldOperand f = tc.fieldArgument(c.args().get(0)).orElseThrow(() -> new DisplayFilterException(
                        "Only fields can be used as parameter for " + name + "()", c.args().get(0).span()));
                if (name.equals("string") && !STRING_CONVERTIBLE.contains(f.def().type())) {
                    // dfunctions.c's ul_semcheck_string_param: numbers, addresses and frame numbers only
                    throw new DisplayFilterException("String conversion for field \"" + f.def().abbrev()
                            + "\" is not supported", c.args().get(0).span());
                }
                Operand op = switch (name) {
                    case "len" -> new Operands.LenOperand(f);
                    case "count" -> new Operands.CountOperand(f);
                    default -> new Operands.StringOperand(f);
                };
                FieldType type = name.equals("string") ? FieldType.STRING : FieldType.UINT32;
                return tc.typed(op, type, null, text);
            }
            case "lower", "upper" -> {
                arity(c, 1);
                FieldOperand f = tc.fieldArgument(c.args().get(0))
                        .filter(o -> o.def().type() == FieldType.STRING)
                        .orElseThrow(() -> new DisplayFilterException("Only string type fields can be used as "
                                + "parameter for " + name + "()", c.args().get(0).span()));
                return tc.typed(new Operands.CaseOperand(f, name.equals("upper")), FieldType.STRING, null, text);
            }
            case "min", "max" -> {
                if (c.args().isEmpty()) {
                    throw new DisplayFilterException("Function " + name + "() needs at least 1 argument.",
                            c.span());
                }
                // dfunctions.c's ul_semcheck_compare: the first argument sets the type (a literal there has none
                // to be read as); later literals are read as that type, and every argument must have exactly it
                List<Operand> ops = new ArrayList<>();
                FieldType type = null;
                for (Value a : c.args()) {
                    if (tc.constant(a)) {
                        if (type == null) {
                            throw new DisplayFilterException("Argument '" + AstPrinter.print(a) + "' is not valid for "
                                    + name + "()", a.span());
                        }
                        ops.add(LiteralParser.parse(a, type, null).operand());
                        continue;
                    }
                    TypeChecker.Typed t = tc.resolveValue(a);
                    FieldType at = TypeChecker.typeOf(t);
                    if (type != null && at != type) {
                        throw new DisplayFilterException("Arguments to '" + name + "' must have the same type (expected "
                                + ftName(type) + ", got " + ftName(at) + ")", a.span());
                    }
                    type = type == null ? at : type;
                    ops.add(TypeChecker.operandOf(t));
                }
                return tc.typed(new Operands.MinMaxOperand(ops, name.equals("max")), type, null, text);
            }
            case "abs" -> {
                arity(c, 1);
                TypeChecker.Typed t = tc.resolveValue(c.args().get(0));
                FieldType at = TypeChecker.typeOf(t);
                if (!(at.isInteger() || at == FieldType.BOOLEAN || at == FieldType.FLOAT || at == FieldType.DOUBLE
                        || at == FieldType.RELATIVE_TIME)) {
                    // dfunctions.c: only a value that can be negated (not an address, a time, a GUID, text, bytes)
                    throw new DisplayFilterException("'" + t.text() + "' is not a valid argument to 'abs'()",
                            c.args().get(0).span());
                }
                return tc.typed(new Operands.AbsOperand(TypeChecker.operandOf(t)),
                        TypeChecker.typeOf(t), null, text);
            }
            default -> throw new DisplayFilterException("Function '" + name + "' does not exist", c.nameSpan());
        }
    }

    /** The types string() converts in 4.0 (its list leaves FT_INT24 out, and so does this one). */
    private static final java.util.Set<FieldType> STRING_CONVERTIBLE = java.util.EnumSet.of(FieldType.UINT8,
            FieldType.UINT16, FieldType.UINT24, FieldType.UINT32, FieldType.UINT40, FieldType.UINT48,
            FieldType.UINT56, FieldType.UINT64, FieldType.INT8, FieldType.INT16, FieldType.INT32, FieldType.INT40,
            FieldType.INT48, FieldType.INT56, FieldType.INT64, FieldType.IPV4, FieldType.IPV6, FieldType.FLOAT,
            FieldType.DOUBLE, FieldType.ETHER, FieldType.EUI64, FieldType.GUID, FieldType.FRAMENUM);

    /** Wireshark's name of a field type, as its messages print it ("FT_UINT16", "FT_IPv4"). */
    static String ftName(FieldType t) {
        return t.ftype().name();
    }

    /** Wireshark's name of a value's type: a field's as declared ("FT_STRINGZPAD"), else its type's. */
    static String ftName(TypeChecker.Typed t) {
        FieldDef f = t.field();
        return f != null && f.type() == t.type() ? f.ftype().name() : ftName(t.type());
    }

    private static void arity(Value.Call c, int n) {
        if (c.args().size() != n) {
            throw new DisplayFilterException("Function " + c.name() + "() needs exactly " + n + " argument"
                    + (n == 1 ? "" : "s") + ".", c.span());
        }
    }
}
