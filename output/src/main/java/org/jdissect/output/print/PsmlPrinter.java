package org.jdissect.output.print;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldRegistry;
import org.jdissect.output.PacketPrinter;
import org.jdissect.output.TimeFormat;
import org.jdissect.output.summary.SummaryLine;

/**
 * {@code -T psml}: tshark's XML of the summary columns, as print.c's write_psml_preamble and write_psml_columns
 * write it: the column titles once, then a {@code <packet>} of {@code <section>}s a packet, each the text of one
 * column of the one-line summary (not padded), escaped as PDML escapes. tshark builds no tree for it, so this reads
 * what the summary reads ({@link SummaryPrinter#fieldsRead}).
 */
public final class PsmlPrinter implements PacketPrinter {
    private static final List<String> TITLES = List.of("No.", "Time", "Source", "Destination", "Protocol", "Length",
            "Info");
    private final Appendable out;
    private final SummaryLine line;
    private final List<FieldDef> read;
    private final StringBuilder sb = new StringBuilder(512);
    private boolean preamble;

    public PsmlPrinter(Appendable out, FieldRegistry registry) {
        this(out, registry, TimeFormat.RELATIVE);
    }

    /** PSML with the Time section of {@code timeFormat} (tshark's {@code -t}). */
    public PsmlPrinter(Appendable out, FieldRegistry registry, TimeFormat timeFormat) {
        this.out = out;
        this.line = new SummaryLine(registry, timeFormat);
        this.read = SummaryPrinter.fieldsRead(registry);
    }

    @Override
    public Collection<FieldDef> fieldsRead() {
        return read;
    }

    private void preamble() throws IOException {
        if (preamble) {
            return;
        }
        preamble = true;
        StringBuilder h = new StringBuilder(256);
        h.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        h.append("<psml version=\"0\" creator=\"wireshark/4.0.17\">\n");
        h.append("<structure>\n");
        sections(h, TITLES);
        h.append("</structure>\n\n");
        out.append(h);
    }

    private static void sections(StringBuilder sb, List<String> texts) {
        for (String t : texts) {
            sb.append("<section>");
            PdmlPrinter.escape(sb, t);
            sb.append("</section>\n");
        }
    }

    @Override
    public void packet(PacketContext ctx) throws IOException {
        preamble();
        sb.setLength(0);
        sb.append("<packet>\n");
        sections(sb, line.cells(ctx));
        sb.append("</packet>\n\n");
        out.append(sb);
    }

    @Override
    public void finish() throws IOException {
        preamble();
        out.append("</psml>\n");
    }
}
