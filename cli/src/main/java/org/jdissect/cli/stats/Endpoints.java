package org.jdissect.cli.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldRegistry;

/**
 * {@code -z endpoints,TYPE[,filter]}, tap-endpoints.c: one row per address (with its port for TCP and UDP), the
 * packets and bytes it sent and received; each layer adds its source, then its destination; rows by packets, most
 * first, ties in order of appearance.
 */
final class Endpoints implements Statistic {
    /** One endpoint. */
    private static final class Row {
        final String address;
        final int port;
        long txFrames;
        long txBytes;
        long rxFrames;
        long rxBytes;

        Row(String address, int port) {
            this.address = address;
            this.port = port;
        }
    }

    private record Key(String address, int port) {
    }

    private final AddressKind kind;
    private final String filter;
    private final Map<Key, Row> byKey = new HashMap<>();
    private final List<Row> rows = new ArrayList<>();

    Endpoints(AddressKind kind, String filter) {
        this.kind = kind;
        this.filter = filter;
    }

    @Override
    public Collection<FieldDef> fieldsRead(FieldRegistry registry) {
        return kind.fields(registry);
    }

    @Override
    public void packet(PacketContext ctx) {
        long len = ctx.record().originalLength();
        for (AddressKind.Ends e : kind.layers(ctx)) {
            Row src = row(e.src(), e.srcPort());
            src.txFrames++;
            src.txBytes += len;
            if (kind.countsDestination()) {
                Row dst = row(e.dst(), e.dstPort());
                dst.rxFrames++;
                dst.rxBytes += len;
            }
        }
    }

    private Row row(String address, int port) {
        return byKey.computeIfAbsent(new Key(address, port), k -> {
            Row r = new Row(address, port);
            rows.add(r);
            return r;
        });
    }

    @Override
    public void draw(StringBuilder out) {
        boolean ports = kind.hasPorts();
        out.append("================================================================================\n");
        out.append(kind.title).append(" Endpoints\n");
        out.append("Filter:").append(filter == null ? "<No Filter>" : filter).append('\n');
        out.append("                       |").append(ports ? "  Port  ||" : "")
                .append("  Packets  | |  Bytes  | | Tx Packets | | Tx Bytes | | Rx Packets | | Rx Bytes |\n");
        for (Row r : Ranking.byFrames(rows, x -> x.txFrames + x.rxFrames)) {
            out.append(Sizes.padRight(r.address, 20)).append("      ");
            if (ports) {
                out.append(Sizes.pad(Integer.toString(r.port), 5)).append("     ");
            }
            out.append(Sizes.pad(Long.toString(r.txFrames + r.rxFrames), 6)).append("     ")
                    .append(Sizes.pad(Long.toString(r.txBytes + r.rxBytes), 9)).append("     ")
                    .append(Sizes.pad(Long.toString(r.txFrames), 6)).append("       ")
                    .append(Sizes.pad(Long.toString(r.txBytes), 9)).append("      ")
                    .append(Sizes.pad(Long.toString(r.rxFrames), 6)).append("       ")
                    .append(Sizes.pad(Long.toString(r.rxBytes), 9)).append("   \n");
        }
        out.append("================================================================================\n");
    }
}
