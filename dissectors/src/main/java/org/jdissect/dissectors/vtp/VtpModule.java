package org.jdissect.dissectors.vtp;

import static org.jdissect.api.field.FieldType.*;

import java.util.Map;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.Handoff;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.expert.ExpertDef;
import org.jdissect.api.expert.ExpertGroup;
import org.jdissect.api.expert.ExpertSeverity;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.common.StringItems;
import org.jdissect.dissectors.llc.LlcModule;

/**
 * Cisco's VLAN Trunking Protocol (SNAP, Cisco OUI, PID 0x2003) as Wireshark 4.0's packet-vtp.c shows it: summary
 * advertisements (domain, revision, updater, timestamp, digest), subset advertisements with their VLAN information
 * records and those records' TLVs, advertisement requests, and join messages with the VLANs their bitmap marks active.
 */
public final class VtpModule implements ProtocolModule {
    public static final String NAME = "vtp";
    private static final int PID_VTP = 0x2003;
    static final int SUMMARY_ADVERT = 1;
    static final int SUBSET_ADVERT = 2;
    static final int ADVERT_REQUEST = 3;
    static final int JOIN_MSG = 4;

    static final FieldDef VTP = FieldDef.builder(NAME, "VLAN Trunking Protocol", PROTOCOL).blurb("VTP").build();
    static final FieldDef VERSION = FieldDef.builder("vtp.version", "Version", UINT8).hex().build();
    static final FieldDef CODE = FieldDef.builder("vtp.code", "Code", UINT8).hex()
            .names(Map.of(1L, "Summary Advertisement", 2L, "Subset Advertisement", 3L, "Advertisement Request",
                    4L, "Join/Prune Message")).build();
    static final FieldDef FOLLOWERS = FieldDef.builder("vtp.followers", "Followers", UINT8)
            .blurb("Number of following Subset-Advert messages").build();
    static final FieldDef MD_LEN = FieldDef.builder("vtp.md_len", "Management Domain Length", UINT8)
            .blurb("Length of management domain string").build();
    static final FieldDef MD = FieldDef.builder("vtp.md", "Management Domain", STRING).build();
    static final FieldDef CONF_REV = FieldDef.builder("vtp.conf_rev_num", "Configuration Revision Number", UINT32)
            .blurb("Revision number of the configuration information").build();
    static final FieldDef UPDATER = FieldDef.builder("vtp.upd_id", "Updater Identity", IPV4)
            .blurb("IP address of the updater").build();
    static final FieldDef UPDATE_TS = FieldDef.builder("vtp.upd_ts", "Update Timestamp", STRING)
            .blurb("Time stamp of the current configuration revision").build();
    static final FieldDef MD5 = FieldDef.builder("vtp.md5_digest", "MD5 Digest", BYTES).build();
    static final FieldDef SEQ_NUM = FieldDef.builder("vtp.seq_num", "Sequence Number", UINT8)
            .blurb("Order of this frame in the sequence of Subset-Advert frames").build();
    static final FieldDef START_VALUE = FieldDef.builder("vtp.start_value", "Start Value", UINT16).hex()
            .blurb("Virtual LAN ID of first VLAN for which information is requested").build();
    static final FieldDef INFO_LEN = FieldDef.builder("vtp.vlan_info.len", "VLAN Information Length", UINT8)
            .blurb("Length of the VLAN information field").build();
    static final FieldDef STATUS = FieldDef.builder("vtp.vlan_info.status", "Status", UINT8).hex().build();
    static final FieldDef SUSPENDED = FieldDef.builder("vtp.vlan_info.status.vlan_susp", "VLAN suspended", BOOLEAN)
            .mask(0x01, 8).build();
    static final FieldDef VLAN_TYPE = FieldDef.builder("vtp.vlan_info.vlan_type", "VLAN Type", UINT8).hex()
            .names(Map.of(1L, "Ethernet", 2L, "FDDI", 3L, "TrCRF", 4L, "FDDI-net", 5L, "TrBRF"))
            .blurb("Type of VLAN").build();
    static final FieldDef NAME_LEN = FieldDef.builder("vtp.vlan_info.vlan_name_len", "VLAN Name Length", UINT8)
            .blurb("Length of VLAN name string").build();
    static final FieldDef ISL_VLAN_ID = FieldDef.builder("vtp.vlan_info.isl_vlan_id", "ISL VLAN ID", UINT16).hex()
            .blurb("ID of this VLAN on ISL trunks").build();
    static final FieldDef MTU = FieldDef.builder("vtp.vlan_info.mtu_size", "MTU Size", UINT16)
            .blurb("MTU for this VLAN").build();
    static final FieldDef INDEX_802_10 = FieldDef.builder("vtp.vlan_info.802_10_index", "802.10 Index", UINT32).hex()
            .blurb("IEEE 802.10 security association identifier for this VLAN").build();
    static final FieldDef VLAN_NAME = FieldDef.builder("vtp.vlan_info.vlan_name", "VLAN Name", STRING).build();
    static final Map<Long, String> TLV_NAMES = Map.of(1L, "Source-Routing Ring Number",
            2L, "Source-Routing Bridge Number", 3L, "Spanning-Tree Protocol Type", 4L, "Parent VLAN",
            5L, "Translationally Bridged VLANs", 6L, "Pruning", 7L, "Bridge Type", 8L, "Max ARE Hop Count",
            9L, "Max STE Hop Count", 10L, "Backup CRF Mode");
    static final FieldDef TLV_TYPE = FieldDef.builder("vtp.vlan_info.tlv_type", "Type", UINT8).hex()
            .names(TLV_NAMES).build();
    static final FieldDef TLV_LEN = FieldDef.builder("vtp.vlan_info.tlv_len", "Length", UINT8).build();
    static final FieldDef PRUNING_FIRST = FieldDef.builder("vtp.pruning.first", "First VLAN ID", UINT16)
            .blurb("First VLAN ID for which pruning information is present").build();
    static final FieldDef PRUNING_LAST = FieldDef.builder("vtp.pruning.last", "Last VLAN ID", UINT16)
            .blurb("Last VLAN ID for which pruning information is present").build();
    static final FieldDef PRUNING_ACTIVE = FieldDef.builder("vtp.pruning.active", "VLAN", UINT16)
            .blurb("Active advertised VLAN ID").build();
    /** The value fields of the VLAN information TLVs, by type (1 to 10). */
    static final FieldDef[] TLV_FIELDS = {
        null,
        FieldDef.builder("vtp.vlan_info.src_route_ring_num", "Source-Routing Ring Number", UINT16).hex().build(),
        FieldDef.builder("vtp.vlan_info.src_route_bridge_num", "Source-Routing Bridge Number", UINT16).hex().build(),
        FieldDef.builder("vtp.vlan_info.stp_type", "Spanning-Tree Protocol Type", UINT16).hex()
                .names(Map.of(1L, "SRT", 2L, "SRB", 3L, "Auto")).build(),
        FieldDef.builder("vtp.vlan_info.parent_vlan", "Parent VLAN", UINT16).hex().build(),
        FieldDef.builder("vtp.vlan_info.translationally_bridged_vlans", "Translationally Bridged VLANs", UINT16)
                .hex().build(),
        FieldDef.builder("vtp.vlan_info.pruning", "Pruning", UINT16).hex()
                .names(Map.of(1L, "Enabled", 2L, "Disabled")).build(),
        FieldDef.builder("vtp.vlan_info.bridge_type", "Bridge Type", UINT16).hex()
                .names(Map.of(1L, "SRT", 2L, "SRB")).build(),
        FieldDef.builder("vtp.vlan_info.max_are_hop_count", "Max ARE Hop Count", UINT16).build(),
        FieldDef.builder("vtp.vlan_info.max_ste_hop_count", "Max STE Hop Count", UINT16).build(),
        FieldDef.builder("vtp.vlan_info.backup_crf_mode", "Backup CRF Mode", UINT16).hex()
                .names(Map.of(1L, "TrCRF is configured as a backup", 2L, "TrCRF is not configured as a backup"))
                .build(),
    };
    static final FieldDef TLV_DATA = FieldDef.builder("vtp.vlan_info.data", "Data", BYTES).build();
    static final FieldDef RESERVED = FieldDef.builder("vtp.reserved", "Reserved", BYTES).build();
    static final ExpertDef EI_TLV_LENGTH = ExpertDef.of("vtp.vlan_info.tlv_len.bad", ExpertGroup.PROTOCOL,
            ExpertSeverity.WARN, "Bad length for TLV length");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void register(Registrar r) {
        r.fields(VTP, VERSION, CODE, FOLLOWERS, MD_LEN, MD, CONF_REV, UPDATER, UPDATE_TS, MD5, SEQ_NUM, START_VALUE,
                INFO_LEN, STATUS, SUSPENDED, VLAN_TYPE, NAME_LEN, ISL_VLAN_ID, MTU, INDEX_802_10, VLAN_NAME, TLV_TYPE,
                TLV_LEN, PRUNING_FIRST, PRUNING_LAST, PRUNING_ACTIVE);
        for (int i = 1; i < TLV_FIELDS.length; i++) {
            r.fields(TLV_FIELDS[i]);
        }
        r.fields(TLV_DATA, RESERVED);
        r.experts(EI_TLV_LENGTH);
        r.dissector(NAME, VtpModule::dissect);
    }

    @Override
    public void handoff(Handoff h) {
        h.table(LlcModule.CISCO_PID_TABLE).add(PID_VTP, NAME, VtpModule::dissect);
    }

    static int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ctx.addProtocol(NAME);
        ctx.setCurrentProto("VTP");
        int code = tvb.u8(1);
        if (code == SUMMARY_ADVERT || code == SUBSET_ADVERT) {
            tvb.ensure(2, 1);
            tvb.ensure(36, 4); // the revision, read for Info before any item
        }
        ProtoNode v = parent.addItem(VTP, tvb, 0, tvb.capturedLength());
        v.add(VERSION, tvb, 0, 1, tvb.u8(0));
        v.add(CODE, tvb, 1, 1, code);
        switch (code) {
            case SUMMARY_ADVERT -> {
                v.add(FOLLOWERS, tvb, 2, 1, tvb.u8(2));
                domain(v, tvb, 3, ctx);
                v.add(CONF_REV, tvb, 36, 4, tvb.u32(36));
                v.add(UPDATER, tvb, 40, 4, tvb.u32(40));
                tvb.ensure(44, 12);
                ProtoNode ts = v.addObj(UPDATE_TS, tvb, 44, 12, tvb.asciiString(44, 12));
                if (ctx.labels()) {
                    ts.label(UPDATE_TS.name() + ": " + timestamp(tvb, 44));
                }
                v.addObj(MD5, tvb, 56, 16, tvb.toArray(56, 16));
            }
            case SUBSET_ADVERT -> {
                v.add(SEQ_NUM, tvb, 2, 1, tvb.u8(2));
                domain(v, tvb, 3, ctx);
                v.add(CONF_REV, tvb, 36, 4, tvb.u32(36));
                int off = 40;
                while (tvb.reportedRemaining(off) > 0) {
                    int len = vlanInfo(v, tvb, off, ctx);
                    if (len <= 0) {
                        break;
                    }
                    off += len;
                }
            }
            case ADVERT_REQUEST -> {
                v.addObj(RESERVED, tvb, 2, 1, tvb.toArray(2, 1));
                domain(v, tvb, 3, ctx);
                v.add(START_VALUE, tvb, 36, 2, tvb.u16(36));
            }
            case JOIN_MSG -> {
                v.addObj(RESERVED, tvb, 2, 1, tvb.toArray(2, 1));
                domain(v, tvb, 3, ctx);
                int vlan = tvb.u16(36);
                v.add(PRUNING_FIRST, tvb, 36, 2, vlan);
                v.add(PRUNING_LAST, tvb, 38, 2, tvb.u16(38));
                ProtoNode active = v.addText(tvb, 40, tvb.remaining(40), "Advertised active (i.e. not pruned) VLANs");
                for (int off = 40; tvb.reportedRemaining(off) > 0; off++) {
                    int bits = tvb.u8(off);
                    for (int shift = 0; shift < 8; shift++, vlan++, bits <<= 1) {
                        if ((bits & 0x80) != 0) {
                            active.add(PRUNING_ACTIVE, tvb, off, 1, vlan & 0xffff);
                        }
                    }
                }
            }
            default -> {
            }
        }
        return tvb.capturedLength();
    }

    /** The management domain's length byte at {@code off} and its 32-byte name after it. */
    private static void domain(ProtoNode v, ByteView tvb, int off, PacketContext ctx) {
        v.add(MD_LEN, tvb, off, 1, tvb.u8(off));
        StringItems.ascii(v, MD, tvb, off + 1, 32, ctx);
    }

    /**
     * The update timestamp as packet-vtp.c 4.0 prints it: "%.2s-%.2s-%.2s %.2s:%.2s:%.2s" over its twelve bytes
     * (each pair ends early at a NUL).
     */
    static String timestamp(ByteView tvb, int off) {
        StringBuilder sb = new StringBuilder(17);
        for (int i = 0; i < 6; i++) {
            sb.append(i == 0 ? "" : i == 3 ? " " : i < 3 ? "-" : ":");
            sb.append(tvb.asciiString(off + 2 * i, 2));
        }
        return FieldFormat.formatText(sb.toString());
    }

    /** One VLAN information record at {@code off}; returns its length byte (0 ends the records). */
    private static int vlanInfo(ProtoNode v, ByteView tvb, int off, PacketContext ctx) {
        int len = tvb.u8(off);
        tvb.ensure(off, len);
        ProtoNode r = v.addText(tvb, off, len, "VLAN Information");
        r.add(INFO_LEN, tvb, off, 1, len);
        int left = len - 1;
        int status = tvb.u8(off + 1);
        ProtoNode s = r.add(STATUS, tvb, off + 1, 1, status);
        if ((status & 1) != 0) {
            s.appendLabel(" (VLAN suspended)");
        }
        s.add(SUSPENDED, tvb, off + 1, 1, status & 1);
        r.add(VLAN_TYPE, tvb, off + 2, 1, tvb.u8(off + 2));
        int nameLen = tvb.u8(off + 3);
        r.add(NAME_LEN, tvb, off + 3, 1, nameLen);
        r.add(ISL_VLAN_ID, tvb, off + 4, 2, tvb.u16(off + 4));
        r.add(MTU, tvb, off + 6, 2, tvb.u16(off + 6));
        r.add(INDEX_802_10, tvb, off + 8, 4, tvb.u32(off + 8));
        left -= 11;
        nameLen = 4 * ((nameLen + 3) / 4) & 0xff; // rounded up to a multiple of 4, in a guint8
        StringItems.ascii(r, VLAN_NAME, tvb, off + 12, nameLen, ctx);
        int at = off + 12 + nameLen;
        left -= nameLen;
        while (left > 0) {
            int type = tvb.u8(at);
            int length = tvb.u8(at + 1);
            tvb.ensure(at, 2 + length * 2);
            String name = TLV_NAMES.get((long) type);
            ProtoNode t = r.addText(tvb, at, 2 + length * 2, name != null ? name
                    : "Unknown TLV type: 0x" + FieldFormat.hexPadded(type, 2));
            t.add(TLV_TYPE, tvb, at, 1, type);
            t.add(TLV_LEN, tvb, at + 1, 1, length);
            at += 2;
            left -= 2;
            int n = length * 2;
            if (n > 0) {
                if (type >= 1 && type <= 10) {
                    if (n == 2) {
                        t.add(TLV_FIELDS[type], tvb, at, 2, tvb.u16(at));
                    } else {
                        Expert.add(ctx, t, EI_TLV_LENGTH, name + ": Bad length " + n);
                    }
                } else {
                    t.addObj(TLV_DATA, tvb, at, n, tvb.toArray(at, n));
                }
            }
            at += n;
            left -= n;
        }
        return len;
    }
}
