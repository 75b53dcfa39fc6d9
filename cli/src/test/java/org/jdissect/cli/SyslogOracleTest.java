package org.jdissect.cli;

import java.io.IOException;

/**
 * Syslog as tshark 4.0.17 shows it (testdata/syslog): RFC 3164 and RFC 5424 messages (timestamps, zones, fractions,
 * NIL values, a BOM), priorities in and out of range, a message ending with a NUL, stray bytes after one, and messages
 * cut short; packet-syslog.c parses the header only when it builds a tree, so a header read past the end is
 * malformed in -V but not on the summary line: -V, -T fields, -T json and the frames filters select (summary lines by
 * SummaryOracleTest, -T json -x by JsonRawOracleTest).
 */
class SyslogOracleTest extends CraftedOracleCase {
    private static final CraftedOracle ORACLE = CraftedOracle.of("syslog", "syslog.pcap");

    @Override
    CraftedOracle oracle() {
        return ORACLE;
    }

    /** The frames tshark selected with each filter of filters.txt (filters.tsv, made by oracle.sh). */
    @org.junit.jupiter.api.Test
    void filtersSelectTsharksFrames() throws IOException {
        ORACLE.filtersMatchTsharksFrames("filters.tsv", 14);
    }
}
