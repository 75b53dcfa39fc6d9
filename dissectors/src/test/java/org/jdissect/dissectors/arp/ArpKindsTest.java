package org.jdissect.dissectors.arp;

import static org.assertj.core.api.Assertions.assertThat;

import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.capture.LinkType;
import org.jdissect.api.capture.PacketRecord;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.tree.ProtoNode;
import org.junit.jupiter.api.Test;

/** Gratuitous ARP, announcement and probe, as packet-arp.c (Wireshark 4.0) tells them apart. */
class ArpKindsTest {
    private static PacketContext arp(int op, int spa, long tha, int tpa) {
        byte[] b = new byte[14 + 28];
        b[0] = (byte) 0xff; // broadcast destination, source 02:00:00:00:00:01
        b[6] = 2;
        b[11] = 1;
        b[12] = 0x08;
        b[13] = 0x06;
        int a = 14;
        b[a + 1] = 1; // Ethernet
        b[a + 2] = 0x08; // IPv4
        b[a + 4] = 6;
        b[a + 5] = 4;
        put(b, a + 6, op, 2);
        b[a + 8] = 2;
        b[a + 13] = 1; // sender MAC
        put(b, a + 14, spa, 4);
        put(b, a + 18, tha, 6);
        put(b, a + 24, tpa, 4);
        return Engine.standard().newDissection().dissect(new PacketRecord().set(1, 1000, 0, b.length,
                LinkType.ETHERNET, ByteView.of(b)));
    }

    private static void put(byte[] b, int off, long v, int n) {
        for (int i = n - 1; i >= 0; i--) {
            b[off + i] = (byte) v;
            v >>>= 8;
        }
    }

    private static String label(PacketContext ctx) {
        return ctx.tree().find("arp").label();
    }

    private static boolean has(PacketContext ctx, String field) {
        ProtoNode n = ctx.tree().find(field);
        return n != null && n.bool();
    }

    @Test
    void announcementIsAGratuitousRequestToAZeroTargetMac() {
        PacketContext ctx = arp(1, 0x0a000001, 0, 0x0a000001);
        assertThat(label(ctx)).isEqualTo("Address Resolution Protocol (ARP Announcement)");
        assertThat(has(ctx, "arp.isgratuitous")).isTrue();
        assertThat(has(ctx, "arp.isannouncement")).isTrue();
        assertThat(ctx.tree().find("arp.isprobe")).isNull();
    }

    @Test
    void gratuitousRequestWithATargetMacIsNoAnnouncement() {
        PacketContext ctx = arp(1, 0x0a000001, 0x0200000000ffL, 0x0a000001);
        assertThat(label(ctx)).isEqualTo("Address Resolution Protocol (request/gratuitous ARP)");
        assertThat(has(ctx, "arp.isgratuitous")).isTrue();
        assertThat(ctx.tree().find("arp.isannouncement")).isNull();
    }

    @Test
    void gratuitousReply() {
        PacketContext ctx = arp(2, 0x0a000001, 0xffffffffffffL, 0x0a000001);
        assertThat(label(ctx)).isEqualTo("Address Resolution Protocol (reply/gratuitous ARP)");
        assertThat(has(ctx, "arp.isgratuitous")).isTrue();
    }

    @Test
    void probeComesFromZeroToAZeroTargetMac() {
        PacketContext ctx = arp(1, 0, 0, 0x0a000002);
        assertThat(label(ctx)).isEqualTo("Address Resolution Protocol (ARP Probe)");
        assertThat(has(ctx, "arp.isprobe")).isTrue();
        assertThat(ctx.tree().find("arp.isgratuitous")).isNull();
    }

    @Test
    void plainRequestAndUnknownOpcode() {
        assertThat(label(arp(1, 0x0a000001, 0, 0x0a000002))).isEqualTo("Address Resolution Protocol (request)");
        assertThat(ctx(arp(1, 0x0a000001, 0, 0x0a000002))).isFalse();
        assertThat(label(arp(0x1234, 0x0a000001, 0, 0x0a000001)))
                .isEqualTo("Address Resolution Protocol (opcode 0x1234)");
    }

    private static boolean ctx(PacketContext c) {
        return c.tree().find("arp.isgratuitous") != null || c.tree().find("arp.isprobe") != null
                || c.tree().find("arp.isannouncement") != null;
    }
}
