package org.jdissect.bench;

import java.io.IOException;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.jdissect.api.dissect.Engine;
import org.jdissect.output.TcpdumpOptions;
import org.jdissect.output.tcpdump.TcpdumpPrinter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** tcpdump-mode text per packet, dissection included: {@code -nn} and {@code -vvXe}. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "-XX:+UseSerialGC") // the collector the launcher runs with
public class TcpdumpBench {
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
