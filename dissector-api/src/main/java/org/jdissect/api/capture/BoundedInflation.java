package org.jdissect.api.capture;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jdissect.api.limits.Limit;
import org.jdissect.api.limits.Limits;

/**
 * Gunzipped bytes, counted: past {@link Limit#GZIP_BYTES} the stream fails with {@link Exceeded}, which the
 * readers report like a cut file (everything before it was delivered). Streaming keeps memory flat whatever a gzip
 * bomb inflates to; the cap bounds the time it could make a run take.
 */
final class BoundedInflation extends FilterInputStream {
    /** The decompressed size passed the cap. */
    static final class Exceeded extends IOException {
        private static final long serialVersionUID = 1L;

        Exceeded(long max) {
            super("gzip input decompresses to more than " + max + " bytes (limit " + Limit.GZIP_BYTES.key()
                    + "; raise it with " + Limits.howToRaise(Limit.GZIP_BYTES) + ")");
        }
    }

    private final long max;
    private long count;

    BoundedInflation(InputStream in, long max) {
        super(in);
        this.max = max;
    }

    @Override
    public int read() throws IOException {
        if (count >= max) {
            return probe();
        }
        int b = super.read();
        if (b >= 0) {
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (count >= max) {
            return probe();
        }
        // never more than the cap: every whole record within it is still delivered before the failure
        int n = super.read(b, off, (int) Math.min(len, max - count));
        if (n > 0) {
            count += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        if (count >= max) {
            probe();
            return 0;
        }
        long s = super.skip(Math.min(n, max - count));
        if (s > 0) {
            count += s;
        }
        return s;
    }

    /** At the cap: the end of the stream is fine (exactly {@code max} bytes), one byte more is too many. */
    private int probe() throws IOException {
        if (super.read() < 0) {
            return -1;
        }
        throw new Exceeded(max);
    }
}
