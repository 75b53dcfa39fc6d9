package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code -T json -x} against {@code tshark -n -T json -x} (testdata/oracle/tshark/raw, made by its make.sh): every
 * field's "_raw" member, the bytes (or a bit field's value), offset in its data source, length, mask and type,
 * so the offsets and lengths of every item of the tree are checked, not only its text.
 */
@ExtendWith(InUtc.class)
class JsonRawOracleTest {
    /** Members whose raw array differs on purpose, with why. */
    static final Map<String, String> EXCEPTIONS = Map.of(
            "urlencoded-form.key_raw", "an FT_STRINGZ (type 27) in Wireshark; jdissect has one string type (26)",
            "urlencoded-form.value_raw", "likewise");

    /** tshark's output for {@code capture}, a path under testdata/. */
    static String oracle(String capture) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(
                TestData.oracle("tshark", "raw/" + capture.replace('/', '_') + ".json.gz")))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String ours(String capture) {
        int[] rc = new int[1];
        String out = TestData.run(rc, "-r", TestData.ROOT.resolve(capture).toString(), "-T", "json", "-x");
        assertThat(rc[0]).as("exit code").isZero();
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"captures/seed-rst.pcap", "captures/dns-http.pcap", "captures/icmp-arp.pcap",
        "captures/udp-misc.pcap", "captures/ipv6-http.pcap", "captures/http-chunked.pcap", "captures/tcp-resets.pcap",
        // the http item to the end of the data unless a media type's dissector took the body
        "captures/http-pipelined.pcap", "http-gzip/gzip.pcap", "crafted-tcp/binary-body.pcap",
        // protocol items no longer than the captured bytes (cut ARP, Linux cooked, VLAN and routing headers)
        "arp/arp.pcap", "sll/sll.pcap", "tcpdump-link/captures/sll-vlan.pcap", "ipv6-routing/mipv6.pcap",
        // IP options (a second registration of one name), ICMP extensions, fragment overlap
        "crafted-icmp/icmp.pcap",
        // udp.payload to the end of UDP's data, not the UDP length; ipv6.fragments an FT_NONE subtree
        "ipv6-routing/trailer.pcap", "ipv6-frag/ipv6-frag.pcap"})
    void wholeDocumentIsTsharksText(String capture) throws IOException {
        assertThat(Golden.firstDifference(oracle(capture), ours(capture))).as(capture).isEmpty();
    }

    /** tcpdump's own test captures whose every layer jdissect dissects (testdata/oracle/tshark/raw/suite.txt). */
    static Stream<String> suiteCaptures() throws IOException {
        return Files.readAllLines(TestData.oracle("tshark", "raw/suite.txt")).stream().filter(l -> !l.isBlank());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("suiteCaptures")
    void tcpdumpSuiteCaptureIsTsharksText(String capture) throws IOException {
        String expected;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(
                TestData.oracle("tshark", "raw/suite/" + capture + ".json.gz")))) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(Golden.firstDifference(expected, ours("tcpdump-suite/captures/" + capture))).as(capture).isEmpty();
    }

    /** http-basic.pcap has a form whose fields Wireshark types FT_STRINGZ: everything else is tshark's. */
    @Test
    void httpBasicIsTsharksButForTheExceptions() throws IOException {
        int[] stripped = new int[2];
        Object expected = strip(JsonOracleTest.packets(oracle("captures/http-basic.pcap")), stripped, 0);
        Object actual = strip(JsonOracleTest.packets(ours("captures/http-basic.pcap")), stripped, 1);
        assertThat(stripped[1]).as("exception members, ours").isEqualTo(stripped[0]).isPositive();
        assertThat(actual).isEqualTo(expected);
    }

    /** {@code v} without the {@link #EXCEPTIONS} members, at any depth; counts them in {@code count[which]}. */
    @SuppressWarnings("unchecked")
    static Object strip(Object v, int[] count, int which) {
        if (v instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map.Entry<?, ?>) {
            List<Map.Entry<String, Object>> out = new ArrayList<>();
            for (Map.Entry<String, Object> e : (List<Map.Entry<String, Object>>) list) {
                if (EXCEPTIONS.containsKey(e.getKey())) {
                    count[which]++;
                } else {
                    out.add(new SimpleEntry<>(e.getKey(), strip(e.getValue(), count, which)));
                }
            }
            return out;
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object o : list) {
                out.add(strip(o, count, which));
            }
            return out;
        }
        return v;
    }
}
