package org.jdissect.output.print;

import java.io.IOException;
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

    public TreePrinter(Appendable out) {
        this.out = out;
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

    static {
        for (int c = 0; c < 256; c++) {
            TEXT[c] = (byte) (c >= 0x20 && c < 0x7f ? c : '.');
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
            } else {
                label(c);
            }
            sb.append('\n');
            if (c.source() != null && "data".equals(c.abbrev())) {
                hexDump(c);
            }
            if (c.hasChildren()) {
                print(c, depth + 1);
            }
        }
    }
}
