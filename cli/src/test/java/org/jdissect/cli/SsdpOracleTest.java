package org.jdissect.cli;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * SSDP, HTTP over UDP port 1900 (testdata/ssdp): M-SEARCH, answers, NOTIFY, numbering per UDP conversation; -V,
 * -T json, -T fields and display filters as tshark 4.0.17.
 */
class SsdpOracleTest extends CraftedOracleCase {
    private static final CraftedOracle ORACLE = CraftedOracle.of("ssdp", "ssdp.pcap");

    @Override
    CraftedOracle oracle() {
        return ORACLE;
    }

    @Test
    void filtersMatchTsharksFrames() throws IOException {
        ORACLE.filtersMatchTsharksFrames("filters.tsv", 10);
    }
}
