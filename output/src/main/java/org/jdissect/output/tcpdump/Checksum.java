package org.jdissect.output.tcpdump;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** The Internet checksum as in_cksum.c computes it, over bytes of the frame and an optional pseudo-header. */
final class Checksum {
    private Checksum() {
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    /**
     * One's-complement sum of 16-bit big-endian words of {@code d[off, off+n)}, added to {@code sum}, unfolded: only
     * {@link #finish} of it is defined, as with in_cksum's partial sums.
     */
    static long sum(byte[] d, int off, int n, long sum) {
        int i = 0;
        // eight bytes a step, as two 32-bit words: 2^16 is 1 modulo 0xffff, so a sum of 32-bit words folds to what the
        // 16-bit words' sum folds to (RFC 1071). -vvXe checks every TCP segment's checksum, and the two-byte loop was
        // a tenth to a fifth of its printing thread, depending on how C2 inlined it
        for (; i + 8 <= n; i += 8) {
            long w = (long) LONGS.get(d, off + i);
            sum += (w >>> 32) + (w & 0xffffffffL);
        }
        for (; i + 1 < n; i += 2) {
            sum += ((d[off + i] & 0xff) << 8) | (d[off + i + 1] & 0xff);
        }
        if (i < n) {
            sum += (d[off + i] & 0xff) << 8;
        }
        return sum;
    }

    /** The folded, complemented checksum: 0 when the data (with its stored checksum) is correct. */
    static int finish(long sum) {
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xffff) + (sum >>> 16);
        }
        return (int) (~sum & 0xffff);
    }

    /** in_cksum_shouldbe: the value the checksum field should have held. */
    static int shouldBe(int stored, int computed) {
        int s = stored + computed;
        s = (s & 0xffff) + (s >>> 16);
        s = (s & 0xffff) + (s >>> 16);
        return s & 0xffff;
    }
}
