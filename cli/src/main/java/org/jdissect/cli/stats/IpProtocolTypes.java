package org.jdissect.cli.stats;

import org.jdissect.api.dissect.PacketContext;
import org.jdissect.dsl.DisplayFilterException;

/**
 * {@code -z ptype,tree[,filter]} and {@code -z ipv6_ptype,tree[,filter]}: pinfo_stats_tree.c's "IP Protocol Types",
 * a pivot of the packet's port type (TCP, UDP, NONE…) for each event on the version's tap.
 */
final class IpProtocolTypes extends TreeStatistic {
    private static final String TYPES = "IP Protocol Types";

    private final IpTap tap;
    private final int types;

    IpProtocolTypes(Statistics.Filters filters, int version) throws DisplayFilterException {
        super("IPv" + version + " Statistics/" + TYPES, IpTap.fields(filters));
        tap = new IpTap(version);
        types = tree.createPivot(TYPES, 0);
    }

    @Override
    public void packet(PacketContext ctx) {
        int n = tap.events(ctx);
        if (n == 0) {
            return;
        }
        double ms = frameMs(ctx);
        String type = IpTap.portType(ctx);
        for (int i = 0; i < n; i++) {
            tree.tapped(ms);
            tree.tickPivot(types, type);
        }
    }
}
