package org.jdissect.cli;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * HTTP request URIs split into path, query and query parameters, and bytes above 0x7f in HTTP text (U+FFFD in string
 * values, UTF-8 in a line's text), as tshark 4.0.17 shows them (testdata/http-uri): -V, -T json, -T fields and
 * display filters, byte for byte.
 */
class HttpUriOracleTest extends CraftedOracleCase {
    private static final CraftedOracle ORACLE = CraftedOracle.of("http-uri", "uri.pcap");

    @Override
    CraftedOracle oracle() {
        return ORACLE;
    }

    @Test
    void filtersMatchTsharksFrames() throws IOException {
        ORACLE.filtersMatchTsharksFrames(7);
    }
}
