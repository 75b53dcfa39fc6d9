package org.jdissect.dissectors.http;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.jdissect.api.bytes.ByteView;

/**
 * A gzip or deflate entity body inflated as Wireshark 4.0's tvb_uncompress (epan/tvbuff_zlib.c) does it, quirks
 * included, since what it returns is what tshark shows:
 *
 * <ul>
 *   <li>zlib is first asked for a zlib-wrapped stream (RFC 1950), whatever the Content-Encoding says;</li>
 *   <li>if that fails at once and the body starts 1f 8b, the gzip header is skipped by hand (FEXTRA, FNAME and
 *       FCOMMENT, but not FHCRC: its two bytes are read as deflate data) and zlib is asked again for a wrapped
 *       stream, which fails, then for raw deflate (RFC 1951); the CRC32 and ISIZE after it are never read;</li>
 *   <li>any other body that fails at once is retried as raw deflate (servers that send "deflate" unwrapped);</li>
 *   <li>output comes in passes of inflate(): a pass has room for twice the compressed size, at least 32 KiB and at
 *       most 10 MiB. A pass that ends in a data error is dropped, the passes before it kept (so a corrupt stream
 *       can show as a shorter body that inflated fine); input that runs out keeps everything inflated so far;</li>
 *   <li>it fails (null) when nothing came out: a data error in the first pass of the last attempt, a preset
 *       dictionary (FDICT), a gzip header that is cut or whose method is not 8, a stream cut before any output.</li>
 * </ul>
 *
 * <p>Java's {@link Inflater} is zlib, so the same bytes give the same output and the same errors at the same place.
 * The one rule added is a cap on the output: tshark has none (passes are bounded, their number is not: a small
 * body can inflate to gigabytes until g_malloc aborts), so output stops at {@code cap} bytes and the caller says so.
 */
final class BodyInflater {
    private BodyInflater() {
    }

    /** TVB_Z_MIN_BUFSIZ and TVB_Z_MAX_BUFSIZ: the bounds of one pass's output room. */
    private static final int MIN_PASS = 32768;
    private static final int MAX_PASS = 10 * 1048576;
    /**
     * Output asked of one Java inflate call. A pass is emulated by calls of this size until its room is full (zlib
     * gives the same bytes in small steps as in one call), so no 10 MiB buffer is ever allocated for it.
     */
    private static final int STEP = 16384;

    /** The inflated body ({@code length} bytes of {@code bytes}); {@code capped} if the cap stopped it. */
    record Inflated(byte[] bytes, int length, boolean capped) {
        ByteView view() {
            return ByteView.of(ByteBuffer.wrap(bytes), 0, length, length);
        }
    }

    /** How one pass ended (zlib's return of that inflate call). */
    private enum PassEnd {
        /** Z_OK with the room full: another pass follows. */
        FULL,
        /** Z_STREAM_END. */
        END,
        /** All input used (Z_OK, then Z_BUF_ERROR on the next pass): what is there is the result. */
        NO_INPUT,
        /** Z_NEED_DICT. */
        DICTIONARY,
        /** The output cap was reached (jdissect's, not tshark's). */
        CAPPED
    }

    /** Output collected so far, growing up to the cap; a failed pass is dropped by moving {@code size} back. */
    private static final class Output {
        final long cap;
        byte[] bytes;
        int size;

        Output(long cap, int compressed) {
            this.cap = cap;
            this.bytes = new byte[(int) Math.min(cap, Math.min(MIN_PASS, 4L * compressed + 64))];
        }

        /** Room for at most {@code n} more bytes; returns how many fit under the cap. */
        int room(int n) {
            int fit = (int) Math.min(n, cap - size);
            if (size + fit > bytes.length) {
                long grown = Math.min(cap, Math.max((long) size + fit, 2L * bytes.length));
                bytes = Arrays.copyOf(bytes, (int) grown);
            }
            return fit;
        }
    }

    /**
     * Inflates {@code in}, or returns null where tshark's tvb_uncompress returns NULL ("Decompression failed").
     * {@code cap} bounds the output (at most {@link Integer#MAX_VALUE} - 8 is used).
     */
    static Inflated inflate(byte[] in, long cap) {
        if (in.length == 0) {
            return null;
        }
        int passRoom = (int) Math.min(MAX_PASS, Math.max(MIN_PASS, 2L * in.length));
        Output out = new Output(Math.max(0, Math.min(cap, Integer.MAX_VALUE - 8)), in.length);
        boolean gzipTried = false;
        int from = 0;
        boolean wrapped = true;
        // Wireshark's "uncompr != NULL": a pass gave bytes, or the stream ended (even with no bytes at all)
        boolean have = false;
        Inflater inf = new Inflater(!wrapped);
        try {
            inf.setInput(in, from, in.length - from);
            while (true) {
                int passStart = out.size;
                PassEnd end;
                try {
                    end = pass(inf, out, passRoom);
                } catch (DataFormatException e) {
                    out.size = passStart; // the bytes of the failed pass are not kept
                    if (have) {
                        break;
                    }
                    if (!gzipTried && wrapped && in.length >= 2 && (in[0] & 0xff) == 0x1f && (in[1] & 0xff) == 0x8b) {
                        // the gzip header skipped by hand, then a wrapped stream asked for again (as tshark does)
                        gzipTried = true;
                        from = gzipHeaderEnd(in);
                        if (from < 0) {
                            return null;
                        }
                    } else if (wrapped) {
                        // tshark retries raw inflate until its third re-init; the retries read the same bytes the
                        // same way, so one attempt decides
                        wrapped = false;
                    } else {
                        return null;
                    }
                    inf.end();
                    inf = new Inflater(!wrapped);
                    inf.setInput(in, from, in.length - from);
                    continue;
                }
                if (out.size > passStart || end == PassEnd.END) {
                    have = true;
                }
                if (end == PassEnd.CAPPED) {
                    return new Inflated(out.bytes, out.size, true);
                }
                if (end != PassEnd.FULL) {
                    break;
                }
            }
        } finally {
            inf.end();
        }
        return have ? new Inflated(out.bytes, out.size, false) : null;
    }

    /** One inflate() pass of tvb_uncompress's loop, with {@code room} bytes of output space. */
    private static PassEnd pass(Inflater inf, Output out, int room) throws DataFormatException {
        int produced = 0;
        while (produced < room) {
            int want = out.room(Math.min(STEP, room - produced));
            if (want == 0) {
                // at the cap: capped only if there is more to come (a body of exactly the cap is whole)
                int more = inf.inflate(new byte[1]);
                if (more == 0 && inf.finished()) {
                    return PassEnd.END;
                }
                if (more == 0 && !inf.needsDictionary()) {
                    return PassEnd.NO_INPUT;
                }
                return PassEnd.CAPPED;
            }
            int n = inf.inflate(out.bytes, out.size, want);
            out.size += n;
            produced += n;
            if (inf.finished()) {
                return PassEnd.END;
            }
            if (n == 0) {
                if (inf.needsDictionary()) {
                    return PassEnd.DICTIONARY;
                }
                // input used up (or, defensively, no progress at all: zlib's Z_BUF_ERROR)
                return PassEnd.NO_INPUT;
            }
        }
        return PassEnd.FULL;
    }

    /**
     * Where the deflate data of a gzip member starts, as tvb_uncompress finds it (RFC 1952 without FHCRC), or -1
     * when the header is cut or its method is not deflate.
     */
    static int gzipHeaderEnd(byte[] in) {
        int len = in.length;
        if (len < 10 || (in[2] & 0xff) != 8) {
            return -1;
        }
        int flags = in[3] & 0xff;
        int c = 10; // magic, method, flags, MTIME (4), XFL, OS
        if ((flags & 0x04) != 0) {
            // FEXTRA: a two-byte little-endian length, read byte by byte so a cut length ends cleanly
            int xsize = 0;
            if (c < len) {
                xsize += in[c++] & 0xff;
            }
            if (c < len) {
                xsize += (in[c++] & 0xff) << 8;
            }
            c += xsize;
        }
        if ((flags & 0x08) != 0) { // FNAME, NUL-terminated
            while (c < len && in[c] != 0) {
                c++;
            }
            c++;
        }
        if ((flags & 0x10) != 0) { // FCOMMENT, NUL-terminated
            while (c < len && in[c] != 0) {
                c++;
            }
            c++;
        }
        return c > len ? -1 : c;
    }
}
