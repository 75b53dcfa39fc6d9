package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The core fields ({@code shared/fieldsets/core.txt}) over captures jdissect was not built from: tcpdump's
 * conformance-suite captures (crafted and fuzzed packets: bogus versions and header lengths, odd padding, options
 * cut short) and the hand-damaged ones, cell by cell against tshark 4.0.17 — the closest thing here to the held-out
 * captures the dissectors issue will be checked on.
 *
 * <p>As in {@link CoreFieldsOracleTest}, a frame is checked only when every layer tshark names in it is one jdissect
 * dissects. {@link #DIFFERENCES} lists, per capture, the fields still known to differ and why; a listed field that
 * agrees again fails the test, so the list only shrinks.
 */
class SuiteFieldsOracleTest {
    /** capture → fields that differ from tshark there, with the reason. */
    static final Map<String, Map<String, String>> DIFFERENCES = Map.ofEntries(
            Map.entry("tfo-5c1fa7f9ae91.pcap", Map.of(
                    "frame.protocols", "frame 13's 4 bytes of data are 0xdeadbeef, the magic of Etch: tshark's Etch"
                            + " heuristic (packet-etch.c) claims them and asks for the rest of its 8-byte header, so"
                            + " they are 'TCP segment data'; jdissect has no Etch dissector and shows them as data")),
            Map.entry("DTP-inscope.pcap", Map.of(
                    "frame.protocols", "Cisco ISL frames (destination 01:00:0c:00:00:00): packet-eth.c hands them to"
                            + " packet-isl.c, whose 26-byte header precedes an inner Ethernet frame ('eth:eth:llc:dtp');"
                            + " jdissect has no ISL dissector and reads the ISL header as an 802.3 frame",
                    "eth.dst", "the inner Ethernet frame's destination, after the ISL header (see frame.protocols)")));

    static Stream<String> captures() throws IOException {
        List<String> out = new ArrayList<>();
        for (String dir : List.of("suite", "damaged")) {
            try (Stream<Path> s = Files.list(TestData.oracle("fields", dir))) {
                s.map(p -> dir + "/" + p.getFileName().toString().replace(".core.tsv", "")).sorted().forEach(out::add);
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void coreFieldsEqualTsharkOnCapturesNotBuiltFrom(String name) throws IOException {
        String dir = name.substring(0, name.indexOf('/'));
        String capture = name.substring(dir.length() + 1);
        Path file = TestData.ROOT.resolve(dir.equals("suite") ? "tcpdump-suite/captures" : "damaged").resolve(capture);
        List<String> expected = Files.readAllLines(TestData.oracle("fields", dir + "/" + capture + ".core.tsv"),
                StandardCharsets.UTF_8);
        String[] header = expected.get(0).split("\t", -1);
        List<String> actual = TestData.fields(file, header);
        Set<String> known = TestData.knownProtocols();
        Map<String, String> allowed = DIFFERENCES.getOrDefault(capture, Map.of());
        Set<Integer> dropped = new HashSet<>();
        for (int c = 0; c < header.length; c++) {
            if (allowed.containsKey(header[c])) {
                dropped.add(c);
            }
        }
        String report = CoreFieldsOracleTest.compare(keep(header, dropped), keepAll(expected, dropped),
                keepAll(actual, dropped), known);
        if (!report.startsWith("no frame")) {
            assertThat(report).as("cells differing from tshark for " + name).isEmpty();
        }
        // a listed difference that no longer differs must leave the list
        for (int c : dropped) {
            String full = CoreFieldsOracleTest.compare(new String[] {header[c], "frame.protocols"},
                    column(expected, c, header), column(actual, c, header), known);
            assertThat(full).as(header[c] + " in " + capture + " agrees with tshark now: remove it from DIFFERENCES")
                    .isNotEmpty();
        }
    }

    private static String[] keep(String[] cells, Set<Integer> dropped) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < cells.length; c++) {
            if (!dropped.contains(c)) {
                out.add(cells[c]);
            }
        }
        return out.toArray(new String[0]);
    }

    private static List<String> keepAll(List<String> lines, Set<Integer> dropped) {
        return lines.stream().map(l -> String.join("\t", keep(l.split("\t", -1), dropped))).toList();
    }

    /** One column, with frame.protocols beside it so that frames with layers we lack are still skipped. */
    private static List<String> column(List<String> lines, int c, String[] header) {
        int proto = List.of(header).indexOf("frame.protocols");
        return lines.stream().map(l -> {
            String[] cells = l.split("\t", -1);
            return (c < cells.length ? cells[c] : "") + "\t" + (proto < cells.length ? cells[proto] : "");
        }).toList();
    }
}
