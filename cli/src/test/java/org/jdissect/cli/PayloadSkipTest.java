package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * TCP does not hand payloads up when everything kept lies at or below TCP (TcpStreams.belowPayload): every value of
 * those fields must be what a run that does dissect the layers above prints (the same field list plus
 * frame.protocols, which turns the skip off), on every bundled capture.
 */
@ExtendWith(InUtc.class)
class PayloadSkipTest {
    private static final List<String> LOWER = List.of("frame.number", "frame.len", "eth.src", "ip.src", "ip.len",
            "ipv6.src", "tcp.stream", "tcp.seq", "tcp.ack", "tcp.nxtseq", "tcp.len", "tcp.flags.str",
            "tcp.analysis.flags", "tcp.analysis.bytes_in_flight", "tcp.window_size", "udp.port",
            "icmp.type");

    static List<String> captures() throws java.io.IOException {
        return PipelineEquivalenceTest.captures().toList();
    }

    private static List<String> fields(String capture, List<String> names) {
        List<String> args = new ArrayList<>(List.of("-r", TestData.capture(capture).toString(), "-T", "fields"));
        for (String n : names) {
            args.add("-e");
            args.add(n);
        }
        int[] rc = new int[1];
        String out = TestData.run(rc, args.toArray(new String[0]));
        assertThat(rc[0]).as(capture).isZero();
        return Arrays.asList(out.split("\n", -1));
    }

    @ParameterizedTest
    @MethodSource("captures")
    void tcpLevelFieldsAreTheSameWithoutTheLayersAbove(String capture) {
        List<String> skipped = fields(capture, LOWER);
        List<String> withAbove = new ArrayList<>(LOWER);
        withAbove.add("frame.protocols");
        List<String> full = fields(capture, withAbove).stream()
                .map(line -> line.isEmpty() ? line : line.substring(0, line.lastIndexOf('\t'))).toList();
        assertThat(skipped).as(capture).isEqualTo(full);
    }

    @Test
    void theLayersAboveAreSkippedOnlyWhenNothingKeptComesFromThem() {
        // http-basic.pcap's HTTP packets: with a TCP-only filter there is no HTTP layer to show, so -T text's top
        // protocol comes from frame.protocols only when it is kept; a filter on an HTTP field still finds them
        int[] rc = new int[1];
        String http = TestData.run(rc, "-r", TestData.capture("http-basic.pcap").toString(), "-T", "fields",
                "-e", "frame.number", "-Y", "http.request.method == \"GET\"");
        assertThat(http.strip()).isNotEmpty();
        String text = TestData.run(rc, "-r", TestData.capture("http-basic.pcap").toString(), "-T", "text",
                "-Y", "tcp.len > 0");
        assertThat(text).contains("HTTP");
    }
}
