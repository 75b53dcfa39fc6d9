package org.jdissect.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jdissect.api.capture.CaptureReader;
import org.jdissect.api.capture.Captures;
import org.jdissect.api.capture.PacketRecord;
import org.jdissect.api.dissect.Dissection;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.dissect.PacketContext;

/**
 * Small in-memory inputs for the benchmarks: the packets of a capture from {@code testdata/captures}, copied to the
 * heap, replayed in order. A replay walks the packets one per benchmark operation and starts a fresh
 * {@link Dissection} when it wraps, so TCP state sees each capture as it was recorded (no fake retransmissions) and
 * JMH's ops/s are packets/s, its {@code gc.alloc.rate.norm} bytes per packet.
 */
public final class Corpus {
    private Corpus() {
    }

    /**
     * Finds {@code testdata/captures} from the working directory or one of its parents (the repository root or
     * {@code bench/}), or where {@code -Djdissect.testdata=DIR} points.
     */
    public static Path captures() {
        String p = System.getProperty("jdissect.testdata");
        if (p != null) {
            return Path.of(p);
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path c = d.resolve("testdata/captures");
            if (Files.isDirectory(c)) {
                return c;
            }
        }
        throw new IllegalStateException("testdata/captures not found: run from the repository or set -Djdissect.testdata");
    }

    /** Every packet of the named captures, in order, as heap copies. */
    public static List<PacketRecord> load(String names) {
        List<PacketRecord> out = new ArrayList<>();
        for (String name : names.split(",")) {
            try (CaptureReader r = Captures.open(captures().resolve(name.trim()))) {
                PacketRecord rec = new PacketRecord();
                while (r.next(rec)) {
                    out.add(rec.copy());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** Total captured bytes, for MB/s. */
    public static long bytes(List<PacketRecord> packets) {
        long n = 0;
        for (PacketRecord r : packets) {
            n += r.capturedLength();
        }
        return n;
    }

    /** One packet per call, a new dissection each time the corpus starts over. */
    public static final class Replay {
        private final Engine engine;
        private final PacketRecord[] packets;
        private final boolean labels;
        private Dissection dissection;
        private int i;

        /** {@code labels}: whether the tree's text labels are built (only tree printers need them, as in the CLI). */
        public Replay(Engine engine, List<PacketRecord> packets, boolean labels) {
            this.engine = engine;
            this.packets = packets.toArray(new PacketRecord[0]);
            this.labels = labels;
            this.dissection = engine.newDissection().labels(labels);
        }

        public PacketRecord nextRecord() {
            if (i == packets.length) {
                i = 0;
                dissection = engine.newDissection().labels(labels);
            }
            return packets[i++];
        }

        public PacketContext next() {
            return dissection.dissect(nextRecord());
        }

        public Dissection dissection() {
            return dissection;
        }
    }

    /** An Appendable that drops text but touches it, so printing cannot be optimised away. */
    public static final class Sink implements Appendable {
        public long chars;

        @Override
        public Appendable append(CharSequence csq) {
            chars += csq.length();
            return this;
        }

        @Override
        public Appendable append(CharSequence csq, int start, int end) {
            chars += end - start;
            return this;
        }

        @Override
        public Appendable append(char c) {
            chars++;
            return this;
        }
    }
}
