package org.jdissect.output.print;

import java.io.IOException;
import java.util.List;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldRegistry;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.output.FieldsOptions;
import org.jdissect.output.PacketPrinter;

/** {@code -T fields -e FIELD …}: one line per packet, tshark's {@code -E} options (see {@link SelectedFields}). */
public final class FieldsPrinter implements PacketPrinter {
    private final Appendable out;
    private final SelectedFields selected;
    private final FieldsOptions opt;
    private final StringBuilder line = new StringBuilder(256);
    private boolean headerDone;

    /**
     * Prints {@code names}, looked up in {@code registry}, or else among the names tshark registers (an empty column,
     * as in tshark, for a field jdissect does not dissect); an unknown one is an IllegalArgumentException.
     */
    public FieldsPrinter(Appendable out, FieldRegistry registry, List<String> names, FieldsOptions opt) {
        this.out = out;
        this.opt = opt;
        this.selected = new SelectedFields(registry, names, opt.timeFormat());
    }

    @Override
    public java.util.Collection<FieldDef> fieldsRead() {
        return selected.fieldsRead();
    }

    @Override
    public void packet(PacketContext ctx) throws IOException {
        preamble();
        selected.collect(ctx);
        line.setLength(0);
        for (int i = 0; i < selected.size(); i++) {
            if (i > 0) {
                line.append(opt.separator());
            }
            List<String> v = SelectedFields.pick(selected.values(i), opt.occurrence());
            if (!v.isEmpty()) {
                quote(v.size() == 1 ? v.get(0) : String.join(opt.aggregator(), v));
            }
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
            for (int i = 0; i < selected.size(); i++) {
                if (i > 0) {
                    line.append(opt.separator());
                }
                line.append(selected.names().get(i));
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
}
