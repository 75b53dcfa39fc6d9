package org.jdissect.cli.stats;

/**
 * One arrow of a flow diagram, sequence_analysis.h's seq_analysis_item_t as tshark prints it: the packet's time (its
 * Time column text), the two addresses as address_to_display shows them (with -n, the plain address), the ports
 * (uint16, as the item keeps them), the label above the arrow, the comment right of the diagram, and the conversation
 * (uint16 too: the TCP flow's stream index).
 */
record FlowItem(String time, String src, String dst, int srcPort, int dstPort, String label, String comment,
                int conversation) {
    FlowItem {
        srcPort &= 0xffff;
        dstPort &= 0xffff;
        conversation &= 0xffff;
    }
}
