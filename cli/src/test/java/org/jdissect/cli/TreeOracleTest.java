package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.field.FieldDef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code -V}: the Frame, Ethernet and IPv4 sections (and the top-level truncation/malformation markers) of every
 * capture with a {@code tshark -n -V} oracle, line for line. Sections of other protocols (TCP, HTTP, …) are compared
 * by their owners' tests, so both outputs are cut into frames, each frame into top-level sections, and only ours are
 * kept.
 *
 * <p>One line of the Frame section depends on other dissectors: "[Protocols in frame: …]". It is compared up to the
 * first protocol this engine does not register, and never past {@code tcp}, whose payload's fate belongs to TCP and
 * HTTP.
 */
@ExtendWith(InUtc.class)
class TreeOracleTest {
    /** Top-level sections owned by the frame/eth/ip dissectors. */
    private static final List<String> OURS = List.of("Frame ", "Ethernet II", "IEEE 802.3 Ethernet",
            "Internet Protocol Version 4", "[Packet size limited during capture", "[Malformed Packet");
    private static final Pattern PROTOCOLS = Pattern.compile("^(\\s*\\[Protocols in frame: )(.*)\\]$");

    static Stream<String> captures() throws IOException {
        return TestData.capturesWith("tshark", ".V.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void frameEthernetAndIpv4SectionsEqualTshark(String capture) throws IOException {
        String expected = Files.readString(TestData.oracle("tshark", capture + ".V.txt"), StandardCharsets.UTF_8);
        int[] rc = new int[1];
        String actual = TestData.run(rc, "-r", TestData.capture(capture).toString(), "-V");
        assertThat(rc[0]).as("exit code").isZero();
        Set<String> known = Engine.standard().registry().protocols().stream().map(FieldDef::abbrev)
                .collect(Collectors.toSet());
        List<List<String>> e = frames(expected, known);
        List<List<String>> a = frames(actual, known);
        assertThat(firstDifference(capture, e, a)).isEmpty();
    }

    static Stream<String> damagedCaptures() throws IOException {
        try (Stream<java.nio.file.Path> s = Files.list(TestData.ROOT.resolve("damaged"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pcap")).sorted().toList().stream();
        }
    }

    /**
     * Byte-level damage in tiny captures made with text2pcap (testdata/damaged/make.sh): IHL below 5, total
     * length below the header or beyond the frame, a header cut by the snapshot length at 30 and 40 bytes, IP
     * options, an Ethernet FCS, a TCP data offset below 5. Each damaged packet is followed by a normal one, which
     * must dissect exactly as tshark's too, so this also checks that dissection goes on after the damage.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("damagedCaptures")
    void damagedPacketsShowTsharksMarkersAndTheNextPacketIsNormal(String capture) throws IOException {
        String expected = Files.readString(TestData.oracle("tshark", "bad/" + capture + ".V.txt"),
                StandardCharsets.UTF_8);
        int[] rc = new int[1];
        String actual = TestData.run(rc, "-r", TestData.ROOT.resolve("damaged").resolve(capture).toString(), "-V");
        assertThat(rc[0]).as("exit code").isZero();
        Set<String> known = Engine.standard().registry().protocols().stream().map(FieldDef::abbrev)
                .collect(Collectors.toSet());
        List<List<String>> e = frames(expected, known);
        List<List<String>> a = frames(actual, known);
        assertThat(e).hasSize(2);
        assertThat(firstDifference(capture, e, a)).isEmpty();
    }

    /** Each frame's lines that belong to our sections, with the protocols line cut as the class comment says. */
    static List<List<String>> frames(String text, Set<String> known) {
        List<List<String>> frames = new ArrayList<>();
        List<String> cur = null;
        boolean keep = false;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("Frame ") && line.contains(" bytes on wire ")) {
                cur = new ArrayList<>();
                frames.add(cur);
            }
            if (cur == null || line.isEmpty()) {
                continue;
            }
            if (!line.startsWith(" ")) {
                keep = OURS.stream().anyMatch(line::startsWith);
            }
            if (keep) {
                cur.add(maskProtocols(line, known));
            }
        }
        return frames;
    }

    static String maskProtocols(String line, Set<String> known) {
        Matcher m = PROTOCOLS.matcher(line);
        if (!m.matches()) {
            return line;
        }
        List<String> kept = new ArrayList<>();
        for (String p : m.group(2).split(":")) {
            if (!known.contains(p) || p.equals("data")) {
                break;
            }
            kept.add(p);
            if (p.equals("tcp")) {
                break;
            }
        }
        return m.group(1) + String.join(":", kept) + "…]";
    }

    /** "" if equal, else the first differing line of the first differing frame, with three lines of context. */
    static String firstDifference(String capture, List<List<String>> expected, List<List<String>> actual) {
        if (expected.size() != actual.size()) {
            return capture + ": " + expected.size() + " frames expected, " + actual.size() + " printed";
        }
        for (int f = 0; f < expected.size(); f++) {
            List<String> e = expected.get(f);
            List<String> a = actual.get(f);
            int n = Math.max(e.size(), a.size());
            for (int i = 0; i < n; i++) {
                String el = i < e.size() ? e.get(i) : "<end of sections>";
                String al = i < a.size() ? a.get(i) : "<end of sections>";
                if (!el.equals(al)) {
                    StringBuilder sb = new StringBuilder().append(capture).append(" frame ").append(f + 1)
                            .append(", line ").append(i + 1).append(" of our sections:\n");
                    for (int c = Math.max(0, i - 3); c < i; c++) {
                        sb.append("    ").append(e.get(c)).append('\n');
                    }
                    sb.append("expected: ").append(el).append('\n').append("actual:   ").append(al).append('\n');
                    return sb.toString();
                }
            }
        }
        return "";
    }
}
