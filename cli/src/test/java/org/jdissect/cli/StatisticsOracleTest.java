package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code -z} statistics against tshark 4.0.17: each line of {@code testdata/stats/cases-*.tsv} (a name, a capture, the
 * arguments) is run as {@code jdissect ARGS -r CAPTURE} and compared byte for byte with what
 * {@code tshark -n ARGS -r CAPTURE} printed ({@code testdata/stats/expected/NAME.txt}, made by its oracle.sh).
 */
class StatisticsOracleTest {
    private static final Path DIR = TestData.ROOT.resolve("stats");

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.getFileName().toString().matches("cases-.*\\.tsv")).sorted().toList();
        }
        for (Path f : files) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cols = line.split("\t");
                out.add(Arguments.of(cols[0], cols[1], Arrays.copyOfRange(cols, 2, cols.length)));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void statisticsEqualTsharks(String name, String capture, String[] args) throws IOException {
        List<String> argv = new ArrayList<>(List.of(args));
        argv.add("-r");
        argv.add(TestData.ROOT.resolve(capture).toString());
        int[] rc = new int[1];
        String out = TestData.run(rc, argv.toArray(new String[0]));
        String expected = Files.readString(DIR.resolve("expected").resolve(name + ".txt"), StandardCharsets.UTF_8);
        // a capture cut short is a read error, after which the statistics of what was read are drawn, as tshark does
        assertThat(rc[0]).as("exit code").isEqualTo(name.endsWith("-cut") ? ExitCode.READ_ERROR : ExitCode.OK);
        assertThat(Golden.firstDifference(expected, out)).as("jdissect " + String.join(" ", argv)).isEmpty();
    }

    @Test
    void anUnknownStatisticIsAUsageError() {
        int[] rc = new int[1];
        TestData.run(rc, "-q", "-z", "io,nonesuch", "-r", TestData.capture("http-basic.pcap").toString());
        assertThat(rc[0]).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void aBadStatisticFilterIsAUsageError() {
        int[] rc = new int[1];
        TestData.run(rc, "-q", "-z", "io,phs,ip.nonesuch == 1", "-r",
                TestData.capture("http-basic.pcap").toString());
        assertThat(rc[0]).isEqualTo(ExitCode.USAGE);
    }
}
