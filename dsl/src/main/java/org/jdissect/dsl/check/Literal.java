package org.jdissect.dsl.check;

import org.jdissect.dsl.eval.Operand;

/**
 * A literal converted to the type it meets. {@code mask}/{@code prefixBits} are set for CIDR constants (the other
 * side is masked before comparing); {@code impossible} marks a value the field can never hold (a negative number
 * against an unsigned field: tshark compiles it, and it equals nothing).
 */
record Literal(Operand operand, long mask, int prefixBits, boolean impossible) {
    static Literal of(Operand o) {
        return new Literal(o, -1L, -1, false);
    }

    boolean masked() {
        return mask != -1L || prefixBits >= 0;
    }
}
