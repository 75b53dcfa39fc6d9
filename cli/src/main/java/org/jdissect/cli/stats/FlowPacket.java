package org.jdissect.cli.stats;

import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldRegistry;
import org.jdissect.output.TimeFormat;
import org.jdissect.output.summary.Columns;
import org.jdissect.output.summary.SummaryLine;

/**
 * What a flow's tap callback reads of the packet being offered: pinfo's addresses and ports, and the Time, Protocol
 * and Info columns, as they stand once the whole packet is dissected (tshark runs its taps after the dissection, with
 * the packet's one packet_info). The columns are computed once a packet, when first asked for.
 */
final class FlowPacket {
    /**
     * The {@code -z flow} address type: {@code standard} sets sequence analysis' any_addr, which takes pinfo's
     * network addresses (net_src, net_dst: IP's, and none for ARP); {@code network} takes pinfo's src and dst, the
     * last layer's that set them (a MAC address for ARP).
     */
    enum Addresses {
        STANDARD, NETWORK
    }

    private final SummaryLine summary;
    private final Addresses addresses;
    private PacketContext ctx;
    private Columns columns;

    FlowPacket(FieldRegistry registry, Addresses addresses, TimeFormat time) {
        this.summary = new SummaryLine(registry, time);
        this.addresses = addresses;
    }

    /** Starts on the next packet offered. */
    FlowPacket of(PacketContext packet) {
        this.ctx = packet;
        this.columns = null;
        return this;
    }

    PacketContext context() {
        return ctx;
    }

    Columns columns() {
        if (columns == null) {
            columns = summary.columns(ctx);
        }
        return columns;
    }

    /** Whether no transport set pinfo's ports (pinfo->ptype == PT_NONE). */
    boolean noPorts() {
        return ctx.portType == null;
    }

    /**
     * sequence_analysis_create_sai_with_addresses and what every flow then fills in: an item with the packet's two
     * addresses of the flow's type and its time, or null when either address is unset (which leaves the packet out).
     */
    FlowItem item(int srcPort, int dstPort, String label, String comment, int conversation) {
        Columns c = columns();
        String src = addresses == Addresses.STANDARD ? c.netSource() : c.source();
        String dst = addresses == Addresses.STANDARD ? c.netDestination() : c.destination();
        if (src.isEmpty() || dst.isEmpty()) {
            return null;
        }
        return new FlowItem(summary.time(), src, dst, srcPort, dstPort, label, comment, conversation);
    }

    /**
     * sequence_analysis_use_col_info_as_label_comment: the Info column over the arrow, "Protocol: Info" as the
     * comment.
     */
    FlowItem columnsItem(int srcPort, int dstPort) {
        Columns c = columns();
        return item(srcPort, dstPort, c.info(), c.protocol() + ": " + c.info(), 0);
    }
}
