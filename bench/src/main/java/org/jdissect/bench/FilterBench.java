package org.jdissect.bench;

import org.jdissect.api.dissect.Engine;
import org.jdissect.api.tree.ProtoTree;
import org.jdissect.dsl.CompiledFilter;
import org.jdissect.dsl.DisplayFilter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Display-filter evaluation: {@code dissectAndTest} is what {@code -Y} costs per packet; {@code testOnly} evaluates
 * the filter 16 times on the tree of one packet, so filter cost shows apart from dissection (divide by 16).
 */
public class FilterBench extends LauncherSettings {
    @Param("http-large.pcap,tcp-loss.pcap,http-keepalive.pcap,dns-http.pcap")
    public String captures;

    @Param({
        "tcp.port == 80",
        "ip.addr == 10.0.0.0/8 && tcp.flags.syn == 1",
        "http.request.method == \"GET\"",
        "tcp.analysis.retransmission || tcp.analysis.duplicate_ack",
        "frame.len > 1000 && !(tcp.len == 0)",
        "http.host contains \"example\""})
    public String filter;

    private Corpus.Replay replay;
    private CompiledFilter compiled;
    private ProtoTree tree;

    @Setup
    public void setup() {
        Engine engine = Engine.standard();
        replay = new Corpus.Replay(engine, Corpus.load(captures), false);
        compiled = DisplayFilter.compile(filter, engine.registry());
    }

    @Benchmark
    public boolean dissectAndTest() {
        return compiled.test(replay.next().tree());
    }

    @Benchmark
    @org.openjdk.jmh.annotations.OperationsPerInvocation(16)
    public int testOnly() {
        ProtoTree t = replay.next().tree();
        int n = 0;
        for (int i = 0; i < 16; i++) {
            if (compiled.test(t)) {
                n++;
            }
        }
        return n;
    }
}
