package org.jdissect.output.print;

import java.io.IOException;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.output.PacketPrinter;

/** {@code -V}: the protocol tree as {@code tshark -V} lays it out, four spaces a level, a blank line a packet. */
public final class TreePrinter implements PacketPrinter {
    private final Appendable out;
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
     * 16 bytes a row, offsets counted from the data's own start (print.c, print_hex_for_data).
     */
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    /** One row of a data dump: offset, space, 16 × " xx", three spaces, 16 characters; laid out, then appended. */
    private final char[] row = new char[4 + 1 + 48 + 3 + 16];

    private void hexDump(ProtoNode n) {
        int len = Math.min(n.length(), n.source().remaining(n.offset()));
        if (len <= 0) {
            return;
        }
        byte[] b = n.source().toArray(n.offset(), len);
        sb.append('\n');
        char[] r = row;
        r[4] = ' ';
        for (int at = 0; at < len; at += 16) {
            if (at > 0xffff) {
                // more than four offset digits: rare enough for the plain way
                sb.append(Integer.toHexString(at)).append(' ');
            } else {
                r[0] = HEX[(at >> 12) & 15];
                r[1] = HEX[(at >> 8) & 15];
                r[2] = HEX[(at >> 4) & 15];
                r[3] = HEX[at & 15];
            }
            int end = Math.min(len, at + 16);
            int h = 5;
            for (int i = at; i < at + 16; i++) {
                r[h] = ' ';
                if (i < end) {
                    r[h + 1] = HEX[(b[i] >> 4) & 15];
                    r[h + 2] = HEX[b[i] & 15];
                } else {
                    r[h + 1] = ' ';
                    r[h + 2] = ' ';
                }
                h += 3;
            }
            r[h++] = ' ';
            r[h++] = ' ';
            r[h++] = ' ';
            for (int i = at; i < end; i++) {
                int c = b[i] & 0xff;
                r[h++] = c >= 0x20 && c < 0x7f ? (char) c : '.';
            }
            if (at > 0xffff) {
                sb.append(r, 5, h - 5);
            } else {
                sb.append(r, 0, h);
            }
            sb.append('\n');
        }
    }

    private void print(ProtoNode n, int depth) {
        for (ProtoNode c = n.firstChild(); c != null; c = c.next()) {
            if (c.isHidden()) {
                continue;
            }
            for (int i = 0; i < depth; i++) {
                sb.append("    ");
            }
            String label = FieldFormat.formatText(FieldFormat.label(c));
            if (c.isGenerated()) {
                sb.append('[').append(label).append(']');
            } else {
                sb.append(label);
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
