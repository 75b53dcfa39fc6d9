package org.jdissect.cli;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * DNS as tshark 4.0.17 dissects it, on messages the dissector was not written against (testdata/crafted-dns): record
 * types A to NSEC and OPT options, classes, compression pointers (forward, chained, looping, past the end), odd
 * labels, names too long, truncated messages, flags and rcodes, request/response pairing, retransmissions and
 * unsolicited responses, over UDP/IPv4, UDP/IPv6 and TCP; in {@code -V}, {@code -T fields} and {@code -T json}.
 */
@org.junit.jupiter.api.extension.ExtendWith(InUtc.class)
class DnsCraftedOracleTest {
    private static final CraftedOracle ORACLE = CraftedOracle.of("crafted-dns", "dns.pcap");

    @Test
    void verboseTreeIsTsharks() throws IOException {
        ORACLE.verboseTreeIsTsharks();
    }

    @Test
    void fieldsAreTsharks() throws IOException {
        ORACLE.fieldsAreTsharks();
    }

    @Test
    void jsonIsTsharks() throws IOException {
        ORACLE.jsonIsTsharks();
    }
}
