package org.jdissect.dsl;

import org.jdissect.dsl.ast.Span;

/**
 * A filter that does not parse or does not type-check. The message follows tshark's wording where reasonable; the
 * span says which columns of the filter are at fault so that every error can be shown with a caret line.
 */
public final class DisplayFilterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String filter;
    private final transient Span span;

    public DisplayFilterException(String message, Span span) {
        this(message, span, null);
    }

    public DisplayFilterException(String message, Span span, String filter) {
        // a user's mistake, not a program's: the span says where, a stack trace would only cost time
        super(message, null, false, false);
        this.span = span;
        this.filter = filter;
    }

    /** The same error, now knowing the whole filter text (the inner stages only know spans). */
    public DisplayFilterException withFilter(String text) {
        DisplayFilterException e = new DisplayFilterException(getMessage(), span, text);
        e.setStackTrace(getStackTrace());
        return e;
    }

    public Span span() {
        return span;
    }

    /** The filter text, or null when the error was raised outside {@link DisplayFilter}. */
    public String filter() {
        return filter;
    }

    /**
     * The message, the filter and a caret line under the offending columns, indented like tshark:
     * <pre>
     * "foo" is neither a field nor a protocol name.
     *     "foo"
     *     ^~~~~
     * </pre>
     */
    public String render() {
        StringBuilder sb = new StringBuilder(getMessage());
        if (filter != null) {
            sb.append('\n').append("    ").append(filter).append('\n').append("    ");
            int start = Math.min(span.start(), filter.length());
            sb.append(" ".repeat(start)).append('^');
            int len = Math.max(1, span.length());
            sb.append("~".repeat(len - 1));
        }
        return sb.toString();
    }
}
