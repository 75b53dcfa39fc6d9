package org.jdissect.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * Standard output for text modes: UTF-8 encoded straight into a 64 KiB byte buffer. The JDK's encoder stack
 * (OutputStreamWriter over a CharsetEncoder) cost a quarter of tcpdump mode's time for a million one-line packets;
 * a plain loop over mostly ASCII text is a fraction of that. Not thread-safe, like the printers that use it.
 */
final class Utf8Out extends Writer {
    private final OutputStream out;
    private final byte[] buf = new byte[1 << 16];
    private int n;
    /** A high surrogate waiting for its pair, split across two writes. */
    private char pendingHigh;

    Utf8Out(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        for (int i = off, end = off + len; i < end; i++) {
            char c = cbuf[i];
            if (c < 0x80 && pendingHigh == 0) {
                if (n == buf.length) {
                    drain();
                }
                buf[n++] = (byte) c;
            } else {
                put(c);
            }
        }
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        for (int i = off, end = off + len; i < end; i++) {
            char c = s.charAt(i);
            if (c < 0x80 && pendingHigh == 0) {
                if (n == buf.length) {
                    drain();
                }
                buf[n++] = (byte) c;
            } else {
                put(c);
            }
        }
    }

    @Override
    public Writer append(CharSequence csq) throws IOException {
        if (csq instanceof String s) {
            write(s, 0, s.length());
        } else {
            CharSequence cs = csq == null ? "null" : csq;
            for (int i = 0, len = cs.length(); i < len; i++) {
                put(cs.charAt(i));
            }
        }
        return this;
    }

    private void put(char c) throws IOException {
        if (n + 4 > buf.length) {
            drain();
        }
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                buf[n++] = (byte) (0xf0 | (cp >> 18));
                buf[n++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
                buf[n++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                buf[n++] = (byte) (0x80 | (cp & 0x3f));
                return;
            }
            buf[n++] = '?'; // a lone high surrogate, as the JDK's encoder replaces it
            put(c);
            return;
        }
        if (c < 0x80) {
            buf[n++] = (byte) c;
        } else if (c < 0x800) {
            buf[n++] = (byte) (0xc0 | (c >> 6));
            buf[n++] = (byte) (0x80 | (c & 0x3f));
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            buf[n++] = '?';
        } else {
            buf[n++] = (byte) (0xe0 | (c >> 12));
            buf[n++] = (byte) (0x80 | ((c >> 6) & 0x3f));
            buf[n++] = (byte) (0x80 | (c & 0x3f));
        }
    }

    private void drain() throws IOException {
        if (n > 0) {
            out.write(buf, 0, n);
            n = 0;
        }
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            put('?');
        }
        flush();
        out.close();
    }
}
