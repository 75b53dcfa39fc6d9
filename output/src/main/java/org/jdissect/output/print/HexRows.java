package org.jdissect.output.print;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.output.AsciiSink;

/**
 * Wireshark's print_hex_data_buffer: 16 bytes a row, an offset counted from the buffer's start, the bytes in hex,
 * three spaces, the printable ones as text. What tshark -V prints under an undissected "Data (N bytes)" item and
 * what its -x prints for each data source. Most of a -V run's text on bulk transfers, so the rows are laid out as
 * bytes, and go to an {@link AsciiSink} as bytes. One instance per printer (it reuses its buffers).
 */
final class HexRows {
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    /**
     * The text column's byte for each byte value, looked up rather than tested: a binary body's bytes are random, and
     * a branch on "printable?" was mispredicted often enough to be a third of -V's hex dumping.
     */
    private static final byte[] TEXT = new byte[256];
    /** " xx " for each byte value, little-endian, for {@link #INT}. */
    private static final int[] SPACED_HEX = new int[256];
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    static {
        for (int c = 0; c < 256; c++) {
            TEXT[c] = (byte) (c >= 0x20 && c < 0x7f ? c : '.');
            SPACED_HEX[c] = ' ' | HEX[c >> 4] << 8 | HEX[c & 15] << 16 | ' ' << 24;
        }
    }
    /** Room for the rows of one dump, and for the bytes dumped, reused. */
    private byte[] dump = new byte[8192];
    private byte[] data = new byte[2048];

    /**
     * Writes the rows of {@code len} bytes of {@code src} from {@code off} (nothing when {@code len} is not
     * positive): to {@code out} directly when it takes ASCII bytes (after flushing {@code sb} to it), else appended to
     * {@code sb}.
     */
    void write(ByteView src, int off, int len, StringBuilder sb, Appendable out) throws IOException {
        if (len <= 0) {
            return;
        }
        if (data.length < len) {
            data = new byte[Math.max(len, 2 * data.length)];
        }
        byte[] b = data;
        src.copyTo(off, b, 0, len);
        // a row: up to 8 offset digits, a space, 16 × " xx", three spaces, 16 characters, a newline
        int need = (len / 16 + 1) * (8 + 1 + 48 + 3 + 16 + 1);
        if (dump.length < need) {
            dump = new byte[need];
        }
        byte[] r = dump;
        int h = 0;
        // one offset width for the whole dump, as Wireshark's print_hex_data_buffer: four digits, or as many as the
        // last offset of a larger source needs (a 200 KB body's rows are 00000, 00010…)
        int top = Math.max(12, (31 - Integer.numberOfLeadingZeros(len - 1)) & ~3);
        for (int at = 0; at < len; at += 16) {
            for (int shift = top; shift >= 0; shift -= 4) {
                r[h++] = HEX[(at >> shift) & 15];
            }
            r[h++] = ' ';
            int end = Math.min(len, at + 16);
            int text = h + 48 + 3;
            if (end - at == 16) {
                // a whole row: " xx" and the space after it as one int a byte, each write's space overwritten by the
                // next (a third less time than byte stores; bodies of binary downloads are nearly all whole rows)
                for (int k = 0; k < 16; k++) {
                    int c = b[at + k] & 0xff;
                    INT.set(r, h + 3 * k, SPACED_HEX[c]);
                    r[text + k] = TEXT[c];
                }
                r[h + 48] = ' ';
                r[h + 49] = ' ';
                r[h + 50] = ' ';
                h = text + 16;
                r[h++] = '\n';
                continue;
            }
            for (int i = at; i < end; i++) {
                int c = b[i] & 0xff;
                r[h] = ' ';
                r[h + 1] = HEX[c >> 4];
                r[h + 2] = HEX[c & 15];
                h += 3;
                r[text++] = TEXT[c];
            }
            for (int i = end; i < at + 16 + 1; i++) {
                r[h] = ' '; // the missing bytes of a short last row, then the three spaces before the text
                r[h + 1] = ' ';
                r[h + 2] = ' ';
                h += 3;
            }
            h = text;
            r[h++] = '\n';
        }
        if (out instanceof AsciiSink sink) {
            out.append(sb);
            sb.setLength(0);
            sink.writeAscii(r, 0, h);
        } else {
            for (int i = 0; i < h; i++) {
                sb.append((char) r[i]);
            }
        }
    }
}
