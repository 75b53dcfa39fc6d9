package org.jdissect.cli;

/**
 * VRRP v2 and v3 as tshark 4.0.17 shows them (testdata/crafted-vrrp): version and type, priorities, authentication
 * types and passwords, intervals, checksums (v3 over the pseudo-header, IPv4 and IPv6), addresses, cut and odd
 * messages; in {@code -V}, {@code -T fields} and {@code -T json}.
 */
class VrrpOracleTest extends CraftedOracleCase {
    @Override
    CraftedOracle oracle() {
        return CraftedOracle.of("crafted-vrrp", "vrrp.pcap");
    }
}
