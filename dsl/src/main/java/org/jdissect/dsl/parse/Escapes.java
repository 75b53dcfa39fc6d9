package org.jdissect.dsl.parse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.jdissect.dsl.DisplayFilterException;
import org.jdissect.dsl.ast.Span;

/**
 * Decoding of quoted strings and character constants with Wireshark 4.0's escape rules. Wireshark strings are
 * bytes: {@code \xNN} and octal escapes insert a raw byte, so the value is assembled as bytes and read as UTF-8.
 */
final class Escapes {
    private Escapes() {
    }

    /** Decodes a STRING token ({@code "…"} or {@code r"…"}) starting at column {@code col}. */
    static String string(String token, int col) {
        boolean raw = token.charAt(0) == 'r' || token.charAt(0) == 'R';
        int open = raw ? 1 : 0;
        String body = token.substring(open + 1, token.length() - 1);
        int bodyCol = col + open + 1;
        if (raw) {
            // raw strings keep their backslashes; \" only stops the quote from ending the string
            return body;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c != '\\') {
                int cp = body.codePointAt(i);
                out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
                continue;
            }
            i = escape(body, i, bodyCol, out);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Decodes one escape at {@code body[i]} (a backslash) into {@code out}; returns the index after it. */
    private static int escape(String body, int i, int bodyCol, ByteArrayOutputStream out) {
        char e = body.charAt(i + 1);
        switch (e) {
            case 'a' -> out.write(7);
            case 'b' -> out.write(8);
            case 'f' -> out.write(12);
            case 'n' -> out.write(10);
            case 'r' -> out.write(13);
            case 't' -> out.write(9);
            case 'v' -> out.write(11);
            case '\\', '"', '\'', '?' -> out.write(e);
            case 'x' -> {
                int j = i + 2;
                while (j < body.length() && j < i + 4 && isHex(body.charAt(j))) {
                    j++;
                }
                if (j == i + 2) {
                    throw bad(body, i, i + 2, bodyCol, "\\x is not a valid character escape sequence");
                }
                out.write(Integer.parseInt(body.substring(i + 2, j), 16));
                return j;
            }
            case 'u', 'U' -> {
                int digits = e == 'u' ? 4 : 8;
                int j = i + 2;
                while (j < body.length() && j < i + 2 + digits && isHex(body.charAt(j))) {
                    j++;
                }
                String text = body.substring(i, j);
                long cp = j - i - 2 == digits ? Long.parseLong(body.substring(i + 2, j), 16) : -1;
                // C11's rule, which Wireshark follows: no UCN below U+00A0 except $ @ `, none in the surrogates
                boolean ok = cp >= 0xA0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF)
                        || cp == '$' || cp == '@' || cp == '`';
                if (!ok) {
                    throw bad(body, i, j, bodyCol, text + " is not a valid universal character name");
                }
                out.writeBytes(new String(Character.toChars((int) cp)).getBytes(StandardCharsets.UTF_8));
                return j;
            }
            default -> {
                if (e >= '0' && e <= '7') {
                    int j = i + 1;
                    while (j < body.length() && j < i + 4 && body.charAt(j) >= '0' && body.charAt(j) <= '7') {
                        j++;
                    }
                    int v = Integer.parseInt(body.substring(i + 1, j), 8);
                    if (v > 0xFF) {
                        throw bad(body, i, j, bodyCol, body.substring(i, j) + " is larger than 255.");
                    }
                    out.write(v);
                    return j;
                }
                throw bad(body, i, i + 2, bodyCol, "\\" + e + " is not a valid character escape sequence");
            }
        }
        return i + 2;
    }

    /** Decodes a CHARCONST token such as {@code 'a'}, {@code '\n'}, {@code '\x41'} or {@code '\101'}. */
    static int charConst(String token, Span span) {
        String body = token.substring(1, token.length() - 1);
        if (body.isEmpty()) {
            throw new DisplayFilterException(token + " isn't a valid character constant.", span);
        }
        if (body.charAt(0) != '\\') {
            if (body.codePointCount(0, body.length()) != 1) {
                throw new DisplayFilterException(token + " is too long to be a valid character constant.", span);
            }
            return body.codePointAt(0);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(1);
        int end;
        try {
            end = body.length() >= 2 && "abfnrtv\\'\"x01234567".indexOf(body.charAt(1)) >= 0
                    ? escape(body, 0, 0, out) : -1;
        } catch (DisplayFilterException e) {
            end = -1;
        }
        if (end < 0) {
            throw new DisplayFilterException(token + " isn't a valid character constant.", span);
        }
        if (end != body.length() || out.size() != 1) {
            throw new DisplayFilterException(token + " is too long to be a valid character constant.", span);
        }
        return out.toByteArray()[0] & 0xFF;
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    private static DisplayFilterException bad(String body, int from, int to, int bodyCol, String msg) {
        return new DisplayFilterException(msg, new Span(bodyCol + from, bodyCol + Math.min(to, body.length())));
    }

    /** Writes {@code value} as a double-quoted string literal that {@link #string} decodes back to it. */
    static String quote(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        sb.append(String.format("\\x%02x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
