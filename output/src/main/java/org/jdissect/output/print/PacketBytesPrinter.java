package org.jdissect.output.print;

import java.io.IOException;
import java.util.Collection;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;
import org.jdissect.output.PacketPrinter;

/**
 * tshark's {@code -x} (print.c, print_hex_data): each data source of the packet in hex rows, the frame first, then what
 * dissectors made of it (reassembled PDUs, de-chunked bodies); when there is more than one, each under a
 * "Name (N bytes):" line. A blank line ends the packet.
 */
public final class PacketBytesPrinter implements PacketPrinter {
    private final Appendable out;
    private final StringBuilder sb = new StringBuilder(4096);
    private final HexRows rows = new HexRows();

    public PacketBytesPrinter(Appendable out) {
        this.out = out;
    }

    @Override
    public void packet(PacketContext ctx) throws IOException {
        sb.setLength(0);
        int n = ctx.dataSourceCount();
        for (int i = 0; i < n; i++) {
            ByteView src = ctx.dataSource(i);
            int len = src.capturedLength();
            if (n > 1) {
                sb.append(ctx.dataSourceName(i)).append(" (").append(len).append(" byte").append(len == 1 ? "" : "s")
                        .append("):\n");
            }
            if (len == 0) {
                break; // print_hex_data returns at the first empty source
            }
            rows.write(src, 0, len, sb, out);
        }
        sb.append('\n');
        out.append(sb);
    }

    /** The sources come from the whole dissection (reassembly, bodies), so it must run as for a full tree. */
    @Override
    public Collection<FieldDef> fieldsRead() {
        return null;
    }
}
