package org.jdissect.cli.print;

import java.io.IOException;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;

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
            if (c.hasChildren()) {
                print(c, depth + 1);
            }
        }
    }
}
