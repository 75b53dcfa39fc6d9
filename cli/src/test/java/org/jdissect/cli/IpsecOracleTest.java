package org.jdissect.cli;

/**
 * ESP, AH and ESP through NAT as tshark 4.0.17 shows them without security associations (testdata/crafted-ipsec):
 * SPIs, sequence numbers and their per-SPI analysis, AH in IPv4 and as an IPv6 extension header, cut and odd
 * lengths, UDP port 4500's keepalive and ESP; in {@code -V}, {@code -T fields} and {@code -T json}.
 */
class IpsecOracleTest extends CraftedOracleCase {
    @Override
    CraftedOracle oracle() {
        return CraftedOracle.of("crafted-ipsec", "ipsec.pcap");
    }
}
