package org.jdissect.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jdissect.api.capture.CaptureFormat;
import org.jdissect.api.capture.CaptureReader;
import org.jdissect.api.capture.CaptureWriter;
import org.jdissect.api.capture.CaptureWriters;
import org.jdissect.api.capture.Captures;
import org.jdissect.api.capture.LinkType;
import org.jdissect.api.capture.PacketRecord;
import org.jdissect.api.dissect.Dissection;
import org.jdissect.api.dissect.Engine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Framing and Ethernet/IPv4/TCP dissection on one thread: {@link TcpBench}'s packets written to a pcap file (in the
 * page cache) and read back record by record as the command reads, each dissected by a lazy dissection asked for
 * no tree ({@code TcpBench.lazyFull}). One packet per operation; the file is reopened, with a fresh dissection, at its
 * end (every 4,224 packets).
 */
public class TcpFileBench extends LauncherSettings {
    /** WINDOWED (the default reads into heap windows) or MAPPED ({@code --mmap}). */
    @Param({"WINDOWED", "MAPPED"})
    public String readMode;

    private final Engine engine = Engine.standard();
    private final PacketRecord rec = new PacketRecord();
    private Path file;
    private CaptureReader reader;
    private Dissection dissection;

    @Setup
    public void setup() throws IOException {
        file = Files.createTempFile("jdissect-tcpbench", ".pcap");
        // written in one call: a file written in small pieces copies out of the page cache at half the speed (see
        // BENCHMARKS.md, framing and the page cache)
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CaptureWriter w = CaptureWriters.create(out, CaptureFormat.PCAP, 65535, LinkType.ETHERNET, List.of())) {
            for (PacketRecord p : TcpBench.transfers()) {
                w.write(p);
            }
        }
        Files.write(file, out.toByteArray());
        reopen();
    }

    private void reopen() throws IOException {
        if (reader != null) {
            reader.close();
        }
        reader = Captures.open(file, Captures.ReadMode.valueOf(readMode));
        dissection = engine.newDissection().labels(false).lazyTrees();
    }

    @TearDown
    public void tearDown() throws IOException {
        reader.close();
        Files.deleteIfExists(file);
    }

    @Benchmark
    public int framedLazyFull() throws IOException {
        dissection.settle(); // the previous packet's state pass, before the reader reuses the record
        reader.recycleBefore(Long.MAX_VALUE); // the windows behind hold no packet any more, as the command reads
        if (!reader.next(rec)) {
            reopen();
            reader.next(rec);
        }
        return dissection.dissect(rec).record().capturedLength();
    }
}
