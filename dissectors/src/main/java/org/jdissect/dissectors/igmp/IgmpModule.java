package org.jdissect.dissectors.igmp;

import static org.jdissect.dissectors.igmp.IgmpFields.*;

import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.Handoff;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.expert.ExpertDef;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.common.InternetChecksum;
import org.jdissect.dissectors.ipv4.Ipv4Module;

/**
 * IGMP (IPv4 protocol 2) as Wireshark 4.0.17's packet-igmp.c dissects it: version 0 (RFC 988, types 0–15),
 * membership queries of versions 1, 2 and 3 (told apart by length and the second byte), v1 and v2 reports, v2 leaves,
 * v3 reports with their group records, and multicast traceroute (0x1e, 0x1f); any other type as "Unknown" data.
 * The checksum is verified over 8 bytes for v1/v2, 20 for v0 and the whole message otherwise.
 *
 * RGMP (types 0xfc–0xff to 224.0.0.25), MSNIP (0x23–0x25 to 224.0.0.22) and MRDISC's termination (0x26 to
 * 224.0.0.2) are packet-rgmp.c's, packet-msnip.c's and packet-mrdisc.c's; sent elsewhere, IGMP's unknown types.
 *
 * <p>Not dissected: DVMRP (0x13), PIM v1 (0x14) and IGAP (0x40–0x42), which Wireshark hands to packet-dvmrp.c,
 * packet-pim.c and packet-igap.c through its igmp.type table; jdissect shows them as packet-igmp.c's unknown types.
 */
public final class IgmpModule implements ProtocolModule {
    public static final String NAME = "igmp";
    private static final int IP_PROTO_IGMP = 2;

    private static final int V1_QUERY = 0x11;
    private static final int V1_REPORT = 0x12;
    private static final int V2_REPORT = 0x16;
    private static final int V2_LEAVE = 0x17;
    private static final int TRACEROUTE_RESPONSE = 0x1e;
    private static final int TRACEROUTE_QUERY_REQ = 0x1f;
    private static final int V3_REPORT = 0x22;
    private static final int TRACEROUTE_HDR_LEN = 24;
    private static final int TRACEROUTE_RSP_LEN = 32;
    /** 224.0.0.25: packet-rgmp.c takes a message sent to any other address for no RGMP (IGMP's unknown type). */
    private static final long RGMP_GROUP = 0xe0000019L;
    /** 224.0.0.22 and 224.0.0.2: packet-msnip.c and packet-mrdisc.c refuse a message sent anywhere else. */
    private static final long ALL_IGMPV3_ROUTERS = 0xe0000016L;
    private static final long ALL_ROUTERS = 0xe0000002L;

    /**
     * The Protocol and Info columns as packet-igmp.c writes them while it dissects (the summary reads them here):
     * the Info text grows group by group and stops where an exception stopped the dissection.
     */
    public static final class Info {
        private String protocol;
        private final StringBuilder text = new StringBuilder();

        public String protocol() {
            return protocol;
        }

        public String text() {
            return text.toString();
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void register(Registrar r) {
        r.fields(ALL);
        r.experts(EI_CHECKSUM);
        r.fields(RGMP_FIELDS);
        r.experts(EI_RGMP_CHECKSUM);
        r.fields(MSNIP_FIELDS);
        r.experts(EI_MSNIP_CHECKSUM);
        r.fields(MRDISC_FIELDS);
        r.experts(EI_MRDISC_CHECKSUM);
        r.dissector(NAME, IgmpModule::dissect);
    }

    @Override
    public void handoff(Handoff h) {
        h.table(Ipv4Module.PROTO_TABLE).add(IP_PROTO_IGMP, NAME, IgmpModule::dissect);
    }

    static int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ctx.addProtocol(NAME);
        ctx.setCurrentProto("IGMP");
        int type = tvb.u8(0);
        if (type <= 15 || type == V1_QUERY || type == V1_REPORT || type == V2_REPORT || type == V2_LEAVE
                || type == V3_REPORT || type == TRACEROUTE_RESPONSE || type == TRACEROUTE_QUERY_REQ) {
            // found in the igmp.type table: call_dissector lists the protocol again ("ip:igmp:igmp")
            ctx.addProtocol(NAME);
        }
        if (type <= 15) {
            v0(tvb, ctx, parent, type);
        } else {
            switch (type) {
                case V1_QUERY -> {
                    if (tvb.reportedLength() >= 12) {
                        v3Query(tvb, ctx, parent);
                    } else if (tvb.u8(1) != 0) {
                        v2(tvb, ctx, parent, type);
                    } else {
                        v1(tvb, ctx, parent);
                    }
                }
                case V1_REPORT -> v1(tvb, ctx, parent);
                case V2_REPORT, V2_LEAVE -> v2(tvb, ctx, parent, type);
                case V3_REPORT -> v3Report(tvb, ctx, parent);
                case TRACEROUTE_RESPONSE, TRACEROUTE_QUERY_REQ -> mtrace(tvb, ctx, parent, type);
                case 0x23, 0x24, 0x25 -> {
                    if (ctx.dst4 == ALL_IGMPV3_ROUTERS && ctx.netVersion == 4) {
                        msnip(tvb, ctx, parent, type);
                    } else {
                        unknown(tvb, ctx, parent, type);
                    }
                }
                case 0x26 -> {
                    if (ctx.dst4 == ALL_ROUTERS && ctx.netVersion == 4) {
                        mrdisc(tvb, ctx, parent, type);
                    } else {
                        unknown(tvb, ctx, parent, type);
                    }
                }
                case 0xfc, 0xfd, 0xfe, 0xff -> {
                    if (ctx.dst4 == RGMP_GROUP && ctx.netVersion == 4) {
                        rgmp(tvb, ctx, parent, type);
                    } else {
                        unknown(tvb, ctx, parent, type);
                    }
                }
                default -> unknown(tvb, ctx, parent, type);
            }
        }
        return tvb.capturedLength();
    }

    private static String command(int type) {
        String name = COMMANDS.get((long) type);
        return name != null ? name : "Unknown Type:0x" + FieldFormat.hexPadded(type, 2);
    }

    private static Info columns(PacketContext ctx, String protocol, int type) {
        Info info = new Info();
        info.protocol = protocol;
        info.text.append(command(type));
        ctx.put(Info.class, info);
        return info;
    }

    /** dissect_igmp_common: the columns, the protocol item, the generated version and the type. */
    private static ProtoNode common(ByteView tvb, PacketContext ctx, ProtoNode parent, int type, int version) {
        columns(ctx, "IGMPv" + version, type);
        ProtoNode t = parent.addItem(IGMP, tvb, 0, tvb.capturedLength());
        t.add(VERSION, tvb, 0, 0, version).generated();
        t.add(TYPE, tvb, 0, 1, type);
        return t;
    }

    /**
     * igmp_checksum: verified over {@code len} bytes (0: the whole message) when they were all captured and the
     * datagram is not a fragment, else shown unverified.
     */
    private static void checksum(ByteView tvb, PacketContext ctx, ProtoNode t, int len) {
        checksum(tvb, ctx, t, len, CHECKSUM, CHECKSUM_STATUS_F, EI_CHECKSUM);
    }

    private static void checksum(ByteView tvb, PacketContext ctx, ProtoNode t, int len, FieldDef field,
                                 FieldDef status, ExpertDef ei) {
        if (len == 0) {
            len = tvb.reportedLength();
        }
        int ck = tvb.u16(2);
        if (!ctx.fragmented && tvb.capturedLength() >= len) {
            // in_cksum_shouldbe's "should be" (0xffff, not 0x0000, when the other bytes sum to 0xffff)
            int computed = InternetChecksum.fold(InternetChecksum.sum(tvb, 0, len, 0));
            InternetChecksum.verified(ctx, t, tvb, 2, field, status, ei, ck, computed, "Bad checksum");
        } else {
            InternetChecksum.unverified(t, tvb, 2, field, status, ck);
        }
    }

    /*
     * Bounds: tvb_get_guint8/ntohs/ntohl judge a read by its end (ByteView's getters); proto_tree_add_item and
     * tvb_ip_to_str (through tvb_get_ptr) by its start first (ensureFromStart). They differ on a read that starts past
     * the captured bytes and ends past the reported ones: a snapshot cut for the latter, malformed for the former.
     */

    /** proto_tree_add_item of a byte string. */
    private static void bytes(ProtoNode t, FieldDef f, ByteView tvb, int off, int len) {
        tvb.ensureFromStart(off, len);
        t.addObj(f, tvb, off, len, tvb.toArray(off, len));
    }

    /** proto_tree_add_item of an IPv4 address. */
    private static void address(ProtoNode t, FieldDef f, ByteView tvb, int off) {
        tvb.ensureFromStart(off, 4);
        t.add(f, tvb, off, 4, tvb.u32(off));
    }

    /** tvb_ip_to_str: an address's text for a label or the Info column. */
    private static long addressText(ByteView tvb, int off) {
        tvb.ensureFromStart(off, 4);
        return tvb.u32(off);
    }

    /** proto_tree_add_item of an integer of {@code len} bytes. */
    private static ProtoNode item(ProtoNode t, FieldDef f, ByteView tvb, int off, int len) {
        tvb.ensureFromStart(off, len);
        long v = switch (len) {
            case 1 -> tvb.u8(off);
            case 2 -> tvb.u16(off);
            case 3 -> tvb.u24(off);
            default -> tvb.u32(off);
        };
        return t.add(f, tvb, off, len, v);
    }

    // ---- version 0 (RFC 988) --------------------------------------------------------------------------------------

    private static void v0(ByteView tvb, PacketContext ctx, ProtoNode parent, int type) {
        ProtoNode t = common(tvb, ctx, parent, type, 0);
        int code = tvb.u8(1);
        if (type == 0x01) {
            t.add(GROUP_TYPE, tvb, 1, 1, code);
        } else if ((type & 1) == 0) {
            t.add(code < 5 ? REPLY : REPLY_PENDING, tvb, 1, 1, code);
        }
        checksum(tvb, ctx, t, 20);
        item(t, IDENTIFIER, tvb, 4, 4);
        address(t, MADDR, tvb, 8);
        bytes(t, ACCESS_KEY, tvb, 12, 8);
    }

    // ---- versions 1 and 2 -----------------------------------------------------------------------------------------

    private static void v1(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ProtoNode t = common(tvb, ctx, parent, tvb.u8(0), 1);
        bytes(t, RESERVED, tvb, 1, 1);
        checksum(tvb, ctx, t, 8);
        address(t, MADDR, tvb, 4);
    }

    private static void v2(ByteView tvb, PacketContext ctx, ProtoNode parent, int type) {
        ProtoNode t = common(tvb, ctx, parent, type, 2);
        Info info = ctx.get(Info.class);
        int tsecs = tvb.u8(1);
        ProtoNode mr = t.add(MAX_RESP, tvb, 1, 1, tsecs);
        if (ctx.labels()) {
            mr.label(maxResp(tsecs, tsecs));
        }
        checksum(tvb, ctx, t, 8);
        address(t, MADDR, tvb, 4);
        long group = tvb.u32(4);
        if (group == 0) {
            info.text.append(", general");
        } else {
            String g = FieldFormat.ipv4(group);
            info.text.append(switch (type) {
                case V2_LEAVE -> " " + g;
                case V1_QUERY -> ", specific for group " + g;
                default -> " group " + g;
            });
        }
    }

    /** "Max Resp Time: 10.0 sec (0x64)": the time in tenths of a second, then the code it was read from. */
    private static String maxResp(long tenths, int code) {
        return MAX_RESP.name() + ": " + tenths / 10 + "." + tenths % 10 + " sec (0x" + FieldFormat.hexPadded(code, 2)
                + ")";
    }

    // ---- version 3 (RFC 3376) -------------------------------------------------------------------------------------

    private static void v3Query(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ProtoNode t = common(tvb, ctx, parent, V1_QUERY, 3);
        Info info = ctx.get(Info.class);
        int num = tvb.u16(10);
        // dissect_v3_max_resp: a code of 128 or more is a floating-point value, mantissa and exponent
        int bits = tvb.u8(1);
        long tsecs = (bits & 0x80) != 0 ? (long) ((bits & 0x0f) | 0x10) << (((bits & 0x70) >> 4) + 3) : bits;
        ProtoNode mr = t.add(MAX_RESP, tvb, 1, 1, tsecs);
        if (ctx.labels()) {
            mr.label(maxResp(tsecs, bits));
        }
        if ((bits & 0x80) != 0) {
            mr.add(MAX_RESP_EXP, tvb, 1, 1, (bits & 0x70) >> 4);
            mr.add(MAX_RESP_MANT, tvb, 1, 1, bits & 0x0f);
        }
        checksum(tvb, ctx, t, 0);
        address(t, MADDR, tvb, 4);
        long group = tvb.u32(4);
        info.text.append(group == 0 ? ", general" : ", specific for group " + FieldFormat.ipv4(group));
        int sqrv = tvb.u8(8);
        t.add(SUPPRESS, tvb, 8, 1, (sqrv & 0x08) >> 3);
        t.add(QRV, tvb, 8, 1, sqrv & 0x07);
        item(t, QQIC, tvb, 9, 1);
        t.add(NUM_SRC, tvb, 10, 2, num);
        if (num != 0) {
            info.text.append(num > 1 ? ", sources {" : ", source {");
        }
        int off = 12;
        while (num-- > 0) {
            long src = addressText(tvb, off);
            info.text.append(FieldFormat.ipv4(src)).append(num != 0 ? ", " : "}");
            address(t, SADDR, tvb, off);
            off += 4;
        }
    }

    private static void v3Report(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ProtoNode t = common(tvb, ctx, parent, V3_REPORT, 3);
        Info info = ctx.get(Info.class);
        bytes(t, RESERVED, tvb, 1, 1);
        checksum(tvb, ctx, t, 0);
        bytes(t, RESERVED, tvb, 4, 2);
        int num = tvb.u16(6);
        if (num == 0) {
            info.text.append(" - General query");
        }
        t.add(NUM_GRP_RECS, tvb, 6, 2, num);
        int off = 8;
        while (num-- > 0) {
            off = groupRecord(tvb, ctx, t, off, info);
        }
    }

    /** dissect_v3_group_record: one record's subtree, and what it asks for in Info. */
    private static int groupRecord(ByteView tvb, PacketContext ctx, ProtoNode parent, int off, Info info) {
        int start = off;
        // the label's arguments, evaluated last to first (tvb_get_guint8, then tvb_ip_to_str)
        int recordType = tvb.u8(off);
        long group = addressText(tvb, off + 4);
        String g = FieldFormat.ipv4(group);
        String typeName = RECORD_TYPES.get((long) recordType);
        ProtoNode rec = parent.addText(tvb, off, tvb.remaining(off),
                ctx.labels() ? "Group Record : " + g + "  " + (typeName != null ? typeName : "") : null);
        item(rec, RECORD_TYPE, tvb, off, 1);
        int adl = tvb.u8(off + 1);
        rec.add(AUX_DATA_LEN, tvb, off + 1, 1, adl);
        int num = tvb.u16(off + 2);
        rec.add(NUM_SRC, tvb, off + 2, 2, num);
        address(rec, MADDR, tvb, off + 4);
        off += 8;
        if (num == 0) {
            info.text.append(switch (recordType) {
                case 1, 3 -> " / Leave group " + g;
                case 2, 4 -> " / Join group " + g + " for any sources";
                case 5 -> " / Group " + g + ", ALLOW_NEW_SOURCES but no source specified (?)";
                case 6 -> " / Group " + g + ", BLOCK_OLD_SOURCES but no source specified (?)";
                default -> " / Group " + g + ", unknown record type (?)";
            });
        } else {
            info.text.append(switch (recordType) {
                case 1, 3 -> " / Join group " + g + " for source" + (num > 1 ? "s in" : "") + " {";
                case 2, 4 -> " / Join group " + g + ", for source" + (num > 1 ? "s not in" : " not") + " {";
                case 5 -> " / Group " + g + ", new source" + (num > 1 ? "s" : "") + " {";
                case 6 -> " / Group " + g + ", block source" + (num > 1 ? "s" : "") + " {";
                default -> " / Group " + g + ", unknown record type (?), sources {";
            });
        }
        while (num-- > 0) {
            info.text.append(FieldFormat.ipv4(addressText(tvb, off))).append(num != 0 ? ", " : "}");
            address(rec, SADDR, tvb, off);
            off += 4;
        }
        if (adl != 0) {
            bytes(rec, AUX_DATA, tvb, off, adl * 4);
            off += adl * 4;
        }
        rec.setLength(off - start);
        return off;
    }

    // ---- multicast traceroute -------------------------------------------------------------------------------------

    private static void mtrace(ByteView tvb, PacketContext ctx, ProtoNode parent, int type) {
        ProtoNode t = parent.addItem(IGMP, tvb, 0, tvb.capturedLength());
        Info info = new Info();
        info.protocol = "IGMP";
        ctx.put(Info.class, info);
        // Query and Request share a type: a query is the fixed header alone
        int reported = tvb.reportedLength();
        String typeName;
        if (type == TRACEROUTE_RESPONSE) {
            int blocks = (reported - TRACEROUTE_HDR_LEN) / TRACEROUTE_RSP_LEN;
            typeName = "Traceroute Response";
            info.text.append(typeName).append(", ").append(blocks).append(blocks == 1 ? " block" : " blocks");
        } else {
            typeName = reported == TRACEROUTE_HDR_LEN ? "Traceroute Query" : "Traceroute Request";
            info.text.append(typeName);
        }
        ProtoNode tn = t.add(TYPE, tvb, 0, 1, type);
        if (ctx.labels()) {
            tn.label(TYPE.name() + ": " + typeName + " (0x" + FieldFormat.hexPadded(type, 2) + ")");
        }
        item(t, MTRACE_MAX_HOPS, tvb, 1, 1);
        checksum(tvb, ctx, t, 0);
        address(t, MADDR, tvb, 4);
        address(t, MTRACE_SADDR, tvb, 8);
        address(t, MTRACE_RADDR, tvb, 12);
        address(t, MTRACE_RSPADDR, tvb, 16);
        item(t, MTRACE_RESP_TTL, tvb, 20, 1);
        item(t, MTRACE_Q_ID, tvb, 21, 3);
        int off = TRACEROUTE_HDR_LEN;
        while (reported - off >= TRACEROUTE_RSP_LEN) {
            // the label's arguments, evaluated last to first
            String fwd = MTRACE_FWD_CODES.get((long) tvb.u8(off + 31));
            String rtg = MTRACE_RTG.get((long) tvb.u8(off + 28));
            long to = addressText(tvb, off + 8);
            long from = addressText(tvb, off + 4);
            String label = ctx.labels() ? "Response data block: " + FieldFormat.ipv4(from) + " -> "
                    + FieldFormat.ipv4(to) + ",  Proto: " + (rtg != null ? rtg : "Unknown") + ",  Forwarding Code: "
                    + (fwd != null ? fwd : "Unknown") : null;
            ProtoNode b = t.addText(tvb, off, TRACEROUTE_RSP_LEN, label);
            item(b, MTRACE_Q_ARRIVAL, tvb, off, 4);
            address(b, MTRACE_Q_INADDR, tvb, off + 4);
            address(b, MTRACE_Q_OUTADDR, tvb, off + 8);
            address(b, MTRACE_Q_PREVRTR, tvb, off + 12);
            item(b, MTRACE_Q_INPKT, tvb, off + 16, 4);
            item(b, MTRACE_Q_OUTPKT, tvb, off + 20, 4);
            item(b, MTRACE_Q_TOTAL, tvb, off + 24, 4);
            item(b, MTRACE_Q_RTG_PROTO, tvb, off + 28, 1);
            item(b, MTRACE_Q_FWD_TTL, tvb, off + 29, 1);
            tvb.ensureFromStart(off + 30, 1);
            int flags = tvb.u8(off + 30);
            b.add(MTRACE_Q_MBZ, tvb, off + 30, 1, flags >> 7);
            b.add(MTRACE_Q_S, tvb, off + 30, 1, (flags >> 6) & 1);
            b.add(MTRACE_Q_SRC_MASK, tvb, off + 30, 1, flags & 0x3f);
            item(b, MTRACE_Q_FWD_CODE, tvb, off + 31, 1);
            off += TRACEROUTE_RSP_LEN;
        }
    }

    // ---- RGMP (RFC 3488) ------------------------------------------------------------------------------------------

    /** packet-rgmp.c: its own protocol item (no IGMP one), type, reserved byte, checksum over it all, group. */
    private static void rgmp(ByteView tvb, PacketContext ctx, ProtoNode parent, int type) {
        ctx.addProtocol("rgmp");
        ctx.setCurrentProto("RGMP");
        Info info = new Info();
        info.protocol = "RGMP";
        info.text.append(RGMP_TYPES.get((long) type));
        ctx.put(Info.class, info);
        ProtoNode t = parent.addItem(RGMP, tvb, 0, tvb.capturedLength());
        t.add(RGMP_TYPE, tvb, 0, 1, type);
        item(t, RGMP_RESERVED, tvb, 1, 1);
        checksum(tvb, ctx, t, 0, RGMP_CHECKSUM, RGMP_CHECKSUM_STATUS, EI_RGMP_CHECKSUM);
        address(t, RGMP_MADDR, tvb, 4);
    }

    // ---- MSNIP ----------------------------------------------------------------------------------------------------

    /**
     * packet-msnip.c: a group map (count, checksum, a "holdtime" that is the count again, as 4.0 shows it, then
     * group/mask records), an interest solicitation (holdtime, generation ID) or a receiver membership report
     * (record type and group per record); the protocol item ends where the message did.
     */
    private static void msnip(ByteView tvb, PacketContext ctx, ProtoNode parent, int type) {
        ctx.addProtocol("msnip");
        ctx.setCurrentProto("MSNIP");
        ProtoNode t = parent.addItem(MSNIP, tvb, 0, tvb.capturedLength());
        Info info = new Info();
        info.protocol = "MSNIP";
        info.text.append(MSNIP_TYPES.get((long) type));
        ctx.put(Info.class, info);
        t.add(MSNIP_TYPE, tvb, 0, 1, type);
        int off;
        if (type == 0x24) {
            checksum(tvb, ctx, t, 0, MSNIP_CHECKSUM, MSNIP_CHECKSUM_STATUS, EI_MSNIP_CHECKSUM);
            t.add(MSNIP_HOLDTIME16, tvb, 4, 2, tvb.u16(4));
            t.add(MSNIP_GENID, tvb, 6, 2, tvb.u16(6));
            off = 8;
        } else {
            int count = tvb.u8(1);
            t.add(MSNIP_COUNT, tvb, 1, 1, count);
            checksum(tvb, ctx, t, 0, MSNIP_CHECKSUM, MSNIP_CHECKSUM_STATUS, EI_MSNIP_CHECKSUM);
            off = 4;
            if (type == 0x23) {
                t.add(MSNIP_HOLDTIME, tvb, 4, 4, count);
                off = 8;
            }
            while (count-- > 0) {
                off = msnipGroup(tvb, ctx, t, off, type);
            }
        }
        // proto_item_set_len ends the item with the captured bytes (the holdtime item reads none: a group map of no
        // groups cut after its checksum still gets here)
        t.setLength(Math.min(off, tvb.capturedLength()));
    }

    /** One record: a "Groups" item over the rest until its text and length are set at its end. */
    private static int msnipGroup(ByteView tvb, PacketContext ctx, ProtoNode t, int off, int type) {
        int len = tvb.remaining(off);
        if (len <= 0) {
            tvb.ensureFromStart(off, 1); // proto_tree_add_item(..., -1): tvb_ensure_captured_length_remaining
        }
        ProtoNode g = t.addItem(MSNIP_GROUPS, tvb, off, len);
        if (type == 0x23) {
            long maddr = tvb.u32(off); // tvb_get_ipv4, then proto_tree_add_ipv4 of the value
            g.add(MSNIP_MADDR, tvb, off, 4, maddr);
            int mask = tvb.u8(off + 4);
            g.add(MSNIP_NETMASK, tvb, off + 4, 1, mask);
            if (ctx.labels()) {
                g.label("Group: " + FieldFormat.ipv4(maddr) + "/" + mask);
            }
        } else {
            int rec = tvb.u8(off);
            g.add(MSNIP_REC_TYPE, tvb, off, 1, rec);
            long maddr = tvb.u32(off + 4);
            g.add(MSNIP_MADDR, tvb, off + 4, 4, maddr);
            if (ctx.labels()) {
                String name = MSNIP_REC_TYPES.get((long) rec);
                g.label("Group: " + FieldFormat.ipv4(maddr) + " "
                        + (name != null ? name : "Unknown Type:0x" + FieldFormat.hexPadded(rec, 2)));
            }
        }
        // proto_item_set_len: tshark's item ends with the captured bytes (a record cut after its group or mask)
        g.setLength(Math.min(8, tvb.remaining(off)));
        return off + 8;
    }

    // ---- MRDISC ---------------------------------------------------------------------------------------------------

    /** packet-mrdisc.c's termination message: type and checksum under a protocol item of no length. */
    private static void mrdisc(ByteView tvb, PacketContext ctx, ProtoNode parent, int type) {
        ctx.addProtocol("mrdisc");
        ctx.setCurrentProto("MRDISC");
        ProtoNode t = parent.addItem(MRDISC, tvb, 0, 0);
        Info info = new Info();
        info.protocol = "MRDISC";
        info.text.append(MRDISC_TYPES.get((long) type));
        ctx.put(Info.class, info);
        t.add(MRDISC_TYPE, tvb, 0, 1, type);
        checksum(tvb, ctx, t, 0, MRDISC_CHECKSUM, MRDISC_CHECKSUM_STATUS, EI_MRDISC_CHECKSUM);
    }

    // ---- unknown types --------------------------------------------------------------------------------------------

    private static void unknown(ByteView tvb, PacketContext ctx, ProtoNode parent, int type) {
        columns(ctx, "IGMP", type);
        ProtoNode t = parent.addItem(IGMP, tvb, 0, tvb.capturedLength());
        t.add(TYPE, tvb, 0, 1, type);
        // proto_tree_add_item(..., -1): the rest as captured, which must hold a byte at least
        int len = tvb.remaining(1);
        if (len <= 0) {
            tvb.ensureFromStart(1, 1); // tvb_ensure_captured_length_remaining
        }
        bytes(t, DATA, tvb, 1, len);
    }
}
