package org.jdissect.cli.tcpdump;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Byte-for-byte comparison with tcpdump 4.99.3: the 12 flag sets of the project's oracle over every capture that
 * holds only Ethernet/IPv4/TCP/HTTP, and every case of the tcpdump conformance suite whose capture holds only
 * those (plus header-only and unknown-ethertype frames). Outputs too large to keep are stored as SHA-256.
 */
class TcpdumpOracleTest {
    private static final Path ORACLE = TcpdumpOutput.TESTDATA.resolve("oracle/tcpdump");
    private static final Path SUITE = TcpdumpOutput.TESTDATA.resolve("tcpdump-suite");
    private static final Map<String, String> FLAG_SETS = Map.ofEntries(Map.entry("nn", "-nn"),
            Map.entry("nne", "-nn -e"), Map.entry("nnv", "-nn -v"), Map.entry("nnvv", "-nn -vv"),
            Map.entry("nnvvv", "-nn -vvv"), Map.entry("nnx", "-nn -x"), Map.entry("nnX", "-nn -X"),
            Map.entry("nnXX", "-nn -XX"), Map.entry("nnvvXe", "-nn -vvXe"),
            Map.entry("nnttttvvXe", "-nn -tttt -vvXe"), Map.entry("nnq", "-nn -q"),
            Map.entry("nntvv", "-nn -t -vv"));

    /** One oracle file: capture, flag-set tag, file (.txt or .sha256). */
    record OracleCase(String capture, String tag, Path file) {
        @Override
        public String toString() {
            return capture + " " + FLAG_SETS.get(tag);
        }
    }

    static Stream<OracleCase> oracleCases() throws IOException {
        List<OracleCase> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(ORACLE)) {
            for (Path f : files.sorted().toList()) {
                String n = f.getFileName().toString();
                if (!Files.isRegularFile(f) || !(n.endsWith(".txt") || n.endsWith(".sha256"))) {
                    continue;
                }
                String stem = n.substring(0, n.lastIndexOf('.'));
                int dot = stem.lastIndexOf('.');
                String capture = stem.substring(0, dot);
                String tag = stem.substring(dot + 1);
                out.add(new OracleCase(capture, tag, f));
                if (capture.equals("http-keepalive.pcap")) {
                    // the gzip'd copy of the same capture must print the same
                    out.add(new OracleCase("http-keepalive.pcap.gz", tag, f));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oracleCases")
    void oracleFlagSetMatchesTcpdump(OracleCase c) throws IOException {
        List<String> args = new ArrayList<>(List.of("-r",
                TcpdumpOutput.TESTDATA.resolve("captures").resolve(c.capture()).toString()));
        args.addAll(Arrays.asList(FLAG_SETS.get(c.tag()).split(" ")));
        String actual = TcpdumpOutput.run(args);
        if (c.file().toString().endsWith(".sha256")) {
            String want = Files.readString(c.file()).trim();
            assertThat(sha256(actual)).as("SHA-256 of the output (oracle too large to keep; regenerate it with "
                    + "tcpdump to see the difference)").isEqualTo(want);
        } else {
            String expected = Files.readString(c.file(), StandardCharsets.ISO_8859_1);
            assertThat(TcpdumpOutput.firstDifference(expected, actual)).as(c.toString()).isEmpty();
        }
    }

    /** A line of the suite's cases.tsv: case, capture, args, expected, origin. */
    record SuiteCase(String name, String capture, String args, String expected) {
        @Override
        public String toString() {
            return name + " [" + args + "]";
        }
    }

    static Stream<SuiteCase> suiteCases() throws IOException {
        List<String> lines = Files.readAllLines(SUITE.resolve("cases.tsv"), StandardCharsets.UTF_8);
        return lines.stream().skip(1).filter(l -> !l.isBlank()).map(l -> {
            String[] f = l.split("\t", -1);
            return new SuiteCase(f[0], f[1], f[2], f[3]);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("suiteCases")
    void suiteCaseMatchesTcpdump(SuiteCase c) throws IOException {
        List<String> args = new ArrayList<>(List.of("-r", SUITE.resolve(c.capture()).toString()));
        args.addAll(Arrays.asList(c.args().split(" ")));
        String expected = Files.readString(SUITE.resolve(c.expected()), StandardCharsets.ISO_8859_1);
        assertThat(TcpdumpOutput.firstDifference(expected, TcpdumpOutput.run(args))).as(c.toString()).isEmpty();
    }

    @Test
    void everyInScopeOracleAndSuiteCaseIsPresent() throws IOException {
        // 7 captures x 12 flag sets, less the 4 hex sets tcpdump's oracle script skips for each big capture,
        // plus the gzip'd copy of http-keepalive
        assertThat(oracleCases().count()).isEqualTo(64 + 12);
        assertThat(suiteCases().count()).isEqualTo(268);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.ISO_8859_1)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
