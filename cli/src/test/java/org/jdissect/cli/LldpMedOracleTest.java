package org.jdissect.cli;

/**
 * LLDP-MED (TIA-1057) TLVs as tshark 4.0.17 shows them (testdata/lldp/lldp-med.pcap): capabilities, network policies,
 * coordinate, civic address and ELIN locations, extended power, inventory, and the lengths packet-lldp.c finds too
 * short: -V, -T fields and -T json (the summary lines are compared by SummaryOracleTest, -T json -x, where the
 * coordinates are FT_UINT40 and the inventory strings FT_STRINGZPAD, by JsonRawOracleTest).
 */
class LldpMedOracleTest extends CraftedOracleCase {
    private static final CraftedOracle ORACLE = CraftedOracle.of("lldp", "lldp-med.pcap");

    @Override
    CraftedOracle oracle() {
        return ORACLE;
    }
}
