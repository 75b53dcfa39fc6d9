package org.jdissect.cli;

/**
 * ICMPv6 Router Advertisements and Neighbor Discovery options (prefix, MTU, route information, RDNSS, DNSSL, link-layer
 * address, bad lengths) as tshark 4.0.17 shows them (testdata/icmpv6-nd): -V, -T fields and -T json.
 */
class Icmpv6NdOracleTest extends CraftedOracleCase {
    private static final CraftedOracle ORACLE = CraftedOracle.of("icmpv6-nd", "nd.pcap");

    @Override
    CraftedOracle oracle() {
        return ORACLE;
    }
}
