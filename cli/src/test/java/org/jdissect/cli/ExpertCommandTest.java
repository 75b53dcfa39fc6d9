package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.field.FieldRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code jdissect expert -r FILE} against the golden {@code tshark -n -q -z expert -r FILE} output
 * (oracle/tshark/*.expert.txt). Entries of protocols jdissect does not dissect yet (no protocol of that name
 * registered, e.g. HTTP before its dissector lands) are taken out of the reference and its section totals, so the
 * comparison becomes the whole file once they exist.
 */
class ExpertCommandTest {
    static Stream<String> captures() throws IOException {
        return TestData.capturesWith("tshark", ".expert.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void expertTableEqualsTsharks(String capture) throws IOException {
        List<String> golden = Files.readAllLines(TestData.oracle("tshark", capture + ".expert.txt"),
                StandardCharsets.UTF_8);
        String expected = String.join("\n", knownProtocolsOnly(golden, Engine.standard().registry())) + "\n";
        int[] rc = new int[1];
        String out = TestData.run(rc, "expert", "-r", TestData.capture(capture).toString());
        assertThat(rc[0]).as("exit code").isZero();
        assertThat(out).as("jdissect expert for " + capture).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void expertAbbreviationsAreRegisteredFieldsSoFiltersCanNameThem() {
        Engine engine = Engine.standard();
        assertThat(engine.experts()).containsKeys("tcp.analysis.retransmission", "tcp.connection.syn",
                "_ws.malformed.expert");
        assertThat(engine.registry().contains("tcp.analysis.duplicate_ack")).isTrue();
        assertThat(engine.registry().contains("_ws.expert.severity")).isTrue();
    }

    /** The golden lines without entries of unregistered protocols, totals recomputed, empty sections dropped. */
    static List<String> knownProtocolsOnly(List<String> golden, FieldRegistry registry) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < golden.size()) {
            String title = golden.get(i);
            if (title.isEmpty() && i + 1 < golden.size() && golden.get(i + 1).matches("\\w+ \\(\\d+\\)")) {
                String name = golden.get(i + 1).substring(0, golden.get(i + 1).indexOf(' '));
                List<String> entries = new ArrayList<>();
                long total = 0;
                int j = i + 4; // blank, title, ====, column headings
                for (; j < golden.size() && !golden.get(j).isEmpty(); j++) {
                    String e = golden.get(j);
                    String protocol = e.substring(24, 42).trim();
                    if (registry.contains(protocol.toLowerCase(Locale.ROOT))) {
                        entries.add(e);
                        total += Long.parseLong(e.substring(0, 12).trim());
                    }
                }
                if (!entries.isEmpty()) {
                    out.add("");
                    out.add(name + " (" + total + ")");
                    out.add(golden.get(i + 2));
                    out.add(golden.get(i + 3));
                    out.addAll(entries);
                }
                i = j;
            } else {
                out.add(title);
                i++;
            }
        }
        return out;
    }
}
