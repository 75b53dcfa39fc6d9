package org.jdissect.output.summary;

import org.jdissect.api.tree.ProtoNode;

/** packet-ipsec.c's and packet-ipsec-udp.c's columns: ESP, AH (in IPv4; IPv6's is in IpColumns) and UDPENCAP. */
final class IpsecColumns {
    private IpsecColumns() {
    }

    /** dissect_esp: "ESP", Info cleared, then "ESP (SPI=0x…)" once the sequence number is read. */
    static void esp(Columns c, ProtoNode p) {
        c.protocol = "ESP";
        c.info.clear();
        if (Nodes.has(p, "esp.sequence")) {
            c.info.set(spi("ESP", Nodes.num(p, "esp.spi", 0)));
        }
    }

    /**
     * dissect_ah in IPv4: "AH", then "AH (SPI=0x…)" once the SPI is read. The protocol it protects is called without
     * the IP header's data, so ICMP's Info shows no TTL.
     */
    static void ah(Columns c, ProtoNode p) {
        c.protocol = "AH";
        c.info.clear();
        ProtoNode spi = Nodes.find(p, "ah.spi");
        if (spi != null) {
            c.info.set(spi("AH", spi.num()));
        }
        c.ipTtl = -1;
    }

    /** "AH (SPI=0x0000abcd)", "ESP (SPI=…)". */
    static String spi(String proto, long spi) {
        return proto + " (SPI=0x" + String.format("%08x", spi) + ")";
    }

    /** dissect_udpencap: a NAT keepalive, IKE after the non-ESP marker, or ESP (which then writes its own). */
    static void udpencap(Columns c, ProtoNode p) {
        c.protocol = "UDPENCAP";
        c.info.clear();
        if (Nodes.has(p, "udpencap.nat_keepalive")) {
            c.info.set("NAT-keepalive");
        } else if (Nodes.has(p, "udpencap.non_esp_marker")) {
            c.info.set("ISAKMP");
        } else if (p.length() == 0) {
            c.info.set("ESP");
        }
    }
}
