package org.jdissect.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Entry point: normalises tcpdump/tshark-style arguments, then runs picocli. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // a large buffer and no autoflush: System.out's PrintStream flushes on every write of a line
        FileOutputStream stdout = new FileOutputStream(FileDescriptor.out);
        Charset cs = Charset.defaultCharset();
        PrintWriter out = cs.equals(StandardCharsets.UTF_8) ? new StdoutWriter(new Utf8Out(stdout))
                : new PrintWriter(new BufferedWriter(new OutputStreamWriter(stdout, cs), 1 << 16), false);
        System.exit(run(args, out, new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns the exit code: 0 ok, 1 read error, 2 usage or filter error. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new JdissectCommand(out, err));
        cl.setOut(out);
        cl.setErr(err);
        cl.setPosixClusteredShortOptionsAllowed(true);
        cl.setAllowSubcommandsAsOptionParameters(true);
        cl.setExitCodeExceptionMapper(e -> 2);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("jdissect: " + ex.getMessage());
            err.println("Try 'jdissect --help' for more information.");
            return 2;
        });
        int rc = cl.execute(normalise(args));
        out.flush();
        err.flush();
        return rc;
    }

    /**
     * {@code -e} is tshark's field option after {@code -T fields} and tcpdump's link-header flag otherwise; picocli
     * cannot express that, so field uses are rewritten to {@code --field}.
     */
    static String[] normalise(String[] args) {
        boolean fieldsMode = false;
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("-T") && args[i + 1].equals("fields") || args[i].equals("-Tfields")) {
                fieldsMode = true;
            }
        }
        if (!fieldsMode) {
            return args;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("-e") && i + 1 < args.length) {
                out.add("--field=" + args[++i]);
            } else if (args[i].startsWith("-e") && args[i].length() > 2 && args[i].charAt(2) != '-'
                    && args[i].contains(".")) {
                out.add("--field=" + args[i].substring(2));
            } else {
                out.add(args[i]);
            }
        }
        return out.toArray(new String[0]);
    }
}
