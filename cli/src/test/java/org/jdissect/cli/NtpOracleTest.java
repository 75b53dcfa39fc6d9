package org.jdissect.cli;

import java.io.IOException;

/**
 * NTP as tshark 4.0.17 shows it (testdata/ntp): time messages of every version, mode and leap indicator, reference
 * IDs of each stratum, timestamps of both eras and the "NULL" time, MACs, extension fields and what packet-ntp.c takes
 * for a MAC instead, control messages' status words, text data and authenticators, private messages' headers, and
 * messages cut short: -V, -T fields and -T json (the summary lines are compared by SummaryOracleTest, -T json -x by
 * JsonRawOracleTest), and the frames filters on its fields select.
 */
class NtpOracleTest extends CraftedOracleCase {
    private static final CraftedOracle ORACLE = CraftedOracle.of("ntp", "ntp.pcap");

    @Override
    CraftedOracle oracle() {
        return ORACLE;
    }

    /** The frames tshark selected with each filter of filters.txt (filters.tsv, made by oracle.sh). */
    @org.junit.jupiter.api.Test
    void filtersSelectTsharksFrames() throws IOException {
        ORACLE.filtersMatchTsharksFrames("filters.tsv", 50);
    }
}
