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
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code -T ek}, {@code -T pdml} and {@code -T psml} (and {@code -T json} on a capture cut short) against tshark
 * 4.0.17: each line of {@code testdata/formats/cases.tsv} (a name, a format, a capture, further arguments) is run as
 * {@code jdissect -n -r CAPTURE -T FORMAT ARGS} and compared byte for byte with what tshark printed
 * ({@code testdata/formats/expected/NAME.FORMAT}, made by its oracle.sh). Only PDML's header differs by the run: its
 * time of day and the path the capture was named by are masked.
 */
@ExtendWith(InUtc.class)
class TsharkFormatsOracleTest {
    private static final Path DIR = TestData.ROOT.resolve("formats");

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve("cases.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            out.add(Arguments.of(cols[0], cols[1], cols[2], Arrays.copyOfRange(cols, 3, cols.length)));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} -T {1}")
    @MethodSource("cases")
    void outputIsTsharks(String name, String format, String capture, String[] args) throws IOException {
        List<String> argv = new ArrayList<>(List.of("-n", "-r", TestData.ROOT.resolve(capture).toString(),
                "-T", format));
        argv.addAll(List.of(args));
        int[] rc = new int[1];
        String out = TestData.run(rc, argv.toArray(new String[0]));
        String expected = Files.readString(DIR.resolve("expected").resolve(name + "." + format),
                StandardCharsets.UTF_8);
        // a capture cut short is a read error, after which the document is ended as tshark ends it
        assertThat(rc[0]).as("exit code").isEqualTo(name.endsWith("-cut") ? ExitCode.READ_ERROR : ExitCode.OK);
        assertThat(Golden.firstDifference(maskRun(expected), maskRun(out)))
                .as("jdissect " + String.join(" ", argv)).isEmpty();
    }

    /** The masked part of PDML's header: capture_file is the capture as named, escaped as XML, as tshark has it. */
    @org.junit.jupiter.api.Test
    void pdmlHeaderNamesTheCaptureAsGiven() {
        String path = TestData.ROOT.resolve("captures/seed-rst.pcap").toString();
        String out = TestData.run(null, "-r", path, "-T", "pdml", "-c", "1");
        assertThat(out.lines().skip(3).findFirst().orElse(""))
                .matches("<pdml version=\"0\" creator=\"wireshark/4\\.0\\.17\" time=\"[A-Z][a-z]{2} [A-Z][a-z]{2} "
                        + "[ 1-3]\\d \\d\\d:\\d\\d:\\d\\d \\d{4}\" capture_file=\""
                        + java.util.regex.Pattern.quote(path) + "\">");
    }

    /** PDML's header with the time of the run and the capture's path made constant; other text as it is. */
    static String maskRun(String text) {
        return text.replaceFirst("(<pdml [^>]*) time=\"[^\"]*\" capture_file=\"[^\"]*\">",
                "$1 time=\"…\" capture_file=\"…\">");
    }
}
