package org.jdissect.cli.tcpdump;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.jdissect.api.capture.CaptureReader;
import org.jdissect.api.capture.Captures;
import org.jdissect.api.capture.PacketRecord;
import org.jdissect.api.dissect.Dissection;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.output.tcpdump.Annotator;
import org.junit.jupiter.api.Test;

/** {@code --annotate}: field labels under each hex row. */
class AnnotateTest {
    private static final Path SEED = TcpdumpOutput.TESTDATA.resolve("captures/seed-rst.pcap");
    /** The indent of an annotation line under a hex row (Annotator's, a tab and nine spaces). */
    private static final String ANNOTATION_INDENT = "\t         ";
    private static final Path GOLDEN =
            TcpdumpOutput.TESTDATA.resolve("oracle/tcpdump/jdissect-golden/seed-rst.pcap.annotate-vvXe.txt");

    /** Our own output, checked by eye once; regenerate with {@code -Dgolden.update=true}. */
    @Test
    void annotatedVvXeOfTheSeedCaptureMatchesTheGolden() throws IOException {
        String actual = TcpdumpOutput.run(List.of("-r", SEED.toString(), "--annotate", "--color=never", "-vvXe"));
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, actual, StandardCharsets.ISO_8859_1);
        }
        String expected = Files.readString(GOLDEN, StandardCharsets.ISO_8859_1);
        assertThat(TcpdumpOutput.firstDifference(expected, actual)).as("golden " + GOLDEN).isEmpty();
    }

    @Test
    void withoutLabelsTheRowsAreTcpdumpsOwn() throws IOException {
        String annotated = TcpdumpOutput.run(List.of("-r", SEED.toString(), "--annotate", "--color=never", "-nn",
                "-vvXe"));
        String plain = TcpdumpOutput.run(List.of("-r", SEED.toString(), "-nn", "-vvXe"));
        String stripped = String.join("\n", annotated.lines()
                .filter(l -> !l.startsWith(ANNOTATION_INDENT)).toList()) + "\n";
        assertThat(stripped).isEqualTo(plain);
        assertThat(annotated).contains("ip.ttl=64 ip.proto=6 ip.checksum=0x1a26");
    }

    @Test
    void everyByteOfTheEthernetIpv4AndTcpHeadersIsLabelled() throws IOException {
        Dissection d = Engine.standard().newDissection();
        List<String> gaps = new ArrayList<>();
        try (CaptureReader r = Captures.open(SEED)) {
            PacketRecord rec = new PacketRecord();
            while (r.next(rec)) {
                PacketContext ctx = d.dissect(rec);
                BitSet covered = new BitSet();
                for (Annotator.Label l : Annotator.labels(ctx.tree())) {
                    covered.set(l.offset(), l.offset() + l.length());
                }
                for (String proto : List.of("eth", "ip", "tcp")) {
                    ProtoNode n = ctx.tree().find(proto);
                    assertThat(n).as(proto + " in frame " + rec.number()).isNotNull();
                    for (int b = n.sourceOffset(); b < n.sourceOffset() + n.length(); b++) {
                        if (!covered.get(b)) {
                            gaps.add("frame " + rec.number() + " " + proto + " byte " + b);
                        }
                    }
                }
            }
        }
        assertThat(gaps).isEmpty();
    }

    @Test
    void colourOnlyWhenAsked() {
        String never = TcpdumpOutput.run(List.of("-r", SEED.toString(), "--annotate", "--color=never", "-XX",
                "-c", "1"));
        String always = TcpdumpOutput.run(List.of("-r", SEED.toString(), "--annotate", "--color=always", "-XX",
                "-c", "1"));
        assertThat(never).doesNotContain("\u001b[");
        assertThat(always).contains("\u001b[34meth.dst=38:22:d6:a1:78:66\u001b[0m");
        // in a test stdout is not a terminal, so auto means no colour
        String auto = TcpdumpOutput.run(List.of("-r", SEED.toString(), "--annotate", "-XX", "-c", "1"));
        assertThat(auto).isEqualTo(never);
    }

    @Test
    void annotateCombinesWithTheTree() {
        String out = TcpdumpOutput.run(List.of("-r", SEED.toString(), "-V", "--annotate", "--color=never",
                "-c", "1"));
        assertThat(out).contains("Internet Protocol Version 4").contains("\t0x0000:  3822 d6a1 7866 00e0")
                .contains("eth.dst=38:22:d6:a1:78:66");
    }
}
