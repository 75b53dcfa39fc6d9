package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tshark's {@code -2}: what the second pass shows is compared with tshark in testdata/stats/cases-twopass.tsv; these
 * are the command's own rules around it.
 */
class TwoPassCliTest {
    private static String[] run(String... args) {
        return GlossaryOptionTest.run(args);
    }

    @Test
    void standardInputCannotBeReadTwice() {
        String[] r = run("-2", "-r", "-", "-V");
        assertThat(r[0]).isEqualTo(Integer.toString(ExitCode.USAGE));
        assertThat(r[1]).isEmpty();
        assertThat(r[2]).contains("can't read pipe or FIFO files in two-pass mode");
    }

    @Test
    void aSinglePassKnowsNothingAhead() {
        String keepalive = TestData.capture("http-keepalive.pcap").toString();
        String one = run("-V", "-r", keepalive)[1];
        String two = run("-2", "-V", "-r", keepalive)[1];
        assertThat(one).doesNotContain("[Response in frame: ").doesNotContain("[Next request in frame: ");
        assertThat(two).contains("[Response in frame: 6]").contains("[Next request in frame: 8]");
        // the same packets, and nothing of the first pass printed
        assertThat(two.lines().filter(l -> l.startsWith("Frame ")).count())
                .isEqualTo(one.lines().filter(l -> l.startsWith("Frame ")).count());
    }

    @Test
    void theWrittenFileHoldsEachPacketOnce(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("requests.pcap");
        String[] r = run("-2", "-Y", "http.response_in", "-w", out.toString(), "-r",
                TestData.capture("http-keepalive.pcap").toString());
        assertThat(r[0]).isEqualTo("0");
        // only the requests know their response, and only in the second pass
        String[] back = run("-T", "fields", "-e", "http.request.method", "-r", out.toString());
        assertThat(back[1].lines()).containsExactly("GET", "GET", "GET");
        assertThat(Files.size(out)).isPositive();
    }

    @Test
    void aFileCutShortIsReportedAsInOnePass(@TempDir Path dir) throws Exception {
        byte[] whole = Files.readAllBytes(TestData.capture("http-keepalive.pcap"));
        Path cut = dir.resolve("cut.pcap");
        Files.write(cut, Arrays.copyOf(whole, whole.length - 30));
        String[] one = run("-V", "-r", cut.toString());
        String[] two = run("-2", "-V", "-r", cut.toString());
        assertThat(two[0]).isEqualTo(one[0]).isEqualTo(Integer.toString(ExitCode.READ_ERROR));
        assertThat(two[2]).isEqualTo(one[2]);
        assertThat(two[1].lines().filter(l -> l.startsWith("Frame ")).count())
                .isEqualTo(one[1].lines().filter(l -> l.startsWith("Frame ")).count());
    }
}
