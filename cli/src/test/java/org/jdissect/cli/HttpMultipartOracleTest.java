package org.jdissect.cli;

/**
 * MIME multipart HTTP bodies as tshark 4.0.17 shows them (testdata/http-multipart): form-data, mixed parts of every
 * media kind, a nested multipart, preamble and epilogue, every part header, a quoted boundary, an unknown subtype, a
 * missing boundary parameter and a boundary that never occurs: -V, -T fields and -T json (the summary lines are
 * compared by SummaryOracleTest, -T json -x by JsonRawOracleTest).
 */
class HttpMultipartOracleTest extends CraftedOracleCase {
    private static final CraftedOracle ORACLE = CraftedOracle.of("http-multipart", "multipart.pcap");

    @Override
    CraftedOracle oracle() {
        return ORACLE;
    }
}
