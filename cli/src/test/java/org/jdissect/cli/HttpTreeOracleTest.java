package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code -V}: the "Hypertext Transfer Protocol" sections and the "[N Reassembled TCP Segments …]" sections of each
 * frame equal tshark 4.0.17's line for line. Other sections (frame, eth, ip, tcp) are checked elsewhere.
 */
class HttpTreeOracleTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"seed-rst.pcap", "http-basic.pcap"})
    void httpSectionsEqualTshark(String capture) throws IOException {
        List<String> expected = Files.readAllLines(TestData.oracle("tshark", capture + ".V.txt"),
                StandardCharsets.UTF_8);
        int[] rc = new int[1];
        String out = TestData.run(rc, "-r", TestData.capture(capture).toString(), "-V");
        assertThat(rc[0]).as("exit code").isZero();
        Map<String, List<String>> want = sections(expected);
        Map<String, List<String>> got = sections(out.lines().toList());
        assertThat(want).as("tshark shows HTTP in " + capture).isNotEmpty();
        assertThat(firstDifference(want, got)).as("HTTP sections of " + capture).isEmpty();
    }

    /** Per frame, the lines of the sections this test owns, keyed "frame N". */
    static Map<String, List<String>> sections(List<String> lines) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String frame = null;
        boolean in = false;
        for (String l : lines) {
            if (l.startsWith("Frame ") && l.contains(":")) {
                frame = l.substring(0, l.indexOf(':'));
                in = false;
                continue;
            }
            if (!l.startsWith(" ") && !l.isEmpty()) {
                in = l.startsWith("Hypertext Transfer Protocol") || l.matches("\\[\\d+ Reassembled TCP Segments.*");
            }
            if (in && frame != null && !l.isEmpty()) {
                out.computeIfAbsent(frame, k -> new ArrayList<>()).add(l);
            }
        }
        return out;
    }

    /** "" when equal; else the frame, the first differing line and a few lines of context. */
    static String firstDifference(Map<String, List<String>> want, Map<String, List<String>> got) {
        for (String frame : union(want, got)) {
            List<String> w = want.getOrDefault(frame, List.of());
            List<String> g = got.getOrDefault(frame, List.of());
            int n = Math.max(w.size(), g.size());
            for (int i = 0; i < n; i++) {
                String wl = i < w.size() ? w.get(i) : "<none>";
                String gl = i < g.size() ? g.get(i) : "<none>";
                if (!wl.equals(gl)) {
                    StringBuilder sb = new StringBuilder(frame).append(", line ").append(i + 1)
                            .append(" of its HTTP sections:\n");
                    for (int j = Math.max(0, i - 3); j < i; j++) {
                        sb.append("    ").append(w.get(j)).append('\n');
                    }
                    sb.append("expected: ").append(wl).append('\n').append("actual:   ").append(gl).append('\n');
                    return sb.toString();
                }
            }
        }
        return "";
    }

    private static List<String> union(Map<String, List<String>> a, Map<String, List<String>> b) {
        List<String> keys = new ArrayList<>(a.keySet());
        for (String k : b.keySet()) {
            if (!keys.contains(k)) {
                keys.add(k);
            }
        }
        return keys;
    }
}
