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
 * Lookaround, backreferences, atomic groups and possessive quantifiers have no linear-time form: RE2 rejects them,
 * and {@link #toJava} rewrites such a pattern for {@link java.util.regex}, which reads most of PCRE2's syntax as
 * PCRE2 does (with {@code UNIX_LINES}, '$', '.' and {@code \Z} see only "\n" as a newline, as PCRE2's default)
 * but not named groups' {@code (?P…)} forms, {@code \g} references, {@code \N}, {@code \cx}'s lower case,
 * {@code \o{…}}, and '[' or "&&" inside a class (Java's class union and intersection; members in PCRE2).
 */
final class PcreSyntax {
    private PcreSyntax() {
    }

    private static final String VERTICAL = "\\n\\x0B\\f\\r\\x{85}\\x{2028}\\x{2029}";
    private static final String HORIZONTAL = "\\t\\x20\\xA0\\x{1680}\\x{180E}\\x{2000}-\\x{200A}\\x{202F}\\x{205F}"
            + "\\x{3000}";
    private static final String END_OR_BEFORE_FINAL_NEWLINE = "(?:\\n?\\z)";

    static String toRe2(String pattern) {
        return rewrite(pattern, false);
    }

    /** The pattern for {@link java.util.regex.Pattern} (compiled with {@code UNIX_LINES}), PCRE2's meaning kept. */
    static String toJava(String pattern) {
        return rewrite(pattern, true);
    }

    private static String rewrite(String pattern, boolean java) {
        boolean multiline = java || multiline(pattern);
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
                if (java && e == 'g' && !inClass) {
                    // \gN, \g{N}, \g{name}: a backreference (relative ones, \g{-1}, are left for Java to refuse)
                    boolean braced = i + 2 < n && pattern.charAt(i + 2) == '{';
                    int from = i + (braced ? 3 : 2);
                    int to = braced ? pattern.indexOf('}', from) : from;
                    while (!braced && to < n && Character.isDigit(pattern.charAt(to))) {
                        to++;
                    }
                    String ref = to < 0 ? "" : pattern.substring(from, to);
                    if (!ref.isEmpty() && ref.chars().allMatch(Character::isDigit)) {
                        out.append("(?:\\").append(ref).append(')');
                        i = braced ? to : to - 1;
                        continue;
                    }
                    if (braced && !ref.isEmpty() && ref.chars().allMatch(Character::isLetterOrDigit)) {
                        out.append("(?:\\k<").append(ref).append(">)");
                        i = to;
                        continue;
                    }
                }
                String r = java ? javaEscape(e, inClass, i + 2 < n ? pattern.charAt(i + 2) : 0)
                        : inClass ? inClass(e) : outsideClass(e);
                out.append(r != null ? r : pattern.substring(i, i + 2));
                i++;
                continue;
            }
            if (inClass) {
                if (c == ']') {
                    inClass = false;
                } else if (java && c == '[') {
                    // a POSIX class ([:alpha:], [:^digit:]) as Java names it; any other '[' is a member
                    int close = pattern.indexOf(":]", i + 2);
                    String posix = i + 1 < n && pattern.charAt(i + 1) == ':' && close > 0
                            ? POSIX.get(pattern.substring(i + 2, close).replace("^", "")) : null;
                    if (posix != null) {
                        boolean negated = pattern.charAt(i + 2) == '^';
                        out.append(posix.equals("word") ? (negated ? "\\W" : "\\w")
                                : (negated ? "\\P{" : "\\p{") + posix + "}");
                        i = close + 1;
                    } else {
                        out.append("\\[");
                    }
                    continue;
                } else if (java && c == '&' && i + 1 < n && pattern.charAt(i + 1) == '&') {
                    out.append("&\\&"); // not Java's intersection
                    i++;
                    continue;
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
                if (java && k == '(' && i + 4 < n && pattern.charAt(i + 3) == '?') {
                    String conditional = lookaroundConditional(pattern, i);
                    if (conditional != null) {
                        out.append(conditional);
                        i = closing(pattern, i);
                        continue;
                    }
                }
                if (java && k == 'P' && i + 3 < n && (pattern.charAt(i + 3) == '<' || pattern.charAt(i + 3) == '=')) {
                    // (?P<name>…) is Java's (?<name>…); (?P=name) a backreference
                    if (pattern.charAt(i + 3) == '<') {
                        out.append("(?<");
                        i += 3;
                    } else {
                        int close = pattern.indexOf(')', i + 4);
                        if (close < 0) {
                            out.append(c);
                            continue;
                        }
                        out.append("(?:\\k<").append(pattern, i + 4, close).append(">)");
                        i = close;
                    }
                    continue;
                }
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

    /**
     * A conditional group whose condition is a lookaround, {@code (?(?=c)yes|no)}, at {@code open} of
     * {@code pattern}, as the alternation Java can run, {@code (?:(?=c)yes|(?!c)no)}; null for any other condition
     * (a group number or name: no Java form) or a group that does not close.
     */
    private static String lookaroundConditional(String pattern, int open) {
        int end = closing(pattern, open);
        int condEnd = closing(pattern, open + 2);
        if (end < 0 || condEnd < 0 || condEnd >= end) {
            return null;
        }
        String cond = pattern.substring(open + 2, condEnd + 1);
        String negated;
        if (cond.startsWith("(?=") || cond.startsWith("(?!")) {
            negated = (cond.charAt(2) == '=' ? "(?!" : "(?=") + cond.substring(3);
        } else if (cond.startsWith("(?<=") || cond.startsWith("(?<!")) {
            negated = (cond.charAt(3) == '=' ? "(?<!" : "(?<=") + cond.substring(4);
        } else {
            return null;
        }
        int bar = topLevelBar(pattern, condEnd + 1, end);
        String yes = pattern.substring(condEnd + 1, bar < 0 ? end : bar);
        String no = bar < 0 ? "" : pattern.substring(bar + 1, end);
        if (topLevelBar(pattern, bar < 0 ? end : bar + 1, end) >= 0) {
            return null; // more than two branches: PCRE2 refuses it
        }
        return "(?:" + toJava(cond) + toJava(yes) + "|" + toJava(negated) + toJava(no) + ")";
    }

    /** The index of the ')' closing the group opened at {@code open}, past escapes and classes; -1 if none. */
    private static int closing(String p, int open) {
        int depth = 0;
        for (int i = open; i >= 0 && i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            } else {
                i = tokenEnd(p, i);
            }
        }
        return -1;
    }

    /** The first '|' of {@code p} in {@code [from, to)} outside any group, class or escape; -1 if none. */
    private static int topLevelBar(String p, int from, int to) {
        for (int i = from; i >= 0 && i < to; i++) {
            char c = p.charAt(i);
            if (c == '|') {
                return i;
            }
            i = c == '(' ? closing(p, i) : tokenEnd(p, i);
        }
        return -1;
    }

    /** The last index of the escape or character class starting at {@code i} (i itself for any other character). */
    private static int tokenEnd(String p, int i) {
        char c = p.charAt(i);
        if (c == '\\') {
            return i + 1;
        }
        if (c != '[') {
            return i;
        }
        int k = i + 1;
        if (k < p.length() && p.charAt(k) == '^') {
            k++;
        }
        if (k < p.length() && p.charAt(k) == ']') {
            k++; // a ']' first in a class is a member
        }
        for (; k < p.length(); k++) {
            if (p.charAt(k) == '\\') {
                k++;
            } else if (p.charAt(k) == ']') {
                return k;
            }
        }
        return p.length();
    }

    /** PCRE2's POSIX class names, as {@code \p{…}} names them in Java (ASCII only in both). */
    private static final java.util.Map<String, String> POSIX = java.util.Map.ofEntries(
            java.util.Map.entry("alpha", "Alpha"), java.util.Map.entry("digit", "Digit"),
            java.util.Map.entry("alnum", "Alnum"), java.util.Map.entry("upper", "Upper"),
            java.util.Map.entry("lower", "Lower"), java.util.Map.entry("punct", "Punct"),
            java.util.Map.entry("xdigit", "XDigit"), java.util.Map.entry("print", "Print"),
            java.util.Map.entry("graph", "Graph"), java.util.Map.entry("cntrl", "Cntrl"),
            java.util.Map.entry("blank", "Blank"), java.util.Map.entry("space", "Space"),
            java.util.Map.entry("ascii", "ASCII"), java.util.Map.entry("word", "word"));

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

    /** What {@code \e} becomes for Java, or null to keep it: only {@code \N} (not {@code \N{name}}) differs. */
    private static String javaEscape(char e, boolean inClass, char after) {
        return e == 'N' && !inClass && after != '{' ? "[^\\n]" : null;
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
