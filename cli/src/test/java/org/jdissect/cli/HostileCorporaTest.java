package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.field.FieldDef;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile corpora: every capture of the tcpdump conformance suite (crafted to crash tcpdump's printers: the
 * "oobr", "asan", "heapoverflow" cases), the display-filter suite's captures, the hand-damaged captures and the
 * fuzzing regressions, each through every output mode of the CLI. None may throw, hang, or print more than one line
 * per error; JSON must parse; and where tshark 4.0.17 marks a frame "[Malformed Packet]" or "[Packet size limited
 * during capture]" in a protocol jdissect dissects, jdissect marks it too (oracle/tshark/malformed-frames.tsv).
 * tcpdump's own markers ("[|tcp]", "[Invalid header …]") are compared byte for byte by TcpdumpOracleTest.
 */
class HostileCorporaTest {
    /** The CLI's output modes: tcpdump's flag sets, tshark's formats, writing, and the analysis subcommands. */
    static final List<List<String>> MODES = List.of(
            List.of(), List.of("-v"), List.of("-vv", "-e"), List.of("-vvv", "-x"), List.of("-X"), List.of("-XX"),
            List.of("-A"), List.of("-q"), List.of("-S", "-tttt", "-#"), List.of("--annotate", "-vvXe", "--color=never"),
            List.of("-V"), List.of("-V", "--annotate", "--color=never"), List.of("-T", "text"), List.of("-T", "json"),
            List.of("-T", "fields", "-e", "frame.number", "-e", "frame.protocols", "-e", "_ws.expert.message",
                    "-e", "http.request.uri", "-e", "dns.qry.name"),
            List.of("-Y", "tcp || udp || _ws.malformed", "--count"));
    static final List<List<String>> SUBCOMMANDS = List.of(List.of("expert"), List.of("explain"),
            List.of("follow", "tcp", "0"), List.of("follow", "http", "0", "--hex"));

    /**
     * Frames tshark marks that jdissect does not, each with why (a layer jdissect does not dissect as deeply as
     * tshark); empty since RPL's ICMPv6 messages are dissected. Anything not listed here must match.
     */
    static final Map<String, String> KNOWN_GAPS = Map.of();

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Every capture of the hostile corpora, as paths relative to testdata/. */
    static List<String> corpora() throws IOException {
        List<String> out = new ArrayList<>();
        for (String[] d : new String[][] {{"tcpdump-suite/captures", ""}, {"filter-cases/captures", ""},
            {"damaged", ".pcap"}, {"fuzz-regressions", ".pcap"}}) {
            try (Stream<Path> s = Files.list(TestData.ROOT.resolve(d[0]))) {
                s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(d[1])).sorted()
                        .forEach(n -> out.add(d[0] + "/" + n));
            }
        }
        return out;
    }

    record Run(int rc, String out, List<String> err) {
    }

    static Run run(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(rc, out.toString(), err.toString().lines().toList());
    }

    @Test
    void theCorporaAreAllThere() throws IOException {
        List<String> all = corpora();
        assertThat(all.stream().filter(f -> f.startsWith("tcpdump-suite/"))).hasSize(73);
        assertThat(all.stream().filter(f -> f.startsWith("filter-cases/"))).hasSize(11);
        assertThat(all).hasSizeGreaterThan(90);
    }

    @TestFactory
    Stream<DynamicTest> everyCaptureThroughEveryOutputMode() throws IOException {
        return corpora().stream().map(f -> DynamicTest.dynamicTest(f, () ->
                // no hang: a whole capture in all modes has three minutes. The first capture also pays for class
                // loading and JIT warm-up of every mode, which took 41-60 s on a two-core machine running two test
                // suites at once (a 60 s limit expired there once)
                assertTimeoutPreemptively(Duration.ofSeconds(180), () -> everyMode(f))));
    }

    private void everyMode(String f) throws IOException {
        String path = TestData.ROOT.resolve(f).toString();
        for (List<String> mode : MODES) {
            List<String> args = new ArrayList<>(List.of("-r", path));
            args.addAll(mode);
            Run r = run(args);
            String what = f + " " + String.join(" ", mode);
            checkErrors(what, r);
            if (mode.contains("json") && r.rc() == 0) {
                JsonNode tree = JSON.readTree(r.out());
                assertThat(tree.isArray()).as(what).isTrue();
            }
        }
        // -w: the packets read are written, and the file reads back
        Path copy = dir.resolve("copy.pcapng");
        Run w = run(List.of("-r", path, "-w", copy.toString(), "-F", "pcapng"));
        checkErrors(f + " -w", w);
        Run back = run(List.of("-r", copy.toString(), "--count"));
        assertThat(back.rc()).as(f + " written copy: " + back.err()).isZero();
        for (List<String> sub : SUBCOMMANDS) {
            List<String> args = new ArrayList<>(sub.subList(0, 1));
            args.addAll(List.of("-r", path));
            args.addAll(sub.subList(1, sub.size()));
            checkErrors(f + " " + String.join(" ", sub), run(args));
        }
    }

    /** 0, or 1 with one "jdissect: " line for a capture that cannot be read to its end; never a stack trace. */
    private static void checkErrors(String what, Run r) {
        List<String> errors = r.err().stream().filter(l -> !l.startsWith("jdissect: limit ")).toList();
        assertThat(r.rc()).as(what + ": " + r.err()).isIn(ExitCode.OK, ExitCode.READ_ERROR);
        if (r.rc() == ExitCode.OK) {
            assertThat(errors).as(what).isEmpty();
        } else {
            assertThat(errors).as(what).singleElement().asString().startsWith("jdissect: ")
                    .doesNotContain("Exception", "internal error");
        }
    }

    /** Frame numbers jdissect marks malformed or short in {@code f}. */
    private static Set<Integer> marked(String f) {
        Run r = run(List.of("-r", TestData.ROOT.resolve(f).toString(), "-Y", "_ws.malformed || _ws.short",
                "-T", "fields", "-e", "frame.number"));
        return r.out().lines().filter(l -> !l.isBlank()).map(Integer::valueOf).collect(Collectors.toSet());
    }

    @Test
    void malformedMarkersWhereTsharkPrintsThemInProtocolsJdissectDissects() throws IOException {
        Set<String> protocols = new TreeSet<>();
        for (FieldDef p : Engine.standard().registry().protocols()) {
            protocols.add(p.abbrev());
        }
        // tshark's marked frames per capture: frame → the protocols it saw
        Map<String, Map<Integer, String>> oracle = new TreeMap<>();
        List<String> lines = Files.readAllLines(TestData.oracle("tshark", "malformed-frames.tsv"),
                StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t", -1);
            oracle.computeIfAbsent(c[0], k -> new HashMap<>()).put(Integer.valueOf(c[1]), c[2]);
        }
        List<String> problems = new ArrayList<>();
        int compared = 0;
        for (String f : corpora()) {
            Map<Integer, String> tshark = oracle.getOrDefault(f, Map.of());
            Set<Integer> ours = marked(f);
            for (Map.Entry<Integer, String> e : tshark.entrySet()) {
                String[] layers = e.getValue().split(":");
                String key = f + "#" + e.getKey();
                boolean inScope = protocols.contains(layers[layers.length - 1]);
                if (inScope && !ours.contains(e.getKey()) && !KNOWN_GAPS.containsKey(key)) {
                    problems.add(key + ": tshark marks it (" + e.getValue() + "), jdissect does not");
                }
                if (ours.contains(e.getKey()) && KNOWN_GAPS.containsKey(key)) {
                    problems.add(key + ": marked now; remove it from KNOWN_GAPS");
                }
                compared += inScope ? 1 : 0;
            }
            for (int n : ours) {
                if (!tshark.containsKey(n)) {
                    problems.add(f + "#" + n + ": jdissect marks it, tshark does not");
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(compared).as("frames compared").isGreaterThan(140);
    }
}
