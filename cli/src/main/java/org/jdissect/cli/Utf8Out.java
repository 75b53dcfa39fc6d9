package org.jdissect.cli;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.Writer;

/**
 * Standard output for text modes: UTF-8 encoded straight into a 64 KiB byte buffer. The JDK's encoder stack
 * (OutputStreamWriter over a CharsetEncoder) cost a quarter of tcpdump mode's time for a million one-line packets;
 * a plain loop over mostly ASCII text is a fraction of that. Not thread-safe, like the printers that use it.
 */
final class Utf8Out extends Writer {
    private final OutputStream out;
    /** For a file, its channel: FileOutputStream copies every write over 8 KiB into a malloc'd native buffer. */
    private final FileChannel channel;
    private final byte[] buf = new byte[1 << 16];
    private final ByteBuffer wrapped = ByteBuffer.wrap(buf);
    /** Characters copied out of a String or StringBuilder in bulk before encoding. */
    private final char[] chars = new char[8192];
    private int n;
    /** A high surrogate waiting for its pair, split across two writes. */
    private char pendingHigh;

    Utf8Out(OutputStream out) {
        this.out = out;
        this.channel = out instanceof FileOutputStream f ? f.getChannel() : null;
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    /**
     * Writes of at least this many characters go through the JDK's UTF-8 encoder, whose ASCII path is compiled to
     * vector instructions: 0.02 ns a character against 0.23 for the loop below, whose early exit keeps C2 from
     * vectorising it (0.09 in the slices {@link #bulk} feeds it). -V hands over a packet's text (about 8 KB) at
     * once, and the loop was 8% of a -V run's CPU; for short writes (a tcpdump line) the encoder's set-up per call
     * costs more than it saves.
     */
    private static final int BULK = 512;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)
            .replaceWith(new byte[] {'?'});

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        if (len >= BULK && pendingHigh == 0) {
            bulk(cbuf, off, len);
            return;
        }
        int i = off;
        int end = off + len;
        while (i < end) {
            if (pendingHigh == 0) {
                // a run of ASCII into the buffer, with the buffer and position in locals for a tight loop
                byte[] b = buf;
                int pos = n;
                int stop = Math.min(end, i + (b.length - pos));
                while (i < stop) {
                    char c = cbuf[i];
                    if (c >= 0x80) {
                        break;
                    }
                    b[pos++] = (byte) c;
                    i++;
                }
                n = pos;
                if (i == end) {
                    return;
                }
                if (pos == b.length) {
                    drain();
                    continue;
                }
            }
            put(cbuf[i++]);
        }
    }

    /**
     * The encoder's way, with the same replacements as {@link #put} (a lone surrogate becomes '?'); a high surrogate
     * ending the characters is held for the next write, as {@link #put} holds it.
     */
    private void bulk(char[] cbuf, int off, int len) throws IOException {
        CharBuffer in = CharBuffer.wrap(cbuf, off, len);
        encoder.reset();
        int end = off + len;
        // in slices: the encoder's fast path runs only up to the first non-ASCII character of a call, and -V has one
        // in every TCP packet (the "·" of tcp.flags.str); one call for 8 KB then cost 0.56 ns a character, slices of
        // 512 cost 0.09 (a high surrogate ending a slice stays in the buffer for the next one)
        for (int limit = Math.min(end, off + BULK); ; limit = Math.min(end, limit + BULK)) {
            in.limit(limit);
            while (true) {
                wrapped.clear().position(n);
                CoderResult r = encoder.encode(in, wrapped, false);
                n = wrapped.position();
                if (!r.isOverflow()) {
                    break;
                }
                drain();
            }
            if (limit == end) {
                break;
            }
        }
        while (in.hasRemaining()) {
            put(in.get());
        }
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        for (int at = off, end = off + len; at < end; ) {
            int k = Math.min(chars.length, end - at);
            s.getChars(at, at + k, chars, 0);
            write(chars, 0, k);
            at += k;
        }
    }

    @Override
    public Writer append(CharSequence csq) throws IOException {
        if (csq instanceof String s) {
            write(s, 0, s.length());
        } else if (csq instanceof StringBuilder sb) {
            // bulk copies out of the builder, then the array loop: no String made, no charAt per character
            for (int at = 0, len = sb.length(); at < len; ) {
                int k = Math.min(chars.length, len - at);
                sb.getChars(at, at + k, chars, 0);
                write(chars, 0, k);
                at += k;
            }
        } else {
            CharSequence cs = csq == null ? "null" : csq;
            for (int i = 0, len = cs.length(); i < len; i++) {
                put(cs.charAt(i));
            }
        }
        return this;
    }

    /** ASCII text already encoded (hex dumps): copied as it is. */
    void writeAscii(byte[] b, int off, int len) throws IOException {
        writeEncoded(b, off, len);
    }

    /** Text already encoded as UTF-8: copied as it is (after a high surrogate left waiting, which stays unpaired). */
    void writeEncoded(byte[] b, int off, int len) throws IOException {
        if (pendingHigh != 0 && len > 0) {
            pendingHigh = 0;
            put('?');
        }
        while (len > 0) {
            if (n == buf.length) {
                drain();
            }
            int k = Math.min(len, buf.length - n);
            System.arraycopy(b, off, buf, n, k);
            n += k;
            off += k;
            len -= k;
        }
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
            if (channel != null) {
                wrapped.clear().limit(n);
                while (wrapped.hasRemaining()) {
                    channel.write(wrapped);
                }
            } else {
                out.write(buf, 0, n);
            }
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
