package org.jdissect.output.print;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldRegistry;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.output.PacketPrinter;

/** One line per packet: number, relative time, addresses, top protocol, length. */
public final class SummaryPrinter implements PacketPrinter {
    private final Appendable out;
    private final StringBuilder sb = new StringBuilder(128);
    /** frame.time_relative, the one field read from the tree (null in a registry without the frame protocol). */
    private final FieldDef relative;

    /** What the line reads: frame.time_relative, and the protocol list, which names every protocol dissected. */
    private final List<FieldDef> read;

    public SummaryPrinter(Appendable out, FieldRegistry registry) {
        this.out = out;
        this.relative = registry.find("frame.time_relative").orElse(null);
        List<FieldDef> r = new java.util.ArrayList<>(registry.protocols());
        if (relative != null) {
            r.add(relative);
        }
        this.read = List.copyOf(r);
    }

    @Override
    public Collection<FieldDef> fieldsRead() {
        // the protocols too: a tree keeping only lower-layer fields would otherwise leave the layers above
        // undissected (TCP hands payloads up only when something kept may come from there)
        return read;
    }

    @Override
    public void packet(PacketContext ctx) throws IOException {
        ProtoNode rel = relative == null ? null : ctx.tree().find(relative);
        String protos = ctx.protocolsText();
        String top = protos.substring(protos.lastIndexOf(':') + 1).toUpperCase(java.util.Locale.ROOT);
        String src = "";
        String dst = "";
        if (ctx.netVersion == 4) {
            src = FieldFormat.ipv4(ctx.src4);
            dst = FieldFormat.ipv4(ctx.dst4);
        } else if (ctx.netVersion == 6 && ctx.src6 != null && ctx.dst6 != null) {
            src = FieldFormat.ipv6(ctx.src6.toArray());
            dst = FieldFormat.ipv6(ctx.dst6.toArray());
        }
        if (ctx.srcPort != 0 || ctx.dstPort != 0) {
            src += "." + ctx.srcPort;
            dst += "." + ctx.dstPort;
        }
        // built by hand, not String.format: this runs once a packet
        sb.setLength(0);
        String num = Long.toString(ctx.frameNumber());
        for (int i = num.length(); i < 5; i++) {
            sb.append(' ');
        }
        sb.append(num).append(' ').append(rel == null ? "" : FieldFormat.value(rel)).append(' ').append(src)
                .append(" -> ").append(dst).append(' ').append(top).append(' ')
                .append(ctx.record().originalLength()).append(System.lineSeparator());
        out.append(sb);
    }
}
