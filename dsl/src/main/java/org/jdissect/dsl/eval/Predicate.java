package org.jdissect.dsl.eval;

/** A compiled boolean node. */
public interface Predicate {
    boolean test(PacketScope scope);
}
