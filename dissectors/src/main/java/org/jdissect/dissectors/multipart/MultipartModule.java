package org.jdissect.dissectors.multipart;

import static org.jdissect.api.field.FieldType.*;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.Dissector;
import org.jdissect.api.dissect.Handoff;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.expert.ExpertDef;
import org.jdissect.api.expert.ExpertGroup;
import org.jdissect.api.expert.ExpertSeverity;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.data.DataModule;
import org.jdissect.dissectors.media.MediaModule;
import org.jdissect.dissectors.media.MediaType;
import org.jdissect.dissectors.media.MediaTypes;

/**
 * MIME multipart bodies (RFC 2046) as Wireshark 4.0's packet-multipart.c shows them: the boundary from the media
 * type's parameters, an optional preamble, the first boundary, then each part (its MIME headers, its body handed to
 * the media type's dissector) and the boundary after it, the last one closing; anything after it is the trailer.
 * The media type comes in a {@link MediaType} slot, as HTTP hands it to every media dissector.
 */
public final class MultipartModule implements ProtocolModule {
    public static final String NAME = "mime_multipart";
    public static final FieldDef MULTIPART = FieldDef.builder(NAME, "MIME Multipart Media Encapsulation", PROTOCOL).blurb("MIME multipart")
            .build();
    static final FieldDef TYPE = FieldDef.builder("mime_multipart.type", "Type", STRING)
            .blurb("MIME multipart encapsulation type").build();
    static final FieldDef PART = FieldDef.builder("mime_multipart.part", "Encapsulated multipart part", STRING)
            .build();
    static final FieldDef SEC_TOKEN_LEN = FieldDef.builder("mime_multipart.header.sectoken-length",
            "Length of security token", UINT32).blurb("Length of the Kerberos BLOB which follows this token").build();
    /** The part headers packet-multipart.c knows, by lower-case name (and their compact forms). */
    private static final String[] HEADER_NAMES = {"Content-Description", "Content-Disposition", "Content-Encoding",
        "Content-Id", "Content-Language", "Content-Length", "Content-Transfer-Encoding", "Content-Type",
        "OriginalContent"};
    private static final String[] HEADER_BLURBS = {"Content-Description Header",
        "RFC 2183: Content-Disposition Header", "Content-Encoding Header", "RFC 2045: Content-Id Header",
        "Content-Language Header", "Content-Length Header", "RFC 2045: Content-Transfer-Encoding Header",
        "Content-Type Header", "Original Content-Type Header"};
    static final FieldDef[] HEADERS = new FieldDef[HEADER_NAMES.length];
    private static final Map<String, Integer> HEADER_INDEX = new HashMap<>();

    static {
        for (int i = 0; i < HEADER_NAMES.length; i++) {
            HEADERS[i] = FieldDef.builder("mime_multipart.header." + HEADER_NAMES[i].toLowerCase(Locale.ROOT),
                    HEADER_NAMES[i], STRING).blurb(HEADER_BLURBS[i]).build();
            HEADER_INDEX.put(HEADER_NAMES[i].toLowerCase(Locale.ROOT), i);
        }
        HEADER_INDEX.put("e", 2);
        HEADER_INDEX.put("l", 5);
        HEADER_INDEX.put("c", 7);
    }

    private static final int CONTENT_TYPE = 7;
    static final FieldDef FIRST_BOUNDARY = FieldDef.builder("mime_multipart.first_boundary", "First boundary",
            STRING).build();
    static final FieldDef PREAMBLE = FieldDef.builder("mime_multipart.preamble", "Preamble", BYTES).build();
    static final FieldDef LAST_BOUNDARY = FieldDef.builder("mime_multipart.last_boundary", "Last boundary", STRING)
            .build();
    static final FieldDef BOUNDARY = FieldDef.builder("mime_multipart.boundary", "Boundary", STRING).build();
    static final FieldDef TRAILER = FieldDef.builder("mime_multipart.trailer", "Trailer", BYTES).build();
    static final ExpertDef EI_NO_REQUIRED_PARAMETER = ExpertDef.of("mime_multipart.no_required_parameter",
            ExpertGroup.PROTOCOL, ExpertSeverity.ERROR,
            "The multipart dissector could not find a required parameter.");
    static final ExpertDef EI_DECRYPTION_NOT_POSSIBLE = ExpertDef.of("mime_multipart.decryption_not_possible",
            ExpertGroup.UNDECODED, ExpertSeverity.WARN, "The multipart dissector could not decrypt the message.");

    /** The media types packet-multipart.c registers for itself in the media_type table. */
    public static final String[] MEDIA_TYPES = {"multipart/mixed", "multipart/related", "multipart/alternative",
        "multipart/form-data", "multipart/report", "multipart/signed", "multipart/encrypted"};

    private final Map<String, Dissector> media = new HashMap<>();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void register(Registrar r) {
        r.fields(MULTIPART, TYPE, PART, SEC_TOKEN_LEN);
        r.fields(HEADERS);
        r.fields(FIRST_BOUNDARY, PREAMBLE, LAST_BOUNDARY, BOUNDARY, TRAILER);
        r.experts(EI_NO_REQUIRED_PARAMETER, EI_DECRYPTION_NOT_POSSIBLE);
        r.dissector(NAME, this::dissect);
    }

    @Override
    public void handoff(Handoff h) {
        media.putAll(MediaTypes.resolve(h)); // its own types too: it registered itself by name
    }

    int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        // call_dissector makes it the current protocol (its findings are "MIME multipart"'s) and restores the
        // caller's after it
        String caller = ctx.currentProto();
        ctx.setCurrentProto("MIME multipart");
        try {
            return multipart(tvb, ctx, parent);
        } finally {
            ctx.setCurrentProto(caller);
        }
    }

    private int multipart(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ctx.addProtocol(NAME); // a layer even when it finds no boundary parameter (call_dissector adds it)
        MediaType mt = ctx.get(MediaType.class);
        String type = mt == null ? null : mt.type();
        String boundary = null;
        if (type != null) {
            String params = MimeHeaders.unfold(mt.parameters());
            boundary = MimeHeaders.parameter(params, "boundary");
            if (boundary != null && type.startsWith("multipart/encrypted")
                    && MimeHeaders.parameter(params, "protocol") == null) {
                boundary = null;
            }
        }
        if (boundary == null) {
            ProtoNode e = parent.addText(tvb, 0, tvb.capturedLength(), EI_NO_REQUIRED_PARAMETER.summary());
            Expert.add(ctx, e, EI_NO_REQUIRED_PARAMETER);
            DataModule.dissect(tvb, ctx, parent);
            return tvb.reportedLength();
        }
        ProtoNode m = parent.addItem(MULTIPART, tvb, 0, tvb.reportedLength());
        if (ctx.labels()) {
            m.label(MULTIPART.name() + ", Type: " + type + ", Boundary: \"" + boundary + "\"");
        }
        m.addObj(TYPE, tvb, 0, 0, type).generated();
        byte[] b = boundary.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Boundary found = new Boundary();
        int start = preamble(tvb, m, b, found);
        if (start < 0) {
            DataModule.dissect(tvb, ctx, m);
            return tvb.reportedLength();
        }
        while (!found.last) {
            start = part(tvb, ctx, m, b, start, found);
            if (start < 0) {
                ctx.put(MediaType.class, mt);
                return tvb.reportedLength();
            }
        }
        ctx.put(MediaType.class, mt);
        if (tvb.reportedRemaining(start) > 0) {
            m.addItem(TRAILER, tvb, start, tvb.capturedLength() - start);
        }
        return tvb.reportedLength();
    }

    /** Where a boundary delimiter was found: its line's length and whether it closes the body. */
    private static final class Boundary {
        int lineLen;
        boolean last;
    }

    /** [ preamble line-end ] dash-boundary padding line-end: returns where the first part starts, or -1. */
    private static int preamble(ByteView tvb, ProtoNode m, byte[] boundary, Boundary found) {
        int start = firstBoundary(tvb, boundary, found);
        if (start == 0) {
            m.addAscii(FIRST_BOUNDARY, tvb, 0, found.lineLen);
            return found.lineLen;
        }
        if (start > 0 && found.lineLen > 0) {
            m.addItem(PREAMBLE, tvb, 0, start);
            m.addAscii(FIRST_BOUNDARY, tvb, start, found.lineLen);
            return start + found.lineLen;
        }
        return -1;
    }

    /** find_first_boundary: the first line that starts "--boundary"; -1 if none. */
    private static int firstBoundary(ByteView tvb, byte[] boundary, Boundary found) {
        int off = 0;
        int len = tvb.capturedLength();
        while (off + 2 + boundary.length < len) {
            if (dashBoundary(tvb, off, boundary)) {
                found.last = closes(tvb, off + 2 + boundary.length);
                found.lineLen = tvb.afterLineEnd(off, len) - off;
                return off;
            }
            off = tvb.afterLineEnd(off, len);
        }
        return -1;
    }

    /**
     * find_next_boundary: from {@code start}, the line end before a "--boundary" line (the line end belongs to the
     * delimiter), or a closing "--boundary--" glued to the end of a line; -1 if none.
     */
    private static int nextBoundary(ByteView tvb, int start, byte[] boundary, Boundary found) {
        int off = start;
        int len = tvb.capturedLength();
        while (off + 2 + boundary.length < len) {
            int next = tvb.afterLineEnd(off, len);
            int lineEnd = off + MimeHeaders.lineLength(tvb, off);
            if (dashBoundary(tvb, next, boundary)) {
                found.last = closes(tvb, next + 2 + boundary.length);
                found.lineLen = tvb.afterLineEnd(next, len) - lineEnd;
                return lineEnd;
            }
            int glued = lineEnd - (2 + boundary.length + 2);
            if (glued >= 0 && matches(tvb, lineEnd - 2, DASHES) && matches(tvb, lineEnd - 2 - boundary.length,
                    boundary) && matches(tvb, glued, DASHES)) {
                // some senders put the closing delimiter without the line end before it
                found.lineLen = next - glued;
                found.last = true;
                return glued;
            }
            off = next;
        }
        return -1;
    }

    private static final byte[] DASHES = {'-', '-'};

    private static boolean dashBoundary(ByteView tvb, int off, byte[] boundary) {
        return matches(tvb, off, DASHES) && matches(tvb, off + 2, boundary);
    }

    /** "--" right after the boundary: the close delimiter. */
    private static boolean closes(ByteView tvb, int off) {
        return tvb.reportedRemaining(off + 2) >= 0 && matches(tvb, off, DASHES);
    }

    private static boolean matches(ByteView tvb, int off, byte[] s) {
        if (off < 0 || !tvb.has(off, s.length)) {
            return false;
        }
        for (int i = 0; i < s.length; i++) {
            if (tvb.u8(off + i) != (s[i] & 0xff)) {
                return false;
            }
        }
        return true;
    }

    /** process_body_part: the part's headers and body, then the boundary after it; the next part's start or -1. */
    private int part(ByteView tvb, PacketContext ctx, ProtoNode m, byte[] boundary, int start, Boundary found) {
        ProtoNode p = m.addObj(PART, tvb, start, 0, "");
        int end = nextBoundary(tvb, start, boundary, found);
        if (end <= 0) {
            return -1;
        }
        int off = start;
        String contentType = null;
        String mediaParams = null;
        boolean lastField = false;
        while (!lastField) {
            int[] fieldEnd = MimeHeaders.fieldEnd(tvb, off, tvb.capturedLength());
            int next = fieldEnd[0];
            lastField = fieldEnd[1] != 0;
            if (next < 0) {
                next = off; // no CR: what follows is the body
                break;
            }
            if (lastField && next + 2 <= end) {
                next += 2; // the blank line after the last header belongs to it
            } else if (next - 2 == end) {
                lastField = true; // the CRLF before the boundary is the boundary's
                next -= 2;
            } else if (next > end) {
                next = end;
            }
            String raw = tvb.latin1(off, next - off);
            String header = MimeHeaders.unfold(raw);
            int colon = header.indexOf(':');
            if (colon <= 0) {
                next = off; // not a header: the body starts at this line
                break;
            }
            Integer idx = HEADER_INDEX.get(header.substring(0, colon).toLowerCase(Locale.ROOT));
            if (idx == null) {
                if (!MimeHeaders.printable(header)) {
                    next = off;
                    break;
                }
                p.addText(tvb, off, next - off, FieldFormat.formatText(raw));
            } else {
                String value = header.substring(colon + 1);
                ProtoNode h = p.addObj(HEADERS[idx], tvb, off, next - off, value);
                if (ctx.labels()) {
                    h.label(FieldFormat.formatText(raw));
                }
                if (idx == CONTENT_TYPE) {
                    int semi = value.indexOf(';');
                    mediaParams = semi < 0 ? null : value.substring(semi + 1);
                    contentType = (semi < 0 ? value : value.substring(0, semi)).toLowerCase(Locale.ROOT);
                    p.appendLabel(" (" + contentType + ")");
                }
            }
            off = next;
        }
        int bodyStart = off;
        ByteView body = tvb.sliceReported(bodyStart, end - bodyStart);
        if (contentType == null || contentType.startsWith("application/octet-stream")) {
            DataModule.dissect(body, ctx, p);
        } else {
            ctx.put(MediaType.class, new MediaType(contentType,
                    mediaParams == null ? contentType : contentType + ";" + mediaParams));
            // the media type table as it is: packet-multipart.c has no "multipart/" fallback for a part (HTTP has)
            Dissector d = media.get(contentType);
            if (d == null || d.dissect(body, ctx, p) == 0) {
                MediaModule.dissect(body, ctx, p);
            }
        }
        p.setLength(end - start);
        m.addAscii(found.last ? LAST_BOUNDARY : BOUNDARY, tvb, end, found.lineLen);
        return end + found.lineLen;
    }
}
