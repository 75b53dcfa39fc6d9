package org.jdissect.bench;

import java.util.ArrayList;
import java.util.List;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.capture.LinkType;
import org.jdissect.api.capture.PacketRecord;
import org.jdissect.api.dissect.Dissection;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.field.FieldDef;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * Plain Ethernet/IPv4/TCP dissection, one packet per operation (ops/s = packets/s on one thread): bulk transfers on a
 * port no dissector claims (payloads go to "data", so no reassembly), with timestamp options and an ACK every second
 * segment, as in a typical download. {@code full} builds the whole tree without labels; {@code filterFields} only what
 * {@code -Y 'ip.addr == 10.0.0.0/8 && tcp.flags.reset == 1'} reads; {@code noFields} no field at all (the layers,
 * their protocol items and the stream state only). {@code lazyFull} is a lazy dissection ({@code
 * Dissection.lazyTrees}) asked for no tree: every layer dissected with the state a whole tree needs (the sequence
 * analysis's unacknowledged segments, payloads handed to the heuristics and data), any packet's whole tree buildable
 * on demand ({@link TcpFileBench} adds the framing).
 */
public class TcpBench extends LauncherSettings {
    private static final int CONNECTIONS = 64;
    private static final int SEGMENTS = 40;
    private static final int MSS = 1448;

    private final Engine engine = Engine.standard();
    private PacketRecord[] packets;
    private Replay full;
    private Replay filtered;
    private Replay bare;
    private Replay lazyFull;

    /** Replays the packets in order, with a fresh dissection (keeping {@code keep}, all when null) at each wrap. */
    private final class Replay {
        private final List<FieldDef> keep;
        private final boolean lazy;
        private Dissection dissection;
        private int i;

        Replay(List<FieldDef> keep, boolean lazy) {
            this.keep = keep;
            this.lazy = lazy;
            restart();
        }

        private void restart() {
            dissection = engine.newDissection().labels(false).keepOnly(keep);
            if (lazy) {
                dissection.lazyTrees();
            }
            i = 0;
        }

        int next() {
            if (i == packets.length) {
                restart();
            }
            return dissection.dissect(packets[i++]).tree().size();
        }
    }

    @Setup
    public void setup() {
        packets = transfers().toArray(new PacketRecord[0]);
        full = new Replay(null, false);
        filtered = new Replay(List.of(engine.registry().get("ip.addr"), engine.registry().get("tcp.flags.reset")),
                false);
        bare = new Replay(List.of(), false);
        lazyFull = new Replay(null, true);
    }

    @Benchmark
    public int full() {
        return full.next();
    }

    @Benchmark
    public int filterFields() {
        return filtered.next();
    }

    @Benchmark
    public int noFields() {
        return bare.next();
    }

    @Benchmark
    public int lazyFull() {
        return lazyFull.next();
    }

    /** Handshake, {@link #SEGMENTS} data segments from the server, acknowledged every second one, then FINs. */
    static List<PacketRecord> transfers() {
        List<PacketRecord> out = new ArrayList<>();
        for (int c = 0; c < CONNECTIONS; c++) {
            int client = 0x0a000001 + c;
            int server = 0x0a800001;
            int cport = 40000 + c;
            long cseq = 1000L * c;
            long sseq = 5_000_000L + c;
            add(out, client, cport, server, 5001, cseq, 0, 0x02, 0);
            add(out, server, 5001, client, cport, sseq, cseq + 1, 0x12, 0);
            add(out, client, cport, server, 5001, cseq + 1, sseq + 1, 0x10, 0);
            for (int s = 0; s < SEGMENTS; s++) {
                add(out, server, 5001, client, cport, sseq + 1 + (long) s * MSS, cseq + 1, 0x18, MSS);
                if (s % 2 == 1) {
                    add(out, client, cport, server, 5001, cseq + 1, sseq + 1 + (long) (s + 1) * MSS, 0x10, 0);
                }
            }
            long end = sseq + 1 + (long) SEGMENTS * MSS;
            add(out, server, 5001, client, cport, end, cseq + 1, 0x11, 0);
            add(out, client, cport, server, 5001, cseq + 1, end + 1, 0x11, 0);
            add(out, server, 5001, client, cport, end + 1, cseq + 2, 0x10, 0);
        }
        return out;
    }

    private static void add(List<PacketRecord> out, int src, int sport, int dst, int dport, long seq, long ack,
                            int flags, int payload) {
        int tcpLen = 32; // with NOP, NOP, timestamps
        byte[] b = new byte[14 + 20 + tcpLen + payload];
        b[12] = 0x08; // IPv4
        int ip = 14;
        b[ip] = 0x45;
        put16(b, ip + 2, 20 + tcpLen + payload);
        b[ip + 6] = 0x40; // don't fragment
        b[ip + 8] = 64;
        b[ip + 9] = 6;
        put32(b, ip + 12, src);
        put32(b, ip + 16, dst);
        int t = ip + 20;
        put16(b, t, sport);
        put16(b, t + 2, dport);
        put32(b, t + 4, (int) seq);
        put32(b, t + 8, (int) ack);
        b[t + 12] = (byte) ((tcpLen / 4) << 4);
        b[t + 13] = (byte) flags;
        put16(b, t + 14, 502);
        b[t + 20] = 1;
        b[t + 21] = 1;
        b[t + 22] = 8;
        b[t + 23] = 10;
        put32(b, t + 24, out.size());
        put32(b, t + 28, out.size() / 2);
        long n = out.size() + 1;
        out.add(new PacketRecord().set(n, 1_700_000_000L + n / 1000, (int) (n % 1000) * 1_000_000, b.length,
                LinkType.ETHERNET, ByteView.of(b)));
    }

    private static void put16(byte[] b, int off, int v) {
        b[off] = (byte) (v >>> 8);
        b[off + 1] = (byte) v;
    }

    private static void put32(byte[] b, int off, int v) {
        put16(b, off, v >>> 16);
        put16(b, off + 2, v);
    }
}
