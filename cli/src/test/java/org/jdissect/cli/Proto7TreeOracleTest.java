package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code -V} against {@code tshark -n -V} for the sections of IPv6, UDP, ICMP, ICMPv6, ARP, DNS, the link layers
 * (VLAN, Linux cooked, null/raw, LLC) and the data they leave undissected (with tshark's hex dump), line for line,
 * on every capture with an oracle; then the whole output, every section, which is what a user compares.
 */
@ExtendWith(InUtc.class)
class Proto7TreeOracleTest {
    private static final List<String> OURS = List.of("Internet Protocol Version 6", "User Datagram Protocol",
            "Internet Control Message Protocol", "Address Resolution Protocol", "Domain Name System", "Data (",
            "802.1Q Virtual LAN", "Linux cooked capture", "Null/Loopback", "Raw packet data", "Logical-Link Control");

    static Stream<String> captures() throws IOException {
        return TestData.capturesWith("tshark", ".V.txt");
    }

    private static String run(String capture) {
        int[] rc = new int[1];
        String out = TestData.run(rc, "-r", TestData.capture(capture).toString(), "-V");
        assertThat(rc[0]).as("exit code").isZero();
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void ipv6UdpIcmpArpDnsSectionsEqualTshark(String capture) throws IOException {
        String expected = Files.readString(TestData.oracle("tshark", capture + ".V.txt"), StandardCharsets.UTF_8);
        List<List<String>> e = sections(expected);
        List<List<String>> a = sections(run(capture));
        assertThat(TreeOracleTest.firstDifference(capture, e, a)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void wholeOutputEqualsTshark(String capture) throws IOException {
        String expected = Files.readString(TestData.oracle("tshark", capture + ".V.txt"), StandardCharsets.UTF_8);
        List<List<String>> e = frames(expected, false);
        List<List<String>> a = frames(run(capture), false);
        assertThat(TreeOracleTest.firstDifference(capture, e, a)).isEmpty();
    }

    static List<List<String>> sections(String text) {
        return frames(text, true);
    }

    /** Each frame's lines (blank lines kept: the data hex dump has them), only our sections' if {@code ours}. */
    static List<List<String>> frames(String text, boolean ours) {
        List<List<String>> frames = new ArrayList<>();
        List<String> cur = null;
        boolean keep = !ours;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("Frame ") && line.contains(" bytes on wire ")) {
                cur = new ArrayList<>();
                frames.add(cur);
            }
            if (cur == null) {
                continue;
            }
            if (ours && !line.isEmpty() && !line.startsWith(" ") && !line.matches("^[0-9a-f]{4,}  .*")) {
                keep = OURS.stream().anyMatch(line::startsWith);
            }
            if (keep) {
                cur.add(line);
            }
        }
        return frames;
    }
}
