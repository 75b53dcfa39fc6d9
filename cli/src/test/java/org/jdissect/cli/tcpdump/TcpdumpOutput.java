package org.jdissect.cli.tcpdump;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TimeZone;
import org.jdissect.cli.Golden;
import org.jdissect.cli.Main;
import org.jdissect.cli.TestData;

/** Runs the CLI in-process in UTC (tcpdump's oracles were made with TZ=UTC/GMT0) and reports differences. */
final class TcpdumpOutput {
    static final Path TESTDATA = TestData.ROOT;

    private TcpdumpOutput() {
    }

    /** jdissect's stdout for {@code args}; throws if the exit code is not 0. */
    static synchronized String run(List<String> args) {
        TimeZone saved = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int rc = Main.run(args.toArray(new String[0]), new PrintWriter(out), new PrintWriter(err));
            if (rc != 0) {
                throw new AssertionError("exit code " + rc + " for " + args + ": " + err);
            }
            return out.toString();
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    /** "" when equal, else the first differing line with context (see {@link Golden#firstDifference}). */
    static String firstDifference(String expected, String actual) {
        return Golden.firstDifference(expected, actual);
    }
}
