package org.jdissect.output.summary;

import org.jdissect.api.tree.ProtoNode;

/**
 * ARP (packet-arp.c's dissect_arp, and dissect_ax25arp for AX.25 hardware): the Protocol column by opcode family, the
 * Info sentence, and the note a duplicate address adds; pinfo's addresses stay the link layer's.
 */
final class ArpColumns {
    private ArpColumns() {
    }

    private static final int AX25 = 3;

    static void arp(Columns c, ProtoNode p) {
        c.protocol = "ARP";
        c.info.clear();
        ProtoNode opNode = Nodes.find(p, "arp.opcode");
        if (opNode == null) {
            return;
        }
        int op = (int) opNode.num();
        boolean ax25 = Nodes.num(p, "arp.hw.type", -1) == AX25;
        c.protocol = protocol(op, ax25);
        String label = p.label();
        if (label == null || !label.startsWith("Address Resolution Protocol (")) {
            return; // the item's text is completed just after the Info column: an exception came before both
        }
        int hln = (int) Nodes.num(p, "arp.hw.size", 0);
        int pln = (int) Nodes.num(p, "arp.proto.size", 0);
        // an address of no bytes reads "<No address>"; a missing one means the packet ended before it, so the
        // exception came before the Info text was set
        String spa = address(p, pln, "arp.src.proto_ipv4", "arp.src.proto");
        String tpa = address(p, pln, "arp.dst.proto_ipv4", "arp.dst.proto");
        String sha = address(p, hln, "arp.src.hw_mac", "arp.src.hw");
        String tha = address(p, hln, "arp.dst.hw_mac", "arp.dst.hw");
        String info = ax25 ? ax25Info(p, op, spa, tpa, sha, tha) : info(p, op, spa, tpa, sha, tha);
        if (info == null) {
            return;
        }
        c.info.set(info);
        String duplicate = duplicateIp(p.parent());
        if (duplicate != null) {
            c.info.append(" (duplicate use of " + duplicate + " detected!)");
        }
    }

    private static String protocol(int op, boolean ax25) {
        return switch (op) {
            case 3, 4 -> "RARP";
            case 8, 9 -> "Inverse ARP";
            case 5, 6, 7 -> ax25 ? "ARP" : "DRARP";
            case 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22 -> ax25 ? "ARP" : "MARS";
            case 23 -> ax25 ? "ARP" : "MAPOS";
            default -> "ARP";
        };
    }

    /** packet-arp.c's Info sentences; null when an address it names is missing. */
    private static String info(ProtoNode p, int op, String spa, String tpa, String sha, String tha) {
        return switch (op) {
            case 1 -> {
                if (tpa == null || spa == null) {
                    yield null;
                }
                if (Nodes.has(p, "arp.isannouncement")) {
                    yield "ARP Announcement for " + tpa;
                } else if (Nodes.has(p, "arp.isgratuitous")) {
                    yield "Gratuitous ARP for " + tpa + " (Request)";
                } else if (Nodes.has(p, "arp.isprobe")) {
                    yield "Who has " + tpa + "? (ARP Probe)";
                }
                yield "Who has " + tpa + "? Tell " + spa;
            }
            case 2 -> Nodes.has(p, "arp.isgratuitous") ? join("Gratuitous ARP for ", spa, " (Reply)", "", "")
                    : join("", spa, " is at ", sha, "");
            case 3, 8, 5 -> join("Who is ", tha, "? Tell ", sha, "");
            case 4, 6 -> join("", tha, " is at ", tpa, "");
            case 7 -> "DRARP Error";
            case 9 -> join("", sha, " is at ", spa, "");
            case 10 -> "ARP NAK";
            case 11 -> join("MARS request from ", sha, " at ", spa, "");
            case 12 -> join("MARS MULTI request from ", sha, " at ", spa, "");
            case 13 -> join("MARS MSERV request from ", sha, " at ", spa, "");
            case 14 -> join("MARS JOIN request from ", sha, " at ", spa, "");
            case 15 -> join("MARS LEAVE from ", sha, " at ", spa, "");
            case 16 -> join("MARS NAK from ", sha, " at ", spa, "");
            case 17 -> join("MARS UNSERV request from ", sha, " at ", spa, "");
            case 18 -> join("MARS SJOIN request from ", sha, " at ", spa, "");
            case 19 -> join("MARS SLEAVE from ", sha, " at ", spa, "");
            case 20 -> join("MARS grouplist request from ", sha, " at ", spa, "");
            case 21 -> join("MARS grouplist reply from ", sha, " at ", spa, "");
            case 22 -> join("MARS redirect map from ", sha, " at ", spa, "");
            case 23 -> join("MAPOS UNARP request from ", sha, " at ", spa, "");
            case 24 -> "Experimental 1 ( opcode " + op + " )";
            case 25 -> "Experimental 2 ( opcode " + op + " )";
            case 0, 65535 -> "Reserved opcode " + op;
            default -> "Unknown ARP opcode 0x" + IpColumns.hex4(op);
        };
    }

    /** dissect_ax25arp's shorter list (both protocol addresses are read first). */
    private static String ax25Info(ProtoNode p, int op, String spa, String tpa, String sha, String tha) {
        if (spa == null || tpa == null) {
            return null;
        }
        boolean gratuitous = Nodes.has(p, "arp.isgratuitous") || ((op == 1 || op == 2) && spa.equals(tpa));
        return switch (op) {
            case 1 -> gratuitous ? "Gratuitous ARP for " + tpa + " (Request)" : "Who has " + tpa + "? Tell " + spa;
            case 2 -> gratuitous ? "Gratuitous ARP for " + spa + " (Reply)" : join("", spa, " is at ", sha, "");
            case 3, 8 -> join("Who is ", tha, "? Tell ", sha, "");
            case 4 -> join("", tha, " is at ", tpa, "");
            case 9 -> join("", sha, " is at ", spa, "");
            default -> "Unknown ARP opcode 0x" + IpColumns.hex4(op);
        };
    }

    private static String join(String a, String x, String b, String y, String c) {
        return x == null || y == null ? null : a + x + b + y + c;
    }

    private static String address(ProtoNode p, int size, String specific, String generic) {
        if (size == 0) {
            return "<No address>";
        }
        String s = Nodes.text(p, specific);
        return s != null ? s : Nodes.text(p, generic);
    }

    /**
     * The address of the last duplicate the packet reports (its expert message, "Duplicate IP address configured
     * (ADDRESS)"), or null: the report hangs off the packet's top level, beside the ARP item.
     */
    private static String duplicateIp(ProtoNode root) {
        if (root == null || !Nodes.has(root, "arp.duplicate-address-frame")) {
            return null;
        }
        String[] last = new String[1];
        root.walk(n -> {
            if ("_ws.expert.message".equals(Nodes.abbrev(n)) && n.obj() instanceof String m
                    && m.startsWith(DUPLICATE) && m.endsWith(")")) {
                last[0] = m.substring(DUPLICATE.length(), m.length() - 1);
            }
        });
        return last[0];
    }

    private static final String DUPLICATE = "Duplicate IP address configured (";
}
