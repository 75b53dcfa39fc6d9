package org.jdissect.output.print;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.capture.PacketRecord;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldRegistry;
import org.jdissect.api.field.FieldType;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.output.FieldsOptions;
import org.jdissect.output.PacketPrinter;

/**
 * {@code -T json}: tshark's layout, streamed from the tree with Jackson's generator (no per-packet JSON tree).
 *
 * <p>tshark's rules, as its {@code write_json_proto_node_list} applies them: every node is a member named by its
 * field abbreviation, or by its label when it has no field (text items); hidden and generated items are included;
 * a field with a value prints it as a string, and its children follow as {@code "<abbrev>_tree"}; protocols and
 * valueless items print their children as the member itself, or "" without children. Repeated names are written
 * again, as tshark does, so the output has duplicate keys. Byte fields use ':' between bytes. Indentation is two
 * spaces and a '/' after a '&lt;' is escaped as "\/", like tshark's json_dumper.
 *
 * <p>With {@code -x} ({@code raw}), every field item that covers bytes is preceded by {@code "<abbrev>_raw"}, an
 * array as print.c's {@code write_json_proto_node_hex_dump} makes it: the bytes in lower-case hex (for a field with a
 * bit mask, its value in upper-case hex instead), the offset in the item's data source, the length, the mask and
 * Wireshark's type number (ftypes.h).
 */
public final class JsonPrinter implements PacketPrinter {
    private static final DateTimeFormatter INDEX_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private final Writer out;
    private final JsonGenerator gen;
    private final boolean raw;
    /** The fields {@code -e} named, whose values are the only members of "layers"; null for the whole tree. */
    private final SelectedFields selected;
    private final char occurrence;
    private boolean started;
    /** The packet being written's own bytes, against which items' raw bytes are measured. */
    private ByteView frame;

    /** A printer writing to {@code out}, which it flushes at the end but never closes. */
    public JsonPrinter(Writer out) throws IOException {
        this(out, false);
    }

    /** A printer writing to {@code out}, with the {@code -x} "_raw" members when {@code raw}. */
    public JsonPrinter(Writer out, boolean raw) throws IOException {
        this(out, raw, null, 'a');
    }

    /**
     * {@code -T json -e …}: "layers" holds each named field that has values in the packet, an array of them as
     * {@code -T fields} writes them (only the first or last with -E occurrence 'f' or 'l').
     */
    public JsonPrinter(Writer out, FieldRegistry registry, List<String> names, FieldsOptions options)
            throws IOException {
        this(out, false, new SelectedFields(registry, names, options.timeFormat()), options.occurrence());
    }

    private JsonPrinter(Writer out, boolean raw, SelectedFields selected, char occurrence) throws IOException {
        this.out = out;
        this.raw = raw;
        this.selected = selected;
        this.occurrence = occurrence;
        this.gen = generator(out);
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        gen.setPrettyPrinter(new TsharkPrettyPrinter(indent));
    }

    /**
     * A generator writing strings as tshark's json_dumper escapes them (shared by {@code -T json} and {@code -T ek});
     * it never closes {@code out}.
     */
    static JsonGenerator generator(Writer out) {
        JsonGenerator g;
        try {
            g = new JsonFactory().createGenerator(new EscapeSlashAfterLt(out));
        } catch (IOException e) {
            // creating a generator writes nothing; a failure here is the writer's and is reported as such
            throw new java.io.UncheckedIOException(e);
        }
        g.setCharacterEscapes(new TsharkEscapes());
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return g;
    }

    /** The "_index" of a packet: "packets-" and its local date, as print.c's write_json_index. */
    static String index(PacketRecord rec) {
        return "packets-" + INDEX_DATE.format(
                Instant.ofEpochSecond(rec.epochSeconds(), rec.nanos()).atZone(ZoneId.systemDefault()));
    }

    @Override
    public void packet(PacketContext ctx) throws IOException {
        if (!started) {
            started = true;
            gen.writeStartArray();
        }
        PacketRecord rec = ctx.record();
        frame = rec.data();
        gen.writeStartObject();
        gen.writeStringField("_index", index(rec));
        gen.writeStringField("_type", "doc");
        gen.writeNullField("_score");
        gen.writeFieldName("_source");
        gen.writeStartObject();
        gen.writeFieldName("layers");
        gen.writeStartObject();
        if (selected != null) {
            writeSelected(gen, selected, ctx, occurrence, n -> n);
        } else {
            members(ctx.tree().root());
        }
        gen.writeEndObject();
        gen.writeEndObject();
        gen.writeEndObject();
    }

    @Override
    public Collection<FieldDef> fieldsRead() {
        return selected == null ? null : selected.fieldsRead();
    }

    /**
     * The members of write_specified_fields' JSON and EK: each name with values, in the order named, its values as an
     * array, the name as {@code key} makes it.
     */
    static void writeSelected(JsonGenerator g, SelectedFields selected, PacketContext ctx, char occurrence,
                              java.util.function.UnaryOperator<String> key) throws IOException {
        selected.collect(ctx);
        for (int i = 0; i < selected.size(); i++) {
            List<String> v = SelectedFields.pick(selected.values(i), occurrence);
            if (v.isEmpty()) {
                continue;
            }
            g.writeFieldName(key.apply(selected.names().get(i)));
            g.writeStartArray();
            for (String s : v) {
                g.writeString(s);
            }
            g.writeEndArray();
        }
    }

    /** The children of {@code n} as members of the object being written. */
    private void members(ProtoNode n) throws IOException {
        for (ProtoNode c = n.firstChild(); c != null; c = c.next()) {
            FieldDef d = c.def();
            String key = d == null ? FieldFormat.label(c) : d.abbrev();
            if (raw && d != null && c.length() > 0) {
                // print.c writes it for items with bytes only when the text is written too; text items never
                gen.writeFieldName(key + "_raw");
                rawArray(c, d);
            }
            boolean hasValue = d != null && d.type() != FieldType.PROTOCOL && d.type() != FieldType.NONE;
            if (hasValue) {
                gen.writeStringField(key, value(c));
                if (c.hasChildren()) {
                    gen.writeFieldName(key + "_tree");
                    object(c);
                }
            } else if (c.hasChildren()) {
                gen.writeFieldName(key);
                object(c);
            } else if (d != null && d.type() == FieldType.PROTOCOL) {
                // a protocol item with nothing under it shows its label (print.c: "JavaScript Object Notation: …")
                gen.writeStringField(key, FieldFormat.label(c));
            } else {
                gen.writeStringField(key, "");
            }
        }
    }

    /** [hex, offset, length, bitmask, ftype], as write_json_proto_node_hex_dump. */
    private void rawArray(ProtoNode n, FieldDef d) throws IOException {
        gen.writeStartArray();
        String masked = d.bitmask() != 0 ? maskedHex(n.num(), d.type()) : null;
        gen.writeString(masked != null ? masked : bytesHex(n, frame));
        gen.writeNumber(n.sourceOffset());
        gen.writeNumber(n.length());
        gen.writeNumber(Long.toUnsignedString(d.bitmask()));
        gen.writeNumber(d.ftype().number());
        gen.writeEndArray();
    }

    /** A bit field's value, "%X" of its 32-bit or 64-bit integer as print.c formats it; null for other types. */
    static String maskedHex(long v, FieldType t) {
        return switch (t) {
            case INT8, INT16, INT24, INT32, UINT8, UINT16, UINT24, UINT32 ->
                    Integer.toHexString((int) v).toUpperCase(java.util.Locale.ROOT);
            case UINT40, UINT48, UINT56, UINT64, INT40, INT48, INT56, INT64, BOOLEAN ->
                    Long.toHexString(v).toUpperCase(java.util.Locale.ROOT);
            default -> null;
        };
    }

    /**
     * The bytes an item covers, lower-case hex; tshark's words when they run past the captured data of its data
     * source (print.c measures the item against the frame, not against the tvb it was added in: an LLC header whose
     * SNAP part lies past the 802.3 length still shows its bytes from the frame).
     */
    static String bytesHex(ProtoNode n, ByteView frame) {
        ByteView src = n.source();
        int len = n.length();
        if (src == null) {
            return "field length invalid!";
        }
        int off = n.offset();
        if (len > src.remainingIn(frame, off)) {
            return "field length invalid!";
        }
        if (len > src.remaining(off)) {
            // past its own view's end, so remainingIn found the bytes in the frame
            off = n.sourceOffset();
            src = frame;
        }
        char[] out = new char[2 * len];
        for (int i = 0; i < len; i++) {
            int b = src.u8(off + i);
            out[2 * i] = Character.forDigit(b >> 4, 16);
            out[2 * i + 1] = Character.forDigit(b & 15, 16);
        }
        return new String(out);
    }

    private void object(ProtoNode n) throws IOException {
        gen.writeStartObject();
        members(n);
        gen.writeEndObject();
    }

    /** As {@code -T fields}, except that bytes are separated by ':'. */
    static String value(ProtoNode n) {
        if (n.def().type() == FieldType.BYTES) {
            return FieldFormat.bytesValue(n, ":");
        }
        return FieldFormat.value(n);
    }

    @Override
    public void finish() throws IOException {
        if (!started) {
            // json_dumper closes an array with no element right after it opens: "[]"
            gen.flush();
            out.write("[]\n");
            out.flush();
            return;
        }
        gen.writeEndArray();
        gen.flush();
        out.write('\n');
        out.flush();
    }

    /** tshark's json_dumper writes control characters other than \b \f \n \r \t as lower-case backslash-u00xx escapes. */
    static final class TsharkEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] codes;

        TsharkEscapes() {
            codes = standardAsciiEscapesForJSON();
            for (int c = 0; c < 0x20; c++) {
                if (codes[c] == ESCAPE_STANDARD) {
                    codes[c] = ESCAPE_CUSTOM;
                }
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return codes;
        }

        /** The 32 C0 escapes, made once: a hostile packet can be all control characters. */
        private static final SerializableString[] CONTROL = new SerializableString[0x20];

        static {
            for (int ch = 0; ch < 0x20; ch++) {
                String s = switch (ch) {
                    case '\b' -> "\\b";
                    case '\f' -> "\\f";
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\t' -> "\\t";
                    default -> "\\u00" + Character.forDigit(ch >> 4, 16) + Character.forDigit(ch & 15, 16);
                };
                CONTROL[ch] = new SerializedString(s);
            }
        }

        /**
         * C1 controls (U+0080–U+009F, from packet bytes read as Latin-1): escaped too, unlike tshark, since some
         * terminals act on them (U+009B is CSI, the start of an escape sequence). DEL stays raw, as in tshark.
         */
        private static final SerializableString[] C1 = new SerializableString[0x20];

        static {
            for (int ch = 0x80; ch < 0xa0; ch++) {
                C1[ch - 0x80] = new SerializedString("\\u00" + Character.forDigit(ch >> 4, 16)
                        + Character.forDigit(ch & 15, 16));
            }
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch >= 0x80 && ch < 0xa0) {
                return C1[ch - 0x80];
            }
            if (ch >= 0x20) {
                return null;
            }
            return CONTROL[ch];
        }
    }

    /**
     * tshark's json_dumper escapes a '/' only after a '<' ("&lt;/script&gt;" becomes "&lt;\/script&gt;", so the text can sit
     * in a web page), in member names and values alike. A character escape in Jackson cannot see the character
     * before it; in JSON text a '<' can only be inside a string, so rewriting "&lt;/" in the generator's output is the
     * same thing.
     */
    static final class EscapeSlashAfterLt extends Writer {
        private final Writer out;
        private boolean afterLt;

        EscapeSlashAfterLt(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            int from = off;
            int end = off + len;
            for (int i = off; i < end; i++) {
                char c = buf[i];
                if (c == '/' && afterLt) {
                    out.write(buf, from, i - from);
                    out.write('\\');
                    from = i;
                }
                afterLt = c == '<';
            }
            out.write(buf, from, end - from);
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            int from = off;
            int end = off + len;
            for (int i = off; i < end; i++) {
                char c = str.charAt(i);
                if (c == '/' && afterLt) {
                    out.write(str, from, i - from);
                    out.write('\\');
                    from = i;
                }
                afterLt = c == '<';
            }
            out.write(str, from, end - from);
        }

        @Override
        public void write(int c) throws IOException {
            if (c == '/' && afterLt) {
                out.write('\\');
            }
            afterLt = c == '<';
            out.write(c);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.flush(); // the target is the caller's
        }
    }

    /** Two-space indentation, "key": value, every array element and member on its own line, as tshark. */
    static final class TsharkPrettyPrinter extends DefaultPrettyPrinter {
        private static final long serialVersionUID = 1L;

        TsharkPrettyPrinter(DefaultIndenter indent) {
            super(DefaultPrettyPrinter.DEFAULT_ROOT_VALUE_SEPARATOR);
            _objectIndenter = indent;
            _arrayIndenter = indent;
            _separators = Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER);
            _objectFieldValueSeparatorWithSpaces = ": ";
            _objectEmptySeparator = "";
            _arrayEmptySeparator = "";
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new TsharkPrettyPrinter((DefaultIndenter) _objectIndenter);
        }
    }
}
