package org.jdissect.bench;

import java.io.IOException;
import java.util.List;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.output.print.FieldsPrinter;
import org.jdissect.output.print.SummaryPrinter;
import org.jdissect.output.print.TreePrinter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Dissection of one packet per operation (frame, Ethernet, IPv4, TCP, HTTP…, with TCP analysis and reassembly), then
 * what each output mode materialises from it: nothing ({@code dissect}), the whole tree as text ({@code fullTree},
 * {@code -V}), five named fields ({@code fields}, {@code -T fields}), a summary line ({@code summary}).
 */
public class DissectBench extends LauncherSettings {
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
