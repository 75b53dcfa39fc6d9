package org.jdissect.cli.stats;

import org.jdissect.api.dissect.PacketContext;
import org.jdissect.dsl.DisplayFilterException;

/**
 * {@code -z ptype,tree[,filter]} and {@code -z ipv6_ptype,tree[,filter]}: pinfo_stats_tree.c's "IP Protocol Types",
 * a pivot of the packet's port type (TCP, UDP, NONE…) for each event on the version's tap.
 */
final class IpProtocolTypes extends IpTreeStatistic {
    private static final String TYPES = "IP Protocol Types";

    private final int types;

    IpProtocolTypes(Statistics.Filters filters, int version) throws DisplayFilterException {
        super("IPv" + version + " Statistics/" + TYPES, filters, version);
        types = tree.createPivot(TYPES, 0);
    }

    @Override
    void event(PacketContext ctx) {
        tree.tickPivot(types, IpTap.portType(ctx));
    }
}
