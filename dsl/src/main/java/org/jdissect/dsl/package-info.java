/**
 * Wireshark 4.0 display filters ({@code tshark -Y}).
 *
 * <p>Four stages, each in its own package: the ANTLR grammar and {@code parse.AstBuilder} (text to the immutable
 * {@code ast} records, with spans), {@code check.TypeChecker} (fields resolved in a
 * {@link org.jdissect.api.field.FieldRegistry}, literals read as the type of the field they meet) and the
 * {@code eval} predicates it compiles to. Callers use {@link org.jdissect.dsl.DisplayFilter},
 * {@link org.jdissect.dsl.CompiledFilter} and {@link org.jdissect.dsl.DisplayFilterException}.
 *
 * <p>Not supported yet: {@code ${field}} references with a selected frame (they are empty, as in single-pass
 * tshark), host-name and ethers resolution in address literals, and {@code xor}, which 4.0 does not have either.
 */
package org.jdissect.dsl;
