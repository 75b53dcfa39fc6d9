package org.jdissect.dissectors.json;

import static org.jdissect.api.field.FieldType.*;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldSet;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.media.MediaType;
import org.jdissect.dissectors.media.TextLinesModule;

/**
 * JavaScript Object Notation (json), as Wireshark 4.0 shows a body of a JSON media type: objects, arrays and members
 * with their keys, every value with its path ("/b/[]:true"), and what does not parse as JSON (see {@link JsonParser})
 * handed to Line-based text data.
 */
public final class JsonModule implements ProtocolModule {
    public static final String NAME = "json";
    public static final FieldDef JSON = FieldDef.builder(NAME, "JavaScript Object Notation", PROTOCOL).blurb("JSON").build();
    public static final FieldDef OBJECT = FieldDef.builder("json.object", "Object", NONE).build();
    public static final FieldDef ARRAY = FieldDef.builder("json.array", "Array", NONE).build();
    public static final FieldDef MEMBER = FieldDef.builder("json.member", "Member", STRING).build();
    public static final FieldDef KEY = FieldDef.builder("json.key", "Key", STRING).build();
    public static final FieldDef PATH = FieldDef.builder("json.path", "Path", STRING).build();
    public static final FieldDef PATH_WITH_VALUE = FieldDef.builder("json.path_with_value", "Path with value", STRING)
            .build();
    public static final FieldDef MEMBER_WITH_VALUE = FieldDef.builder("json.member_with_value", "Member with value",
            STRING).build();
    public static final FieldDef VALUE_STRING = FieldDef.builder("json.value.string", "String value", STRING).build();
    public static final FieldDef VALUE_NUMBER = FieldDef.builder("json.value.number", "Number value", STRING).build();
    public static final FieldDef VALUE_FALSE = FieldDef.builder("json.value.false", "False value", NONE).build();
    public static final FieldDef VALUE_NULL = FieldDef.builder("json.value.null", "Null value", NONE).build();
    public static final FieldDef VALUE_TRUE = FieldDef.builder("json.value.true", "True value", NONE).build();
    public static final FieldDef VALUE_NAN = FieldDef.builder("json.value.nan", "NaN value", NONE).build();

    /** Every item under the protocol item: skipped with one test when the tree keeps none of them. */
    private static final FieldSet ITEMS = FieldSet.of(OBJECT, ARRAY, MEMBER, KEY, PATH, PATH_WITH_VALUE,
            MEMBER_WITH_VALUE, VALUE_STRING, VALUE_NUMBER, VALUE_FALSE, VALUE_NULL, VALUE_TRUE, VALUE_NAN);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void register(Registrar r) {
        r.fields(JSON, OBJECT, ARRAY, MEMBER, KEY, PATH, PATH_WITH_VALUE, MEMBER_WITH_VALUE, VALUE_STRING,
                VALUE_NUMBER, VALUE_FALSE, VALUE_NULL, VALUE_TRUE, VALUE_NAN);
        r.dissector(NAME, JsonModule::dissect);
    }

    /** Shows {@code tvb} as JSON; what does not parse goes on as text lines. The media type names the item. */
    public static int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ctx.addProtocol(NAME);
        MediaType mt = ctx.get(MediaType.class);
        List<JsonParser.Node> values = new ArrayList<>();
        int parsed = new JsonParser(tvb).parse(0, values);
        ProtoNode item = parent.addItem(JSON, tvb, 0, parsed);
        if (mt != null) {
            item.label("JavaScript Object Notation: " + mt.type());
        }
        if (item.wantsAny(ITEMS)) {
            Emitter e = new Emitter(tvb);
            for (JsonParser.Node v : values) {
                e.value(v, item, "", "");
            }
        }
        if (tvb.reportedRemaining(parsed) > 0) {
            TextLinesModule.dissect(tvb.tail(parsed), ctx, parent);
        }
        return tvb.capturedLength();
    }

    /** packet-json.c's parser callbacks: the items of each value in its path and key context. */
    private static final class Emitter {
        private final ByteView tvb;

        Emitter(ByteView tvb) {
            this.tvb = tvb;
        }

        void value(JsonParser.Node n, ProtoNode tree, String path, String key) {
            int len = n.end - n.start;
            switch (n.kind) {
                case OBJECT -> {
                    ProtoNode o = tree.addItem(OBJECT, tvb, n.start, len);
                    for (JsonParser.Node m : n.children) {
                        member(m, o, path);
                    }
                }
                case ARRAY -> {
                    ProtoNode a = tree.addItem(ARRAY, tvb, n.start, len);
                    String inner = path + "/[]";
                    for (JsonParser.Node v : n.children) {
                        value(v, a, inner, "[]");
                    }
                }
                default -> primitive(n, tree, path, key, len);
            }
        }

        private void member(JsonParser.Node m, ProtoNode tree, String basePath) {
            String key = unescape(m.keyStart + 1, m.keyEnd - 1);
            ProtoNode item = tree.addObj(MEMBER, tvb, m.start, m.end - m.start, key);
            String path = basePath + "/" + key;
            value(m.children.get(0), item, path, key);
            item.addObj(KEY, tvb, m.keyStart, m.keyEnd - m.keyStart, key);
            item.addObj(PATH, tvb, m.start, m.end - m.start, path).generated();
        }

        private void primitive(JsonParser.Node n, ProtoNode tree, String path, String key, int len) {
            String text = n.kind == JsonParser.Kind.STRING ? unescape(n.start + 1, n.end - 1)
                    : unescape(n.start, n.end);
            tree.addObj(PATH_WITH_VALUE, tvb, n.start, len, path + ":" + text).generated();
            tree.addObj(MEMBER_WITH_VALUE, tvb, n.start, len, key + ":" + text).generated();
            switch (n.kind) {
                case STRING -> tree.addObj(VALUE_STRING, tvb, n.start, len, text);
                case NUMBER -> tree.addObj(VALUE_NUMBER, tvb, n.start, len, text);
                case FALSE -> tree.addItem(VALUE_FALSE, tvb, n.start, len);
                case NULL -> tree.addItem(VALUE_NULL, tvb, n.start, len);
                case TRUE -> tree.addItem(VALUE_TRUE, tvb, n.start, len);
                default -> tree.addItem(VALUE_NAN, tvb, n.start, len);
            }
        }

        /**
         * json_string_unescape of the bytes [from, to): escapes resolved, a \\u escape written as UTF-8 only when
         * printable and only while bytes of the token follow it (so a string ending in one loses it, as in
         * Wireshark 4.0), an unpaired surrogate as U+FFFD.
         */
        private String unescape(int from, int to) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(0, to - from));
            int i = from;
            while (i < to) {
                int c = tvb.u8(i);
                if (c != '\\') {
                    int n = c >= 0xfe ? -1 : c >= 0xfc ? 6 : c >= 0xf8 ? 5 : c >= 0xf0 ? 4 : c >= 0xe0 ? 3
                            : c >= 0xc0 ? 2 : 1;
                    if (n < 0) {
                        break;
                    }
                    for (int k = 0; k < n && i < to; k++) {
                        out.write(tvb.u8(i++));
                    }
                    continue;
                }
                i++;
                if (i >= to) {
                    break;
                }
                c = tvb.u8(i);
                switch (c) {
                    case '"', '\\', '/' -> {
                        out.write(c);
                        i++;
                    }
                    case 'b' -> {
                        out.write('\b');
                        i++;
                    }
                    case 'f' -> {
                        out.write('\f');
                        i++;
                    }
                    case 'n' -> {
                        out.write('\n');
                        i++;
                    }
                    case 'r' -> {
                        out.write('\r');
                        i++;
                    }
                    case 't' -> {
                        out.write('\t');
                        i++;
                    }
                    case 'u' -> i = unicode(i + 1, to, out);
                    default -> i++; // whitespace the grammar skipped after a backslash: nothing to write
                }
            }
            return new String(out.toByteArray(), StandardCharsets.UTF_8);
        }

        /** The \\uXXXX escape whose digits start at {@code i}; returns where reading goes on. */
        private int unicode(int i, int to, ByteArrayOutputStream out) {
            int[] cp = new int[1];
            boolean valid = true;
            i = hex4(i, to, cp);
            if (i < 0) {
                return to; // cut short: Wireshark stops there too
            }
            int code = cp[0];
            if (code >= 0xd800 && code <= 0xdbff) {
                if (i >= to) {
                    return to;
                }
                if (tvb.u8(i) == '\\') {
                    i++;
                    if (i >= to) {
                        return to;
                    }
                    if (tvb.u8(i) == 'u') {
                        i = hex4(i + 1, to, cp);
                        if (i < 0) {
                            valid = false;
                            i = to;
                        } else if (cp[0] >= 0xdc00 && cp[0] <= 0xdfff) {
                            code = 0x10000 + ((code - 0xd800) << 10) + (cp[0] - 0xdc00);
                        } else {
                            valid = false;
                        }
                    } else {
                        i++;
                        valid = false;
                    }
                } else {
                    i++; // Wireshark steps over the character after an unpaired lead surrogate
                    valid = false;
                }
            } else if (code >= 0xdc00 && code <= 0xdfff) {
                valid = false;
            }
            if (!valid) {
                out.writeBytes(new byte[] {(byte) 0xef, (byte) 0xbf, (byte) 0xbd});
            } else if (printable(code) && i < to) {
                out.writeBytes(new String(Character.toChars(code)).getBytes(StandardCharsets.UTF_8));
            }
            return i;
        }

        private int hex4(int i, int to, int[] out) {
            int v = 0;
            for (int k = 0; k < 4; k++) {
                if (i >= to) {
                    return -1;
                }
                int d = Character.digit(tvb.u8(i++), 16);
                if (d < 0) {
                    return -1;
                }
                v = v << 4 | d;
            }
            out[0] = v;
            return i;
        }

        /** GLib's g_unichar_isprint: not a control, format, unassigned or surrogate code point. */
        private static boolean printable(int cp) {
            int t = Character.getType(cp);
            return t != Character.CONTROL && t != Character.FORMAT && t != Character.UNASSIGNED
                    && t != Character.SURROGATE;
        }
    }
}
