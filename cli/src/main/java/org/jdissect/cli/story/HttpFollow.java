package org.jdissect.cli.story;

import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.tree.ProtoNode;

/**
 * {@code follow,http}: what Wireshark's HTTP follow tap sees, from the tree: each HTTP message's header block
 * (request or status line through the blank line) and then its body as delivered ({@code http.file_data}, de-chunked).
 */
final class HttpFollow {
    private HttpFollow() {
    }

    static void add(Follow f, PacketContext ctx, Pkt p) {
        collect(f, ctx.tree().root(), p);
    }

    private static void collect(Follow f, ProtoNode n, Pkt p) {
        for (ProtoNode c = n.firstChild(); c != null; c = c.next()) {
            if ("http".equals(c.abbrev())) {
                message(f, c, p);
            } else {
                collect(f, c, p);
            }
        }
    }

    /** The body as Wireshark decodes it for the tap (gzip, deflate); as sent when it cannot be decoded. */
    static byte[] decoded(String encoding, byte[] body) {
        try {
            java.io.InputStream in;
            switch (encoding) {
                case "gzip", "x-gzip" -> in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body));
                case "deflate" -> in = new java.util.zip.InflaterInputStream(new java.io.ByteArrayInputStream(body));
                default -> {
                    return body;
                }
            }
            try (in) {
                return in.readAllBytes();
            }
        } catch (java.io.IOException e) {
            return body;
        }
    }

    private static void message(Follow f, ProtoNode http, Pkt p) {
        if (http.find("http.request") == null && http.find("http.response") == null) {
            return;
        }
        ProtoNode blank = null;
        ProtoNode body = null;
        for (ProtoNode c = http.firstChild(); c != null; c = c.next()) {
            if (c.def() == null && "\\r\\n".equals(c.label()) && blank == null) {
                blank = c;
            } else if ("http.file_data".equals(c.abbrev())) {
                body = c;
            }
        }
        if (blank == null || blank.source() != http.source()) {
            return;
        }
        boolean server = f.side(p);
        int start = http.offset();
        int end = blank.offset() + blank.length();
        int cap = Math.min(end, http.source().capturedLength()) - start;
        if (cap > 0) {
            f.chunks.add(new Follow.Chunk(server, p.frame(), p.time(), http.source().toArray(start, cap)));
        }
        if (body != null && body.length() > 0) {
            byte[] bytes = body.source().toArray(body.offset(), body.length());
            ProtoNode enc = http.find("http.content_encoding");
            if (enc != null && enc.obj() != null) {
                bytes = decoded(enc.obj().toString().trim().toLowerCase(java.util.Locale.ROOT), bytes);
            }
            f.chunks.add(new Follow.Chunk(server, p.frame(), p.time(), bytes));
        }
    }
}
