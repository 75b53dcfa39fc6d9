package org.jdissect.output;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.jdissect.api.tree.NsTime;

/**
 * tshark's {@code -t} formats of the Time column: since the first packet (the default), clock time local or UTC, with
 * the date or the day of the year, seconds since the epoch, or the time since the previous captured or displayed
 * packet. The digits after the point are the capture's (6 for microseconds, 9 for nanoseconds).
 */
public enum TimeFormat {
    RELATIVE("r"), ABSOLUTE("a"), ABSOLUTE_DATE("ad"), ABSOLUTE_DOY("adoy"), DELTA("d"), DELTA_DISPLAYED("dd"),
    EPOCH("e"), UTC("u"), UTC_DATE("ud"), UTC_DOY("udoy");

    /** tshark's list of the formats, as it prints it for one it does not know. */
    public static final String LIST = """
            	"a"    for absolute
            	"ad"   for absolute with YYYY-MM-DD date
            	"adoy" for absolute with YYYY/DOY date
            	"d"    for delta
            	"dd"   for delta displayed
            	"e"    for epoch
            	"r"    for relative
            	"u"    for absolute UTC
            	"ud"   for absolute UTC with YYYY-MM-DD date
            	"udoy" for absolute UTC with YYYY/DOY date""";

    private final String letters;

    TimeFormat(String letters) {
        this.letters = letters;
    }

    /** The format {@code -t} names ("ad"), or null. */
    public static TimeFormat named(String letters) {
        for (TimeFormat f : values()) {
            if (f.letters.equals(letters)) {
                return f;
            }
        }
        return null;
    }

    /** Whether the column shows a clock time (and not a span). */
    public boolean clock() {
        return this == ABSOLUTE || this == ABSOLUTE_DATE || this == ABSOLUTE_DOY || this == UTC || this == UTC_DATE
                || this == UTC_DOY;
    }

    /** Whether the column shows a clock time with its date (statistics tables widen their time column for it). */
    public boolean dated() {
        return this == ABSOLUTE_DATE || this == ABSOLUTE_DOY || this == UTC_DATE || this == UTC_DOY;
    }

    /**
     * Appends the clock time or epoch seconds of an arrival at {@code secs} and {@code nsecs} nanoseconds, with
     * {@code digits} digits of fraction, in {@code zone} for the local formats. A fuzzed record's fraction may be a
     * second or more, or negative (tshark keeps it as read): the epoch is then display_signed_time's (a negative
     * fraction signs the whole time), a clock time comes from the seconds alone with the fraction as "%0*d" prints it.
     */
    public void appendArrival(StringBuilder sb, long secs, long nsecs, int digits, ZoneId zone) {
        if (this == EPOCH) {
            new NsTime(secs, nsecs).appendSigned(sb, digits);
            return;
        }
        boolean utc = this == UTC || this == UTC_DATE || this == UTC_DOY;
        ZonedDateTime t = Instant.ofEpochSecond(secs).atZone(utc ? ZoneOffset.UTC : zone);
        if (this == ABSOLUTE_DATE || this == UTC_DATE) {
            sb.append(String.format(Locale.ROOT, "%04d-%02d-%02d ", t.getYear(), t.getMonthValue(),
                    t.getDayOfMonth()));
        } else if (this == ABSOLUTE_DOY || this == UTC_DOY) {
            sb.append(String.format(Locale.ROOT, "%04d/%03d ", t.getYear(), t.getDayOfYear()));
        }
        sb.append(String.format(Locale.ROOT, "%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond()));
        if (digits > 0) {
            long scale = 1;
            for (int i = digits; i < 9; i++) {
                scale *= 10;
            }
            sb.append('.').append(String.format(Locale.ROOT, "%0" + digits + "d", nsecs / scale));
        }
    }
}
