package org.jdissect.cli.story;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * A followed stream as {@code tshark -q -z follow,PROTO,MODE,FILTER[,RANGE]} collects and prints it: the two nodes
 * (the source and destination of the first packet the follower saw) and the records of payload in the order they
 * became contiguous.
 */
public final class Follow {
    /** One chunk of payload from one side, with its packet's number and capture time (nanoseconds since the epoch). */
    public record Chunk(boolean server, long frame, long time, byte[] data) {
    }

    /** Output modes of tshark's follow. */
    public enum Mode {
        ASCII, HEX, RAW, EBCDIC, YAML;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The chunks printed: tshark's RANGE, chunks numbered from 1 (all by default). */
    public record Range(long first, long last) {
        public static final Range ALL = new Range(1, 0xffffffffL);

        boolean contains(long chunk) {
            return chunk >= first && chunk <= last;
        }
    }

    private final String proto;
    private final String filter;
    String clientAddr;
    int clientPort;
    String serverAddr;
    int serverPort;
    boolean clientV6;
    boolean serverV6;
    final List<Chunk> chunks = new ArrayList<>();

    /** A follow of {@code proto} ("tcp", "http", "udp") whose packets {@code filter} chose, as tshark names it. */
    public Follow(String proto, String filter) {
        this.proto = proto;
        this.filter = filter;
    }

    /** tshark's filter for a stream index: "tcp.stream eq N" (HTTP follows TCP streams). */
    public static String indexFilter(String proto, long stream) {
        return (proto.equals("udp") ? "udp" : "tcp") + ".stream eq " + stream;
    }

    /** Records the first packet's endpoints; returns whether {@code p} comes from the server side. */
    boolean side(Pkt p) {
        return side(p.src(), p.srcPort(), p.dst(), p.dstPort(), p.ipv6());
    }

    boolean side(String src, int srcPort, String dst, int dstPort, boolean ipv6) {
        if (clientAddr == null) {
            clientAddr = src;
            clientPort = srcPort;
            serverAddr = dst;
            serverPort = dstPort;
            clientV6 = serverV6 = ipv6;
        }
        return !(clientAddr.equals(src) && clientPort == srcPort);
    }

    public List<Chunk> chunks() {
        return chunks;
    }

    /** Prints every chunk in tshark's layout. */
    public void print(PrintWriter out, Mode mode) {
        print(out, mode, Range.ALL);
    }

    /** Prints the stream in tshark's layout, the chunks of {@code range} only (hex offsets count the others). */
    public void print(PrintWriter out, Mode mode, Range range) {
        if (mode == Mode.YAML) {
            printYaml(out, range);
            return;
        }
        String sep = "===================================================================\n";
        StringBuilder sb = new StringBuilder();
        sb.append('\n').append(sep);
        sb.append("Follow: ").append(proto).append(',').append(mode.label()).append('\n');
        sb.append("Filter: ").append(filter).append('\n');
        sb.append("Node 0: ").append(node(clientAddr, clientPort, clientV6)).append('\n');
        sb.append("Node 1: ").append(node(serverAddr, serverPort, serverV6)).append('\n');
        out.print(sb);
        long[] pos = new long[2];
        long number = 0;
        for (Chunk c : chunks) {
            number++;
            if (!range.contains(number)) {
                pos[c.server ? 1 : 0] += c.data.length;
                continue;
            }
            sb.setLength(0);
            String indent = c.server ? "\t" : "";
            switch (mode) {
                case ASCII, EBCDIC -> {
                    sb.append(indent).append(c.data.length).append('\n');
                    for (byte b : c.data) {
                        int v = b & 0xff;
                        char shown = v == '\r' || v == '\n' || (v >= 0x20 && v < 0x7f) ? (char) v : '.';
                        // tshark translates its ASCII rendering, not the bytes, as if it were EBCDIC
                        sb.append(mode == Mode.EBCDIC ? Ebcdic.toAscii(shown) : shown);
                    }
                    sb.append(mode == Mode.EBCDIC ? Ebcdic.toAscii('\n') : '\n');
                }
                case RAW -> {
                    sb.append(indent);
                    hex(sb, c.data);
                    sb.append('\n');
                }
                case HEX -> hexDump(sb, indent, pos[c.server ? 1 : 0], c.data);
                default -> throw new IllegalStateException(mode.name());
            }
            pos[c.server ? 1 : 0] += c.data.length;
            out.print(sb);
        }
        out.print(sep);
        out.flush();
    }

    /** tshark's YAML form (the layout of Wireshark's "Follow Stream" YAML export). */
    private void printYaml(PrintWriter out, Range range) {
        StringBuilder sb = new StringBuilder("peers:\n");
        String[] hosts = {clientAddr == null ? "" : clientAddr, serverAddr == null ? "" : serverAddr};
        int[] ports = {clientPort, serverPort};
        for (int i = 0; i < 2; i++) {
            sb.append("  - peer: ").append(i).append('\n');
            sb.append("    host: ").append(hosts[i]).append('\n');
            sb.append("    port: ").append(ports[i]).append('\n');
        }
        sb.append("packets:\n");
        long number = 0;
        for (Chunk c : chunks) {
            number++;
            if (!range.contains(number)) {
                continue;
            }
            sb.append("  - packet: ").append(c.frame).append('\n');
            sb.append("    peer: ").append(c.server ? 1 : 0).append('\n');
            sb.append("    timestamp: ").append(seconds(c.time)).append('\n');
            sb.append("    data: !!binary |\n");
            String b64 = java.util.Base64.getEncoder().encodeToString(c.data);
            for (int i = 0; i < b64.length(); i += 76) {
                sb.append("      ").append(b64, i, Math.min(b64.length(), i + 76)).append('\n');
            }
        }
        out.print(sb);
        out.flush();
    }

    /**
     * tshark prints "%.9f" of the time as a double (nstime_to_sec), so a capture time is shown with that double's
     * rounding error (…505580902 for …505581); the exact binary value rounded to nine places, as C's printf does.
     */
    static String seconds(long nanos) {
        double d = (double) Math.floorDiv(nanos, 1_000_000_000L) + Math.floorMod(nanos, 1_000_000_000L) / 1e9;
        return new java.math.BigDecimal(d).setScale(9, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String node(String addr, int port, boolean v6) {
        if (addr == null) {
            return ":0";
        }
        return v6 ? "[" + addr + "]:" + port : addr + ":" + port;
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static void hex(StringBuilder sb, byte[] data) {
        for (byte b : data) {
            sb.append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
        }
    }

    /** tshark's follow hex dump: offset (upper-case hex, per side), 16 bytes in two groups, the printable bytes. */
    static void hexDump(StringBuilder sb, String indent, long offset, byte[] data) {
        for (int line = 0; line < data.length; line += 16) {
            char[] row = new char[10 + 49 + 2 + 17];
            java.util.Arrays.fill(row, ' ');
            String off = String.format(Locale.ROOT, "%08X", offset + line);
            off.getChars(0, 8, row, 0);
            int n = Math.min(16, data.length - line);
            int h = 10;
            int a = 10 + 48 + 2;
            for (int i = 0; i < n; i++) {
                int v = data[line + i] & 0xff;
                row[h++] = HEX[v >> 4];
                row[h++] = HEX[v & 0xf];
                h++;
                row[a++] = v >= 0x20 && v < 0x7f ? (char) v : '.';
                if (i == 7) {
                    h++;
                    a++;
                }
            }
            if (row[a - 1] == ' ') {
                a--;
            }
            sb.append(indent).append(row, 0, a).append('\n');
        }
    }

    // ---- TCP: Wireshark's follow_tcp_tap_listener / check_follow_fragments ------------------------------------

    /**
     * Builds the TCP follow from its packets (with payloads), as Wireshark 4.0 does: those of {@code stream}, or all of
     * them when {@code stream} is negative (the caller's filter chose them).
     */
    public static Follow tcp(String filter, int stream, List<Pkt> packets) {
        Follow f = new Follow("tcp", filter);
        TcpState s = new TcpState();
        for (Pkt p : packets) {
            if (stream < 0 || p.stream() == stream) {
                s.add(f, p);
            }
        }
        return f;
    }

    private record Frag(long frame, long time, long seq, byte[] data) {
    }

    private static boolean lt(long a, long b) {
        return (int) (a - b) < 0;
    }

    private static boolean gt(long a, long b) {
        return (int) (a - b) > 0;
    }

    private static final class TcpState {
        final long[] seq = new long[2];
        final long[] written = new long[2];
        @SuppressWarnings("unchecked")
        final List<Frag>[] frags = new List[] {new ArrayList<Frag>(), new ArrayList<Frag>()};

        void add(Follow f, Pkt p) {
            long sequence = p.seq();
            long length = p.len();
            int off = 0;
            int dataLen = p.payload().length;
            if (p.has(Pkt.SYN)) {
                sequence = (sequence + 1) & 0xffffffffL;
            }
            boolean server = f.side(p);
            int me = server ? 1 : 0;
            if (!frags[1 - me].isEmpty()) {
                while (fragments(f, 1 - me, p.ack(), p.frame(), true)) {
                    // apply what the other side's ACK says was received
                }
            }
            if (written[me] == 0 && seq[me] == 0) {
                seq[me] = sequence;
            }
            if (lt(sequence, seq[me])) {
                long next = (sequence + length) & 0xffffffffL;
                if (gt(next, seq[me])) {
                    off = (int) ((seq[me] - sequence) & 0xffffffffL);
                    dataLen = dataLen <= off ? 0 : dataLen - off;
                    sequence = seq[me];
                    length = (next - seq[me]) & 0xffffffffL;
                }
            }
            if (dataLen == 0 || lt(sequence, seq[me])) {
                return;
            }
            byte[] data = java.util.Arrays.copyOfRange(p.payload(), off, off + dataLen);
            if (sequence == seq[me]) {
                seq[me] = (seq[me] + length) & 0xffffffffL;
                written[me] += data.length;
                f.chunks.add(new Chunk(server, p.frame(), p.time(), data));
                while (fragments(f, me, 0, p.frame(), false)) {
                    // fragments that now fit
                }
            } else {
                frags[me].add(new Frag(p.frame(), p.time(), sequence, data));
            }
        }

        boolean fragments(Follow f, int side, long acked, long frame, boolean useAck) {
            List<Frag> list = frags[side];
            if (list.isEmpty()) {
                return false;
            }
            long lowest = list.get(0).seq;
            for (Iterator<Frag> it = list.iterator(); it.hasNext(); ) {
                Frag fr = it.next();
                if (gt(lowest, fr.seq)) {
                    lowest = fr.seq;
                }
                if (lt(fr.seq, seq[side])) {
                    long newseq = (fr.seq + fr.data.length) & 0xffffffffL;
                    if (gt(newseq, seq[side])) {
                        int pos = (int) ((seq[side] - fr.seq) & 0xffffffffL);
                        if (fr.data.length > pos) {
                            f.chunks.add(new Chunk(side == 1, fr.frame, fr.time,
                                    java.util.Arrays.copyOfRange(fr.data, pos, fr.data.length)));
                        }
                        seq[side] = (seq[side] + fr.data.length - pos) & 0xffffffffL;
                    }
                    it.remove();
                    return true;
                }
                if (fr.seq == seq[side]) {
                    if (fr.data.length > 0) {
                        f.chunks.add(new Chunk(side == 1, fr.frame, fr.time, fr.data));
                    }
                    seq[side] = (seq[side] + fr.data.length) & 0xffffffffL;
                    it.remove();
                    return true;
                }
            }
            if (useAck && gt(acked, lowest)) {
                String dummy = "[" + (int) (lowest - seq[side]) + " bytes missing in capture file]";
                byte[] d = new byte[dummy.length() + 1];
                System.arraycopy(dummy.getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, d, 0,
                        dummy.length());
                // Wireshark's placeholder record has no capture time (zeroed)
                f.chunks.add(new Chunk(side == 1, frame, 0, d));
                seq[side] = lowest;
                return true;
            }
            return false;
        }
    }
}
