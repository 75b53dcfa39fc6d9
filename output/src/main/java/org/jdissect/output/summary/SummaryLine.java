package org.jdissect.output.summary;

import java.util.List;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldRegistry;
import org.jdissect.api.tree.NsTime;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.output.TimeFormat;

/**
 * tshark's default line for one packet ({@code tshark -n -r FILE}), byte for byte: the printer's whole job. Keeps
 * its buffers across packets; one per printer, so one per thread.
 */
public final class SummaryLine {
    private final Columns columns = new Columns();
    private final StringBuilder time = new StringBuilder(24);
    /** frame.time_relative (null in a registry without the frame protocol). */
    private final FieldDef relative;
    private final FieldDef delta;
    private final FieldDef deltaDisplayed;
    private final FieldDef epoch;
    private final TimeFormat timeFormat;
    private final java.time.ZoneId zone = java.time.ZoneId.systemDefault();

    /** The line with tshark's default Time column, the time since the first packet. */
    public SummaryLine(FieldRegistry registry) {
        this(registry, TimeFormat.RELATIVE);
    }

    /** The line with the Time column of {@code timeFormat} (tshark's {@code -t}). */
    public SummaryLine(FieldRegistry registry, TimeFormat timeFormat) {
        this.relative = registry.find("frame.time_relative").orElse(null);
        this.delta = registry.find("frame.time_delta").orElse(null);
        this.deltaDisplayed = registry.find("frame.time_delta_displayed").orElse(null);
        this.epoch = registry.find("frame.time_epoch").orElse(null);
        this.timeFormat = timeFormat;
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

    /**
     * The packet's arrival as tshark holds it: the frame item's {@code epoch} (frame.time_epoch) when the tree has it,
     * which keeps a fuzzed record's time as read (a fraction of a second or more), else the record's.
     */
    public static NsTime arrival(PacketContext ctx, FieldDef epoch) {
        ProtoNode at = epoch == null ? null : ctx.tree().find(epoch);
        return at != null ? NsTime.of(at) : new NsTime(ctx.record().epochSeconds(), ctx.record().nanos());
    }

    private void compute(PacketContext ctx) {
        columns.compute(ctx);
        time.setLength(0);
        if (timeFormat == TimeFormat.EPOCH || timeFormat.clock()) {
            NsTime at = arrival(ctx, epoch);
            timeFormat.appendArrival(time, at.secs(), at.nsecs(), ctx.record().timeDigits(), zone);
            return;
        }
        FieldDef span = timeFormat == TimeFormat.DELTA ? delta
                : timeFormat == TimeFormat.DELTA_DISPLAYED ? deltaDisplayed : relative;
        ProtoNode rel = span == null ? null : ctx.tree().find(span);
        if (rel != null) {
            if (rel.obj() instanceof NsTime t) {
                t.appendSigned(time, ctx.record().timeDigits()); // a fuzzed record's time, as tshark prints it
            } else {
                ColumnLine.time(time, rel.num(), ctx.record().timeDigits());
            }
        }
    }
}
