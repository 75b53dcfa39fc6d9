package org.jdissect.api.capture;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Reads the packet records of one capture, in file order.
 *
 * <pre>{@code
 * try (CaptureReader r = Captures.open(path)) {
 *     PacketRecord p = new PacketRecord();
 *     while (r.next(p)) { ... }
 * }
 * }</pre>
 *
 * <p>{@link #next} returns false at a clean end of file and throws {@link CaptureException} when the file is cut
 * short or lies about a length; every whole record before that was returned.
 */
public interface CaptureReader extends Closeable {
    /** Fills {@code into} with the next record; false at the end of the file. */
    boolean next(PacketRecord into) throws IOException;

    /** "pcap", "pcap-nsec" or "pcapng". */
    String format();

    /** The link type of the first interface: for pcap, the file's. */
    int linkType();

    /** The interfaces seen so far (pcapng can add more as it goes); one for pcap. */
    List<InterfaceInfo> interfaces();

    /** The snapshot length of the first interface (0 = unlimited). */
    int snaplen();

    /**
     * Tells the reader that every record at a file offset below {@code fileOffset} is done with: no view of those
     * records' bytes (their {@link PacketRecord#data()}, nor any tree item over them) will be read again, so a reader
     * may reuse the memory that held them for later records instead of allocating more. Optional for readers and
     * callers alike; a caller that never calls it gets fresh memory for every window of the file.
     */
    default void recycleBefore(long fileOffset) {
    }

    @Override
    void close() throws IOException;
}
