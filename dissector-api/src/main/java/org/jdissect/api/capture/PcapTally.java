package org.jdissect.api.capture;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Frames a plain pcap file on several threads at once, each walking the record headers of its own part of the file,
 * and gives the same count as {@link PcapReader} walking it alone.
 *
 * <p>Why: framing is bound by moving the file's bytes from the page cache (one copy per byte, about 6 GB/s for one
 * core here), and one core walking 1.1 KB records tops out near 5.6 M records/s. Two cores each copying and walking
 * half the file get twice that, which a count ({@code jdissect --count}) can use since it needs no packet in order.
 *
 * <p>How a part is found without walking what lies before it: a thread starts at its part's nominal first byte and
 * looks for the first position where a chain of plausible record headers begins (pcap has no sync marker). Whatever
 * that guess, the result is exact: the thread before it walks the true chain from the file header past the
 * boundary, and the guess is taken only if that walk lands exactly on it (two walks that meet at one record go
 * through the same records after it). When it does not, the rest is walked on the calling thread. Anything the
 * sequential reader would refuse (a cut record, an absurd length) makes the tally empty, so the caller reads the file
 * with the reader and reports the error as always.
 */
final class PcapTally {
    /** Below this size a file is walked on one thread: starting threads would cost more than they gain. */
    static final long MIN_PARALLEL = 16L << 20;
    /** How many headers in a row a guessed start must have, plausible, before a thread frames from it. */
    private static final int CHAIN = 8;
    /** Read size: a direct buffer, so a read is one copy from the page cache (a heap buffer takes two). */
    private static final int WINDOW = 1 << 20;

    private final Path path;
    private final ByteOrder order;
    private final long fractionLimit;
    private final long size;

    private PcapTally(Path path, ByteOrder order, long fractionLimit, long size) {
        this.path = path;
        this.order = order;
        this.fractionLimit = fractionLimit;
        this.size = size;
    }

    /**
     * One part's walk: from {@code start} (-1: no start was found) to {@code landing}, the first record start at or
     * after the part's end (-1: the walk met a record the reader refuses).
     */
    private record Part(long start, long landing, long frames, long bytes) {
        static final Part NOT_FOUND = new Part(-1, -1, 0, 0);

        static Part refused(long start) {
            return new Part(start, -1, 0, 0);
        }

        boolean refused() {
            return landing < 0;
        }
    }

    /**
     * The tally of a plain pcap file on up to {@code threads} threads (one below {@code minParallel} bytes); empty when
     * it is not a pcap file, or is one the sequential reader would stop on with an error.
     */
    static Optional<FrameTally> of(Path path, int threads, long minParallel) throws IOException {
        long size;
        ByteBuffer head = ByteBuffer.allocate(24);
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            size = ch.size();
            while (head.hasRemaining() && ch.read(head, head.position()) > 0) {
                // a short read of a regular file only happens at its end
            }
        }
        if (head.hasRemaining()) {
            return Optional.empty();
        }
        long magic = head.getInt(0) & 0xffffffffL;
        if (!PcapReader.isMagic(magic)) {
            return Optional.empty();
        }
        boolean swapped = magic == PcapReader.MAGIC_US_SWAPPED || magic == PcapReader.MAGIC_NS_SWAPPED;
        ByteOrder order = swapped ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        if (head.order(order).getShort(4) != 2) {
            return Optional.empty(); // the reader's error for an unsupported version
        }
        boolean nanos = magic == PcapReader.MAGIC_NS || magic == PcapReader.MAGIC_NS_SWAPPED;
        PcapTally t = new PcapTally(path, order, nanos ? 1_000_000_000L : 1_000_000L, size);
        int n = size < minParallel ? 1 : Math.max(1, threads);
        return t.run(n);
    }

    private long boundary(int i, int n) {
        return i == n ? size : 24 + (size - 24) / n * i;
    }

    private Optional<FrameTally> run(int n) throws IOException {
        List<FutureTask<Part>> tasks = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            long from = boundary(i, n);
            long to = boundary(i + 1, n);
            FutureTask<Part> task = new FutureTask<>(() -> {
                long s = resync(from);
                return s < 0 || s >= to ? Part.NOT_FOUND : walk(s, to);
            });
            Thread th = new Thread(task, "jdissect-tally-" + i);
            th.setDaemon(true);
            th.start();
            tasks.add(task);
        }
        Part first = walk(24, boundary(1, n));
        List<Part> parts = new ArrayList<>();
        parts.add(first);
        for (FutureTask<Part> task : tasks) {
            parts.add(join(task));
        }
        long frames = 0;
        long bytes = 0;
        long at = 24;
        for (Part p : parts) {
            if (p.start() != at) {
                // a guess the true chain does not meet (or none): walk the rest here
                Part rest = walk(at, size);
                return rest.refused() ? Optional.empty()
                        : Optional.of(new FrameTally(frames + rest.frames(), bytes + rest.bytes()));
            }
            if (p.refused()) {
                return Optional.empty();
            }
            frames += p.frames();
            bytes += p.bytes();
            at = p.landing();
        }
        return at == size ? Optional.of(new FrameTally(frames, bytes)) : Optional.empty();
    }

    private static Part join(FutureTask<Part> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while framing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Walks record headers from {@code start} until the first record start at or after {@code stop} (the end of the
     * file for the last part). Refused where the reader would stop with an error: a record longer than
     * {@link Captures#MAX_RECORD}, or one the file cuts short.
     */
    private Part walk(long start, long stop) throws IOException {
        ByteBuffer b = ByteBuffer.allocateDirect(WINDOW).order(order);
        long frames = 0;
        long bytes = 0;
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            long bufStart = start; // the file offset of b's byte 0
            int have = 0;
            int p = 0;
            while (true) {
                while (p + 16 <= have) {
                    long incl = b.getInt(p + 8) & 0xffffffffL;
                    if (incl > Captures.MAX_RECORD) {
                        return Part.refused(start);
                    }
                    if (p + 16 + incl > have) {
                        break;
                    }
                    p += 16 + (int) incl;
                    frames++;
                    bytes += incl;
                    if (bufStart + p >= stop) {
                        return new Part(start, bufStart + p, frames, bytes);
                    }
                }
                // keep the partial record, read on after it
                b.limit(have).position(p);
                b.compact();
                bufStart += p;
                have -= p;
                p = 0;
                b.clear().position(have);
                int r = ch.read(b, bufStart + have);
                if (r <= 0) {
                    // the end of the file: clean only between records
                    return have == 0 && bufStart == size ? new Part(start, bufStart, frames, bytes)
                            : Part.refused(start);
                }
                have += r;
            }
        }
    }

    /**
     * The first position at or after {@code from} where {@link #CHAIN} plausible record headers follow each other (or
     * fewer that end exactly at the end of the file), or -1. A true record start lies within one record's length of
     * any position, so only that far is searched.
     */
    private long resync(long from) throws IOException {
        int span = Captures.MAX_RECORD + 16;
        int need = span + CHAIN * span;
        ByteBuffer b = ByteBuffer.allocate((int) Math.min(need, size - from)).order(order);
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            while (b.hasRemaining() && ch.read(b, from + b.position()) > 0) {
                // fill what the file has
            }
        }
        int have = b.position();
        for (int s = 0; s < Math.min(span, have); s++) {
            if (chainAt(b, s, have, from)) {
                return from + s;
            }
        }
        return -1;
    }

    private boolean chainAt(ByteBuffer b, int s, int have, long from) {
        int p = s;
        long firstSec = -1;
        for (int k = 0; k < CHAIN; k++) {
            if (from + p == size) {
                return k > 0;
            }
            if (p + 16 > have) {
                return k >= 2; // the buffer ends within a chain of long records
            }
            long sec = b.getInt(p) & 0xffffffffL;
            long frac = b.getInt(p + 4) & 0xffffffffL;
            long incl = b.getInt(p + 8) & 0xffffffffL;
            long orig = b.getInt(p + 12) & 0xffffffffL;
            if (frac >= fractionLimit || incl > Captures.MAX_RECORD || orig < incl) {
                return false;
            }
            if (firstSec < 0) {
                firstSec = sec;
            } else if (Math.abs(sec - firstSec) > 86_400) {
                return false;
            }
            p += 16 + (int) incl;
        }
        return true;
    }
}
