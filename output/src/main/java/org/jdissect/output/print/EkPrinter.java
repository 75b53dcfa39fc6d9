package org.jdissect.output.print;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdissect.api.capture.PacketRecord;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldRegistry;
import org.jdissect.api.field.FieldType;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.NsTime;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.output.FieldsOptions;
import org.jdissect.output.PacketPrinter;

/**
 * {@code -T ek}: tshark's newline-delimited JSON for Elasticsearch's bulk API, two lines a packet: an
 * {@code {"index":…}} action, then the document with its epoch-millisecond "timestamp" and its "layers".
 *
 * <p>print.c's proto_tree_write_node_ek: the items of a protocol are one object; a field's children are lifted into
 * that object beside it (only protocols nest); items under the same parent with the same abbreviation are grouped into
 * one member, an array when there are several, at the place of the first. Names are {@link EkNames}'; values are
 * -T json's strings, except that booleans are true/false, valueless fields null, absolute times ISO 8601 in UTC and
 * text items their label. The JSON is compact, escaped as {@code -T json} escapes it.
 */
public final class EkPrinter implements PacketPrinter {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private final JsonGenerator gen;
    private final EkNames names;
    /** The fields {@code -e} named, whose values are the only members of "layers"; null for the whole tree. */
    private final SelectedFields selected;
    private final char occurrence;

    /** A printer writing to {@code out}, which it flushes at the end but never closes. */
    public EkPrinter(Writer out, FieldRegistry registry) {
        this(out, registry, (SelectedFields) null, 'a');
    }

    /**
     * {@code -T ek -e …}: "layers" holds each named field that has values in the packet, named with '_' for '.', an
     * array of its values as {@code -T fields} writes them (only the first or last with -E occurrence).
     */
    public EkPrinter(Writer out, FieldRegistry registry, List<String> fields, FieldsOptions options) {
        this(out, registry, new SelectedFields(registry, fields, options.timeFormat()), options.occurrence());
    }

    private EkPrinter(Writer out, FieldRegistry registry, SelectedFields selected, char occurrence) {
        this.selected = selected;
        this.occurrence = occurrence;
        this.gen = JsonPrinter.generator(out);
        // each document ends its own line (json_dumper_finish); Jackson would put a space between root values
        gen.setRootValueSeparator(null);
        this.names = new EkNames(registry);
    }

    @Override
    public void packet(PacketContext ctx) throws IOException {
        PacketRecord rec = ctx.record();
        gen.writeStartObject();
        gen.writeFieldName("index");
        gen.writeStartObject();
        gen.writeStringField("_index", JsonPrinter.index(rec));
        gen.writeStringField("_type", "doc");
        gen.writeEndObject();
        gen.writeEndObject();
        gen.writeRaw('\n');
        gen.writeStartObject();
        // "%lu%03d": the seconds, then the milliseconds as three digits (or four, from a fuzzed fraction)
        NsTime t = arrival(ctx);
        gen.writeStringField("timestamp", t.secs() + String.format("%03d", t.nsecs() / 1_000_000));
        gen.writeFieldName("layers");
        gen.writeStartObject();
        if (selected != null) {
            JsonPrinter.writeSelected(gen, selected, ctx, occurrence, n -> n.replace('.', '_'));
        } else {
            members(ctx.tree().root());
        }
        gen.writeEndObject();
        gen.writeEndObject();
        gen.writeRaw('\n');
    }

    @Override
    public java.util.Collection<FieldDef> fieldsRead() {
        return selected == null ? null : selected.fieldsRead();
    }

    /** The items of the object {@code n} stands for, grouped as ek_fill_attr groups them. */
    private void members(ProtoNode n) throws IOException {
        Map<String, List<ProtoNode>> groups = new LinkedHashMap<>();
        group(n, groups);
        for (List<ProtoNode> same : groups.values()) {
            gen.writeFieldName(names.name(same.get(0)));
            if (same.size() > 1) {
                gen.writeStartArray();
            }
            for (ProtoNode c : same) {
                if (EkNames.isObject(c)) {
                    gen.writeStartObject();
                    members(c);
                    gen.writeEndObject();
                } else {
                    value(c);
                }
            }
            if (same.size() > 1) {
                gen.writeEndArray();
            }
        }
    }

    /**
     * Adds the children of {@code n} to their groups, and the children of a field after it: a group is the items of
     * one abbreviation under one parent abbreviation ("eth.dst_eth.addr" and "eth.src_eth.addr" are two groups, both
     * written "eth_eth_addr").
     */
    private static void group(ProtoNode n, Map<String, List<ProtoNode>> groups) {
        String parent = n.parent() == null ? null : abbrev(n);
        for (ProtoNode c = n.firstChild(); c != null; c = c.next()) {
            String key = parent == null ? abbrev(c) : parent + "_" + abbrev(c);
            groups.computeIfAbsent(key, k -> new ArrayList<>(1)).add(c);
            if (!EkNames.isObject(c) && c.hasChildren()) {
                group(c, groups);
            }
        }
    }

    /** Wireshark's abbreviation of an item; text items are hf_text_only's "text". */
    private static String abbrev(ProtoNode n) {
        return n.def() == null ? "text" : n.def().abbrev();
    }

    /** ek_write_field_value. */
    private void value(ProtoNode n) throws IOException {
        FieldDef d = n.def();
        if (d == null) {
            gen.writeString(FieldFormat.formatText(FieldFormat.label(n)));
            return;
        }
        switch (d.type()) {
            case NONE -> gen.writeNull();
            case BOOLEAN -> gen.writeBoolean(n.num() != 0);
            case ABSOLUTE_TIME -> gen.writeString(isoTime(n));
            default -> gen.writeString(JsonPrinter.value(n));
        }
    }

    /** "%FT%T" of gmtime, then the nanoseconds: "2026-11-26T08:13:05.030440000Z". */
    private static String isoTime(ProtoNode n) {
        NsTime t = NsTime.of(n);
        // "%09u": a fuzzed negative fraction shows as its unsigned 32 bits
        return ISO.format(LocalDateTime.ofEpochSecond(t.secs(), 0, ZoneOffset.UTC)) + "."
                + String.format("%09d", t.nsecs() & 0xffffffffL) + "Z";
    }

    /**
     * The packet's time as tshark's packet_info has it: frame.time's value, which keeps a fuzzed fraction of a second
     * or more as the file holds it; the record's without a frame item.
     */
    static NsTime arrival(PacketContext ctx) {
        ProtoNode t = frameTime(ctx);
        return t != null ? NsTime.of(t) : new NsTime(ctx.record().epochSeconds(), ctx.record().nanos());
    }

    /** The frame's frame.time item, or null without a frame item. */
    static ProtoNode frameTime(PacketContext ctx) {
        ProtoNode frame = ctx.tree().root().firstChild();
        if (frame != null && "frame".equals(frame.abbrev())) {
            for (ProtoNode c = frame.firstChild(); c != null; c = c.next()) {
                if ("frame.time".equals(c.abbrev())) {
                    return c;
                }
            }
        }
        return null;
    }

    @Override
    public void finish() throws IOException {
        gen.flush();
    }
}
