package org.jdissect.dsl.ast;

/**
 * One range of a slice or layer selector, as Wireshark's drange node.
 * {@code start} may be negative (counted from the end).
 */
public record SliceRange(int start, Kind kind, int value, Span span) {
    public enum Kind {
        /** {@code [i]}: one element. */
        SINGLE,
        /** {@code [i:n]}: n elements from i. */
        LENGTH,
        /** {@code [i-j]}: from i to j inclusive. */
        UNTIL,
        /** {@code [i:]}: from i to the end. */
        TO_END
    }

    @Override
    public String toString() {
        return switch (kind) {
            case SINGLE -> Integer.toString(start);
            case LENGTH -> start + ":" + value;
            case UNTIL -> start + "-" + value;
            case TO_END -> start + ":";
        };
    }
}
