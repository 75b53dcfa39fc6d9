package org.jdissect.dissectors.ipv4;

import static org.jdissect.dissectors.ipv4.Ipv4Fields.*;

import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.Dissector;
import org.jdissect.api.dissect.DissectorTable;
import org.jdissect.api.dissect.Handoff;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.pref.BoolPref;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.common.InternetChecksum;
import org.jdissect.dissectors.data.DataModule;
import org.jdissect.dissectors.eth.EthModule;

/**
 * IPv4: every header field, options, then the payload through {@code ip.proto}. The payload view is trimmed to the
 * total length so link-layer padding never reaches the transport; the return value tells the link layer how much
 * was IP so it can show the rest as padding. The header checksum is verified only when ip.check_checksum is set, as
 * tshark's default.
 */
public final class Ipv4Module implements ProtocolModule {
    public static final String PROTO_TABLE = "ip.proto";
    /** tshark's ip.check_checksum: verify the header checksum (off by default, as offloading makes many bad). */
    public static final BoolPref CHECK_CHECKSUM = new BoolPref("ip.check_checksum",
            "Whether to validate the IPv4 checksum", false);
    private static final InternetChecksum.Verified VERIFIED = new InternetChecksum.Verified(CHECKSUM,
            CHECKSUM_STATUS_F, CHECKSUM_CALCULATED, EI_CHECKSUM_BAD, "(may be caused by \"IP checksum offload\"?)",
            false);
    /** tshark's ip.defragment: reassemble fragmented datagrams (off: each fragment shown as it is). */
    public static final BoolPref DEFRAGMENT = new BoolPref("ip.defragment",
            "Whether fragmented IPv4 datagrams should be reassembled", true);

    private DissectorTable protoTable;

    @Override
    public String name() {
        return "ip";
    }

    @Override
    public void register(Registrar r) {
        r.fields(ALL);
        r.experts(EXPERTS);
        r.preferences(DEFRAGMENT, CHECK_CHECKSUM);
        protoTable = r.table(PROTO_TABLE, "IP protocol", 255);
        // the named "ip" dissector (raw IP, BSD loopback, ICMP's quoted packets, Frame Relay) goes by the version, as
        // Wireshark's dissect_ip; the ethertype and IP-in-IP entries are IPv4's own (dissect_ip_v4)
        r.dissector("ip", this::dissectAnyVersion);
    }

    @Override
    public void handoff(Handoff h) {
        h.table(EthModule.ETHERTYPE_TABLE).add(0x0800, "ip", this::dissect);
        ipv6 = h.dissector("ipv6").orElse(null);
        // IP-in-IP (proto 4) nests another IPv4 header
        // packet-ip.c registers its generic "ip" for IP in IP: IPv6 in it is dissected, another version bogus
        protoTable.add(4, "ip", this::dissectAnyVersion);
    }

    /**
     * Buffers a fragment; when it completes its datagram, adds tshark's "[N IPv4 Fragments (…)]" tree to {@code ip}
     * and returns the reassembled payload, else null. A fragment cut short by the snapshot length is not buffered.
     */
    private static ByteView reassemble(ByteView payload, PacketContext ctx, ProtoNode ip, long src, long dst,
                                       int proto, int id, int offset, boolean more) {
        if (payload.capturedLength() < payload.reportedLength()) {
            return null;
        }
        Ipv4Reassembly table = ctx.session().state(Ipv4Reassembly.class, Ipv4Reassembly::new);
        // packet-ip.c's identification: the protocol folded in, and the VLAN where an address is private or
        // link-local (the same private addresses may be different hosts on different VLANs)
        long fragId = proto ^ id;
        if (privateOrLinkLocal(src) || privateOrLinkLocal(dst)) {
            fragId ^= ctx.vlanId;
        }
        Ipv4Reassembly.Datagram d = table.add(new Ipv4Reassembly.Key(src, dst, fragId), ctx.frameNumber(), offset,
                payload.toArray(), more);
        table.report(ctx, ip);
        if (d == null) {
            // known in a second pass of two only: where the datagram is completed
            Ipv4Reassembly.showCompletedLater(ctx.session().firstPass(Ipv4Reassembly.class), ctx, ip, REASSEMBLED_IN);
            return null;
        }
        table.noteCompleted(d, ctx.frameNumber());
        ByteView whole = ByteView.of(d.data());
        ctx.addDataSource("Reassembled IPv4", whole);
        Ipv4Reassembly.showTree(ip, d, whole, FRAGMENT_ITEMS);
        return whole;
    }

    private static boolean privateOrLinkLocal(long a) {
        return (a & 0xff000000L) == 0x0a000000L || (a & 0xfff00000L) == 0xac100000L
                || (a & 0xffff0000L) == 0xc0a80000L || (a & 0xffff0000L) == 0xa9fe0000L;
    }

    /**
     * tshark's expert lines for a protocol error under {@code item}. Text items until the expert facility (being
     * added to dissector-api) can register them as {@code _ws.expert} fields.
     */
    /**
     * Wireshark's TTL notes: towards the Local Network Control Block (224.0.0.0/24) a TTL other than the one RFC 3171
     * expects (255 for VRRP, GLBP and mDNS, any for LLMNR, else 1; always 1 for IGMP, which joins and leaves those
     * groups too); elsewhere, a TTL below 5 towards a unicast address
     * unless the payload is PIM or OSPF. {@code dst} is -1 when the address was not captured.
     */
    private static void ttlExpert(PacketContext ctx, ProtoNode ttlNode, int ttl, int proto, long dst) {
        if (dst < 0) {
            return;
        }
        if ((dst & 0xffffff00L) == 0xe0000000L) {
            int valid = proto == 2 ? 1 : switch ((int) (dst & 0xff)) {
                case 18, 102, 251 -> 255;
                case 252 -> 0; // any
                default -> 1;
            };
            if (valid != 0 && ttl != valid) {
                Expert.add(ctx, ttlNode, EI_TTL_LNCB, "\"Time To Live\" != " + valid + " for a packet sent to the"
                        + " Local Network Control Block (see RFC 3171)");
            }
        } else if (ttl < 5 && (dst & 0xf0000000L) != 0xe0000000L && proto != 103 && proto != 89) {
            Expert.add(ctx, ttlNode, EI_TTL_TOO_SMALL, "\"Time To Live\" only " + ttl);
        }
    }

    /** Identification, flags, fragment offset, TTL, protocol and checksum, in header order. */
    private static void headerItems(ByteView tvb, PacketContext ctx, ProtoNode ip, boolean lab, boolean check,
                                    boolean verify, int ipsum) {
        ip.add(ID, tvb, 4, 2, tvb.u16(4));
        int fl = tvb.u16(6);
        int flags = fl >> 13;
        int fragOff = fl & 0x1fff;
        ProtoNode f = ip.add(FLAGS, tvb, 6, 1, flags);
        if (lab) {
            f.label(FieldFormat.bitPattern(0xe0, flags, 8) + " = Flags: 0x" + Integer.toHexString(flags)
                    + ((flags & 4) != 0 ? ", Reserved bit" : "") + ((flags & 2) != 0 ? ", Don't fragment" : "")
                    + ((flags & 1) != 0 ? ", More fragments" : ""));
        }
        f.add(FLAGS_RB, tvb, 6, 1, (flags >> 2) & 1);
        f.add(FLAGS_DF, tvb, 6, 1, (flags >> 1) & 1);
        f.add(FLAGS_MF, tvb, 6, 1, flags & 1);
        ProtoNode fo = ip.add(FRAG_OFFSET, tvb, 6, 2, fragOff);
        if (lab) {
            fo.label(FieldFormat.bitPattern(0x1fff, fragOff, 16) + " = Fragment Offset: " + fragOff * 8);
        }
        int ttl = tvb.u8(8);
        ProtoNode ttlNode = ip.add(TTL, tvb, 8, 1, ttl);
        int proto = tvb.u8(9);
        ttlExpert(ctx, ttlNode, ttl, proto, tvb.has(16, 4) ? tvb.u32(16) : -1);
        ip.add(PROTO, tvb, 9, 1, proto);
        int stored = tvb.u16(10);
        if (!verify) {
            ip.add(CHECKSUM, tvb, 10, 2, stored).appendLabel(check ? " [not all data available]"
                    : " [validation disabled]");
            ip.add(CHECKSUM_STATUS_F, tvb, 10, 0, 2).generated();
        } else {
            VERIFIED.add(ctx, ip, tvb, 10, stored, ipsum);
        }
    }

    /** Where a header of version 6 met as IPv4 goes on (Wireshark: "a Linux cooked capture with ethertype IPv4"). */
    private Dissector ipv6;

    /**
     * Wireshark's generic "ip" dissector: version 4 to IPv4, 6 to IPv6 (no IPv4 item, though "ip" is in the frame's
     * protocols), any other as a one-byte "Internet Protocol, bogus version" item.
     */
    /** Marks a packet whose generic "ip" dissector had no byte to read: the columns stay the layer's below. */
    public enum EmptyAnyVersion { YES }

    int dissectAnyVersion(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        if (!tvb.has(0, 1)) {
            // nothing to read (GRE's empty payload with the S bit): the protocol is named before the byte throws,
            // and dissect_ip throws before it sets a column
            ctx.setCurrentProto("IPv4");
            ctx.addProtocol("ip");
            ctx.put(EmptyAnyVersion.class, EmptyAnyVersion.YES);
        }
        int version = tvb.u8(0) >> 4;
        if (version == 4) {
            return dissect(tvb, ctx, parent);
        }
        ctx.setCurrentProto("IPv4");
        ctx.addProtocol("ip");
        if (version == 6 && ipv6 != null) {
            return ipv6.dissect(tvb, ctx, parent);
        }
        ProtoNode bogus = parent.addItem(IP, tvb, 0, 1).label("Internet Protocol, bogus version (" + version + ")");
        ProtoNode ver = bogus.add(VERSION, tvb, 0, 1, version).label(
                FieldFormat.bitPattern(0x0f, version, 4) + " .... = Version: " + version);
        Expert.add(ctx, ver, EI_BOGUS_VERSION);
        return tvb.capturedLength();
    }

    int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ctx.setCurrentProto("IPv4");
        ctx.addProtocol("ip");
        int b0 = tvb.u8(0);
        int version = b0 >> 4;
        int hlen = (b0 & 0x0f) * 4;
        if (version == 4 && tvb.has(2, 2)) {
            // packet-ip.c sets its tvb's reported length to the total length before adding anything: the protocol's
            // data (what "ip contains" searches) ends there, not in the Ethernet padding after it
            int total = tvb.u16(2);
            if (total >= hlen && hlen >= 20 && total < tvb.reportedLength()) {
                tvb = tvb.sliceReported(0, total);
            }
        }
        // the header length's bytes, none when it is 0 (version 6 met as IPv4: 0x60), as packet-ip.c adds it
        ProtoNode ip = parent.addItem(IP, tvb, 0, Math.min(hlen, tvb.capturedLength()));
        // Wireshark 4.0 registers ip.version and ip.hdr_len without a bitmask and draws the bits itself
        boolean lab = ctx.labels(); // tree text only: skipped when the output prints values only
        ProtoNode ver = ip.add(VERSION, tvb, 0, 1, version);
        if (lab) {
            ver.label(FieldFormat.bitPattern(0x0f, version, 4) + " .... = Version: " + version);
        }
        if (version != 4) {
            // the header is not read on; version 6 is handed to IPv6 whole, as Wireshark's dissect_ip_v4 does
            ip.label("Internet Protocol Version 4");
            Expert.add(ctx, ver, EI_BOGUS_VERSION, "Bogus IPv4 version");
            if (version == 6 && ipv6 != null) {
                // IPv6's own length then bounds the datagram: what follows it is the link's trailer
                return ipv6.dissect(tvb, ctx, parent);
            }
            return tvb.capturedLength();
        }
        ProtoNode hl = ip.add(HDR_LEN, tvb, 0, 1, hlen);
        if (lab) {
            hl.label(".... " + FieldFormat.bitPattern(0x0f, b0 & 0x0f, 4) + " = Header Length: " + hlen
                    + " bytes (" + (b0 & 0x0f) + ")");
        }
        if (hlen < 20) {
            ip.label("Internet Protocol Version 4");
            Expert.add(ctx, hl, EI_BOGUS_HEADER_LENGTH, "Bogus IP header length (" + hlen + ", must be at least 20)");
            return tvb.capturedLength();
        }
        // fields are read as they are added, so a header cut by the snapshot length shows what was captured
        // ("Src: a.b.c.d" and then "[Packet size limited during capture: IPv4 truncated]"), as tshark does
        ip.label("Internet Protocol Version 4");
        int tos = tvb.u8(1);
        // each group of items below is skipped with one test when the tree keeps none of it (see wantsAny)
        if (ip.wantsAny(DSFIELD_ITEMS)) {
            ProtoNode ds = ip.add(DSFIELD, tvb, 1, 1, tos);
            if (lab) {
                ds.label("Differentiated Services Field: 0x" + FieldFormat.hexPadded(tos, 2) + " (DSCP: "
                        + DSCP_SHORT.getOrDefault((long) (tos >> 2), "Unknown") + ", ECN: "
                        + ECN_SHORT.get((long) (tos & 3)) + ")");
            }
            ds.add(DSCP_F, tvb, 1, 1, tos >> 2);
            ds.add(ECN_F, tvb, 1, 1, tos & 3);
        }
        int totalLen = tvb.u16(2);
        ProtoNode len;
        boolean tso = totalLen == 0;
        if (tso) {
            // packet-ip.c's ip.tso_support (on by default): a total length of 0 is taken for a segment offloaded
            // to the NIC, and the frame's length stands in for it
            totalLen = tvb.reportedLength();
            len = ip.add(LEN, tvb, 2, 2, totalLen).generated().label("Total Length: " + totalLen
                    + " bytes (reported as 0, presumed to be because of \"TCP segmentation offload\" (TSO))");
        } else {
            len = ip.add(LEN, tvb, 2, 2, totalLen);
        }
        if (totalLen < hlen && !tso) { // the frame's length standing in is not checked against the header's
            len.label("Total Length: " + totalLen + " bytes (bogus, less than header length " + hlen + ")");
            Expert.add(ctx, len, EI_BOGUS_IP_LENGTH);
            return tvb.capturedLength();
        }
        boolean inError = ctx.get(org.jdissect.dissectors.icmp.InErrorPacket.class) != null;
        if (totalLen > tvb.reportedLength() && !inError) {
            // a TSO/offloaded capture shows this too; Wireshark then trusts the frame (reported) length
            // (not in the datagram an ICMP error quotes, which is cut short by design)
            Expert.add(ctx, len, EI_BOGUS_IP_LENGTH, "IPv4 total length exceeds packet length (" + tvb.reportedLength()
                    + " bytes)");
        }
        if (ctx.networkLength < 0) {
            // set_actual_length: what lies past the total length is the link layer's, even if a layer above throws
            ctx.networkLength = Math.min(totalLen, tvb.reportedLength());
        }
        // packet-ip.c verifies the header only when told to (ip.check_checksum) and all of it was captured; a bad
        // one then keeps its fragment out of reassembly
        boolean check = ctx.engine().preferences().on(CHECK_CHECKSUM);
        boolean verify = check && tvb.has(0, hlen);
        int ipsum = verify ? InternetChecksum.fold(InternetChecksum.sum(tvb, 0, hlen, 0)) : 0;
        if (tvb.capturedLength() < 12 || ip.wantsAny(HEADER_ITEMS)) {
            // each value is read as its item is added, so a header cut short shows what was captured
            headerItems(tvb, ctx, ip, lab, check, verify, ipsum);
        }
        int fl = tvb.u16(6);
        int id = tvb.u16(4);
        int flags = fl >> 13;
        int fragOff = fl & 0x1fff;
        int proto = tvb.u8(9);
        long src = tvb.u32(12);
        String s = lab ? FieldFormat.ipv4(src) : null;
        if (lab) {
            ip.label("Internet Protocol Version 4, Src: " + s);
        }
        boolean addresses = ip.wantsAny(ADDRESS_ITEMS);
        if (addresses) {
            ip.add(SRC, tvb, 12, 4, src);
            ip.add(ADDR, tvb, 12, 4, src).hidden();
            ip.addFormatted(SRC_HOST, tvb, 12, 4, src, FieldFormat::ipv4).hidden();
            ip.addFormatted(HOST, tvb, 12, 4, src, FieldFormat::ipv4).hidden();
        }
        // a source route option's last address is the final destination; the header's is the current hop
        int finalAt = hlen > 20 && tvb.has(0, hlen) ? Ipv4Options.finalDestination(tvb, hlen) : -1;
        long dst = finalAt < 0 ? tvb.u32(16) : tvb.u32(finalAt);
        String d = lab ? FieldFormat.ipv4(dst) : null;
        if (lab) {
            ip.label("Internet Protocol Version 4, Src: " + s + ", Dst: " + d
                    + (finalAt < 0 ? "" : ", Via: " + FieldFormat.ipv4(tvb.u32(16))));
        }
        if (finalAt >= 0) {
            long cur = tvb.u32(16);
            ip.add(CUR_RT, tvb, 16, 4, cur);
            ip.addFormatted(CUR_RT_HOST, tvb, 16, 4, cur, FieldFormat::ipv4).hidden();
        } else if (addresses) {
            ip.add(DST, tvb, 16, 4, dst);
            ip.add(ADDR, tvb, 16, 4, dst).hidden();
            ip.addFormatted(DST_HOST, tvb, 16, 4, dst, FieldFormat::ipv4).hidden();
            ip.addFormatted(HOST, tvb, 16, 4, dst, FieldFormat::ipv4).hidden();
        }
        ctx.netVersion = 4;
        ctx.src4 = src;
        ctx.dst4 = dst;
        if (hlen > 20) {
            tvb.ensure(0, hlen);
            Ipv4Options.dissect(tvb, 20, hlen - 20, ip, ctx);
        }
        int ipLen = Math.min(totalLen, tvb.reportedLength());
        ByteView payload = tvb.sliceReported(hlen, ipLen - hlen);
        boolean fragment = (flags & 1) != 0 || fragOff != 0;
        if (fragment) {
            // tvb_bytes_exist over the header's total length: a datagram longer than the frame is not reassembled
            if (totalLen > hlen && tvb.has(hlen, totalLen - hlen) && ipsum == 0
                    && ctx.engine().preferences().on(DEFRAGMENT)) {
                ByteView whole = reassemble(payload, ctx, ip, src, dst, proto, id, fragOff * 8, (flags & 1) != 0);
                if (whole == null) {
                    DataModule.dissect(payload, ctx, parent);
                    return ipLen;
                }
                payload = whole; // show_fragment_tree: the reassembled datagram is not a fragment (whatever MF said)
            } else if (fragOff != 0) {
                DataModule.dissect(payload, ctx, parent);
                return ipLen;
            } else {
                // a first fragment cut by the snapshot or the frame: Wireshark does not try to reassemble it, and
                // its protocol dissects what was captured, knowing it is a fragment
                ctx.fragmented = (flags & 1) != 0;
            }
        }
        if (payload.reportedLength() == 0) {
            // a datagram (or an error's quote) that ends with its header: packet-ip.c hands nothing on, not even
            // to data
            return ipLen;
        }
        Dissector next = protoTable.get(proto);
        if (next == null) {
            DataModule.dissect(payload, ctx, parent);
        } else {
            Encapsulation.enter(ctx);
            try {
                next.dissect(payload, ctx, parent);
            } finally {
                Encapsulation.exit(ctx);
            }
        }
        return ipLen;
    }
}
