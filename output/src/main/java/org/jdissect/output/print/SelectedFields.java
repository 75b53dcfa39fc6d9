package org.jdissect.output.print;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldRegistry;
import org.jdissect.api.field.FieldType;
import org.jdissect.api.field.WiresharkNames;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.output.TimeFormat;
import org.jdissect.output.summary.SummaryLine;

/**
 * The fields tshark's {@code -e} names, and each one's values in a packet, as print.c's write_specified_fields
 * gathers them for {@code -T fields}, {@code -T json -e} and {@code -T ek -e}: every occurrence in tree order, as
 * get_node_field_value writes it. A name of the form {@code _ws.col.TITLE} is a column of the summary line (No., Time,
 * Source, Destination, Protocol, Length, Info); another title is a column tshark does not have, never set.
 */
final class SelectedFields {
    /** tshark's column fields' prefix (COLUMN_FIELD_FILTER). */
    private static final String COLUMN = "_ws.col.";
    /** The default columns' titles, in SummaryLine.cells' order. */
    private static final List<String> TITLES = List.of("No.", "Time", "Source", "Destination", "Protocol", "Length",
            "Info");

    private final List<String> names;
    /** The field of each name; null for a column. */
    private final FieldDef[] fields;
    /** The column of each name (an index in TITLES, or -1 for an unknown title); -2 for a field. */
    private final int[] columns;
    /** Computes the columns, when a name asks for one. */
    private final SummaryLine summary;
    private final List<FieldDef> read = new ArrayList<>();
    private final List<List<String>> values = new ArrayList<>();

    /**
     * The fields of {@code names}, looked up in {@code registry} or else among the names tshark registers (never
     * set, as in tshark, for a field jdissect does not dissect); the Time column in {@code timeFormat}.
     *
     * @throws IllegalArgumentException for a name that is neither, with tshark's words
     */
    SelectedFields(FieldRegistry registry, List<String> names, TimeFormat timeFormat) {
        this.names = List.copyOf(names);
        this.fields = new FieldDef[names.size()];
        this.columns = new int[names.size()];
        boolean anyColumn = false;
        for (int i = 0; i < fields.length; i++) {
            String n = names.get(i);
            values.add(new ArrayList<>());
            if (n.startsWith(COLUMN)) {
                columns[i] = TITLES.indexOf(n.substring(COLUMN.length()));
                anyColumn = true;
                continue;
            }
            columns[i] = -2;
            fields[i] = registry.find(n).or(() -> WiresharkNames.canonical(n)).orElseThrow(
                    () -> new IllegalArgumentException("Some fields aren't valid:\n\t" + n));
            read.add(fields[i]);
        }
        summary = anyColumn ? new SummaryLine(registry, timeFormat) : null;
        if (anyColumn) {
            read.addAll(SummaryPrinter.fieldsRead(registry));
        }
    }

    /** Whether a name of {@code names} is a column. */
    static boolean anyColumn(List<String> names) {
        return names.stream().anyMatch(n -> n.startsWith(COLUMN));
    }

    List<String> names() {
        return names;
    }

    int size() {
        return names.size();
    }

    /** What the tree must keep: the fields, and what the summary line reads when a column is asked for. */
    Collection<FieldDef> fieldsRead() {
        return read;
    }

    /** Reads the packet's values; {@link #values} then holds them until the next call. */
    void collect(PacketContext ctx) {
        for (List<String> v : values) {
            v.clear();
        }
        collect(ctx.tree().root());
        if (summary != null) {
            List<String> cells = summary.cells(ctx);
            for (int i = 0; i < columns.length; i++) {
                if (columns[i] >= 0) {
                    values.get(i).add(cells.get(columns[i]));
                }
            }
        }
    }

    /** The values of name {@code i} in the packet last collected, in tree order; empty when it has none. */
    List<String> values(int i) {
        return values.get(i);
    }

    /** The occurrences {@code -E occurrence} keeps: the first, the last or all. */
    static List<String> pick(List<String> v, char occurrence) {
        if (v.size() <= 1) {
            return v;
        }
        return switch (occurrence) {
            case 'f' -> v.subList(0, 1);
            case 'l' -> v.subList(v.size() - 1, v.size());
            default -> v;
        };
    }

    private void collect(ProtoNode n) {
        for (ProtoNode c = n.firstChild(); c != null; c = c.next()) {
            FieldDef d = c.def();
            if (d != null) {
                for (int i = 0; i < fields.length; i++) {
                    if (fields[i] != null && fields[i].sameField(d)) {
                        values.get(i).add(value(c, d));
                    }
                }
            }
            if (c.hasChildren()) {
                collect(c);
            }
        }
    }

    /**
     * A field's text in a column, as print.c's get_node_field_value: "1" for a valueless (FT_NONE) field, so that its
     * presence shows; for a protocol, the text its dissector gave the item ("Transmission Control Protocol, Src
     * Port: …"), or its abbreviation when it has none (a plain item such as http's or icmp's, a hidden one, or
     * one whose dissector stopped before giving it text, as IPv4 with a bogus header length).
     */
    private static String value(ProtoNode c, FieldDef d) {
        if (d == Expert.EXPERT) {
            return FieldFormat.label(c); // a protocol in Wireshark: "Expert Info (Chat/Sequence): …"
        }
        if (d.type() == FieldType.NONE) {
            return "1";
        }
        if (d.type() == FieldType.PROTOCOL && d.abbrev().equals("data")) {
            // print.c: "Uninterpreted data, i.e., the "Data" protocol, is printed as a field instead of a protocol"
            return dataHex(c);
        }
        if (d.type() == FieldType.PROTOCOL) {
            // a label that is just the protocol's name is what tshark's tree shows for an item given no text; text
            // appended to it (proto_item_append_text) gives it one
            boolean given = c.label() != null ? !c.label().equals(d.name()) || c.isTextGiven() : c.appended() != null;
            return c.isHidden() || !given ? d.abbrev() : FieldFormat.label(c);
        }
        return FieldFormat.value(c);
    }

    /** The bytes a node covers, in hex without separators (get_field_hex_value). */
    private static String dataHex(ProtoNode c) {
        org.jdissect.api.bytes.ByteView src = c.source();
        int n = Math.max(0, Math.min(c.length(), src.capturedLength() - c.offset()));
        StringBuilder sb = new StringBuilder(2 * n);
        for (int i = 0; i < n; i++) {
            int b = src.u8(c.offset() + i);
            sb.append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 15, 16));
        }
        return sb.toString();
    }
}
