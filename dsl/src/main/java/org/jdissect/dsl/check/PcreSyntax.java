package org.jdissect.dsl.check;

/**
 * Rewrites the parts of a PCRE2 pattern (what Wireshark's {@code matches} compiles) that RE2 reads differently or not
 * at all, into RE2 syntax with PCRE2's meaning, so that the linear-time engine gives tshark's answers:
 * <ul>
 *   <li>{@code $} outside {@code (?m)}: PCRE2 also matches before a newline ending the subject, RE2 only at the very
 *   end; header lines end in "\r\n", so {@code http.request.line matches "^Host: .*$"} matched nothing. Where it
 *   ends the pattern or an alternative, it becomes {@code (?:\n?\z)}: consuming that newline changes nothing for a
 *   yes/no search.</li>
 *   <li>{@code \v} and {@code \h} (vertical and horizontal white space in PCRE2; RE2 knows {@code \v} as the
 *   vertical tab only and rejects {@code \h}), {@code \R} (any line break), {@code \N} (not a newline),
 *   {@code \Z} (end, or before a final newline), {@code \e} (escape), {@code \cX} (a control character) and
 *   {@code \o{…}} (octal).</li>
 *   <li>What only shapes a match, not whether there is one: {@code \K} (dropped), branch-reset groups
 *   {@code (?|…)} (plain groups) and the no-auto-capture flag {@code (?n)} (dropped).</li>
 * </ul>
 * Lookaround, backreferences, atomic groups and possessive quantifiers have no linear-time form and stay errors.
 */
final class PcreSyntax {
    private PcreSyntax() {
    }

    private static final String VERTICAL = "\\n\\x0B\\f\\r\\x{85}\\x{2028}\\x{2029}";
    private static final String HORIZONTAL = "\\t\\x20\\xA0\\x{1680}\\x{180E}\\x{2000}-\\x{200A}\\x{202F}\\x{205F}"
            + "\\x{3000}";
    private static final String END_OR_BEFORE_FINAL_NEWLINE = "(?:\\n?\\z)";

    static String toRe2(String pattern) {
        boolean multiline = multiline(pattern);
        StringBuilder out = new StringBuilder(pattern.length() + 16);
        boolean inClass = false;
        int n = pattern.length();
        for (int i = 0; i < n; i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < n) {
                char e = pattern.charAt(i + 1);
                if (e == 'Q') {
                    // a literal run up to \E: copied as it is
                    int end = pattern.indexOf("\\E", i + 2);
                    int stop = end < 0 ? n : end + 2;
                    out.append(pattern, i, stop);
                    i = stop - 1;
                    continue;
                }
                if (e == 'c' && i + 2 < n && pattern.charAt(i + 2) < 0x80) {
                    // \cX: X with bit 6 flipped (upper case first), as PCRE2 reads it
                    out.append(String.format("\\x{%x}", Character.toUpperCase(pattern.charAt(i + 2)) ^ 0x40));
                    i += 2;
                    continue;
                }
                if (e == 'o' && i + 2 < n && pattern.charAt(i + 2) == '{') {
                    int close = pattern.indexOf('}', i + 3);
                    String digits = close < 0 ? "" : pattern.substring(i + 3, close);
                    if (!digits.isEmpty() && digits.chars().allMatch(d -> d >= '0' && d <= '7') && digits.length() <= 7) {
                        out.append(String.format("\\x{%x}", Integer.parseInt(digits, 8)));
                        i = close;
                        continue;
                    }
                }
                if (e == 'K' && !inClass) {
                    i++; // resets the reported match start only
                    continue;
                }
                String r = inClass ? inClass(e) : outsideClass(e);
                out.append(r != null ? r : pattern.substring(i, i + 2));
                i++;
                continue;
            }
            if (inClass) {
                if (c == ']') {
                    inClass = false;
                }
                out.append(c);
                continue;
            }
            if (c == '[') {
                inClass = true;
                out.append(c);
                // a ']' first in the class (after an optional '^') is a member, not its end
                if (i + 1 < n && pattern.charAt(i + 1) == '^') {
                    out.append('^');
                    i++;
                }
                if (i + 1 < n && pattern.charAt(i + 1) == ']') {
                    out.append(']');
                    i++;
                }
                continue;
            }
            if (c == '(' && i + 2 < n && pattern.charAt(i + 1) == '?') {
                char k = pattern.charAt(i + 2);
                if (k == '|') {
                    out.append("(?:"); // a branch reset renumbers groups, which a yes/no search never reads
                    i += 2;
                    continue;
                }
                if (Character.isLetter(k) || k == '-') {
                    // a flag group: drop 'n' (no auto-capture), which RE2 does not know and a search does not need
                    int j = i + 2;
                    StringBuilder flags = new StringBuilder();
                    while (j < n && (Character.isLetter(pattern.charAt(j)) || pattern.charAt(j) == '-')) {
                        if (pattern.charAt(j) != 'n') {
                            flags.append(pattern.charAt(j));
                        }
                        j++;
                    }
                    if (j < n && (pattern.charAt(j) == ')' || pattern.charAt(j) == ':')
                            && flags.length() < j - i - 2) {
                        if (flags.length() == 0 || flags.toString().equals("-")) {
                            out.append(pattern.charAt(j) == ')' ? "" : "(?:");
                        } else {
                            out.append("(?").append(flags).append(pattern.charAt(j));
                        }
                        i = j;
                        continue;
                    }
                }
            }
            if (c == '$' && !multiline && (i + 1 == n || pattern.charAt(i + 1) == '|'
                    || pattern.charAt(i + 1) == ')')) {
                out.append(END_OR_BEFORE_FINAL_NEWLINE);
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String outsideClass(char e) {
        return switch (e) {
            case 'v' -> "[" + VERTICAL + "]";
            case 'h' -> "[" + HORIZONTAL + "]";
            case 'R' -> "(?:\\r\\n|[" + VERTICAL + "])";
            case 'N' -> "[^\\n]";
            case 'Z' -> END_OR_BEFORE_FINAL_NEWLINE;
            case 'e' -> "\\x1B";
            default -> null;
        };
    }

    private static String inClass(char e) {
        return switch (e) {
            case 'v' -> VERTICAL;
            case 'h' -> HORIZONTAL;
            case 'e' -> "\\x1B";
            default -> null;
        };
    }

    /** Whether the pattern turns on multi-line mode anywhere ({@code (?m)}, {@code (?im:…)}): then '$' is RE2's. */
    private static boolean multiline(String pattern) {
        for (int at = pattern.indexOf("(?"); at >= 0; at = pattern.indexOf("(?", at + 2)) {
            for (int i = at + 2; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (c == 'm') {
                    return true;
                }
                if (c == '-' || c == ')' || c == ':' || !Character.isLetter(c)) {
                    break;
                }
            }
        }
        return false;
    }
}
