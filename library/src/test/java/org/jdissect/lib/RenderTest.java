package org.jdissect.lib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.jdissect.output.FieldsOptions;
import org.jdissect.output.OutputMode;
import org.jdissect.output.TcpdumpOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Output modes rendered from the library. tcpdump's text is compared with tcpdump 4.99.3's own output (the oracles
 * the command is held to); cli's LibraryParityTest compares every mode with the command's output for the same flags.
 */
class RenderTest {
    private static final Path ORACLE = TestCaptures.dir().getParent().resolve("oracle/tcpdump");
    private final Jdissect jd = Jdissect.standard();

    private static OutputMode tcpdump(String flags) {
        return OutputMode.tcpdump(TcpdumpOptions.parse(flags).withZone(ZoneId.of("UTC")));
    }

    @ParameterizedTest(name = "{0} {2}")
    @CsvSource({"seed-rst.pcap,nn,-nn", "seed-rst.pcap,nne,-nn -e", "seed-rst.pcap,nnv,-nn -v",
        "seed-rst.pcap,nnvv,-nn -vv", "seed-rst.pcap,nnvvv,-nn -vvv", "seed-rst.pcap,nnx,-nn -x",
        "seed-rst.pcap,nnX,-nn -X", "seed-rst.pcap,nnXX,-nn -XX", "seed-rst.pcap,nnvvXe,-nn -vvXe",
        "seed-rst.pcap,nnttttvvXe,-nn -tttt -vvXe", "seed-rst.pcap,nnq,-nn -q", "seed-rst.pcap,nntvv,-nn -t -vv",
        "http-basic.pcapng,nnvvXe,-nn -vvXe", "dns-http.pcap,nnvv,-nn -vv", "icmp-arp.pcap,nne,-nn -e",
        "tcp-resets.nsec.pcap,nnttttvvXe,-nn -tttt -vvXe"})
    void tcpdumpModeIsByteForByteTcpdumps(String capture, String tag, String flags) throws IOException {
        String want = Files.readString(ORACLE.resolve(capture + "." + tag + ".txt"), StandardCharsets.ISO_8859_1);
        StringWriter out = new StringWriter();
        try (Capture c = jd.open(TestCaptures.path(capture))) {
            c.print(tcpdump(flags), out);
        }
        assertThat(out.toString()).isEqualTo(want);
    }

    @Test
    void printReturnsTheCountAndHonoursTheFilter() throws IOException {
        StringBuilder out = new StringBuilder();
        try (Capture c = jd.open(TestCaptures.path("seed-rst.pcap")).filter("tcp.flags.reset == 1")) {
            assertThat(c.print(OutputMode.fields(List.of("frame.number", "tcp.flags.str")), out)).isEqualTo(1);
        }
        assertThat(out).hasToString("6\t·········R··\n");
    }

    /**
     * Rendering the packets you pick is printing a capture filtered to them: state across packets (tcpdump's
     * relative sequence numbers, -ttt deltas) follows the packets rendered, as tcpdump's follows what its filter
     * passes.
     */
    @Test
    void aRendererPrintsThePickedPacketsAsAFilteredPrint() throws IOException {
        OutputMode mode = tcpdump("-nn -ttt -v");
        StringBuilder filtered = new StringBuilder();
        try (Capture c = jd.open(TestCaptures.path("seed-rst.pcap")).filter("frame.number != 4")) {
            assertThat(c.print(mode, filtered)).isEqualTo(5);
        }
        StringBuilder picked = new StringBuilder();
        try (Capture c = jd.open(TestCaptures.path("seed-rst.pcap")); Renderer r = c.renderer(mode, picked)) {
            for (Packet p : c) {
                if (p.number() != 4) {
                    r.render(p);
                }
            }
        }
        assertThat(picked).hasToString(filtered.toString());
        assertThat(picked.toString()).contains("seq 1:172, ack 1");
    }

    @Test
    void jsonIsClosedByTheRenderer() throws IOException {
        StringBuilder out = new StringBuilder();
        try (Capture c = jd.open(TestCaptures.path("seed-rst.pcap")); Renderer r = c.renderer(OutputMode.json(), out)) {
            for (Packet p : c) {
                if (p.has("http")) {
                    r.render(p);
                }
            }
        }
        assertThat(out.toString()).startsWith("[\n  {\n").endsWith("\n]\n").contains("\"http.host\": \"www.testaaa.com\"");
        assertThat(out.toString().split("\"_index\"", -1)).hasSize(2);
    }

    @Test
    void otherCapturesPacketsAreRefused() throws IOException {
        try (Capture a = jd.open(TestCaptures.path("seed-rst.pcap"));
             Capture b = jd.open(TestCaptures.path("seed-rst.pcap"))) {
            Renderer r = a.renderer(OutputMode.summary(), new StringBuilder());
            Packet p = b.iterator().next();
            assertThatThrownBy(() -> r.render(p)).isInstanceOf(IllegalArgumentException.class);
            r.finish();
            Packet q = a.iterator().next();
            assertThatThrownBy(() -> r.render(q)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void fieldsOptionsAndUnknownFields() throws IOException {
        StringBuilder out = new StringBuilder();
        try (Capture c = jd.open(TestCaptures.path("seed-rst.pcap")).filter("frame.number <= 2")) {
            c.print(OutputMode.fields(List.of("ip.src", "tcp.port"),
                    FieldsOptions.parse(List.of("header=y", "separator=;", "aggregator=/s"))), out);
        }
        assertThat(out).hasToString("ip.src;tcp.port\n188.188.3.240;5604 80\n112.65.227.148;80 5604\n");
        try (Capture c = jd.open(TestCaptures.path("seed-rst.pcap"))) {
            assertThatThrownBy(() -> c.print(OutputMode.fields(List.of("tcp.nonesuch")), new StringBuilder()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tcp.nonesuch");
        }
    }
}
