package org.jdissect.cli.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.NsTime;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dsl.DisplayFilterException;

/**
 * A {@code NAME,tree} statistic (ui/cli/tap-stats_tree.c): a {@link StatsTree} ticked by the packets of its tap, drawn
 * as tshark's table. Subclasses read their tap's data from the tree, each tap event stamped with the frame's time.
 */
abstract class TreeStatistic implements Statistic {
    /** The fields a statistic reads, looked up in the CLI's registry by name. */
    static final class Fields {
        private final List<FieldDef> defs = new ArrayList<>();

        /** The registry's definitions of {@code abbrevs}, as a filter naming them would find them. */
        Fields(Statistics.Filters filters, String... abbrevs) throws DisplayFilterException {
            String all = String.join(" || ", abbrevs);
            Collection<FieldDef> found = filters.compile(all).fields();
            for (String a : abbrevs) {
                FieldDef d = found.stream().filter(f -> f.abbrev().equals(a)).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no field " + a));
                defs.add(d);
            }
        }

        /** The definition of a field named when these were made. */
        FieldDef get(String abbrev) {
            for (FieldDef d : defs) {
                if (d.abbrev().equals(abbrev)) {
                    return d;
                }
            }
            throw new IllegalArgumentException("field not looked up: " + abbrev);
        }

        List<FieldDef> all() {
            return defs;
        }
    }

    /** The abbreviation of the frame's time since the first frame, which every tree statistic reads. */
    static final String TIME_RELATIVE = "frame.time_relative";

    final StatsTree tree;
    private final FieldDef timeRelative;
    private final List<FieldDef> read;

    /**
     * A tree titled {@code title} whose statistic reads the fields of {@code fields} (frame.time_relative among them).
     */
    TreeStatistic(String title, Fields fields) {
        this.tree = new StatsTree(title);
        this.timeRelative = fields.get(TIME_RELATIVE);
        this.read = List.copyOf(fields.all());
    }

    @Override
    public Collection<FieldDef> fieldsRead() {
        return read;
    }

    /**
     * The frame's time since the first frame, in ms (pinfo->rel_ts through nstime_to_msec), which stamps each tap
     * event. A record's odd time keeps its seconds and nanoseconds apart, as nstime_delta made them.
     */
    final double frameMs(PacketContext ctx) {
        ProtoNode t = ctx.tree().root().find(timeRelative);
        if (t == null) {
            return 0;
        }
        if (t.obj() instanceof NsTime ns) {
            return StatsTree.msec(ns.secs(), ns.nsecs());
        }
        long v = t.num();
        return StatsTree.msec(v / 1_000_000_000L, v % 1_000_000_000L);
    }

    @Override
    public final void draw(StringBuilder out) {
        tree.draw(out);
    }
}
