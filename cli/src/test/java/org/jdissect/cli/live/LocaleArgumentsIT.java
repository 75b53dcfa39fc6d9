package org.jdissect.cli.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A capture whose name is not ASCII, under {@code LC_ALL=C}: the JVM decodes arguments in the locale's character set
 * (US-ASCII there), so the launcher runs it in C.UTF-8, and tshark's way (the bytes taken as UTF-8) is kept. Run
 * through {@code java -jar} directly, the name cannot be decoded: one line saying why, not an "internal error".
 */
class LocaleArgumentsIT {
    private static final Map<String, String> C_LOCALE = Map.of("LC_ALL", "C", "LANG", "C");

    @TempDir
    Path dir;

    private Path nonAsciiCapture() throws Exception {
        Path capture = dir.resolve("capture-é.pcap");
        Files.copy(Path.of("..", "samples", "seed-rst.pcap"), capture);
        return capture;
    }

    @Test
    void theLauncherOpensANonAsciiNameUnderTheCLocale() throws Exception {
        assumeTrue(hasCUtf8(), "no C.UTF-8 locale on this machine");
        Path launcher = Path.of("..", "jdissect").toAbsolutePath().normalize();
        try (Proc p = Proc.start(dir, "launcher", C_LOCALE, "bash", launcher.toString(), "-r",
                nonAsciiCapture().toString(), "--count")) {
            Proc.Result r = p.await(300);
            assertThat(r.exit()).as(r.stderr()).isZero();
            assertThat(r.stdout()).isEqualTo("6 packets\n");
        }
    }

    @Test
    void javaDashJarUnderTheCLocaleSaysWhyTheNameCannotBeUsed() throws Exception {
        try (Proc p = Proc.start(dir, "jar", C_LOCALE,
                Proc.jdissect("-r", nonAsciiCapture().toString(), "--count").toArray(String[]::new))) {
            Proc.Result r = p.await(60);
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.stderr()).contains("not in the locale's character set").contains("LC_ALL=C.UTF-8")
                    .doesNotContain("internal error");
        }
    }

    private static boolean hasCUtf8() throws Exception {
        Process p = new ProcessBuilder(List.of("locale", "-a")).redirectErrorStream(true).start();
        String all = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return all.lines().anyMatch(l -> l.equalsIgnoreCase("C.UTF-8") || l.equalsIgnoreCase("C.utf8"));
    }
}
