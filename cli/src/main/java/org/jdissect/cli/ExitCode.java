package org.jdissect.cli;

/**
 * The exit statuses of every jdissect command, documented in README.md ("Exit status") and ROBUSTNESS.md. Each
 * error also prints one line to standard error starting "jdissect: "; a stack trace only with {@code --debug}.
 */
public final class ExitCode {
    /** Everything read and written. */
    public static final int OK = 0;
    /**
     * The capture could not be read to its end (missing, not a capture, cut short, corrupt, past a read limit) or
     * live capture failed. Everything before the error was printed or written.
     */
    public static final int READ_ERROR = 1;
    /** Bad command line: unknown option, bad display filter, bad limit or preference, -w onto the file being read. */
    public static final int USAGE = 2;
    /** The -w output file could not be written; nothing is left under its name (the partial file is removed). */
    public static final int WRITE_ERROR = 3;
    /** An unexpected exception or error inside jdissect (a bug, or out of memory); the message names it. */
    public static final int INTERNAL = 4;
    /**
     * Reading a file was stopped by SIGINT or SIGTERM: what was read so far is printed and a -w file is completed
     * with it. (Stopping a live capture with Ctrl-C is its normal end: status 0, as tcpdump.)
     */
    public static final int INTERRUPTED = 130;

    private ExitCode() {
    }
}
