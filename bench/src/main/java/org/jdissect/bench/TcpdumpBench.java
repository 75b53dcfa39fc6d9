package org.jdissect.bench;

import java.io.IOException;
import java.time.ZoneId;
import org.jdissect.api.dissect.Engine;
import org.jdissect.output.TcpdumpOptions;
import org.jdissect.output.tcpdump.TcpdumpPrinter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/** tcpdump-mode text per packet, dissection included: {@code -nn} and {@code -vvXe}. */
public class TcpdumpBench extends LauncherSettings {
    @Param("http-large.pcap,tcp-loss.pcap,http-keepalive.pcap,dns-http.pcap")
    public String captures;

    private Corpus.Replay replay;
    private final Corpus.Sink sink = new Corpus.Sink();
    private TcpdumpPrinter nn;
    private TcpdumpPrinter vvXe;

    @Setup
    public void setup() {
        Engine engine = Engine.standard();
        replay = new Corpus.Replay(engine, Corpus.load(captures), false);
        ZoneId utc = ZoneId.of("UTC");
        nn = new TcpdumpPrinter(sink, new TcpdumpOptions(2, false, 0, 0, 0, 0, 0, 0, false, false, false, false,
                utc, false, false));
        vvXe = new TcpdumpPrinter(sink, new TcpdumpOptions(0, true, 2, 0, 1, 0, 0, 0, false, false, false, false,
                utc, false, false));
    }

    @Benchmark
    public long nn() throws IOException {
        nn.packet(replay.next());
        return sink.chars;
    }

    @Benchmark
    public long vvXe() throws IOException {
        vvXe.packet(replay.next());
        return sink.chars;
    }
}
