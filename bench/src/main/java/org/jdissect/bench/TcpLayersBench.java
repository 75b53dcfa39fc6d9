package org.jdissect.bench;

import java.util.ArrayList;
import java.util.List;
import org.jdissect.api.capture.PacketRecord;
import org.jdissect.api.dissect.Dissection;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.dissectors.data.DataModule;
import org.jdissect.dissectors.eth.EthModule;
import org.jdissect.dissectors.frame.FrameModule;
import org.jdissect.dissectors.http.HttpModule;
import org.jdissect.dissectors.ipv4.Ipv4Module;
import org.jdissect.dissectors.tcp.TcpModule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * {@link TcpBench#full}'s whole tree with the layers above {@code upTo} left out of the engine (their bytes become
 * "data"): the differences between the rows are what each layer's dissector costs, its tree items included. With
 * {@code http} the engine is {@code full}'s but for the protocols these packets never reach.
 */
public class TcpLayersBench extends LauncherSettings {
    @Param({"eth", "ip", "tcp", "http"})
    public String upTo;

    private PacketRecord[] packets;
    private Engine engine;
    private Dissection dissection;
    private int i;

    @Setup
    public void setup() {
        packets = TcpBench.transfers().toArray(new PacketRecord[0]);
        List<ProtocolModule> modules = new ArrayList<>(List.of(new FrameModule(), new DataModule(), new EthModule()));
        int depth = List.of("eth", "ip", "tcp", "http").indexOf(upTo);
        if (depth < 0) {
            throw new IllegalArgumentException("upTo " + upTo);
        }
        if (depth >= 1) {
            modules.add(new Ipv4Module());
        }
        if (depth >= 2) {
            modules.add(new TcpModule());
        }
        if (depth >= 3) {
            modules.add(new HttpModule());
        }
        Engine.Builder b = Engine.builder();
        modules.forEach(b::add);
        engine = b.build();
        if (!engine.problems().isEmpty()) {
            throw new IllegalStateException(engine.problems().toString());
        }
        dissection = engine.newDissection().labels(false);
    }

    @Benchmark
    public int dissect() {
        if (i == packets.length) {
            dissection = engine.newDissection().labels(false);
            i = 0;
        }
        return dissection.dissect(packets[i++]).tree().size();
    }
}
