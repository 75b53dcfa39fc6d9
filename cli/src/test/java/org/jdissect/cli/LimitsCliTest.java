package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.jdissect.cli.HostileCorporaTest.Run;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** -o NAME:VALUE reaches every part that applies limits, and a run that hit one says so once on stderr. */
class LimitsCliTest {
    private static Run run(String... args) {
        return HostileCorporaTest.run(List.of(args));
    }

    @Test
    void aDissectionLimitMarksThePacketsAndIsReportedOnceAtTheEnd() {
        Run r = run("-r", TestData.capture("http-basic.pcap").toString(), "-o", "tree.items:20", "-V");
        assertThat(r.rc()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("would put more than 20 items in the tree -- possible infinite loop (max number"
                + " of items can be increased in advanced preferences)]");
        assertThat(r.err()).singleElement().asString().matches("jdissect: limit tree\\.items \\(20\\) reached \\d+"
                + " times, first in frame 1: Adding \\S+ would put more than 20 items in the tree -- possible infinite"
                + " loop \\(max number of items can be increased in advanced preferences\\); raise it with"
                + " -o tree\\.items:N \\(or -Djdissect\\.limit\\.tree\\.items=N\\)");
    }

    @Test
    void theNoteComesWhateverTheOutputFormatAndInTheSubcommands() {
        String f = TestData.capture("http-keepalive.pcap").toString();
        for (List<String> args : List.of(List.of("-r", f, "-o", "tcp.streams:1"), List.of("-r", f, "-o",
                "tcp.streams:1", "-T", "fields", "-e", "tcp.stream"), List.of("expert", "-r", f, "-o",
                "tcp.streams:1"))) {
            Run r = HostileCorporaTest.run(args);
            assertThat(r.rc()).as(args.toString()).isZero();
            // one capture with a single TCP conversation never reaches a cap of one
            assertThat(r.err()).as(args.toString()).isEmpty();
        }
        // a mode that dissects (tcpdump's text alone reads no tree, so it never meets the stream table)
        Run r = run("-r", TestData.capture("tcp-resets.pcap").toString(), "-o", "tcp.streams:1", "-T", "fields",
                "-e", "tcp.stream");
        assertThat(r.err()).singleElement().asString().startsWith("jdissect: limit tcp.streams (1) reached ");
    }

    @Test
    void theTcpdumpPrintersTableIsReportedThoughItsOutputHasNoPlaceForANote() {
        String f = TestData.capture("tcp-resets.pcap").toString();
        assertThat(run("-r", f).err()).isEmpty();
        Run r = run("-r", f, "-o", "tcpdump.tcp_streams:1");
        assertThat(r.rc()).isZero();
        assertThat(r.err()).singleElement().asString().startsWith("jdissect: limit tcpdump.tcp_streams (1) reached ")
                .contains("tcpdump sequence-number table full");
    }

    @Test
    void theGzipLimitEndsReadingLikeACutFile() {
        Run r = run("-r", TestData.capture("http-keepalive.pcap.gz").toString(), "-o", "gzip.bytes:2k", "-q");
        assertThat(r.rc()).isEqualTo(ExitCode.READ_ERROR);
        assertThat(r.err()).singleElement().asString().contains("gzip input decompresses to more than 2048 bytes"
                + " (limit gzip.bytes; raise it with -o gzip.bytes:N");
        assertThat(r.out()).isNotEmpty(); // the packets within the limit were printed
    }

    @Test
    void aRegexBombIsAFilterErrorAtOnce() {
        Run r = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> run("-r",
                TestData.capture("http-basic.pcap").toString(), "-Y", "http.host matches \"((a{1000}){1000}){1000}\""));
        assertThat(r.rc()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).hasSize(3); // the message, the filter, the caret line (tshark's layout)
        assertThat(r.err().get(0)).startsWith("jdissect: Regex compilation error: pattern too large");
        Run raised = run("-r", TestData.capture("http-basic.pcap").toString(), "-o", "filter.regex_size:5000",
                "-Y", "http.host matches \"a{1000}b{1000}c{1000}\"");
        assertThat(raised.rc()).isEqualTo(ExitCode.USAGE);
        Run fits = run("-r", TestData.capture("http-basic.pcap").toString(), "-o", "filter.regex_size:10000",
                "-Y", "http.host matches \"a{1000}b{1000}c{1000}\"");
        assertThat(fits.rc()).isEqualTo(ExitCode.OK);
    }
}
