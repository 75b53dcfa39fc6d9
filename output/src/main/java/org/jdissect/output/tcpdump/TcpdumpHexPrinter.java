package org.jdissect.output.tcpdump;

import java.io.IOException;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.output.PacketPrinter;

/**
 * The whole frame as tcpdump's {@code -XX} rows, optionally annotated: what {@code -V --annotate} prints after each
 * packet's tree.
 */
public final class TcpdumpHexPrinter implements PacketPrinter {
    private final Appendable out;
    private final Annotator annotator;

    public TcpdumpHexPrinter(Appendable out, boolean annotate, boolean color) {
        this.out = out;
        this.annotator = annotate ? new Annotator(color) : null;
    }

    @Override
    public void packet(PacketContext ctx) throws IOException {
        byte[] data = ctx.record().data().toArray(0, ctx.record().capturedLength());
        StringBuilder sb = new StringBuilder(data.length * 8);
        HexDump.hexAndAscii(sb, "\n\t", data, 0, data.length, annotator == null ? null : annotator.rows(ctx.tree()));
        // the rows start with a newline: drop it so the dump follows the tree directly
        out.append(sb.length() > 0 ? sb.substring(1) : "").append("\n\n");
    }
}
