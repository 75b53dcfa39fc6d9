package org.jdissect.cli;

import java.io.IOException;

/**
 * IGMP as tshark 4.0.17 shows it (testdata/igmp): version 0 messages, v1/v2/v3 queries told apart by length and
 * code, max response codes and QQICs in their exponential forms, S and QRV, v2 reports and leaves, v3 reports with
 * every record type, aux data and many sources, bad checksums (v1/v2 checksummed over 8 bytes only), unknown types,
 * multicast traceroute queries, requests and responses, RGMP, MSNIP and MRDISC (and the same types sent where their
 * dissectors refuse them), and messages cut short or cut by the snapshot length at many offsets: -V, -T fields, -T json and the frames filters select (summary lines by SummaryOracleTest, -T json -x by
 * JsonRawOracleTest).
 */
class IgmpOracleTest extends CraftedOracleCase {
    private static final CraftedOracle ORACLE = CraftedOracle.of("igmp", "igmp.pcap");

    @Override
    CraftedOracle oracle() {
        return ORACLE;
    }

    /** The frames tshark selected with each filter of filters.txt (filters.tsv, made by oracle.sh). */
    @org.junit.jupiter.api.Test
    void filtersSelectTsharksFrames() throws IOException {
        ORACLE.filtersMatchTsharksFrames("filters.tsv", 40);
    }
}
