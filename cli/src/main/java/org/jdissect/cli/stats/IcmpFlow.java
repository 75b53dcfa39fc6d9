package org.jdissect.cli.stats;

import java.util.List;
import org.jdissect.api.field.FieldRegistry;

/**
 * {@code -z flow,icmp} and {@code -z flow,icmpv6} (icmp_seq_analysis_packet, icmpv6_seq_analysis_packet): an item
 * for each echo the icmp (icmpv6) tap is told of, labelled with the columns as the "any" flow is. With no transport
 * ports the arrow's ends show 0 and the message's type * 256 + code instead.
 */
final class IcmpFlow implements FlowKind {
    private final IcmpSrt.Version version;
    private IcmpEchoTap tap;

    IcmpFlow(IcmpSrt.Version version) {
        this.version = version;
    }

    @Override
    public void registry(FieldRegistry registry) {
        tap = new IcmpEchoTap(version, registry);
    }

    @Override
    public void packet(FlowPacket p, List<FlowItem> items) {
        tap.events(p.context(), e -> {
            boolean none = p.noPorts();
            FlowItem item = p.columnsItem(none ? 0 : p.context().srcPort,
                    none ? e.type() * 256 + e.code() : p.context().dstPort);
            if (item != null) {
                items.add(item);
            }
        });
    }
}
