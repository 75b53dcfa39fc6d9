package org.jdissect.cli;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Unusual HTTP first lines and headers (testdata/http-lines): methods, notifications, tokens split at spaces, short
 * and long status codes, headers ended by a line without a colon, invalid header names, a leading CR LF, Cookie
 * pairs; -V, -T json, -T fields and display filters as tshark 4.0.17, byte for byte.
 */
class HttpLinesOracleTest extends CraftedOracleCase {
    private static final CraftedOracle ORACLE = CraftedOracle.of("http-lines", "lines.pcap");

    @Override
    CraftedOracle oracle() {
        return ORACLE;
    }

    @Test
    void filtersMatchTsharksFrames() throws IOException {
        ORACLE.filtersMatchTsharksFrames("filters.tsv", 20);
    }
}
