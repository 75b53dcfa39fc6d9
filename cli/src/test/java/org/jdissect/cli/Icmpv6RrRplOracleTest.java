package org.jdissect.cli;

/**
 * ICMPv6 Router Renumbering (commands with match- and use-prefix parts, results, sequence number resets) and RPL
 * Control (DIS, DIO, DAO, DAO-ACK, consistency checks, P2P-DRO and -DRO-ACK, secure variants, every RPL option,
 * DAG metric objects, unknown and over-long options), whole, malformed and cut short, as tshark 4.0.17 shows them
 * (testdata/icmpv6-rr-rpl): -V, -T fields and -T json (summary lines by SummaryOracleTest).
 */
class Icmpv6RrRplOracleTest extends CraftedOracleCase {
    private static final CraftedOracle ORACLE = CraftedOracle.of("icmpv6-rr-rpl", "rr-rpl.pcap");

    @Override
    CraftedOracle oracle() {
        return ORACLE;
    }
}
