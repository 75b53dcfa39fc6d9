package org.jdissect.output.tcpdump;

import java.util.Arrays;
import org.jdissect.api.limits.Limit;

/**
 * print-tcp.c's {@code tcp_seq_hash4}: the initial sequence numbers tcpdump remembers per connection so it can print
 * relative numbers. Its rules, not Wireshark's: only packets with ACK take part; the key is (addresses, ports)
 * normalised so both directions share it; an unknown connection, or any SYN, (re)records the bases from this
 * packet, which then prints absolute numbers. tcpdump never forgets an entry; here the least recently used of more
 * than {@link Limit#TCPDUMP_TCP_STREAMS} is forgotten, so memory stays flat on huge captures.
 *
 * <p>Every ACK packet looks its connection up, so the table is made of arrays: the key is the raw addresses
 * read as longs, chained hashing and the recency list link slots by index, and nothing is allocated per packet.
 */
final class SeqTracker {
    private static final int NONE = -1;
    /** Longs in a key's addresses: two IPv6 addresses (an IPv4 pair uses the first). */
    private static final int KEY_LONGS = 4;

    /** Entries kept; set from the capture's limits before the first packet. */
    int maxEntries = (int) Limit.TCPDUMP_TCP_STREAMS.builtIn();
    /** Set when the latest {@link #track} forgot the least recently used entry; the printer counts it. */
    boolean evicted;

    private int capacity;
    private int size;
    private long[] keys;
    /** The ports of a key, the lower-keyed side's in the high half. */
    private int[] ports;
    /** IPv4 and IPv6 have separate tables in tcpdump: keys of the two versions never match. */
    private boolean[] wide;
    /** The two sequence-number bases of an entry (tcpdump's th->seq and th->ack). */
    private long[] bases;
    /** Hash buckets, each the first slot of its chain, and each slot's next in its chain. */
    private int[] buckets;
    private int[] chain;
    /** Least recently used first: a hit moves its slot to the newest end; a full table forgets the oldest. */
    private int[] older;
    private int[] newer;
    private int oldest = NONE;
    private int newest = NONE;

    private final long[] key = new long[KEY_LONGS];

    SeqTracker() {
        allocate(1024);
    }

    /** The result for one packet: the numbers to print and the bases used for SACK blocks. */
    static final class Result {
        long seq;
        long ack;
        long thseq;
        long thack;
        boolean rev;
    }

    void track(Net net, int sport, int dport, long seq, long ack, boolean syn, Result r) {
        byte[] d = net.data;
        int n = net.addrLen();
        boolean rev = sport > dport || (sport == dport
                && Arrays.compareUnsigned(d, net.srcAt, net.srcAt + n, d, net.dstAt, net.dstAt + n) > 0);
        int first = rev ? net.dstAt : net.srcAt;
        int second = rev ? net.srcAt : net.dstAt;
        int portPair = rev ? dport << 16 | sport : sport << 16 | dport;
        if (net.v6) {
            key[0] = u64(d, first);
            key[1] = u64(d, first + 8);
            key[2] = u64(d, second);
            key[3] = u64(d, second + 8);
        } else {
            key[0] = u32(d, first) << 32 | u32(d, second);
            key[1] = 0;
            key[2] = 0;
            key[3] = 0;
        }
        int bucket = bucket(key, portPair, net.v6);
        int slot = find(bucket, portPair, net.v6);
        long th0;
        long th1;
        if (slot == NONE || syn) {
            if (rev) {
                th1 = seq;
                th0 = (ack - 1) & 0xffffffffL;
            } else {
                th0 = seq;
                th1 = (ack - 1) & 0xffffffffL;
            }
            if (slot == NONE) {
                slot = insert(bucket, portPair, net.v6);
            }
            if (slot != NONE) {
                bases[2 * slot] = th0;
                bases[2 * slot + 1] = th1;
            }
        } else {
            th0 = bases[2 * slot];
            th1 = bases[2 * slot + 1];
            if (rev) {
                seq = (seq - th1) & 0xffffffffL;
                ack = (ack - th0) & 0xffffffffL;
            } else {
                seq = (seq - th0) & 0xffffffffL;
                ack = (ack - th1) & 0xffffffffL;
            }
        }
        r.seq = seq;
        r.ack = ack;
        r.thseq = th0;
        r.thack = th1;
        r.rev = rev;
    }

    /** The slot holding {@link #key} with these ports, made the most recently used; or NONE. */
    private int find(int bucket, int portPair, boolean v6) {
        for (int s = buckets[bucket]; s != NONE; s = chain[s]) {
            int k = s * KEY_LONGS;
            if (ports[s] == portPair && wide[s] == v6 && keys[k] == key[0] && keys[k + 1] == key[1]
                    && keys[k + 2] == key[2] && keys[k + 3] == key[3]) {
                unlink(s);
                linkNewest(s);
                return s;
            }
        }
        return NONE;
    }

    /**
     * A new entry for {@link #key}, the most recently used; when the table is full the least recently used one is
     * forgotten first. NONE when the table keeps nothing at all.
     */
    private int insert(int bucket, int portPair, boolean v6) {
        if (maxEntries <= 0) {
            evicted = true;
            return NONE;
        }
        int s;
        if (size >= maxEntries) {
            s = oldest;
            unlink(s);
            unchain(s);
            evicted = true;
        } else {
            if (size == capacity) {
                allocate(Math.min(capacity * 2, maxEntries));
                bucket = bucket(key, portPair, v6);
            }
            s = size++;
        }
        System.arraycopy(key, 0, keys, s * KEY_LONGS, KEY_LONGS);
        ports[s] = portPair;
        wide[s] = v6;
        chain[s] = buckets[bucket];
        buckets[bucket] = s;
        linkNewest(s);
        return s;
    }

    private void unlink(int s) {
        int o = older[s];
        int n = newer[s];
        if (o == NONE) {
            oldest = n;
        } else {
            newer[o] = n;
        }
        if (n == NONE) {
            newest = o;
        } else {
            older[n] = o;
        }
    }

    private void linkNewest(int s) {
        older[s] = newest;
        newer[s] = NONE;
        if (newest == NONE) {
            oldest = s;
        } else {
            newer[newest] = s;
        }
        newest = s;
    }

    /** Takes slot {@code s} out of its hash chain. */
    private void unchain(int s) {
        int b = bucket(keys, s * KEY_LONGS, ports[s], wide[s]);
        if (buckets[b] == s) {
            buckets[b] = chain[s];
            return;
        }
        int prev = buckets[b];
        while (chain[prev] != s) {
            prev = chain[prev];
        }
        chain[prev] = chain[s];
    }

    private int bucket(long[] k, int portPair, boolean v6) {
        return bucket(k, 0, portPair, v6);
    }

    private int bucket(long[] k, int at, int portPair, boolean v6) {
        long h = k[at] * 0x9E3779B97F4A7C15L;
        h = (h ^ k[at + 1]) * 0x9E3779B97F4A7C15L;
        h = (h ^ k[at + 2]) * 0x9E3779B97F4A7C15L;
        h = (h ^ k[at + 3] ^ ((long) portPair << 1 | (v6 ? 1 : 0))) * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & (buckets.length - 1);
    }

    /** Room for {@code cap} entries, the existing ones kept in their slots and rehashed. */
    private void allocate(int cap) {
        capacity = cap;
        keys = keys == null ? new long[cap * KEY_LONGS] : Arrays.copyOf(keys, cap * KEY_LONGS);
        ports = ports == null ? new int[cap] : Arrays.copyOf(ports, cap);
        wide = wide == null ? new boolean[cap] : Arrays.copyOf(wide, cap);
        bases = bases == null ? new long[2 * cap] : Arrays.copyOf(bases, 2 * cap);
        older = older == null ? new int[cap] : Arrays.copyOf(older, cap);
        newer = newer == null ? new int[cap] : Arrays.copyOf(newer, cap);
        chain = new int[cap];
        buckets = new int[Integer.highestOneBit(Math.max(1, cap - 1)) << 2];
        Arrays.fill(buckets, NONE);
        for (int s = 0; s < size; s++) {
            int b = bucket(keys, s * KEY_LONGS, ports[s], wide[s]);
            chain[s] = buckets[b];
            buckets[b] = s;
        }
    }

    private static long u32(byte[] d, int off) {
        return (d[off] & 0xffL) << 24 | (d[off + 1] & 0xff) << 16 | (d[off + 2] & 0xff) << 8 | (d[off + 3] & 0xff);
    }

    private static long u64(byte[] d, int off) {
        return u32(d, off) << 32 | u32(d, off + 4);
    }
}
