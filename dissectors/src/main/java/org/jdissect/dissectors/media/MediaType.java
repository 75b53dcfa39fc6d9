package org.jdissect.dissectors.media;

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

    /** Parses a Content-Type header value: "Text/HTML; charset=utf-8" gives type "text/html". */
    public static MediaType parse(String headerValue) {
        String v = headerValue.trim();
        int semi = v.indexOf(';');
        String t = (semi < 0 ? v : v.substring(0, semi)).trim().toLowerCase(java.util.Locale.ROOT);
        return new MediaType(t, v);
    }
}
