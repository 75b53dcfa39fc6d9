package org.jdissect.cli.stats;

import org.jdissect.api.dissect.PacketContext;
import org.jdissect.dsl.DisplayFilterException;

/**
 * {@code -z ptype,tree[,filter]} and {@code -z ipv6_ptype,tree[,filter]}: pinfo_stats_tree.c's "IP Protocol Types"
 * (a pivot of port_type_to_str(pinfo->ptype): TCP, UDP, NONE…).
 */
final class IpProtocolTypes extends TreeStatistic {
    private final IpTap tap;
    private final int types;

    IpProtocolTypes(Statistics.Filters filters, int version) throws DisplayFilterException {
        this(IpTap.fields(filters, version), version);
    }

    private IpProtocolTypes(Fields fields, int version) {
        super("IPv" + version + " Statistics/IP Protocol Types", fields);
        tap = new IpTap(fields, version);
        types = tree.createPivot("IPv" + version + " Statistics/IP Protocol Types", 0);
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
