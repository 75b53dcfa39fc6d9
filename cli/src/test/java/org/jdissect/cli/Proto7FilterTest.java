package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Display filters on IPv6, UDP, ICMP, ICMPv6, ARP and DNS fields (values, existence, generated pairing fields)
 * select the frames tshark 4.0.17 selects on the corpus captures (testdata/filter-cases/proto7.tsv).
 */
class Proto7FilterTest {
    static Stream<Arguments> cases() throws IOException {
        return Files.readAllLines(TestData.ROOT.resolve("filter-cases").resolve("proto7.tsv"), StandardCharsets.UTF_8)
                .stream().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", -1))
                .map(c -> Arguments.of(c[0], c[1], c[2]));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void filterSelectsTsharksFrames(String capture, String filter, String frames) {
        int[] rc = new int[1];
        String out = TestData.run(rc, "-r", TestData.capture(capture).toString(), "-Y", filter, "-T", "fields", "-e",
                "frame.number");
        assertThat(rc[0]).as("exit code").isZero();
        assertThat(out.lines().collect(Collectors.joining(","))).isEqualTo(frames);
    }
}
