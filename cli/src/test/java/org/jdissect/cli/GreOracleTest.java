package org.jdissect.cli;

/**
 * GRE as tshark 4.0.17 shows it (testdata/crafted-gre): flags and version, checksum verified, key, sequence,
 * source routes, WCCP redirect headers, IPv4/IPv6/Ethernet inside or data inside GRE's item, cut headers, GRE over
 * IPv6 and in UDP; in {@code -V}, {@code -T fields} and {@code -T json}.
 */
class GreOracleTest extends CraftedOracleCase {
    @Override
    CraftedOracle oracle() {
        return CraftedOracle.of("crafted-gre", "gre.pcap");
    }
}
