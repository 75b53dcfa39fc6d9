package org.jdissect.dissectors.xml;

import java.util.ArrayList;
import java.util.List;
import org.jdissect.api.bytes.ByteView;

/**
 * A tokenizer that matches as Wireshark's tvbparse does, which packet-xml.c's grammar is written in: rules built
 * from characters, strings, alternatives and sequences, each match a token tree whose rules' callbacks run depth
 * first (before a token's children, after them) once a whole top-level rule has matched. The quirks that decide
 * what tshark shows are kept: a sequence skips the ignored characters after each of its elements, an alternative
 * skips a rule whose fixed length runs past the end, and an "until" search gives up one byte before the end.
 */
final class TokenRules {
    private TokenRules() {
    }

    /** A callback run on a matched token. */
    @FunctionalInterface
    interface Action {
        void run(Token t);
    }

    /** One match: where it lies, the rule that made it, the tokens it is made of. */
    static final class Token {
        Rule rule;
        int offset;
        int len;
        List<Token> subs;
        /** What a callback leaves for a later one (packet-xml.c's attribute value). */
        Token data;

        Token(Rule rule, int offset, int len) {
            this.rule = rule;
            this.offset = offset;
            this.len = len;
        }

        Token sub(int i) {
            return subs.get(i);
        }

        void add(Token t) {
            if (subs == null) {
                subs = new ArrayList<>(4);
            }
            subs.add(t);
        }

        int end() {
            return offset + len;
        }

        /** {@code t} (a new token of {@code rule} when null) grown to end where {@code sub}, its next part, ends. */
        static Token extend(Token t, Rule rule, Token sub) {
            if (t == null) {
                t = new Token(rule, sub.offset, sub.len);
            } else {
                t.len = sub.offset - t.offset + sub.len;
            }
            t.add(sub);
            return t;
        }
    }

    /** What is matched against: the bytes up to {@code end} and the characters a sequence skips between elements. */
    static final class Scan {
        final ByteView tvb;
        final int end;
        private final Rule ignore;
        private final Token[] slot = new Token[1];

        Scan(ByteView tvb, int end, Rule ignore) {
            this.tvb = tvb;
            this.end = end;
            this.ignore = ignore;
        }

        int skip(int off) {
            int n = 0;
            int c;
            while ((c = ignore.match(this, off + n, slot)) > 0) {
                n += c;
            }
            return n;
        }

        /**
         * tvbparse_get: the ignored characters skipped, {@code want} matched at {@code off}; its callbacks run and the
         * offset after the match returned, or -1 when it does not match.
         */
        int get(int off, Rule want) {
            int at = off + skip(off);
            Token[] out = new Token[1];
            int n = want.match(this, at, out);
            if (n < 0) {
                return -1;
            }
            run(out[0]);
            return at + n;
        }

        private static void run(Token t) {
            if (t.rule.before != null) {
                t.rule.before.run(t);
            }
            if (t.subs != null) {
                for (Token s : t.subs) {
                    run(s);
                }
            }
            if (t.rule.after != null) {
                t.rule.after.run(t);
            }
        }
    }

    /** A rule: matches at an offset, giving the bytes it consumed (or -1) and its token. */
    abstract static class Rule {
        /** The length below which the rule cannot match (tvbparse's wanted->len; 0 when it varies). */
        final int fixedLength;
        Action before;
        Action after;

        Rule(int fixedLength) {
            this.fixedLength = fixedLength;
        }

        Rule before(Action a) {
            before = a;
            return this;
        }

        Rule after(Action a) {
            after = a;
            return this;
        }

        abstract int match(Scan s, int off, Token[] out);
    }

    static Rule chars(String set) {
        return new Run(accept(set, false));
    }

    static Rule notChars(String set) {
        return new Run(accept(set, true));
    }

    static Rule ch(char c) {
        return new OneChar(c);
    }

    static Rule string(String s) {
        return new Literal(s, false);
    }

    static Rule caseString(String s) {
        return new Literal(s, true);
    }

    static Rule oneOf(Rule... rules) {
        return new OneOf(rules);
    }

    static Rule seq(Rule... rules) {
        return new Seq(rules);
    }

    static Rule oneOrMore(Rule r) {
        return new Some(r);
    }

    /** tvbparse_until with TP_UNTIL_INCLUDE: everything up to and including the first match of {@code r}. */
    static Rule until(Rule r) {
        return new Until(r);
    }

    /**
     * tvbparse_quoted: {@code q}, then an escaped quote or a run of anything but {@code q} (one of them, once), then
     * {@code q}; or two quotes. The token is cut to what lies between the quotes once matched.
     */
    static Rule quoted(char q, char esc) {
        Rule quote = ch(q);
        return oneOf(seq(quote, seq(oneOf(string("" + esc + q), notChars(String.valueOf(q)))), quote),
                seq(quote, quote)).after(t -> {
                    t.offset += 1;
                    t.len -= 2;
                });
    }

    private static boolean[] accept(String set, boolean complement) {
        boolean[] a = new boolean[256];
        if (complement) {
            java.util.Arrays.fill(a, true);
        }
        for (int i = 0; i < set.length(); i++) {
            a[set.charAt(i)] = !complement;
        }
        return a;
    }

    /** tvbparse_chars / tvbparse_not_chars with a minimum of one and no maximum. */
    private static final class Run extends Rule {
        private final boolean[] accept;

        Run(boolean[] accept) {
            super(0);
            this.accept = accept;
        }

        @Override
        int match(Scan s, int off, Token[] out) {
            if (off + 1 > s.end) {
                return -1;
            }
            int n = 0;
            while (off + n < s.end && accept[s.tvb.u8(off + n)]) {
                n++;
            }
            if (n < 1) {
                return -1;
            }
            out[0] = new Token(this, off, n);
            return n;
        }
    }

    private static final class OneChar extends Rule {
        private final int c;

        OneChar(char c) {
            super(1);
            this.c = c;
        }

        @Override
        int match(Scan s, int off, Token[] out) {
            if (off + 1 > s.end || s.tvb.u8(off) != c) {
                return -1;
            }
            out[0] = new Token(this, off, 1);
            return 1;
        }
    }

    private static final class Literal extends Rule {
        private final String text;
        private final boolean anyCase;

        Literal(String text, boolean anyCase) {
            super(text.length());
            this.text = text;
            this.anyCase = anyCase;
        }

        @Override
        int match(Scan s, int off, Token[] out) {
            int n = text.length();
            if (off + n > s.end) {
                return -1;
            }
            for (int i = 0; i < n; i++) {
                int b = s.tvb.u8(off + i);
                int c = text.charAt(i);
                if (anyCase ? lower(b) != lower(c) : b != c) {
                    return -1;
                }
            }
            out[0] = new Token(this, off, n);
            return n;
        }

        private static int lower(int c) {
            return c >= 'A' && c <= 'Z' ? c + 32 : c;
        }
    }

    /** A rule made of several others, tried in order. */
    private abstract static class Of extends Rule {
        final Rule[] rules;

        Of(Rule[] rules) {
            super(0);
            this.rules = rules;
        }
    }

    private static final class OneOf extends Of {
        OneOf(Rule[] rules) {
            super(rules);
        }

        @Override
        int match(Scan s, int off, Token[] out) {
            if (off > s.end) {
                return -1;
            }
            for (Rule r : rules) {
                if (off + r.fixedLength > s.end) {
                    continue;
                }
                int n = r.match(s, off, out);
                if (n >= 0) {
                    out[0] = Token.extend(null, this, out[0]);
                    return n;
                }
            }
            return -1;
        }
    }

    private static final class Seq extends Of {
        Seq(Rule[] rules) {
            super(rules);
        }

        @Override
        int match(Scan s, int off, Token[] out) {
            if (off > s.end) {
                return -1;
            }
            int at = off;
            Token t = null;
            for (Rule r : rules) {
                if (at + r.fixedLength > s.end) {
                    return -1;
                }
                int n = r.match(s, at, out);
                if (n < 0) {
                    return -1;
                }
                t = Token.extend(t, this, out[0]);
                at += n;
                at += s.skip(at);
            }
            out[0] = t;
            return at - off;
        }
    }

    /** A rule made of one other rule. */
    private abstract static class Around extends Rule {
        final Rule rule;

        Around(Rule rule) {
            super(0);
            this.rule = rule;
        }
    }

    /** tvbparse_one_or_more: the element again and again (ignored characters are not skipped between them). */
    private static final class Some extends Around {
        Some(Rule rule) {
            super(rule);
        }

        @Override
        int match(Scan s, int off, Token[] out) {
            if (off > s.end) {
                return -1;
            }
            int at = off;
            Token t = null;
            while (true) {
                if (at > s.end) {
                    return -1;
                }
                int n = rule.match(s, at, out);
                if (n < 0) {
                    break;
                }
                t = Token.extend(t, this, out[0]);
                at += n;
            }
            if (t == null) {
                return -1;
            }
            out[0] = t;
            return at - off;
        }
    }

    private static final class Until extends Around {
        /**
         * The last search: from {@code searchedFrom}, the first match at {@code foundAt} over {@code foundLen} bytes,
         * or none ({@code foundAt} -1). A later search from an offset in between has the same answer: text of many
         * unfinished comments or declarations would otherwise be searched to its end once for each of them.
         */
        private int searchedFrom = -1;
        private int foundAt;
        private int foundLen;

        Until(Rule rule) {
            super(rule);
        }

        @Override
        int match(Scan s, int off, Token[] out) {
            if (off + rule.fixedLength > s.end) {
                return -1;
            }
            if (searchedFrom < 0 || off < searchedFrom || foundAt >= 0 && off > foundAt
                    || foundAt < 0 && off > s.end - 2) {
                search(s, off, out);
            }
            if (foundAt < 0) {
                return -1;
            }
            int len = foundAt - off + foundLen;
            out[0] = new Token(this, off, len);
            return len;
        }

        /**
         * cond_until: tries each offset from {@code off} but stops one short of the last byte, so a one-byte end
         * mark in the last byte is not found.
         */
        private void search(Scan s, int off, Token[] out) {
            searchedFrom = off;
            int target = off;
            int n;
            do {
                n = rule.match(s, target++, out);
            } while (n < 0 && target + 1 < s.end);
            foundAt = n < 0 ? -1 : target - 1;
            foundLen = n;
        }
    }

}
