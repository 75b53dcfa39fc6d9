package org.jdissect.output.summary;

import java.util.Locale;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.xml.XmlModule;

/**
 * MIME multipart (packet-multipart.c): it fences the Info column and writes nothing itself; each part's media
 * dissector then appends as it would for a whole body ("(text/plain)", ", JavaScript Object Notation", the media
 * type of a body nobody claims), parts in order, nested multiparts included.
 */
final class MultipartColumns {
    private MultipartColumns() {
    }

    static void multipart(Columns c, ProtoNode m) {
        c.info.setFence();
        parts(c, m);
    }

    private static void parts(Columns c, ProtoNode m) {
        for (ProtoNode part = m.firstChild(); part != null; part = part.next()) {
            if (!"mime_multipart.part".equals(Nodes.abbrev(part))) {
                continue;
            }
            String type = contentType(part);
            for (ProtoNode body = part.firstChild(); body != null; body = body.next()) {
                String a = Nodes.abbrev(body);
                if (a == null || type == null) {
                    continue;
                }
                switch (a) {
                    case "mime_multipart" -> parts(c, body);
                    case "json", "media", "data-text-lines", "urlencoded-form", "xml", "png", "image-gif",
                         "image-jfif" -> HttpColumns.mediaWords(c, a, type);
                    default -> {
                        // data, headers: nothing in Info; an XML body of a type a DTD claims is XML's
                        if (XmlModule.isNamespaceProtocol(a)) {
                            HttpColumns.mediaWords(c, a, type);
                        }
                    }
                }
            }
        }
    }

    /** The part's Content-Type header value: the type before any parameter, lower case; null without one. */
    private static String contentType(ProtoNode part) {
        ProtoNode h = Nodes.find(part, "mime_multipart.header.content-type");
        if (h == null || !(h.obj() instanceof String v)) {
            return null;
        }
        int semi = v.indexOf(';');
        return (semi < 0 ? v : v.substring(0, semi)).toLowerCase(Locale.ROOT);
    }
}
