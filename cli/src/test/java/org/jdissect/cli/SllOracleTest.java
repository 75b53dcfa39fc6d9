package org.jdissect.cli;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Linux cooked captures v1 and v2 as tshark 4.0.17 shows them (testdata/sll): address lengths, Linux protocol
 * numbers, GRE devices, trailers, cut-short headers: -V, -T fields and -T json of both captures.
 */
class SllOracleTest extends CraftedOracleCase {
    private static final CraftedOracle ORACLE = CraftedOracle.of("sll", "sll.pcap");
    private static final CraftedOracle V2 = CraftedOracle.of("sll", "sll2.pcap");

    @Override
    CraftedOracle oracle() {
        return ORACLE;
    }

    @Test
    void version2IsTsharksToo() throws IOException {
        V2.verboseTreeIsTsharks();
        V2.jsonIsTsharks();
        V2.fieldsAreTsharks();
    }
}
