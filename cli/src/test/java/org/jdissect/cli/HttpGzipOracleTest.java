package org.jdissect.cli;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * HTTP bodies with a Content-Encoding as tshark 4.0.17 shows them (testdata/http-gzip): gzip, x-gzip, deflate
 * (zlib-wrapped and raw) and x-deflate inflated after de-chunking, with tvbuff_zlib.c's rules for gzip header fields,
 * unchecked trailers, cut streams (what inflated so far) and data errors (the passes before the error kept, or
 * "Decompression failed" and the coded bytes as data); identity, unknown codings and undecodable br not decoded. In
 * {@code -V}, {@code -T json}, {@code -T fields} and display filters, byte for byte.
 */
class HttpGzipOracleTest extends CraftedOracleCase {
    private static final CraftedOracle ORACLE = CraftedOracle.of("http-gzip", "gzip.pcap");

    @Override
    CraftedOracle oracle() {
        return ORACLE;
    }

    @Test
    void filtersMatchTsharksFrames() throws IOException {
        ORACLE.filtersMatchTsharksFrames(10);
    }
}
