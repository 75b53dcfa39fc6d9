package org.jdissect.output.tcpdump;

/** print-ascii.c: {@code hex_print}, {@code hex_and_ascii_print} and {@code ascii_print}, byte for byte. */
final class HexDump {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private HexDump() {
    }

    /** Receives each finished row of a dump with the frame offsets it covers (for annotations). */
    interface RowListener {
        void row(StringBuilder out, int from, int to);
    }

    /** {@code -X}: rows of 16 bytes, hex padded to 40 columns, two spaces, isgraph() ASCII. */
    static void hexAndAscii(StringBuilder out, String indent, byte[] d, int off, int length, RowListener rows) {
        StringBuilder hex = new StringBuilder(40);
        StringBuilder asc = new StringBuilder(16);
        int oset = 0;
        int rowStart = off;
        for (int i = 0; i < length; i++) {
            int b = d[off + i] & 0xff;
            if ((i & 1) == 0) {
                hex.append(' ');
            }
            hex.append(HEX[b >> 4]).append(HEX[b & 15]);
            asc.append(b > 0x20 && b < 0x7f ? (char) b : '.');
            if (asc.length() == 16 || i == length - 1) {
                out.append(indent).append("0x").append(Pkt.hex4(oset)).append(": ").append(hex);
                for (int k = hex.length(); k < 40; k++) {
                    out.append(' ');
                }
                out.append("  ").append(asc);
                if (rows != null) {
                    rows.row(out, rowStart, off + i + 1);
                }
                hex.setLength(0);
                asc.setLength(0);
                oset += 16;
                rowStart = off + i + 1;
            }
        }
    }

    /** {@code -x}: rows of 16 bytes as 8 groups of two, no ASCII, no padding. */
    static void hex(StringBuilder out, String indent, byte[] d, int off, int length, RowListener rows) {
        int oset = 0;
        for (int i = 0; i < length; i += 16) {
            out.append(indent).append("0x").append(Pkt.hex4(oset)).append(": ");
            int end = Math.min(length, i + 16);
            for (int j = i; j < end; j += 2) {
                int b = d[off + j] & 0xff;
                out.append(' ').append(HEX[b >> 4]).append(HEX[b & 15]);
                if (j + 1 < end) {
                    int c = d[off + j + 1] & 0xff;
                    out.append(HEX[c >> 4]).append(HEX[c & 15]);
                }
            }
            if (rows != null) {
                rows.row(out, off + i, off + end);
            }
            oset += 16;
        }
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
