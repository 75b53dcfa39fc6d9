package org.jdissect.dsl.ast;

/** Arithmetic operators, in Wireshark 4.0 only meaningful between integer-like values. */
public enum ArithOp {
    ADD("+", 2), SUBTRACT("-", 2), MULTIPLY("*", 3), DIVIDE("/", 3), MODULO("%", 3), BITWISE_AND("&", 1);

    private final String symbol;
    private final int precedence;

    ArithOp(String symbol, int precedence) {
        this.symbol = symbol;
        this.precedence = precedence;
    }

    public String symbol() {
        return symbol;
    }

    /** Higher binds tighter; the printer uses it to decide where braces are needed. */
    public int precedence() {
        return precedence;
    }
}
