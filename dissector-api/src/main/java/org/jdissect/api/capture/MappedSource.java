package org.jdissect.api.capture;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;

/**
 * A file read in windows of at most {@link #WINDOW} bytes, so files over 2 GiB work with int-indexed buffers. Each
 * window is one bulk positional read into a fresh heap buffer; packets are zero-copy views into it. Views handed out
 * keep their window alive; a new window is read only when a record crosses the end of the current one.
 *
 * <p>Why not {@code FileChannel.map}: mapped pages count in the process's RSS until the mapping is unmapped, which
 * happens only when the buffer object is garbage collected — and window objects live long enough to reach the old
 * generation, so on a 1.3 GB capture RSS grew past 500 MB. Heap windows are bounded by {@code -Xmx} instead, and one
 * memcpy per byte from the page cache costs far less than dissecting it.
 */
final class MappedSource implements ByteSource {
    /**
     * 512 KiB (the property {@code jdissect.window} changes it, for measurements). Small on purpose: a window dies
     * young, while 16 MiB windows lived through young collections and were copied by each, a fifth of a -T fields
     * run's time in GC and half of -vvXe's; at 512 KiB the same runs take a third less time and half the memory.
     */
    static final long WINDOW = 1L << 19;

    /** The window size files are opened with: {@link #WINDOW}, or the property's, read at each open (tests). */
    static long configuredWindow() {
        return Long.getLong("jdissect.window", WINDOW);
    }

    private final FileChannel channel;
    private final long size;
    private final long window;
    /** True: windows are memory mappings of the file (no copy, but mapped pages count in RSS until collected). */
    private final boolean mapped;
    private ByteBuffer buf;
    private long start;
    /**
     * Windows read before the current one, oldest first, each with the file position where it ends: reusable once the
     * caller says every record below that position is done ({@link #recycleBefore}). Both lists are short: a window
     * that stays pinned longer (a packet held for printing far behind) is left to the collector instead.
     */
    private final ArrayDeque<Retired> retired = new ArrayDeque<>();
    private final ArrayDeque<byte[]> spare = new ArrayDeque<>();
    private static final int MAX_RETIRED = 8;
    private static final int MAX_SPARE = 4;
    /** Set by the first {@link #recycleBefore}: until a caller takes part, windows are never reused. */
    private boolean recycling;

    private record Retired(byte[] array, long end) { }

    /** Windows allocated rather than reused (tests). */
    int allocated;

    MappedSource(Path path) throws IOException {
        this(path, configuredWindow(), false);
    }

    MappedSource(Path path, long window) throws IOException {
        this(path, window, false);
    }

    /** A smaller window lets tests exercise remapping on small files; {@code mapped} picks memory mapping. */
    MappedSource(Path path, long window, boolean mapped) throws IOException {
        this.mapped = mapped;
        this.channel = FileChannel.open(path, StandardOpenOption.READ);
        this.size = channel.size();
        this.window = window;
        if (window < 1 || window > Integer.MAX_VALUE) {
            channel.close();
            throw new IllegalArgumentException("window " + window);
        }
        map(0, 0);
    }

    /**
     * Maps from {@code pos} (at most {@link #size}) at least {@code need} bytes when they exist: a record larger than
     * the window gets a mapping of its own, so a tiny window stays correct, only slower. All arithmetic is in longs;
     * only the mapping's length, which is at most max(window, need), must fit an int.
     */
    private static final int READ_CHUNK = 1 << 20;

    private void map(long pos, int need) throws IOException {
        int len = (int) Math.max(0, Math.min(Math.max(window, need), size - pos));
        if (mapped) {
            buf = channel.map(FileChannel.MapMode.READ_ONLY, pos, len);
            start = pos;
            return;
        }
        ByteBuffer b = window(pos, len);
        while (b.hasRemaining()) {
            // at most 1 MiB a read: the JDK reads a heap buffer through a cached native buffer of the read's size,
            // which would otherwise stay as large as the largest window (a record may need more than WINDOW)
            b.limit(Math.min(len, b.position() + READ_CHUNK));
            if (channel.read(b, pos + b.position()) < 0) {
                break; // the file shrank while being read: what was read is what there is
            }
            b.limit(len);
        }
        b.flip();
        buf = b;
        start = pos;
    }

    /**
     * A buffer for {@code len} bytes at {@code pos}: a recycled window when one is free (no allocation, no zeroing,
     * no garbage: a 1.3 GB capture otherwise puts 1.3 GB of windows through the collector), else a new one.
     */
    private ByteBuffer window(long pos, int len) {
        if (recycling && buf != null && buf.hasArray() && buf.array().length == window) {
            if (retired.size() == MAX_RETIRED) {
                retired.pollFirst();
            }
            retired.addLast(new Retired(buf.array(), pos));
        }
        byte[] a = len <= window && !spare.isEmpty() ? spare.pop() : null;
        if (a == null) {
            // every full-size window the same length, so any spare one fits
            a = new byte[len <= window && recycling ? (int) window : len];
            allocated++;
        }
        return ByteBuffer.wrap(a, 0, len).slice();
    }

    @Override
    public void recycleBefore(long pos) {
        recycling = true;
        while (!retired.isEmpty() && retired.peekFirst().end() <= pos) {
            byte[] a = retired.pollFirst().array();
            if (spare.size() < MAX_SPARE) {
                spare.push(a);
            }
        }
    }

    long size() {
        return size;
    }

    @Override
    public int fill(long pos, int n) throws IOException {
        if (pos < 0 || n < 0) {
            throw new IllegalArgumentException("fill(" + pos + ", " + n + ")");
        }
        long avail = Math.max(0, Math.min(n, size - pos));
        // past the end there is nothing to read: keep the current window
        if (pos <= size && (pos < start || pos + avail > start + buf.limit())) {
            map(pos, (int) avail);
            // a file that shrank under us delivers what the read found
            avail = Math.min(avail, Math.max(0, start + buf.limit() - pos));
        }
        return (int) avail;
    }

    @Override
    public ByteBuffer buffer() {
        return buf;
    }

    @Override
    public int index(long pos) {
        // only positions of the last fill are asked for, so this fits an int even in a file over 2 GiB
        return (int) (pos - start);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
