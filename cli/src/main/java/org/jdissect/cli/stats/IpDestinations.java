package org.jdissect.cli.stats;

import org.jdissect.api.dissect.PacketContext;
import org.jdissect.dsl.DisplayFilterException;

/**
 * {@code -z dests,tree[,filter]} and {@code -z ipv6_dests,tree[,filter]}: pinfo_stats_tree.c's "Destinations and
 * Ports" (ip_dsts_stats_tree_packet): each event on the version's tap ticks the packet's network destination, under
 * it the port type, under that the destination port, all as the packet left them (pinfo->net_dst, ptype, destport).
 */
final class IpDestinations extends IpTreeStatistic {
    private static final String DESTINATIONS = "Destinations and Ports";

    private final int root;

    IpDestinations(Statistics.Filters filters, int version) throws DisplayFilterException {
        super("IPv" + version + " Statistics/" + DESTINATIONS, filters, version);
        root = tree.createNode(DESTINATIONS, 0, true);
    }

    @Override
    void event(PacketContext ctx) {
        tree.tick(DESTINATIONS, 0, false);
        int destination = tree.tick(IpTap.netAddresses(ctx).destination(), root, true);
        int type = tree.tick(IpTap.portType(ctx), destination, true);
        tree.tick(Integer.toString(ctx.dstPort), type, true);
    }
}
