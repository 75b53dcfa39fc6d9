package org.jdissect.output.summary;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;

/**
 * HTTP (packet-http.c dissect_http_message and dissect_http_tcp) and the media types its bodies go to
 * (packet-text-media.c, packet-media.c, packet-http-urlencoded.c).
 */
final class HttpColumns {
    private HttpColumns() {
    }

    static void http(Columns c, ProtoNode p) {
        if (c.httpMessages++ > 0) {
            // dissect_http_tcp sets a fence after each message: the next one's line goes after it
            c.info.setFence();
        }
        c.protocol = "HTTP";
        ProtoNode first = p.firstChild();
        if (first != null && first.def() == null && isFirstLine(first)) {
            // col_add_fstr(COL_INFO, "%s ", format_text(firstline)): the line without its terminator, then a space
            c.info.set(firstLine(lineText(first)));
        } else {
            c.info.set("Continuation");
        }
        c.httpContentType = Nodes.text(p, "http.content_type");
    }

    /** A request or status line carries the method or the response version under it. */
    private static boolean isFirstLine(ProtoNode text) {
        for (ProtoNode n = text.firstChild(); n != null; n = n.next()) {
            String a = Nodes.abbrev(n);
            if (a != null && (a.startsWith("http.request.") || a.startsWith("http.response."))) {
                return true;
            }
        }
        return false;
    }

    /** The raw first line, bytes read as Latin-1 (one char a byte), without its line terminator. */
    private static String lineText(ProtoNode text) {
        if (text.source() == null) {
            return "";
        }
        int len = Math.min(text.length(), text.source().remaining(text.offset()));
        if (len <= 0) {
            return "";
        }
        byte[] b = text.source().toArray(text.offset(), len);
        int end = b.length;
        if (end > 0 && b[end - 1] == '\n') {
            end--;
        }
        if (end > 0 && b[end - 1] == '\r') {
            end--;
        }
        return new String(b, 0, end, StandardCharsets.ISO_8859_1);
    }

    /** The Info text of a first line given as Latin-1 (one char a byte): format_text of its UTF-8, then " ". */
    static String firstLine(String latin1) {
        String utf8 = new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        return FieldFormat.formatText(utf8) + " ";
    }

    /**
     * A body's media-type dissector appends "(type)" after a space (col_append_sep_fstr " ", or packet-media.c's
     * " (%s)", the same text after HTTP's trailing space): the type as matched, without parameters, lower case.
     */
    static void mediaType(Columns c, ProtoNode p) {
        String type = c.httpContentType;
        if (type == null || c.mediaShown == c.httpMessages) {
            return; // one media type per message (a JSON body also leaves a data-text item)
        }
        c.mediaShown = c.httpMessages;
        if ("json".equals(Nodes.abbrev(p))) {
            // packet-json.c below another protocol: "/JSON" in Protocol, ", JavaScript Object Notation" in Info,
            // and, with no tree (tshark without -V), the media type after a space
            c.protocol = c.protocol + "/JSON";
            c.info.appendSep(", ", "JavaScript Object Notation");
        }
        int semi = type.indexOf(';');
        if (semi >= 0) {
            type = type.substring(0, semi);
        }
        type = type.trim().toLowerCase(Locale.ROOT);
        if ("media".equals(Nodes.abbrev(p))) {
            c.info.append(" (" + type + ")");
        } else {
            c.info.appendSep(" ", "(" + type + ")");
        }
    }
}
