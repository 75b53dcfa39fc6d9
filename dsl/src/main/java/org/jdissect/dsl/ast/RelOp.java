package org.jdissect.dsl.ast;

/**
 * A binary relation. The quantifier is kept apart ({@link Quantifier}), so {@code !=} is (ALL, NE), {@code ===} is
 * (ALL, EQ) and {@code !==} is (ANY, NE) as in Wireshark 4.0.
 */
public enum RelOp {
    EQ("=="), NE("!="), GT(">"), GE(">="), LT("<"), LE("<="), CONTAINS("contains"), MATCHES("matches");

    private final String symbol;

    RelOp(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written with its default quantifier (what error messages quote). */
    public String symbol() {
        return symbol;
    }

    /** The quantifier the plain operator implies: {@code !=} means "all differ" since Wireshark 3.6. */
    public Quantifier defaultQuantifier() {
        return this == NE ? Quantifier.ALL : Quantifier.ANY;
    }

    public boolean isOrdering() {
        return this == GT || this == GE || this == LT || this == LE;
    }
}
