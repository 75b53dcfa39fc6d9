package org.jdissect.bench;

import java.io.IOException;
import java.nio.file.Path;
import org.jdissect.api.capture.CaptureReader;
import org.jdissect.api.capture.Captures;
import org.jdissect.api.capture.PacketRecord;
import org.jdissect.api.dissect.Dissection;
import org.jdissect.api.dissect.Engine;

/**
 * Framing and dissection of a whole capture file on one thread, in-process, pass after pass (the first ones warm the
 * JIT up): {@code java -cp bench/target/benchmarks.jar org.jdissect.bench.DissectFile FILE [PASSES] [MODE]}, MODE one
 * of {@code frame} (the reader alone), {@code lazy} (every packet through a lazy dissection's state pass: every layer
 * dissected, any tree buildable on demand), {@code full} (every packet's whole tree, without labels), {@code labels}
 * (with them, as -V needs) or {@code tcpfilter} (only what {@code -Y 'ip.addr == 10.0.0.0/8 && tcp.flags.reset == 1'}
 * reads: no layer above TCP). Prints packets/s of each pass. {@code -Dmmap=true} reads as {@code --mmap} does;
 * {@code -Dprefs=NAME:VALUE,...} sets preferences as {@code -o} does, {@code -Ddisable=PROTO,...} disables protocols as
 * {@code --disable-protocol} does.
 */
public final class DissectFile {
    private DissectFile() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String mode = args.length > 2 ? args[2] : "lazy";
        Engine engine = Engine.standard();
        for (String proto : System.getProperty("disable", "").split(",")) {
            if (!proto.isBlank()) {
                engine.disableProtocol(proto); // as --disable-protocol (http: Ethernet/IPv4/TCP and data only)
            }
        }
        for (String pref : System.getProperty("prefs", "").split(",")) {
            if (!pref.isBlank()) {
                engine.preferences().set(pref); // as -o does, for measuring what a preference costs
            }
        }
        for (int pass = 1; pass <= passes; pass++) {
            long t0 = System.nanoTime();
            long n = 0;
            long nodes = 0;
            try (CaptureReader reader = Captures.open(file, Boolean.getBoolean("mmap") ? Captures.ReadMode.MAPPED
                    : Captures.ReadMode.WINDOWED)) {
                Dissection d = switch (mode) {
                    case "frame" -> null;
                    case "lazy" -> engine.newDissection().labels(false).lazyTrees();
                    case "full" -> engine.newDissection().labels(false);
                    case "labels" -> engine.newDissection();
                    case "tcpfilter" -> engine.newDissection().labels(false).keepOnly(java.util.List.of(
                            engine.registry().get("ip.addr"), engine.registry().get("tcp.flags.reset")));
                    default -> throw new IllegalArgumentException("mode: frame, lazy, full, labels or tcpfilter");
                };
                PacketRecord rec = new PacketRecord();
                while (true) {
                    if (d != null) {
                        d.settle(); // a lazy dissection's state pass, before the reader reuses the record
                    }
                    reader.recycleBefore(Long.MAX_VALUE);
                    if (!reader.next(rec)) {
                        break;
                    }
                    n++;
                    if (d != null) {
                        nodes += d.dissect(rec).tree().size();
                    }
                }
            }
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("pass %d (%s): %,d packets in %.3f s, %.2f M packets/s, %,d tree items%n", pass, mode, n,
                    s, n / s / 1e6, nodes);
        }
    }
}
