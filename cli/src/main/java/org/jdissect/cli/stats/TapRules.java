package org.jdissect.cli.stats;

import org.jdissect.api.dissect.PacketContext;

/** When Wireshark's dissectors queue their taps, for followers outside this package. */
public final class TapRules {
    private TapRules() {
    }

    /**
     * Whether dissect_tcp queued its taps (the tcp tap and the TCP follower's) for this packet: a TCP header at the
     * top of the tree (not one an ICMP error quotes) whose dissection got past its options.
     */
    public static boolean tcpTapped(PacketContext ctx) {
        return !AddressKind.TCP.layers(ctx).isEmpty();
    }

    /**
     * The source and destination address of the packet's own UDP datagram as pinfo has them (IPv6 takes them from a
     * Home Address option and a routing header's final hop), or null when the udp tap is not queued for it.
     */
    public static String[] udpAddresses(PacketContext ctx) {
        java.util.List<AddressKind.Ends> ends = AddressKind.UDP.layers(ctx);
        return ends.isEmpty() ? null : new String[] {ends.get(0).src(), ends.get(0).dst()};
    }
}
