package org.jdissect.output.print;

import java.io.IOException;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.output.PacketPrinter;

/** {@code -V}: the protocol tree as {@code tshark -V} lays it out, four spaces a level, a blank line a packet. */
public final class TreePrinter implements PacketPrinter {
    private final Appendable out;
    /** Only ever holds one-byte characters (see {@link #label}), so appending to it stays cheap. */
    private final StringBuilder sb = new StringBuilder(4096);

    /** tshark's -O: top-level items whose subtrees are printed; null for all. */
    private final java.util.Set<String> expandOnly;
    /** Whether undissected data shows its bytes (not with tshark's -x, which prints all the packet's bytes after). */
    private final boolean dataBytes;

    public TreePrinter(Appendable out) {
        this(out, null, true);
    }

    /**
     * As tshark {@code -V -O PROTOCOLS}: only the top-level items named in {@code expandOnly} (null: all) show what is
     * below; {@code dataBytes} false as with {@code -x}, where a "Data" item's bytes are not dumped under it.
     */
    public TreePrinter(Appendable out, java.util.Set<String> expandOnly, boolean dataBytes) {
        this.out = out;
        this.expandOnly = expandOnly;
        this.dataBytes = dataBytes;
    }

    @Override
    public void packet(PacketContext ctx) throws IOException {
        sb.setLength(0);
        print(ctx.tree().root(), 0);
        sb.append('\n');
        out.append(sb);
    }

    /** tshark -V (without -x) dumps the bytes of undissected data under its "Data (N bytes)" line, after a blank one. */
    private final HexRows rows = new HexRows();
    /** A text item's bytes, for {@link #textOfBytes}, reused. */
    private byte[] data = new byte[2048];

    private void hexDump(ProtoNode n) throws IOException {
        int len = Math.min(n.length(), n.source().remaining(n.offset()));
        if (len <= 0) {
            return;
        }
        sb.append('\n');
        rows.write(n.source(), n.offset(), len, sb, out);
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
    /** Levels of four spaces in print.c's widest indent (MAX_INDENT, 160 spaces). */
    private static final int MAX_INDENT_LEVELS = 40;

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
                // print.c's print_line_text indents at most MAX_INDENT (160) spaces: deeper levels line up there
                for (int i = 0; i < Math.min(depth, MAX_INDENT_LEVELS); i++) {
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
            if (dataBytes && c.isProtocol() && c.source() != null && "data".equals(c.abbrev())) {
                hexDump(c);
            }
            if (c.hasChildren()) {
                print(c, depth + 1);
            }
        }
    }
}
