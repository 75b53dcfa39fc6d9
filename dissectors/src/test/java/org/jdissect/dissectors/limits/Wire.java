package org.jdissect.dissectors.limits;

import java.nio.charset.StandardCharsets;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.capture.LinkType;
import org.jdissect.api.capture.PacketRecord;

/** Raw-IP packets built by hand for the limit tests: IPv4/IPv6 (with fragments), TCP, UDP. */
final class Wire {
    private Wire() {
    }

    static byte[] ipv4(int proto, int id, int fragOffset8, boolean more, byte[] payload) {
        int len = 20 + payload.length;
        byte[] b = new byte[len];
        b[0] = 0x45;
        b[2] = (byte) (len >> 8);
        b[3] = (byte) len;
        b[4] = (byte) (id >> 8);
        b[5] = (byte) id;
        int frag = (more ? 0x2000 : 0) | fragOffset8;
        b[6] = (byte) (frag >> 8);
        b[7] = (byte) frag;
        b[8] = 64;
        b[9] = (byte) proto;
        b[12] = 10;
        b[15] = 1;
        b[16] = 10;
        b[19] = 2;
        System.arraycopy(payload, 0, b, 20, payload.length);
        return b;
    }

    static byte[] ipv4(int proto, byte[] payload) {
        return ipv4(proto, 1, 0, false, payload);
    }

    /** IPv6 with a fragment header (next header 44) in front of {@code payload}. */
    static byte[] ipv6Fragment(int nextHeader, long id, int offset8, boolean more, byte[] payload) {
        byte[] b = new byte[48 + payload.length];
        b[0] = 0x60;
        int plen = 8 + payload.length;
        b[4] = (byte) (plen >> 8);
        b[5] = (byte) plen;
        b[6] = 44;
        b[7] = 64;
        b[8] = 0x20;
        b[23] = 1;
        b[24] = 0x20;
        b[39] = 2;
        b[40] = (byte) nextHeader;
        int fo = offset8 << 3 | (more ? 1 : 0);
        b[42] = (byte) (fo >> 8);
        b[43] = (byte) fo;
        for (int i = 0; i < 4; i++) {
            b[44 + i] = (byte) (id >>> (24 - 8 * i));
        }
        System.arraycopy(payload, 0, b, 48, payload.length);
        return b;
    }

    static byte[] udp(int sport, int dport, byte[] payload) {
        int len = 8 + payload.length;
        byte[] b = new byte[len];
        b[0] = (byte) (sport >> 8);
        b[1] = (byte) sport;
        b[2] = (byte) (dport >> 8);
        b[3] = (byte) dport;
        b[4] = (byte) (len >> 8);
        b[5] = (byte) len;
        System.arraycopy(payload, 0, b, 8, payload.length);
        return b;
    }

    static final int SYN = 0x02;
    static final int PSH_ACK = 0x18;

    static byte[] tcp(int sport, int dport, int flags, long seq, byte[] payload) {
        byte[] b = new byte[20 + payload.length];
        b[0] = (byte) (sport >> 8);
        b[1] = (byte) sport;
        b[2] = (byte) (dport >> 8);
        b[3] = (byte) dport;
        for (int i = 0; i < 4; i++) {
            b[4 + i] = (byte) (seq >>> (24 - 8 * i));
        }
        b[8] = 0;
        b[11] = 1; // ack 1
        b[12] = 0x50;
        b[13] = (byte) flags;
        b[14] = (byte) 0xff;
        b[15] = (byte) 0xff;
        System.arraycopy(payload, 0, b, 20, payload.length);
        return b;
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] filler(int n, char c) {
        byte[] b = new byte[n];
        java.util.Arrays.fill(b, (byte) c);
        return b;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static PacketRecord raw(long number, byte[] pkt) {
        return new PacketRecord().set(number, 1000 + number, 0, pkt.length, LinkType.RAW, ByteView.of(pkt));
    }

    /** An Ethernet ARP request from {@code mac} for {@code ip} (both as the low bytes of the numbers). */
    static PacketRecord arpRequest(long number, long mac, int ip) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(60);
        b.put(new byte[] {-1, -1, -1, -1, -1, -1}).putShort((short) (mac >>> 32)).putInt((int) mac).putShort(
                (short) 0x0806);
        b.putShort((short) 1).putShort((short) 0x0800).put((byte) 6).put((byte) 4).putShort((short) 1);
        b.putShort((short) (mac >>> 32)).putInt((int) mac).putInt(ip).put(new byte[6]).putInt(0x0a0000fe);
        byte[] pkt = b.array();
        return new PacketRecord().set(number, 1000 + number, 0, pkt.length, LinkType.ETHERNET, ByteView.of(pkt));
    }
}
