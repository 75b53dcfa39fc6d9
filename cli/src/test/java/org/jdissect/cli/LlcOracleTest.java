package org.jdissect.cli;

import java.io.IOException;

/**
 * IEEE 802.2 LLC as tshark 4.0.17 shows it (testdata/llc): every U-frame modifier as command and response, S and I
 * frames with their two-byte control field, every named SAP, SNAP with encapsulated Ethernet and vendors' PID
 * tables, basic-format XID, RFC 948 IP, the jumbo LLC Ethertype, and headers cut short: -V, -T fields and -T json
 * (the summary lines are compared by SummaryOracleTest, -T json -x by JsonRawOracleTest), and the frames filters on
 * its fields select, among them fields Wireshark registers twice with different types and masks
 * ({@code llc.control.ftype}, {@code llc.control.p}).
 */
class LlcOracleTest extends CraftedOracleCase {
    private static final CraftedOracle ORACLE = CraftedOracle.of("llc", "llc.pcap");
    private static final CraftedOracle STP = CraftedOracle.of("llc", "stp.pcap");
    private static final CraftedOracle MSTP = CraftedOracle.of("llc", "mstp.pcap");
    private static final CraftedOracle BPDU = CraftedOracle.of("llc", "bpdu.pcap");
    private static final CraftedOracle CUT = CraftedOracle.of("llc", "cut.pcap");

    @Override
    CraftedOracle oracle() {
        return ORACLE;
    }

    /**
     * Spanning tree BPDUs on SAP 0x42 (stp.pcap): configuration and rapid spanning tree BPDUs with every flag and
     * port role, a topology change notification, an unknown type, one cut short.
     */
    @org.junit.jupiter.api.Test
    void spanningTreeIsTsharks() throws IOException {
        STP.verboseTreeIsTsharks();
        STP.jsonIsTsharks();
        STP.fieldsAreTsharks();
        // multiple spanning tree (mstp.pcap): configuration identifier (its FT_STRINGZPAD name with bytes after a
        // NUL, full, empty, not ASCII), CIST, MSTI records; -T json -x by JsonRawOracleTest
        MSTP.verboseTreeIsTsharks();
        MSTP.jsonIsTsharks();
        MSTP.fieldsAreTsharks();
    }

    /**
     * The rest of packet-bpdu.c (bpdu.pcap): Cisco's PVST+ with its originating VLAN TLV (present, missing, of a wrong
     * length, unknown types, cut short), the other Cisco PIDs and Ethertype 0x8181 (a trailer after what the BPDU
     * claims), unknown versions, the tests that make an MST BPDU, the MSTI layouts the version 3 length and the
     * format selector imply (bytes, a count of records, the alternative format, none), SPB's version 4 part, BPDUs
     * cut short at several places, and GARP's addresses.
     */
    @org.junit.jupiter.api.Test
    void everyBpduKindIsTsharks() throws IOException {
        BPDU.verboseTreeIsTsharks();
        BPDU.jsonIsTsharks();
        BPDU.fieldsAreTsharks();
        BPDU.filtersMatchTsharksFrames("bpdu-filters.tsv", 37);
    }

    /**
     * Frames the capture cut short (cut.pcap): where packet-ieee8023.c shows its own "[Packet size limited …]" (a
     * payload dissected whole, the padding after a payload that threw) and where the payload's exception is the only
     * one (a BoundsError in a BPDU); LACP cut before its version; a cost printed signed.
     */
    @org.junit.jupiter.api.Test
    void cutFramesAreTsharks() throws IOException {
        CUT.verboseTreeIsTsharks();
        CUT.jsonIsTsharks();
        CUT.fieldsAreTsharks();
    }

    /** The frames tshark selected with each filter of filters.txt (filters.tsv, made by oracle.sh). */
    @org.junit.jupiter.api.Test
    void filtersSelectTsharksFrames() throws IOException {
        ORACLE.filtersMatchTsharksFrames("filters.tsv", 20);
    }
}
