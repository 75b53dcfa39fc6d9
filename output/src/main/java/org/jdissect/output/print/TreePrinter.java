package org.jdissect.output.print;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.output.AsciiSink;
import org.jdissect.output.PacketPrinter;

/** {@code -V}: the protocol tree as {@code tshark -V} lays it out, four spaces a level, a blank line a packet. */
public final class TreePrinter implements PacketPrinter {
    private final Appendable out;
    /** Only ever holds one-byte characters (see {@link #label}), so appending to it stays cheap. */
    private final StringBuilder sb = new StringBuilder(4096);

    /** tshark's -O: top-level items whose subtrees are printed; null for all. */
    private final java.util.Set<String> expandOnly;

    public TreePrinter(Appendable out) {
        this(out, null);
    }

    /** As tshark {@code -V -O PROTOCOLS}: only the top-level items named in {@code expandOnly} show what is below. */
    public TreePrinter(Appendable out, java.util.Set<String> expandOnly) {
        this.out = out;
        this.expandOnly = expandOnly;
    }

    @Override
    public void packet(PacketContext ctx) throws IOException {
        sb.setLength(0);
        print(ctx.tree().root(), 0);
        sb.append('\n');
        out.append(sb);
    }

    /**
     * tshark -V (without -x) dumps the bytes of undissected data under its "Data (N bytes)" line: a blank line, then
     * 16 bytes a row, offsets counted from the data's own start (print.c, print_hex_for_data). Most of a -V run's
     * text on bulk transfers, so the rows are laid out as bytes, and go to an {@link AsciiSink} as bytes.
     */
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

    private void hexDump(ProtoNode n) throws IOException {
        int len = Math.min(n.length(), n.source().remaining(n.offset()));
        if (len <= 0) {
            return;
        }
        if (data.length < len) {
            data = new byte[Math.max(len, 2 * data.length)];
        }
        byte[] b = data;
        n.source().copyTo(n.offset(), b, 0, len);
        // a row: up to 8 offset digits, a space, 16 × " xx", three spaces, 16 characters, a newline
        int need = 1 + (len / 16 + 1) * (8 + 1 + 48 + 3 + 16 + 1);
        if (dump.length < need) {
            dump = new byte[need];
        }
        byte[] r = dump;
        int h = 0;
        r[h++] = '\n';
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

    /** A text line's label written from its bytes (most of a text body's -V), or false to make the label. */
    private boolean textOfBytes(ProtoNode c) {
        int len = c.length();
        if (c.appended() != null || len > FieldFormat.MAX_LABEL || c.source().remaining(c.offset()) < len) {
            return false;
        }
        if (data.length < len) {
            data = new byte[Math.max(len, 2 * data.length)];
        }
        c.source().copyTo(c.offset(), data, 0, len);
        return FieldFormat.appendFormattedText(sb, data, 0, len);
    }

    /**
     * The label, kept out of the builder when it has a character above U+00FF (an ellipsis, packet text): what the
     * builder holds so far goes out first, then the label on its own.
     */
    private void label(ProtoNode c) throws IOException {
        String wide = FieldFormat.appendTreeLabel(sb, c);
        if (wide != null) {
            out.append(sb);
            sb.setLength(0);
            out.append(wide);
        }
    }

    /** Four spaces a level, made once for the depths trees have (one copy per line instead of one per level). */
    private static final String[] INDENTS = new String[16];

    static {
        for (int d = 0; d < INDENTS.length; d++) {
            INDENTS[d] = "    ".repeat(d);
        }
    }

    private void print(ProtoNode n, int depth) throws IOException {
        for (ProtoNode c = n.firstChild(); c != null; c = c.next()) {
            if (c.isHidden()) {
                continue;
            }
            if (depth < INDENTS.length) {
                sb.append(INDENTS[depth]);
            } else {
                for (int i = 0; i < depth; i++) {
                    sb.append("    ");
                }
            }
            if (c.isGenerated()) {
                sb.append('[');
                label(c);
                sb.append(']');
            } else if (!c.isTextOfBytes() || !textOfBytes(c)) {
                label(c);
            }
            sb.append('\n');
            if (depth == 0 && expandOnly != null && !expandOnly.contains(c.abbrev() == null ? "text" : c.abbrev())) {
                // print.c tests -O before the data's hex dump and the subtree, on the first level only
                continue;
            }
            if (c.isProtocol() && c.source() != null && "data".equals(c.abbrev())) {
                hexDump(c);
            }
            if (c.hasChildren()) {
                print(c, depth + 1);
            }
        }
    }
}
