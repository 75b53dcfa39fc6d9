package org.jdissect.cli.story;

import java.util.List;

/**
 * The facts of one TCP packet that stories are told from, read off the dissected tree (never re-parsed from bytes).
 *
 * @param frame        frame number in its capture
 * @param time         capture time, nanoseconds since the epoch
 * @param src          source address as Wireshark prints it
 * @param dst          destination address
 * @param ipv6         true for IPv6 (no IP ID then; {@code ttl} is the hop limit)
 * @param ttl          IPv4 TTL or IPv6 hop limit
 * @param ipId         IPv4 identification, -1 for IPv6
 * @param df           IPv4 Don't Fragment flag
 * @param stream       {@code tcp.stream}
 * @param seq          relative sequence number ({@code tcp.seq})
 * @param ack          relative acknowledgment number ({@code tcp.ack})
 * @param seqRaw       {@code tcp.seq_raw}
 * @param ackRaw       {@code tcp.ack_raw}
 * @param flags        {@code tcp.flags}
 * @param window       {@code tcp.window_size} (scaled when the scale is known)
 * @param windowValue  {@code tcp.window_size_value}, the header's own field (what a middlebox would rewrite)
 * @param len          {@code tcp.len}
 * @param payload      the captured payload bytes (empty when none), only when asked for
 * @param analysis     the {@code tcp.analysis.*} flag abbreviations of this packet (without the prefix)
 * @param http         HTTP messages that start in this packet ("HEAD /", "200 OK"), possibly reassembled
 * @param irtt         {@code tcp.analysis.initial_rtt} in nanoseconds, or -1
 */
public record Pkt(long frame, long time, String src, int srcPort, String dst, int dstPort, boolean ipv6, int ttl,
        int ipId, boolean df, int stream, long seq, long ack, long seqRaw, long ackRaw, int flags, long window,
        int windowValue, int len, byte[] payload, List<String> analysis, List<String> http, long irtt) {

    public static final int FIN = 0x01;
    public static final int SYN = 0x02;
    public static final int RST = 0x04;
    public static final int PSH = 0x08;
    public static final int ACK = 0x10;

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    public boolean flagged(String analysisFlag) {
        return analysis.contains(analysisFlag);
    }

    /** Source endpoint, "10.0.0.1:80" (IPv6 in brackets). */
    public String srcEnd() {
        return endpoint(src, srcPort, ipv6);
    }

    public String dstEnd() {
        return endpoint(dst, dstPort, ipv6);
    }

    static String endpoint(String addr, int port, boolean v6) {
        return v6 ? "[" + addr + "]:" + port : addr + ":" + port;
    }

    /** The flags as tcpdump prints them: S, S., P., R., F. … */
    public String flagText() {
        StringBuilder sb = new StringBuilder();
        if (has(SYN)) {
            sb.append('S');
        }
        if (has(FIN)) {
            sb.append('F');
        }
        if (has(PSH)) {
            sb.append('P');
        }
        if (has(RST)) {
            sb.append('R');
        }
        if (has(ACK)) {
            sb.append('.');
        }
        return sb.length() == 0 ? "none" : sb.toString();
    }
}
