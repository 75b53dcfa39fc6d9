package org.jdissect.api.capture;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;

/**
 * A stream (gunzipped file, standard input) read into one growing buffer. Bytes before the position asked for are
 * dropped when the buffer fills, so memory is bounded by the largest record, not the file.
 */
final class StreamSource implements ByteSource {
    private final InputStream in;
    private byte[] data = new byte[1 << 16];
    private ByteBuffer buf = ByteBuffer.wrap(data);
    /** Absolute position of data[0]. */
    private long start;
    private int filled;
    private boolean eof;

    StreamSource(InputStream in) {
        this.in = in;
    }

    @Override
    public int fill(long pos, int n) throws IOException {
        int rel = (int) (pos - start);
        if (rel < 0) {
            throw new IllegalStateException("stream source cannot go back to " + pos);
        }
        if (rel + n > data.length) {
            // drop what lies before pos, grow if one record is larger than the buffer
            int keep = Math.max(0, filled - rel);
            byte[] dst = n > data.length ? new byte[Integer.highestOneBit(n) << 1] : data;
            System.arraycopy(data, rel, dst, 0, keep);
            data = dst;
            buf = ByteBuffer.wrap(data);
            start = pos;
            filled = keep;
            rel = 0;
        }
        while (filled < rel + n && !eof) {
            int r = in.read(data, filled, data.length - filled);
            if (r < 0) {
                eof = true;
            } else {
                filled += r;
            }
        }
        return Math.max(0, Math.min(n, filled - rel));
    }

    @Override
    public ByteBuffer buffer() {
        return buf;
    }

    @Override
    public int index(long pos) {
        return (int) (pos - start);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
