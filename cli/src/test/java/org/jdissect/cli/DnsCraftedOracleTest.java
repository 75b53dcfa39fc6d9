package org.jdissect.cli;

/**
 * DNS as tshark 4.0.17 dissects it, on messages the dissector was not written against (testdata/crafted-dns): record
 * types A to NSEC and OPT options, classes, compression pointers (forward, chained, looping, past the end), odd
 * labels, names too long, truncated messages, flags and rcodes, request/response pairing, retransmissions and
 * unsolicited responses, over UDP/IPv4, UDP/IPv6 and TCP; in {@code -V}, {@code -T fields} and {@code -T json}.
 */
class DnsCraftedOracleTest extends CraftedOracleCase {
    private static final CraftedOracle ORACLE = CraftedOracle.of("crafted-dns", "dns.pcap");

    @Override
    CraftedOracle oracle() {
        return ORACLE;
    }
}
