package org.jdissect.api.tree;

/**
 * A time as Wireshark's nstime_t holds it, seconds and nanoseconds apart, for the rare value that a count of
 * nanoseconds cannot show as tshark does: a fuzzed pcap record whose fraction field is a second or more (Wireshark
 * keeps it, "12.1010580352", and flags it), and the deltas computed from such a time. A time field's node carries
 * it as its object; its number stays the time in nanoseconds, for filters and arithmetic.
 */
public record NsTime(long secs, long nsecs) {
    /** nstime_set_unset's nanoseconds (G_MAXINT): a time a dissector could not read, shown without a fraction. */
    public static final long UNSET_NSECS = Integer.MAX_VALUE;

    /** Whether nanoseconds show this time as it is (what tshark prints equals the normalised value's text). */
    public boolean canonical() {
        return nsecs >= 0 ? nsecs < 1_000_000_000L && secs >= 0 : nsecs > -1_000_000_000L && secs <= 0;
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
