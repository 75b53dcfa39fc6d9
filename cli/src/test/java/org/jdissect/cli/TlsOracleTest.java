package org.jdissect.cli;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * TLS as tshark 4.0.17 shows it without keys (testdata/tls): tls-crafted.pcap's records spanning segments, handshake
 * messages spanning records, every decoded extension with GREASE values and JA3/JA3S, a HelloRetryRequest and TLS 1.3,
 * alerts, heartbeats, unknown records, bad vectors, a cut record, SSLv3 and TLS 1.1, key exchanges by cipher suite and
 * the heuristic on port 8443, SSLv2 records: -V, -T fields and -T json; tls.pcap's real OpenSSL handshakes (TLS
 * 1.1–1.3, RSA, DHE, ECDHE-ECDSA, client certificates with their X.509 trees, resumption, status requests) the same
 * and through their filters (the summary lines are SummaryOracleTest's).
 */
class TlsOracleTest extends CraftedOracleCase {
    private static final CraftedOracle ORACLE = CraftedOracle.of("tls", "tls-crafted.pcap");
    private static final CraftedOracle REAL = CraftedOracle.of("tls", "tls.pcap");
    private static final CraftedOracle MUTANTS = CraftedOracle.of("tls", "tls-mutants.pcap");

    @Override
    CraftedOracle oracle() {
        return ORACLE;
    }

    /** The streams of tls-crafted.pcap with the byte changes a mutation comparison with tshark found differences in. */
    @Test
    void mutatedStreamsAreTsharks() throws IOException {
        MUTANTS.verboseTreeIsTsharks();
        MUTANTS.jsonIsTsharks();
        MUTANTS.fieldsAreTsharks();
    }

    @Test
    void filtersSelectTsharksFrames() throws IOException {
        ORACLE.filtersMatchTsharksFrames("filters.tsv", 42);
    }

    @Test
    void realHandshakesAreTsharks() throws IOException {
        REAL.verboseTreeIsTsharks();
        REAL.jsonIsTsharks();
        REAL.fieldsAreTsharks();
    }

    @Test
    void realHandshakesSelectTsharksFramesByFilter() throws IOException {
        REAL.filtersMatchTsharksFrames("filters-real.tsv", 19);
    }
}
