package org.jdissect.cli.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldRegistry;
import org.jdissect.dsl.DisplayFilterException;
import org.jdissect.output.TimeFormat;

/**
 * {@code -z flow,NAME,standard|network[,FILTER]} (tap-flow.c): the packets of one sequence analysis (any, tcp, icmp,
 * icmpv6) drawn as a text sequence diagram after the packets, with the addresses of the type asked for.
 */
final class Flow implements Statistic {
    static final String PREFIX = "flow,";

    private final FlowKind kind;
    private final FlowPacket.Addresses addresses;
    /** tshark's {@code -t}, the Time column's format. */
    private final TimeFormat time;
    private final List<FlowItem> items = new ArrayList<>();
    private FlowPacket packet;

    private Flow(FlowKind kind, FlowPacket.Addresses addresses, TimeFormat time) {
        this.time = time;
        this.kind = kind;
        this.addresses = addresses;
    }

    /**
     * Parses a {@code -z} argument that starts with "flow,", as tshark's stat_tap_ui lookup and flow_init do, or
     * returns null when it names no flow jdissect has (then it is no known argument at all).
     */
    static Tap parse(String arg, Statistics.Filters filters, TimeFormat time) throws Statistics.BadArgument {
        String name = null;
        for (String n : FlowKind.NAMES) {
            // the registered names are tried last first: "flow,icmpv6…" is icmpv6's, "flow,icmpx" icmp's
            if (arg.startsWith(PREFIX + n)) {
                name = n;
            }
        }
        if (name == null) {
            return null;
        }
        String rest = arg.substring(PREFIX.length() + name.length());
        FlowPacket.Addresses addresses;
        // flow_arg_mode compares prefixes: ",standardX" is standard, and X, not being a comma, no filter
        if (rest.startsWith(",standard")) {
            addresses = FlowPacket.Addresses.STANDARD;
            rest = rest.substring(",standard".length());
        } else if (rest.startsWith(",network")) {
            addresses = FlowPacket.Addresses.NETWORK;
            rest = rest.substring(",network".length());
        } else {
            throw fail("Invalid address type.");
        }
        String filter = rest.startsWith(",") ? rest.substring(1) : null;
        try {
            return new Tap(new Flow(FlowKind.named(name), addresses, time), Statistics.compile(filter, filters));
        } catch (DisplayFilterException e) {
            throw fail("Error registering tap listener.");
        }
    }

    private static Statistics.BadArgument fail(String message) {
        return new Statistics.BadArgument("flow - " + message);
    }

    @Override
    public Collection<FieldDef> fieldsRead(FieldRegistry registry) {
        packet = new FlowPacket(registry, addresses, time);
        kind.registry(registry);
        return null; // the Protocol and Info columns, and pinfo's addresses, are read off the whole tree
    }

    /**
     * The flows' taps ask for columns, not for a tree (TL_REQUIRES_COLUMNS): a flow without a filter leaves tshark
     * dissecting treeless, and its labels show the Info a summary line shows.
     */
    @Override
    public boolean needsProtoTree() {
        return false;
    }

    @Override
    public boolean onFrameTap() {
        return kind.onFrameTap();
    }

    @Override
    public void packet(PacketContext ctx) {
        kind.packet(packet.of(ctx), items);
    }

    @Override
    public void draw(StringBuilder out) {
        FlowDiagram.draw(items, out);
    }
}
