package org.jdissect.cli;

import java.io.IOException;

/**
 * CDP as tshark 4.0.17 shows it (testdata/cdp): a switch's, a phone's and an access point's announcements, every TLV
 * packet-cdp.c decodes, addresses of each kind and cut lists, the checksum verified (CDP's odd-length padding, wrong
 * ones), the Port ID length quirk, strings with line ends, NULs and stray bytes, voice VLAN TLVs read past their
 * end, and bad TLV lengths: -V, -T fields and -T json (the summary lines are compared by SummaryOracleTest, -T json -x
 * by JsonRawOracleTest), and the frames filters on its fields select.
 */
class CdpOracleTest extends CraftedOracleCase {
    private static final CraftedOracle ORACLE = CraftedOracle.of("cdp", "cdp.pcap");
    private static final CraftedOracle END = CraftedOracle.of("cdp", "cdp-end.pcap");

    @Override
    CraftedOracle oracle() {
        return ORACLE;
    }

    /**
     * A TLV of each kind ending the message too short for what packet-cdp.c reads of it (cdp-end.pcap): -V shows the
     * exceptions; the summary lines (SummaryOracleTest) show only those of the TLVs read outside {@code if (tree)}.
     */
    @org.junit.jupiter.api.Test
    void tlvsCutAtTheEndAreTsharks() throws IOException {
        END.verboseTreeIsTsharks();
        END.jsonIsTsharks();
        END.fieldsAreTsharks();
    }

    /** The frames tshark selected with each filter of filters.txt (filters.tsv, made by oracle.sh). */
    @org.junit.jupiter.api.Test
    void filtersSelectTsharksFrames() throws IOException {
        ORACLE.filtersMatchTsharksFrames("filters.tsv", 35);
    }
}
