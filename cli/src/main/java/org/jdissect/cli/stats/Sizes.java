package org.jdissect.cli.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number texts the statistics share, as wsutil and printf make them. */
final class Sizes {
    private Sizes() {
    }

    private static final String[] PREFIXES = {" k", " M", " G", " T", " P"};

    /**
     * format_size with FORMAT_SIZE_UNIT_BYTES and SI prefixes: the largest power of 1,000 that leaves at least ten
     * (truncated), "B" after a prefix, " bytes" without one.
     */
    static String bytes(long size) {
        long[] powers = {1_000L, 1_000_000L, 1_000_000_000L, 1_000_000_000_000L, 1_000_000_000_000_000L};
        for (int i = powers.length - 1; i >= 0; i--) {
            if (size / powers[i] >= 10) {
                return size / powers[i] + PREFIXES[i] + "B";
            }
        }
        return size + " bytes";
    }

    /** printf("%W.Pf", seconds) of a double, rounded from its exact binary value as glibc rounds. */
    static String fixed(double seconds, int width, int precision) {
        return pad(new BigDecimal(seconds).setScale(precision, RoundingMode.HALF_EVEN).toPlainString(), width);
    }

    /** Right-aligns {@code s} in {@code width} columns (printf's %Ns). */
    static String pad(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    /** Left-aligns {@code s} in {@code width} columns (printf's %-Ns). */
    static String padRight(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    /** nstime_to_sec: seconds as a double from nanoseconds, as seconds plus nanoseconds / 1e9. */
    static double seconds(long nanos) {
        long secs = Math.floorDiv(nanos, 1_000_000_000L);
        long ns = Math.floorMod(nanos, 1_000_000_000L);
        return secs + ns / 1_000_000_000.0;
    }
}
