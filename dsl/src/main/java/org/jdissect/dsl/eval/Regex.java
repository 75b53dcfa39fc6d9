package org.jdissect.dsl.eval;

/**
 * A compiled {@code matches} pattern: whether it occurs anywhere in a value. Two engines, chosen per pattern when the
 * filter is compiled: RE2 (linear time) for every pattern it can express, and a backtracking engine, held to a
 * budget of characters read per value, for the PCRE2 features RE2 lacks (backreferences, lookaround, atomic groups,
 * possessive quantifiers, {@code (?x)}).
 */
public sealed interface Regex {
    boolean find(CharSequence text);

    /** RE2: linear in the value, whatever the pattern. */
    record Re2(com.google.re2j.Pattern pattern) implements Regex {
        @Override
        public boolean find(CharSequence text) {
            return pattern.matcher(text).find();
        }
    }

    /**
     * {@link java.util.regex} for what only a backtracking engine can match, as tshark's PCRE2 does. A value whose
     * search reads more than {@code steps} characters (a pattern that backtracks exponentially, say) or nests past
     * the stack does not match: PCRE2 stops at its match limit the same way, and Wireshark counts that as no match.
     */
    record Backtracking(java.util.regex.Pattern pattern, long steps) implements Regex {
        @Override
        public boolean find(CharSequence text) {
            try {
                return pattern.matcher(new Budgeted(text, steps)).find();
            } catch (Exhausted | StackOverflowError e) {
                return false;
            }
        }
    }

    /** The searched value, counting the characters the engine reads (every step of a backtracking search reads). */
    final class Budgeted implements CharSequence {
        private final CharSequence text;
        private long left;

        Budgeted(CharSequence text, long steps) {
            this.text = text;
            this.left = steps;
        }

        @Override
        public char charAt(int index) {
            if (--left < 0) {
                throw Exhausted.INSTANCE;
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Budgeted(text.subSequence(start, end), left);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /** Thrown through the engine when the budget is spent; one instance, no stack trace. */
    final class Exhausted extends RuntimeException {
        static final Exhausted INSTANCE = new Exhausted();

        private Exhausted() {
            super("regex step budget spent", null, false, false);
        }
    }
}
