package org.jdissect.output.tcpdump;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jdissect.output.TcpdumpOptions;
import org.junit.jupiter.api.Test;

/**
 * The array-based table against the LinkedHashMap in access order that it replaced: same relative numbers, same
 * bases, and the same connections forgotten, for random traffic over few connections and small table sizes.
 */
class SeqTrackerTest {
    /** The former table: keys of the address bytes and ports, least recently used forgotten past the limit. */
    private static final class Model {
        final int max;
        boolean evicted;
        final Map<List<Object>, long[]> table = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<List<Object>, long[]> eldest) {
                if (size() <= max) {
                    return false;
                }
                evicted = true;
                return true;
            }
        };

        Model(int max) {
            this.max = max;
        }

        long[] track(byte[] src, byte[] dst, int sport, int dport, long seq, long ack, boolean syn) {
            boolean rev = sport > dport || (sport == dport && Arrays.compareUnsigned(src, dst) > 0);
            List<Object> k = rev ? List.of(Arrays.toString(dst), Arrays.toString(src), dport << 16 | sport)
                    : List.of(Arrays.toString(src), Arrays.toString(dst), sport << 16 | dport);
            long[] th = table.get(k);
            if (th == null || syn) {
                if (th == null) {
                    th = new long[2];
                    table.put(k, th);
                }
                th[rev ? 1 : 0] = seq;
                th[rev ? 0 : 1] = (ack - 1) & 0xffffffffL;
            } else {
                seq = (seq - th[rev ? 1 : 0]) & 0xffffffffL;
                ack = (ack - th[rev ? 0 : 1]) & 0xffffffffL;
            }
            return new long[] {seq, ack, th[0], th[1], rev ? 1 : 0};
        }
    }

    @Test
    void matchesTheLinkedHashMapItReplaced() {
        for (int max : new int[] {0, 1, 2, 3, 7, 50, 2000}) {
            Random rnd = new Random(max);
            SeqTracker t = new SeqTracker();
            t.maxEntries = max;
            Model m = new Model(max);
            SeqTracker.Result r = new SeqTracker.Result();
            for (int i = 0; i < 20_000; i++) {
                boolean v6 = rnd.nextInt(4) == 0;
                int n = v6 ? 16 : 4;
                // few distinct addresses and ports, so connections recur, in both directions and with equal ports
                byte[] frame = new byte[8 + 2 * n];
                for (int b = 8; b < frame.length; b++) {
                    frame[b] = (byte) (rnd.nextInt(3) == 0 ? rnd.nextInt(3) : 0);
                }
                int sport = rnd.nextInt(4) * 1000;
                int dport = rnd.nextInt(4) * 1000;
                long seq = rnd.nextLong() & 0xffffffffL;
                long ack = rnd.nextLong() & 0xffffffffL;
                boolean syn = rnd.nextInt(10) == 0;
                Pkt p = new Pkt(frame, frame.length, new StringBuilder(), TcpdumpOptions.defaults());
                Net net = new Net(p, v6, 0, "s", "d", 6, 8, 8 + n);
                t.evicted = false;
                m.evicted = false;
                t.track(net, sport, dport, seq, ack, syn, r);
                long[] want = m.track(Arrays.copyOfRange(frame, 8, 8 + n), Arrays.copyOfRange(frame, 8 + n, 8 + 2 * n),
                        sport, dport, seq, ack, syn);
                assertThat(new long[] {r.seq, r.ack, r.thseq, r.thack, r.rev ? 1 : 0}).as("max %d packet %d", max, i)
                        .containsExactly(want);
                assertThat(t.evicted).as("max %d packet %d", max, i).isEqualTo(m.evicted);
            }
        }
    }
}
