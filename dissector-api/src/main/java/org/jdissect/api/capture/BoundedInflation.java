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
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        // never hand out bytes past the cap: read at most one byte beyond it, to know it was passed
        int n = super.read(b, off, (int) Math.min(len, Math.max(1, max - count + 1)));
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long s = super.skip(Math.min(n, Math.max(1, max - count + 1)));
        if (s > 0) {
            count(s);
        }
        return s;
    }

    private void count(long n) throws Exceeded {
        count += n;
        if (count > max) {
            throw new Exceeded(max);
        }
    }
}
