package org.jdissect.cli.stats;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.expert.ExpertSeverity;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.icmp.InErrorPacket;

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

    /**
     * tap-expert.c's listener asks for no tree (TL_REQUIRES_NOTHING): with nothing else reading one, tshark dissects
     * without, and findings a dissector adds only under {@code if (tree)} (TCP's bogus header length) are not made.
     */
    @Override
    public boolean needsProtoTree() {
        return false;
    }

    /** The whole tree (fieldsRead's default): findings hang anywhere in it. */
    @Override
    public void packet(PacketContext ctx) {
        addAll(ctx);
    }

    /**
     * Counts the findings under {@code root} that reach tshark's expert tap: not those made inside the packet an ICMP
     * or ICMPv6 error quotes (tap_queue_packet marks them an error packet's, which tap-expert.c does not ask for),
     * nor proto.c's own notes that expert.c gets no packet for (shown in the tree only).
     */
    public void addAll(PacketContext ctx) {
        // an exception that ended the packet inside a quote left it an error packet: the marker it made is not tapped
        addAll(ctx.tree().root(), false, ctx.get(InErrorPacket.class) != null);
    }

    private void addAll(ProtoNode root, boolean underIcmp, boolean endedInQuote) {
        for (ProtoNode c = root.firstChild(); c != null; c = c.next()) {
            if (underIcmp && c.isProtocol()) {
                continue; // the quoted packet
            }
            if (endedInQuote && c.abbrev() != null && c.abbrev().startsWith("_ws.malformed")) {
                continue;
            }
            Expert.Item item = Expert.item(c);
            if (item != null && !TREE_ONLY.contains(item.def().abbrev())) {
                add(item);
            }
            addAll(c, underIcmp || c.isProtocol() && ("icmp".equals(c.abbrev()) || "icmpv6".equals(c.abbrev())),
                    false);
        }
    }

    /** Findings proto.c adds without a packet_info (expert_add_info(NULL, …)): in the tree, never tapped. */
    private static final java.util.Set<String> TREE_ONLY = java.util.Set.of("_ws.string.trailing_stray_characters");

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
