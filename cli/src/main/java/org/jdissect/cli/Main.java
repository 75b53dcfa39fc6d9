package org.jdissect.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Entry point: normalises tcpdump/tshark-style arguments, then runs picocli. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 2 && args[0].equals(CDS_TRAINING)) {
            System.exit(train(args[1]));
        }
        // a large buffer and no autoflush: System.out's PrintStream flushes on every write of a line. Always UTF-8,
        // whatever the locale, as tshark writes (its -V "TCP Flags: ·······A····" under LC_ALL=C too): the platform
        // charset of a C locale, US-ASCII, turned those characters into '?' and sent every line through a
        // CharsetEncoder, which made a -V run under LC_ALL=C nearly twice as slow
        PrintWriter out = new StdoutWriter(new Utf8Out(new FileOutputStream(FileDescriptor.out)));
        System.exit(run(args, out, new PrintWriter(System.err, true)));
    }

    /** The launcher's hidden first run after a build (see {@link #train}). */
    static final String CDS_TRAINING = "--cds-training";

    /**
     * Runs the common modes on {@code capture} with their output discarded, so that the launcher's class-data archive
     * (made at the exit of this run) holds the classes of every mode, the filter compiler's included, not just those
     * of whichever command happened to run first: a -Y run loaded the parser's classes from the jar, a tenth of a
     * second.
     */
    static int train(String capture) {
        PrintWriter sink = new StdoutWriter(new Utf8Out(java.io.OutputStream.nullOutputStream()));
        PrintWriter errSink = new PrintWriter(java.io.Writer.nullWriter());
        String filter = "http.request.method == \"GET\" && tcp.len > 0 || ip.addr == 10.0.0.0/8 && tcp.flags.reset == 1"
                + " || tcp.port in {80, 8080} && !(http.response.code == 200) || http.host matches \"^a\""
                + " || len(tcp.payload) > 2 && tcp.payload[0:2] == 47:45 || udp.port == 53";
        String[][] runs = {
            {"-r", capture, "-vvXe"}, {"-r", capture, "-nn"}, {"-r", capture, "-V"}, {"-r", capture, "-T", "json"},
            {"-r", capture, "-T", "text"}, {"-r", capture, "-V", "--annotate"},
            {"-r", capture, "-T", "fields", "-e", "frame.number", "-e", "ip.src", "-e", "http.host"},
            {"-r", capture, "-Y", filter}, {"-r", capture, "--count", "-Y", "tcp"},
        };
        int worst = 0;
        for (String[] r : runs) {
            worst = Math.max(worst, run(r, sink, errSink));
        }
        return worst;
    }

    /**
     * Runs the command line and returns the exit status ({@link ExitCode}): 0 ok, 1 read error, 2 usage or filter
     * error, 3 write error, 4 internal error, 130 interrupted. Whatever goes wrong is one line on {@code err}; an
     * internal error's stack trace follows only with {@code --debug}.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        boolean debug = List.of(args).contains("--debug");
        CommandLine cl = configure(new CommandLine(new JdissectCommand(out, err)), out, err, debug);
        int rc;
        if (args.length > 0 && args[0].equals("-G")) {
            // tshark's glossaries, -G first: jdissect has the field, protocol and preference lists
            String report = args.length > 1 ? args[1] : "fields";
            if (report.equals("ftypes")) {
                for (org.jdissect.api.field.Ftype t : org.jdissect.api.field.Ftype.values()) {
                    out.print(t.name() + "\t" + t.label() + "\n"); // tshark's lines end in \n on every platform
                }
                out.flush();
                return ExitCode.OK;
            }
            List<String> command = switch (report) {
                case "fields", "protocols" -> List.of(report);
                case "defaultprefs" -> List.of("prefs");
                case "currentprefs" -> List.of("prefs", "--current");
                default -> null;
            };
            if (command == null) {
                err.println("jdissect: -G " + report + ": jdissect lists fields, protocols, field types and preferences"
                        + " (-G fields, -G protocols, -G ftypes, -G defaultprefs, -G currentprefs)");
                err.flush();
                return ExitCode.USAGE;
            }
            args = java.util.stream.Stream.concat(command.stream(),
                    List.of(args).subList(Math.min(args.length, 2), args.length).stream()).toArray(String[]::new);
        }
        try {
            rc = cl.execute(normalise(args));
        } catch (OutOfMemoryError | StackOverflowError e) {
            // picocli hands only Exceptions to the execution handler; these escape it
            rc = internalError(e, debug, out, err);
        }
        out.flush();
        err.flush();
        return rc;
    }

    /** The error handling every command shares: one line per error, the exit statuses of {@link ExitCode}. */
    static CommandLine configure(CommandLine cl, PrintWriter out, PrintWriter err, boolean debug) {
        cl.setOut(out);
        cl.setErr(err);
        cl.setPosixClusteredShortOptionsAllowed(true);
        cl.setAllowSubcommandsAsOptionParameters(true);
        cl.setAllowOptionsAsOptionParameters(true);
        cl.setExitCodeExceptionMapper(e -> ExitCode.USAGE);
        cl.setParameterExceptionHandler((ex, a) -> {
            // one line, the hint included: every error is one line (ROBUSTNESS.md)
            err.println("jdissect: " + ex.getMessage() + " (jdissect --help lists the options)");
            return ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof java.nio.file.InvalidPathException bad) {
                // a name the JVM decoded from a byte the locale's character set lacks (US-ASCII under LC_ALL=C,
                // where the launcher switches to C.UTF-8; java -jar does not): the file cannot be named, not a bug
                out.flush();
                err.println("jdissect: " + bad.getInput() + ": this file name is not in the locale's character set ("
                        + System.getProperty("sun.jnu.encoding") + "); run jdissect in a UTF-8 locale"
                        + " (LC_ALL=C.UTF-8)");
                return ExitCode.READ_ERROR;
            }
            return internalError(ex, debug, out, err);
        });
        return cl;
    }

    /** One line for an exception nothing else handled (a bug, or the JVM running out of memory). */
    static int internalError(Throwable e, boolean debug, PrintWriter out, PrintWriter err) {
        out.flush();
        String what = e instanceof JdissectCommand.PacketFailure ? e.getMessage() : e.toString();
        if (e instanceof OutOfMemoryError) {
            err.println("jdissect: out of memory (" + e.getMessage() + "): give Java more heap"
                    + " (JDISSECT_JAVA_OPTS=-Xmx4g) or lower a limit (-o, see ROBUSTNESS.md)");
        } else {
            err.println("jdissect: internal error: " + what
                    + (debug ? "" : " (please report it; --debug prints the stack trace)"));
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCode.INTERNAL;
    }

    /**
     * {@code -e} is tshark's field option after {@code -T fields|json|ek} and tcpdump's link-header flag otherwise;
     * picocli cannot express that, so field uses are rewritten to {@code --field}. A display filter is attached to its
     * option ({@code --display-filter=…}): one may start with '-' ({@code -Y '-ip.ttl < 0'}), which picocli would
     * otherwise take for an unknown option, while tshark reads the next word whatever it is.
     */
    static String[] normalise(String[] args) {
        boolean fieldsMode = false;
        for (int i = 0; i < args.length - 1; i++) {
            // tshark's -e names fields for -T fields, and for -T json and -T ek (their "layers" then hold only those)
            String t = args[i].equals("-T") ? args[i + 1] : args[i].startsWith("-T") ? args[i].substring(2) : null;
            if ("fields".equals(t) || "json".equals(t) || "ek".equals(t)) {
                fieldsMode = true;
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                out.addAll(List.of(args).subList(i, args.length));
                break;
            }
            if ((args[i].equals("-Y") || args[i].equals("--display-filter")) && i + 1 < args.length) {
                out.add("--display-filter=" + args[++i]);
            } else if (args[i].equals("-t") && i + 1 < args.length
                    && org.jdissect.output.TimeFormat.named(args[i + 1]) != null) {
                // tshark's -t FORMAT ("-t ad"); tcpdump's -t takes no word, and none of these is a filter
                out.add("--time-format=" + args[++i]);
            } else if (fieldsMode && args[i].equals("-e") && i + 1 < args.length) {
                out.add("--field=" + args[++i]);
            } else if (fieldsMode && args[i].startsWith("-e") && args[i].length() > 2 && args[i].charAt(2) != '-'
                    && args[i].contains(".")) {
                out.add("--field=" + args[i].substring(2));
            } else {
                out.add(args[i]);
            }
        }
        return out.toArray(new String[0]);
    }
}
