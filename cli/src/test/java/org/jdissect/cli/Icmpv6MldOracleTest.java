package org.jdissect.cli;

/**
 * ICMPv6 Multicast Listener Query, Report and Done, MLDv1 and the MLDv2 query, whole, malformed and cut short, as
 * tshark 4.0.17 shows them (testdata/icmpv6-mld): -V, -T fields and -T json.
 */
class Icmpv6MldOracleTest extends CraftedOracleCase {
    private static final CraftedOracle ORACLE = CraftedOracle.of("icmpv6-mld", "mld.pcap");

    @Override
    CraftedOracle oracle() {
        return ORACLE;
    }
}
