package org.jdissect.cli.stats;

import org.jdissect.api.dissect.PacketContext;
import org.jdissect.dsl.DisplayFilterException;

/**
 * A stats tree on the ip or ipv6 tap (pinfo_stats_tree.c's address and type trees): tshark calls the tree's packet
 * function once for each event the tap queued in the packet (an IP header in IP is two), each stamped with the frame's
 * time.
 */
abstract class IpTreeStatistic extends TreeStatistic {
    private final IpTap tap;

    IpTreeStatistic(String title, Statistics.Filters filters, int version) throws DisplayFilterException {
        super(title, IpTap.fields(filters));
        tap = new IpTap(version);
    }

    @Override
    public final void packet(PacketContext ctx) {
        int n = tap.events(ctx);
        if (n == 0) {
            return;
        }
        double ms = frameMs(ctx);
        for (int i = 0; i < n; i++) {
            tree.tapped(ms);
            event(ctx);
        }
    }

    /** Ticks the tree for one tap event of the packet {@code ctx}. */
    abstract void event(PacketContext ctx);
}
