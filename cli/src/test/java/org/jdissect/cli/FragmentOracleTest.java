package org.jdissect.cli;

/**
 * IPv4 and IPv6 fragments reassembled as tshark 4.0.17 does (testdata/crafted-frag): overlaps with and without
 * conflicting bytes (the first bytes placed stay), several tails, fragments past the end, copies after completion,
 * the identification packet-ip.c computes (protocol folded in, the VLAN for private addresses), no expiry, and
 * "[Illegal IPv4 fragments]"; in {@code -V}, {@code -T fields} and {@code -T json}.
 */
class FragmentOracleTest extends CraftedOracleCase {
    @Override
    CraftedOracle oracle() {
        return CraftedOracle.of("crafted-frag", "frag.pcap");
    }
}
