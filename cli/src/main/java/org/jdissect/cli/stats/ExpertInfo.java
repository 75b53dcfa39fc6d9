package org.jdissect.cli.stats;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.expert.ExpertSeverity;
import org.jdissect.api.tree.ProtoNode;

/**
 * {@code -z expert[,error|warn|note|chat|comment][,filter]} (and {@code jdissect expert}), tap-expert.c: every expert
 * finding at or above the lowest severity asked for, counted by protocol and message in order of first appearance,
 * a section per severity, errors first.
 */
public final class ExpertInfo implements Statistic {
    private static final ExpertSeverity[] ORDER = {ExpertSeverity.ERROR, ExpertSeverity.WARN, ExpertSeverity.NOTE,
        ExpertSeverity.CHAT, ExpertSeverity.COMMENT};

    /** One line of the table: a protocol and message, with how often it was seen. */
    private static final class Entry {
        final String group;
        final String protocol;
        final String summary;
        long frequency;

        Entry(String group, String protocol, String summary) {
            this.group = group;
            this.protocol = protocol;
            this.summary = summary;
        }
    }

    private final ExpertSeverity lowest;
    private final Map<ExpertSeverity, Map<String, Entry>> bySeverity = new EnumMap<>(ExpertSeverity.class);

    /** Counts findings of {@code lowest} severity and above. */
    public ExpertInfo(ExpertSeverity lowest) {
        this.lowest = lowest;
    }

    /**
     * Parses what follows "expert" in a {@code -z} argument, as expert_stat_init: an optional severity word (any
     * case, matched as a prefix, so ",notes" is ",note" followed by "s"), then an optional ",filter".
     */
    static Tap parse(String args, Statistics.Filters filters) throws org.jdissect.dsl.DisplayFilterException {
        ExpertSeverity level = ExpertSeverity.COMMENT;
        String lower = args.toLowerCase(Locale.ROOT);
        for (ExpertSeverity s : ExpertSeverity.values()) {
            String word = "," + s.name().toLowerCase(Locale.ROOT);
            if (lower.startsWith(word)) {
                level = s;
                args = args.substring(word.length());
                break;
            }
        }
        String filter = args.startsWith(",") ? args.substring(1) : null;
        return new Tap(new ExpertInfo(level), Statistics.compile(filter, filters));
    }

    /** The whole tree (fieldsRead's default): findings hang anywhere in it. */
    @Override
    public void packet(PacketContext ctx) {
        addAll(ctx.tree().root());
    }

    /** Counts the findings under {@code root}. */
    public void addAll(ProtoNode root) {
        for (ProtoNode c = root.firstChild(); c != null; c = c.next()) {
            Expert.Item item = Expert.item(c);
            if (item != null) {
                add(item);
            }
            addAll(c);
        }
    }

    private void add(Expert.Item item) {
        ExpertSeverity severity = item.def().severity();
        if (severity.compareTo(lowest) < 0) {
            return;
        }
        bySeverity.computeIfAbsent(severity, s -> new LinkedHashMap<>())
                .computeIfAbsent(item.protocol() + '\0' + item.message(),
                        k -> new Entry(item.def().group().label(), item.protocol(), item.message())).frequency++;
    }

    @Override
    public void draw(StringBuilder sb) {
        for (ExpertSeverity s : ORDER) {
            Map<String, Entry> m = bySeverity.get(s);
            if (m == null || m.isEmpty()) {
                continue;
            }
            long total = 0;
            for (Entry e : m.values()) {
                total += e.frequency;
            }
            sb.append('\n').append(s.plural()).append(" (").append(total).append(")\n");
            sb.append("=============\n");
            sb.append("   Frequency      Group           Protocol  Summary\n");
            for (Entry e : m.values()) {
                sb.append(String.format(Locale.ROOT, "%12d %10s %18s  %s\n", e.frequency, e.group, e.protocol,
                        e.summary));
            }
        }
    }
}
