package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * TCP sequence analysis on streams of the benchmark capture (testdata/fin-data), which the corpus lacks: segments
 * that carry data and the FIN, whose bytes in flight tshark 4.0 counts without the FIN.
 */
class HeldOutTcpAnalysisTest {
    /** A receiver's D-SACK block (RFC 2883): its edges and the "D-SACK Sequence" warning, as tshark shows them. */
    @Test
    void dsackBlockIsFoundAsTsharkFindsIt() throws IOException {
        Path dir = TestData.ROOT.resolve("fin-data");
        List<String> expected = Files.readAllLines(dir.resolve("dsack.pcap.fields.tsv"), StandardCharsets.UTF_8);
        String[] header = expected.get(0).split("\t", -1);
        List<String> actual = TestData.fields(dir.resolve("dsack.pcap"), header);
        assertThat(actual).isEqualTo(expected);
        assertThat(expected.stream().filter(l -> l.contains("D-SACK Sequence")).count()).isEqualTo(1);
    }

    /**
     * A stream of the benchmark capture in which retransmissions leave no bytes in flight: the bytes since the last
     * PSH are counted on, but shown only beside bytes in flight, as tcp_print_sequence_number_analysis shows them.
     */
    @Test
    void pushBytesAreShownOnlyWithBytesInFlight() throws IOException {
        Path dir = TestData.ROOT.resolve("fin-data");
        List<String> expected = Files.readAllLines(dir.resolve("push-after-retrans.pcap.fields.tsv"),
                StandardCharsets.UTF_8);
        String[] header = expected.get(0).split("\t", -1);
        List<String> actual = TestData.fields(dir.resolve("push-after-retrans.pcap"), header);
        assertThat(String.join("\n", actual)).isEqualTo(String.join("\n", expected));
    }

    /**
     * A stream of the million-packet benchmark capture whose sender resends data the receiver had acknowledged:
     * tshark 4.0 tests for a spurious retransmission before the fast-retransmission and out-of-order tests, shows it
     * with a retransmission finding too, and hands its payload to no one (no reassembly, no HTTP).
     */
    @Test
    void spuriousRetransmissionsAreTsharks() throws IOException {
        Path dir = TestData.ROOT.resolve("fin-data");
        String tree = Files.readString(dir.resolve("spurious.pcap.V.txt"), StandardCharsets.UTF_8);
        int[] rc = new int[1];
        String shown = TestData.run(rc, "-r", dir.resolve("spurious.pcap").toString(), "-V");
        assertThat(rc[0]).isZero();
        assertThat(Golden.firstDifference(tree, shown)).as("-V of spurious.pcap").isEmpty();
        assertThat(tree).contains("This frame is a (suspected) spurious retransmission");
    }

    /**
     * Crafted streams (testdata/crafted-tcp): port reuse, window scaling learnt from a lone or option-less SYN or
     * SYN-ACK, conversation completeness when the handshake is partial or missing and after every flag combination,
     * segments shorter than their own header, damaged segments inside streams (damaged.pcap), and Accurate ECN's
     * ACE counter after a handshake that agreed on it (accecn.pcap), a PDU tracked past a segment the capture cut
     * (pdu-tracking.pcap). Every cell as tshark's, and the whole -V tree.
     */
    @ParameterizedTest
    @ValueSource(strings = {"reuse.pcap", "window-scale.pcap", "completeness.pcap", "first-frame.pcap",
        "flag-matrix.pcap", "short-segment.pcap", "bogus-offset.pcap", "damaged.pcap", "accecn.pcap",
        "pdu-tracking.pcap"})
    void craftedStreamStateIsTsharks(String capture) throws IOException {
        Path dir = TestData.ROOT.resolve("crafted-tcp");
        List<String> expected = Files.readAllLines(dir.resolve(capture + ".tcp-state.tsv"), StandardCharsets.UTF_8);
        String[] header = expected.get(0).split("\t", -1);
        List<String> actual = TestData.fields(dir.resolve(capture), header);
        assertThat(String.join("\n", actual)).isEqualTo(String.join("\n", expected));
        String tree = Files.readString(dir.resolve(capture + ".V.txt"), StandardCharsets.UTF_8);
        int[] rc = new int[1];
        String shown = TestData.run(rc, "-r", dir.resolve(capture).toString(), "-V");
        assertThat(rc[0]).isZero();
        assertThat(Golden.firstDifference(tree, shown)).as("-V of " + capture).isEmpty();
    }

    /**
     * Streams whose data segments were cut from the capture (tcpdump's suite): "ACKed segment that wasn't captured" is
     * reported once per gap, as tshark 4.0.17 reports it (its packet-tcp.c), not by every later ACK of the same gap.
     */
    @ParameterizedTest
    @ValueSource(strings = {"resp_1_benchmark-inscope.pcap", "resp_2_inline-inscope.pcap", "resp_3_malicious-inscope.pcap",
        "bgp-4byte-asn-inscope.pcap", "bgp-lu-multiple-labels-inscope.pcap", "of10_p3295-inscope.pcap",
        "of13_ericsson-inscope.pcapng", "pptp-inscope.pcap", "ssh-inscope.pcap", "whois-inscope.pcap"})
    void ackedUnseenIsReportedOncePerGap(String capture) throws IOException {
        List<String> expected = Files.readAllLines(TestData.oracle("fields", "suite-tcp-analysis/" + capture + ".tsv"),
                StandardCharsets.UTF_8);
        String[] header = expected.get(0).split("\t", -1);
        List<String> actual = TestData.fields(TestData.ROOT.resolve("tcpdump-suite/captures").resolve(capture),
                header);
        assertThat(String.join("\n", actual)).isEqualTo(String.join("\n", expected));
    }

    @Test
    void finWithDataIsAnalysedAsTsharkDoes() throws IOException {
        Path dir = TestData.ROOT.resolve("fin-data");
        List<String> expected = Files.readAllLines(dir.resolve("fin-data.pcap.tcp-analysis.tsv"),
                StandardCharsets.UTF_8);
        String[] header = expected.get(0).split("\t", -1);
        List<String> actual = TestData.fields(dir.resolve("fin-data.pcap"), header);
        Set<String> known = TestData.knownProtocols();
        // the oracle has no frame.protocols column: every frame is checked
        assertThat(CoreFieldsOracleTest.compare(header, expected, actual, known)).isEmpty();
        assertThat(expected.stream().filter(l -> l.contains("\t36813\t")).count()).as("FIN+data frames").isPositive();
    }
}
