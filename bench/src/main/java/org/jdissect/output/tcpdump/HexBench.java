package org.jdissect.output.tcpdump;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jdissect.api.capture.PacketRecord;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.bench.Corpus;
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
 * Hex formatting alone, one packet per operation: tcpdump's {@code -XX} rows (hex and ASCII) and {@code -xx} rows,
 * and the colon-separated hex of a bytes field as {@code -T fields} prints it (tcp.payload). In this package because
 * {@link HexDump} is package-private.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class HexBench {
    @Param("http-large.pcap,tcp-loss.pcap,http-keepalive.pcap,dns-http.pcap")
    public String captures;

    private byte[][] packets;
    private int i;
    private final StringBuilder sb = new StringBuilder(1 << 16);

    @Setup
    public void setup() {
        List<PacketRecord> recs = Corpus.load(captures);
        packets = new byte[recs.size()][];
        for (int k = 0; k < packets.length; k++) {
            packets[k] = recs.get(k).data().toArray();
        }
    }

    private byte[] next() {
        if (i == packets.length) {
            i = 0;
        }
        return packets[i++];
    }

    @Benchmark
    public int hexAscii() {
        byte[] d = next();
        sb.setLength(0);
        HexDump.hexAndAscii(sb, "\n\t", d, 0, d.length, null);
        return sb.length();
    }

    @Benchmark
    public int hex() {
        byte[] d = next();
        sb.setLength(0);
        HexDump.hex(sb, "\n\t", d, 0, d.length, null);
        return sb.length();
    }

    @Benchmark
    public int fieldBytes() {
        byte[] d = next();
        return FieldFormat.hex(d, 0, d.length, ":").length();
    }
}
