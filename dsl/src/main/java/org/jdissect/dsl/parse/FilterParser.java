package org.jdissect.dsl.parse;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.jdissect.dsl.DisplayFilterException;
import org.jdissect.dsl.DisplayFilterLexer;
import org.jdissect.dsl.DisplayFilterParser;
import org.jdissect.dsl.ast.Expr;
import org.jdissect.dsl.ast.Span;
import org.jdissect.api.limits.Limit;
import org.jdissect.api.limits.Limits;

/** Text to AST. The ANTLR types stay in this package: callers only see {@link Expr} or an exception. */
public final class FilterParser {
    private FilterParser() {
    }

    /**
     * Deepest nesting of parentheses, braces and brackets accepted by default ({@link Limit#FILTER_DEPTH}). The
     * parser and the checker recurse once per level, so a hostile filter of thousands of "(" must get an error, not
     * exhaust the stack; Wireshark's own grammar has a similar limit.
     */
    public static final int MAX_DEPTH = (int) Limit.FILTER_DEPTH.builtIn();
    /** Operators chained at one level ("a or b or c …") also nest the tree one level each. */
    public static final int MAX_OPERATORS = (int) Limit.FILTER_OPERATORS.builtIn();

    /** Parses {@code text}; throws {@link DisplayFilterException} (with a span) on the first syntax error. */
    public static Expr parse(String text) {
        return parse(text, Limits.fromSystemProperties());
    }

    /** As {@link #parse(String)}, with the nesting and operator caps of {@code limits}. */
    public static Expr parse(String text, Limits limits) {
        checkNesting(text, limits.getInt(Limit.FILTER_DEPTH), limits.getInt(Limit.FILTER_OPERATORS));
        try {
            return parseChecked(text);
        } catch (StackOverflowError e) {
            // belt and braces: whatever the limits above miss still ends as an error, never a crash
            throw new DisplayFilterException("Filter is too complex to parse.", new Span(0, text.length()));
        }
    }

    private static void checkNesting(String text, int maxDepth, int maxOperators) {
        int depth = 0;
        int operators = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            switch (c) {
                case '"' -> inString = true;
                case '(', '{', '[' -> {
                    if (++depth > maxDepth) {
                        throw new DisplayFilterException("Filter is nested too deeply (more than " + maxDepth
                                + " levels; limit " + Limit.FILTER_DEPTH.key() + ", raise it with "
                                + Limits.howToRaise(Limit.FILTER_DEPTH) + ").", new Span(i, i + 1));
                    }
                }
                case ')', '}', ']' -> depth = Math.max(0, depth - 1);
                case '&', '|', '!', '=', '<', '>', '~', '+', '-', '*', '/', '%' -> {
                    if (++operators > maxOperators) {
                        throw new DisplayFilterException("Filter has too many operators (more than "
                                + maxOperators + "; limit " + Limit.FILTER_OPERATORS.key() + ", raise it with "
                                + Limits.howToRaise(Limit.FILTER_OPERATORS) + ").", new Span(i, i + 1));
                    }
                }
                default -> { }
            }
        }
    }

    private static Expr parseChecked(String text) {
        DisplayFilterLexer lexer = new DisplayFilterLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        DisplayFilterParser parser = new DisplayFilterParser(new CommonTokenStream(new FlexWords(lexer)));
        parser.removeErrorListeners();
        parser.addErrorListener(new FirstErrorThrower(text));
        // SLL prediction is much faster and right for this grammar; as in Trino's front end, fall back to full LL
        // only when SLL reports a problem, so error messages come from the exact parse
        parser.getInterpreter().setPredictionMode(org.antlr.v4.runtime.atn.PredictionMode.SLL);
        parser.removeErrorListeners();
        parser.setErrorHandler(new org.antlr.v4.runtime.BailErrorStrategy());
        DisplayFilterParser.FilterContext tree;
        try {
            tree = parser.filter();
        } catch (org.antlr.v4.runtime.misc.ParseCancellationException e) {
            lexer.reset();
            DisplayFilterParser ll = new DisplayFilterParser(new CommonTokenStream(new FlexWords(lexer)));
            ll.removeErrorListeners();
            ll.addErrorListener(new FirstErrorThrower(text));
            ll.getInterpreter().setPredictionMode(org.antlr.v4.runtime.atn.PredictionMode.LL);
            tree = ll.filter();
        }
        return new AstBuilder(text).visitFilter(tree);
    }

    /** Stops at the first syntax error with tshark's wording; no recovery, since one error is all we show. */
    private static final class FirstErrorThrower extends BaseErrorListener {
        private final String text;

        FirstErrorThrower(String text) {
            this.text = text;
        }

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int col, String msg,
                                RecognitionException e) {
            if (!(offendingSymbol instanceof Token t) || t.getType() == Token.EOF) {
                throw new DisplayFilterException("Unexpected end of filter expression.",
                        new Span(text.length(), text.length()));
            }
            Span span = new Span(t.getStartIndex(), t.getStopIndex() + 1);
            String tok = t.getText();
            if (t.getType() == DisplayFilterLexer.ERROR_CHAR && tok.equals("\"")) {
                throw new DisplayFilterException("The final quote was missing from a quoted string.",
                        new Span(span.start(), text.length()));
            }
            if (t.getType() == DisplayFilterLexer.ERROR_CHAR && tok.equals("'")) {
                throw new DisplayFilterException("The final quote was missing from a character constant.",
                        new Span(span.start(), text.length()));
            }
            if (t.getType() == DisplayFilterLexer.ERROR_CHAR && (tok.charAt(0) < 0x20 || tok.charAt(0) >= 0x7f)) {
                // scanner.l's default rule, for a character that isprint() refuses
                throw new DisplayFilterException("Non-printable ASCII characters may only appear inside double-quotes.",
                        span);
            }
            throw new DisplayFilterException("\"" + tok + "\" was unexpected in this context.", span);
        }
    }
}
