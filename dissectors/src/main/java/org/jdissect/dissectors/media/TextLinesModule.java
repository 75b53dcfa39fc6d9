package org.jdissect.dissectors.media;

import static org.jdissect.api.field.FieldType.*;

import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.ProtoNode;

/** Wireshark's "Line-based text data" (data-text-lines): a text body shown one line per item. */
public final class TextLinesModule implements ProtocolModule {
    public static final String NAME = "data-text-lines";
    public static final FieldDef TEXT_LINES = FieldDef.builder(NAME, "Line-based text data", PROTOCOL).build();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void register(Registrar r) {
        r.fields(TEXT_LINES);
        r.dissector(NAME, TextLinesModule::dissect);
    }

    /** Shows {@code tvb} line by line; the media type (from a {@link MediaType} slot) goes in the label. */
    public static int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        int len = tvb.capturedLength();
        ctx.addProtocol(NAME);
        ProtoNode item = parent.addItem(TEXT_LINES, tvb, 0, len);
        // the lines are text items, which only a whole tree keeps: otherwise they are counted for the label, not
        // formatted, and not even counted when no labels are built
        boolean shown = ctx.tree().keepsAll();
        if (!shown && !ctx.labels()) {
            return len;
        }
        int lines = 0;
        int off = 0;
        while (off < len) {
            int end = tvb.afterLineEnd(off, len);
            if (shown) {
                item.addTextOfBytes(tvb, off, end - off);
            }
            lines++;
            off = end;
        }
        MediaType mt = ctx.get(MediaType.class);
        item.label("Line-based text data" + (mt == null ? "" : ": " + mt.type()) + " (" + lines + " lines)");
        return len;
    }
}
