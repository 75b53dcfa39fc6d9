package org.jdissect.dissectors.gre;

import static org.jdissect.api.field.FieldType.*;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.Dissector;
import org.jdissect.api.dissect.DissectorTable;
import org.jdissect.api.dissect.Handoff;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.expert.ExpertDef;
import org.jdissect.api.expert.ExpertGroup;
import org.jdissect.api.expert.ExpertSeverity;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.common.InternetChecksum;
import org.jdissect.dissectors.data.DataModule;
import org.jdissect.dissectors.ipv4.Ipv4Module;
import org.jdissect.dissectors.udp.UdpModule;

/**
 * GRE (IP protocol 47; RFC 2784 and 2890, RFC 1701's routing, RFC 2637's enhanced GRE for PPTP) as Wireshark
 * 4.0.17's packet-gre.c shows it: flags and version, protocol type, checksum (verified) and offset, key (or PPTP's
 * payload length and call ID), sequence and acknowledgment numbers, source route entries, a WCCP v2 redirect
 * header; then the payload through the "gre.proto" table (IPv4, IPv6, transparent Ethernet bridging), else data
 * inside the GRE item. Also GRE-in-UDP (RFC 8086, port 4754).
 */
public final class GreModule implements ProtocolModule {
    public static final String TABLE = "gre.proto";

    static final int CHECKSUM_BIT = 0x8000;
    static final int ROUTING_BIT = 0x4000;
    static final int KEY_BIT = 0x2000;
    static final int SEQUENCE_BIT = 0x1000;
    static final int ACK_BIT = 0x0080;
    static final int VERSION_MASK = 0x0007;
    static final int PPP = 0x880b;
    static final int WCCP = 0x883e;
    static final int CDMA2000_A10_UBS = 0x8881;
    static final int TGPP2 = 0x88d2;

    /** gre_typevals. */
    static final Map<Long, String> TYPES = types();

    static final FieldDef GRE = FieldDef.builder("gre", "Generic Routing Encapsulation", PROTOCOL).blurb("GRE")
            .build();
    static final FieldDef PROTO = FieldDef.builder("gre.proto", "Protocol Type", UINT16).hex().names(TYPES)
            .blurb("The protocol that is GRE encapsulated").build();
    static final FieldDef FLAGS_AND_VERSION = FieldDef.builder("gre.flags_and_version", "Flags and Version", UINT16)
            .hex().blurb("The GRE flags are encoded in the first two octets").build();
    static final FieldDef FLAG_CHECKSUM = flag("gre.flags.checksum", "Checksum Bit", CHECKSUM_BIT,
            "Indicates if the Checksum field is present");
    static final FieldDef FLAG_ROUTING = flag("gre.flags.routing", "Routing Bit", ROUTING_BIT,
            "Indicates if the Routing and Checksum/Offset field are present");
    static final FieldDef FLAG_KEY = flag("gre.flags.key", "Key Bit", KEY_BIT, "Indicates if the Key field is present");
    static final FieldDef FLAG_SEQUENCE = flag("gre.flags.sequence_number", "Sequence Number Bit", SEQUENCE_BIT,
            "Indicates if the Sequence Number field is present");
    static final FieldDef FLAG_STRICT = flag("gre.flags.strict_source_route", "Strict Source Route Bit", 0x0800,
            null);
    static final FieldDef RECURSION = FieldDef.builder("gre.flags.recursion_control", "Recursion control", UINT16)
            .mask(0x0700, 16).build();
    static final FieldDef FLAG_ACK = flag("gre.flags.ack", "Acknowledgment", ACK_BIT, "Indicates if the packet "
            + "contains an Acknowledgment Number to be used for acknowledging previously transmitted data");
    static final FieldDef RESERVED = FieldDef.builder("gre.flags.reserved", "Flags (Reserved)", UINT16)
            .mask(0x00f8, 16).build();
    /** The same field over enhanced GRE's narrower reserved bits (packet-gre.c registers it twice). */
    static final FieldDef RESERVED_PPP = RESERVED.withMask(0x0078, 16);
    static final FieldDef VERSION = FieldDef.builder("gre.flags.version", "Version", UINT16)
            .mask(VERSION_MASK, 16).names(Map.of(0L, "GRE", 1L, "Enhanced GRE")).build();
    static final FieldDef CHECKSUM = FieldDef.builder("gre.checksum", "Checksum", UINT16).hex()
            .blurb("The Checksum field contains the IP (one's complement) checksum of the GRE header and the payload "
                    + "packet").build();
    static final FieldDef CHECKSUM_STATUS = FieldDef.builder("gre.checksum.status", "Checksum Status", UINT8)
            .base(org.jdissect.api.field.Base.NONE).names(InternetChecksum.STATUS_NAMES).build();
    static final FieldDef OFFSET = FieldDef.builder("gre.offset", "Offset", UINT16).blurb("The offset field "
            + "indicates the octet offset from the start of the Routing field to the first octet of the active Source "
            + "Route Entry to be examined").build();
    static final FieldDef KEY = FieldDef.builder("gre.key", "Key", UINT32).hex()
            .blurb("The Key field contains a four octet number which was inserted by the encapsulator").build();
    static final FieldDef PAYLOAD_LENGTH = FieldDef.builder("gre.key.payload_length", "Payload Length", UINT16)
            .blurb("Size of the payload, not including the GRE header").build();
    static final FieldDef CALL_ID = FieldDef.builder("gre.key.call_id", "Call ID", UINT16)
            .blurb("Contains the Peer's Call ID for the session to which this packet belongs.").build();
    static final FieldDef SEQUENCE = FieldDef.builder("gre.sequence_number", "Sequence Number", UINT32)
            .blurb("The Sequence Number field contains an unsigned 32 bit integer which is inserted by the "
                    + "encapsulator").build();
    static final FieldDef ACK = FieldDef.builder("gre.ack_number", "Acknowledgment Number", UINT32)
            .blurb("Contains the sequence number of the highest numbered GRE packet received by the sending peer "
                    + "for this user session").build();
    static final FieldDef ROUTING = FieldDef.builder("gre.routing", "Routing", NONE)
            .blurb("The Routing field is a list of Source Route Entries (SREs)").build();
    static final FieldDef ROUTING_AF = FieldDef.builder("gre.routing.address_family", "Address Family", UINT16)
            .blurb("The Address Family field contains a two octet value which indicates the syntax and semantics of "
                    + "the Routing Information field").build();
    static final FieldDef ROUTING_SRE_OFFSET = FieldDef.builder("gre.routing.sre_offset", "SRE Offset", UINT8)
            .blurb("The Address Family field contains a two octet value which indicates the syntax and semantics of "
                    + "the Routing Information field").build();
    static final FieldDef ROUTING_SRE_LENGTH = FieldDef.builder("gre.routing.src_length", "SRE Length", UINT8)
            .blurb("The SRE Length field contains the number of octets in the SRE").build();
    static final FieldDef ROUTING_INFO = FieldDef.builder("gre.routing.information", "Routing Information", BYTES)
            .blurb("The Routing Information field contains data which may be used in routing this packet").build();
    static final FieldDef WCCP_HEADER = FieldDef.builder("gre.wccp.redirect_header", "Redirect Header", NONE)
            .build();
    static final FieldDef WCCP_DYNAMIC = FieldDef.builder("gre.wccp.dynamic_service", "Dynamic Service", BOOLEAN)
            .mask(0x01, 8).trueFalse("Dynamic service", "Well-known service").build();
    static final FieldDef WCCP_ALT_USED = FieldDef.builder("gre.wccp.alternative_bucket_used",
            "Alternative bucket used", BOOLEAN).mask(0x02, 8)
            .trueFalse("Alternative bucket used", "Primary bucket used").build();
    static final FieldDef WCCP_VALID = FieldDef.builder("gre.wccp.redirect_header_valid",
            "WCCP Redirect header is valid", BOOLEAN).mask(0x04, 8)
            .trueFalse("Header is present, but ignore contents", "Header contents are valid").build();
    static final FieldDef WCCP_SERVICE = FieldDef.builder("gre.wccp.service_id", "Service ID", UINT8)
            .names(Map.of(0L, "HTTP")).blurb("Service Group identifier").build();
    static final FieldDef WCCP_ALT_BUCKET = FieldDef.builder("gre.wccp.alternative_bucket", "Alternative Bucket",
            UINT8).blurb("Alternative bucket index used to redirect the packet.").build();
    static final FieldDef WCCP_PRI_BUCKET = FieldDef.builder("gre.wccp.primary_bucket", "Primary Bucket", UINT8)
            .blurb("Primary bucket index used to redirect the packet.").build();
    static final ExpertDef EI_CHECKSUM = ExpertDef.of("gre.checksum.incorrect", ExpertGroup.PROTOCOL,
            ExpertSeverity.WARN, "Incorrect GRE Checksum");

    /** RFC 8086's port for GRE in UDP. */
    static final int GRE_IN_UDP_PORT = 4754;

    private DissectorTable table;

    private static FieldDef flag(String abbrev, String name, int mask, String blurb) {
        var b = FieldDef.builder(abbrev, name, BOOLEAN).mask(mask, 16).trueFalse("Yes", "No");
        return (blurb == null ? b : b.blurb(blurb)).build();
    }

    private static Map<Long, String> types() {
        Map<Long, String> m = new LinkedHashMap<>();
        m.put(0x0000L, "Possible GRE keepalive packet");
        m.put((long) PPP, "PPP");
        m.put(0x0800L, "IP");
        m.put(0x0806L, "ARP");
        m.put(0x00feL, "OSI");
        m.put((long) WCCP, "WCCP");
        m.put(0x2000L, "CDP (Cisco)");
        m.put(0x2001L, "NHRP");
        m.put(0x88beL, "ERSPAN");
        m.put(0x22ebL, "ERSPAN III");
        m.put(0x6400L, "MIKROTIK EoIP");
        m.put(0xfeaeL, "AIROHIVE AP AP");
        m.put(0x8137L, "IPX");
        m.put(0x6558L, "Transparent Ethernet bridging");
        m.put(0x6559L, "Frame Relay");
        m.put(0x86ddL, "IPv6");
        m.put(0x8847L, "MPLS label switched packet");
        m.put(0x894fL, "Network Service Header");
        m.put((long) CDMA2000_A10_UBS, "CDMA2000 A10 Unstructured byte stream");
        m.put((long) TGPP2, "CDMA2000 A10 3GPP2 Packet");
        m.put(0x8909L, "CiscoMetaData");
        m.put(0xb7eaL, "Huawei GRE bonding");
        for (long t = 0x8200; t <= 0x8370; t += 0x10) {
            m.put(t, "ARUBA WLAN");
        }
        m.put(0x9000L, "ARUBA WLAN");
        return Map.copyOf(m);
    }

    @Override
    public String name() {
        return "gre";
    }

    @Override
    public void register(Registrar r) {
        r.fields(GRE, PROTO, FLAGS_AND_VERSION, FLAG_CHECKSUM, FLAG_ROUTING, FLAG_KEY, FLAG_SEQUENCE, FLAG_STRICT,
                RECURSION, FLAG_ACK, RESERVED, VERSION, CHECKSUM, CHECKSUM_STATUS, OFFSET, KEY, PAYLOAD_LENGTH,
                CALL_ID, SEQUENCE, ACK, ROUTING, ROUTING_AF, ROUTING_SRE_OFFSET, ROUTING_SRE_LENGTH, ROUTING_INFO,
                WCCP_HEADER, WCCP_DYNAMIC, WCCP_ALT_USED, WCCP_VALID, WCCP_SERVICE, WCCP_ALT_BUCKET,
                WCCP_PRI_BUCKET);
        r.experts(EI_CHECKSUM);
        table = r.table(TABLE, "GRE protocol type", 0xffff);
        r.dissector("gre", this::dissect);
    }

    @Override
    public void handoff(Handoff h) {
        h.table(Ipv4Module.PROTO_TABLE).add(47, "gre", this::dissect);
        h.table(UdpModule.PORT_TABLE).add(GRE_IN_UDP_PORT, "gre", this::dissect);
        h.dissector("ip").ifPresent(d -> {
            table.add(0x0800, "ip", d);
            table.add(WCCP, "ip", d); // packet-wccp.c: IPv4 after the redirect header, if any
        });
        h.dissector("ipv6").ifPresent(d -> table.add(0x86dd, "ipv6", d));
        h.dissector("eth").ifPresent(d -> table.add(0x6558, "eth_withoutfcs", d));
    }

    int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ctx.addProtocol("gre");
        ctx.setCurrentProto("GRE");
        int flags = tvb.u16(0);
        int type = tvb.u16(2);
        boolean ppp = type == PPP && (flags & VERSION_MASK) != 0 || type == TGPP2 || type == CDMA2000_A10_UBS;
        boolean wccp2 = type == WCCP && (tvb.u8(4) & 0xf0) != 0x40;
        String typeName = TYPES.get((long) type);
        ProtoNode g = parent.addItem(GRE, tvb, 0, tvb.capturedLength()).label("Generic Routing Encapsulation ("
                + (typeName != null ? typeName : "0x" + FieldFormat.hexPadded(type, 4).toUpperCase() + " - unknown")
                + ")");
        ProtoNode fv = g.add(FLAGS_AND_VERSION, tvb, 0, 2, flags);
        for (FieldDef f : new FieldDef[] {FLAG_CHECKSUM, FLAG_ROUTING, FLAG_KEY, FLAG_SEQUENCE, FLAG_STRICT,
            RECURSION}) {
            bits(fv, f, tvb, flags);
        }
        if (ppp) {
            bits(fv, FLAG_ACK, tvb, flags);
            bits(fv, RESERVED_PPP, tvb, flags);
        } else {
            bits(fv, RESERVED, tvb, flags);
        }
        bits(fv, VERSION, tvb, flags);
        g.add(PROTO, tvb, 2, 2, type);
        int off = 4;
        if ((flags & (CHECKSUM_BIT | ROUTING_BIT)) != 0) {
            checksum(tvb, ctx, g, flags);
            off += 2;
            g.add(OFFSET, tvb, off, 2, tvb.u16(off));
            off += 2;
        }
        if ((flags & KEY_BIT) != 0) {
            if (ppp && type != CDMA2000_A10_UBS) {
                g.add(PAYLOAD_LENGTH, tvb, off, 2, tvb.u16(off));
                g.add(CALL_ID, tvb, off + 2, 2, tvb.u16(off + 2));
            } else {
                g.add(KEY, tvb, off, 4, tvb.u32(off));
            }
            off += 4;
        }
        if ((flags & SEQUENCE_BIT) != 0) {
            g.add(SEQUENCE, tvb, off, 4, tvb.u32(off));
            off += 4;
        }
        if (ppp && (flags & ACK_BIT) != 0) {
            g.add(ACK, tvb, off, 4, tvb.u32(off));
            off += 4;
        }
        if ((flags & ROUTING_BIT) != 0) {
            off = routing(tvb, g, off);
        }
        if (wccp2) {
            wccpRedirect(tvb, g, off);
            off += 4;
        }
        g.setLength(off);
        // without the S bit there may be no payload at all: nothing is handed on then
        if ((flags & SEQUENCE_BIT) == 0 && tvb.reportedLength() - off <= 0) {
            return off;
        }
        ByteView payload = tvb.tail(off);
        Dissector next = table.get(type);
        if (next == null) {
            DataModule.dissect(payload, ctx, g); // packet-gre.c shows unknown payloads inside its own item
        } else {
            next.dissect(payload, ctx, parent);
        }
        return tvb.capturedLength();
    }

    private static void bits(ProtoNode fv, FieldDef f, ByteView tvb, int flags) {
        fv.add(f, tvb, 0, 2, (flags & f.bitmask()) >>> Long.numberOfTrailingZeros(f.bitmask()));
    }

    /**
     * The checksum when its bit is set, over the whole GRE packet, unless it is a fragment or cut short; with only
     * the routing bit the field is there but not checked.
     */
    private static void checksum(ByteView tvb, PacketContext ctx, ProtoNode g, int flags) {
        int stored = tvb.u16(4);
        int reported = tvb.reportedLength();
        if ((flags & CHECKSUM_BIT) != 0 && !ctx.fragmented && tvb.capturedLength() >= reported) {
            int computed = InternetChecksum.fold(InternetChecksum.sum(tvb, 0, reported, 0));
            InternetChecksum.verified(ctx, g, tvb, 4, CHECKSUM, CHECKSUM_STATUS, EI_CHECKSUM, stored, computed,
                    EI_CHECKSUM.summary());
        } else {
            InternetChecksum.unverified(g, tvb, 4, CHECKSUM, CHECKSUM_STATUS, stored);
        }
    }

    /**
     * RFC 1701's source route entries up to the empty one. packet-gre.c makes each entry's subtree under the GRE
     * item rather than under the entry, so the entries' fields are the GRE item's children.
     */
    private static int routing(ByteView tvb, ProtoNode g, int off) {
        while (true) {
            ProtoNode r = g.addItem(ROUTING, tvb, off, Math.max(0, tvb.capturedLength() - off));
            int af = tvb.u16(off);
            g.add(ROUTING_AF, tvb, off, 2, af);
            g.add(ROUTING_SRE_OFFSET, tvb, off + 2, 1, tvb.u8(off + 2));
            int len = tvb.u8(off + 3);
            g.add(ROUTING_SRE_LENGTH, tvb, off + 3, 1, len);
            off += 4;
            r.setLength(4 + len);
            if (af == 0 && len == 0) {
                return off;
            }
            tvb.ensure(off, len);
            g.addObj(ROUTING_INFO, tvb, off, len, tvb.toArray(off, len));
            off += len;
        }
    }

    private static void wccpRedirect(ByteView tvb, ProtoNode g, int off) {
        ProtoNode w = g.addItem(WCCP_HEADER, tvb, off, 4);
        int f = tvb.u8(off);
        w.add(WCCP_DYNAMIC, tvb, off, 1, f & 1);
        w.add(WCCP_ALT_USED, tvb, off, 1, (f >> 1) & 1);
        w.add(WCCP_VALID, tvb, off, 1, (f >> 2) & 1);
        w.add(WCCP_SERVICE, tvb, off + 1, 1, tvb.u8(off + 1));
        w.add(WCCP_ALT_BUCKET, tvb, off + 2, 1, tvb.u8(off + 2));
        w.add(WCCP_PRI_BUCKET, tvb, off + 3, 1, tvb.u8(off + 3));
    }
}
