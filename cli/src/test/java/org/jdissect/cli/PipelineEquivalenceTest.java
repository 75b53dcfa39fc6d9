package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Files are read and dissected on one thread and printed on another (PrintPipeline); every mode must print
 * exactly what the one-thread loop prints, on every bundled capture (the golden tests check the pipelined output
 * against tshark and tcpdump, this one the two loops against each other, including -c and filters). For -V the
 * reading thread renders packets too when printing falls behind (RenderAhead); "alternate" makes it do so for every
 * other packet.
 */
@ExtendWith(InUtc.class)
class PipelineEquivalenceTest {
    private static final List<List<String>> MODES = List.of(
            List.of("-nn"), List.of("-vvXe"), List.of("-V"), List.of("-T", "json"), List.of("-T", "text"),
            List.of("-T", "fields", "-e", "frame.number", "-e", "tcp.seq", "-e", "http.request.uri", "-e", "dns.qry.name"),
            List.of("-Y", "tcp.len > 0 || udp", "-c", "7", "-n"), List.of("-V", "--annotate", "-c", "40"),
            List.of("--count", "-Y", "tcp.flags.syn == 1"));
    @AfterAll
    static void restore() {
        System.clearProperty("jdissect.pipeline");
    }

    static Stream<String> captures() throws IOException {
        try (Stream<Path> s = Files.list(TestData.ROOT.resolve("captures"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.matches(".*\\.(pcap|pcapng|gz)$")).sorted()
                    .toList().stream();
        }
    }

    /** {@code pipeline}: "false" one thread, "true" two, "alternate" two with every other packet rendered ahead. */
    private static String run(String pipeline, List<String> mode, String capture) {
        System.setProperty("jdissect.pipeline", pipeline);
        List<String> args = new ArrayList<>(List.of("-r", TestData.capture(capture).toString()));
        args.addAll(mode);
        int[] rc = new int[1];
        String out = TestData.run(rc, args.toArray(new String[0]));
        return rc[0] + "\n" + out;
    }

    @ParameterizedTest
    @MethodSource("captures")
    void bothLoopsPrintTheSame(String capture) {
        for (List<String> mode : MODES) {
            String one = run("false", mode, capture);
            String two = run("true", mode, capture);
            assertThat(two).as(capture + " " + mode).isEqualTo(one);
            String alternate = run("alternate", mode, capture);
            assertThat(alternate).as(capture + " " + mode + " rendered ahead").isEqualTo(one);
            // 2 KiB windows: the reader reuses a window's memory for later packets as soon as the printing thread is
            // done with those in it (and hands batches over early when a filter rarely matches): nothing may change
            System.setProperty("jdissect.window", "2048");
            try {
                assertThat(run("true", mode, capture)).as(capture + " " + mode + " small windows").isEqualTo(one);
                assertThat(run("alternate", mode, capture)).as(capture + " " + mode + " small windows, ahead")
                        .isEqualTo(one);
            } finally {
                System.clearProperty("jdissect.window");
            }
        }
    }
}
