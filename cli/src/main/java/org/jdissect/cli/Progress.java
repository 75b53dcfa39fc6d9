package org.jdissect.cli;

import java.io.PrintWriter;

/**
 * A packet counter on standard error for long reads, shown only when standard error is a terminal (the launcher
 * tells us with {@code -Djdissect.stderr.tty=true}, since Java cannot ask) and at most twice a second.
 */
final class Progress {
    private static final long INTERVAL_NS = 500_000_000L;
    private final PrintWriter err;
    private final boolean enabled;
    private long last = System.nanoTime();
    private boolean shown;

    private Progress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    static Progress forStderr(PrintWriter err) {
        return new Progress(err, Boolean.getBoolean("jdissect.stderr.tty"));
    }

    void tick(long packets) {
        if (!enabled || (packets & 0xfff) != 0) {
            return;
        }
        long now = System.nanoTime();
        if (now - last >= INTERVAL_NS) {
            last = now;
            shown = true;
            err.print("\r" + packets + " packets");
            err.flush();
        }
    }

    void done() {
        if (shown) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
