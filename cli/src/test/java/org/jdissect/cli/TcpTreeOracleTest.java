package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our {@code -V} TCP sections ("Transmission Control Protocol, …" through the end of its subtree: flags with their
 * expert items, options, timestamps, SEQ/ACK analysis, payload lines) equal tshark 4.0.17's, frame by frame.
 */
class TcpTreeOracleTest {
    /** One TCP section: the frame it is in, and its lines. */
    record Section(String frame, List<String> lines) {
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"seed-rst.pcap", "http-basic.pcap"})
    void tcpSectionsEqualTshark(String capture) throws IOException {
        List<Section> expected = sections(Files.readAllLines(TestData.oracle("tshark", capture + ".V.txt"),
                StandardCharsets.UTF_8));
        int[] rc = new int[1];
        String out = TestData.run(rc, "-r", TestData.capture(capture).toString(), "-V");
        assertThat(rc[0]).as("exit code").isZero();
        List<Section> actual = sections(out.lines().toList());
        assertThat(expected).as("TCP sections in the oracle").isNotEmpty();
        StringBuilder report = new StringBuilder();
        if (expected.size() != actual.size()) {
            report.append("TCP sections: expected ").append(expected.size()).append(", got ").append(actual.size())
                    .append('\n');
        }
        for (int i = 0; i < Math.min(expected.size(), actual.size()) && report.length() == 0; i++) {
            report.append(firstDifference(expected.get(i), actual.get(i)));
        }
        assertThat(report.toString()).as("-V TCP sections differing from tshark for " + capture).isEmpty();
    }

    /** Every TCP section, with the frame line it belongs to. */
    static List<Section> sections(List<String> lines) {
        List<Section> out = new ArrayList<>();
        String frame = "?";
        List<String> cur = null;
        for (String l : lines) {
            if (l.startsWith("Frame ")) {
                frame = l;
            }
            if (l.startsWith("Transmission Control Protocol,")) {
                cur = new ArrayList<>();
                cur.add(l);
                out.add(new Section(frame, cur));
            } else if (cur != null && l.startsWith(" ")) {
                cur.add(l);
            } else {
                cur = null;
            }
        }
        return out;
    }

    /** "" when equal; else the frame, the first differing line and three lines of context before it. */
    static String firstDifference(Section e, Section a) {
        List<String> x = e.lines();
        List<String> y = a.lines();
        int n = Math.min(x.size(), y.size());
        int i = 0;
        while (i < n && x.get(i).equals(y.get(i))) {
            i++;
        }
        if (i == n && x.size() == y.size()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(e.frame()).append(", line ").append(i + 1).append(" of its TCP section\n");
        for (int c = Math.max(0, i - 3); c < i; c++) {
            sb.append("   ").append(x.get(c)).append('\n');
        }
        sb.append("expected: ").append(i < x.size() ? x.get(i) : "<end of section>").append('\n');
        sb.append("     got: ").append(i < y.size() ? y.get(i) : "<end of section>").append('\n');
        return sb.toString();
    }
}
