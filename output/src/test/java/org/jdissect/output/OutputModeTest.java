package org.jdissect.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.ZoneId;
import java.util.List;
import org.jdissect.api.dissect.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each mode prints what its oracle says, through nothing but OutputMode. */
class OutputModeTest {
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"seed-rst.pcap,nnvvXe,-nn -vvXe", "seed-rst.pcap,nnttttvvXe,-nn -tttt -vvXe",
        "seed-rst.pcap,nnq,-nn -q", "dns-http.pcap,nnvv,-nn -vv", "icmp-arp.pcap,nne,-nn -e",
        "ipv6-http.pcap,nnXX,-nn -XX", "udp-misc.pcap,nntvv,-nn -t -vv"})
    void tcpdumpModeIsTcpdumps(String capture, String tag, String flags) throws IOException {
        String want = Files.readString(Testdata.ROOT.resolve("oracle/tcpdump/" + capture + "." + tag + ".txt"),
                StandardCharsets.ISO_8859_1);
        OutputMode mode = OutputMode.tcpdump(TcpdumpOptions.parse(flags).withZone(ZoneId.of("UTC")));
        assertThat(Testdata.print(capture, mode)).isEqualTo(want);
    }

    @Test
    void jsonToAnyAppendableIsTheSameAsToAWriter() throws IOException {
        String viaBuilder = Testdata.print("seed-rst.pcap", OutputMode.json());
        Engine engine = Engine.standard();
        StringWriter w = new StringWriter();
        PacketPrinter p = OutputMode.json().printer(engine.registry(), w);
        p.finish();
        assertThat(w).hasToString("[]\n"); // json_dumper's empty array
        assertThat(viaBuilder).startsWith("[\n  {\n    \"_index\": \"packets-2013-12-19\",").endsWith("}\n]\n");
    }

    @Test
    void treeFieldsAndSummaryPrintEveryPacket() throws IOException {
        String tree = Testdata.print("seed-rst.pcap", OutputMode.tree());
        assertThat(tree).startsWith("Frame 1: 74 bytes on wire").contains("Transmission Control Protocol");
        String fields = Testdata.print("seed-rst.pcap", OutputMode.fields(List.of("frame.number", "ip.src"),
                FieldsOptions.parse(List.of("header=y", "separator=,"))));
        assertThat(fields.lines().toList()).hasSize(1 + 6).startsWith("frame.number,ip.src", "1,188.188.3.240");
        String summary = Testdata.print("seed-rst.pcap", OutputMode.summary());
        assertThat(summary.lines().toList()).hasSize(6).first().asString()
                .isEqualTo("    1   0.000000 188.188.3.240 \u2192 112.65.227.148 TCP 74 5604 \u2192 80 [SYN] Seq=0 Win=14600 "
                        + "Len=0 MSS=1460 SACK_PERM TSval=949598155 TSecr=0 WS=128");
        String annotated = Testdata.print("seed-rst.pcap", new OutputMode.Tree(true, false));
        assertThat(annotated).startsWith(tree.substring(0, tree.indexOf("\n\n")))
                .contains("\t0x0000:  3822 d6a1 7866 00e0").contains("eth.dst=38:22:d6:a1:78:66");
    }

    @Test
    void labelsAndFieldsEachModeNeeds() {
        assertThat(OutputMode.tree().needsLabels()).isTrue();
        assertThat(OutputMode.json().needsLabels()).isTrue();
        assertThat(OutputMode.tcpdump("-nn").needsLabels()).isFalse();
        assertThat(OutputMode.tcpdump("-nn --annotate -X").needsLabels()).isTrue();
        assertThat(OutputMode.summary().needsLabels()).isFalse();
        OutputMode f = OutputMode.fields(List.of("ip.src"));
        assertThat(f.needsLabels()).isFalse();
        assertThat(f.neededFields()).contains(List.of("ip.src"));
        assertThat(OutputMode.tree().neededFields()).isEmpty();
    }

    @Test
    void badFieldsAreErrors() {
        assertThatThrownBy(() -> OutputMode.fields(List.of())).isInstanceOf(IllegalArgumentException.class);
        Engine engine = Engine.standard();
        assertThatThrownBy(() -> OutputMode.fields(List.of("ip.nonesuch")).printer(engine.registry(),
                new StringBuilder())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ip.nonesuch");
    }
}
