package org.jdissect.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jdissect.api.capture.CaptureReader;
import org.jdissect.api.capture.Captures;
import org.jdissect.api.capture.PacketRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Capture framing only: the pcap reader over a memory-mapped file (in the page cache after the first pass), one
 * record header parsed and one zero-copy view set per operation. When the file ends it is reopened, which costs a
 * mapping and a few objects per {@code repeat} packets.
 */
public class FramingBench extends LauncherSettings {
    @Param("http-large.pcap,tcp-loss.pcap,http-post-large.pcap")
    public String captures;
    /** Copies of the corpus written back to back, so reopening is rare. */
    @Param("20")
    public int repeat;

    private Path file;
    private CaptureReader reader;
    private final PacketRecord rec = new PacketRecord();

    @Setup(Level.Trial)
    public void setup() throws IOException {
        file = Files.createTempFile("jdissect-bench", ".pcap");
        // a pcap of the corpus repeated: the first file's header, then every record of every capture
        try (var out = Files.newOutputStream(file)) {
            boolean header = false;
            for (int k = 0; k < repeat; k++) {
                for (String name : captures.split(",")) {
                    byte[] b = Files.readAllBytes(Corpus.captures().resolve(name.trim()));
                    if (!header) {
                        out.write(b, 0, 24);
                        header = true;
                    }
                    out.write(b, 24, b.length - 24);
                }
            }
        }
        reader = Captures.open(file);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        reader.close();
        Files.deleteIfExists(file);
    }

    @Benchmark
    public int frame() throws IOException {
        if (!reader.next(rec)) {
            reader.close();
            reader = Captures.open(file);
            reader.next(rec);
        }
        return rec.capturedLength();
    }
}
