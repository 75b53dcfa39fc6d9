package org.jdissect.cli;

/**
 * TCP and HTTP cut short by a capture's snapshot length (testdata/snaplen, http.pcap): segments not desegmented,
 * retransmissions cut short handed to no one, no payload item without captured payload, HTTP's truncation marker
 * after a message that reaches the end of the capture or a header line cut before its colon: -V, -T fields and
 * -T json as tshark 4.0.17 shows them.
 */
class HttpSnaplenOracleTest extends CraftedOracleCase {
    private static final CraftedOracle ORACLE = CraftedOracle.of("snaplen", "http.pcap");

    @Override
    CraftedOracle oracle() {
        return ORACLE;
    }
}
