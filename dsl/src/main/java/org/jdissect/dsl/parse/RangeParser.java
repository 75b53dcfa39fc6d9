package org.jdissect.dsl.parse;

import org.jdissect.dsl.DisplayFilterException;
import org.jdissect.dsl.ast.SliceRange;
import org.jdissect.dsl.ast.Span;

/** Reads one range of a slice or layer selector: {@code i}, {@code i:n}, {@code i-j}, {@code i:}, {@code :n}. */
final class RangeParser {
    private RangeParser() {
    }

    static SliceRange parse(String text, Span span) {
        String s = text.replaceAll("\\s+", "");
        int sep = separator(s);
        if (sep < 0) {
            return new SliceRange(number(s, span), SliceRange.Kind.SINGLE, 0, span);
        }
        String a = s.substring(0, sep);
        String b = s.substring(sep + 1);
        if (s.charAt(sep) == ':') {
            int start = a.isEmpty() ? 0 : number(a, span);
            if (b.isEmpty()) {
                return new SliceRange(start, SliceRange.Kind.TO_END, 0, span);
            }
            int len = number(b, span);
            if (len <= 0) {
                throw new DisplayFilterException("Range " + s + " isn't valid because the length must be positive",
                        span);
            }
            return new SliceRange(start, SliceRange.Kind.LENGTH, len, span);
        }
        int start = number(a, span);
        int end = number(b, span);
        // same-sign bounds can be checked now; mixed signs only when the length is known
        if ((start >= 0) == (end >= 0) && start > end) {
            throw new DisplayFilterException("Range " + s + " isn't valid because " + start
                    + " is greater or equal than " + end, span);
        }
        return new SliceRange(start, SliceRange.Kind.UNTIL, end, span);
    }

    /** Index of the ':' or the '-' that separates the two halves; a leading '-' is a sign, not a separator. */
    private static int separator(String s) {
        int colon = s.indexOf(':');
        if (colon >= 0) {
            return colon;
        }
        return s.indexOf('-', 1);
    }

    private static int number(String s, Span span) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new DisplayFilterException("\"" + s + "\" is not a valid number.", span);
        }
    }
}
