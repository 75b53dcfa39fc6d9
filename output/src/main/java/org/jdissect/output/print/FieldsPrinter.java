package org.jdissect.output.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldRegistry;
import org.jdissect.api.field.WiresharkNames;
import org.jdissect.api.field.FieldType;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.output.FieldsOptions;
import org.jdissect.output.PacketPrinter;
import org.jdissect.output.summary.SummaryLine;

/**
 * {@code -T fields -e FIELD …}: one line per packet, tshark's {@code -E} options. A name of the form
 * {@code _ws.col.TITLE} is a column of the summary line (No., Time, Source, Destination, Protocol, Length, Info), as
 * tshark prints them; another title is a column tshark does not have, always empty.
 */
public final class FieldsPrinter implements PacketPrinter {
    /** tshark's column fields' prefix (COLUMN_FIELD_FILTER). */
    private static final String COLUMN = "_ws.col.";
    /** The default columns' titles, in SummaryLine.cells' order. */
    private static final List<String> TITLES = List.of("No.", "Time", "Source", "Destination", "Protocol", "Length",
            "Info");

    private final Appendable out;
    private final List<String> names;
    /** The field of each name; null for a column. */
    private final FieldDef[] fields;
    /** The column of each name (an index in TITLES, or -1 for an unknown title); -2 for a field. */
    private final int[] columns;
    /** Computes the columns, when a name asks for one. */
    private final SummaryLine summary;
    private final List<FieldDef> read = new ArrayList<>();
    private final FieldsOptions opt;
    private final List<List<String>> values = new ArrayList<>();
    private final StringBuilder line = new StringBuilder(256);
    private boolean headerDone;

    /**
     * Prints {@code names}, looked up in {@code registry}, or else among the names tshark registers (an empty column,
     * as in tshark, for a field jdissect does not dissect); an unknown one is an IllegalArgumentException.
     */
    public FieldsPrinter(Appendable out, FieldRegistry registry, List<String> names, FieldsOptions opt) {
        this.out = out;
        this.opt = opt;
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
        summary = anyColumn ? new SummaryLine(registry) : null;
        if (anyColumn) {
            read.addAll(SummaryPrinter.fieldsRead(registry));
        }
    }

    @Override
    public java.util.Collection<FieldDef> fieldsRead() {
        return read;
    }

    @Override
    public void packet(PacketContext ctx) throws IOException {
        preamble();
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
        line.setLength(0);
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append(opt.separator());
            }
            List<String> v = values.get(i);
            if (v.isEmpty()) {
                continue;
            }
            String cell = switch (opt.occurrence()) {
                case 'f' -> v.get(0);
                case 'l' -> v.get(v.size() - 1);
                default -> String.join(opt.aggregator(), v);
            };
            quote(cell);
        }
        out.append(line).append('\n');
    }

    /**
     * write_fields_preamble: the BOM and the header line, which tshark writes before the first packet, so a run
     * whose filter matches nothing still prints them.
     */
    private void preamble() throws IOException {
        if (headerDone) {
            return;
        }
        headerDone = true;
        if (opt.bom()) {
            out.append('\uFEFF');
        }
        if (opt.header()) {
            line.setLength(0);
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    line.append(opt.separator());
                }
                line.append(names.get(i));
            }
            out.append(line).append('\n');
        }
    }

    @Override
    public void finish() throws IOException {
        preamble();
    }

    private void quote(String raw) {
        String cell = escape(raw);
        switch (opt.quote()) {
            case 'd' -> line.append('"').append(cell).append('"');
            case 's' -> line.append('\'').append(cell).append('\'');
            default -> line.append(cell);
        }
    }

    /**
     * tshark's print_escaped_bare: CR, LF and tab in a value are written as escapes, so a header line ("Host:
     * a\r\n") cannot break the one-line-per-packet layout. Other control characters (C0, DEL, C1) are escaped too,
     * as the tree shows them ({@link FieldFormat#formatText}): tshark 4.0 prints them raw here, which lets a packet
     * send escape sequences to the terminal.
     */
    static String escape(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && !control(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n + 8).append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\r' -> sb.append("\\r");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (control(c)) {
                        sb.append(FieldFormat.formatText(String.valueOf(c)));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static boolean control(char c) {
        return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0);
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
}
