package org.jdissect.cli;

/**
 * ARP as tshark 4.0.17 shows it (testdata/arp): duplicate-address detection, gratuitous/probe/announcement, every
 * opcode family, address types and sizes, AX.25 hardware, lying and cut-short packets: -V, -T fields and -T json.
 */
class ArpOracleTest extends CraftedOracleCase {
    private static final CraftedOracle ORACLE = CraftedOracle.of("arp", "arp.pcap");

    @Override
    CraftedOracle oracle() {
        return ORACLE;
    }
}
