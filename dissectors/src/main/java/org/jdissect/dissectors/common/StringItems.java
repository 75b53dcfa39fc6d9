package org.jdissect.dissectors.common;

import java.nio.charset.StandardCharsets;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.expert.ExpertDef;
import org.jdissect.api.expert.ExpertGroup;
import org.jdissect.api.expert.ExpertSeverity;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;

/** String items as proto.c adds them for any dissector (DNS text records, CDP's names and platform). */
public final class StringItems {
    /** proto.c's note for a string item whose bytes go on after a NUL (registered by the frame module). */
    public static final ExpertDef TRAILING_STRAY = ExpertDef.of("_ws.string.trailing_stray_characters",
            ExpertGroup.UNDECODED, ExpertSeverity.WARN, "Trailing stray characters");

    private StringItems() {
    }

    /** tvb_format_text: the bytes as UTF-8 (a bad sequence becomes U+FFFD), control characters escaped. */
    public static String formatText(ByteView tvb, int off, int len) {
        tvb.ensure(off, len);
        return FieldFormat.formatText(new String(tvb.toArray(off, len), StandardCharsets.UTF_8));
    }

    /** An ENC_UTF_8 string item's value: C's string, so up to the first NUL, the bytes read as UTF-8. */
    public static String utf8UpToNul(ByteView tvb, int off, int len) {
        int nul = tvb.indexOf(off, 0);
        int n = nul >= 0 && nul < off + len ? nul - off : len;
        return new String(tvb.toArray(off, n), StandardCharsets.UTF_8);
    }

    /** tvb_format_stringzpad: {@link #formatText} up to the first NUL. */
    public static String formatStringzpad(ByteView tvb, int off, int len) {
        tvb.ensure(off, len);
        int nul = tvb.indexOf(off, 0);
        return formatText(tvb, off, nul >= 0 && nul < off + len ? nul - off : len);
    }

    /**
     * An ENC_ASCII string item as proto_tree_add_item adds one (it must lie in the data): its text ends at a NUL,
     * and proto.c's "Trailing stray characters" note marks one followed by something other than NULs.
     */
    public static ProtoNode ascii(ProtoNode r, FieldDef f, ByteView m, int off, int len, PacketContext ctx) {
        m.ensure(off, len);
        return noteStray(r.addAscii(f, m, off, len), m, off, len, ctx);
    }

    /** Adds proto.c's "Trailing stray characters" note to {@code s}, an ENC_ASCII string item, when it has one. */
    public static ProtoNode noteStray(ProtoNode s, ByteView m, int off, int len, PacketContext ctx) {
        if (strayAfterNul(m, off, len, false)) {
            Expert.add(ctx, s, TRAILING_STRAY);
        }
        return s;
    }

    /**
     * {@link #noteStray} for an ENC_UTF_8 string item: proto.c looks at the decoded string, where a valid sequence
     * keeps its bytes and a bad one became U+FFFD (three bytes).
     */
    public static ProtoNode noteStrayUtf8(ProtoNode s, ByteView m, int off, int len, PacketContext ctx) {
        if (strayAfterNul(m, off, len, true)) {
            Expert.add(ctx, s, TRAILING_STRAY);
        }
        return s;
    }

    /**
     * proto.c's detect_trailing_stray_characters: it looks at the decoded string, where (ENC_ASCII) each byte past
     * 0x7f or (ENC_UTF_8) each bad sequence became U+FFFD (three bytes of UTF-8), from its first NUL up to the item's
     * length in packet bytes. So a string with such bytes before its NUL is looked at less far, or not at all.
     */
    private static boolean strayAfterNul(ByteView m, int off, int len, boolean utf8) {
        int nul = m.indexOf(off, 0);
        if (nul < 0 || nul >= off + len) {
            return false;
        }
        int pos = 0;
        if (utf8) {
            pos = new String(m.toArray(off, nul - off), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8).length;
        } else {
            for (int i = off; i < nul; i++) {
                pos += m.u8(i) < 0x80 ? 1 : 3;
            }
        }
        // from the NUL on, a byte other than NUL decodes to a first byte other than NUL
        for (int i = nul; pos < len && i < off + len; i++, pos++) {
            if (m.u8(i) != 0) {
                return true;
            }
        }
        return false;
    }
}
