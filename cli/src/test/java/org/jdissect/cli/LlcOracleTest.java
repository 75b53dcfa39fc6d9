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

    /** The frames tshark selected with each filter of filters.txt (filters.tsv, made by oracle.sh). */
    @org.junit.jupiter.api.Test
    void filtersSelectTsharksFrames() throws IOException {
        ORACLE.filtersMatchTsharksFrames("filters.tsv", 20);
    }
}
