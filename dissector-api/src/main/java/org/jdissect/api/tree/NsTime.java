package org.jdissect.api.tree;

/**
 * A time as Wireshark's nstime_t holds it, seconds and nanoseconds apart, for the rare value that a count of
 * nanoseconds cannot show as tshark does: a fuzzed pcap record whose fraction field is a second or more (Wireshark
 * keeps it, "12.1010580352", and flags it), a date past 2262, and the deltas computed from such a time. A time
 * field's node carries it as its object; its number stays the time in nanoseconds, for filters and arithmetic.
 */
public record NsTime(long secs, long nsecs) {
    /** nstime_set_unset's nanoseconds (G_MAXINT): a time a dissector could not read, shown without a fraction. */
    public static final long UNSET_NSECS = Integer.MAX_VALUE;

    /** The seconds a count of nanoseconds in a long can hold either side of the epoch (to the year 2262). */
    public static final long NANOS_SECONDS = Long.MAX_VALUE / 1_000_000_000L;

    /**
     * Whether nanoseconds show this time as it is (what tshark prints equals the normalised value's text): not for a
     * fraction out of its range, nor for seconds a long's nanoseconds cannot hold (a fuzzed file's year 4139).
     */
    public boolean canonical() {
        if (!fitsNanos(secs)) {
            return false;
        }
        return nsecs >= 0 ? nsecs < 1_000_000_000L && secs >= 0 : nsecs > -1_000_000_000L && secs <= 0;
    }

    /** Whether {@code secs} seconds, as nanoseconds, fit in a long. */
    public static boolean fitsNanos(long secs) {
        return secs > -NANOS_SECONDS && secs < NANOS_SECONDS;
    }

    /** nstime_delta: {@code b - a}, carrying one second at most, as Wireshark does. */
    public static NsTime delta(long bSecs, long bNsecs, long aSecs, long aNsecs) {
        long secs = bSecs - aSecs;
        long nsecs = bNsecs - aNsecs;
        if (bSecs != aSecs) {
            if (bSecs < aSecs && nsecs > 0) {
                nsecs -= 1_000_000_000L;
                secs++;
            } else if (bSecs > aSecs && nsecs < 0) {
                nsecs += 1_000_000_000L;
                secs--;
            }
        }
        return new NsTime(secs, nsecs);
    }

    /**
     * A time item's value as seconds and nanoseconds: the NsTime it holds (a fuzzed pcap's unnormalised fraction, a
     * date nanoseconds in a long cannot hold), else its nanoseconds split.
     */
    public static NsTime of(ProtoNode n) {
        if (n.obj() instanceof NsTime t) {
            return t;
        }
        return new NsTime(Math.floorDiv(n.num(), 1_000_000_000L), Math.floorMod(n.num(), 1_000_000_000L));
    }

    /** The time in nanoseconds. */
    public long toNanos() {
        return secs * 1_000_000_000L + nsecs;
    }

    /** display_signed_time: the fraction's absolute value in at least {@code digits} digits, the sign in front. */
    public StringBuilder appendSigned(StringBuilder sb, int digits) {
        long frac = nsecs;
        if (frac < 0) {
            frac = -frac;
            if (secs >= 0) {
                sb.append('-');
            }
        }
        sb.append(secs);
        if (digits > 0) {
            for (long scale = 9; scale > digits; scale--) {
                frac /= 10;
            }
            String f = Long.toString(frac);
            sb.append('.');
            for (int i = f.length(); i < digits; i++) {
                sb.append('0');
            }
            sb.append(f);
        }
        return sb;
    }
}
