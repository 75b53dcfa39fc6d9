package org.jdissect.cli;

/**
 * ICMP (v4) and IPv4 as tshark 4.0.17 dissects them, on packets the dissectors were not written against
 * (testdata/crafted-icmp): echo pairing (matched, unanswered, unsolicited, duplicated, answered from elsewhere),
 * timestamps in echo data, every destination unreachable code, quotes cut short or claiming more than they hold,
 * redirects, time exceeded, parameter problems, RFC 4884 lengths and extension objects (MPLS label stack, interface
 * information, unknown classes, bad lengths, checksums), timestamp, address mask, router discovery and RFC 8335
 * extended echo messages, unknown types and codes, bad checksums, truncated headers; IPv4 options (NOP, EOL, record
 * route, time stamps, source routes, router alert, security, stream ID, unknown, bad lengths), fragments and
 * reassembly (in order, overlapping), TTL 0 and 1, DSCP/ECN values and header checksums; in {@code -V},
 * {@code -T fields} and {@code -T json}.
 */
class IcmpCraftedOracleTest extends CraftedOracleCase {
    private static final CraftedOracle ORACLE = CraftedOracle.of("crafted-icmp", "icmp.pcap");

    @Override
    CraftedOracle oracle() {
        return ORACLE;
    }
}
