package org.jdissect.cli;

import java.io.IOException;

/**
 * VXLAN as tshark 4.0.17 shows it (testdata/vxlan): flags of every kind, group policy IDs, VNIs, and the inner frames
 * (ICMP, ARP, a VLAN tag, IPv6, a TCP handshake) whose layers become the packet's columns, and cuts in the VXLAN,
 * inner Ethernet and inner IP headers (a cut Ethernet header leaves the addresses it could read in the columns):
 * -V, -T fields, -T json and the frames filters select (summary lines by SummaryOracleTest, -T json -x by
 * JsonRawOracleTest).
 */
class VxlanOracleTest extends CraftedOracleCase {
    private static final CraftedOracle ORACLE = CraftedOracle.of("vxlan", "vxlan.pcap");

    @Override
    CraftedOracle oracle() {
        return ORACLE;
    }

    /** The frames tshark selected with each filter of filters.txt (filters.tsv, made by oracle.sh). */
    @org.junit.jupiter.api.Test
    void filtersSelectTsharksFrames() throws IOException {
        ORACLE.filtersMatchTsharksFrames("filters.tsv", 15);
    }
}
