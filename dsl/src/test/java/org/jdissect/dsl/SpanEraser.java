package org.jdissect.dsl;

import java.util.List;
import org.jdissect.dsl.ast.Expr;
import org.jdissect.dsl.ast.SliceRange;
import org.jdissect.dsl.ast.Span;
import org.jdissect.dsl.ast.Value;

/** Rebuilds an AST with empty spans, so trees parsed from different texts compare by structure. */
final class SpanEraser {
    private static final Span N = Span.NONE;

    private SpanEraser() {
    }

    static Expr erase(Expr e) {
        if (e instanceof Expr.And a) {
            return new Expr.And(erase(a.left()), erase(a.right()), N);
        }
        if (e instanceof Expr.Or o) {
            return new Expr.Or(erase(o.left()), erase(o.right()), N);
        }
        if (e instanceof Expr.Not n) {
            return new Expr.Not(erase(n.operand()), N);
        }
        if (e instanceof Expr.Relation r) {
            return new Expr.Relation(r.quantifier(), r.op(), erase(r.left()), erase(r.right()), N, N);
        }
        if (e instanceof Expr.Membership m) {
            return new Expr.Membership(m.quantifier(), erase(m.left()), m.elements().stream()
                    .map(el -> new Expr.SetElement(erase(el.low()), el.high() == null ? null : erase(el.high()), N))
                    .toList(), N);
        }
        Expr.Test t = (Expr.Test) e;
        return new Expr.Test(erase(t.value()), N);
    }

    static Value erase(Value v) {
        if (v instanceof Value.Word w) {
            return new Value.Word(w.text(), N);
        }
        if (v instanceof Value.Field f) {
            return new Value.Field(f.name(), ranges(f.layers()), N);
        }
        if (v instanceof Value.Reference r) {
            return new Value.Reference(r.name(), ranges(r.layers()), N);
        }
        if (v instanceof Value.StringLit s) {
            return new Value.StringLit(s.value(), s.raw(), N);
        }
        if (v instanceof Value.CharLit c) {
            return new Value.CharLit(c.value(), c.text(), N);
        }
        if (v instanceof Value.Slice s) {
            return new Value.Slice(erase(s.base()), ranges(s.ranges()), N);
        }
        if (v instanceof Value.Call c) {
            return new Value.Call(c.name(), c.args().stream().map(SpanEraser::erase).toList(), N, N);
        }
        if (v instanceof Value.Arithmetic a) {
            return new Value.Arithmetic(a.op(), erase(a.left()), erase(a.right()), N, N);
        }
        Value.Negate n = (Value.Negate) v;
        return new Value.Negate(erase(n.operand()), N);
    }

    private static List<SliceRange> ranges(List<SliceRange> rs) {
        return rs.stream().map(r -> new SliceRange(r.start(), r.kind(), r.value(), N)).toList();
    }
}
