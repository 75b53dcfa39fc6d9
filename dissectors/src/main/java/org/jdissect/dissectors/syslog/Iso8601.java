package org.jdissect.dissectors.syslog;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jdissect.api.tree.NsTime;

/**
 * ENC_ISO_8601_DATE_TIME as Wireshark's iso8601_to_nstime reads a date and time with separators: four digits of
 * year, then sscanf's "%2u"-style numbers (which skip white space and take a sign), so "22:\r4" is 22:04; seconds,
 * a fraction and a zone are optional, and what follows the part it reads is ignored (a bad fraction leaves 0); a
 * text it cannot read is the unset time. A time without a zone is local time, taken here as UTC (tshark's oracles
 * run with TZ=UTC).
 */
final class Iso8601 {
    private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private final String s;
    private int p;

    private Iso8601(String s) {
        this.s = s;
    }

    static NsTime parse(String s) {
        NsTime t = new Iso8601(s).read();
        return t != null ? t : new NsTime(0, NsTime.UNSET_NSECS);
    }

    private NsTime read() {
        int year = 0;
        for (int i = 0; i < 4; i++) {
            if (!digit(at(p))) {
                return null;
            }
            year = year * 10 + at(p++) - '0';
        }
        if (at(p) != '-') {
            return null; // the extended format: a separator after the year
        }
        p++;
        Integer mon = number(2);
        if (mon == null || !literal('-')) {
            return null;
        }
        Integer mday = number(2);
        if (mday == null) {
            return null;
        }
        if (at(p) != 'T' && at(p) != ' ') {
            return null;
        }
        p++;
        Integer hour = number(2);
        if (hour == null || !literal(':')) {
            return null;
        }
        Integer min = number(2);
        if (min == null) {
            return null;
        }
        int sec = 0;
        long frac = 0;
        if (at(p) == ':') {
            p++;
            Integer v = number(2);
            if (v == null) {
                return null;
            }
            sec = v;
            if (at(p) == '.' || at(p) == ',') {
                p++;
                frac = fraction();
            }
        }
        int month = mon - 1;
        if (month < 0 || month > 11 || mday < 0 || mday > DAYS_IN_MONTH[month] || hour < 0 || hour > 23 || min < 0
                || min > 59 || sec < 0 || sec > 60) {
            return null;
        }
        // mktime_utc normalises: day 0 is the month's eve, second 60 the next minute
        long secs = LocalDateTime.of(year, 1, 1, 0, 0).plusMonths(month).plusDays(mday - 1L).plusHours(hour)
                .plusMinutes(min).plusSeconds(sec).toEpochSecond(ZoneOffset.UTC);
        char sign = at(p);
        if (sign == 'Z') {
            p++;
        } else if (sign == '+' || sign == '-') {
            int start = p;
            Integer offHr = number(3);
            if (offHr != null) {
                int offMin = 0;
                int save = p;
                if (at(p) == ':') {
                    p++;
                }
                Integer m = number(2);
                if (m != null) {
                    offMin = m;
                } else {
                    p = save;
                }
                secs += sign == '+' ? -(offHr * 3600L + offMin * 60L) : -offHr * 3600L + offMin * 60L;
            } else {
                p = start;
            }
        }
        return new NsTime(secs, frac);
    }

    /**
     * "%Nu" or "%Nd": white space, an optional sign, then digits, at most {@code width} characters after the space
     * (the sign among them); null when no digit comes, leaving the position where it was.
     */
    private Integer number(int width) {
        Long v = scan(width);
        return v == null ? null : (int) (long) v;
    }

    private Long scan(int width) {
        int q = p;
        while (space(at(q))) {
            q++;
        }
        int used = 0;
        boolean negative = false;
        if (at(q) == '+' || at(q) == '-') {
            negative = at(q) == '-';
            q++;
            used++;
        }
        long v = 0;
        int digits = 0;
        while (used < width && digit(at(q))) {
            v = v * 10 + at(q++) - '0';
            used++;
            digits++;
        }
        if (digits == 0) {
            return null;
        }
        p = q;
        return negative ? -v : v;
    }

    /** The fraction's "%u%n": nanoseconds by the count of characters read, 0 when there is none or it is too big. */
    private long fraction() {
        int start = p;
        Long v = scan(Integer.MAX_VALUE);
        if (v == null) {
            return 0;
        }
        int n = p - start;
        long frac = v & 0xffffffffL;
        if (frac >= 1_000_000_000L || frac == 0) {
            return 0;
        }
        for (int i = n; i < 9; i++) {
            frac *= 10;
        }
        return frac;
    }

    private boolean literal(char c) {
        if (at(p) != c) {
            return false;
        }
        p++;
        return true;
    }

    private char at(int i) {
        return i < s.length() ? s.charAt(i) : '\0';
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r';
    }
}
