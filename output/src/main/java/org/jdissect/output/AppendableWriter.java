package org.jdissect.output;

import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;

/** A Writer over any Appendable (a StringBuilder…), for the JSON generator, which writes to Writers only. */
final class AppendableWriter extends Writer {
    private final Appendable out;

    AppendableWriter(Appendable out) {
        this.out = out;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        out.append(CharBuffer.wrap(buf, off, len));
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        out.append(s, off, off + len);
    }

    @Override
    public void write(int c) throws IOException {
        out.append((char) c);
    }

    @Override
    public void flush() throws IOException {
        if (out instanceof Flushable f) {
            f.flush();
        }
    }

    /** The target belongs to the caller: closing the adapter only flushes it. */
    @Override
    public void close() throws IOException {
        flush();
    }
}
