package org.jdissect.cli;

import java.io.IOException;

/**
 * DHCP and BOOTP as tshark 4.0.17 shows them (testdata/dhcp): a DORA exchange, INFORM, RELEASE, NAK and DECLINE, a
 * relayed exchange with option 82, BOOTP without a message type (with and without the magic cookie), a PXE client,
 * every option of a basic type, edge values (infinite and zero times, a negative offset, padding, empty and unknown
 * options, each client identifier form, FQDN encodings), option overload, a domain search list split over two
 * options, and damaged messages (a header cut short, an option past the end, no End option, a bad cookie, options
 * of the wrong length): -V, -T fields and -T json (the summary lines are compared by SummaryOracleTest, -T json -x
 * by JsonRawOracleTest), and the frames filters on its fields select, the alias {@code bootp} among them.
 */
class DhcpOracleTest extends CraftedOracleCase {
    private static final CraftedOracle ORACLE = CraftedOracle.of("dhcp", "dhcp.pcap");

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
