package org.jdissect.cli;

/**
 * TCP and UDP headers quoted by ICMP errors (testdata/crafted-icmp/icmp-quoted.pcap) as tshark 4.0.17 shows them:
 * the raw sequence number at once, no segment length, relative numbers or analysis, while the stream's completeness
 * and times take the quote in; an 8-byte quote ends after the sequence number; a quoted UDP header without payload
 * has no payload item; in {@code -V}, {@code -T fields} and {@code -T json}.
 */
class IcmpQuotedOracleTest extends CraftedOracleCase {
    private static final CraftedOracle ORACLE = CraftedOracle.of("crafted-icmp", "icmp-quoted.pcap");

    @Override
    CraftedOracle oracle() {
        return ORACLE;
    }
}
