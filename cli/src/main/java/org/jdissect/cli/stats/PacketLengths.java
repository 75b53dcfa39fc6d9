package org.jdissect.cli.stats;

import org.jdissect.api.dissect.PacketContext;
import org.jdissect.dsl.DisplayFilterException;

/**
 * {@code -z plen,tree[,filter]}: pinfo_stats_tree.c's "Packet Lengths" on the frame tap: every frame's length on the
 * wire in the default ranges of the packet_lengths UAT, with their averages.
 */
final class PacketLengths extends TreeStatistic {
    private static final String LENGTHS = "Packet Lengths";
    private static final String[] RANGES = {"0-19", "20-39", "40-79", "80-159", "160-319", "320-639", "640-1279",
        "1280-2559", "2560-5119", "5120 and greater"};

    PacketLengths(Statistics.Filters filters) throws DisplayFilterException {
        super(LENGTHS, new Fields(filters, TIME_RELATIVE));
        tree.createRangeNode(LENGTHS, 0, RANGES);
    }

    @Override
    public boolean onFrameTap() {
        return true;
    }

    @Override
    public void packet(PacketContext ctx) {
        tree.tapped(frameMs(ctx));
        tree.tick(LENGTHS, 0, false);
        tree.tickRange(LENGTHS, 0, ctx.record().originalLength());
    }
}
