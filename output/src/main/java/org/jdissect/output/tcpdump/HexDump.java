package org.jdissect.output.tcpdump;

/** print-ascii.c: {@code hex_print}, {@code hex_and_ascii_print} and {@code ascii_print}, byte for byte. */
final class HexDump {
    private HexDump() {
    }

    /** Receives each finished row of a dump with the frame offsets it covers (for annotations). */
    interface RowListener {
        void row(StringBuilder out, int from, int to);
    }

    /**
     * {@code -X}: rows of 16 bytes, hex padded to 40 columns, two spaces, isgraph() ASCII, each row after
     * {@code indent}.
     */
    static void hexAndAscii(StringBuilder out, String indent, byte[] d, int off, int length, RowListener rows) {
        byte[] row = new byte[rowBytes(indent)];
        for (int oset = 0; oset < length; oset += 16) {
            int n = hexAndAsciiRow(row, 0, indent, d, off + oset, Math.min(16, length - oset), oset);
            appendLatin1(out, row, n);
            if (rows != null) {
                rows.row(out, off + oset, off + oset + Math.min(16, length - oset));
            }
        }
    }

    /** The same rows as bytes into {@code dst} from {@code at} (room: {@link #bytesNeeded}); returns the end. */
    static int hexAndAscii(byte[] dst, int at, String indent, byte[] d, int off, int length) {
        for (int oset = 0; oset < length; oset += 16) {
            at = hexAndAsciiRow(dst, at, indent, d, off + oset, Math.min(16, length - oset), oset);
        }
        return at;
    }

    /** {@code -x}: rows of 16 bytes as 8 groups of two, no ASCII, no padding. */
    static void hex(StringBuilder out, String indent, byte[] d, int off, int length, RowListener rows) {
        byte[] row = new byte[rowBytes(indent)];
        for (int i = 0; i < length; i += 16) {
            int n = hexRow(row, 0, indent, d, off + i, Math.min(16, length - i), i);
            appendLatin1(out, row, n);
            if (rows != null) {
                rows.row(out, off + i, off + Math.min(length, i + 16));
            }
        }
    }

    /** The same rows as bytes into {@code dst} from {@code at} (room: {@link #bytesNeeded}); returns the end. */
    static int hex(byte[] dst, int at, String indent, byte[] d, int off, int length) {
        for (int i = 0; i < length; i += 16) {
            at = hexRow(dst, at, indent, d, off + i, Math.min(16, length - i), i);
        }
        return at;
    }

    /** Room the byte forms need for {@code length} bytes of dump. */
    static int bytesNeeded(String indent, int length) {
        return (length / 16 + 1) * rowBytes(indent);
    }

    /** The longest row: indent, "0x" and up to 8 offset digits, ": ", 40 hex columns, two spaces, 16 ASCII. */
    private static int rowBytes(String indent) {
        return indent.length() + 2 + 8 + 2 + 40 + 2 + 16;
    }

    private static final byte[] HEX_BYTES = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** Indent, "0x", the offset as "%04x" (more digits past 0xffff) and ": "; returns the end. */
    private static int prefix(byte[] dst, int at, String indent, int oset) {
        for (int k = 0, ind = indent.length(); k < ind; k++) {
            dst[at++] = (byte) indent.charAt(k);
        }
        dst[at++] = '0';
        dst[at++] = 'x';
        int digits = Math.max(4, (32 - Integer.numberOfLeadingZeros(oset | 1) + 3) / 4);
        for (int k = digits - 1; k >= 0; k--) {
            dst[at++] = HEX_BYTES[(oset >>> (4 * k)) & 15];
        }
        dst[at++] = ':';
        dst[at++] = ' ';
        return at;
    }

    private static int hexAndAsciiRow(byte[] dst, int at, String indent, byte[] d, int from, int n, int oset) {
        at = prefix(dst, at, indent, oset);
        int asc = at + 42;
        if (n == 16) {
            // a full row, nearly every row of -X: pairs without the per-byte tests of the general loop below (which
            // cost -vvXe's printing thread half as much again when C2 did not inline this method into its caller)
            for (int k = 0; k < 16; k += 2) {
                int b = d[from + k] & 0xff;
                int c = d[from + k + 1] & 0xff;
                dst[at] = ' ';
                dst[at + 1] = HEX_BYTES[b >> 4];
                dst[at + 2] = HEX_BYTES[b & 15];
                dst[at + 3] = HEX_BYTES[c >> 4];
                dst[at + 4] = HEX_BYTES[c & 15];
                at += 5;
                dst[asc + k] = graph(b);
                dst[asc + k + 1] = graph(c);
            }
            dst[at++] = ' ';
            dst[at] = ' ';
            return asc + 16;
        }
        for (int k = 0; k < 16; k++) {
            if ((k & 1) == 0) {
                dst[at++] = ' ';
            }
            if (k < n) {
                int b = d[from + k] & 0xff;
                dst[at++] = HEX_BYTES[b >> 4];
                dst[at++] = HEX_BYTES[b & 15];
                dst[asc + k] = graph(b);
            } else {
                dst[at++] = ' ';
                dst[at++] = ' ';
            }
        }
        dst[at++] = ' ';
        dst[at] = ' ';
        return asc + n;
    }

    /** -X's ASCII column: each byte itself when isgraph(), else '.'; a table, as random payload bytes defeat a branch. */
    private static final byte[] GRAPH = new byte[256];

    static {
        for (int b = 0; b < 256; b++) {
            GRAPH[b] = b > 0x20 && b < 0x7f ? (byte) b : (byte) '.';
        }
    }

    /** A byte of -X's ASCII column. */
    private static byte graph(int b) {
        return GRAPH[b];
    }

    private static int hexRow(byte[] dst, int at, String indent, byte[] d, int from, int n, int oset) {
        at = prefix(dst, at, indent, oset);
        for (int j = 0; j < n; j += 2) {
            int b = d[from + j] & 0xff;
            dst[at++] = ' ';
            dst[at++] = HEX_BYTES[b >> 4];
            dst[at++] = HEX_BYTES[b & 15];
            if (j + 1 < n) {
                int c = d[from + j + 1] & 0xff;
                dst[at++] = HEX_BYTES[c >> 4];
                dst[at++] = HEX_BYTES[c & 15];
            }
        }
        return at;
    }

    private static void appendLatin1(StringBuilder out, byte[] b, int n) {
        out.append(new String(b, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    /** {@code -A}: a newline, then printable bytes, tab, LF and space as is, others as '.', CR by tcpdump's rule. */
    static void ascii(StringBuilder out, byte[] d, int off, int length) {
        out.append('\n');
        int left = length;
        int i = off;
        while (left > 0) {
            int s = d[i++] & 0xff;
            left--;
            if (s == '\r') {
                if (left > 1 && (d[i] & 0xff) != '\n') {
                    out.append('.');
                }
            } else if ((s > 0x20 && s < 0x7f) || s == '\t' || s == ' ' || s == '\n') {
                out.append((char) s);
            } else {
                out.append('.');
            }
        }
    }
}
