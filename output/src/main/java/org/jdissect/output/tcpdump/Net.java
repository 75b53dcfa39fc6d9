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
    /**
     * The frame and where the raw addresses lie in it, for the pseudo-header and the sequence-number table: read in
     * place, not copied for every packet.
     */
    final byte[] data;
    final int srcAt;
    final int dstAt;

    /** Checks that both addresses were captured, as tcpdump's fetches of them do. */
    Net(Pkt p, boolean v6, int off, String src, String dst, int headerProto, int srcAt, int dstAt) {
        this.v6 = v6;
        this.off = off;
        this.src = src;
        this.dst = dst;
        this.headerProto = headerProto;
        p.check(srcAt, v6 ? 16 : 4);
        p.check(dstAt, v6 ? 16 : 4);
        this.data = p.data;
        this.srcAt = srcAt;
        this.dstAt = dstAt;
    }

    /** Bytes in an address: 4 or 16. */
    int addrLen() {
        return v6 ? 16 : 4;
    }

    /** A copy of the destination address. */
    byte[] dstBytes() {
        return java.util.Arrays.copyOfRange(data, dstAt, dstAt + addrLen());
    }

    /** The pseudo-header sum (unfolded) for {@code len} bytes of protocol {@code proto}, with {@code finalDst}. */
    long pseudo(byte[] finalDst, int len, int proto) {
        long sum = Checksum.sum(data, srcAt, addrLen(), 0);
        sum = Checksum.sum(finalDst, 0, finalDst.length, sum);
        if (v6) {
            sum += (len >>> 16) + (len & 0xffff) + proto;
        } else {
            sum += proto + (len & 0xffff);
        }
        return sum;
    }
}
