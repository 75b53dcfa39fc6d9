package org.jdissect.cli;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * WebSocket on connections HTTP upgraded (testdata/websocket): frames across and within segments, masking, control
 * frames, fragmented messages, permessage-deflate; -V, -T json, -T fields and display filters as tshark 4.0.17.
 */
class WebSocketOracleTest extends CraftedOracleCase {
    private static final CraftedOracle ORACLE = CraftedOracle.of("websocket", "websocket.pcap");

    @Override
    CraftedOracle oracle() {
        return ORACLE;
    }

    @Test
    void filtersMatchTsharksFrames() throws IOException {
        ORACLE.filtersMatchTsharksFrames("filters.tsv", 20);
    }
}
