package org.jdissect.spark;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.hadoop.fs.FSDataInputStream;

/**
 * Random access to one uncompressed capture file through a window that {@link #fill} moves. A local file is
 * memory-mapped (packets are zero-copy views of the page cache); any other Hadoop file system is read with
 * positional reads into a fresh heap buffer per window, so views handed out for earlier packets stay valid (the
 * dissectors may keep one while reassembling) and the only copy is the file system's own read.
 */
abstract class RangeSource implements Closeable {
    protected ByteBuffer buf = ByteBuffer.allocate(0);
    protected long start;
    protected final long size;

    RangeSource(long size) {
        this.size = size;
    }

    long size() {
        return size;
    }

    /** Makes [pos, pos + n) available in {@link #buffer()} as far as the file has it; returns how many bytes are. */
    int fill(long pos, int n) throws IOException {
        long avail = Math.max(0, Math.min(n, size - pos));
        if (pos < start || pos + avail > start + buf.limit()) {
            load(pos, (int) avail);
        }
        return (int) avail;
    }

    ByteBuffer buffer() {
        return buf;
    }

    int index(long pos) {
        return (int) (pos - start);
    }

    protected abstract void load(long pos, int need) throws IOException;

    static RangeSource mapped(Path file) throws IOException {
        return new Mapped(file);
    }

    static RangeSource hadoop(FSDataInputStream in, long size) {
        return new Hadoop(in, size);
    }

    private static final class Mapped extends RangeSource {
        private static final long WINDOW = 256L << 20;
        private final FileChannel channel;

        Mapped(Path file) throws IOException {
            this(FileChannel.open(file, StandardOpenOption.READ));
        }

        private Mapped(FileChannel ch) throws IOException {
            super(ch.size());
            this.channel = ch;
        }

        @Override
        protected void load(long pos, int need) throws IOException {
            long len = Math.min(Math.max(WINDOW, need), size - pos);
            MappedByteBuffer m = channel.map(FileChannel.MapMode.READ_ONLY, pos, Math.max(0, len));
            buf = m;
            start = pos;
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    private static final class Hadoop extends RangeSource {
        private static final int CHUNK = 8 << 20;
        private final FSDataInputStream in;

        Hadoop(FSDataInputStream in, long size) {
            super(size);
            this.in = in;
        }

        @Override
        protected void load(long pos, int need) throws IOException {
            int len = (int) Math.min(Math.max(CHUNK, need), size - pos);
            byte[] b = new byte[Math.max(0, len)];
            in.readFully(pos, b, 0, b.length);
            buf = ByteBuffer.wrap(b);
            start = pos;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
