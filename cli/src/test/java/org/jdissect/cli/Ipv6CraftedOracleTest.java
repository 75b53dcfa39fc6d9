package org.jdissect.cli;

import org.junit.jupiter.api.Nested;

/**
 * IPv6 payload lengths (0, jumbograms), option placement and Pad1, ICMPv6 checksums and errors (what a quote that
 * ends early shows), and the IP version dispatch of ethertype IPv4, BSD loopback and raw IP, as tshark 4.0.17
 * dissects them (testdata/crafted-ipv6), and TCP quoted by ICMP and ICMPv6 errors inside live connections, in
 * {@code -V}, {@code -T fields} and {@code -T json}.
 */
class Ipv6CraftedOracleTest {
    @Nested
    class Ethernet extends CraftedOracleCase {
        @Override
        CraftedOracle oracle() {
            return CraftedOracle.of("crafted-ipv6", "eth.pcap");
        }
    }

    @Nested
    class Loopback extends CraftedOracleCase {
        @Override
        CraftedOracle oracle() {
            return CraftedOracle.of("crafted-ipv6", "null.pcap");
        }
    }

    @Nested
    class TcpQuotedByErrors extends CraftedOracleCase {
        @Override
        CraftedOracle oracle() {
            return CraftedOracle.of("crafted-ipv6", "quoted.pcap");
        }
    }

    @Nested
    class RawIp extends CraftedOracleCase {
        @Override
        CraftedOracle oracle() {
            return CraftedOracle.of("crafted-ipv6", "raw.pcap");
        }
    }

    /**
     * Extension headers and the Info column (hop-by-hop and destination options name themselves until a protocol
     * above writes), CALIPSO options whole and too short, an unknown routing type, a hop-by-hop header out of place.
     */
    @Nested
    class ExtensionHeaders extends CraftedOracleCase {
        @Override
        CraftedOracle oracle() {
            return CraftedOracle.of("crafted-ipv6", "ext-headers.pcap");
        }
    }

    /**
     * Option lengths: an option longer than its fields (the rest as "Unknown Data"), shorter (read whole, into what
     * follows), Path MTU options, and one longer than its header and the frame.
     */
    /**
     * Cut short and unusual: IPv6 headers under 40 bytes, ICMPv6 messages of 1 to 3 bytes, types and ND options
     * packet-icmpv6.c has no case for, RFC 4884 lengths in ICMPv6 errors, IP in IP through the generic dissector.
     */
    @Nested
    class CutShort extends CraftedOracleCase {
        @Override
        CraftedOracle oracle() {
            return CraftedOracle.of("crafted-ipv6", "cut.pcap");
        }
    }

    @Nested
    class OptionLengths extends CraftedOracleCase {
        @Override
        CraftedOracle oracle() {
            return CraftedOracle.of("crafted-ipv6", "options.pcap");
        }
    }

    /**
     * SLAAC MACs only from interface IDs with the universal/local bit set; an echo reply cut after its identifier
     * (found by differential runs on mutated captures).
     */
    @Nested
    class SlaacAndCutEcho extends CraftedOracleCase {
        @Override
        CraftedOracle oracle() {
            return CraftedOracle.of("crafted-ipv6", "slaac.pcap");
        }
    }
}
