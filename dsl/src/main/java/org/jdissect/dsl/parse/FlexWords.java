package org.jdissect.dsl.parse;

import java.util.ArrayDeque;
import java.util.List;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;
import org.jdissect.dsl.DisplayFilterLexer;

/**
 * Cuts the grammar's WORD tokens where Wireshark 4.0.17's scanner (epan/dfilter/scanner.l) would. WORD is one run of
 * the characters any word may hold; the scanner instead takes, at each point, the longest match of its word rules
 * (MAC address, IPv4 and IPv6 address with prefix, byte string, ":hex" literal, identifier) and so reads
 * {@code fc:} as the identifier {@code fc} and an unexpected ":", {@code 00e0:8100:b028} as {@code 00e0} and the
 * unexpected literal {@code :8100}, and {@code x/2} as a division. Inside brackets (slices and layers) the scanner
 * takes everything up to ']' or ',' as one range, so words there are left whole.
 */
final class FlexWords implements TokenSource {
    private static final String HEX2 = "[0-9A-Fa-f]{2}";
    private static final String H16 = "[0-9A-Fa-f]{1,4}";
    private static final String OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])";
    private static final String IPV4 = OCTET + "\\." + OCTET + "\\." + OCTET + "\\." + OCTET;
    private static final String LS32 = "(?:" + H16 + ":" + H16 + "|" + IPV4 + ")";
    private static final String IPV6 = "(?:(?:" + H16 + ":){6}" + LS32
            + "|::(?:" + H16 + ":){5}" + LS32
            + "|(?:" + H16 + ")?::(?:" + H16 + ":){4}" + LS32
            + "|(?:(?:" + H16 + ":){0,1}" + H16 + ")?::(?:" + H16 + ":){3}" + LS32
            + "|(?:(?:" + H16 + ":){0,2}" + H16 + ")?::(?:" + H16 + ":){2}" + LS32
            + "|(?:(?:" + H16 + ":){0,3}" + H16 + ")?::" + H16 + ":" + LS32
            + "|(?:(?:" + H16 + ":){0,4}" + H16 + ")?::" + LS32
            + "|(?:(?:" + H16 + ":){0,5}" + H16 + ")?::" + H16
            + "|(?:(?:" + H16 + ":){0,6}" + H16 + ")?::)";

    /** scanner.l's word rules in its order (on equal lengths the earlier wins), all of them "unparsed" words. */
    private static final List<Pattern> RULES = List.of(
            Pattern.compile(HEX2 + "([:.-])" + HEX2 + "(?:\\1" + HEX2 + "){4}"
                    + "|[0-9A-Fa-f]{4}\\.[0-9A-Fa-f]{4}\\.[0-9A-Fa-f]{4}"),
            Pattern.compile(IPV4 + "(?:/[0-9]{1,2})?"),
            Pattern.compile(IPV6 + "(?:/[0-9]{1,3})?"),
            Pattern.compile(":?(?:" + HEX2 + "(?::" + HEX2 + ")+|" + HEX2 + "(?:\\." + HEX2 + ")+|" + HEX2 + "(?:-"
                    + HEX2 + ")+)"),
            Pattern.compile(":[0-9A-Fa-f]+"),
            Pattern.compile("\\.?[A-Za-z0-9_][A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]+)*"));

    private final DisplayFilterLexer lexer;
    private final ArrayDeque<Token> pending = new ArrayDeque<>();
    private int bracketDepth;

    FlexWords(DisplayFilterLexer lexer) {
        this.lexer = lexer;
    }

    @Override
    public Token nextToken() {
        if (!pending.isEmpty()) {
            return pending.poll();
        }
        Token t = lexer.nextToken();
        switch (t.getType()) {
            case DisplayFilterLexer.LBRACKET -> bracketDepth++;
            case DisplayFilterLexer.RBRACKET -> bracketDepth = Math.max(0, bracketDepth - 1);
            case DisplayFilterLexer.WORD -> {
                if (bracketDepth == 0) {
                    split(t);
                    return pending.poll();
                }
            }
            default -> { }
        }
        return t;
    }

    /** Queues the pieces the scanner would make of word {@code t} (just {@code t} when it is one). */
    private void split(Token t) {
        String text = t.getText();
        int at = 0;
        while (at < text.length()) {
            int best = 0;
            for (Pattern p : RULES) {
                best = Math.max(best, longest(p, text, at, best));
            }
            int type = DisplayFilterLexer.WORD;
            if (best == 0) {
                best = 1;
                char c = text.charAt(at);
                type = c == '/' ? DisplayFilterLexer.SLASH : c == '-' ? DisplayFilterLexer.MINUS
                        : DisplayFilterLexer.ERROR_CHAR;
            }
            if (at == 0 && best == text.length()) {
                pending.add(t);
                return;
            }
            CommonToken piece = new CommonToken(new Pair<>(this, lexer.getInputStream()), type,
                    Token.DEFAULT_CHANNEL, t.getStartIndex() + at, t.getStartIndex() + at + best - 1);
            piece.setText(text.substring(at, at + best));
            piece.setLine(t.getLine());
            piece.setCharPositionInLine(t.getCharPositionInLine() + at);
            pending.add(piece);
            at += best;
        }
    }

    /** The longest match of {@code p} at {@code from} that is longer than {@code atLeast}, or 0. */
    private static int longest(Pattern p, String text, int from, int atLeast) {
        var m = p.matcher(text);
        for (int end = text.length(); end - from > atLeast; end--) {
            if (m.region(from, end).matches()) {
                return end - from;
            }
        }
        return 0;
    }

    @Override
    public int getLine() {
        return lexer.getLine();
    }

    @Override
    public int getCharPositionInLine() {
        return lexer.getCharPositionInLine();
    }

    @Override
    public CharStream getInputStream() {
        return lexer.getInputStream();
    }

    @Override
    public String getSourceName() {
        return lexer.getSourceName();
    }

    @Override
    public void setTokenFactory(TokenFactory<?> factory) {
        lexer.setTokenFactory(factory);
    }

    @Override
    public TokenFactory<?> getTokenFactory() {
        return lexer.getTokenFactory();
    }
}
