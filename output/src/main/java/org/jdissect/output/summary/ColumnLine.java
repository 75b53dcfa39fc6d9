package org.jdissect.output.summary;

import java.nio.charset.StandardCharsets;

/**
 * tshark.c's print_columns for the default columns: No. right-aligned in at least 5, Time right-aligned in at
 * least 10, Source right-aligned in at least 12, " → " (a source then a destination column), Destination
 * left-aligned in at least 12, then Protocol, Length and Info separated by single spaces. Widths count bytes
 * (strlen), as tshark pads the UTF-8 text.
 */
final class ColumnLine {
    private ColumnLine() {
    }

    static void append(StringBuilder sb, long number, CharSequence time, String src, String dst, String protocol,
                       int length, String info) {
        String num = Long.toString(number);
        padLeft(sb, num, 5);
        sb.append(' ');
        padLeft(sb, time, 10);
        sb.append(' ');
        padLeft(sb, src, 12);
        sb.append(" \u2192 ");
        sb.append(dst);
        for (int i = utf8Length(dst); i < 12; i++) {
            sb.append(' ');
        }
        sb.append(' ').append(protocol).append(' ').append(length).append(' ').append(info);
    }

    private static void padLeft(StringBuilder sb, CharSequence s, int width) {
        for (int i = utf8Length(s); i < width; i++) {
            sb.append(' ');
        }
        sb.append(s);
    }

    private static int utf8Length(CharSequence s) {
        int n = s.length();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return s.toString().getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return n;
    }

    /**
     * A relative time as display_signed_time shows it with {@code digits} decimals (the file's precision):
     * truncated, a minus sign when negative, even for less than a second.
     */
    static void time(StringBuilder sb, long nanos, int digits) {
        long a = nanos;
        if (a < 0) {
            sb.append('-');
            a = -a;
        }
        sb.append(a / 1_000_000_000L);
        if (digits <= 0) {
            return;
        }
        sb.append('.');
        int frac = (int) (a % 1_000_000_000L);
        int p = 100_000_000;
        for (int i = 0; i < digits && p > 0; i++, p /= 10) {
            sb.append((char) ('0' + frac / p % 10));
        }
    }
}
