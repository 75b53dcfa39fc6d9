package org.jdissect.cli.stats;

import java.util.List;
import org.jdissect.api.field.FieldType;
import org.jdissect.cli.stats.IoStat.Calc;
import org.jdissect.cli.stats.IoStat.Column;
import org.jdissect.output.TimeFormat;

/**
 * iostat_draw's table: an "Interval" column as wide as the duration's digits at the interval's precision, then each
 * column as wide as its largest value (at least its label), the filters listed above, wrapped when too long.
 */
final class IoStatTable {
    private static final long MICROS = 1_000_000;
    /** localtime's zone, for the local clock formats (the JVM's when this was made). */
    private final java.time.ZoneId zone = java.time.ZoneId.systemDefault();

    private final IoStat stat;
    private final List<Column> columns;
    /** Each column's width without padding and borders: frames part, value part. */
    private final int[] framesWidth;
    private final int[] valueWidth;
    /** Where drawn rows go before the table is done, or null to keep them all in the builder. */
    private java.util.function.Predicate<StringBuilder> flush;

    IoStatTable(IoStat stat) {
        this.stat = stat;
        this.columns = stat.columns();
        this.framesWidth = new int[columns.size()];
        this.valueWidth = new int[columns.size()];
    }

    /** Decimal digits of {@code val}, at least 1 and at most {@code maxWidth}. */
    private static int magnitude(long val, int maxWidth) {
        int mag = 0;
        for (int i = 0; i < maxWidth; i++) {
            mag++;
            val = Long.divideUnsigned(val, 10);
            if (val == 0) {
                break;
            }
        }
        return mag;
    }

    /**
     * Draws the table into {@code out}; with a {@code flush}, hands it what is drawn every so many rows and starts
     * {@code out} over, and once more at the end; the rows stop when {@code flush} says the output is gone.
     */
    void draw(StringBuilder out, java.util.function.Predicate<StringBuilder> flush) {
        this.flush = flush;
        long duration = stat.durationMicros();
        long durSecsOrig = duration / MICROS;
        long durMicrosOrig = duration % MICROS;
        long interval;
        boolean whole = stat.interval() == Long.MAX_VALUE || stat.interval() > duration;
        interval = whole ? duration : stat.interval();
        int durMag = magnitude(duration / MICROS, 5);
        int durMagFormat = durMag; // the formats keep the digits of the unrounded duration
        int invlMag = magnitude(interval / MICROS, 5);
        int prec;
        int borderlen;
        if (interval == duration) {
            // the whole capture in one row: its precision follows the duration's size
            prec = durMag >= 2 ? 1 : durMag == 1 ? 3 : 6;
            borderlen = 30 + durMag + prec + 1;
        } else {
            prec = stat.intervalPrecision();
            borderlen = 25 + Math.max(invlMag, durMag) + (prec == 0 ? 0 : prec + 1);
        }
        long dv = MICROS;
        for (int i = 0; i < prec; i++) {
            dv /= 10;
        }
        if (duration % dv > 5 * (dv / 10)) {
            duration = (duration + 5 * (dv / 10)) / dv * dv;
        }
        if (whole) {
            interval = duration;
        }
        durMag = magnitude(duration / MICROS, 5);
        int invlColW = prec == 0 ? 2 * durMag + 8 : 2 * durMag + 2 * prec + 10;
        // as wide as a date and time ("| 2026-11-26 08:13:41 |"), or as twice " <> Dur|" for the last row
        invlColW = Math.max(invlColW, stat.time().dated() ? 23 : 12);
        borderlen = Math.max(borderlen, invlColW);

        int tabrowW = invlColW;
        for (int j = 0; j < columns.size(); j++) {
            tabrowW += widths(j, interval);
        }
        borderlen = Math.max(borderlen, tabrowW);
        int maxFilterW = 0;
        for (Column c : columns) {
            maxFilterW = Math.max(maxFilterW, c.text == null ? 26 : c.text.length() + 11);
        }
        if (maxFilterW > borderlen && borderlen < 102) {
            borderlen = Math.min(maxFilterW, 102);
        }
        if (borderlen - tabrowW == 1) {
            borderlen++; // no double right border
        }

        out.append('\n').append("=".repeat(borderlen)).append('\n');
        line(out, "| IO Statistics", borderlen);
        line(out, "|", borderlen);
        if (prec == 0) {
            // tshark's "%6u": the microseconds padded with spaces, not zeros ("16. 16000 secs")
            line(out, "| Duration: " + IoStat.format("%" + durMagFormat + "d.%6d secs", durSecsOrig, durMicrosOrig),
                    borderlen, overflow(durSecsOrig, durMagFormat, durMag));
            line(out, "| Interval: " + IoStat.format("%" + durMagFormat + "d secs", interval / MICROS), borderlen,
                    overflow(interval / MICROS, durMagFormat, durMag));
        } else {
            String f = "%" + durMagFormat + "d.%0" + prec + "d secs";
            line(out, "| Duration: " + IoStat.format(f, duration / MICROS, duration % MICROS / dv), borderlen,
                    overflow(duration / MICROS, durMagFormat, durMag));
            line(out, "| Interval: " + IoStat.format(f, interval / MICROS, interval % MICROS / dv), borderlen,
                    overflow(interval / MICROS, durMagFormat, durMag));
        }
        line(out, "|", borderlen);
        filters(out, borderlen);
        out.append("|-").append("-".repeat(Math.max(0, borderlen - 3))).append("|\n");

        String filler = tabrowW < borderlen ? " ".repeat(borderlen - tabrowW - 1) + "|" : "";
        out.append('|').append(" ".repeat(invlColW - 2)).append('|');
        for (int j = 0; j < columns.size(); j++) {
            Column c = columns.get(j);
            int w = c.calc == Calc.FRAMES_BYTES ? framesWidth[j] + valueWidth[j] + 3
                    : c.calc == Calc.FRAMES ? framesWidth[j] : valueWidth[j];
            out.append(IoStat.format("%-2d", j + 1)).append(" ".repeat(w)).append('|');
        }
        out.append(filler);
        // tshark 4.0 names the column of every -t but u, whose row stays on the line above (its label's switch
        // has no case for it, and each case starts with the line end)
        String label = stat.time().dated() ? "\n| Date and time"
                : stat.time() == TimeFormat.ABSOLUTE ? "\n| Time    "
                : stat.time() == TimeFormat.UTC ? "" : "\n| Interval";
        out.append(label).append(" ".repeat(Math.max(0, invlColW - (stat.time().dated() ? 16 : 11)))).append('|');
        for (int j = 0; j < columns.size(); j++) {
            Column c = columns.get(j);
            if (c.calc == Calc.FRAMES) {
                center(out, c.calc.label, framesWidth[j]);
            } else if (c.calc == Calc.FRAMES_BYTES) {
                center(out, "Frames", framesWidth[j]);
                center(out, "Bytes", valueWidth[j]);
            } else {
                center(out, c.calc.label, valueWidth[j]);
            }
        }
        out.append(filler);
        out.append("\n|-").append("-".repeat(tabrowW - 3)).append('|').append(filler).append('\n');

        rows(out, duration, interval, prec, dv, durMag, durMagFormat, filler);
        out.append("=".repeat(borderlen)).append('\n');
        if (flush != null) {
            flush.test(out);
            out.setLength(0);
        }
    }

    /** A column's width with its padding and border; sets its widths as iostat_draw sizes them. */
    private int widths(int j, long interval) {
        Column c = columns.get(j);
        int nameLen = c.calc == Calc.FRAMES_BYTES ? 5 : c.calc.label.length();
        switch (c.calc) {
            case FRAMES -> {
                framesWidth[j] = Math.max(6, magnitude(c.maxFrames, 15));
                return framesWidth[j] + 3;
            }
            case FRAMES_BYTES -> {
                framesWidth[j] = Math.max(6, magnitude(c.maxFrames, 15));
                valueWidth[j] = Math.max(5, magnitude(c.maxValue, 15));
                return framesWidth[j] + 3 + valueWidth[j] + 3;
            }
            case BYTES, COUNT -> valueWidth[j] = Math.max(5, magnitude(c.maxValue, 15));
            default -> {
                FieldType t = c.type();
                if (t == FieldType.FLOAT || t == FieldType.DOUBLE) {
                    valueWidth[j] = magnitude(c.maxValue, 15) + 7;
                } else if (t == FieldType.RELATIVE_TIME) {
                    // the largest value in whole seconds (LOAD's already in intervals' worth)
                    long max = c.maxValue;
                    if (c.calc == Calc.LOAD) {
                        max = interval == 0 ? 0 : Long.divideUnsigned(max, interval);
                    } else if (c.calc != Calc.AVG) {
                        max = Long.divideUnsigned(max + 500_000_000L, 1_000_000_000L);
                    }
                    valueWidth[j] = magnitude(max, 15) + 7;
                } else {
                    valueWidth[j] = Math.max(nameLen, magnitude(c.maxValue, 15));
                }
            }
        }
        return valueWidth[j] + 3;
    }

    /** printcenter: a label centred in a column, or nothing at all when the column is much wider than it. */
    private static void center(StringBuilder out, String label, int width) {
        int diff = width - label.length();
        int len = 6 - (diff / 2 + 1);
        if (len > 0 && len < 6) {
            String pad = " ".repeat(6 - len);
            out.append(diff % 2 == 0 ? pad : pad + " ").append(label).append(pad).append('|');
        }
    }

    private void filters(StringBuilder out, int borderlen) {
        out.append("| Col");
        for (int j = 0; j < columns.size(); j++) {
            out.append(IoStat.format(j == 0 ? "%2d: " : "|    %2d: ", j + 1));
            String filter = columns.get(j).text;
            if (filter == null) {
                out.append("Frames and bytes").append(" ".repeat(Math.max(0, borderlen - 26))).append("|\n");
            } else if (filter.length() + 11 <= borderlen) {
                out.append(filter).append(" ".repeat(borderlen - filter.length() - 10)).append("|\n");
            } else {
                // wrapped at the last space that fits, else where the line is full
                int maxW = borderlen - 11;
                while (true) {
                    if (filter.length() > maxW) {
                        String first = filter.substring(0, maxW);
                        int space = first.lastIndexOf(' ');
                        int len = space >= 0 ? space : first.length();
                        int next = space >= 0 ? len + 1 : len;
                        out.append(first, 0, len).append(" ".repeat(Math.max(0, borderlen - len - 10))).append("|\n");
                        out.append("|        ");
                        filter = filter.substring(next);
                    } else {
                        out.append(filter).append(" ".repeat(Math.max(0, borderlen - filter.length() - 10)))
                                .append("|\n");
                        break;
                    }
                }
            }
        }
    }

    private void rows(StringBuilder out, long duration, long interval, int prec, long dv, int durMag, int m,
            String filler) {
        // a capture of no duration (one packet, or all at one instant) has an interval of zero and no rows
        long rows = interval == 0 ? 0 : duration / interval + (duration % interval > 0 ? 1 : 0);
        long t = 0;
        for (long i = 0; i < rows; i++) {
            boolean last = i == rows - 1;
            long end = last ? duration : t + interval;
            // written by hand, not String.format: a capture spanning days has millions of rows
            if (stat.time().clock()) {
                out.append("| ").append(clock(stat.startSecs() + t / MICROS)).append(" |");
            } else if (prec == 0) {
                out.append(durMag == 1 ? "|  " : "| ");
                right(out, t / MICROS, m);
                if (last) {
                    int maxw = durMag >= 3 ? durMag + 1 : 3;
                    out.append(" <> Dur").append(" ".repeat(Math.max(0, maxw - 3))).append('|');
                } else {
                    out.append(" <> ");
                    right(out, end / MICROS, m);
                    out.append(durMag == 1 ? "  |" : " |");
                }
            } else {
                out.append("| ");
                right(out, t / MICROS, m);
                out.append('.');
                zeros(out, t % MICROS / dv, prec);
                out.append(" <> ");
                right(out, end / MICROS, m);
                out.append('.');
                zeros(out, end % MICROS / dv, prec);
                out.append(" |");
            }
            for (int j = 0; j < columns.size(); j++) {
                cell(out, j, i, last, interval, end - t);
            }
            out.append(filler).append('\n');
            t += interval;
            if (flush != null && out.length() >= 1 << 16) {
                boolean open = flush.test(out);
                out.setLength(0);
                if (!open) {
                    return;
                }
            }
        }
    }

    private long clockSecs = Long.MIN_VALUE;
    private String clockText;

    /** A row's clock time, to the second (the rows of one second share one text). */
    private String clock(long secs) {
        if (secs != clockSecs) {
            StringBuilder sb = new StringBuilder(20);
            stat.time().appendArrival(sb, secs, 0, 0, zone);
            clockSecs = secs;
            clockText = sb.toString();
        }
        return clockText;
    }

    private void cell(StringBuilder out, int j, long row, boolean last, long interval, long span) {
        Column c = columns.get(j);
        int fw = framesWidth[j];
        int vw = valueWidth[j];
        FieldType t = c.type();
        boolean has = IoStat.has(c, row);
        switch (c.calc) {
            case FRAMES -> {
                out.append(' ');
                unsigned(out, IoStat.frames(c, row), fw);
                out.append(" |");
            }
            case FRAMES_BYTES -> {
                out.append(' ');
                unsigned(out, IoStat.frames(c, row), fw);
                out.append(" | ");
                unsigned(out, has ? IoStat.counter(c, row) : 0, vw);
                out.append(" |");
            }
            case BYTES, COUNT -> {
                out.append(' ');
                unsigned(out, has ? IoStat.counter(c, row) : 0, vw);
                out.append(" |");
            }
            default -> {
                if (t == FieldType.FLOAT || t == FieldType.DOUBLE) {
                    double v = 0;
                    if (has) {
                        long num = Math.max(1, IoStat.num(c, row));
                        v = t == FieldType.FLOAT ? (double) IoStat.floatCounter(c, row)
                                : IoStat.doubleCounter(c, row);
                        if (c.calc == Calc.AVG) {
                            v = t == FieldType.FLOAT ? (double) (IoStat.floatCounter(c, row) / num) : v / num;
                        }
                    }
                    out.append(IoStat.format(" %" + (vw - 7) + ".6f |", v));
                } else if (t == FieldType.RELATIVE_TIME) {
                    long secs = 0;
                    long micros = 0;
                    if (has) {
                        long v = IoStat.counter(c, row);
                        if (c.calc == Calc.LOAD) {
                            long d = last ? span : interval;
                            if (d != 0) {
                                secs = Long.divideUnsigned(v, d);
                                micros = Long.remainderUnsigned(v, d) * 1_000_000 / d;
                            }
                        } else {
                            if (c.calc == Calc.AVG) {
                                v = Long.divideUnsigned(v, Math.max(1, IoStat.num(c, row)));
                            }
                            v = Long.divideUnsigned(v + 500, 1000);
                            secs = (int) (v / 1_000_000);
                            micros = (int) (v % 1_000_000);
                        }
                    }
                    out.append(' ').append(pad(Long.toString(secs), vw - 7)).append('.')
                            .append(IoStat.format("%06d", micros)).append(" |");
                } else {
                    String s = "0";
                    if (has) {
                        long v = IoStat.counter(c, row);
                        if (c.calc == Calc.AVG) {
                            v = Long.divideUnsigned(v, Math.max(1, IoStat.num(c, row)));
                        }
                        s = t.isSigned() ? Long.toString(v) : Long.toUnsignedString(v);
                    }
                    out.append(' ').append(pad(s, vw)).append(" |");
                }
            }
        }
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    /** printf's "%{width}" PRIu64 of {@code v}. */
    private static void unsigned(StringBuilder out, long v, int width) {
        if (v < 0) {
            out.append(pad(Long.toUnsignedString(v), width));
        } else {
            right(out, v, width);
        }
    }

    /** printf's "%{width}d" of a non-negative {@code v}. */
    private static void right(StringBuilder out, long v, int width) {
        for (int n = width - digits(v); n > 0; n--) {
            out.append(' ');
        }
        out.append(v);
    }

    /** printf's "%0{width}d" of a non-negative {@code v}. */
    private static void zeros(StringBuilder out, long v, int width) {
        for (int n = width - digits(v); n > 0; n--) {
            out.append('0');
        }
        out.append(v);
    }

    private static int digits(long v) {
        int d = 1;
        for (long x = v; x >= 10; x /= 10) {
            d++;
        }
        return d;
    }

    private static void line(StringBuilder out, String text, int borderlen) {
        line(out, text, borderlen, 0);
    }

    /**
     * A header line padded to the border as tshark pads it, ending {@code overflow} characters past it (before it
     * when negative).
     */
    private static void line(StringBuilder out, String text, int borderlen, int overflow) {
        out.append(text).append(" ".repeat(Math.max(0, borderlen - 1 - text.length() + overflow))).append("|\n");
    }

    /**
     * How far a header line with {@code secs} printed at {@code width} ends past the border: tshark pads it for the
     * rounded duration's digits ({@code durMag}), so a line whose number is shorter ends before the border (a
     * duration of 9.96 s at whole seconds is printed as 9 but padded as 10) and a longer one after it.
     */
    private static int overflow(long secs, int width, int durMag) {
        return Math.max(Long.toString(secs).length(), width) - durMag;
    }
}
