package org.jdissect.cli;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * NetBIOS Name Service, UDP port 137 (testdata/nbns): queries and responses, registration, refresh, release, WACK,
 * node status, scope ids, illegal names, records that lie about their lengths and cut packets; -V, -T json,
 * -T fields and display filters as tshark 4.0.17.
 */
class NbnsOracleTest extends CraftedOracleCase {
    private static final CraftedOracle ORACLE = CraftedOracle.of("nbns", "nbns.pcap");

    @Override
    CraftedOracle oracle() {
        return ORACLE;
    }

    @Test
    void filtersMatchTsharksFrames() throws IOException {
        ORACLE.filtersMatchTsharksFrames("filters.tsv", 17);
    }
}
