package org.jdissect.dsl.ast;

import java.util.List;

/** A boolean node of the filter: what a packet either passes or not. */
public sealed interface Expr {
    Span span();

    record And(Expr left, Expr right, Span span) implements Expr {
    }

    record Or(Expr left, Expr right, Span span) implements Expr {
    }

    record Not(Expr operand, Span span) implements Expr {
    }

    /** {@code left op right}; chained comparisons {@code a < b < c} are parsed into an {@link And} of two. */
    record Relation(Quantifier quantifier, RelOp op, Value left, Value right, Span opSpan, Span span)
            implements Expr {
    }

    /** {@code left in {…}}; {@code not in} is a {@link Not} around it. */
    record Membership(Quantifier quantifier, Value left, List<SetElement> elements, Span span) implements Expr {
        public Membership {
            elements = List.copyOf(elements);
        }
    }

    /** A value alone: a field or protocol is present, or a bitwise-and result is non-zero. */
    record Test(Value value, Span span) implements Expr {
    }

    /** A set member: one value, or the inclusive range {@code low..high}. */
    record SetElement(Value low, Value high, Span span) {
        public boolean isRange() {
            return high != null;
        }
    }
}
