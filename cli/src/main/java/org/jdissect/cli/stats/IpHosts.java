package org.jdissect.cli.stats;

import org.jdissect.api.dissect.PacketContext;
import org.jdissect.dsl.DisplayFilterException;

/**
 * {@code -z ip_hosts,tree[,filter]} and {@code -z ipv6_hosts,tree[,filter]}: pinfo_stats_tree.c's "All Addresses"
 * (ip_hosts_stats_tree_packet): the source and the destination of each event on the version's tap.
 */
final class IpHosts extends TreeStatistic {
    private static final String ALL = "All Addresses";

    private final IpTap tap;
    private final int all;

    IpHosts(Statistics.Filters filters, int version) throws DisplayFilterException {
        super("IPv" + version + " Statistics/" + ALL, IpTap.fields(filters));
        tap = new IpTap(version);
        all = tree.createNode(ALL, 0, true);
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
            tree.tick(ALL, 0, false);
            tree.tick(a.source(), all, false);
            tree.tick(a.destination(), all, false);
        }
    }
}
