package org.jdissect.cli.stats;

import java.util.List;
import org.jdissect.api.field.FieldRegistry;

/**
 * One of the sequence analyses tshark registers ({@code register_seq_analysis}) for a protocol jdissect dissects:
 * the tap it listens to and the items its packet function makes of each tap event.
 */
interface FlowKind {
    /** Told, before the first packet, the registry the fields it reads are in. Nothing by default. */
    default void registry(FieldRegistry registry) {
    }

    /** Whether it listens on the frame tap (see {@link Statistic#onFrameTap}). */
    default boolean onFrameTap() {
        return false;
    }

    /** Adds the items of the packet's tap events to {@code items}. */
    void packet(FlowPacket packet, List<FlowItem> items);

    /** The kinds jdissect offers, by name. */
    static FlowKind named(String name) {
        return switch (name) {
            case "any" -> new AnyFlow();
            case "tcp" -> new TcpFlow();
            case "icmp" -> new IcmpFlow(IcmpSrt.Version.V4);
            case "icmpv6" -> new IcmpFlow(IcmpSrt.Version.V6);
            default -> null;
        };
    }

    /** Their names, sorted as tshark's stat_tap_ui list is. */
    List<String> NAMES = List.of("any", "icmp", "icmpv6", "tcp");
}
