package org.jdissect.dissectors.media;

import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.tree.FieldFormat;

/**
 * The media type of a body handed to a media dissector (Wireshark's {@code media_type} table argument): the
 * lower-case type without parameters ("text/html") and the header value as sent, for labels.
 */
public record MediaType(String type, String asSent) {
    /** What follows the type's ';' as sent, leading spaces dropped ("charset=utf-8"), or "". */
    public String parameters() {
        int semi = asSent.indexOf(';');
        return semi < 0 ? "" : asSent.substring(semi + 1).stripLeading();
    }

    /**
     * A Content-Type header value's {@code len} bytes at {@code off} as packet-http.c reads them: a C string (to a
     * NUL), the type up to a ';' or white space with its ASCII letters lowered ("Text/HTML; charset=utf-8" gives
     * "text/html"), both shown as format_text shows bytes, UTF-8 (tshark 4.0.17: "Media type: text/pléin" for
     * "Text/Pl\xc3\xa9in", U+FFFD for a byte that is not UTF-8).
     */
    public static MediaType fromBytes(ByteView tvb, int off, int len) {
        byte[] b = tvb.toArray(off, len);
        int n = 0;
        while (n < b.length && b[n] != 0) {
            n++;
        }
        int s = 0;
        while (s < n && space(b[s])) {
            s++;
        }
        int e = n;
        while (e > s && space(b[e - 1])) {
            e--;
        }
        int t = s;
        while (t < e && b[t] != ';' && !space(b[t])) {
            t++;
        }
        byte[] type = java.util.Arrays.copyOfRange(b, s, t);
        for (int i = 0; i < type.length; i++) {
            type[i] = (byte) (type[i] >= 'A' && type[i] <= 'Z' ? type[i] + ('a' - 'A') : type[i]);
        }
        return new MediaType(FieldFormat.formatTextOfBytes(type, 0, type.length),
                FieldFormat.formatTextOfBytes(b, s, e - s));
    }

    /** g_ascii_isspace. */
    private static boolean space(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 11 || c == '\f' || c == '\r';
    }
}
