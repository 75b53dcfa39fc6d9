package org.jdissect.api.capture;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Sequential access to a capture's bytes by absolute position, without copying where the medium allows:
 * {@link MappedSource} maps a file window by window, {@link StreamSource} buffers a stream (gzip, stdin).
 */
interface ByteSource extends Closeable {
    /**
     * Makes the {@code n} bytes at {@code pos} readable in {@link #buffer()} at {@link #index(long)}; returns how many
     * of them exist (fewer than {@code n} only at the end of the input). Positions must not go backwards by more than
     * the current record.
     */
    int fill(long pos, int n) throws IOException;

    ByteBuffer buffer();

    int index(long pos);

    /** See {@link CaptureReader#recycleBefore}: bytes below {@code pos} may be reused for later positions. */
    default void recycleBefore(long pos) {
    }

    @Override
    void close() throws IOException;
}
