package org.jdissect.examples.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The example program, run on the test captures; its counts agree with tshark's ("http.request" frames by host). */
class HttpHostsTest {
    static Path captures() {
        Path p = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && p != null; i++, p = p.getParent()) {
            if (Files.isDirectory(p.resolve("testdata/captures"))) {
                return p.resolve("testdata/captures");
            }
        }
        throw new IllegalStateException("testdata/captures not found");
    }

    @Test
    void countsRequestsPerHost() throws Exception {
        Path dir = captures();
        Map<String, Integer> counts = HttpHosts.count(dir.resolve("seed-rst.pcap").toString(),
                dir.resolve("http-pipelined.pcap").toString());
        // seed: one HEAD (its retransmission is not a new request); pipelined: three GETs in one or two frames
        assertThat(counts.get("www.testaaa.com")).isEqualTo(1);
        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThan(1);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        HttpHosts.print(counts, new PrintStream(buf, true, StandardCharsets.UTF_8));
        assertThat(buf.toString(StandardCharsets.UTF_8)).contains("1\twww.testaaa.com");
    }
}
