package org.jdissect.cli.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldType;
import org.jdissect.api.capture.PacketRecord;
import org.jdissect.api.tree.NsTime;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dsl.CompiledFilter;
import org.jdissect.output.TimeFormat;

/**
 * {@code -z io,stat,INTERVAL[,COLUMN...]}, tap-iostat.c: for each column (a filter, or a function of a field behind
 * a filter) one cell per interval since the first packet, drawn as a table whose widths follow the numbers.
 */
final class IoStat implements Statistic {
    /** The column kinds, in calc_type_table's order (its names are the header labels). */
    enum Calc {
        FRAMES("FRAMES"), BYTES("BYTES"), FRAMES_BYTES("FRAMES BYTES"), COUNT("COUNT"), SUM("SUM"), MIN("MIN"),
        MAX("MAX"), AVG("AVG"), LOAD("LOAD");

        final String label;

        Calc(String label) {
            this.label = label;
        }
    }

    /** One interval of one column (io_stat_item_t). */
    static final class Cell {
        long frames;
        long num;
        long counter;
        float floatCounter;
        double doubleCounter;
    }

    /** One column: what it computes, on what field, for which packets. */
    static final class Column {
        final String text;
        final Calc calc;
        final FieldDef field;
        final CompiledFilter filter;
        final Cells cells = new Cells();
        long maxFrames;
        long maxValue;
        /** Whether tshark's tree lets the field be found: only when some filter refers to it. */
        boolean primed;

        Column(String text, Calc calc, FieldDef field, CompiledFilter filter) {
            this.text = text;
            this.calc = calc;
            this.field = field;
            this.filter = filter;
        }

        FieldType type() {
            return field == null ? FieldType.NONE : field.type();
        }
    }

    private static final long FOREVER = Long.MAX_VALUE;
    private static final long NANOS_PER_SEC = 1_000_000_000L;

    /** Microseconds, or {@link #FOREVER} for 0 (the whole capture). */
    private final long interval;
    /** Decimals of the interval as given (iostat_init's invl_prec). */
    private final int intervalPrecision;
    private final List<Column> columns;
    private long firstNanos;
    private boolean started;
    /** tshark's {@code -t}: rows named by their interval since the first packet, or by a clock time. */
    private final TimeFormat time;
    /**
     * iostat_packet's start_time, the clock second a row's time counts from: the arrival's seconds less the whole
     * seconds since the first packet, of the first packet a column counts (one second later than the first packet's
     * when that packet's fraction is the smaller).
     */
    private long startSecs;
    private boolean startSet;
    /** iostat_packet's last_relative_time: where the latest packet a column counted went, in microseconds. */
    private long lastRelMicros;
    /** cfile.elapsed_time: the latest time after the first packet, in nanoseconds. */
    private long elapsedNanos;

    IoStat(long interval, int intervalPrecision, List<Column> columns, TimeFormat time) {
        this.interval = interval;
        this.intervalPrecision = intervalPrecision;
        this.columns = columns;
        this.time = time;
    }

    @Override
    public Collection<FieldDef> fieldsRead() {
        Set<FieldDef> read = new LinkedHashSet<>();
        for (Column c : columns) {
            if (c.field != null) {
                read.add(c.field);
            }
            if (c.filter != null) {
                read.addAll(c.filter.fields());
            }
        }
        return read;
    }

    @Override
    public Collection<FieldDef> filterFields() {
        Set<FieldDef> fields = new LinkedHashSet<>();
        for (Column c : columns) {
            if (c.filter != null) {
                fields.addAll(c.filter.fields());
            }
        }
        return fields;
    }

    @Override
    public void primedFields(Set<String> abbrevs) {
        // proto_get_finfo_ptr_array finds a field only when some filter of the run refers to it, shown tree or not
        for (Column c : columns) {
            c.primed = c.field != null && abbrevs.contains(c.field.abbrev());
        }
    }

    @Override
    public boolean onFrameTap() {
        return true;
    }

    @Override
    public void packet(PacketContext ctx) {
        PacketRecord r = ctx.record();
        long nanos = r.epochSeconds() * NANOS_PER_SEC + r.nanos();
        if (!started) {
            started = true;
            firstNanos = nanos;
        }
        long rel = nanos - firstNanos;
        if (rel > elapsedNanos) {
            elapsedNanos = rel;
        }
        long secs = rel / NANOS_PER_SEC;
        // a packet earlier than the first (time going backwards) counts where the last one counted went
        long relMicros = rel < 0 ? lastRelMicros : secs * 1_000_000 + (rel % NANOS_PER_SEC + 500) / 1000;
        for (Column c : columns) {
            if (c.filter == null || c.filter.test(ctx.tree())) {
                if (!startSet) {
                    startSet = true;
                    startSecs = r.epochSeconds() - secs;
                }
                lastRelMicros = relMicros;
                count(c, relMicros, ctx);
            }
        }
    }

    private void count(Column c, long relMicros, PacketContext ctx) {
        long last = c.cells.size() - 1;
        long index = relMicros / interval;
        if (index < last) {
            return; // iostat_packet leaves out a packet earlier than the interval it is at
        }
        c.cells.extendTo(index);
        long at = index;
        Cell it = c.cells.edit(at);
        it.frames++;
        switch (c.calc) {
            case FRAMES, BYTES, FRAMES_BYTES -> it.counter += ctx.record().originalLength();
            default -> values(c, it, at, ctx);
        }
        noteMaximum(c, it);
    }

    /** The field's occurrences in the packet, each folded into the cell as the column's function does. */
    private void values(Column c, Cell it, long at, PacketContext ctx) {
        if (!c.primed) {
            return;
        }
        FieldType t = c.type();
        String abbrev = c.field.abbrev();
        int[] i = {0};
        ctx.tree().root().walk(n -> {
            if (n.def() == null || !n.def().abbrev().equals(abbrev)) {
                return;
            }
            boolean first = it.frames == 1 && i[0] == 0;
            i[0]++;
            switch (c.calc) {
                case COUNT -> it.counter++;
                case SUM -> add(it, n, t);
                case MIN -> {
                    if (t == FieldType.FLOAT) {
                        float v = (float) real(n);
                        if (first || v < it.floatCounter) {
                            it.floatCounter = v;
                        }
                    } else if (t == FieldType.DOUBLE) {
                        double v = real(n);
                        if (first || v < it.doubleCounter) {
                            it.doubleCounter = v;
                        }
                    } else {
                        long v = integer(n, t);
                        if (first || less(v, it.counter, t)) {
                            it.counter = v;
                        }
                    }
                }
                case MAX -> {
                    if (t == FieldType.FLOAT) {
                        float v = (float) real(n);
                        if (v > it.floatCounter) {
                            it.floatCounter = v;
                        }
                    } else if (t == FieldType.DOUBLE) {
                        double v = real(n);
                        if (v > it.doubleCounter) {
                            it.doubleCounter = v;
                        }
                    } else {
                        long v = integer(n, t);
                        if (less(it.counter, v, t)) {
                            it.counter = v;
                        }
                    }
                }
                case AVG -> {
                    it.num++;
                    add(it, n, t);
                }
                case LOAD -> load(c, at, time(n));
                default -> {
                }
            }
        });
    }

    /**
     * LOAD: a response time in microseconds spread back from this interval over the ones before it, a whole
     * interval each (iostat_packet walks the items' prev links, the first one's being the column's last).
     */
    private void load(Column c, long at, long nanos) {
        long val = (nanos / NANOS_PER_SEC) * 1_000_000 + (nanos % NANOS_PER_SEC) / 1000;
        long part = Long.remainderUnsigned(val, interval);
        c.cells.edit(at).counter += (int) part;
        val -= part;
        long p = at == 0 ? c.cells.size() - 1 : at - 1;
        while (val != 0) {
            Cell pit = c.cells.edit(p);
            if (Long.compareUnsigned(val, interval) < 0) {
                pit.counter += val;
                break;
            }
            pit.counter += interval;
            val -= interval;
            p = p == 0 ? c.cells.size() - 1 : p - 1;
        }
    }

    /** The column's widest value so far (iostat_packet's max_vals: what sets the column's width). */
    private static void noteMaximum(Column c, Cell it) {
        FieldType t = c.type();
        switch (c.calc) {
            case FRAMES, FRAMES_BYTES -> {
                c.maxFrames = Math.max(c.maxFrames, it.frames);
                c.maxValue = maxU(c.maxValue, it.counter);
            }
            case BYTES, COUNT, LOAD -> c.maxValue = maxU(c.maxValue, it.counter);
            case SUM, MIN, MAX -> {
                if (t == FieldType.FLOAT) {
                    c.maxValue = maxU(c.maxValue, toU64(it.floatCounter + 0.5));
                } else if (t == FieldType.DOUBLE) {
                    c.maxValue = maxU(c.maxValue, toU64(it.doubleCounter + 0.5));
                } else {
                    c.maxValue = maxU(c.maxValue, it.counter);
                }
            }
            case AVG -> {
                if (it.num == 0) {
                    return;
                }
                if (t == FieldType.FLOAT) {
                    c.maxValue = maxU(c.maxValue, toU64(it.floatCounter) / it.num);
                } else if (t == FieldType.DOUBLE) {
                    c.maxValue = maxU(c.maxValue, toU64(it.doubleCounter) / it.num);
                } else if (t == FieldType.RELATIVE_TIME) {
                    c.maxValue = maxU(c.maxValue,
                            (Long.divideUnsigned(it.counter, it.num) + 500_000_000L) / NANOS_PER_SEC);
                } else {
                    c.maxValue = maxU(c.maxValue, Long.divideUnsigned(it.counter, it.num));
                }
            }
        }
    }

    private static long maxU(long a, long b) {
        return Long.compareUnsigned(a, b) >= 0 ? a : b;
    }

    /** C's conversion of a non-negative double to guint64 (values here never reach 2^63). */
    private static long toU64(double d) {
        return d <= 0 ? 0 : (long) d;
    }

    /** Compares as the field's C type does: signed 32 or 64 bits for INTs, unsigned otherwise. */
    private static boolean less(long a, long b, FieldType t) {
        return switch (t) {
            case INT8, INT16, INT24, INT32 -> (int) a < (int) b;
            case INT40, INT48, INT56, INT64 -> a < b;
            default -> Long.compareUnsigned(a, b) < 0;
        };
    }

    /** Adds a value to a SUM or AVG cell, in the counter its type accumulates in (as iostat_packet). */
    private static void add(Cell it, ProtoNode n, FieldType t) {
        if (t == FieldType.FLOAT) {
            it.floatCounter += (float) real(n);
        } else if (t == FieldType.DOUBLE) {
            it.doubleCounter += real(n);
        } else {
            it.counter += integer(n, t);
        }
    }

    private static long integer(ProtoNode n, FieldType t) {
        return t == FieldType.RELATIVE_TIME ? time(n) : n.num();
    }

    private static double real(ProtoNode n) {
        return n.obj() instanceof Number d ? d.doubleValue() : n.num();
    }

    /** A relative time's nanoseconds (held as an object when a dissector computed it). */
    private static long time(ProtoNode n) {
        return n.obj() instanceof NsTime time ? time.toNanos() : n.num();
    }

    @Override
    public void draw(StringBuilder out) {
        new IoStatTable(this).draw(out, null);
    }

    /**
     * Streams the table: a capture whose times jump by years has a row for every interval in between (tshark prints
     * them all), more than a string should hold.
     */
    @Override
    public void print(java.io.PrintWriter out) {
        new IoStatTable(this).draw(new StringBuilder(), b -> !out.append(b).checkError());
    }

    long interval() {
        return interval;
    }

    int intervalPrecision() {
        return intervalPrecision;
    }

    List<Column> columns() {
        return columns;
    }

    TimeFormat time() {
        return time;
    }

    /** The clock second the first row starts at (see {@link #startSecs}). */
    long startSecs() {
        return startSecs;
    }

    /** cfile.elapsed_time in microseconds, rounded as iostat_draw rounds it. */
    long durationMicros() {
        long secs = elapsedNanos / NANOS_PER_SEC;
        return secs * 1_000_000 + (elapsedNanos % NANOS_PER_SEC + 500) / 1000;
    }

    /** What a cell holds, for drawing. */
    static long frames(Column c, long row) {
        return row < c.cells.size() ? c.cells.get(row).frames : 0;
    }

    static boolean has(Column c, long row) {
        return row < c.cells.size();
    }

    static long counter(Column c, long row) {
        return c.cells.get(row).counter;
    }

    static long num(Column c, long row) {
        return c.cells.get(row).num;
    }

    static float floatCounter(Column c, long row) {
        return c.cells.get(row).floatCounter;
    }

    static double doubleCounter(Column c, long row) {
        return c.cells.get(row).doubleCounter;
    }

    /**
     * A column's intervals (tshark's item list, every interval up to the latest allocated): only those a packet
     * touched are held, the others read as zeros, so a capture spanning years at a one-second interval costs
     * memory for its packets, not for its seconds.
     */
    static final class Cells {
        private static final Cell EMPTY = new Cell();

        private final java.util.TreeMap<Long, Cell> touched = new java.util.TreeMap<>();
        private long size;
        private long lastIndex = -1;
        private Cell last;

        /** How many intervals exist: one past the latest. */
        long size() {
            return size;
        }

        /** Makes intervals up to {@code index} exist. */
        void extendTo(long index) {
            size = Math.max(size, index + 1);
        }

        /** The interval at {@code index} (which exists), to change. */
        Cell edit(long index) {
            if (index == lastIndex) {
                return last;
            }
            Cell c = touched.computeIfAbsent(index, k -> new Cell());
            lastIndex = index;
            last = c;
            return c;
        }

        /** The interval at {@code index}, to read: zeros when no packet touched it. */
        Cell get(long index) {
            Cell c = touched.get(index);
            return c == null ? EMPTY : c;
        }
    }

    static String format(String f, Object... args) {
        return String.format(Locale.ROOT, f, args);
    }
}
