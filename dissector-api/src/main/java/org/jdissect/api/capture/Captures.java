package org.jdissect.api.capture;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.jdissect.api.limits.Limit;
import org.jdissect.api.limits.Limits;

/**
 * Opens captures by their content, never their name: pcap (µs or ns, either byte order), pcapng, and either of
 * them gzip-compressed.
 */
public final class Captures {
    /** Records claiming more bytes than this are refused as absurd, before any allocation. */
    public static final int MAX_RECORD = 256 * 1024;

    /**
     * The size of the windows a file is read in: a reader's memory per window, and the unit in which
     * {@link CaptureReader#recycleBefore} gives memory back.
     */
    public static long windowBytes() {
        return MappedSource.configuredWindow();
    }

    private Captures() {
    }

    /** How a plain (uncompressed) file is read; both give zero-copy packet views. */
    public enum ReadMode {
        /** Heap windows of 512 KiB filled by positional reads: memory bounded by the heap, whatever the file size. */
        WINDOWED,
        /** Memory-mapped windows: no copy at all, but mapped pages count in RSS until their buffers are collected. */
        MAPPED
    }

    /**
     * Counts the records of a plain pcap file on every core (at most four: more cannot copy from the page cache any
     * faster), as fast as the file can be read: what a count needs, without framing the records in order. Empty when
     * the file is anything else (pcapng, compressed, not a regular file) or when reading it with {@link #open} would
     * stop on an error (a cut or absurd record): the caller then reads it with the reader, which reports that error.
     */
    public static Optional<FrameTally> tally(Path path) throws IOException {
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        int threads = Math.min(4, Runtime.getRuntime().availableProcessors());
        return PcapTally.of(path, threads, PcapTally.MIN_PARALLEL);
    }

    /** As {@link #tally(Path)} on exactly {@code threads} threads, however small the file (tests and fuzzing). */
    public static Optional<FrameTally> tally(Path path, int threads) throws IOException {
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        return PcapTally.of(path, threads, 0);
    }

    /** Opens a file, windowed when plain, streamed through gunzip when compressed. */
    public static CaptureReader open(Path path) throws IOException {
        return open(path, ReadMode.WINDOWED);
    }

    /** Opens a file with the given read mode for plain files (compressed files are always streamed). */
    public static CaptureReader open(Path path, ReadMode mode) throws IOException {
        return open(path, mode, Limits.fromSystemProperties());
    }

    /** As {@link #open(Path, ReadMode)}, a compressed file inflating to at most {@link Limit#GZIP_BYTES}. */
    public static CaptureReader open(Path path, ReadMode mode, Limits limits) throws IOException {
        if (!Files.isRegularFile(path)) {
            if (!Files.exists(path)) {
                throw new CaptureException(path + ": No such file or directory", -1, 0);
            }
            // a FIFO or device: stream it
            return open(Files.newInputStream(path), path.toString(), limits);
        }
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(head, 0, 4);
        }
        if (n >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return open(Files.newInputStream(path), path.toString(), limits);
        }
        MappedSource src = new MappedSource(path, MappedSource.configuredWindow(), mode == ReadMode.MAPPED);
        try {
            return detect(src, path.toString());
        } catch (IOException | RuntimeException e) {
            src.close();
            throw e;
        }
    }

    /** Opens a stream (standard input, a socket…); gzip is recognised by its magic here too. */
    public static CaptureReader open(InputStream raw, String name) throws IOException {
        return open(raw, name, Limits.fromSystemProperties());
    }

    /** As {@link #open(InputStream, String)}, gzip input inflating to at most {@link Limit#GZIP_BYTES}. */
    public static CaptureReader open(InputStream raw, String name, Limits limits) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        InputStream body = in;
        if (b0 == 0x1f && b1 == 0x8b) {
            try {
                body = new BoundedInflation(new GZIPInputStream(in, 1 << 16), limits.get(Limit.GZIP_BYTES));
            } catch (IOException e) {
                // the gzip header itself is cut or corrupt: there is no capture to speak of
                in.close();
                throw new CaptureException(name + ": not a capture file (gzip magic but a bad gzip header: " + e
                        + ") at offset 0", 0, 0);
            }
        }
        StreamSource src = new StreamSource(body);
        try {
            return detect(src, name);
        } catch (IOException | RuntimeException e) {
            src.close();
            throw e;
        }
    }

    static CaptureReader detect(ByteSource src, String name) throws IOException {
        int n;
        try {
            n = src.fill(0, 4);
        } catch (StreamSource.StreamFailure e) {
            throw new CaptureException(name + ": not a capture file (" + e.getMessage() + ") at offset " + e.offset,
                    e.offset, 0);
        }
        if (n < 4) {
            throw new CaptureException(name + ": not a capture file (" + n + " bytes, too short for a header)", 0, 0);
        }
        int i = src.index(0);
        long magic = src.buffer().getInt(i) & 0xffffffffL;
        if (PcapReader.isMagic(magic)) {
            return new PcapReader(src, name);
        }
        if (magic == PcapngReader.SHB_TYPE) {
            return new PcapngReader(src, name);
        }
        throw new CaptureException(name + ": not a capture file (unknown magic 0x"
                + String.format("%08x", magic) + " at offset 0)", 0, 0);
    }
}
