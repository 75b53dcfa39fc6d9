package org.jdissect.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.output.print.FieldsPrinter;
import org.jdissect.output.print.SummaryPrinter;
import org.jdissect.output.print.TreePrinter;
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

/**
 * Dissection of one packet per operation (frame, Ethernet, IPv4, TCP, HTTP…, with TCP analysis and reassembly), then
 * what each output mode materialises from it: nothing ({@code dissect}), the whole tree as text ({@code fullTree},
 * {@code -V}), five named fields ({@code fields}, {@code -T fields}), a summary line ({@code summary}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "-XX:+UseSerialGC") // the collector the launcher runs with
public class DissectBench {
    /** HTTP downloads with reassembly, a lossy TCP transfer, small HTTP exchanges and DNS. */
    @Param("http-large.pcap,tcp-loss.pcap,http-keepalive.pcap,dns-http.pcap")
    public String captures;

    static final List<String> FIVE_FIELDS = List.of("frame.number", "ip.src", "tcp.srcport", "tcp.len",
            "http.request.method");

    private Corpus.Replay replay;
    /** The same packets with labels built, for the tree printer. */
    private Corpus.Replay labelled;
    private final Corpus.Sink sink = new Corpus.Sink();
    private TreePrinter tree;
    private FieldsPrinter fields;
    private SummaryPrinter summary;

    @Setup
    public void setup() {
        Engine engine = Engine.standard();
        replay = new Corpus.Replay(engine, Corpus.load(captures), false);
        labelled = new Corpus.Replay(engine, Corpus.load(captures), true);
        tree = new TreePrinter(sink);
        fields = new FieldsPrinter(sink, engine.registry(), FIVE_FIELDS, org.jdissect.output.FieldsOptions.defaults());
        summary = new SummaryPrinter(sink, engine.registry());
    }

    /** Dissection alone, labels off (what -Y, -T fields and tcpdump text use). */
    @Benchmark
    public int dissect() {
        return replay.next().tree().size();
    }

    /** Dissection alone with every label built (what -V and JSON need). */
    @Benchmark
    public int dissectLabelled() {
        return labelled.next().tree().size();
    }

    @Benchmark
    public long fullTree() throws IOException {
        tree.packet(labelled.next());
        return sink.chars;
    }

    @Benchmark
    public long fields() throws IOException {
        fields.packet(replay.next());
        return sink.chars;
    }

    @Benchmark
    public long summary() throws IOException {
        PacketContext ctx = replay.next();
        summary.packet(ctx);
        return sink.chars;
    }
}
