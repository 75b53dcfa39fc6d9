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

    /** Thrown when the stream itself fails (a cut or corrupt gzip stream); readers name the packet and file. */
    static final class StreamFailure extends IOException {
        private static final long serialVersionUID = 1L;
        /** How many (decompressed) bytes the stream had delivered before it failed. */
        final long offset;

        StreamFailure(IOException cause, long offset) {
            super(cause instanceof BoundedInflation.Exceeded ? cause.getMessage()
                    : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage())
                    + " after " + offset + " bytes of the (decompressed) stream", cause);
            this.offset = offset;
        }
    }

    @Override
    public int fill(long pos, int n) throws IOException {
        if (n < 0 || pos < start) {
            throw new IllegalStateException("stream source cannot go back to " + pos + " (at " + start + ")");
        }
        long relLong = pos - start;
        if (relLong + n > data.length) {
            // drop what lies before pos, grow if one record is larger than the buffer
            int keep = (int) Math.max(0, filled - relLong);
            // always a fresh array: packets already handed out are views of the old one and must stay intact while
            // another thread still prints them
            byte[] dst = new byte[n > data.length ? Integer.highestOneBit(n) << 1 : data.length];
            if (keep > 0) {
                System.arraycopy(data, (int) relLong, dst, 0, keep);
            } else {
                // pos lies beyond what was read: consume the gap so that position and stream stay in step
                skip(relLong - filled);
            }
            data = dst;
            buf = ByteBuffer.wrap(data);
            start = pos;
            filled = keep;
            relLong = 0;
        }
        int rel = (int) relLong;
        while (filled < rel + n && !eof) {
            int r;
            try {
                r = in.read(data, filled, data.length - filled);
            } catch (IOException e) {
                throw new StreamFailure(e, start + filled);
            }
            if (r < 0) {
                eof = true;
            } else {
                filled += r;
            }
        }
        return Math.max(0, Math.min(n, filled - rel));
    }

    private void skip(long gap) throws IOException {
        long done = 0;
        try {
            while (done < gap && !eof) {
                int r = in.read(data, 0, (int) Math.min(data.length, gap - done));
                if (r < 0) {
                    eof = true;
                } else {
                    done += r;
                }
            }
        } catch (IOException e) {
            throw new StreamFailure(e, start + filled + done);
        }
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
