package org.jdissect.dsl.check;

import java.util.ArrayDeque;

/**
 * An upper bound of the size of the program RE2 compiles a pattern to, counted in instructions with repetitions
 * expanded as RE2 expands them ({@code x{n,m}} becomes m copies of x). RE2J has no size limit of its own: a 23-byte
 * pattern such as {@code ((a{1000}){1000}){1000}} makes it allocate until the heap is gone, so {@code matches}
 * checks this estimate against {@code filter.regex_size} before compiling.
 *
 * <p>Iterative, so a pattern of a hundred thousand "(" costs no stack; linear in the pattern's length. Syntax errors
 * are left to RE2J: what is not a valid repetition is counted as a literal.
 */
final class RegexSize {
    private RegexSize() {
    }

    /** One open group: the alternatives finished so far and the concatenation being built. */
    private static final class Frame {
        long alternatives;
        int bars;
        long sequence;
        long lastAtom;
    }

    /** The estimated program size of {@code pattern}, saturated at {@link Long#MAX_VALUE}. */
    static long estimate(String pattern) {
        ArrayDeque<Frame> stack = new ArrayDeque<>();
        Frame f = new Frame();
        int n = pattern.length();
        int i = 0;
        while (i < n) {
            char c = pattern.charAt(i);
            switch (c) {
                case '(' -> {
                    int close = flagsOnly(pattern, i);
                    if (close > 0) {
                        i = close + 1; // (?i) and the like: flags, no group
                        continue;
                    }
                    stack.push(f);
                    f = new Frame();
                    i = groupBodyStart(pattern, i);
                    continue;
                }
                case ')' -> {
                    long size = closed(f) + 2;
                    if (!stack.isEmpty()) {
                        f = stack.pop();
                    }
                    atom(f, size);
                }
                case '|' -> {
                    f.alternatives = add(f.alternatives, f.sequence);
                    f.bars++;
                    f.sequence = 0;
                    f.lastAtom = 0;
                }
                case '*', '+', '?' -> repeat(f, add(f.lastAtom, 1));
                case '{' -> {
                    int end = pattern.indexOf('}', i);
                    long times = end < 0 ? -1 : repeatCount(pattern.substring(i + 1, end));
                    if (times < 0) {
                        atom(f, 1); // not a repetition: a literal "{"
                    } else {
                        repeat(f, add(mul(f.lastAtom, times), times));
                        i = end;
                    }
                }
                case '[' -> {
                    int end = classEnd(pattern, i);
                    atom(f, Math.max(1, end - i)); // a class costs at most one range per character
                    i = end;
                }
                case '\\' -> {
                    if (i + 1 < n && pattern.charAt(i + 1) == 'Q') {
                        int e = pattern.indexOf("\\E", i + 2);
                        int stop = e < 0 ? n : e;
                        for (int k = i + 2; k < stop; k++) {
                            atom(f, 1);
                        }
                        i = e < 0 ? n : e + 2;
                        continue;
                    }
                    i = escapeEnd(pattern, i);
                    atom(f, 1);
                }
                default -> atom(f, 1);
            }
            i++;
        }
        while (!stack.isEmpty()) {
            long size = closed(f) + 2;
            f = stack.pop();
            atom(f, size);
        }
        return closed(f);
    }

    private static long closed(Frame f) {
        return add(add(f.alternatives, f.sequence), f.bars);
    }

    private static void atom(Frame f, long size) {
        f.sequence = add(f.sequence, size);
        f.lastAtom = size;
    }

    /** Replaces the last atom by its repetition, of {@code size} in all. */
    private static void repeat(Frame f, long size) {
        f.sequence = add(f.sequence - f.lastAtom, size);
        f.lastAtom = size;
    }

    /** For "(?flags)" alone, the index of its ")"; else -1. */
    private static int flagsOnly(String p, int open) {
        if (open + 1 >= p.length() || p.charAt(open + 1) != '?') {
            return -1;
        }
        for (int k = open + 2; k < p.length(); k++) {
            char c = p.charAt(k);
            if (c == ')') {
                return k;
            }
            if (!Character.isLetter(c) && c != '-') {
                return -1;
            }
        }
        return -1;
    }

    /** Where a group's body starts: after "(", "(?:", "(?i:" or "(?P<name>". */
    private static int groupBodyStart(String p, int open) {
        int k = open + 1;
        if (k < p.length() && p.charAt(k) == '?') {
            int colon = p.indexOf(':', k);
            int gt = p.indexOf('>', k);
            if (k + 1 < p.length() && p.charAt(k + 1) == 'P' && gt > 0) {
                return gt + 1;
            }
            return colon < 0 ? k + 1 : colon + 1;
        }
        return k;
    }

    /** The count of "{n}", "{n,}" or "{n,m}" (m, or n+1 when open), or -1 when the braces are not a repetition. */
    private static long repeatCount(String body) {
        int comma = body.indexOf(',');
        String lo = comma < 0 ? body : body.substring(0, comma);
        String hi = comma < 0 ? null : body.substring(comma + 1);
        if (!digits(lo) || (hi != null && !hi.isEmpty() && !digits(hi))) {
            return -1;
        }
        long min = parse(lo);
        if (hi == null) {
            return Math.max(1, min);
        }
        return hi.isEmpty() ? add(min, 1) : Math.max(1, Math.max(min, parse(hi)));
    }

    private static boolean digits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }

    private static long parse(String s) {
        return s.length() > 18 ? Long.MAX_VALUE : Long.parseLong(s);
    }

    /** The index of the "]" closing the class opened at {@code open} (or the last index). */
    private static int classEnd(String p, int open) {
        int k = open + 1;
        if (k < p.length() && p.charAt(k) == '^') {
            k++;
        }
        if (k < p.length() && p.charAt(k) == ']') {
            k++; // a "]" first is a literal
        }
        while (k < p.length()) {
            char c = p.charAt(k);
            if (c == '\\') {
                k += 2;
                continue;
            }
            if (c == '[' && k + 1 < p.length() && p.charAt(k + 1) == ':') {
                int e = p.indexOf(":]", k + 2);
                k = e < 0 ? k + 1 : e + 2;
                continue;
            }
            if (c == ']') {
                return k;
            }
            k++;
        }
        return p.length() - 1;
    }

    /** The last index of the escape starting at {@code backslash}: \p{Greek}, \x{263a}, \x41, \pL, \d… */
    private static int escapeEnd(String p, int backslash) {
        int k = backslash + 1;
        if (k >= p.length()) {
            return backslash;
        }
        char c = p.charAt(k);
        if ((c == 'p' || c == 'P' || c == 'x') && k + 1 < p.length()) {
            if (p.charAt(k + 1) == '{') {
                int e = p.indexOf('}', k + 2);
                return e < 0 ? p.length() - 1 : e;
            }
            return c == 'x' ? Math.min(p.length() - 1, k + 2) : k + 1;
        }
        return k;
    }

    private static long add(long a, long b) {
        long s = a + b;
        return s < 0 ? Long.MAX_VALUE : s;
    }

    private static long mul(long a, long b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        return a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }
}
