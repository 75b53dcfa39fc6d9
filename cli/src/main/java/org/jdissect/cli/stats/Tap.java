package org.jdissect.cli.stats;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldRegistry;
import org.jdissect.dissectors.icmp.InErrorPacket;
import org.jdissect.dsl.CompiledFilter;

/** A statistic behind its {@code -z} filter (register_tap_listener's fstring): it counts only the packets that match. */
public record Tap(Statistic statistic, CompiledFilter filter) {
    /** Offers a dissected packet. */
    public void packet(PacketContext ctx) {
        if (statistic.onFrameTap() && ctx.get(InErrorPacket.class) != null) {
            return;
        }
        if (filter == null || filter.test(ctx.tree())) {
            statistic.packet(ctx);
        }
    }

    /** Whether tshark builds a tree for this listener: its statistic needs one, or it has a filter to test. */
    public boolean needsProtoTree() {
        return filter != null || statistic.needsProtoTree();
    }

    /** What the statistic and its filter read; null for the whole tree. */
    public Collection<FieldDef> fieldsRead(FieldRegistry registry) {
        Collection<FieldDef> own = statistic.fieldsRead(registry);
        if (own == null || filter == null) {
            return own;
        }
        Set<FieldDef> both = new LinkedHashSet<>(own);
        both.addAll(filter.fields());
        return both;
    }
}
