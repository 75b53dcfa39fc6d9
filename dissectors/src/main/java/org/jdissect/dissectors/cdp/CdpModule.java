package org.jdissect.dissectors.cdp;

import static org.jdissect.dissectors.cdp.CdpFields.*;
import static org.jdissect.dissectors.common.StringItems.formatStringzpad;
import static org.jdissect.dissectors.common.StringItems.formatText;

import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.Handoff;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.common.InternetChecksum;
import org.jdissect.dissectors.common.StringItems;
import org.jdissect.dissectors.data.DataModule;
import org.jdissect.dissectors.llc.LlcModule;

/**
 * The Cisco Discovery Protocol (SNAP, Cisco OUI, PID 0x2000) as Wireshark 4.0.17's packet-cdp.c shows it: header
 * and verified checksum (with CDP's odd-length quirk), then every TLV it decodes: names, addresses (IPv4, IPv6,
 * others), capabilities, software version lines, platform, ODR prefixes, cluster hellos, VTP domain, VLANs, duplex,
 * power, MTU, trust, location, spare-pair PoE and the HP access points' text TLVs. Not decoded: EnergyWise (0x001d),
 * shown as an unknown TLV.
 */
public final class CdpModule implements ProtocolModule {
    public static final String NAME = "cdp";
    private static final int PID_CDP = 0x2000;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void register(Registrar r) {
        r.fields(ALL);
        r.experts(EI_BAD_CHECKSUM);
        r.dissector(NAME, CdpModule::dissect);
    }

    @Override
    public void handoff(Handoff h) {
        h.table(LlcModule.CISCO_PID_TABLE).add(PID_CDP, NAME, CdpModule::dissect);
    }

    static int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ctx.addProtocol(NAME);
        ctx.setCurrentProto("CDP");
        ProtoNode cdp = parent.addItem(CDP, tvb, 0, tvb.capturedLength());
        cdp.add(VERSION, tvb, 0, 1, tvb.u8(0));
        int ttl = tvb.u8(1);
        ProtoNode t = cdp.add(TTL, tvb, 1, 1, ttl);
        if (ctx.labels()) {
            t.label("TTL: " + ttl + " seconds");
        }
        checksum(tvb, ctx, cdp);
        int off = 4;
        int end = tvb.reportedLength();
        while (off != end) {
            int type = tvb.u16(off);
            int length = tvb.u16(off + 2);
            if (length < 4) {
                ProtoNode bad = cdp.addText(tvb, off, 4, "TLV with invalid length " + length + " (< 4)");
                typeAndLength(bad, tvb, off);
                off += 4;
                break;
            }
            off = tlv(tvb, ctx, cdp, off, type, length);
            if (off < 0) {
                return tvb.capturedLength();
            }
        }
        if (end - off > 0) {
            DataModule.dissect(tvb.tail(off), ctx, cdp);
        }
        return tvb.capturedLength();
    }

    /**
     * The checksum over the whole message, verified. CDP pads an odd length wrongly: the last byte goes in the low
     * half of the last word, and a byte with its high bit set is lowered by one along with the high half (the
     * sender's signed addition, which packet-cdp.c copies).
     */
    private static void checksum(ByteView tvb, PacketContext ctx, ProtoNode cdp) {
        int length = tvb.reportedLength();
        tvb.ensure(0, length);
        int stored = tvb.u16(2);
        long acc;
        if ((length & 1) != 0) {
            acc = InternetChecksum.sum(tvb, 0, length - 1, 0);
            int last = tvb.u8(length - 1);
            acc += (last & 0x80) != 0 ? 0xff00 | (last - 1) : last;
        } else {
            acc = InternetChecksum.sum(tvb, 0, length, 0);
        }
        if (InternetChecksum.fold(acc) == 0) {
            InternetChecksum.correct(cdp, tvb, 2, CHECKSUM, CHECKSUM_STATUS, stored);
        } else {
            InternetChecksum.bad(ctx, cdp, tvb, 2, CHECKSUM, CHECKSUM_STATUS, EI_BAD_CHECKSUM, stored,
                    InternetChecksum.fold(acc - stored));
        }
    }

    /** One TLV at {@code off}; returns the offset after it, or -1 when packet-cdp.c stops dissecting. */
    private static int tlv(ByteView tvb, PacketContext ctx, ProtoNode cdp, int off, int type, int length) {
        if (ctx.treeless() && treeOnly(type)) {
            return off + length; // what such a TLV reads past the message throws only when tshark builds a tree
        }
        int v = off + 4;
        int n = length - 4;
        switch (type) {
            case 0x0001 -> {
                String id = formatStringzpad(tvb, v, n);
                ctx.put(DeviceAndPort.class, DeviceAndPort.of(ctx).device(id));
                textTlv(tvb, ctx, cdp, off, length, "Device ID: " + id, DEVICE_ID, v, n);
            }
            case 0x0003 -> {
                // a length that does not reach the next TLV's zero high byte is taken as three bytes short (the
                // fix packet-cdp.c made for one capture)
                int real = tvb.reportedRemaining(off) >= length + 3 && tvb.u8(off + length) != 0 ? length + 3
                        : length;
                String port = formatStringzpad(tvb, v, n);
                ctx.put(DeviceAndPort.class, DeviceAndPort.of(ctx).port(port));
                textTlv(tvb, ctx, cdp, off, real, "Port ID: " + formatText(tvb, v, real - 4), PORT_ID, v, real - 4);
                return off + real;
            }
            case 0x0002, 0x0016 -> addresses(tvb, cdp, off, length, type == 0x0002 ? "Addresses"
                    : "Management Addresses");
            case 0x0004 -> {
                ProtoNode s = subtree(cdp, tvb, off, length, "Capabilities");
                if (n >= 4) {
                    long caps = tvb.u32(v);
                    ProtoNode c = s.add(CAPABILITIES, tvb, v, 4, caps);
                    for (FieldDef b : CAPABILITY_BITS) {
                        c.add(b, tvb, v, 4, (caps & b.bitmask()) != 0 ? 1 : 0);
                    }
                }
            }
            case 0x0005 -> {
                ProtoNode s = subtree(cdp, tvb, off, length, "Software Version");
                lines(tvb, s, v, n);
            }
            case 0x0006 -> textTlv(tvb, ctx, cdp, off, length, "Platform: " + formatText(tvb, v, n), PLATFORM, v, n);
            case 0x0007 -> prefixes(tvb, cdp, off, length);
            case 0x0008 -> hello(tvb, cdp, off, length);
            case 0x0009 -> textTlv(tvb, ctx, cdp, off, length, "VTP Management Domain: " + formatText(tvb, v, n),
                    VTP_MANAGEMENT_DOMAIN, v, n);
            case 0x000a -> {
                int vlan = tvb.u16(v);
                subtree(cdp, tvb, off, length, "Native VLAN: " + vlan).add(NATIVE_VLAN, tvb, v, 2, vlan);
            }
            case 0x000b -> {
                int duplex = tvb.u8(v);
                subtree(cdp, tvb, off, length, "Duplex: " + (duplex != 0 ? "Full" : "Half"))
                        .add(DUPLEX, tvb, v, 1, duplex != 0 ? 1 : 0);
            }
            case 0x000e, 0x000f -> voiceVlan(tvb, cdp, off, length, type == 0x000e ? "VoIP VLAN Reply"
                    : "VoIP VLAN Query");
            case 0x0010 -> {
                int mw = tvb.u16(v);
                subtree(cdp, tvb, off, length, "Power Consumption: " + mw + " mW")
                        .add(POWER_CONSUMPTION, tvb, v, 2, mw).label("Power Consumption: " + mw + "mW");
            }
            case 0x0011 -> {
                long mtu = tvb.u32(v);
                subtree(cdp, tvb, off, length, "MTU: " + mtu).add(MTU, tvb, v, 4, mtu);
            }
            case 0x0012 -> hexByte(tvb, cdp, off, length, "Trust Bitmap: ", TRUST_BITMAP);
            case 0x0013 -> hexByte(tvb, cdp, off, length, "Untrusted port CoS: ", UNTRUSTED_PORT_COS);
            case 0x0014 -> textTlv(tvb, ctx, cdp, off, length, "System Name: " + formatText(tvb, v, n), SYSTEM_NAME,
                    v, n);
            case 0x0015 -> {
                ProtoNode s = subtree(cdp, tvb, off, length, "System Object Identifier");
                s.addObj(SYSTEM_OBJECT_IDENTIFIER, tvb, v, n, n == 0 ? "<MISSING>" : tvb.toArray(v, n));
            }
            case 0x0017 -> {
                ProtoNode s = subtree(cdp, tvb, off, length, "Location: " + formatText(tvb, v + 1, n - 1));
                s.add(LOCATION_UNKNOWN, tvb, v, 1, tvb.u8(v));
                StringItems.ascii(s, LOCATION, tvb, v + 1, n - 1, ctx);
            }
            case 0x0019 -> {
                return power(tvb, ctx, cdp, off, length, "Power Request", POWER_REQUESTED);
            }
            case 0x001a -> {
                return power(tvb, ctx, cdp, off, length, "Power Available", POWER_AVAILABLE);
            }
            case 0x001f -> {
                ProtoNode s = subtree(cdp, tvb, off, length, "Spare Pair PoE");
                if (n > 0) {
                    int p = tvb.u8(v);
                    ProtoNode poe = s.add(SPARE_POE, tvb, v, 1, p);
                    for (FieldDef b : new FieldDef[] {SPARE_POE_POE, SPARE_POE_ARCH, SPARE_POE_REQ, SPARE_POE_PSE}) {
                        poe.add(b, tvb, v, 1, (p & b.bitmask()) != 0 ? 1 : 0);
                    }
                }
            }
            case 0x1000, 0x1001, 0x1003, 0x1006, 0x1007, 0x1008, 0x1009, 0x100a, 0x100b, 0x100c, 0x100d ->
                    textTlv(tvb, ctx, cdp, off, length, hpName(type) + ": " + formatText(tvb, v, n), PLATFORM, v, n);
            case 0x1002 -> {
                if (length == 4) {
                    subtree(cdp, tvb, off, length, "SSID: [Empty]");
                } else {
                    textTlv(tvb, ctx, cdp, off, length, "SSID: " + formatText(tvb, v, n), PLATFORM, v, n);
                }
            }
            default -> {
                if (ctx.treeless()) {
                    return off + length; // also read only under if (tree): no early return without a tree
                }
                String name = TLV_TYPE.valueName(type);
                ProtoNode s = subtree(cdp, tvb, off, length, "Type: " + (name != null ? name
                        : "Unknown (0x" + FieldFormat.hexPadded(type, 4) + ")") + ", length: " + length);
                if (length > 4) {
                    s.addObj(DATA, tvb, v, n, tvb.toArray(v, n));
                } else {
                    return -1; // packet-cdp.c returns from the dissector here
                }
            }
        }
        return off + length;
    }

    /**
     * The TLV types packet-cdp.c reads only under {@code if (tree)}: tshark's plain summary, which builds no tree,
     * reads nothing of them (a voice VLAN read past the end of the message is no exception there).
     */
    private static boolean treeOnly(int type) {
        return switch (type) {
            case 0x0005, 0x0006, 0x0008, 0x0009, 0x000a, 0x000b, 0x000e, 0x000f, 0x0010, 0x0011, 0x0012, 0x0013,
                    0x0014, 0x0015, 0x0017, 0x001d -> true;
            default -> type >= 0x1000 && type <= 0x100d;
        };
    }

    /** A TLV's subtree with its type and length items. */
    private static ProtoNode subtree(ProtoNode cdp, ByteView tvb, int off, int length, String text) {
        ProtoNode s = cdp.addText(tvb, off, length, text);
        typeAndLength(s, tvb, off);
        return s;
    }

    private static void typeAndLength(ProtoNode s, ByteView tvb, int off) {
        s.add(TLV_TYPE, tvb, off, 2, tvb.u16(off));
        s.add(TLV_LEN, tvb, off + 2, 2, tvb.u16(off + 2));
    }

    /** A TLV that holds one ASCII string item, under a subtree named {@code text}. */
    private static void textTlv(ByteView tvb, PacketContext ctx, ProtoNode cdp, int off, int length, String text,
                                FieldDef f, int v, int n) {
        StringItems.ascii(subtree(cdp, tvb, off, length, text), f, tvb, v, n, ctx);
    }

    private static void hexByte(ByteView tvb, ProtoNode cdp, int off, int length, String text, FieldDef f) {
        int b = tvb.u8(off + 4);
        subtree(cdp, tvb, off, length, text + "0x" + FieldFormat.hexPadded(b, 2).toUpperCase())
                .add(f, tvb, off + 4, 1, b);
    }

    /**
     * VoIP VLAN reply or query: a data byte and the VLAN, appended to the subtree's text once read (it may lie past
     * a short TLV: packet-cdp.c reads on); a 6-byte TLV holds two data bytes and no VLAN.
     */
    private static void voiceVlan(ByteView tvb, ProtoNode cdp, int off, int length, String name) {
        ProtoNode s = subtree(cdp, tvb, off, length, name);
        if (length == 6) {
            s.addObj(DATA, tvb, off + 4, 2, tvb.toArray(off + 4, 2));
            return;
        }
        s.addObj(DATA, tvb, off + 4, 1, tvb.toArray(off + 4, 1));
        int vlan = tvb.u16(off + 5);
        s.add(VOICE_VLAN, tvb, off + 5, 2, vlan);
        s.appendLabel(": VLAN " + vlan);
    }

    /** The address list of an Addresses or Management Address TLV. */
    private static void addresses(ByteView tvb, ProtoNode cdp, int off, int length, String text) {
        ProtoNode s = subtree(cdp, tvb, off, length, text);
        int p = off + 4;
        int left = length - 4;
        long count = tvb.u32(p);
        s.add(NUMBER_OF_ADDRESSES, tvb, p, 4, count);
        p += 4;
        left -= 4;
        while (count != 0) {
            int used = address(tvb, s, p, left);
            if (used < 0) {
                break;
            }
            p += used;
            left -= used;
            count--;
        }
    }

    /**
     * One address: protocol type, protocol (an NLPID, or an 802.2 header whose Ethertype says IPv6), address. A
     * cut one stops the list with "(truncated)" items, as packet-cdp.c's dissect_address_tlv.
     */
    private static int address(ByteView tvb, ProtoNode s, int off, int length) {
        if (length < 1) {
            return -1;
        }
        ProtoNode a = s.addText(tvb, off, length, "Truncated address");
        int protoType = tvb.u8(off);
        a.add(PROTOCOL_TYPE, tvb, off, 1, protoType);
        int p = off + 1;
        int left = length - 1;
        if (left < 1) {
            return -1;
        }
        int protoLength = tvb.u8(p);
        a.add(PROTOCOL_LENGTH, tvb, p, 1, protoLength);
        p++;
        left--;
        if (left < protoLength) {
            if (left != 0) {
                a.addObj(ADDRESS_PROTOCOL, tvb, p, left, tvb.toArray(p, left)).appendLabel(" (truncated)");
            }
            return -1;
        }
        boolean nlpid = protoType == 1 && protoLength == 1;
        // an 802.2 header AA AA 03 00 00 00 86 DD names IPv6
        boolean ipv6 = protoType == 2 && protoLength == 8 && tvb.u32(p) == 0xaaaa0300L && tvb.u32(p + 4) == 0x86ddL;
        int nlpidValue = nlpid ? tvb.u8(p) : -1;
        ProtoNode proto = a.addObj(ADDRESS_PROTOCOL, tvb, p, protoLength, tvb.toArray(p, protoLength));
        if (nlpid) {
            proto.label("Protocol: " + nlpidName(nlpidValue));
        } else if (ipv6) {
            proto.label("Protocol: IPv6");
        }
        p += protoLength;
        left -= protoLength;
        if (left < 2) {
            return -1;
        }
        int addrLength = tvb.u16(p);
        a.add(ADDRESS_LENGTH, tvb, p, 2, addrLength);
        p += 2;
        left -= 2;
        if (left < addrLength) {
            if (left != 0) {
                a.addObj(ADDRESS, tvb, p, left, tvb.toArray(p, left)).appendLabel(" (truncated)");
            }
            return -1;
        }
        if (nlpidValue == 0xcc && addrLength == 4) {
            long ip = tvb.u32(p);
            a.label("IP address: " + FieldFormat.ipv4(ip));
            a.add(IP_ADDRESS, tvb, p, 4, ip);
        } else if (ipv6 && addrLength == 16) {
            byte[] ip6 = tvb.toArray(p, 16);
            a.label("IPv6 address: " + FieldFormat.ipv6(ip6));
            a.addObj(IPV6_ADDRESS, tvb, p, 16, ip6);
        } else {
            byte[] raw = tvb.toArray(p, addrLength);
            a.addObj(ADDRESS, tvb, p, addrLength, raw);
            a.label("Address: " + FieldFormat.hex(raw, 0, raw.length, null));
        }
        return 2 + protoLength + 2 + addrLength;
    }

    /** nlpid_vals' names of the NLPIDs an address may carry. */
    private static String nlpidName(int nlpid) {
        return switch (nlpid) {
            case 0x00 -> "NULL";
            case 0x08 -> "Q.933";
            case 0x80 -> "SNAP";
            case 0x81 -> "CLNP";
            case 0x82 -> "ESIS";
            case 0x83 -> "ISIS";
            case 0x8e -> "IPv6";
            case 0xb0 -> "FRF.9";
            case 0xb1 -> "FRF.12";
            case 0xc0 -> "TRILL";
            case 0xc1 -> "IEEE 802.1aq";
            case 0xcc -> "IP";
            case 0xcf -> "PPP";
            default -> "Unknown (0x" + FieldFormat.hexPadded(nlpid, 2) + ")";
        };
    }

    /** ODR: a default gateway (length 8) or a list of prefix/length pairs. */
    private static void prefixes(ByteView tvb, ProtoNode cdp, int off, int length) {
        if (length == 8) {
            long gw = tvb.u32(off + 4);
            subtree(cdp, tvb, off, length, "ODR Default gateway: " + FieldFormat.ipv4(gw))
                    .add(ODR_DEFAULT_GATEWAY, tvb, off + 4, 4, gw);
            return;
        }
        ProtoNode s = subtree(cdp, tvb, off, length, "IP Prefixes: " + length / 5);
        for (int p = off + 4, left = length - 4; left > 0; p += 5, left -= 5) {
            long prefix = tvb.u32(p);
            // packet-cdp.c hands the host-order number to an API that wants network order: the value (filters,
            // fields, JSON) has its bytes the wrong way round, the text is right
            s.add(IP_PREFIX, tvb, p, 5, Integer.reverseBytes((int) prefix) & 0xffffffffL)
                    .label("IP Prefix: " + FieldFormat.ipv4(prefix) + "/" + tvb.u8(p + 4));
        }
    }

    /** A protocol hello: OUI, protocol ID, and the cluster management fields or the rest as bytes. */
    private static void hello(ByteView tvb, ProtoNode cdp, int off, int length) {
        int id = tvb.u16(off + 7);
        String name = PROTOCOL_ID.valueName(id);
        ProtoNode s = subtree(cdp, tvb, off, length, "Protocol Hello: " + (name != null ? name
                : "Unknown (0x" + FieldFormat.hexPadded(id, 4) + ")"));
        s.add(OUI, tvb, off + 4, 3, tvb.u24(off + 4)).label("OUI: " + LlcModule.ouiText(tvb.u24(off + 4)));
        s.add(PROTOCOL_ID, tvb, off + 7, 2, id);
        if (id == 0x0112) {
            s.add(CLUSTER_MASTER_IP, tvb, off + 9, 4, tvb.u32(off + 9));
            s.add(CLUSTER_IP, tvb, off + 13, 4, tvb.u32(off + 13));
            s.add(CLUSTER_VERSION, tvb, off + 17, 1, tvb.u8(off + 17));
            s.add(CLUSTER_SUB_VERSION, tvb, off + 18, 1, tvb.u8(off + 18));
            s.add(CLUSTER_STATUS, tvb, off + 19, 1, tvb.u8(off + 19));
            s.add(CLUSTER_UNKNOWN, tvb, off + 20, 1, tvb.u8(off + 20));
            s.add(CLUSTER_COMMANDER_MAC, tvb, off + 21, 6, tvb.u48(off + 21));
            s.add(CLUSTER_SWITCH_MAC, tvb, off + 27, 6, tvb.u48(off + 27));
            s.add(CLUSTER_UNKNOWN, tvb, off + 33, 1, tvb.u8(off + 33));
            s.add(CLUSTER_MANAGEMENT_VLAN, tvb, off + 34, 2, tvb.u16(off + 34));
        } else {
            s.addObj(HELLO_UNKNOWN, tvb, off + 9, length - 9, tvb.toArray(off + 9, length - 9));
        }
    }

    /**
     * Power requested or available: request and management IDs, then 32-bit values in milliwatts, each appended to
     * the subtree's text; a rest shorter than four bytes is skipped.
     */
    private static int power(ByteView tvb, PacketContext ctx, ProtoNode cdp, int off, int length, String text,
                             FieldDef f) {
        ProtoNode s = subtree(cdp, tvb, off, length, text);
        if (!ctx.treeless()) { // read under packet-cdp.c's if (tree); the power values are read regardless
            s.add(REQUEST_ID, tvb, off + 4, 2, tvb.u16(off + 4));
            s.add(MANAGEMENT_ID, tvb, off + 6, 2, tvb.u16(off + 6));
        }
        int left = tvb.u16(off + 2) - 8;
        int p = off + 8;
        String sep = ": ";
        for (; left >= 4; left -= 4, p += 4) {
            long mw = tvb.u32(p);
            s.add(f, tvb, p, 4, mw).label(f.name() + ": " + mw + "mW");
            s.appendLabel(sep + mw + " mW");
            sep = ", ";
        }
        return p + left; // a TLV shorter than its 8-byte header part ends where its length says (offset += len)
    }

    /** A software version: one item per line, each up to its first NUL, covering the line and its end. */
    private static void lines(ByteView tvb, ProtoNode s, int start, int len) {
        int end = start + len;
        while (len > 0) {
            int lineEnd = tvb.indexOfLineEnd(start, end);
            if (lineEnd < 0) {
                lineEnd = end;
            }
            int next = tvb.afterLineEnd(start, end);
            s.addObj(SOFTWARE_VERSION, tvb, start, next - start, formatStringzpad(tvb, start, lineEnd - start));
            len -= next - start;
            start = next;
        }
    }

    private static String hpName(int type) {
        return switch (type) {
            case 0x1000 -> "BSSID";
            case 0x1001 -> "Serial";
            case 0x1003 -> "Radio 1 channel";
            case 0x1006 -> "SNMP port";
            case 0x1007 -> "Web mgmt port";
            case 0x1008 -> "Source MAC";
            case 0x1009 -> "Radio 2 channel";
            case 0x100a -> "Radio 1 operating mode";
            case 0x100b -> "Radio 2 operating mode";
            case 0x100c -> "Radio 1 radio mode";
            default -> "Radio 2 radio mode";
        };
    }

    /** The Device ID and Port ID the Info column shows, in the order met. */
    public record DeviceAndPort(String info) {
        public static DeviceAndPort of(PacketContext ctx) {
            DeviceAndPort d = ctx.get(DeviceAndPort.class);
            return d == null ? new DeviceAndPort("") : d;
        }

        public DeviceAndPort device(String id) {
            return new DeviceAndPort(info + "Device ID: " + id + "  ");
        }

        public DeviceAndPort port(String id) {
            return new DeviceAndPort(info + "Port ID: " + id + "  ");
        }
    }
}
