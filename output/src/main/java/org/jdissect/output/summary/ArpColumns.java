package org.jdissect.output.summary;

import org.jdissect.api.tree.ProtoNode;

/** ARP (packet-arp.c dissect_arp): the request/reply sentences; pinfo's addresses stay the link layer's. */
final class ArpColumns {
    private ArpColumns() {
    }

    static void arp(Columns c, ProtoNode p) {
        c.protocol = "ARP";
        c.info.clear();
        ProtoNode opNode = Nodes.find(p, "arp.opcode");
        if (opNode == null) {
            return;
        }
        int op = (int) opNode.num();
        String spa = proto(p, "arp.src.proto_ipv4", "arp.src.proto");
        String tpa = proto(p, "arp.dst.proto_ipv4", "arp.dst.proto");
        String sha = proto(p, "arp.src.hw_mac", "arp.src.hw");
        String tha = proto(p, "arp.dst.hw_mac", "arp.dst.hw");
        if (spa == null || tpa == null || sha == null || tha == null) {
            return; // cut short: the exception marker follows
        }
        switch (op) {
            case 3, 4 -> c.protocol = "RARP";
            case 5, 6, 7 -> c.protocol = "DRARP";
            case 8, 9 -> c.protocol = "Inverse ARP";
            default -> {
            }
        }
        boolean gratuitous = Nodes.has(p, "arp.isgratuitous") || Nodes.has(p, "arp.isannouncement");
        switch (op) {
            case 1 -> {
                if (Nodes.has(p, "arp.isannouncement")) {
                    c.info.set("ARP Announcement for " + tpa);
                } else if (gratuitous) {
                    c.info.set("Gratuitous ARP for " + tpa + " (Request)");
                } else if (Nodes.has(p, "arp.isprobe")) {
                    c.info.set("Who has " + tpa + "? (ARP Probe)");
                } else {
                    c.info.set("Who has " + tpa + "? Tell " + spa);
                }
            }
            case 2 -> c.info.set(gratuitous ? "Gratuitous ARP for " + spa + " (Reply)" : spa + " is at " + sha);
            case 3, 8, 5 -> c.info.set("Who is " + tha + "? Tell " + sha);
            case 4, 6 -> c.info.set(tha + " is at " + tpa);
            case 7 -> c.info.set("DRARP Error");
            case 9 -> c.info.set(sha + " is at " + spa);
            case 10 -> c.info.set("ARP NAK");
            default -> c.info.set("Unknown ARP opcode 0x" + IpColumns.hex4(op));
        }
    }

    private static String proto(ProtoNode p, String specific, String generic) {
        String s = Nodes.text(p, specific);
        return s != null ? s : Nodes.text(p, generic);
    }
}
