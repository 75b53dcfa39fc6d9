package org.jdissect.cli;

import java.io.IOException;

/**
 * LLDP as tshark 4.0.17 shows it (testdata/lldp): switches' and hosts' LLDPDUs, every chassis and port ID subtype,
 * the capabilities, management addresses of each kind, IEEE 802.1 and 802.3 TLVs, unknown types and OUIs, lengths
 * packet-lldp.c refuses, missing, misplaced and repeated mandatory TLVs, the trailer it leaves after the End TLV, and
 * LLDPDUs cut short: -V, -T fields and -T json (the summary lines are compared by SummaryOracleTest, -T json -x by
 * JsonRawOracleTest), and the frames filters on its fields select.
 */
class LldpOracleTest extends CraftedOracleCase {
    private static final CraftedOracle ORACLE = CraftedOracle.of("lldp", "lldp.pcap");

    @Override
    CraftedOracle oracle() {
        return ORACLE;
    }

    /** The frames tshark selected with each filter of filters.txt (filters.tsv, made by oracle.sh). */
    @org.junit.jupiter.api.Test
    void filtersSelectTsharksFrames() throws IOException {
        ORACLE.filtersMatchTsharksFrames("filters.tsv", 30);
    }
}
