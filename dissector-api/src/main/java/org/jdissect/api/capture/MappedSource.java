package org.jdissect.api.capture;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A file mapped in windows of at most {@link #WINDOW} bytes, so files over 2 GiB work with int-indexed buffers and
 * memory stays the page cache's business. Views handed out keep their window alive; a new window is mapped only
 * when a record crosses the end of the current one.
 */
final class MappedSource implements ByteSource {
    static final long WINDOW = 1L << 30;

    private final FileChannel channel;
    private final long size;
    private final long window;
    private ByteBuffer buf;
    private long start;

    MappedSource(Path path) throws IOException {
        this(path, WINDOW);
    }

    /** A smaller window lets tests exercise remapping on small files. */
    MappedSource(Path path, long window) throws IOException {
        this.channel = FileChannel.open(path, StandardOpenOption.READ);
        this.size = channel.size();
        this.window = window;
        map(0);
    }

    private void map(long pos) throws IOException {
        long len = Math.min(window, size - pos);
        MappedByteBuffer m = channel.map(FileChannel.MapMode.READ_ONLY, pos, Math.max(0, len));
        buf = m;
        start = pos;
    }

    long size() {
        return size;
    }

    @Override
    public int fill(long pos, int n) throws IOException {
        long avail = Math.max(0, Math.min(n, size - pos));
        if (pos < start || pos + avail > start + buf.limit()) {
            map(pos);
        }
        return (int) avail;
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
        channel.close();
    }
}
