package org.jdissect.cli;

import java.io.IOException;

/**
 * Cisco's layer-2 control protocols as tshark 4.0.17 shows them (testdata/cisco-l2): DTP with each TLV, wrong
 * lengths, unknown TLVs (a MAC-address field of another length: proto.c's type-length mismatch), truncation; UDLD
 * with every opcode and flag, each TLV kind, the Port ID length quirk, short lengths; the Configuration Test Protocol
 * ("loopback") with forward and reply functions and the skip count; VTP: -V, -T fields and -T json (the summary lines are
 * compared by SummaryOracleTest, -T json -x by JsonRawOracleTest), and the frames filters on their fields select.
 */
class CiscoL2OracleTest extends CraftedOracleCase {
    private static final CraftedOracle ORACLE = CraftedOracle.of("cisco-l2", "cisco-l2.pcap");
    private static final CraftedOracle LAN = CraftedOracle.of("cisco-l2", "cisco-lan.pcap");

    @Override
    CraftedOracle oracle() {
        return ORACLE;
    }

    /**
     * VTP (summary and subset advertisements with VLAN records and their TLVs, requests, joins, bad lengths, records
     * past the message) with loopback, UDLD and DTP frames made for tcpdump's printers (cisco-lan.pcap, built by
     * tcpdump-link's lan.py).
     */
    @org.junit.jupiter.api.Test
    void vtpAndTcpdumpsLanFramesAreTsharks() throws IOException {
        LAN.verboseTreeIsTsharks();
        LAN.jsonIsTsharks();
        LAN.fieldsAreTsharks();
    }

    /** The frames tshark selected with each filter of filters.txt (filters.tsv, made by oracle.sh). */
    @org.junit.jupiter.api.Test
    void filtersSelectTsharksFrames() throws IOException {
        ORACLE.filtersMatchTsharksFrames("filters.tsv", 34);
    }
}
