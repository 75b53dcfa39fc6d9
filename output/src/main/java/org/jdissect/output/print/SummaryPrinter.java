package org.jdissect.output.print;

import java.io.IOException;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldRegistry;
import org.jdissect.output.PacketPrinter;
import org.jdissect.output.summary.SummaryLine;

/**
 * tshark's default one-line summary ({@code tshark -n -r FILE}): No., Time, Source, Destination, Protocol, Length,
 * Info. It reads the whole tree (the Info column draws on fields of every layer), so it keeps no field list.
 */
public final class SummaryPrinter implements PacketPrinter {
    private final Appendable out;
    private final StringBuilder sb = new StringBuilder(256);
    private final SummaryLine line;

    public SummaryPrinter(Appendable out, FieldRegistry registry) {
        this.out = out;
        this.line = new SummaryLine(registry);
    }

    @Override
    public void packet(PacketContext ctx) throws IOException {
        sb.setLength(0);
        line.append(sb, ctx);
        // tshark ends each line with '\n' whatever the platform
        sb.append('\n');
        out.append(sb);
    }
}
