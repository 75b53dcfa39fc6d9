package org.jdissect.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.jdissect.output.AsciiSink;

/**
 * The command's standard output: a PrintWriter over {@link Utf8Out} that also takes ASCII bytes (hex dumps), and
 * appends a StringBuilder without first copying it into a String as PrintWriter's own {@code append} does.
 */
final class StdoutWriter extends PrintWriter implements AsciiSink {
    private final Utf8Out utf8;

    StdoutWriter(Utf8Out utf8) {
        super(utf8, false);
        this.utf8 = utf8;
    }

    @Override
    public PrintWriter append(CharSequence csq) {
        if (csq instanceof StringBuilder) {
            synchronized (lock) {
                try {
                    utf8.append(csq);
                } catch (IOException e) {
                    setError();
                }
            }
            return this;
        }
        return super.append(csq);
    }

    @Override
    public void writeAscii(byte[] b, int off, int len) {
        synchronized (lock) {
            try {
                utf8.writeAscii(b, off, len);
            } catch (IOException e) {
                setError();
            }
        }
    }

    /** Text already encoded as UTF-8 (rendered ahead on another thread): copied as it is. */
    void writeUtf8(byte[] b, int off, int len) {
        synchronized (lock) {
            try {
                utf8.writeEncoded(b, off, len);
            } catch (IOException e) {
                setError();
            }
        }
    }
}
