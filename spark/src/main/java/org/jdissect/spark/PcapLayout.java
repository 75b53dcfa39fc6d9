package org.jdissect.spark;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.jdissect.api.capture.Captures;

/**
 * What a classic pcap file's 24-byte header says about its records, and the record-boundary search that lets a
 * reader start in the middle of the file.
 *
 * <h2>Why the boundary search is safe</h2>
 * A pcap file has no sync markers: a 16-byte record header (seconds, fraction, captured length, original length) is
 * followed by that many bytes of packet, then the next header. Starting at an arbitrary offset, a candidate position
 * is accepted only when {@value #CHAIN} consecutive headers, each found by jumping over the previous record's
 * captured length, are all plausible: fraction below one second, captured length at most the snapshot length
 * (and {@link Captures#MAX_RECORD}) and at most the original length, original length at most 16 MiB and non-zero,
 * and every timestamp within a day of the previous one and not before the file's first packet minus a day. The chain
 * may end early only exactly at the end of the file (a chain cut by a truncated file fails, and so, loudly, does
 * that split). Payload bytes pass one such test by accident rarely
 * (a fraction below 10^6 alone is a 1 in 4000 chance for random bits; zero runs fail the timestamp test), and
 * {@value #CHAIN} of them chained by their own lengths practically never. But "practically" is not "never" — a
 * capture of someone downloading a pcap file carries well-formed record headers in its payload — so a reader does
 * not trust the search alone: {@link SplitPcapReader} also checks that the first record at or after its end, which it
 * reaches by following lengths from a proven boundary, is the one the next split's search finds, and a count of the
 * records before the split (for exact frame numbers) must land on the same boundary. A disagreement fails the task
 * with the offset instead of returning wrong rows; reading that file unsplit ({@code splitSize=0}) is the way out.
 */
final class PcapLayout {
    static final int HEADER = 24;
    static final int RECORD_HEADER = 16;
    static final int CHAIN = 8;
    private static final long DAY = 86_400;

    final boolean swapped;
    final boolean nanos;
    final long snaplen;
    final int linkType;
    /** Seconds of the file's first record, or -1 when it has none. */
    final long firstSeconds;

    private PcapLayout(boolean swapped, boolean nanos, long snaplen, int linkType, long firstSeconds) {
        this.swapped = swapped;
        this.nanos = nanos;
        this.snaplen = snaplen;
        this.linkType = linkType;
        this.firstSeconds = firstSeconds;
    }

    /** True when the first four bytes are a classic pcap magic (µs or ns, either order). */
    static boolean isPcapMagic(byte[] head) {
        if (head.length < 4) {
            return false;
        }
        long m = ((head[0] & 0xffL) << 24) | ((head[1] & 0xffL) << 16) | ((head[2] & 0xffL) << 8) | (head[3] & 0xffL);
        return m == 0xa1b2c3d4L || m == 0xa1b23c4dL || m == 0xd4c3b2a1L || m == 0x4d3cb2a1L;
    }

    static PcapLayout read(RangeSource src) throws IOException {
        if (src.fill(0, HEADER + RECORD_HEADER) < HEADER) {
            throw new IOException("truncated pcap file header");
        }
        ByteBuffer b = src.buffer();
        int i = src.index(0);
        long magic = b.getInt(i) & 0xffffffffL;
        boolean swapped = magic == 0xd4c3b2a1L || magic == 0x4d3cb2a1L;
        boolean nanos = magic == 0xa1b23c4dL || magic == 0x4d3cb2a1L;
        PcapLayout noFirst = new PcapLayout(swapped, nanos, u32(b, i + 16, swapped), (int) (u32(b, i + 20, swapped)
                & 0x03ffffff), -1);
        long first = src.size() >= HEADER + RECORD_HEADER ? noFirst.u32(src, HEADER) : -1;
        return new PcapLayout(swapped, nanos, noFirst.snaplen, noFirst.linkType, first);
    }

    private static long u32(ByteBuffer b, int i, boolean swapped) {
        int v = b.getInt(i);
        return (swapped ? Integer.reverseBytes(v) : v) & 0xffffffffL;
    }

    /** The unsigned 32-bit field at file offset {@code pos}; the caller made sure it exists. */
    long u32(RangeSource src, long pos) throws IOException {
        src.fill(pos, 4);
        return u32(src.buffer(), src.index(pos), swapped);
    }

    private boolean plausible(long sec, long frac, long incl, long orig, long prevSec) {
        long limit = snaplen <= 0 ? Captures.MAX_RECORD : Math.min(Captures.MAX_RECORD, Math.max(snaplen, 65_535));
        return frac < (nanos ? 1_000_000_000L : 1_000_000L)
                && incl <= limit && incl <= orig && orig > 0 && orig <= (16 << 20)
                && sec >= firstSeconds - DAY
                && (prevSec < 0 || Math.abs(sec - prevSec) <= DAY);
    }

    /** Whether a chain of {@link #CHAIN} plausible record headers (or one ending at the end of file) starts at pos. */
    boolean chainAt(RangeSource src, long pos) throws IOException {
        long p = pos;
        long prevSec = -1;
        for (int k = 0; k < CHAIN; k++) {
            long left = src.size() - p;
            if (left == 0 && k > 0) {
                return true;
            }
            if (left < RECORD_HEADER) {
                return false;
            }
            src.fill(p, RECORD_HEADER);
            ByteBuffer b = src.buffer();
            int i = src.index(p);
            long sec = u32(b, i, swapped);
            long frac = u32(b, i + 4, swapped);
            long incl = u32(b, i + 8, swapped);
            long orig = u32(b, i + 12, swapped);
            if (!plausible(sec, frac, incl, orig, prevSec)) {
                return false;
            }
            prevSec = sec;
            p += RECORD_HEADER + incl;
            if (p > src.size()) {
                // a shortened chain must land exactly on the end of the file; a cut last record fails the search
                return false;
            }
        }
        return true;
    }

    /** The first record boundary in [from, limit), or -1 when no record starts there. */
    long findBoundary(RangeSource src, long from, long limit) throws IOException {
        if (from <= HEADER) {
            return HEADER < limit && HEADER < src.size() ? HEADER : -1;
        }
        long end = Math.min(limit, src.size());
        for (long p = from; p < end; p++) {
            if (chainAt(src, p)) {
                return p;
            }
        }
        return -1;
    }

    /**
     * Counts the records before the first one starting at or after {@code pos} by following record lengths from the
     * file header (16 bytes read per record); returns {count, offset of that record}.
     */
    long[] walk(RangeSource src, long pos) throws IOException {
        long p = HEADER;
        long n = 0;
        while (p < pos && p + RECORD_HEADER <= src.size()) {
            p += RECORD_HEADER + u32(src, p + 8);
            n++;
        }
        return new long[] {n, p};
    }
}
