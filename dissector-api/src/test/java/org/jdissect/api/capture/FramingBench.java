package org.jdissect.api.capture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Command-line framing benchmark (not a unit test, asserts nothing): reads a capture N times with the reader alone,
 * touching one byte per packet so that the data is really read, and prints frames/s and MB/s per run; with
 * {@code tally} as the read mode it times {@link Captures#tally} (every core framing a part of the file) instead.
 *
 * <pre>
 * mvn -B -q -o -pl dissector-api test-compile
 * java -cp dissector-api/target/classes:dissector-api/target/test-classes \
 *      org.jdissect.api.capture.FramingBench big.pcap 5
 * </pre>
 */
public final class FramingBench {
    private FramingBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: FramingBench CAPTURE [RUNS=5] [windowed|mapped|tally] [headers|last] [recycle]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Captures.ReadMode mode = args.length > 2 && args[2].equals("mapped") ? Captures.ReadMode.MAPPED
                : Captures.ReadMode.WINDOWED;
        // "headers": frame without touching packet bytes (views only), as a count does
        boolean touch = !(args.length > 3 && args[3].equals("headers"));
        // "recycle": each record is done with once the next is read, so windows are reused (as the CLI's loop does)
        boolean recycle = args.length > 4 && args[4].equals("recycle");
        long fileBytes = Files.size(file);
        if (args.length > 2 && args[2].equals("tally")) {
            // Captures.tally: every core frames its own part of the file (a count's path); headers only by nature
            for (int run = 1; run <= runs; run++) {
                long t0 = System.nanoTime();
                FrameTally t = Captures.tally(file).orElseThrow(() -> new IOException("not a tally-able pcap"));
                double s = (System.nanoTime() - t0) / 1e9;
                System.out.printf("run %d: %,d frames, %,d captured bytes in %.3f s: %,.0f frames/s, %.1f MB/s "
                        + "(file %.1f MB/s), tally%n", run, t.frames(), t.capturedBytes(), s, t.frames() / s,
                        t.capturedBytes() / s / 1e6, fileBytes / s / 1e6);
            }
            return;
        }
        long sink = 0;
        for (int run = 1; run <= runs; run++) {
            long frames = 0;
            long captured = 0;
            long t0 = System.nanoTime();
            try (CaptureReader r = Captures.open(file, mode)) {
                PacketRecord p = new PacketRecord();
                while (true) {
                    if (recycle) {
                        r.recycleBefore(Long.MAX_VALUE);
                    }
                    if (!r.next(p)) {
                        break;
                    }
                    frames++;
                    captured += p.capturedLength();
                    if (touch && p.capturedLength() > 0) {
                        sink += p.data().u8(p.capturedLength() - 1);
                    }
                }
            }
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("run %d: %,d frames, %,d captured bytes in %.3f s: %,.0f frames/s, %.1f MB/s (file %.1f MB/s)%n",
                    run, frames, captured, s, frames / s, captured / s / 1e6, fileBytes / s / 1e6);
        }
        System.out.println("(checksum " + sink + ")");
    }
}
