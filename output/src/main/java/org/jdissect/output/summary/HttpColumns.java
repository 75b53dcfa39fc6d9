package org.jdissect.output.summary;

import java.nio.charset.StandardCharsets;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.http.HttpModule;
import org.jdissect.dissectors.media.MediaType;
import org.jdissect.dissectors.xml.XmlModule;

/**
 * HTTP (packet-http.c dissect_http_message and dissect_http_tcp) and the media types its bodies go to
 * (packet-text-media.c, packet-media.c, packet-http-urlencoded.c).
 */
final class HttpColumns {
    private HttpColumns() {
    }

    static void http(Columns c, ProtoNode p) {
        if (isTunnel(p)) {
            return; // a CONNECT tunnel's payload: http_payload_subdissector writes no column
        }
        HttpModule.CutFirstLine cut = c.ctx == null ? null : c.ctx.get(HttpModule.CutFirstLine.class);
        if (cut != null && cut.item() == p && !cut.seenHttp()) {
            return; // a first line without its end, no request seen before: the layer below's columns stay
        }
        if (c.httpMessages++ > 0) {
            // dissect_http_tcp sets a fence after each message: the next one's line goes after it
            c.info.setFence();
        }
        c.protocol = "ssdp".equals(Nodes.abbrev(p)) ? "SSDP" : "HTTP";
        ProtoNode start = cut != null && cut.item() == p ? null : lineStart(p); // then a continuation
        if (start != null) {
            // col_add_fstr(COL_INFO, "%s ", format_text(firstline)): the line without its terminator, then a space
            c.info.set(firstLine(lineText(start)));
        } else {
            c.info.set("Continuation");
        }
        c.httpContentType = contentType(p);
    }

    /**
     * The type as packet-http.c keeps it for the media dissectors: the header value's bytes to a NUL, read as UTF-8
     * (the field's own value is ENC_ASCII text, which turns each byte above 0x7f into U+FFFD); the item covers the
     * whole header line.
     */
    private static String contentType(ProtoNode p) {
        ProtoNode line = Nodes.find(p, "http.content_type");
        if (line == null) {
            return null;
        }
        ByteView b = line.source();
        int colon = b == null ? -1 : b.indexOf(line.offset(), ':');
        int end = b == null ? 0 : line.offset() + Math.min(line.length(), b.remaining(line.offset()));
        if (colon < 0 || colon >= end) {
            // no header bytes to read: the field's text, read the same way
            byte[] v = Nodes.text(p, "http.content_type").getBytes(StandardCharsets.UTF_8);
            return MediaType.fromBytes(ByteView.of(v), 0, v.length).type();
        }
        return MediaType.fromBytes(b, colon + 1, end - colon - 1).type();
    }

    /** Whether {@code n} is the HTTP item above a payload of a CONNECT tunnel (naming its target, nothing else). */
    static boolean isTunnel(ProtoNode n) {
        return n != null && n.firstChild() != null && "http.proxy_connect_host".equals(Nodes.abbrev(n.firstChild()));
    }

    /** {@code n}, or the layer after it when it is a tunnel's HTTP item. */
    static ProtoNode pastTunnel(ProtoNode n) {
        return isTunnel(n) ? n.next() : n;
    }

    /**
     * The item that starts a request or status line (its method, or its version), under the line's text item in a
     * whole tree, or right under HTTP in a tree that keeps only the fields the summary reads (text items are not
     * kept there); null for a continuation.
     */
    private static ProtoNode lineStart(ProtoNode http) {
        for (ProtoNode n = http.firstChild(); n != null; n = n.next()) {
            if (n.def() == null && Nodes.find(n, "http.leading_crlf") != null) {
                continue; // the text item of a CR LF before the message (ei_http_leading_crlf) comes first
            }
            if (n.def() == null) {
                for (ProtoNode k = n.firstChild(); k != null; k = k.next()) {
                    if (startsLine(k)) {
                        return k;
                    }
                }
                return null; // the first text item is the first line or nothing is
            }
            if (startsLine(n)) {
                return n;
            }
        }
        return null;
    }

    private static boolean startsLine(ProtoNode n) {
        String a = Nodes.abbrev(n);
        return "http.request.method".equals(a) || "http.response.version".equals(a);
    }

    /** The raw line from {@code start} to its end, bytes read as Latin-1 (one char a byte), without \r\n. */
    private static String lineText(ProtoNode start) {
        if (start.source() == null) {
            return "";
        }
        int from = start.offset();
        int nl = start.source().indexOf(from, '\n');
        int len = (nl < 0 ? start.source().capturedLength() : nl) - from;
        if (len <= 0) {
            return "";
        }
        byte[] b = start.source().toArray(from, len);
        int end = b.length;
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
        mediaWords(c, Nodes.abbrev(p), type); // (already bare and lower case: MediaType.fromBytes)
    }

    /**
     * What the media dissector {@code abbrev} writes for a body of media type {@code type} (already bare, lower
     * case), in HTTP or in a multipart part alike.
     */
    static void mediaWords(Columns c, String abbrev, String type) {
        if ("json".equals(abbrev)) {
            // packet-json.c below another protocol: "/JSON" in Protocol, ", JavaScript Object Notation" in Info,
            // and, with no tree (tshark without -V), the media type after a space
            c.protocol = c.protocol + "/JSON";
            c.info.appendSep(", ", "JavaScript Object Notation");
        }
        if ("xml".equals(abbrev) || XmlModule.isNamespaceProtocol(abbrev)) {
            // packet-xml.c appends "/XML" (or a DTD's root, "/PRESENCE") to Protocol and writes nothing in Info
            c.protocol = c.protocol + "/" + XmlModule.protocolColumn(type);
            return;
        }
        if ("media".equals(abbrev)) {
            c.info.append(" (" + type + ")");
        } else {
            c.info.appendSep(" ", "(" + type + ")");
        }
    }
}
