package org.jdissect.dsl;

import static org.jdissect.dsl.TestRegistry.*;

import java.nio.charset.StandardCharsets;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.api.tree.ProtoTree;

/** Hand-built dissections, shaped like what the real dissectors produce for the same bytes. */
final class Packets {
    static final String PAYLOAD = "HEAD /v4/iuident.cab HTTP/1.1\r\nHost: update.microsoft.com\r\n\r\n";

    private Packets() {
    }

    /** Frame 1 of Wireshark's http.pcap, in essence: 10.0.0.5:3267 → 207.46.134.94:80, HEAD request, ACK|PSH. */
    static ProtoTree httpHead() {
        byte[] head = hex("00e08100b028" + "00096b88f5c9" + "0800"
                + "450000c1" + "d4b04000" + "8006" + "0000" + "0a000005" + "cf2e865e"
                + "0cc30050" + "30a4b3b1" + "9cfa9ad0" + "5018ffff" + "00000000");
        byte[] payload = PAYLOAD.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + payload.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(payload, 0, all, head.length, payload.length);
        ByteView b = ByteView.of(all);
        ProtoTree t = new ProtoTree();
        ProtoNode frame = t.root().addItem(FRAME, b, 0, all.length);
        frame.add(FRAME_NUMBER, b, 0, 0, 1);
        frame.add(FRAME_LEN, b, 0, 0, all.length);
        frame.add(FRAME_TIME, b, 0, 0, 1041342931_300000000L); // 2002-12-31 13:55:31.3 UTC
        frame.add(FRAME_TIME_DELTA, b, 0, 0, 0);
        ProtoNode eth = t.root().addItem(ETH, b, 0, 14);
        eth.add(ETH_DST, b, 0, 6, 0x00e08100b028L);
        eth.add(ETH_ADDR, b, 0, 6, 0x00e08100b028L).hidden();
        eth.add(ETH_SRC, b, 6, 6, 0x00096b88f5c9L);
        eth.add(ETH_ADDR, b, 6, 6, 0x00096b88f5c9L).hidden();
        eth.add(ETH_TYPE, b, 12, 2, 0x0800);
        ProtoNode ip = t.root().addItem(IP, b, 14, 20);
        ip.add(IP_VERSION, b, 14, 1, 4);
        ip.add(IP_LEN, b, 16, 2, 0xc1);
        ProtoNode flags = ip.add(IP_FLAGS, b, 20, 1, 0x2);
        flags.add(IP_FLAGS_DF, b, 20, 1, 1);
        ip.add(IP_TTL, b, 22, 1, 128);
        ip.add(IP_PROTO, b, 23, 1, 6);
        ip.add(IP_SRC, b, 26, 4, 0x0a000005L);
        ip.add(IP_ADDR, b, 26, 4, 0x0a000005L).hidden();
        ip.add(IP_DST, b, 30, 4, 0xcf2e865eL);
        ip.add(IP_ADDR, b, 30, 4, 0xcf2e865eL).hidden();
        ProtoNode tcp = t.root().addItem(TCP, b, 34, 20);
        tcp.add(TCP_SRCPORT, b, 34, 2, 3267);
        tcp.add(TCP_DSTPORT, b, 36, 2, 80);
        tcp.add(TCP_PORT, b, 34, 2, 3267).hidden();
        tcp.add(TCP_PORT, b, 36, 2, 80).hidden();
        tcp.add(TCP_SEQ, b, 38, 4, 1);
        tcp.add(TCP_LEN, b, 34, 0, payload.length);
        ProtoNode tf = tcp.add(TCP_FLAGS, b, 46, 2, 0x018);
        tf.add(TCP_FLAGS_SYN, b, 46, 2, 0);
        tf.add(TCP_FLAGS_RESET, b, 46, 2, 0);
        tf.add(TCP_FLAGS_ACK, b, 46, 2, 1);
        tcp.add(TCP_WSF, b, 34, 0, -1).generated();
        tcp.add(TCP_CHECKSUM_STATUS, b, 50, 2, 2);
        tcp.addObj(TCP_PAYLOAD, b, 54, payload.length, payload);
        ProtoNode http = t.root().addItem(HTTP, b, 54, payload.length);
        ProtoNode req = http.addItem(HTTP_REQUEST, b, 54, 31);
        req.addObj(HTTP_METHOD, b, 54, 4, "HEAD");
        http.addObj(HTTP_HOST, b, 85, 26, "update.microsoft.com");
        http.addObj(HTTP_UA, b, 85, 0, "Windows-Update-Agent UPDATE/7");
        return t;
    }

    /** IP in IP: the outer header 10.0.0.5 → 10.0.0.9, the inner one 2.2.2.2 → 9.9.9.9; plus IPv6 and ICMP. */
    static ProtoTree tunnelled() {
        ByteView b = ByteView.of(new byte[64]);
        ProtoTree t = new ProtoTree();
        t.root().addItem(FRAME, b, 0, 64).add(FRAME_NUMBER, b, 0, 0, 2);
        ProtoNode outer = t.root().addItem(IP, b, 0, 20);
        outer.add(IP_SRC, b, 12, 4, 0x0a000005L);
        outer.add(IP_ADDR, b, 12, 4, 0x0a000005L);
        outer.add(IP_DST, b, 16, 4, 0x0a000009L);
        outer.add(IP_ADDR, b, 16, 4, 0x0a000009L);
        ProtoNode inner = t.root().addItem(IP, b, 20, 20);
        inner.add(IP_SRC, b, 32, 4, 0x02020202L);
        inner.add(IP_ADDR, b, 32, 4, 0x02020202L);
        inner.add(IP_DST, b, 36, 4, 0x09090909L);
        inner.add(IP_ADDR, b, 36, 4, 0x09090909L);
        ProtoNode v6 = t.root().addItem(IPV6, b, 40, 0);
        byte[] dst = new byte[16];
        dst[0] = (byte) 0xff;
        dst[1] = 0x05;
        dst[14] = (byte) 0x99;
        dst[15] = (byte) 0x99;
        v6.addObj(IPV6_DST, b, 40, 0, dst);
        t.root().add(ICMP_RESPTIME, b, 0, 0, 0).setObj(492.204);
        return t;
    }

    static byte[] hex(String s) {
        byte[] out = new byte[s.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }
}
