package org.jdissect.cli.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldRegistry;
import org.jdissect.api.tree.ProtoNode;

/**
 * {@code -z conv,TYPE[,filter]}, tap-iousers.c over conversation_table.c: one row per conversation (an unordered pair
 * of addresses, with ports for TCP and UDP, and TCP's stream index), its side A the first packet's source; frames and
 * bytes each way, the start relative to the capture's first packet and the duration; rows by total frames, most
 * first, ties in order of appearance.
 */
final class Conversations implements Statistic {
    /** One conversation. */
    private static final class Row {
        final String a;
        final int aPort;
        final String b;
        final int bPort;
        long aToBFrames;
        long aToBBytes;
        long bToAFrames;
        long bToABytes;
        long start;
        long stop;

        Row(AddressKind.Ends e, long time) {
            a = e.src();
            aPort = e.srcPort();
            b = e.dst();
            bPort = e.dstPort();
            start = stop = time;
        }
    }

    /** The lookup key: conv_id and the two ends in a fixed order, so either direction finds the row. */
    private record Key(long convId, String lo, int loPort, String hi, int hiPort) {
        static Key of(AddressKind.Ends e) {
            int c = e.src().compareTo(e.dst());
            boolean srcFirst = c < 0 || (c == 0 && e.srcPort() <= e.dstPort());
            return srcFirst ? new Key(e.convId(), e.src(), e.srcPort(), e.dst(), e.dstPort())
                    : new Key(e.convId(), e.dst(), e.dstPort(), e.src(), e.srcPort());
        }
    }

    private final AddressKind kind;
    private final String filter;
    private final Map<Key, Row> byKey = new HashMap<>();
    private final List<Row> rows = new ArrayList<>();
    private FieldDef relative;

    Conversations(AddressKind kind, String filter) {
        this.kind = kind;
        this.filter = filter;
    }

    @Override
    public Collection<FieldDef> fieldsRead(FieldRegistry registry) {
        List<FieldDef> keep = kind.fields(registry);
        relative = registry.get("frame.time_relative");
        keep.add(relative);
        return keep;
    }

    @Override
    public void packet(PacketContext ctx) {
        long len = ctx.record().originalLength();
        long time = relativeTime(ctx.tree().root(), relative);
        for (AddressKind.Ends e : kind.layers(ctx)) {
            Row r = byKey.get(Key.of(e));
            if (r == null) {
                r = new Row(e, time);
                byKey.put(Key.of(e), r);
                rows.add(r);
            } else if (time > r.stop) {
                r.stop = time;
            } else if (time < r.start) {
                r.start = time;
            }
            if (e.src().equals(r.a) && e.srcPort() == r.aPort) {
                r.aToBFrames++;
                r.aToBBytes += len;
            } else {
                r.bToAFrames++;
                r.bToABytes += len;
            }
        }
    }

    /** The packet's frame.time_relative in nanoseconds (0 when the frame item is not there). */
    static long relativeTime(ProtoNode root, FieldDef relative) {
        ProtoNode frame = root.firstChild();
        if (frame == null || relative == null) {
            return 0;
        }
        for (ProtoNode c = frame.firstChild(); c != null; c = c.next()) {
            if (c.def() == relative) {
                return c.num();
            }
        }
        return 0;
    }

    @Override
    public void draw(StringBuilder out) {
        String indent = kind.hasPorts() ? "            " : "";
        out.append("================================================================================\n");
        out.append(kind.title).append(" Conversations\n");
        out.append("Filter:").append(filter == null ? "<No Filter>" : filter).append('\n');
        out.append(indent).append("                                               |       <-      | |       ->      "
                + "| |     Total     |    Relative    |   Duration   |\n");
        out.append(indent).append("                                               | Frames  Bytes | | Frames  Bytes "
                + "| | Frames  Bytes |      Start     |              |\n");
        for (Row r : Ranking.byFrames(rows, x -> x.aToBFrames + x.bToAFrames)) {
            if (kind.hasPorts()) {
                out.append(Sizes.padRight(r.a + ":" + r.aPort, 26)).append(" <-> ")
                        .append(Sizes.padRight(r.b + ":" + r.bPort, 26));
            } else {
                out.append(Sizes.padRight(r.a, 20)).append(" <-> ").append(Sizes.padRight(r.b, 20));
            }
            out.append("  ").append(Sizes.pad(Long.toString(r.bToAFrames), 6)).append(' ')
                    .append(Sizes.padRight(Sizes.bytes(r.bToABytes), 9));
            out.append("  ").append(Sizes.pad(Long.toString(r.aToBFrames), 6)).append(' ')
                    .append(Sizes.padRight(Sizes.bytes(r.aToBBytes), 9));
            out.append("  ").append(Sizes.pad(Long.toString(r.aToBFrames + r.bToAFrames), 6)).append(' ')
                    .append(Sizes.padRight(Sizes.bytes(r.aToBBytes + r.bToABytes), 9));
            out.append("  ").append(Sizes.fixed(Sizes.seconds(r.start), 14, 9)).append("   ")
                    .append(Sizes.fixed(Sizes.seconds(r.stop) - Sizes.seconds(r.start), 12, 4)).append('\n');
        }
        out.append("================================================================================\n");
    }
}
