package org.jdissect.cli.stats;

import org.jdissect.api.dissect.PacketContext;
import org.jdissect.dsl.DisplayFilterException;

/**
 * {@code -z ip_srcdst,tree[,filter]} and {@code -z ipv6_srcdst,tree[,filter]}: pinfo_stats_tree.c's "Source and
 * Destination Addresses" (ip_srcdst_stats_tree_packet): sources in one branch, always drawn first (ST_FLG_SORT_TOP),
 * destinations in the other, for each event on the version's tap.
 */
final class IpSourceDestination extends IpTreeStatistic {
    private final String sources;
    private final String destinations;
    private final int source;
    private final int destination;

    IpSourceDestination(Statistics.Filters filters, int version) throws DisplayFilterException {
        super("IPv" + version + " Statistics/Source and Destination Addresses", filters, version);
        sources = "Source IPv" + version + " Addresses";
        destinations = "Destination IPv" + version + " Addresses";
        source = tree.createNode(sources, 0, true);
        tree.setFlags(sources, 0, false, StatsTree.SORT_TOP);
        destination = tree.createNode(destinations, 0, true);
        tree.setFlags(destinations, 0, false, StatsTree.NO_EXPAND);
    }

    @Override
    void event(PacketContext ctx) {
        IpTap.NetAddresses a = IpTap.netAddresses(ctx);
        tree.tick(sources, 0, false);
        tree.tick(a.source(), source, false);
        tree.tick(destinations, 0, false);
        tree.tick(a.destination(), destination, false);
    }
}
