package org.jdissect.cli;

import org.junit.jupiter.api.Nested;

/**
 * ICMPv6 Router Advertisements and Neighbor Discovery options (prefix, MTU, route information, RDNSS, DNSSL, link-layer
 * address, bad lengths), redirects (with a redirected packet), multicast router discovery, extended echo, node
 * information queries and replies, Mobile IPv6's home agent discovery and mobile prefix messages, link-layer address
 * options of each length and echo pairing, as tshark 4.0.17 shows them (testdata/icmpv6-nd): -V, -T fields and
 * -T json.
 */
class Icmpv6NdOracleTest {
    @Nested
    class RouterAdvertisements extends CraftedOracleCase {
        @Override
        CraftedOracle oracle() {
            return CraftedOracle.of("icmpv6-nd", "nd.pcap");
        }
    }

    @Nested
    class Redirects extends CraftedOracleCase {
        @Override
        CraftedOracle oracle() {
            return CraftedOracle.of("icmpv6-nd", "redirect.pcap");
        }
    }

    @Nested
    class NodeInformation extends CraftedOracleCase {
        @Override
        CraftedOracle oracle() {
            return CraftedOracle.of("icmpv6-nd", "nodeinfo.pcap");
        }
    }

    @Nested
    class LinkLayerOptionsAndEchoPairing extends CraftedOracleCase {
        @Override
        CraftedOracle oracle() {
            return CraftedOracle.of("icmpv6-nd", "echo-lla.pcap");
        }
    }

    @Nested
    class MobileIpv6 extends CraftedOracleCase {
        @Override
        CraftedOracle oracle() {
            return CraftedOracle.of("icmpv6-nd", "mip6.pcap");
        }
    }
}
