package org.jdissect.dsl.parse;

import java.util.List;
import java.util.stream.Collectors;
import org.jdissect.dsl.ast.Expr;
import org.jdissect.dsl.ast.Quantifier;
import org.jdissect.dsl.ast.RelOp;
import org.jdissect.dsl.ast.SliceRange;
import org.jdissect.dsl.ast.Value;

/**
 * AST to filter text, in a canonical spelling ({@code and}, {@code ==}, braces only where needed). Parsing the
 * output gives back the same AST (spans aside): the round-trip property the tests check.
 */
public final class AstPrinter {
    // precedence of boolean nodes: higher binds tighter
    private static final int OR = 1;
    private static final int AND = 2;
    private static final int NOT = 3;
    private static final int ATOM = 4;

    private AstPrinter() {
    }

    public static String print(Expr e) {
        StringBuilder sb = new StringBuilder();
        expr(e, 0, sb);
        return sb.toString();
    }

    public static String print(Value v) {
        StringBuilder sb = new StringBuilder();
        value(v, 0, sb);
        return sb.toString();
    }

    private static int precedence(Expr e) {
        // Java 17 has no pattern switch; the chains below end in an exception so a new node type fails loudly
        if (e instanceof Expr.Or) {
            return OR;
        }
        if (e instanceof Expr.And) {
            return AND;
        }
        return e instanceof Expr.Not ? NOT : ATOM;
    }

    /** Prints {@code e}, in parentheses if it binds less tightly than {@code min}. */
    private static void expr(Expr e, int min, StringBuilder sb) {
        boolean paren = precedence(e) < min;
        if (paren) {
            sb.append('(');
        }
        // the right operand gets min+1: the AST is left-associative, so a right-nested one needs parentheses
        if (e instanceof Expr.Or o) {
            expr(o.left(), OR, sb);
            sb.append(" or ");
            expr(o.right(), OR + 1, sb);
        } else if (e instanceof Expr.And a) {
            expr(a.left(), AND, sb);
            sb.append(" and ");
            expr(a.right(), AND + 1, sb);
        } else if (e instanceof Expr.Not n) {
            sb.append("not ");
            expr(n.operand(), NOT, sb);
        } else if (e instanceof Expr.Relation r) {
            relation(r, sb);
        } else if (e instanceof Expr.Membership m) {
            {
                if (m.quantifier() == Quantifier.ALL) {
                    sb.append("all ");
                }
                value(m.left(), 0, sb);
                sb.append(" in {");
                for (int i = 0; i < m.elements().size(); i++) {
                    Expr.SetElement el = m.elements().get(i);
                    sb.append(i == 0 ? "" : ", ");
                    value(el.low(), 0, sb);
                    if (el.isRange()) {
                        sb.append(" .. ");
                        value(el.high(), 0, sb);
                    }
                }
                sb.append('}');
            }
        } else if (e instanceof Expr.Test t) {
            value(t.value(), 0, sb);
        } else {
            throw new IllegalStateException("unknown node " + e);
        }
        if (paren) {
            sb.append(')');
        }
    }

    private static void relation(Expr.Relation r, StringBuilder sb) {
        String op;
        String prefix = "";
        if (r.op() == RelOp.EQ) {
            op = r.quantifier() == Quantifier.ALL ? "===" : "==";
        } else if (r.op() == RelOp.NE) {
            op = r.quantifier() == Quantifier.ALL ? "!=" : "!==";
        } else {
            op = r.op().symbol();
            prefix = r.quantifier() == Quantifier.ALL ? "all " : "";
        }
        sb.append(prefix);
        value(r.left(), 0, sb);
        sb.append(' ').append(op).append(' ');
        value(r.right(), 0, sb);
    }

    private static final int ENTITY = 10;

    private static int precedence(Value v) {
        return v instanceof Value.Arithmetic a ? a.op().precedence() : ENTITY;
    }

    /** Prints {@code v}, in braces if it binds less tightly than {@code min}. */
    private static void value(Value v, int min, StringBuilder sb) {
        boolean brace = precedence(v) < min;
        if (brace) {
            sb.append("{");
        }
        if (v instanceof Value.Word w) {
            sb.append(w.text());
        } else if (v instanceof Value.Field f) {
            {
                if (f.layers().isEmpty()) {
                    sb.append('.').append(f.name());
                } else {
                    sb.append(f.name());
                    layers(f.layers(), sb);
                }
            }
        } else if (v instanceof Value.Reference r) {
            {
                sb.append("${").append(r.name());
                layers(r.layers(), sb);
                sb.append('}');
            }
        } else if (v instanceof Value.StringLit s) {
            sb.append(s.raw() ? "r\"" + s.value() + "\"" : Escapes.quote(s.value()));
        } else if (v instanceof Value.CharLit c) {
            sb.append(c.text());
        } else if (v instanceof Value.Slice s) {
            {
                value(s.base(), ENTITY, sb);
                sb.append('[').append(ranges(s.ranges())).append(']');
            }
        } else if (v instanceof Value.Call c) {
            {
                sb.append(c.name()).append('(');
                for (int i = 0; i < c.args().size(); i++) {
                    sb.append(i == 0 ? "" : ", ");
                    value(c.args().get(i), 0, sb);
                }
                sb.append(')');
            }
        } else if (v instanceof Value.Arithmetic a) {
            {
                value(a.left(), a.op().precedence(), sb);
                sb.append(' ').append(a.op().symbol()).append(' ');
                value(a.right(), a.op().precedence() + 1, sb);
            }
        } else if (v instanceof Value.Negate n) {
            sb.append('-');
            value(n.operand(), ENTITY, sb);
        } else {
            throw new IllegalStateException("unknown node " + v);
        }
        if (brace) {
            sb.append("}");
        }
    }

    private static void layers(List<SliceRange> layers, StringBuilder sb) {
        if (layers.isEmpty()) {
            return;
        }
        if (layers.size() == 1 && layers.get(0).kind() == SliceRange.Kind.SINGLE && layers.get(0).start() >= 0) {
            sb.append('#').append(layers.get(0).start());
        } else {
            sb.append("#[").append(ranges(layers)).append(']');
        }
    }

    private static String ranges(List<SliceRange> ranges) {
        return ranges.stream().map(SliceRange::toString).collect(Collectors.joining(","));
    }
}
