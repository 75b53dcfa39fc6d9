package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jdissect.cli.HostileCorporaTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Every exit status of README's "Exit status" table, each from a real failure, each with one line on stderr
 * starting "jdissect: " and no stack trace (status 130, interrupted, needs a signal: CaptureFileSafetyIT).
 */
class ExitCodesTest {
    @TempDir
    Path dir;

    private static final String GOOD = TestData.capture("http-basic.pcap").toString();

    private static Run run(String... args) {
        return HostileCorporaTest.run(List.of(args));
    }

    private static void oneLine(Run r, int status, String startsWith) {
        assertThat(r.rc()).as(r.err().toString()).isEqualTo(status);
        assertThat(r.err()).singleElement().asString().startsWith(startsWith).doesNotContain("\tat ");
    }

    @Test
    void zeroWhenEverythingWasReadAndWritten() {
        Run r = run("-r", GOOD, "-q");
        assertThat(r.rc()).isEqualTo(ExitCode.OK);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isNotEmpty();
    }

    @Test
    void oneWhenTheCaptureCannotBeRead() throws IOException {
        oneLine(run("-r", dir.resolve("missing.pcap").toString()), ExitCode.READ_ERROR, "jdissect: ");
        Path text = Files.writeString(dir.resolve("notes.txt"), "not a capture at all\n");
        oneLine(run("-r", text.toString()), ExitCode.READ_ERROR, "jdissect: " + text + ": not a capture file");
        // cut in the middle of a record: the whole packets before it are printed, then one line
        byte[] whole = Files.readAllBytes(Path.of(GOOD));
        Path cut = Files.write(dir.resolve("cut.pcap"), java.util.Arrays.copyOf(whole, whole.length - 10));
        Run r = run("-r", cut.toString(), "-q");
        oneLine(r, ExitCode.READ_ERROR, "jdissect: " + cut);
        assertThat(r.out().lines().count()).isEqualTo(run("-r", GOOD, "-q").out().lines().count() - 1);
        // the same codes for the subcommands that read captures
        oneLine(run("expert", "-r", cut.toString()), ExitCode.READ_ERROR, "jdissect: ");
        oneLine(run("follow", "-r", text.toString(), "tcp", "0"), ExitCode.READ_ERROR, "jdissect: ");
    }

    @Test
    void twoForABadCommandLine() {
        oneLine(run("-r", GOOD, "--bogus"), ExitCode.USAGE, "jdissect: Unknown option: '--bogus'");
        // a filter error is tshark's message line, then the filter with a caret under the culprit
        Run filter = run("-r", GOOD, "-Y", "tcp.port ==");
        assertThat(filter.rc()).isEqualTo(ExitCode.USAGE);
        assertThat(filter.err()).hasSize(3);
        assertThat(filter.err().get(0)).startsWith("jdissect: ");
        assertThat(filter.err().get(2)).matches(" *\\^~*");
        oneLine(run("-r", GOOD, "-o", "tree.items:many"), ExitCode.USAGE,
                "jdissect: tree.items: \"many\" is not a number");
        oneLine(run("-r", GOOD, "-o", "nonsense:1"), ExitCode.USAGE,
                "jdissect: -o flag \"nonsense:1\" specifies unknown preference (jdissect prefs lists the preferences;"
                        + " limits: tcp.reassembly_bytes");
        assertThat(run("check-filter", "-o", "filter.depth:1", "((tcp))").err().get(0))
                .startsWith("jdissect: Filter is nested too deeply");
        oneLine(run("-r", GOOD, "-w", GOOD), ExitCode.USAGE, "jdissect: -w " + GOOD + " is the capture being read");
    }

    @Test
    void threeWhenTheOutputFileCannotBeWritten() throws IOException {
        Path target = dir.resolve("no/such/dir/out.pcap");
        oneLine(run("-r", GOOD, "-w", target.toString()), ExitCode.WRITE_ERROR, "jdissect: " + target + ": ");
        assertThat(target.getParent()).doesNotExist();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    /** A command that fails the way a bug would. */
    @Command(name = "buggy")
    static final class Buggy implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("boom");
        }
    }

    @Test
    void fourForAnInternalErrorWithTheStackTraceOnlyWithDebug() {
        for (boolean debug : new boolean[] {false, true}) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int rc = Main.configure(new CommandLine(new Buggy()), new PrintWriter(out), new PrintWriter(err), debug)
                    .execute();
            assertThat(rc).isEqualTo(ExitCode.INTERNAL);
            List<String> lines = err.toString().lines().toList();
            assertThat(lines.get(0)).isEqualTo("jdissect: internal error: java.lang.IllegalStateException: boom"
                    + (debug ? "" : " (please report it; --debug prints the stack trace)"));
            if (debug) {
                assertThat(lines).anySatisfy(l -> assertThat(l).contains("\tat ").contains("Buggy.call"));
            } else {
                assertThat(lines).hasSize(1);
            }
        }
        StringWriter err = new StringWriter();
        assertThat(Main.internalError(new OutOfMemoryError("Java heap space"), false, new PrintWriter(new StringWriter()),
                new PrintWriter(err))).isEqualTo(ExitCode.INTERNAL);
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("jdissect: out of memory (Java heap space): give Java more heap");
        // a printer that throws on a packet names the frame
        StringWriter printing = new StringWriter();
        Main.internalError(new JdissectCommand.PacketFailure(7, new IllegalStateException("x")), false,
                new PrintWriter(new StringWriter()), new PrintWriter(printing));
        assertThat(printing.toString().lines()).singleElement().asString()
                .startsWith("jdissect: internal error: while printing frame 7: java.lang.IllegalStateException: x");
        // --debug is an option of every command, so it parses wherever it is given
        assertThat(run("-r", GOOD, "-q", "--debug").rc()).isEqualTo(ExitCode.OK);
        assertThat(run("expert", "-r", GOOD, "--debug").rc()).isEqualTo(ExitCode.OK);
    }

    @Test
    void theHelpFooterAndReadmeListTheSameStatuses() throws IOException {
        String help = run("--help").out().replaceAll("\\s+", " ");
        assertThat(help).contains("Exit status: 0 ok, 1 capture read error, 2 usage or filter error, 3 -w write"
                + " error, 4 internal error, 130 interrupted while reading a file.");
        String readme = Files.readString(TestData.ROOT.getParent().resolve("README.md"));
        for (String row : new String[] {"| 0 |", "| 1 |", "| 2 |", "| 3 |", "| 4 |", "| 130 |"}) {
            assertThat(readme).as("README exit status table").contains(row);
        }
    }
}
