package org.jdissect.cli.tcpdump;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TimeZone;
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

    /** "" when equal, else the first differing line (1-based) with two lines of context on each side. */
    static String firstDifference(String expected, String actual) {
        if (expected.equals(actual)) {
            return "";
        }
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int i = 0;
        while (i < e.length && i < a.length && e[i].equals(a[i])) {
            i++;
        }
        StringBuilder sb = new StringBuilder("first difference at line ").append(i + 1).append(" (expected ")
                .append(e.length - 1).append(" lines, got ").append(a.length - 1).append(")\n");
        for (int k = Math.max(0, i - 2); k < i; k++) {
            sb.append("    ").append(e[k]).append('\n');
        }
        sb.append("  - ").append(i < e.length ? e[i] : "<end of output>").append('\n');
        sb.append("  + ").append(i < a.length ? a[i] : "<end of output>").append('\n');
        for (int k = i + 1; k < Math.min(e.length, i + 3); k++) {
            sb.append("    ").append(e[k]).append('\n');
        }
        return sb.toString();
    }
}
