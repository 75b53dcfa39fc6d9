package org.jdissect.dissectors.media;

import static org.jdissect.api.field.FieldType.*;

import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.ProtoNode;

/**
 * Wireshark's "Media Type" (media): a body whose media type no dissector claims, shown as one item naming the type
 * and its size ("Media type: image/png (1234 bytes)"), its value the bytes.
 */
public final class MediaModule implements ProtocolModule {
    public static final String NAME = "media";
    public static final FieldDef MEDIA = FieldDef.builder(NAME, "Media Type", PROTOCOL).blurb("Media").build();
    public static final FieldDef TYPE = FieldDef.builder("media.type", "Media type", BYTES).build();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void register(Registrar r) {
        r.fields(MEDIA, TYPE);
        r.dissector(NAME, MediaModule::dissect);
    }

    /** Shows {@code tvb} as one media item; the type (from a {@link MediaType} slot) and size go in its label. */
    public static int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        int len = tvb.capturedLength();
        ctx.addProtocol(NAME);
        ProtoNode item = parent.addItem(MEDIA, tvb, 0, len);
        ProtoNode type = item.addItem(TYPE, tvb, 0, len); // the value is the bytes it covers (ProtoNode#bytes)
        if (ctx.labels()) {
            MediaType mt = ctx.get(MediaType.class);
            String name = mt == null ? "" : mt.type() + (mt.parameters().isEmpty() ? "" : "; " + mt.parameters());
            type.label("Media type: " + name + " (" + len + " byte" + (len == 1 ? "" : "s") + ")");
        }
        return len;
    }
}
