package org.jdissect.cli;

import java.io.IOException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * DNS as tshark 4.0.17 dissects it, on messages the dissector was not written against (testdata/crafted-dns): every
 * record type packet-dns.c 4.0 decodes (A to CAA, the rare ones such as LOC, WKS, A6, APL, HIP, the key and
 * transaction types KEY, CERT, IPSECKEY, TKEY, TSIG, and WINS, XPF) with their value names and cut or bogus
 * lengths, the named types it leaves undecoded, OPT options, classes, compression pointers (forward, chained,
 * looping, past the end), odd labels, names too long, truncated messages, flags and rcodes, request/response
 * pairing, retransmissions and unsolicited responses, over UDP/IPv4, UDP/IPv6 and TCP; in {@code -V},
 * {@code -T fields}, {@code -T json} and display filters.
 */
class DnsCraftedOracleTest extends CraftedOracleCase {
    private static final CraftedOracle ORACLE = CraftedOracle.of("crafted-dns", "dns.pcap");

    @Override
    CraftedOracle oracle() {
        return ORACLE;
    }

    /** The record types' fields in display filters (testdata/crafted-dns/filters.txt), EUI-64 literals among them. */
    @Test
    void filtersMatchTsharksFrames() throws IOException {
        ORACLE.filtersMatchTsharksFrames(60);
    }

    /** Odd EDNS options (testdata/crafted-dns/edns.pcap): an unknown code, a length past the record. */
    @Nested
    class Edns extends CraftedOracleCase {
        @Override
        CraftedOracle oracle() {
            return CraftedOracle.of("crafted-dns", "edns.pcap");
        }
    }
}
