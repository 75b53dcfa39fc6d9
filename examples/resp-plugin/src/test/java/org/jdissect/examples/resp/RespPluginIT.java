package org.jdissect.examples.resp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built plugin jar, loaded by the real CLI jar with {@code --plugins DIR}, on real redis-cli/redis-server
 * traffic (capture/redis-resp2.pcap): filters, {@code -T fields}, {@code -V} and the {@code fields} listing.
 */
class RespPluginIT {
    private static final Path CAPTURE = Path.of("capture/redis-resp2.pcap");

    @TempDir
    static Path plugins;

    @BeforeAll
    static void installPlugin() throws IOException {
        Path jar = Path.of(System.getProperty("plugin.jar"));
        assertThat(jar).as("the plugin jar built by this module").exists();
        Files.copy(jar, plugins.resolve(jar.getFileName()));
    }

    /** Runs {@code java -jar jdissect.jar ARGS} and returns {stdout, stderr, exit code}. */
    private static String[] jdissect(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("cli.jar")));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(plugins, "out", ".txt");
        Path err = Files.createTempFile(plugins, "err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int rc = p.waitFor();
        return new String[] {Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8),
            Integer.toString(rc)};
    }

    @Test
    void filtersOnTheCommandAndPrintsItsFields() throws Exception {
        String[] r = jdissect("--plugins", plugins.toString(), "-r", CAPTURE.toString(), "-Y",
                "resp.command == \"GET\"", "-T", "fields", "-e", "frame.number", "-e", "resp.command", "-e",
                "resp.args");
        assertThat(r[1]).isEmpty();
        assertThat(r[2]).isEqualTo("0");
        assertThat(r[0].lines().toList()).hasSize(3).allMatch(l -> l.contains("\tGET\t"))
                .anyMatch(l -> l.endsWith("\tgreeting")).anyMatch(l -> l.endsWith("\tbig"));
    }

    @Test
    void reassemblesTheBigValueAndPairsTheReply() throws Exception {
        String[] r = jdissect("--plugins", plugins.toString(), "-r", CAPTURE.toString(), "-Y",
                "resp.response_to && resp.string contains \"xxxxxxxxxx\"", "-T", "fields", "-e", "tcp.segment", "-e",
                "resp.response_to");
        assertThat(r[2]).isEqualTo("0");
        List<String> lines = r[0].lines().toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).split("\t")[0].split(",")).as("segments of the 5000-byte reply").hasSizeGreaterThan(2);
    }

    @Test
    void showsTheTreeAndListsItsFields() throws Exception {
        String[] v = jdissect("--plugins", plugins.toString(), "-r", CAPTURE.toString(), "-Y", "resp.error", "-V");
        assertThat(v[0]).contains("Redis Serialization Protocol, Response: -ERR unknown command")
                .contains("Error: WRONGTYPE");
        String[] f = jdissect("fields", "--plugins", plugins.toString());
        assertThat(f[0]).contains("\tresp.command\t").contains("\tresp.response_in\t");
        String[] tcpdump = jdissect("--plugins", plugins.toString(), "-r", CAPTURE.toString(), "-c", "6");
        assertThat(tcpdump[2]).isEqualTo("0");
    }
}
