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
    private void hexDump(ProtoNode n) {
        int len = Math.min(n.length(), n.source().remaining(n.offset()));
        if (len <= 0) {
            return;
        }
        byte[] b = n.source().toArray(n.offset(), len);
        sb.append('\n');
        for (int row = 0; row < len; row += 16) {
            String off = Integer.toHexString(row);
            for (int i = off.length(); i < 4; i++) {
                sb.append('0');
            }
            sb.append(off).append(' ');
            int end = Math.min(len, row + 16);
            for (int i = row; i < row + 16; i++) {
                if (i < end) {
                    sb.append(' ').append(Character.forDigit(b[i] >> 4 & 15, 16)).append(Character.forDigit(b[i] & 15, 16));
                } else {
                    sb.append("   ");
                }
            }
            sb.append("   ");
            for (int i = row; i < end; i++) {
                int c = b[i] & 0xff;
                sb.append(c >= 0x20 && c < 0x7f ? (char) c : '.');
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
