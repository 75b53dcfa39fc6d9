package org.jdissect.output.tcpdump;

import org.jdissect.api.tree.ProtoNode;
import org.jdissect.output.TcpdumpOptions;

/**
 * One packet being printed: the captured bytes, tcpdump's snapshot end (with the stack that IPv4 pushes its total
 * length onto), the protocol named by a truncation marker, and the output line.
 *
 * <p>Bounds follow tcpdump's {@code GET_*} macros: a fetch past the snapshot end throws {@link Truncated}. Header
 * values are taken from the dissected field when its node lies at the expected offset ({@link #field}); the raw
 * bytes are only the fallback for what the dissector could not show (it stops at a malformed header tcpdump still
 * prints), so the ProtoTree stays the source of truth.
 */
final class Pkt {
    final byte[] data;
    final int caplen;
    final int len;
    final StringBuilder out;
    final TcpdumpOptions o;
    String proto = "";
    private final int[] snapStack = new int[8];
    private int snapDepth;
    int snapend;

    Pkt(byte[] data, int len, StringBuilder out, TcpdumpOptions o) {
        this(data, data.length, len, out, o);
    }

    /** {@code data} may be a reused buffer longer than the packet: only its first {@code caplen} bytes count. */
    Pkt(byte[] data, int caplen, int len, StringBuilder out, TcpdumpOptions o) {
        this.data = data;
        this.caplen = caplen;
        this.len = len;
        this.out = out;
        this.o = o;
        this.snapend = caplen;
    }

    /** ND_TTEST_LEN. */
    boolean has(int off, int n) {
        return off >= 0 && n >= 0 && off <= snapend && n <= snapend - off;
    }

    /** Bytes available from {@code off} to the snapshot end (ND_BYTES_AVAILABLE_AFTER). */
    int available(int off) {
        return Math.max(0, snapend - off);
    }

    void check(int off, int n) {
        if (!has(off, n)) {
            throw Truncated.INSTANCE;
        }
    }

    /** ND_TCHECK_LEN: a printer's own "goto trunc" ({@link GotoTrunc}) when the bytes are not all captured. */
    void tcheck(int off, int n) {
        if (!has(off, n)) {
            throw GotoTrunc.INSTANCE;
        }
    }

    int u8(int off) {
        check(off, 1);
        return data[off] & 0xff;
    }

    int u16(int off) {
        check(off, 2);
        return (data[off] & 0xff) << 8 | (data[off + 1] & 0xff);
    }

    long u32(int off) {
        check(off, 4);
        return ((long) (data[off] & 0xff) << 24) | (data[off + 1] & 0xff) << 16 | (data[off + 2] & 0xff) << 8
                | (data[off + 3] & 0xff);
    }

    /**
     * A header field: checked like tcpdump's fetch of {@code width} bytes at frame offset {@code off}, then read from
     * the dissected node {@code abbrev} under {@code proto} if one sits at that offset, else {@code raw}: the value
     * decoded from those same bytes by the caller (read eagerly, as it is a fraction of a lambda's cost, and a read
     * within the checked bytes fails exactly when the check does).
     */
    long field(ProtoNode proto, String abbrev, int off, int width, long raw) {
        check(off, width);
        if (proto == null) {
            return raw; // no dissection (plain tcpdump output): nothing to look up
        }
        ProtoNode n = TreeFields.at(proto, abbrev, off);
        return n != null ? n.num() : raw;
    }

    /** nd_push_snaplen: the snapshot end becomes min(current, off + n). */
    void pushSnaplen(int off, int n) {
        snapStack[snapDepth++] = snapend;
        long end = (long) off + n;
        if (end < snapend) {
            snapend = (int) end;
        }
    }

    /** nd_change_snaplen: may only shrink, measured against the snapshot end below the current push. */
    void changeSnaplen(int off, int n) {
        int previous = snapDepth >= 2 ? snapStack[snapDepth - 2] : snapend;
        if ((long) n <= previous - off) {
            snapend = off + n;
        }
    }

    void popSnaplen() {
        if (snapDepth > 0) {
            snapend = snapStack[--snapDepth];
        }
    }

    /** nd_printn: {@code n} bytes from {@code s} as fn_print_char shows them; true when the snapshot end came first. */
    boolean printn(int s, int n) {
        while (n > 0 && s < snapend) {
            n--;
            Domain.fnPrintChar(this, u8(s));
            s++;
        }
        return n != 0;
    }

    /** nd_printn without an end pointer: {@code n} characters, NULs included, each fetched (a cut throws). */
    void printnAll(int s, int n) {
        for (int i = 0; i < n; i++) {
            Domain.fnPrintChar(this, u8(s + i));
        }
    }

    /**
     * bittok2str: the names of the bits of {@code v} that are set, in table order ({@code bits[i]} is named
     * {@code names[i]}), joined by ", ", or {@code none} when there is none.
     */
    static String bittok(int v, int[] bits, String[] names, String none) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < bits.length; i++) {
            if ((v & bits[i]) != 0) {
                sb.append(sb.length() > 0 ? ", " : "").append(names[i]);
            }
        }
        return sb.length() == 0 ? none : sb.toString();
    }

    /** nd_printjnp: at most {@code n} characters from {@code s}, up to a NUL, each through fn_print_char. */
    void printjnp(int s, int n) {
        for (int i = 0; i < n; i++) {
            int c = u8(s + i);
            if (c == 0) {
                break;
            }
            Domain.fnPrintChar(this, c);
        }
    }

    /** nd_print_trunc. */
    void trunc() {
        out.append(" [|").append(proto).append(']');
    }

    Pkt p(String s) {
        out.append(s);
        return this;
    }

    Pkt p(long v) {
        out.append(v);
        return this;
    }

    /** tcpport_string: a number is appended without making a String of it. */
    Pkt port(int port, boolean numeric) {
        String name = numeric ? null : Names.tcpPortName(port);
        if (name == null) {
            out.append(port);
        } else {
            out.append(name);
        }
        return this;
    }

    /** udpport_string. */
    Pkt udpPort(int port, boolean numeric) {
        String name = numeric ? null : Names.udpPortName(port);
        if (name == null) {
            out.append(port);
        } else {
            out.append(name);
        }
        return this;
    }

    static String ipaddr(long a) {
        return ((a >>> 24) & 0xff) + "." + ((a >>> 16) & 0xff) + "." + ((a >>> 8) & 0xff) + "." + (a & 0xff);
    }

    static String hex4(int v) {
        String h = Integer.toHexString(v);
        return "0000".substring(Math.min(4, h.length())) + h;
    }
}
