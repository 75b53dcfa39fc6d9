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
}
