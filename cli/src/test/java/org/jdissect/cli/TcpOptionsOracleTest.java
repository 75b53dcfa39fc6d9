package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * TCP options as tshark 4.0.17 dissects them (testdata/crafted-tcp-options): every option an item valued by its bytes
 * (a protocol in name only), the kinds jdissect dissects (MSS, window scale, SACK with D-SACK, timestamps, echo, CC,
 * TCP-AO, MD5, user timeout, Fast Open, experimental, unknown), bad and bogus lengths, the NOP and EOL rules and the
 * options' expert findings; in {@code -V}, {@code -T json}, {@code -T fields} and display filters. The capture leaves
 * out what jdissect does not dissect as tshark does (MPTCP, SCPS, Quick-Start, Riverbed, Accurate ECN, SACK blocks cut
 * short: see README.md there).
 */
class TcpOptionsOracleTest extends CraftedOracleCase {
    private static final CraftedOracle ORACLE = CraftedOracle.of("crafted-tcp-options", "options.pcap");

    @Override
    CraftedOracle oracle() {
        return ORACLE;
    }

    @Test
    void filtersMatchTsharksFrames() throws IOException {
        ORACLE.filtersMatchTsharksFrames(15);
    }

    /**
     * lying-options.pcap (a case MutationFuzzTest's lazy parity found): a SYN whose first option claims 42 bytes, in a
     * segment the capture cut inside its options, then the connection's later segments. packet-tcp.c's option loop
     * stops at the bogus length without reading the cut bytes, so the SYN's window scaling is settled ("-2"), with a
     * tree or without one; a dissection keeping no option item read them once and threw, leaving it unknown. The
     * lazy dissection's skipped SYN (LazyTreeParityTest takes every capture) and a field list must agree with tshark.
     */
    @Test
    void optionsThatLieAboutTheirLengthEndTheLoopWithOrWithoutATree() throws IOException {
        CraftedOracle lying = CraftedOracle.of("crafted-tcp-options", "lying-options.pcap");
        lying.verboseTreeIsTsharks();
        String fields = CraftedOracle.run("-n", "-r", lying.path().toString(), "-T", "fields", "-e", "frame.number",
                "-e", "tcp.window_size_scalefactor", "-e", "_ws.malformed", "-e", "tcp.analysis.flags");
        assertThat(Golden.firstDifference(lying.read("lying-options.pcap.scale.tsv"), fields)).isEmpty();
        assertThat(fields).contains("2\t-2\t");
    }

    @Test
    void optionsListAsProtocolsInNameOnly() {
        List<String> lines = CraftedOracle.run("fields").lines().toList();
        assertThat(lines).contains("P\tTCP Option - Maximum segment size\ttcp.options.mss",
                "P\tTCP Option - No-Operation (NOP)\ttcp.options.nop", "P\tTCP Option - SACK\ttcp.options.sack",
                "P\tTCP Option - Unknown\ttcp.options.unknown",
                "F\tThe SYN packet does not contain a MSS option\ttcp.options.mss.absent\tFT_NONE\ttcp\t\t0x0\t");
    }
}
