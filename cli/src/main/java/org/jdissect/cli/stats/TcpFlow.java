package org.jdissect.cli.stats;

import java.util.List;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.tcp.TcpModule;

/**
 * {@code -z flow,tcp} (packet-tcp.c's tcp_seq_analysis_packet): an item for each tcp tap event, labelled with the
 * segment's flags and its length when it has one, the comment its sequence (and acknowledgment) number, relative as
 * the tree shows them, and its conversation the stream index. The addresses and ports are pinfo's, as they stand
 * after the packet.
 */
final class TcpFlow implements FlowKind {
    private static final int ACK = 0x10;

    @Override
    public void packet(FlowPacket p, List<FlowItem> items) {
        for (ProtoNode tcp : AddressKind.TCP.tappedLayers(p.context())) {
            int flags = (int) num(tcp, "tcp.flags");
            ProtoNode len = AddressKind.child(tcp, "tcp.len"); // only when the segment has a length (th_have_seglen)
            String label = TcpModule.flagNames(flags)
                    + (len != null && len.num() != 0 ? " - Len: " + len.num() : "");
            String comment = "Seq = " + num(tcp, "tcp.seq")
                    + ((flags & ACK) != 0 ? " Ack = " + num(tcp, "tcp.ack") : "");
            FlowItem item = p.item(p.context().srcPort, p.context().dstPort, label, comment,
                    (int) num(tcp, "tcp.stream"));
            if (item != null) {
                items.add(item);
            }
        }
    }

    private static long num(ProtoNode layer, String abbrev) {
        ProtoNode n = AddressKind.child(layer, abbrev);
        return n == null ? 0 : n.num();
    }
}
