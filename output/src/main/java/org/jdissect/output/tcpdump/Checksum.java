package org.jdissect.output.tcpdump;

/** The Internet checksum as in_cksum.c computes it, over bytes of the frame and an optional pseudo-header. */
final class Checksum {
    private Checksum() {
    }

    /** One's-complement sum of 16-bit big-endian words of {@code d[off, off+n)}, added to {@code sum}, unfolded. */
    static long sum(byte[] d, int off, int n, long sum) {
        int i = 0;
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
