package org.jdissect.dsl.ast;

/**
 * A region of the filter text: {@code start} inclusive, {@code end} exclusive, both 0-based character columns.
 * Filters are one line, so a column is enough to put a caret under an error.
 */
public record Span(int start, int end) {
    public static final Span NONE = new Span(0, 0);

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }

    /** The smallest span covering both. */
    public Span to(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }
}
