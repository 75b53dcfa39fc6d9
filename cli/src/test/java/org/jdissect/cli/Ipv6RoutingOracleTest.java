package org.jdissect.cli;

/**
 * Mobile IPv6 (type 2) routing headers and the Info column of IPv6 packets with nothing above them, as tshark 4.0.17
 * shows them (testdata/ipv6-routing): -V, -T fields, -T json and the one-line summary.
 */
class Ipv6RoutingOracleTest extends CraftedOracleCase {
    private static final CraftedOracle ORACLE = CraftedOracle.of("ipv6-routing", "mipv6.pcap");

    @Override
    CraftedOracle oracle() {
        return ORACLE;
    }
}
