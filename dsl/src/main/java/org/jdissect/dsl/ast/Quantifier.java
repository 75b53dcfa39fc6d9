package org.jdissect.dsl.ast;

/** How a relation between two multi-valued sides is decided: some pair satisfies it, or every pair does. */
public enum Quantifier {
    ANY, ALL
}
