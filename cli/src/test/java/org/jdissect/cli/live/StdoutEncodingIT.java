package org.jdissect.cli.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Standard output is UTF-8 whatever the locale, as tshark's: under {@code LC_ALL=C} tshark still writes -V's
 * "TCP Flags: ··········S·" as UTF-8, and a jdissect that followed the C locale's US-ASCII wrote '?' instead (and
 * was nearly twice as slow, every line going through a CharsetEncoder). Runs the packaged jar in both locales.
 */
class StdoutEncodingIT {
    @TempDir
    Path dir;

    @Test
    void cLocaleWritesTheSameUtf8AsAUtf8Locale() throws Exception {
        String sample = Path.of("..", "samples", "seed-rst.pcap").toAbsolutePath().toString();
        byte[] c = run("c", "C", sample);
        byte[] utf8 = run("utf8", "C.UTF-8", sample);
        String text = new String(c, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).contains("[TCP Flags: ··········S·]").doesNotContain("?????");
        assertThat(c).isEqualTo(utf8);
    }

    private byte[] run(String name, String locale, String sample) throws Exception {
        try (Proc p = Proc.start(dir, name, Map.of("LC_ALL", locale, "LANG", locale),
                Proc.jdissect("-r", sample, "-V").toArray(String[]::new))) {
            Proc.Result r = p.await(60);
            assertThat(r.exit()).as(r.stderr()).isZero();
            return Files.readAllBytes(p.out);
        }
    }
}
