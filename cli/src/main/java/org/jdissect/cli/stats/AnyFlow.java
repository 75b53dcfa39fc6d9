package org.jdissect.cli.stats;

import java.util.List;

/**
 * {@code -z flow,any} (packet-frame.c's "All Flows"): an item for every frame, on the frame tap, labelled with its
 * Info column, its ports whatever set pinfo's last (the ports an ICMP error quotes, for one: the error's addresses are
 * restored after its quote, its ports are not).
 */
final class AnyFlow implements FlowKind {
    @Override
    public boolean onFrameTap() {
        return true;
    }

    @Override
    public void packet(FlowPacket p, List<FlowItem> items) {
        FlowItem item = p.columnsItem(p.context().srcPort, p.context().dstPort);
        if (item != null) {
            items.add(item);
        }
    }
}
