package org.jdissect.api.capture;

import java.io.IOException;

/**
 * A capture file that cannot be read further. The message names what was wrong and where: the byte offset in the
 * (decompressed) file and, when a packet record was being read, its number. Everything before it was delivered.
 */
public final class CaptureException extends IOException {
    private static final long serialVersionUID = 1L;

    private final long offset;
    private final long packetNumber;

    public CaptureException(String message, long offset, long packetNumber) {
        super(message);
        this.offset = offset;
        this.packetNumber = packetNumber;
    }

    /** Byte offset in the file where reading failed, or -1. */
    public long offset() {
        return offset;
    }

    /** The number the failing packet would have had, or 0 when no packet was being read. */
    public long packetNumber() {
        return packetNumber;
    }
}
