package org.jdissect.cli.tcpdump;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --annotate} from the command: field labels under each hex row (label coverage: output's AnnotatorTest). */
class AnnotateTest {
    private static final Path SEED = TcpdumpOutput.TESTDATA.resolve("captures/seed-rst.pcap");
    /** The indent of an annotation line under a hex row (Annotator.INDENT, a tab and nine spaces). */
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
