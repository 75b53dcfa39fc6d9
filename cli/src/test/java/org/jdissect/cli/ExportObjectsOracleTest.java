package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --export-objects http,DIR} against tshark 4.0.17: for each line of
 * {@code testdata/stats/eo-cases.tsv}, the files written (names and MD5 of their contents) equal
 * {@code expected/eo-NAME.txt}, which {@code testdata/stats/eo-oracle.sh} made from what tshark wrote.
 */
class ExportObjectsOracleTest {
    private static final Path DIR = TestData.ROOT.resolve("stats");

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve("eo-cases.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length == 2) {
                out.add(Arguments.of(f[0], f[1]));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theFilesAreTsharks(String name, String capture, @TempDir Path tmp) throws Exception {
        Path dest = tmp.resolve("objects");
        int rc = run("-q", "--export-objects", "http," + dest, "-r", TestData.ROOT.resolve(capture).toString());
        assertThat(rc).isEqualTo(ExitCode.OK);
        String expected = Files.readString(DIR.resolve("expected").resolve("eo-" + name + ".txt"));
        assertThat(listing(dest)).isEqualTo(expected);
    }

    @Test
    void aNameTakenBeforeTheRunGetsANumber(@TempDir Path dest) throws Exception {
        Files.writeString(dest.resolve("index.html"), "mine");
        int rc = run("-q", "--export-objects", "http," + dest, "-r", TestData.capture("http-keepalive.pcap")
                .toString());
        assertThat(rc).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(dest.resolve("index.html"))).isEqualTo("mine");
        assertThat(dest.resolve("index(1).html")).exists();
    }

    @Test
    void onlyHttpIsExported() {
        assertThat(run("-q", "--export-objects", "smb,/tmp/x", "-r", TestData.capture("http-basic.pcap").toString()))
                .isEqualTo(ExitCode.USAGE);
        assertThat(run("-q", "--export-objects", "http", "-r", TestData.capture("http-basic.pcap").toString()))
                .isEqualTo(ExitCode.USAGE);
    }

    private static int run(String... args) {
        return Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    /** md5sum's lines for the files of {@code dir}, sorted by name; nothing when the folder is not there. */
    private static String listing(Path dir) throws IOException, NoSuchAlgorithmException {
        if (!Files.isDirectory(dir)) {
            return "";
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.sorted().toList();
        }
        StringBuilder sb = new StringBuilder();
        for (Path f : files) {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(Files.readAllBytes(f));
            sb.append(HexFormat.of().formatHex(md5)).append("  ").append(f.getFileName()).append('\n');
        }
        return sb.toString();
    }
}
