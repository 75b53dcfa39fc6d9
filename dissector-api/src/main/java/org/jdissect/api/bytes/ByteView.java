package org.jdissect.api.bytes;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A read-only window over packet bytes: a mapped file region, a heap buffer or an array, never copied.
 *
 * <p>Offsets are relative to the view. A view has two lengths, as Wireshark's tvbuff: {@link #capturedLength()}
 * bytes are present; {@link #reportedLength()} is what the packet claimed on the wire (never less than captured).
 * Every getter checks its bounds and throws {@link BoundsException} — {@code TRUNCATED} when the bytes would exist
 * on the wire but were not captured, {@code MALFORMED} when even the reported length is exceeded. After
 * {@code ensure(off, n)} succeeds, reads inside that range do not throw.
 *
 * <p>Getters return unsigned values widened to {@code int}/{@code long}; a Java {@code byte} never escapes.
 */
public final class ByteView {
    private static final ByteView EMPTY = new ByteView(ByteBuffer.allocate(0), 0, 0, 0);

    private final ByteBuffer buf;
    private final int base;
    private final int captured;
    private final int reported;
    /** Where byte 0 of this view lies in its data source (the frame, or a reassembled buffer); -1 if nowhere. */
    private final int origin;

    /** The buffer's array if it has one (a heap window, a reassembled PDU), else null; and where byte 0 lies in it. */
    private final byte[] arr;
    private final int shift;

    private ByteView(ByteBuffer buf, int base, int captured, int reported, int origin) {
        this.buf = buf;
        this.base = base;
        this.captured = captured;
        this.reported = reported;
        this.origin = origin;
        this.arr = buf.hasArray() ? buf.array() : null;
        this.shift = arr == null ? 0 : buf.arrayOffset();
    }

    /**
     * Byte {@code p} of the buffer (not of the view), unsigned: straight from its array when it has one, which saves
     * the ByteBuffer's own index check on top of the array's on every byte every dissector reads.
     */
    private int at(int p) {
        byte[] a = arr;
        return (a != null ? a[shift + p] : buf.get(p)) & 0xff;
    }

    private ByteView(ByteBuffer buf, int base, int captured, int reported) {
        this(buf, base, captured, reported, 0);
    }

    /** Offset of this view's first byte within its data source (the frame for dissection of a packet). */
    public int origin() {
        return origin;
    }

    /** Offset of {@code off} within the data source: what hex dumps and annotations print. */
    public int sourceOffset(int off) {
        return origin + off;
    }

    /**
     * Whether this view and {@code other} read the same buffer: within one packet, whether both lie in the same data
     * source (the frame's bytes, or a reassembled buffer of its own).
     */
    public boolean sameBuffer(ByteView other) {
        return other != null && other.buf == buf;
    }

    public static ByteView empty() {
        return EMPTY;
    }

    public static ByteView of(byte[] bytes) {
        return new ByteView(ByteBuffer.wrap(bytes), 0, bytes.length, bytes.length);
    }

    /** A view of {@code captured} bytes at {@code base} in {@code buf}, claiming {@code reported} bytes on the wire. */
    public static ByteView of(ByteBuffer buf, int base, int captured, int reported) {
        if (base < 0 || captured < 0 || base + captured > buf.limit() || base + captured < 0) {
            throw new IllegalArgumentException("view [" + base + ", +" + captured + ") outside buffer of " + buf.limit());
        }
        return new ByteView(buf, base, captured, Math.max(captured, reported));
    }

    public int capturedLength() {
        return captured;
    }

    public int reportedLength() {
        return reported;
    }

    /** Bytes captured from {@code off} to the end, 0 when {@code off} is beyond. */
    public int remaining(int off) {
        return off >= captured ? 0 : captured - off;
    }

    /**
     * Bytes captured from {@code off} to the end of {@code source} when this view lies in it and {@code source} is
     * the data source itself (origin 0), else to this view's own end: Wireshark measures an item against the frame,
     * so an item running past a cut sub-view still has the frame's trailing bytes.
     */
    public int remainingIn(ByteView source, int off) {
        return sameBuffer(source) && source.origin == 0 ? source.remaining(sourceOffset(off)) : remaining(off);
    }

    /** Bytes reported from {@code off} to the end, 0 when {@code off} is beyond. */
    public int reportedRemaining(int off) {
        return off >= reported ? 0 : reported - off;
    }

    public boolean has(int off, int n) {
        return off >= 0 && n >= 0 && (long) off + n <= captured;
    }

    /**
     * Throws unless {@code n} bytes at {@code off} are present, judged by where they end, as tvbuff.c's fast path for
     * values of up to 8 bytes (tvb_get_guint8, tvb_get_ntohl…) judges them.
     */
    public void ensure(int off, int n) {
        if (off < 0 || n < 0) {
            throw BoundsException.MALFORMED;
        }
        long end = (long) off + n;
        if (end > captured) {
            throw end > reported ? BoundsException.MALFORMED : BoundsException.TRUNCATED;
        }
    }

    /**
     * Throws unless {@code n} bytes at {@code off} are present, judged as tvbuff.c's check_offset_length judges them
     * for proto_tree_add_item, tvb_ensure_bytes_exist and tvb_get_ptr (an address's text): the start first, so that
     * a range starting past the captured bytes but not past the reported ones is a snapshot cut however far it runs;
     * then, like {@link #ensure}, the end.
     */
    public void ensureFromStart(int off, int n) {
        if (off > captured && off >= 0) {
            throw off > reported ? BoundsException.MALFORMED : BoundsException.TRUNCATED;
        }
        ensure(off, n);
    }

    public int u8(int off) {
        ensure(off, 1);
        return at(base + off);
    }

    public int u16(int off) {
        ensure(off, 2);
        int p = base + off;
        return (at(p) << 8) | at(p + 1);
    }

    public int u16le(int off) {
        ensure(off, 2);
        int p = base + off;
        return at(p) | (at(p + 1) << 8);
    }

    public int u24(int off) {
        ensure(off, 3);
        int p = base + off;
        return (at(p) << 16) | (at(p + 1) << 8) | at(p + 2);
    }

    public long u32(int off) {
        ensure(off, 4);
        int p = base + off;
        return ((long) at(p) << 24) | (at(p + 1) << 16)
                | (at(p + 2) << 8) | at(p + 3);
    }

    public long u32le(int off) {
        ensure(off, 4);
        int p = base + off;
        return at(p) | (at(p + 1) << 8)
                | (at(p + 2) << 16) | ((long) at(p + 3) << 24);
    }

    /** Six bytes as a long, as Ethernet addresses are handled. */
    public long u48(int off) {
        ensure(off, 6);
        return ((long) u16(off) << 32) | u32(off + 2);
    }

    public long u64(int off) {
        ensure(off, 8);
        return (u32(off) << 32) | u32(off + 4);
    }

    /** Sub-view of {@code n} bytes at {@code off}; the reported length is clipped the same way. */
    public ByteView slice(int off, int n) {
        ensure(off, n);
        return new ByteView(buf, base + off, n, n, origin + off);
    }

    /**
     * Sub-view from {@code off} that may be shorter than it claims: {@code reportedLen} bytes are claimed, as many as
     * are present are captured. Reading past the captured part is {@code TRUNCATED}, past the claim {@code MALFORMED}.
     */
    public ByteView sliceReported(int off, int reportedLen) {
        if (off < 0 || off > captured) {
            if (off >= 0 && off <= reported) {
                return new ByteView(buf, base + captured, 0, Math.max(0, reportedLen), origin + off);
            }
            throw BoundsException.MALFORMED;
        }
        int cap = Math.min(Math.max(0, reportedLen), captured - off);
        return new ByteView(buf, base + off, cap, Math.max(cap, reportedLen), origin + off);
    }

    /** The view from {@code off} to the end, keeping what is reported beyond the capture. */
    public ByteView tail(int off) {
        if (off < 0 || off > captured) {
            throw off <= reported ? BoundsException.TRUNCATED : BoundsException.MALFORMED;
        }
        return new ByteView(buf, base + off, captured - off, reported - off, origin + off);
    }

    public byte[] toArray(int off, int n) {
        ensure(off, n);
        byte[] out = new byte[n];
        buf.get(base + off, out, 0, n);
        return out;
    }

    public byte[] toArray() {
        return toArray(0, captured);
    }

    /** Copies bytes into {@code dst} without allocating. */
    public void copyTo(int off, byte[] dst, int dstOff, int n) {
        ensure(off, n);
        buf.get(base + off, dst, dstOff, n);
    }

    /** ISO-8859-1 decoding: one char per byte, the way header lines are inspected before charset decisions. */
    public String latin1(int off, int n) {
        return new String(toArray(off, n), StandardCharsets.ISO_8859_1);
    }

    /**
     * The captured bytes from {@code off}, at most {@code n}, as Wireshark's tvb_get_string_enc with ENC_ASCII makes a
     * string value: ASCII bytes as they are, every byte above 0x7f as U+FFFD, and (the value being a C string) nothing
     * from the first NUL on. tshark prints and filters an FT_STRING value such as http.file_data this way.
     */
    public String asciiString(int off, int n) {
        int len = Math.max(0, Math.min(n, remaining(off)));
        int nul = indexOf(off, 0);
        if (nul >= 0 && nul < off + len) {
            len = nul - off;
        }
        byte[] b = toArray(off, len);
        char[] c = null;
        for (int i = 0; i < b.length; i++) {
            if (b[i] < 0) {
                if (c == null) {
                    c = new char[b.length];
                    for (int k = 0; k < i; k++) {
                        c[k] = (char) b[k];
                    }
                }
                c[i] = '\uFFFD';
            } else if (c != null) {
                c[i] = (char) b[i];
            }
        }
        return c == null ? new String(b, StandardCharsets.US_ASCII) : new String(c);
    }

    /** Index of the first {@code b} at or after {@code off} among captured bytes, or -1. */
    public int indexOf(int off, int b) {
        if (b >>> 8 != 0) {
            return -1; // no byte has that value
        }
        int from = Math.max(0, off);
        if (buf.hasArray()) {
            // straight over the array: a scan through ByteBuffer.get pays a bounds check per byte
            byte[] a = buf.array();
            int shift = buf.arrayOffset() + base;
            byte v = (byte) b;
            for (int i = from; i < captured; i++) {
                if (a[shift + i] == v) {
                    return i;
                }
            }
            return -1;
        }
        for (int i = from; i < captured; i++) {
            if ((buf.get(base + i) & 0xff) == b) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Index of the first CR or LF in {@code [off, end)} (clipped to the captured bytes), or -1: the line-end search
     * every text protocol's heuristic runs over whole payloads, binary ones included.
     */
    public int indexOfLineEnd(int off, int end) {
        int from = Math.max(0, off);
        int to = Math.min(end, captured);
        if (buf.hasArray()) {
            byte[] a = buf.array();
            int shift = buf.arrayOffset() + base;
            int i = from;
            // words, not bytes: a payload is mostly binary or long lines, and this scan runs over every one a
            // heuristic is offered (HTTP's on each TCP segment no port claims); a byte loop cost a fifth of the
            // whole Ethernet/IPv4/TCP dissection of bulk data. 32 bytes a step are first tested only for a byte in
            // 0x08-0x0f, where CR and LF lie: text and zero-filled data have none, and that test costs half the
            // exact one, which runs only on a block that has such a byte
            for (; i + 32 <= to; i += 32) {
                int at = shift + i;
                if (nearLineEnd((long) LONGS.get(a, at), (long) LONGS.get(a, at + 8), (long) LONGS.get(a, at + 16),
                        (long) LONGS.get(a, at + 24))) {
                    for (int k = 0; k < 32; k += 8) {
                        long w = (long) LONGS.get(a, at + k);
                        long hits = zeroBytes(w ^ LFS) | zeroBytes(w ^ CRS);
                        if (hits != 0) {
                            return i + k + (Long.numberOfTrailingZeros(hits) >>> 3);
                        }
                    }
                }
            }
            for (; i + 8 <= to; i += 8) {
                long w = (long) LONGS.get(a, shift + i);
                long hits = zeroBytes(w ^ LFS) | zeroBytes(w ^ CRS);
                if (hits != 0) {
                    return i + (Long.numberOfTrailingZeros(hits) >>> 3);
                }
            }
            for (; i < to; i++) {
                byte c = a[shift + i];
                if (c == '\n' || c == '\r') {
                    return i;
                }
            }
            return -1;
        }
        // a direct buffer (a mapped capture's window): the same steps through getLong, its words made little-endian
        // so that the lowest hit is the first byte
        boolean swap = buf.order() == ByteOrder.BIG_ENDIAN;
        int i = from;
        for (; i + 32 <= to; i += 32) {
            int at = base + i;
            if (nearLineEnd(buf.getLong(at), buf.getLong(at + 8), buf.getLong(at + 16), buf.getLong(at + 24))) {
                for (int k = 0; k < 32; k += 8) {
                    long w = buf.getLong(at + k);
                    long hits = zeroBytes(w ^ LFS) | zeroBytes(w ^ CRS);
                    if (hits != 0) {
                        return i + k + (Long.numberOfTrailingZeros(swap ? Long.reverseBytes(hits) : hits) >>> 3);
                    }
                }
            }
        }
        for (; i < to; i++) {
            int c = buf.get(base + i) & 0xff;
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return -1;
    }

    /**
     * tvb_find_line_end's next offset: just past the first CR LF, LF or lone CR at or after {@code off} and before
     * {@code end}, or {@code end} when there is none (a line end is not waited for).
     */
    public int afterLineEnd(int off, int end) {
        int i = indexOfLineEnd(off, end);
        if (i < 0) {
            return end;
        }
        return u8(i) == '\r' && i + 1 < end && u8(i + 1) == '\n' ? i + 2 : i + 1;
    }

    /** Little-endian longs over a byte array: byte i of a word is bits 8i..8i+7, so the lowest hit is the first. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LFS = 0x0a0a0a0a0a0a0a0aL;
    private static final long CRS = 0x0d0d0d0d0d0d0d0dL;
    private static final long LOW7 = 0x7f7f7f7f7f7f7f7fL;

    /**
     * The top bit of each byte of {@code x} that is zero, and no other bit. Exact, unlike the shorter
     * {@code (x - 0x01..) & ~x & 0x80..}, whose borrow can mark a byte above a zero one: no carry crosses a byte here
     * ({@code 0x7f + 0x7f} fits in one).
     */
    static long zeroBytes(long x) {
        return ~(((x & LOW7) + LOW7) | x | LOW7);
    }

    private static final long HIGHS = 0x8080808080808080L;
    private static final long TOP5 = 0xf8f8f8f8f8f8f8f8L;
    private static final long EIGHTS = 0x0808080808080808L;
    private static final long SEVENS8 = 0x7878787878787878L;

    /**
     * Whether a byte of the four words lies in 0x08-0x0f. Such a byte, xor 0x08, has no bit of 0xf8 set: its lane of
     * {@code z} is zero, and stays below 0x80 after adding 0x78 (plus at most a carry from the lane below); any other
     * lane has its top bit set, by {@code z} itself or by the sum (a lane at most 0x78 does not carry out).
     */
    static boolean nearLineEnd(long w0, long w1, long w2, long w3) {
        long z0 = (w0 ^ EIGHTS) & TOP5;
        long z1 = (w1 ^ EIGHTS) & TOP5;
        long z2 = (w2 ^ EIGHTS) & TOP5;
        long z3 = (w3 ^ EIGHTS) & TOP5;
        long all = (z0 + SEVENS8 | z0) & (z1 + SEVENS8 | z1) & (z2 + SEVENS8 | z2) & (z3 + SEVENS8 | z3);
        return (~all & HIGHS) != 0;
    }

    @Override
    public String toString() {
        return "ByteView[" + captured + "/" + reported + "]";
    }
}
