package org.jdissect.cli.stats;

import org.jdissect.api.dissect.PacketContext;
import org.jdissect.dsl.DisplayFilterException;

/**
 * {@code -z ip_srcdst,tree[,filter]} and {@code -z ipv6_srcdst,tree[,filter]}: pinfo_stats_tree.c's "Source and
 * Destination Addresses" (ip_srcdst_stats_tree_packet): source addresses in one branch, always drawn first
 * (ST_FLG_SORT_TOP), destinations in the other.
 */
final class IpSourceDestination extends TreeStatistic {
    private final String sources;
    private final String destinations;
    private final IpTap tap;
    private final int source;
    private final int destination;

    IpSourceDestination(Statistics.Filters filters, int version) throws DisplayFilterException {
        this(IpTap.fields(filters, version), version);
    }

    private IpSourceDestination(Fields fields, int version) {
        super("IPv" + version + " Statistics/Source and Destination Addresses", fields);
        sources = "Source IPv" + version + " Addresses";
        destinations = "Destination IPv" + version + " Addresses";
        tap = new IpTap(fields, version);
        source = tree.createNode(sources, 0, true);
        tree.setFlags(sources, 0, false, StatsTree.SORT_TOP);
        destination = tree.createNode(destinations, 0, true);
        tree.setFlags(destinations, 0, false, StatsTree.NO_EXPAND);
    }

    @Override
    public void packet(PacketContext ctx) {
        int n = tap.events(ctx);
        if (n == 0) {
            return;
        }
        double ms = frameMs(ctx);
        String src = IpTap.address(ctx, true);
        String dst = IpTap.address(ctx, false);
        for (int i = 0; i < n; i++) {
            tree.tapped(ms);
            tree.tick(sources, 0, false);
            tree.tick(src, source, false);
            tree.tick(destinations, 0, false);
            tree.tick(dst, destination, false);
        }
    }
}
