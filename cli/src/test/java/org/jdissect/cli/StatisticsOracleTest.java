package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code -z} statistics (and other tshark-only options such as {@code -O}) against tshark 4.0.17: each line of
 * {@code testdata/stats/cases-*.tsv} (a name, a capture, the
 * arguments) is run as {@code jdissect ARGS -r CAPTURE} and compared byte for byte with what
 * {@code tshark -n ARGS -r CAPTURE} printed ({@code testdata/stats/expected/NAME.txt}, or {@code NAME.txt.gz} when
 * large, made by its oracle.sh), in UTC as the oracle was made ({@code -t a} prints local clock times).
 */
@ExtendWith(InUtc.class)
class StatisticsOracleTest {
    private static final Path DIR = TestData.ROOT.resolve("stats");

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.getFileName().toString().matches("cases-.*\\.tsv")).sorted().toList();
        }
        for (Path f : files) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cols = line.split("\t");
                out.add(Arguments.of(cols[0], cols[1], Arrays.copyOfRange(cols, 2, cols.length)));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void statisticsEqualTsharks(String name, String capture, String[] args) throws IOException {
        List<String> argv = new ArrayList<>(List.of(args));
        argv.add("-r");
        argv.add(TestData.ROOT.resolve(capture).toString());
        int[] rc = new int[1];
        String out = TestData.run(rc, argv.toArray(new String[0]));
        String expected = expected(name);
        // a capture cut short is a read error, after which the statistics of what was read are drawn, as tshark does
        assertThat(rc[0]).as("exit code").isEqualTo(name.endsWith("-cut") ? ExitCode.READ_ERROR : ExitCode.OK);
        if (name.startsWith("hosts-")) {
            // tap-hosts.c names the capture as given (oracle.sh gives it from testdata/stats), and walks hash tables
            // seeded at random: its lines come in any order
            expected = sortedLines(expected.replace("gathered from ../" + capture, "gathered from " + argv.get(argv
                    .size() - 1)));
            out = sortedLines(out);
        }
        assertThat(Golden.firstDifference(expected, out)).as("jdissect " + String.join(" ", argv)).isEmpty();
    }

    /** expected/NAME.txt, or NAME.txt.gz for an output oracle.sh kept gzip'd (over 256 KiB). */
    private static String expected(String name) throws IOException {
        Path plain = DIR.resolve("expected").resolve(name + ".txt");
        if (Files.exists(plain)) {
            return Files.readString(plain, StandardCharsets.UTF_8);
        }
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(
                DIR.resolve("expected").resolve(name + ".txt.gz")))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String sortedLines(String s) {
        return s.lines().sorted().collect(java.util.stream.Collectors.joining("\n", "", "\n"));
    }

    @Test
    void anUnknownStatisticIsAUsageError() {
        int[] rc = new int[1];
        TestData.run(rc, "-q", "-z", "io,nonesuch", "-r", TestData.capture("http-basic.pcap").toString());
        assertThat(rc[0]).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void aBadStatisticFilterIsAUsageError() {
        int[] rc = new int[1];
        TestData.run(rc, "-q", "-z", "io,phs,ip.nonesuch == 1", "-r",
                TestData.capture("http-basic.pcap").toString());
        assertThat(rc[0]).isEqualTo(ExitCode.USAGE);
    }

    /** tshark 4.0.17's complaint (on standard error, "tshark: follow - …") for each malformed follow argument. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "follow,tcp|Invalid display mode.",
        "follow,tcp,utf-8,0|Invalid display mode.",
        "follow,tcp,asciix,0|Invalid address.",
        "follow,tcp,hex|Invalid address.",
        "follow,tcp,ascii,1.2.3.4:80|Invalid address.",
        "follow,tcp,ascii,1.2.3.4:0,1.2.3.4:5|Invalid port.",
        "follow,udp,raw,010.99.0.2:47661,10.99.0.1:9999|Can't get IPv4 address",
        "follow,tcp,ascii,[10.0.0.1]:80,[::1]:5|Can't get IPv6 address",
        "follow,tcp,ascii,1.2.3.4:80,[::1]:5|Mismatched IP address types.",
        "follow,tcp,ascii,0,0|Invalid range value.",
        "follow,tcp,ascii,0,3-2|Invalid range value.",
        "follow,tcp,ascii,0,x|Invalid range.",
        "follow,tcp,ascii,0,1x|Invalid parameter.",
        "follow,tcp,raw,-1|Error registering tap listener."})
    void aMalformedFollowIsRefusedWithTsharksWords(String arg, String complaint) {
        assertRefused(arg, "jdissect: follow - " + complaint + System.lineSeparator());
    }

    /** Runs {@code -q -z arg} on http-basic.pcap: a usage error, nothing on standard output, {@code err} on error. */
    private static void assertRefused(String arg, String err) {
        java.io.StringWriter e = new java.io.StringWriter();
        java.io.StringWriter out = new java.io.StringWriter();
        int rc = Main.run(new String[] {"-q", "-z", arg, "-r", TestData.capture("http-basic.pcap").toString()},
                new java.io.PrintWriter(out), new java.io.PrintWriter(e));
        assertThat(rc).isEqualTo(ExitCode.USAGE);
        assertThat(out.toString()).isEmpty();
        assertThat(e.toString()).isEqualTo(err);
    }

    /** tshark 4.0.17's complaint ("tshark: flow - …") for each malformed flow argument. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "flow,tcp|Invalid address type.",
        "flow,tcp,|Invalid address type.",
        "flow,tcp,Network|Invalid address type.",
        "flow,any, standard|Invalid address type.",
        "flow,icmpv6|Invalid address type.",
        "flow,anyx,network|Invalid address type.",
        "flow,icmpx,standard|Invalid address type.",
        "flow,tcp,network,tcp.port==|Error registering tap listener.",
        "flow,tcp,network,nonesuch|Error registering tap listener.",
        "flow,any,standard,,|Error registering tap listener."})
    void aMalformedFlowIsRefusedWithTsharksWords(String arg, String complaint) {
        assertRefused(arg, "jdissect: flow - " + complaint + System.lineSeparator());
    }

    /** io,stat's rows are intervals or clock times: tshark 4.0.17 refuses the -t formats that are neither. */
    @ParameterizedTest(name = "-t {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"d", "dd", "e"})
    void ioStatRefusesTimesThatNameNoInterval(String format) {
        java.io.StringWriter err = new java.io.StringWriter();
        java.io.StringWriter out = new java.io.StringWriter();
        String[] argv = {"-q", "-t", format, "-z", "io,stat,1", "-r", TestData.capture("http-basic.pcap").toString()};
        int rc = Main.run(argv, new java.io.PrintWriter(out), new java.io.PrintWriter(err));
        assertThat(rc).isEqualTo(ExitCode.USAGE);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEqualTo("jdissect: invalid -t operand. io,stat only supports -t "
                + "<r|a|ad|adoy|u|ud|udoy>" + System.lineSeparator());
    }

    /**
     * proto,colinfo writes the Info column, so it needs one printed: tshark 4.0.17 refuses it (at the first packet it
     * is given) for -q, a tree, JSON without columns or a written file; jdissect before reading.
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"-q", "-V", "-T pdml", "-T json -e ip.ttl",
        "-T fields -e ip.ttl"})
    void columnInfoNeedsTheInfoColumnPrinted(String mode) {
        List<String> argv = new ArrayList<>(List.of(mode.split(" ")));
        argv.addAll(List.of("-z", "proto,colinfo,ip.ttl,ip.ttl", "-r", TestData.capture("http-basic.pcap").toString()));
        java.io.StringWriter err = new java.io.StringWriter();
        java.io.StringWriter out = new java.io.StringWriter();
        int rc = Main.run(argv.toArray(new String[0]), new java.io.PrintWriter(out), new java.io.PrintWriter(err));
        assertThat(rc).isEqualTo(ExitCode.USAGE);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEqualTo("jdissect: the proto,colinfo tap doesn't work if the INFO column isn't "
                + "being printed." + System.lineSeparator());
    }

    /** tshark 4.0.17's words for a proto,colinfo argument without a field, or naming none that exists. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "proto,colinfo,ip.ttl|invalid \"-z proto,colinfo,<filter>,<field>\" argument",
        "proto,colinfo,ip,ip.nonesuch|Field \"ip.nonesuch\" doesn't exist."})
    void aMalformedColumnInfoIsRefused(String arg, String complaint) {
        assertRefused(arg, "jdissect: " + complaint + System.lineSeparator());
    }

    /** A flow tshark 4.0 has not (or a bare "flow"), as any unknown statistic, is refused with the list of names. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"flow,udp,network", "flow,", "flow"})
    void anUnknownFlowIsAnUnknownStatistic(String arg) {
        java.io.StringWriter err = new java.io.StringWriter();
        int rc = Main.run(new String[] {"-q", "-z", arg, "-r", TestData.capture("http-basic.pcap").toString()},
                new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err));
        assertThat(rc).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).startsWith("jdissect: invalid -z argument \"" + arg + "\"; it must be one of:")
                .contains("\n     flow,any\n     flow,icmp\n     flow,icmpv6\n     flow,tcp\n");
    }
}
