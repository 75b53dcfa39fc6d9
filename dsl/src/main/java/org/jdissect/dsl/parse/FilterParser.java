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

/** Text to AST. The ANTLR types stay in this package: callers only see {@link Expr} or an exception. */
public final class FilterParser {
    private FilterParser() {
    }

    /** Parses {@code text}; throws {@link DisplayFilterException} (with a span) on the first syntax error. */
    public static Expr parse(String text) {
        DisplayFilterLexer lexer = new DisplayFilterLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        DisplayFilterParser parser = new DisplayFilterParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(new FirstErrorThrower(text));
        return new AstBuilder(text).visitFilter(parser.filter());
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
            throw new DisplayFilterException("\"" + tok + "\" was unexpected in this context.", span);
        }
    }
}
