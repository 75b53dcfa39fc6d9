package org.jdissect.cli;

import org.junit.jupiter.api.Nested;

/**
 * Packets quoted by ICMP errors as tshark 4.0.17 shows them (testdata/crafted-icmp), in {@code -V}, {@code -T fields}
 * and {@code -T json}.
 */
class IcmpQuotedOracleTest {
    /**
     * TCP and UDP headers (icmp-quoted.pcap): the raw sequence number at once, no segment length, relative numbers or
     * analysis, while the stream's completeness and times take the quote in; an 8-byte quote ends after the sequence
     * number; a quoted UDP header without payload has no payload item.
     */
    @Nested
    class Headers extends CraftedOracleCase {
        @Override
        CraftedOracle oracle() {
            return CraftedOracle.of("crafted-icmp", "icmp-quoted.pcap");
        }
    }

    /**
     * DNS and syslog above a quoted UDP datagram (quoted-udp.pcap), by ICMP and ICMPv6: at the top level, ended
     * silently where the quote runs out, no DNS layer before its ID and flags; DNS cut short outside an error.
     */
    /**
     * IPv4, UDP and TCP cut short or odd (v4cut.pcap): TSO total lengths, a UDP header cut in its checksum, a first
     * fragment longer than its frame, TCP's urgent pointer without URG, a SYN-ACK accepting TFO data.
     */
    @Nested
    class CutShort extends CraftedOracleCase {
        @Override
        CraftedOracle oracle() {
            return CraftedOracle.of("crafted-icmp", "v4cut.pcap");
        }
    }

    @Nested
    class UdpPayloads extends CraftedOracleCase {
        @Override
        CraftedOracle oracle() {
            return CraftedOracle.of("crafted-icmp", "quoted-udp.pcap");
        }
    }
}
