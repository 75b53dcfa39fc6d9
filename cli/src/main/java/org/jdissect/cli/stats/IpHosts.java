package org.jdissect.cli.stats;

import org.jdissect.api.dissect.PacketContext;
import org.jdissect.dsl.DisplayFilterException;

/**
 * {@code -z ip_hosts,tree[,filter]} and {@code -z ipv6_hosts,tree[,filter]}: pinfo_stats_tree.c's "All Addresses"
 * (ip_hosts_stats_tree_packet): each address of each IP header, source and destination alike.
 */
final class IpHosts extends TreeStatistic {
    private final String title;
    private final IpTap tap;
    private final int all;

    IpHosts(Statistics.Filters filters, int version) throws DisplayFilterException {
        this(IpTap.fields(filters, version), version);
    }

    private IpHosts(Fields fields, int version) {
        this(fields, version, "IPv" + version + " Statistics/All Addresses");
    }

    private IpHosts(Fields fields, int version, String title) {
        super(title, fields);
        this.title = title;
        tap = new IpTap(fields, version);
        all = tree.createNode(title, 0, true);
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
            tree.tick(title, 0, false);
            tree.tick(src, all, false);
            tree.tick(dst, all, false);
        }
    }
}
