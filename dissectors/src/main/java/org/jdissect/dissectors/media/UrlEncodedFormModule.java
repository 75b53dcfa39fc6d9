package org.jdissect.dissectors.media;

import org.jdissect.api.tree.FieldFormat;
import static org.jdissect.api.field.FieldType.*;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.ProtoNode;

/** Wireshark's "HTML Form URL Encoded" (urlencoded-form): key=value pairs of a form body. */
public final class UrlEncodedFormModule implements ProtocolModule {
    public static final String NAME = "urlencoded-form";
    public static final FieldDef FORM = FieldDef.builder(NAME, "HTML Form URL Encoded", PROTOCOL).blurb("URL Encoded Form Data").build();
    /** FT_STRINGZ in packet-http-urlencoded.c, as VALUE. */
    public static final FieldDef KEY = FieldDef.builder("urlencoded-form.key", "Key", STRING).stringz().build();
    public static final FieldDef VALUE = FieldDef.builder("urlencoded-form.value", "Value", STRING).stringz()
            .build();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void register(Registrar r) {
        r.fields(FORM, KEY, VALUE);
        r.dissector(NAME, UrlEncodedFormModule::dissect);
    }

    public static int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        int len = tvb.capturedLength();
        ctx.addProtocol(NAME);
        MediaType mt = ctx.get(MediaType.class);
        ProtoNode form = parent.addItem(FORM, tvb, 0, len)
                .label("HTML Form URL Encoded" + (mt == null ? "" : ": " + mt.type()));
        int off = 0;
        while (off < len) {
            int amp = tvb.indexOf(off, '&');
            int end = amp < 0 || amp >= len ? len : amp;
            int eq = tvb.indexOf(off, '=');
            int keyEnd = eq < 0 || eq > end ? end : eq;
            String key = decode(tvb, off, keyEnd);
            String value = keyEnd < end ? decode(tvb, keyEnd + 1, end) : "";
            // the item takes the '&' after the pair too (packet-http-urlencoded.c sets its length past it)
            ProtoNode item = form.addText(tvb, off, Math.min(end + 1, len) - off,
                    "Form item: \"" + FieldFormat.formatText(key) + "\" = \"" + FieldFormat.formatText(value) + "\"");
            item.addObj(KEY, tvb, off, keyEnd - off, key).label("Key: " + FieldFormat.formatText(key));
            if (keyEnd < end) {
                item.addObj(VALUE, tvb, keyEnd + 1, end - keyEnd - 1, value).label("Value: " + FieldFormat.formatText(value));
            }
            off = end + 1;
        }
        return len;
    }

    /** %XX and '+' decoding, bytes taken as UTF-8 as Wireshark's form dissector does. */
    private static String decode(ByteView tvb, int from, int to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            int c = tvb.u8(i);
            if (c == '+') {
                out.write(' ');
            } else if (c == '%' && i + 2 < to && hex(tvb.u8(i + 1)) >= 0 && hex(tvb.u8(i + 2)) >= 0) {
                out.write(hex(tvb.u8(i + 1)) << 4 | hex(tvb.u8(i + 2)));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hex(int c) {
        return Character.digit(c, 16);
    }
}
