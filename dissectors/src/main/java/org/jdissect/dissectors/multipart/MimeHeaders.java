package org.jdissect.dissectors.multipart;

import org.jdissect.api.bytes.ByteView;

/**
 * The text helpers packet-multipart.c leans on, with their quirks: tvb_find_line_end (without desegmentation),
 * imf_find_field_end (packet-imf.c), unfold_and_compact_mime_header and ws_find_media_type_parameter.
 */
final class MimeHeaders {
    private MimeHeaders() {
    }

    /** tvb_find_line_end's return value: the line's length without its terminator. */
    static int lineLength(ByteView tvb, int off) {
        int len = tvb.capturedLength();
        int i = tvb.indexOfLineEnd(off, len);
        return (i < 0 ? len : i) - off;
    }

    /**
     * imf_find_field_end: where the header field starting at {@code off} ends (just past its CR LF, folded lines
     * included), and whether it is the last one (a blank line follows, or the data ends): {end, last}. The end is
     * -1 when no CR is found.
     */
    static int[] fieldEnd(ByteView tvb, int off, int max) {
        while (off < max) {
            int cr = -1;
            for (int i = off; i < max; i++) {
                if (tvb.u8(i) == '\r') {
                    cr = i;
                    break;
                }
            }
            if (cr < 0) {
                break;
            }
            off = cr + 1;
            if (off < max && tvb.u8(off) == '\n') {
                off++;
                if (off >= max) {
                    return new int[] {off - 2, 1}; // the data ends: the last field, its CR LF after the offset
                }
                int c = tvb.u8(off);
                if (c == '\r') {
                    return new int[] {off, off + 1 < max && tvb.u8(off + 1) == '\n' ? 1 : 0};
                }
                if (c != ' ' && c != '\t') {
                    return new int[] {off, 0};
                }
                // a folded line: the field goes on
            }
        }
        return new int[] {-1, 0};
    }

    /**
     * unfold_and_compact_mime_header: folded lines joined, white space around ':', ';', ',' and '=' dropped, other
     * runs of white space made one space, quoted strings kept as they are; the header ends at its line end.
     */
    static String unfold(String lines) {
        StringBuilder out = new StringBuilder(lines.length());
        boolean sepSeen = false;
        boolean lws = false;
        int n = lines.length();
        int p = 0;
        while (p < n) {
            char c = lines.charAt(p);
            if (c == ':' || c == ';' || c == ',' || c == '=') {
                lws = false;
                out.append(c);
                sepSeen = true;
                p++;
            } else if (c == ' ' || c == '\t') {
                lws = true;
                p++;
            } else if (c == '\n') {
                lws = false;
                if (p + 1 < n && (lines.charAt(p + 1) == ' ' || lines.charAt(p + 1) == '\t')) {
                    lws = true;
                    p += 2;
                } else {
                    break;
                }
            } else if (c == '\r') {
                lws = false;
                if (p + 1 < n && lines.charAt(p + 1) == '\n') {
                    if (p + 2 < n && (lines.charAt(p + 2) == ' ' || lines.charAt(p + 2) == '\t')) {
                        lws = true;
                        p += 3;
                    } else {
                        break;
                    }
                } else if (p + 1 < n && (lines.charAt(p + 1) == ' ' || lines.charAt(p + 1) == '\t')) {
                    lws = true;
                    p += 2;
                } else {
                    break;
                }
            } else if (c == '"') {
                lws = false;
                out.append(c);
                p++;
                while (p < n) {
                    char q = lines.charAt(p++);
                    out.append(q);
                    if (q == '\\' && p < n) {
                        out.append(lines.charAt(p++));
                    } else if (q == '"') {
                        break;
                    }
                }
            } else {
                if (sepSeen) {
                    sepSeen = false;
                } else if (lws) {
                    out.append(' ');
                }
                lws = false;
                out.append(c);
                p++;
            }
        }
        return out.toString();
    }

    /**
     * ws_find_media_type_parameter: the value of parameter {@code key} (case-insensitive) in "a=b;c="d"", a quoted
     * value unquoted (backslash escapes resolved); null if absent.
     */
    static String parameter(String params, String key) {
        if (params == null) {
            return null;
        }
        int n = params.length();
        int p = 0;
        while (p < n) {
            while (p < n && Character.isWhitespace(params.charAt(p))) {
                p++;
            }
            if (params.regionMatches(true, p, key, 0, key.length())) {
                int q = p + key.length();
                while (q < n && Character.isWhitespace(params.charAt(q))) {
                    q++;
                }
                if (q < n && params.charAt(q) == '=') {
                    q++;
                    while (q < n && Character.isWhitespace(params.charAt(q))) {
                        q++;
                    }
                    return value(params, q);
                }
            }
            int semi = params.indexOf(';', p);
            if (semi < 0) {
                return null;
            }
            p = semi + 1;
        }
        return null;
    }

    private static String value(String s, int p) {
        StringBuilder v = new StringBuilder();
        int n = s.length();
        if (p < n && s.charAt(p) == '"') {
            p++;
            while (p < n && s.charAt(p) != '"') {
                if (s.charAt(p) == '\\' && p + 1 < n) {
                    p++;
                }
                v.append(s.charAt(p++));
            }
            return v.toString();
        }
        while (p < n && s.charAt(p) != ';' && !Character.isWhitespace(s.charAt(p))) {
            v.append(s.charAt(p++));
        }
        return v.toString();
    }

    /** isprint_string: every character printable ASCII. */
    static boolean printable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }
}
