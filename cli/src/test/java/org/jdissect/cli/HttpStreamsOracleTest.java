package org.jdissect.cli;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * HTTP whose extent depends on the connection (testdata/http-streams): responses reassembled up to the FIN, no body
 * reassembly at the end of a stream, CONNECT tunnels handed to the target port's protocol, full and response URIs
 * without Host, Basic credentials; -V, -T json, -T fields and display filters as tshark 4.0.17, byte for byte.
 */
class HttpStreamsOracleTest extends CraftedOracleCase {
    private static final CraftedOracle ORACLE = CraftedOracle.of("http-streams", "streams.pcap");

    @Override
    CraftedOracle oracle() {
        return ORACLE;
    }

    @Test
    void filtersMatchTsharksFrames() throws IOException {
        ORACLE.filtersMatchTsharksFrames("filters.tsv", 19);
    }
}
