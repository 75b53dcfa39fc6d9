package org.jdissect.output.tcpdump;

import java.util.Map;
import org.jdissect.api.limits.Limit;

/**
 * print-tcp.c's {@code tcp_seq_hash4}: the initial sequence numbers tcpdump remembers per connection so it can print
 * relative numbers. Its rules, not Wireshark's: only packets with ACK take part; the key is (addresses, ports)
 * normalised so both directions share it; an unknown connection, or any SYN, (re)records the bases from this
 * packet, which then prints absolute numbers. tcpdump never forgets an entry; here the least recently used of more
 * than {@link Limit#TCPDUMP_TCP_STREAMS} is forgotten, so memory stays flat on huge captures.
 */
final class SeqTracker {
    private record Key(String src, String dst, int port) {
    }

    /** Entries kept; set from the capture's limits before the first packet. */
    int maxEntries = (int) Limit.TCPDUMP_TCP_STREAMS.builtIn();
    /** Set when the latest {@link #track} forgot the least recently used entry; the printer counts it. */
    boolean evicted;

    private final Map<Key, long[]> table = new java.util.LinkedHashMap<>(1024, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, long[]> eldest) {
            if (size() <= maxEntries) {
                return false;
            }
            evicted = true;
            return true;
        }
    };

    /** The result for one packet: the numbers to print and the bases used for SACK blocks. */
    static final class Result {
        long seq;
        long ack;
        long thseq;
        long thack;
        boolean rev;
    }

    void track(byte[] srcAddr, byte[] dstAddr, int sport, int dport, long seq, long ack, boolean syn, Result r) {
        // IPv4 and IPv6 have separate tables in tcpdump; address lengths keep the keys apart here
        String src = new String(srcAddr, java.nio.charset.StandardCharsets.ISO_8859_1);
        String dst = new String(dstAddr, java.nio.charset.StandardCharsets.ISO_8859_1);
        boolean rev = sport > dport || (sport == dport && java.util.Arrays.compareUnsigned(srcAddr, dstAddr) > 0);
        Key k = rev ? new Key(dst, src, dport << 16 | sport) : new Key(src, dst, sport << 16 | dport);
        long[] th = table.get(k);
        if (th == null || syn) {
            if (th == null) {
                th = new long[2];
                table.put(k, th);
            }
            if (rev) {
                th[1] = seq;
                th[0] = (ack - 1) & 0xffffffffL;
            } else {
                th[0] = seq;
                th[1] = (ack - 1) & 0xffffffffL;
            }
        } else if (rev) {
            seq = (seq - th[1]) & 0xffffffffL;
            ack = (ack - th[0]) & 0xffffffffL;
        } else {
            seq = (seq - th[0]) & 0xffffffffL;
            ack = (ack - th[1]) & 0xffffffffL;
        }
        r.seq = seq;
        r.ack = ack;
        r.thseq = th[0];
        r.thack = th[1];
        r.rev = rev;
    }
}
