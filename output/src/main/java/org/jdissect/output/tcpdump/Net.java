package org.jdissect.output.tcpdump;

/**
 * The network header a transport printer hangs off ({@code bp2} in tcpdump): the version, where the header
 * starts, its addresses as tcpdump prints them, and the protocol field tcpdump compares with its own
 * ({@code ip_p}, {@code ip6_nxt}) to decide whether the addresses were already printed.
 */
final class Net {
    final boolean v6;
    final int off;
    final String src;
    final String dst;
    /** ip_p or the first ip6_nxt. */
    final int headerProto;
    /** Raw address bytes for the pseudo-header and the sequence-number table. */
    final byte[] srcBytes;
    final byte[] dstBytes;

    Net(boolean v6, int off, String src, String dst, int headerProto, byte[] srcBytes, byte[] dstBytes) {
        this.v6 = v6;
        this.off = off;
        this.src = src;
        this.dst = dst;
        this.headerProto = headerProto;
        this.srcBytes = srcBytes;
        this.dstBytes = dstBytes;
    }

    /** The pseudo-header sum (unfolded) for {@code len} bytes of protocol {@code proto}, with {@code finalDst}. */
    long pseudo(byte[] finalDst, int len, int proto) {
        long sum = Checksum.sum(srcBytes, 0, srcBytes.length, 0);
        sum = Checksum.sum(finalDst, 0, finalDst.length, sum);
        if (v6) {
            sum += (len >>> 16) + (len & 0xffff) + proto;
        } else {
            sum += proto + (len & 0xffff);
        }
        return sum;
    }
}
