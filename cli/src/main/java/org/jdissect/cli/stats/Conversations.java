package org.jdissect.cli.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldRegistry;
import org.jdissect.api.tree.NsTime;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.output.TimeFormat;
import org.jdissect.output.summary.SummaryLine;

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
        /** frame.time_relative of the earliest and the latest packet (nstime_t: a fuzzed far time overflows nanos). */
        NsTime start;
        NsTime stop;
        /** The arrival of the packet that gave {@link #start}. */
        NsTime startArrival;

        Row(AddressKind.Ends e, NsTime time) {
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

    /** localtime's zone, for the local clock formats (the JVM's when this was made). */
    private final java.time.ZoneId zone = java.time.ZoneId.systemDefault();

    private final AddressKind kind;
    private final String filter;
    private final TimeFormat time;
    private final Map<Key, Row> byKey = new HashMap<>();
    private final List<Row> rows = new ArrayList<>();
    private FieldDef relative;
    private FieldDef epoch;

    Conversations(AddressKind kind, String filter, TimeFormat time) {
        this.kind = kind;
        this.filter = filter;
        this.time = time;
    }

    @Override
    public Collection<FieldDef> fieldsRead(FieldRegistry registry) {
        List<FieldDef> keep = kind.fields(registry);
        relative = registry.get("frame.time_relative");
        keep.add(relative);
        epoch = registry.get("frame.time_epoch");
        if (time == TimeFormat.EPOCH || time.clock()) {
            keep.add(epoch); // the start's arrival as the frame item holds it (a fuzzed record's, as read)
        }
        return keep;
    }

    @Override
    public void packet(PacketContext ctx) {
        long len = ctx.record().originalLength();
        NsTime time = relativeTime(ctx.tree().root(), relative);
        for (AddressKind.Ends e : kind.layers(ctx)) {
            Row r = byKey.get(Key.of(e));
            if (r == null) {
                r = new Row(e, time);
                r.startArrival = SummaryLine.arrival(ctx, epoch);
                byKey.put(Key.of(e), r);
                rows.add(r);
            } else if (compare(time, r.stop) > 0) {
                r.stop = time;
            } else if (compare(time, r.start) < 0) {
                r.start = time;
                r.startArrival = SummaryLine.arrival(ctx, epoch);
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

    private static final NsTime ZERO = new NsTime(0, 0);

    /** The packet's frame.time_relative (zero when the frame item is not there). */
    static NsTime relativeTime(ProtoNode root, FieldDef relative) {
        ProtoNode frame = root.firstChild();
        if (frame == null || relative == null) {
            return ZERO;
        }
        for (ProtoNode c = frame.firstChild(); c != null; c = c.next()) {
            if (c.def() == relative) {
                return NsTime.of(c);
            }
        }
        return ZERO;
    }

    /**
     * nstime_cmp, whose difference of seconds is cast to an int: times 2^31 s or more apart (a fuzzed far date)
     * compare as its 32 bits say.
     */
    private static int compare(NsTime a, NsTime b) {
        return a.secs() != b.secs() ? (int) (a.secs() - b.secs()) : Long.compare(a.nsecs(), b.nsecs());
    }

    /** nstime_to_sec. */
    private static double seconds(NsTime t) {
        return t.secs() + t.nsecs() / 1_000_000_000.0;
    }

    @Override
    public void draw(StringBuilder out) {
        String indent = kind.hasPorts() ? "            " : "";
        out.append("================================================================================\n");
        out.append(kind.title).append(" Conversations\n");
        out.append("Filter:").append(filter == null ? "<No Filter>" : filter).append('\n');
        // tap-iousers.c's headings for the -t in force: a clock time's column counts "Size", not "Bytes"
        String[] start = time.dated() ? new String[] {"| Absolute Date  |", "|     Start      |"}
                : time.clock() ? new String[] {"| Absolute Time  |", "|      Start     |"}
                : time == TimeFormat.EPOCH ? new String[] {"|       Relative       |", "|         Start        |"}
                : new String[] {"|    Relative    |", "|      Start     |"};
        String bytes = time.clock() ? "Size " : "Bytes";
        out.append(indent).append("                                               |       <-      | |       ->      "
                + "| |     Total     ").append(start[0]).append("   Duration   |\n");
        out.append(indent).append("                                               | Frames  ").append(bytes)
                .append(" | | Frames  ").append(bytes).append(" | | Frames  ").append(bytes).append(' ')
                .append(start[1]).append("              |\n");
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
            out.append("  ");
            if (time.clock()) {
                time.appendArrival(out, r.startArrival.secs(), 0, 0, zone);
            } else if (time == TimeFormat.EPOCH) {
                out.append(Sizes.fixed(seconds(r.startArrival), 20, 9));
            } else {
                out.append(Sizes.fixed(seconds(r.start), 14, 9));
            }
            out.append("   ")
                    .append(Sizes.fixed(seconds(r.stop) - seconds(r.start), 12, 4)).append('\n');
        }
        out.append("================================================================================\n");
    }
}
