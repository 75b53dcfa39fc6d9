package org.jdissect.cli.stats;

import org.jdissect.api.dissect.PacketContext;
import org.jdissect.dsl.DisplayFilterException;

/**
 * {@code -z ip_srcdst,tree[,filter]} and {@code -z ipv6_srcdst,tree[,filter]}: pinfo_stats_tree.c's "Source and
 * Destination Addresses" (ip_srcdst_stats_tree_packet): sources in one branch, always drawn first (ST_FLG_SORT_TOP),
 * destinations in the other, for each event on the version's tap.
 */
final class IpSourceDestination extends TreeStatistic {
    private final String sources;
    private final String destinations;
    private final IpTap tap;
    private final int source;
    private final int destination;

    IpSourceDestination(Statistics.Filters filters, int version) throws DisplayFilterException {
        super("IPv" + version + " Statistics/Source and Destination Addresses", IpTap.fields(filters));
        sources = "Source IPv" + version + " Addresses";
        destinations = "Destination IPv" + version + " Addresses";
        tap = new IpTap(version);
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
        IpTap.NetAddresses a = IpTap.netAddresses(ctx);
        for (int i = 0; i < n; i++) {
            tree.tapped(ms);
            tree.tick(sources, 0, false);
            tree.tick(a.source(), source, false);
            tree.tick(destinations, 0, false);
            tree.tick(a.destination(), destination, false);
        }
    }
}
