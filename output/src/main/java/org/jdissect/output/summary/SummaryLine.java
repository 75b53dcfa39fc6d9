package org.jdissect.output.summary;

import java.util.List;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldRegistry;
import org.jdissect.api.tree.NsTime;
import org.jdissect.api.tree.ProtoNode;

/**
 * tshark's default line for one packet ({@code tshark -n -r FILE}), byte for byte: the printer's whole job. Keeps
 * its buffers across packets; one per printer, so one per thread.
 */
public final class SummaryLine {
    private final Columns columns = new Columns();
    private final StringBuilder time = new StringBuilder(24);
    /** frame.time_relative (null in a registry without the frame protocol). */
    private final FieldDef relative;

    public SummaryLine(FieldRegistry registry) {
        this.relative = registry.find("frame.time_relative").orElse(null);
    }

    /** Appends the packet's line, without its line end, to {@code sb}. Never throws on a damaged packet. */
    public void append(StringBuilder sb, PacketContext ctx) {
        compute(ctx);
        ColumnLine.append(sb, ctx.frameNumber(), time, columns.source(), columns.destination(), columns.protocol(),
                ctx.record().originalLength(), columns.info());
    }

    /**
     * The texts of the seven columns, No., Time, Source, Destination, Protocol, Length and Info, as tshark's column
     * data holds them (before the line pads and joins them): PSML's sections. Never throws on a damaged packet.
     */
    public List<String> cells(PacketContext ctx) {
        compute(ctx);
        return List.of(Long.toString(ctx.frameNumber()), time.toString(), columns.source(), columns.destination(),
                columns.protocol(), Integer.toString(ctx.record().originalLength()), columns.info());
    }

    /**
     * Computes the packet's columns and Time, for a reader of pinfo's addresses and the column texts (tshark's flow
     * statistics); the columns are valid until the next packet, {@link #time()} with them.
     */
    public Columns columns(PacketContext ctx) {
        compute(ctx);
        return columns;
    }

    /** The Time column of the packet {@link #columns} last computed. */
    public String time() {
        return time.toString();
    }

    private void compute(PacketContext ctx) {
        columns.compute(ctx);
        time.setLength(0);
        ProtoNode rel = relative == null ? null : ctx.tree().find(relative);
        if (rel != null) {
            if (rel.obj() instanceof NsTime t) {
                t.appendSigned(time, ctx.record().timeDigits()); // a fuzzed record's time, as tshark prints it
            } else {
                ColumnLine.time(time, rel.num(), ctx.record().timeDigits());
            }
        }
    }
}
