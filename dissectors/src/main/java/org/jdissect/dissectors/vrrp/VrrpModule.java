package org.jdissect.dissectors.vrrp;

import static org.jdissect.api.field.FieldType.*;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.Handoff;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.expert.ExpertDef;
import org.jdissect.api.expert.ExpertGroup;
import org.jdissect.api.expert.ExpertSeverity;
import org.jdissect.api.field.Base;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.common.InternetChecksum;
import org.jdissect.dissectors.ipv4.Ipv4Module;

/**
 * VRRP (IP protocol 112; v2 RFC 3768, v3 RFC 5798) as Wireshark 4.0.17's packet-vrrp.c shows it: version and type,
 * virtual router ID, priority, address count, then v3's reserved bits and centisecond interval or v2's (and any
 * other version's) authentication type and interval; the checksum, verified (v3 over RFC 5798's pseudo-header); the
 * addresses (IPv6 ones when the packet came over IPv6); the simple-text password or Cisco's MD5 digest.
 */
public final class VrrpModule implements ProtocolModule {
    static final int PROTO = 112;
    static final int AUTH_SIMPLE_TEXT = 1;
    static final int AUTH_CISCO_MD5 = 254;

    static final FieldDef VRRP = FieldDef.builder("vrrp", "Virtual Router Redundancy Protocol", PROTOCOL)
            .blurb("VRRP").build();
    static final FieldDef TYPEVER = FieldDef.builder("vrrp.typever", "VRRP message version and type", UINT8)
            .blurb("VRRP version and type").build();
    static final FieldDef VERSION = FieldDef.builder("vrrp.version", "VRRP protocol version", UINT8)
            .mask(0xf0, 8).blurb("VRRP version").build();
    static final FieldDef TYPE = FieldDef.builder("vrrp.type", "VRRP packet type", UINT8).mask(0x0f, 8)
            .names(Map.of(1L, "Advertisement")).blurb("VRRP type").build();
    static final FieldDef VRID = FieldDef.builder("vrrp.virt_rtr_id", "Virtual Rtr ID", UINT8)
            .blurb("Virtual router this packet is reporting status for").build();
    static final FieldDef PRIO = FieldDef.builder("vrrp.prio", "Priority", UINT8)
            .blurb("Sending VRRP router's priority for the virtual router").build();
    static final FieldDef ADDR_COUNT = FieldDef.builder("vrrp.addr_count", "Addr Count", UINT8)
            .blurb("The number of addresses contained in this VRRP advertisement").build();
    static final FieldDef CHECKSUM = FieldDef.builder("vrrp.checksum", "Checksum", UINT16).hex()
            .blurb("Used to detect data corruption in the VRRP message").build();
    static final FieldDef CHECKSUM_STATUS = FieldDef.builder("vrrp.checksum.status", "Checksum Status", UINT8)
            .base(Base.NONE).names(InternetChecksum.STATUS_NAMES).build();
    static final FieldDef AUTH_TYPE = FieldDef.builder("vrrp.auth_type", "Auth Type", UINT8)
            .names(Map.of(0L, "No Authentication",
                    1L, "Simple Text Authentication [RFC 2338] / Reserved [RFC 3768]",
                    2L, "IP Authentication Header [RFC 2338] / Reserved [RFC 3768]",
                    254L, "Cisco VRRP MD5 authentication"))
            .blurb("The authentication method being utilized").build();
    static final FieldDef ADVER_INT = FieldDef.builder("vrrp.adver_int", "Adver Int", UINT8)
            .blurb("Time interval (in seconds) between ADVERTISEMENTS").build();
    static final FieldDef RESERVED = FieldDef.builder("vrrp.reserved_mbz", "Reserved", UINT8).mask(0xf0, 8)
            .blurb("Must be zero").build();
    static final FieldDef SHORT_ADVER_INT = FieldDef.builder("vrrp.short_adver_int", "Adver Int", UINT16)
            .mask(0x0fff, 16).blurb("Time interval (in centiseconds) between ADVERTISEMENTS").build();
    static final FieldDef IP = FieldDef.builder("vrrp.ip_addr", "IP Address", IPV4)
            .blurb("IP address associated with the virtual router").build();
    static final FieldDef IP6 = FieldDef.builder("vrrp.ipv6_addr", "IPv6 Address", IPV6)
            .blurb("IPv6 address associated with the virtual router").build();
    static final FieldDef AUTH_STRING = FieldDef.builder("vrrp.auth_string", "Authentication String", STRING)
            .build();
    static final FieldDef MD5 = FieldDef.builder("vrrp.md5_auth_data", "MD5 Authentication Data", BYTES)
            .blurb("MD5 digest string is contained.").build();
    static final ExpertDef EI_CHECKSUM = ExpertDef.of("vrrp.checksum_bad.expert", ExpertGroup.CHECKSUM,
            ExpertSeverity.WARN, "Bad checksum");

    private static final Map<Long, String> PRIORITIES = Map.of(0L,
            "Current Master has stopped participating in VRRP", 100L, "Default priority for a backup VRRP router",
            255L, "This VRRP router owns the virtual router's IP address(es)");

    @Override
    public String name() {
        return "vrrp";
    }

    @Override
    public void register(Registrar r) {
        r.fields(VRRP, TYPEVER, VERSION, TYPE, VRID, PRIO, ADDR_COUNT, CHECKSUM, CHECKSUM_STATUS, AUTH_TYPE,
                ADVER_INT, RESERVED, SHORT_ADVER_INT, IP, IP6, AUTH_STRING, MD5);
        r.experts(EI_CHECKSUM);
        r.dissector("vrrp", this::dissect);
    }

    @Override
    public void handoff(Handoff h) {
        h.table(Ipv4Module.PROTO_TABLE).add(PROTO, "vrrp", this::dissect);
    }

    int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ctx.addProtocol("vrrp");
        ctx.setCurrentProto("VRRP");
        int verType = tvb.u8(0);
        int version = verType >> 4;
        int type = verType & 0x0f;
        ProtoNode v = parent.addItem(VRRP, tvb, 0, tvb.capturedLength());
        int priority = tvb.u8(2);
        int count = tvb.u8(3);
        String typeName = type == 1 ? "Advertisement" : "Unknown";
        ProtoNode tv = v.add(TYPEVER, tvb, 0, 1, verType)
                .label("Version " + version + ", Packet type " + type + " (" + typeName + ")");
        tv.add(VERSION, tvb, 0, 1, version);
        tv.add(TYPE, tvb, 0, 1, type);
        v.add(VRID, tvb, 1, 1, tvb.u8(1));
        String prioName = PRIORITIES.getOrDefault((long) priority, "Non-default backup priority");
        v.add(PRIO, tvb, 2, 1, priority).label("Priority: " + priority + " (" + prioName + ")");
        v.add(ADDR_COUNT, tvb, 3, 1, count);
        int auth = 0;
        if (version == 3) {
            v.add(RESERVED, tvb, 4, 1, tvb.u8(4) >> 4);
            v.add(SHORT_ADVER_INT, tvb, 4, 2, tvb.u16(4) & 0x0fff);
        } else {
            auth = tvb.u8(4);
            v.add(AUTH_TYPE, tvb, 4, 1, auth);
            v.add(ADVER_INT, tvb, 5, 1, tvb.u8(5));
        }
        checksum(tvb, ctx, v, version);
        boolean ipv6 = ctx.netVersion == 6;
        int off = 8;
        for (int i = 0; i < count; i++) {
            if (ipv6) {
                tvb.ensure(off, 16);
                v.addObj(IP6, tvb, off, 16, tvb.toArray(off, 16));
                off += 16;
            } else {
                v.add(IP, tvb, off, 4, tvb.u32(off));
                off += 4;
            }
        }
        if (auth == AUTH_SIMPLE_TEXT) {
            tvb.ensure(off, 8);
            byte[] raw = tvb.toArray(off, 8);
            int n = 0;
            while (n < 8 && raw[n] != 0) {
                n++;
            }
            v.addObj(AUTH_STRING, tvb, off, 8, new String(raw, 0, n, StandardCharsets.ISO_8859_1));
            off += 8;
        } else if (auth == AUTH_CISCO_MD5) {
            tvb.ensure(off, 16);
            v.addObj(MD5, tvb, off, 16, tvb.toArray(off, 16));
            off += 16;
        }
        return off;
    }

    /** Verified unless the packet is a fragment or cut short; v3 sums RFC 5798's pseudo-header first. */
    private static void checksum(ByteView tvb, PacketContext ctx, ProtoNode v, int version) {
        int stored = tvb.u16(6);
        int reported = tvb.reportedLength();
        if (ctx.fragmented || tvb.capturedLength() < reported) {
            InternetChecksum.unverified(v, tvb, 6, CHECKSUM, CHECKSUM_STATUS, stored);
            return;
        }
        long acc = version == 3 ? InternetChecksum.pseudoHeader(ctx, PROTO, reported) : 0;
        int computed = InternetChecksum.fold(InternetChecksum.sum(tvb, 0, reported, acc));
        InternetChecksum.verified(ctx, v, tvb, 6, CHECKSUM, CHECKSUM_STATUS, EI_CHECKSUM, stored, computed,
                EI_CHECKSUM.summary());
    }
}
