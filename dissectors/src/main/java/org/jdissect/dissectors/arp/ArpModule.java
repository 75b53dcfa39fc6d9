package org.jdissect.dissectors.arp;

import static org.jdissect.api.field.FieldType.*;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jdissect.api.bytes.BoundsException;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.Handoff;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.dissect.Session;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.expert.ExpertDef;
import org.jdissect.api.expert.ExpertGroup;
import org.jdissect.api.expert.ExpertSeverity;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.limits.Limit;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.eth.EthFields;
import org.jdissect.dissectors.eth.EthModule;

/**
 * ARP and its relatives (RARP, DRARP, InARP, MARS opcodes) as packet-arp.c's dissect_arp shows them: the header, the
 * addresses as MAC and IPv4 when their types and sizes say so (bytes otherwise), gratuitous/probe/announcement
 * flags, and duplicate-address detection: a sender (or, in a reply, target) IPv4 address seen earlier with another
 * MAC adds a top-level "Duplicate IP address detected" item with a warning. The ATM (RFC 2225) and AX.25 hardware
 * types, which packet-arp.c hands to their own dissectors, are shown as generic ARP.
 */
public final class ArpModule implements ProtocolModule {
    public static final FieldDef ARP = FieldDef.builder("arp", "Address Resolution Protocol", PROTOCOL).blurb("ARP/RARP").build();
    public static final FieldDef HW_TYPE = FieldDef.builder("arp.hw.type", "Hardware type", UINT16)
            .names(ArpTables.HARDWARE_TYPES).build();
    public static final FieldDef PROTO_TYPE = FieldDef.builder("arp.proto.type", "Protocol type", UINT16).hex()
            .names(EthFields.ETHERTYPES).build();
    public static final FieldDef HW_SIZE = FieldDef.builder("arp.hw.size", "Hardware size", UINT8).build();
    public static final FieldDef PROTO_SIZE = FieldDef.builder("arp.proto.size", "Protocol size", UINT8).build();
    public static final FieldDef OPCODE = FieldDef.builder("arp.opcode", "Opcode", UINT16)
            .names(ArpTables.OPCODES).build();
    public static final FieldDef SRC_HW = FieldDef.builder("arp.src.hw_mac", "Sender MAC address", ETHER).build();
    public static final FieldDef SRC_IP = FieldDef.builder("arp.src.proto_ipv4", "Sender IP address", IPV4).build();
    public static final FieldDef DST_HW = FieldDef.builder("arp.dst.hw_mac", "Target MAC address", ETHER).build();
    public static final FieldDef DST_IP = FieldDef.builder("arp.dst.proto_ipv4", "Target IP address", IPV4).build();
    public static final FieldDef SRC_HW_BYTES = FieldDef.builder("arp.src.hw", "Sender hardware address", BYTES)
            .build();
    public static final FieldDef DST_HW_BYTES = FieldDef.builder("arp.dst.hw", "Target hardware address", BYTES)
            .build();
    public static final FieldDef SRC_PROTO = FieldDef.builder("arp.src.proto", "Sender protocol address", BYTES)
            .build();
    public static final FieldDef DST_PROTO = FieldDef.builder("arp.dst.proto", "Target protocol address", BYTES)
            .build();
    public static final FieldDef DRARP_ERROR = FieldDef.builder("arp.dst.drarp_error_status", "DRARP error status",
            UINT16).names(ArpTables.DRARP_STATUS).build();

    public static final FieldDef IS_GRATUITOUS = FieldDef.builder("arp.isgratuitous", "Is gratuitous", BOOLEAN)
            .build();
    public static final FieldDef IS_PROBE = FieldDef.builder("arp.isprobe", "Is probe", BOOLEAN).build();
    public static final FieldDef IS_ANNOUNCEMENT = FieldDef.builder("arp.isannouncement", "Is announcement", BOOLEAN)
            .build();
    public static final FieldDef DUPLICATE_FRAME = FieldDef.builder("arp.duplicate-address-frame",
            "Frame showing earlier use of IP address", FRAMENUM).build();
    public static final FieldDef DUPLICATE_SECONDS = FieldDef.builder("arp.seconds-since-duplicate-address-frame",
            "Seconds since earlier frame seen", UINT32).build();
    public static final ExpertDef EI_DUPLICATE = ExpertDef.of("arp.duplicate-address-detected", ExpertGroup.SEQUENCE,
            ExpertSeverity.WARN, "Duplicate IP address configured");

    private static final int REQUEST = 1;
    private static final int REPLY = 2;
    private static final int DRARP_ERROR_OP = 7;
    /** ARPHRD_AX25. */
    static final int AX25_HARDWARE = 3;

    @Override
    public String name() {
        return "arp";
    }

    @Override
    public void register(Registrar r) {
        r.fields(ARP, HW_TYPE, PROTO_TYPE, HW_SIZE, PROTO_SIZE, OPCODE, IS_GRATUITOUS, IS_PROBE, IS_ANNOUNCEMENT,
                SRC_HW, SRC_IP, DST_HW, DST_IP, SRC_HW_BYTES, DST_HW_BYTES, SRC_PROTO, DST_PROTO, DRARP_ERROR,
                DUPLICATE_FRAME, DUPLICATE_SECONDS);
        r.experts(EI_DUPLICATE);
    }

    @Override
    public void handoff(Handoff h) {
        h.table(EthModule.ETHERTYPE_TABLE).add(0x0806, "arp", this::dissect);
    }

    /** ARP_HW_IS_ETHER: Ethernet or IEEE 802 hardware with six-byte addresses. */
    static boolean etherHardware(int hrd, int hln) {
        return (hrd == 1 || hrd == 6) && hln == 6;
    }

    /** ARP_PRO_IS_IPv4: IPv4 (or AX.25's IP protocol id) with four-byte addresses. */
    static boolean ipv4Protocol(int pro, int pln) {
        return (pro == 0x0800 || pro == 0xcc) && pln == 4;
    }

    int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        // the registered short name, which a malformed-packet marker shows (the Protocol column says "ARP")
        ctx.setCurrentProto("ARP/RARP");
        ctx.addProtocol("arp");
        int hrd = tvb.u16(0);
        if (hrd == AX25_HARDWARE) {
            return dissectAx25(tvb, ctx, parent, hrd);
        }
        ProtoNode a = parent.addItem(ARP, tvb, 0, tvb.capturedLength());
        a.add(HW_TYPE, tvb, 0, 2, hrd);
        int pro = tvb.u16(2);
        a.add(PROTO_TYPE, tvb, 2, 2, pro);
        int hln = tvb.u8(4);
        a.add(HW_SIZE, tvb, 4, 1, hln);
        int pln = tvb.u8(5);
        a.add(PROTO_SIZE, tvb, 5, 1, pln);
        int op = tvb.u16(6);
        a.add(OPCODE, tvb, 6, 2, op);
        int total = 8 + 2 * hln + 2 * pln;
        a.setLength(Math.min(total, tvb.capturedLength())); // an item never past the captured bytes (addItem)
        if (total > tvb.reportedLength()) {
            throw BoundsException.MALFORMED; // tvb_set_reported_length past the end
        }
        ctx.networkLength = total; // what follows is the link layer's padding or trailer

        int sha = 8;
        int spa = sha + hln;
        int tha = spa + pln;
        int tpa = tha + hln;
        boolean etherHw = etherHardware(hrd, hln);
        boolean ipv4 = ipv4Protocol(pro, pln);
        if ((op == REQUEST || op == REPLY) && etherHw && ipv4) {
            long dupIp = -1;
            long ip = tvb.u32(spa);
            long mac = tvb.u48(sha);
            if (usable(mac, ip)) {
                dupIp = checkDuplicate(ctx, parent, tvb, mac, ip, dupIp);
            }
            // a request's target addresses mean nothing (RFC 826); a gratuitous reply reports one IP once
            ip = tvb.u32(tpa);
            mac = tvb.u48(tha);
            if (usable(mac, ip) && op != REQUEST && dupIp != ip) {
                checkDuplicate(ctx, parent, tvb, mac, ip, dupIp);
            }
        }

        boolean gratuitous = false;
        boolean announcement = false;
        boolean probe = false;
        boolean zeroTarget = tvb.has(tha, 6) && tvb.u48(tha) == 0; // tvb_memeql: unequal when bytes are missing
        if (op == REQUEST || op == REPLY) {
            tvb.ensure(tpa, pln); // tvb_get_ptr of the target address throws when it is missing
            gratuitous = sameBytes(tvb, spa, tpa, pln);
        }
        if (gratuitous) {
            announcement = op == REQUEST && zeroTarget;
        } else {
            probe = op == REQUEST && zeroTarget && tvb.u32(spa) == 0;
        }

        a.label(itemText(op, gratuitous, probe, announcement));
        if (gratuitous) {
            a.add(IS_GRATUITOUS, tvb, 0, 0, 1).generated();
        }
        if (probe) {
            a.add(IS_PROBE, tvb, 0, 0, 1).generated();
        }
        if (announcement) {
            a.add(IS_ANNOUNCEMENT, tvb, 0, 0, 1).generated();
        }
        if (hln != 0) {
            hardware(a, tvb, sha, hln, etherHw, SRC_HW, SRC_HW_BYTES);
        }
        if (pln != 0) {
            protocolAddress(a, tvb, spa, pln, ipv4, SRC_IP, SRC_PROTO);
        }
        if (hln != 0) {
            hardware(a, tvb, tha, hln, etherHw, DST_HW, DST_HW_BYTES);
        }
        if (pln != 0 && op != DRARP_ERROR_OP) {
            protocolAddress(a, tvb, tpa, pln, ipv4, DST_IP, DST_PROTO);
        } else if (pln != 0) {
            a.add(DRARP_ERROR, tvb, tpa, 1, tvb.u8(tpa)); // the first byte of the target address
        }
        return total;
    }

    /**
     * AX.25 hardware (packet-arp.c's dissect_ax25arp, reached through the arp.hw.type table, so "arp" twice in the
     * frame's protocols): the header is read whole before any item, gratuitous means equal address texts, and there
     * is no probe, announcement or duplicate detection. Seven-byte AX.25 addresses are shown as bytes.
     */
    private int dissectAx25(ByteView tvb, PacketContext ctx, ProtoNode parent, int hrd) {
        ctx.addProtocol("arp");
        int pro = tvb.u16(2);
        int hln = tvb.u8(4);
        int pln = tvb.u8(5);
        int op = tvb.u16(6);
        int total = 8 + 2 * hln + 2 * pln;
        if (total > tvb.reportedLength()) {
            throw BoundsException.MALFORMED;
        }
        ctx.networkLength = total;
        int spa = 8 + hln;
        int tpa = spa + pln + hln;
        boolean ipv4 = ipv4Protocol(pro, pln);
        tvb.ensure(spa, pln); // tvb_arpproaddr_to_str reads both addresses before the tree
        tvb.ensure(tpa, pln);
        // strcmp of the two address texts: two empty addresses ("<No address>") are equal
        boolean gratuitous = (op == REQUEST || op == REPLY) && (pln == 0 || sameBytes(tvb, spa, tpa, pln));
        ProtoNode a = parent.addItem(ARP, tvb, 0, total).label(itemText(op, gratuitous, false, false));
        a.add(HW_TYPE, tvb, 0, 2, hrd);
        a.add(PROTO_TYPE, tvb, 2, 2, pro);
        a.add(HW_SIZE, tvb, 4, 1, hln);
        a.add(PROTO_SIZE, tvb, 5, 1, pln);
        a.add(OPCODE, tvb, 6, 2, op);
        if (hln != 0) {
            hardware(a, tvb, 8, hln, false, SRC_HW, SRC_HW_BYTES);
        }
        if (pln != 0) {
            protocolAddress(a, tvb, spa, pln, ipv4, SRC_IP, SRC_PROTO);
        }
        if (hln != 0) {
            hardware(a, tvb, spa + pln, hln, false, DST_HW, DST_HW_BYTES);
        }
        if (pln != 0) {
            protocolAddress(a, tvb, tpa, pln, ipv4, DST_IP, DST_PROTO);
        }
        return total;
    }

    /**
     * The item's text: the opcode's name, or what the packet announces (an announcement and a probe are named so;
     * a gratuitous request or reply says so), or the opcode in hex when it has no name.
     */
    private static String itemText(int op, boolean gratuitous, boolean probe, boolean announcement) {
        String name = ArpTables.OPCODES.get((long) op);
        if (name == null) {
            name = "opcode 0x" + FieldFormat.hexPadded(op, 4);
        } else if (announcement) {
            name = "ARP Announcement";
        } else if (probe) {
            name = "ARP Probe";
        } else if (gratuitous) {
            name = op == REQUEST ? "request/gratuitous ARP" : "reply/gratuitous ARP"; // only these two can be
        }
        return "Address Resolution Protocol (" + name + ")";
    }

    private static void hardware(ProtoNode a, ByteView tvb, int off, int len, boolean ether, FieldDef mac,
                                 FieldDef bytes) {
        if (ether) {
            a.add(mac, tvb, off, 6, tvb.u48(off));
        } else {
            a.addObj(bytes, tvb, off, len, tvb.toArray(off, len));
        }
    }

    private static void protocolAddress(ProtoNode a, ByteView tvb, int off, int len, boolean ipv4, FieldDef ip,
                                        FieldDef bytes) {
        if (ipv4) {
            a.add(ip, tvb, off, 4, tvb.u32(off));
        } else {
            a.addObj(bytes, tvb, off, len, tvb.toArray(off, len));
        }
    }

    /** A binding worth remembering: a unicast, non-zero MAC and a non-zero address. */
    private static boolean usable(long mac, long ip) {
        return ((mac >>> 40) & 1) == 0 && mac != 0 && ip != 0;
    }

    /**
     * check_for_duplicate_addresses: remembers which MAC each IPv4 address was last seen with; a different MAC for an
     * address seen in an earlier frame adds the report (under {@code parent}, the packet's top level) and returns
     * the address, otherwise returns {@code dupIp} unchanged.
     */
    private static long checkDuplicate(PacketContext ctx, ProtoNode parent, ByteView tvb, long mac, long ip,
                                       long dupIp) {
        Bindings bindings = ctx.session().state(Bindings.class, Bindings::new);
        long frame = ctx.frameNumber();
        long secs = ctx.record().epochSeconds();
        Binding seen = bindings.get(ip);
        if (seen == null) {
            bindings.put(ip, new Binding(mac, frame, secs), ctx);
            return dupIp;
        }
        if (frame <= seen.frame) {
            return dupIp;
        }
        if (seen.mac == mac) {
            seen.frame = frame;
            seen.secs = secs;
            return dupIp;
        }
        // the entry keeps the first MAC: later frames from the new one are reported against it too
        String ipText = FieldFormat.ipv4(ip);
        ProtoNode report = parent.addText(tvb, 0, 0, "Duplicate IP address detected for " + ipText + " ("
                + FieldFormat.ether(mac) + ") - also in use by " + FieldFormat.ether(seen.mac) + " (frame "
                + seen.frame + ")").generated();
        ProtoNode earlier = report.add(DUPLICATE_FRAME, tvb, 0, 0, seen.frame).generated();
        Expert.add(ctx, earlier, EI_DUPLICATE, "Duplicate IP address configured (" + ipText + ")");
        report.add(DUPLICATE_SECONDS, tvb, 0, 0, (secs - seen.secs) & 0xffffffffL).generated();
        return ip;
    }

    private static boolean sameBytes(ByteView tvb, int a, int b, int n) {
        if (n == 0 || !tvb.has(a, n)) {
            return false; // tvb_memeql with bytes missing, or none: it finds no bytes to compare and says unequal
        }
        for (int i = 0; i < n; i++) {
            if (tvb.u8(a + i) != tvb.u8(b + i)) {
                return false;
            }
        }
        return true;
    }

    /** The MAC an address was last seen with, in which frame and second. */
    private static final class Binding {
        final long mac;
        long frame;
        long secs;

        Binding(long mac, long frame, long secs) {
            this.mac = mac;
            this.frame = frame;
            this.secs = secs;
        }
    }

    /** The capture's address bindings, at most {@link Limit#ARP_ADDRESSES}, the least recently seen forgotten. */
    private static final class Bindings {
        private final int max;
        private final LinkedHashMap<Long, Binding> map = new LinkedHashMap<>(16, 0.75f, true);

        Bindings(Session session) {
            this.max = session.limits().getInt(Limit.ARP_ADDRESSES);
        }

        Binding get(long ip) {
            return map.get(ip);
        }

        void put(long ip, Binding b, PacketContext ctx) {
            if (map.size() >= max) {
                Long oldest = map.keySet().iterator().next();
                map.remove(oldest);
                ctx.countLimit(Limit.ARP_ADDRESSES, "ARP address bindings past " + max
                        + ": the least recently seen forgotten");
            }
            map.put(ip, b);
        }
    }
}
