package org.jdissect.cli.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jdissect.api.bytes.BoundsException;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.dhcp.DhcpModule;
import org.jdissect.dsl.DisplayFilterException;

/**
 * {@code -z dhcp,stat[,filter]} (tap-dhcpstat.c, drawn by tap-simple_stattable.c): one row for each DHCP message type
 * packet-dhcp.c names (option 53's values, in order), counting the messages whose type the dhcp tap handed on: the
 * type its first pass over the options found, so a message malformed later still counts, and one whose type is only
 * in an overloaded header field (shown as BOOTP) does not. A type the table does not name is not counted.
 */
final class DhcpStat implements Statistic {
    private static final String RULE =
            "=====================================================================================================\n";

    private final String filter;
    private final FieldDef dhcp;
    /** What the tree must keep: the DHCP items and the marker of a packet cut short after one. */
    private final List<FieldDef> read;
    /** opt53_text's names, in value order: the rows. */
    private final List<String> names;
    private final long[] counts;

    DhcpStat(String filter, Statistics.Filters filters) throws DisplayFilterException {
        this.filter = filter;
        TreeStatistic.Fields fields = new TreeStatistic.Fields(filters, "dhcp", "dhcp.option.dhcp", "_ws.short");
        dhcp = fields.get("dhcp");
        read = List.of(dhcp, fields.get("_ws.short"));
        names = new ArrayList<>(fields.get("dhcp.option.dhcp").valueNames().values());
        counts = new long[names.size()];
    }

    @Override
    public Collection<FieldDef> fieldsRead() {
        return read;
    }

    @Override
    public void packet(PacketContext ctx) {
        for (ProtoNode n = ctx.tree().root().firstChild(); n != null; n = n.next()) {
            if (dhcp.equals(n.def())) {
                String type = firstPassType(n);
                int i = type == null ? -1 : names.indexOf(type);
                if (i >= 0) {
                    counts[i]++;
                }
            }
        }
    }

    /**
     * The message type packet-dhcp.c's first pass over the options finds (the tap's data), walked again over the
     * message's bytes: the tree shows the options of the second pass, which may differ (an option 53 it never reaches,
     * one only in an overloaded header field). In a packet the capture cut short the walk may run past what was
     * captured, which throws in tshark before the tap is queued.
     */
    private static String firstPassType(ProtoNode layer) {
        boolean cut = false;
        for (ProtoNode n = layer.next(); n != null; n = n.next()) {
            cut |= "_ws.short".equals(n.abbrev());
        }
        try {
            ByteView message = cut ? layer.source().sliceReported(layer.offset(), Integer.MAX_VALUE / 2)
                    : layer.source().slice(layer.offset(), layer.length());
            return DhcpModule.firstPass(message).messageType();
        } catch (BoundsException e) {
            return null;
        }
    }

    @Override
    public void draw(StringBuilder out) {
        out.append('\n').append(RULE);
        out.append("DHCP (BOOTP) Statistics:\n");
        out.append("Filter for statistics: ").append(filter == null ? "" : filter).append('\n');
        out.append("DHCP Message Type |Packets |\n");
        out.append("DHCP Statistics\n");
        for (int i = 0; i < names.size(); i++) {
            out.append(String.format("%-25s |%d |\n", names.get(i), counts[i]));
        }
        out.append(RULE);
    }
}
