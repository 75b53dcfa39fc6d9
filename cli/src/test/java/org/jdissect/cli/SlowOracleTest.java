package org.jdissect.cli;

import java.io.IOException;

/**
 * IEEE 802.3 Slow Protocols as tshark 4.0.17 shows them (testdata/slow): LACPDUs with every state bit, wrong TLV
 * types and lengths, version 2 TLVs, HP's IRF tail, bytes after the LACPDU left to the Ethernet trailer, Avaya's
 * vLACP, LACPDUs cut short; Marker information and response PDUs with wrong types, lengths and pad; an unknown
 * subtype: -V, -T fields and -T json (the summary lines are compared by SummaryOracleTest, -T json -x by
 * JsonRawOracleTest), and the frames filters on its fields select.
 */
class SlowOracleTest extends CraftedOracleCase {
    private static final CraftedOracle ORACLE = CraftedOracle.of("slow", "slow.pcap");

    @Override
    CraftedOracle oracle() {
        return ORACLE;
    }

    /** The frames tshark selected with each filter of filters.txt (filters.tsv, made by oracle.sh). */
    @org.junit.jupiter.api.Test
    void filtersSelectTsharksFrames() throws IOException {
        ORACLE.filtersMatchTsharksFrames("filters.tsv", 33);
    }
}
