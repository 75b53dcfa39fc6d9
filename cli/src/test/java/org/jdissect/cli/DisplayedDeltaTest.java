package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * With -Y, frame.time_delta_displayed counts from the previous frame that passed the filter (0 on the first), as
 * tshark's does; frame.time_delta still from the previous frame read.
 */
class DisplayedDeltaTest {
    @Test
    void deltaDisplayedCountsFromFramesThatPassedTheFilter() throws IOException {
        Path dir = TestData.ROOT.resolve("crafted-tcp");
        String expected = Files.readString(dir.resolve("completeness.pcap.syn-displayed.tsv"), StandardCharsets.UTF_8);
        int[] rc = new int[1];
        String actual = TestData.run(rc, "-r", dir.resolve("completeness.pcap").toString(), "-Y", "tcp.flags.syn==1",
                "-T", "fields", "-E", "header=y", "-e", "frame.number", "-e", "frame.time_delta_displayed", "-e",
                "frame.time_delta", "-e", "frame.time_relative");
        assertThat(rc[0]).isZero();
        assertThat(actual).isEqualTo(expected);
        assertThat(expected.lines().skip(1).findFirst().orElseThrow()).contains("\t0.000000000\t");
    }
}
