package org.jdissect.dissectors.arp;

import static org.jdissect.api.field.FieldType.*;

import java.util.Map;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.Handoff;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.eth.EthFields;
import org.jdissect.dissectors.eth.EthModule;

/** ARP/RARP for Ethernet and IPv4 (other hardware/protocol sizes shown as bytes). */
public final class ArpModule implements ProtocolModule {
    static final Map<Long, String> OPCODES = Map.of(1L, "request", 2L, "reply", 3L, "reverse request", 4L,
            "reverse reply", 8L, "inverse request", 9L, "inverse reply");
    public static final FieldDef ARP = FieldDef.builder("arp", "Address Resolution Protocol", PROTOCOL).build();
    public static final FieldDef HW_TYPE = FieldDef.builder("arp.hw.type", "Hardware type", UINT16)
            .names(Map.of(1L, "Ethernet", 6L, "IEEE 802 Networks", 15L, "Frame Relay DLCI")).build();
    public static final FieldDef PROTO_TYPE = FieldDef.builder("arp.proto.type", "Protocol type", UINT16).hex()
            .names(EthFields.ETHERTYPES).build();
    public static final FieldDef HW_SIZE = FieldDef.builder("arp.hw.size", "Hardware size", UINT8).build();
    public static final FieldDef PROTO_SIZE = FieldDef.builder("arp.proto.size", "Protocol size", UINT8).build();
    public static final FieldDef OPCODE = FieldDef.builder("arp.opcode", "Opcode", UINT16).names(OPCODES).build();
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

    public static final FieldDef IS_GRATUITOUS = FieldDef.builder("arp.isgratuitous", "Is gratuitous", BOOLEAN)
            .build();
    public static final FieldDef IS_PROBE = FieldDef.builder("arp.isprobe", "Is probe", BOOLEAN).build();
    public static final FieldDef IS_ANNOUNCEMENT = FieldDef.builder("arp.isannouncement", "Is announcement", BOOLEAN)
            .build();

    @Override
    public String name() {
        return "arp";
    }

    @Override
    public void register(Registrar r) {
        r.fields(ARP, HW_TYPE, PROTO_TYPE, HW_SIZE, PROTO_SIZE, OPCODE, IS_GRATUITOUS, IS_PROBE, IS_ANNOUNCEMENT,
                SRC_HW, SRC_IP, DST_HW, DST_IP, SRC_HW_BYTES,
                DST_HW_BYTES, SRC_PROTO, DST_PROTO);
    }

    @Override
    public void handoff(Handoff h) {
        h.table(EthModule.ETHERTYPE_TABLE).add(0x0806, "arp", this::dissect);
    }

    int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ctx.setCurrentProto("ARP");
        ctx.addProtocol("arp");
        int hwType = tvb.u16(0);
        int protoType = tvb.u16(2);
        int hs = tvb.u8(4);
        int ps = tvb.u8(5);
        int op = tvb.u16(6);
        int total = 8 + 2 * hs + 2 * ps;
        tvb.ensure(0, total);
        int o = 8;
        // packet-arp.c: the same sender and target protocol address makes a gratuitous ARP; a request of one to an
        // all-zero target MAC is an announcement, and a request from 0.0.0.0 to an all-zero target MAC a probe
        int tha = o + hs + ps;
        boolean gratuitous = (op == 1 || op == 2) && sameBytes(tvb, o + hs, tha + hs, ps);
        boolean zeroTarget = tvb.has(tha, 6) && tvb.u48(tha) == 0; // tvb_memeql: false when the bytes are missing
        boolean announcement = gratuitous && op == 1 && zeroTarget;
        boolean probe = !gratuitous && op == 1 && zeroTarget && tvb.u32(o + hs) == 0;
        String name = OPCODES.get((long) op);
        if (name == null) {
            name = "opcode 0x" + FieldFormat.hexPadded(op, 4);
        } else if (announcement) {
            name = "ARP Announcement";
        } else if (probe) {
            name = "ARP Probe";
        } else if (gratuitous) {
            name = op == 1 ? "request/gratuitous ARP" : "reply/gratuitous ARP";
        }
        ProtoNode a = parent.addItem(ARP, tvb, 0, total).label("Address Resolution Protocol (" + name + ")");
        a.add(HW_TYPE, tvb, 0, 2, hwType);
        a.add(PROTO_TYPE, tvb, 2, 2, protoType);
        a.add(HW_SIZE, tvb, 4, 1, hs);
        a.add(PROTO_SIZE, tvb, 5, 1, ps);
        a.add(OPCODE, tvb, 6, 2, op);
        if (gratuitous) {
            a.add(IS_GRATUITOUS, tvb, 0, 0, 1).generated();
        }
        if (probe) {
            a.add(IS_PROBE, tvb, 0, 0, 1).generated();
        }
        if (announcement) {
            a.add(IS_ANNOUNCEMENT, tvb, 0, 0, 1).generated();
        }
        // the hardware address is a MAC when it has six bytes; the protocol address IPv4 when IPv4 with four
        if (hs == 6) {
            a.add(SRC_HW, tvb, o, 6, tvb.u48(o));
        } else {
            a.addObj(SRC_HW_BYTES, tvb, o, hs, tvb.toArray(o, hs));
        }
        boolean ipv4 = ps == 4 && protoType == 0x0800;
        if (ipv4) {
            a.add(SRC_IP, tvb, o + hs, 4, tvb.u32(o + hs));
        } else {
            a.addObj(SRC_PROTO, tvb, o + hs, ps, tvb.toArray(o + hs, ps));
        }
        int t = o + hs + ps;
        if (hs == 6) {
            a.add(DST_HW, tvb, t, 6, tvb.u48(t));
        } else {
            a.addObj(DST_HW_BYTES, tvb, t, hs, tvb.toArray(t, hs));
        }
        if (ipv4) {
            a.add(DST_IP, tvb, t + hs, 4, tvb.u32(t + hs));
        } else {
            a.addObj(DST_PROTO, tvb, t + hs, ps, tvb.toArray(t + hs, ps));
        }
        return total;
    }

    private static boolean sameBytes(ByteView tvb, int a, int b, int n) {
        for (int i = 0; i < n; i++) {
            if (tvb.u8(a + i) != tvb.u8(b + i)) {
                return false;
            }
        }
        return true;
    }
}
