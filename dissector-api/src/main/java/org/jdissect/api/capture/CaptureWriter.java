package org.jdissect.api.capture;

import java.io.Closeable;
import java.io.IOException;

/**
 * Writes packet records to a capture file. Obtained from {@link CaptureWriters}; a writer onto a path writes a
 * temporary file beside it and only {@link #close()} renames it onto the path, so a reader never sees half a file
 * and an interrupted run leaves the previous file (if any) intact.
 */
public interface CaptureWriter extends Closeable {
    /**
     * Appends one record: its bytes, original length, timestamp, link type and (pcapng) comment. The record may be
     * reused by its reader afterwards; nothing of it is retained.
     *
     * @throws IOException on a write error, or when the format cannot hold the record (pcap: a second link type)
     */
    void write(PacketRecord r) throws IOException;

    /** Records written so far. */
    long packets();

    /** Bytes written so far, headers included. */
    long bytes();

    /** Completes the file: flushes it and, for a path, moves the temporary file onto it. */
    @Override
    void close() throws IOException;

    /** Gives up: deletes the temporary file and leaves the target untouched. Safe after close (does nothing). */
    void abort();
}
