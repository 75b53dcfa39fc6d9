package org.jdissect.dissectors.udp;

import static org.jdissect.api.field.FieldType.*;

import java.util.HashMap;
import java.util.Map;
import org.jdissect.api.bytes.BoundsException;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.Dissector;
import org.jdissect.api.dissect.DissectorTable;
import org.jdissect.api.dissect.Handoff;
import org.jdissect.api.dissect.HeuristicList;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.expert.ExpertDef;
import org.jdissect.api.expert.ExpertGroup;
import org.jdissect.api.expert.ExpertSeverity;
import org.jdissect.api.field.Base;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.pref.BoolPref;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.common.InternetChecksum;
import org.jdissect.dissectors.data.DataModule;
import org.jdissect.dissectors.frame.FrameModule;
import org.jdissect.dissectors.icmp.InErrorPacket;
import org.jdissect.dissectors.ipv4.Ipv4Module;

/** UDP: header fields, stream index and times, then the payload by port (lower first), heuristics, or data. */
public final class UdpModule implements ProtocolModule {
    public static final String PORT_TABLE = "udp.port";
    /** The heuristics tried for a payload no port claims (packet-udp.c's "udp" table). */
    public static final String HEURISTICS = "udp";
    static final Map<Long, String> CHECKSUM_STATUS = Map.of(0L, "Bad", 1L, "Good", 2L, "Unverified", 3L,
            "Not present", 4L, "Illegal");

    public static final FieldDef UDP = FieldDef.builder("udp", "User Datagram Protocol", PROTOCOL).blurb("UDP").build();
    public static final FieldDef SRCPORT = FieldDef.builder("udp.srcport", "Source Port", UINT16).build();
    public static final FieldDef DSTPORT = FieldDef.builder("udp.dstport", "Destination Port", UINT16).build();
    public static final FieldDef PORT = FieldDef.builder("udp.port", "Source or Destination Port", UINT16).build();
    public static final FieldDef LENGTH = FieldDef.builder("udp.length", "Length", UINT16).build();
    public static final FieldDef CHECKSUM = FieldDef.builder("udp.checksum", "Checksum", UINT16).hex().build();
    public static final FieldDef CHECKSUM_STATUS_F = FieldDef.builder("udp.checksum.status", "Checksum Status", UINT8)
            .names(CHECKSUM_STATUS).base(Base.NONE).build();
    public static final FieldDef CHECKSUM_CALCULATED = FieldDef.builder("udp.checksum_calculated",
            "Calculated Checksum", UINT16).hex()
            .blurb("The expected UDP checksum field as calculated from the UDP packet").build();
    public static final FieldDef STREAM = FieldDef.builder("udp.stream", "Stream index", UINT32).build();
    public static final FieldDef TIME_RELATIVE = FieldDef.builder("udp.time_relative", "Time since first frame",
            RELATIVE_TIME).build();
    public static final FieldDef TIME_DELTA = FieldDef.builder("udp.time_delta", "Time since previous frame",
            RELATIVE_TIME).build();
    public static final FieldDef PAYLOAD = FieldDef.builder("udp.payload", "Payload", BYTES).build();
    static final ExpertDef EI_POSSIBLE_TRACEROUTE = ExpertDef.of("udp.possible_traceroute", ExpertGroup.SEQUENCE,
            ExpertSeverity.CHAT, "Possible traceroute");
    static final ExpertDef EI_LENGTH_BAD = ExpertDef.of("udp.length.bad", ExpertGroup.MALFORMED, ExpertSeverity.ERROR,
            "Bad length value");
    static final ExpertDef EI_CHECKSUM_ZERO = ExpertDef.of("udp.checksum.zero", ExpertGroup.CHECKSUM,
            ExpertSeverity.ERROR, "Illegal checksum value (0)");
    static final ExpertDef EI_CHECKSUM_BAD = ExpertDef.of("udp.checksum.bad", ExpertGroup.CHECKSUM,
            ExpertSeverity.ERROR, "Bad checksum");
    /** The calculated value goes under the checksum item, after its status (packet-udp.c's order). */
    private static final InternetChecksum.Verified VERIFIED = new InternetChecksum.Verified(CHECKSUM,
            CHECKSUM_STATUS_F, CHECKSUM_CALCULATED, EI_CHECKSUM_BAD, " (maybe caused by \"UDP checksum offload\"?)",
            true);
    /** tshark's udp.calculate_timestamps: the conversation's "Timestamps" subtree. */
    public static final BoolPref CALCULATE_TIMESTAMPS = new BoolPref("udp.calculate_timestamps", "Calculate"
            + " timestamps relative to the first frame and the previous frame in the udp conversation", true);
    /** tshark's udp.check_checksum: verify the checksum (off by default). */
    public static final BoolPref CHECK_CHECKSUM = new BoolPref("udp.check_checksum",
            "Whether to validate the UDP checksum", false);

    private DissectorTable ports;
    private HeuristicList heuristics;

    /** Per-capture UDP "streams": address/port pairs in order of appearance. */
    static final class Streams {
        record Key(long a1, long a2, long b1, long b2, int pa, int pb) { }

        static final class Stream {
            final int index;
            final long first;
            long last;

            Stream(int index, long t) {
                this.index = index;
                this.first = t;
                this.last = t;
            }
        }

        final Map<Key, Stream> map = new HashMap<>();
    }

    /** LBL traceroute's probes go to ports 33435-33464, three a hop: Wireshark names the hop and attempt. */
    private static void traceroute(PacketContext ctx, ProtoNode port, int p) {
        if (p > 32768 + 666 && p <= 32768 + 666 + 30) {
            int n = p - 32768 - 666 - 1;
            Expert.add(ctx, port, EI_POSSIBLE_TRACEROUTE, "Possible traceroute: hop #" + (n / 3 + 1) + ", attempt #"
                    + (n % 3 + 1));
        }
    }

    @Override
    public String name() {
        return "udp";
    }

    /**
     * Whether packet-udp.c checks this datagram's checksum: when told to (udp.check_checksum), and when it is not a
     * fragment and all of it, as long as its length says, was captured and reported.
     */
    private static boolean verifiable(ByteView tvb, PacketContext ctx, int len) {
        int captured = tvb.capturedLength();
        int reported = tvb.reportedLength();
        return !ctx.fragmented && captured >= reported && captured >= len && reported >= len
                && ctx.engine().preferences().on(CHECK_CHECKSUM);
    }

    @Override
    public void register(Registrar r) {
        r.experts(EI_POSSIBLE_TRACEROUTE, EI_LENGTH_BAD, EI_CHECKSUM_ZERO, EI_CHECKSUM_BAD);
        r.fields(UDP, SRCPORT, DSTPORT, PORT, LENGTH, CHECKSUM, CHECKSUM_CALCULATED, CHECKSUM_STATUS_F, STREAM,
                TIME_RELATIVE, TIME_DELTA, PAYLOAD);
        r.preferences(CHECK_CHECKSUM, CALCULATE_TIMESTAMPS);
        ports = r.table(PORT_TABLE, "UDP port", 0xffff);
        heuristics = r.heuristics(HEURISTICS);
        r.dissector("udp", this::dissect);
    }

    @Override
    public void handoff(Handoff h) {
        h.table(Ipv4Module.PROTO_TABLE).add(17, "udp", this::dissect);
    }

    int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ctx.setCurrentProto("UDP");
        ctx.addProtocol("udp");
        int sp = tvb.u16(0);
        int dp = tvb.u16(2);
        ProtoNode u = parent.addItem(UDP, tvb, 0, 8)
                .label("User Datagram Protocol, Src Port: " + sp + ", Dst Port: " + dp);
        traceroute(ctx, u.add(SRCPORT, tvb, 0, 2, sp), sp);
        traceroute(ctx, u.add(DSTPORT, tvb, 2, 2, dp), dp);
        u.add(PORT, tvb, 0, 2, sp).hidden();
        u.add(PORT, tvb, 2, 2, dp).hidden();
        // the length and checksum are read after the ports' items, as packet-udp.c reads them: a header cut after
        // the ports shows them, then ends
        int len = tvb.u16(4);
        ProtoNode lenNode = u.add(LENGTH, tvb, 4, 2, len);
        boolean quoted = ctx.get(InErrorPacket.class) != null;
        if (len < 8) {
            // Wireshark stops here: no checksum, stream or payload
            lenNode.appendLabel(" (bogus, must be >= 8)");
            FrameModule.addMalformedFinding(ctx, lenNode, tvb, EI_LENGTH_BAD, "Bad length value " + len + " < 8");
            return tvb.capturedLength();
        }
        if (len > tvb.reportedLength() && !quoted && !ctx.fragmented) {
            lenNode.appendLabel(" (bogus, payload length " + tvb.reportedLength() + ")");
            FrameModule.addMalformedFinding(ctx, lenNode, tvb, EI_LENGTH_BAD, "Bad length value " + len
                    + " > IP payload length");
        }
        int ck = tvb.u16(6); // after the length's checks: a header cut inside the checksum shows them first
        if (ck == 0) {
            // IPv4 allows no checksum; IPv6 (RFC 8200) does not, except in the copy an ICMP error quotes
            boolean ignored = ctx.netVersion != 6 || quoted;
            ProtoNode c = u.add(CHECKSUM, tvb, 6, 2, 0).appendLabel(ignored ? " [zero-value ignored]"
                    : " [zero-value illegal]");
            if (!ignored) {
                Expert.add(ctx, c, EI_CHECKSUM_ZERO);
            }
            c.add(CHECKSUM_STATUS_F, tvb, 6, 2, ignored ? 3 : 4).generated();
        } else if (verifiable(tvb, ctx, len)) {
            int computed = InternetChecksum.fold(InternetChecksum.sum(tvb, 0, len,
                    InternetChecksum.pseudoHeader(ctx, 17, len)));
            VERIFIED.add(ctx, u, tvb, 6, ck, computed);
        } else {
            u.add(CHECKSUM, tvb, 6, 2, ck).appendLabel(" [unverified]");
            u.add(CHECKSUM_STATUS_F, tvb, 6, 0, 2).generated();
        }
        ctx.srcPort = sp;
        ctx.dstPort = dp;
        ctx.portType = "udp";
        long now = ctx.record().epochSeconds() * 1_000_000_000L + ctx.record().nanos();
        Streams st = ctx.session().get(Streams.class, Streams::new);
        long s1 = ctx.netVersion == 6 ? ctx.src6.u64(0) : ctx.src4;
        long s2 = ctx.netVersion == 6 ? ctx.src6.u64(8) : 0;
        long d1 = ctx.netVersion == 6 ? ctx.dst6.u64(0) : ctx.dst4;
        long d2 = ctx.netVersion == 6 ? ctx.dst6.u64(8) : 0;
        boolean swap = Long.compareUnsigned(s1, d1) > 0 || (s1 == d1 && (s2 != d2 ? Long.compareUnsigned(s2, d2) > 0
                : sp > dp));
        Streams.Key key = swap ? new Streams.Key(d1, d2, s1, s2, dp, sp) : new Streams.Key(s1, s2, d1, d2, sp, dp);
        Streams.Stream s = st.map.computeIfAbsent(key, k -> new Streams.Stream(st.map.size(), now));
        u.add(STREAM, tvb, 8, 0, s.index).generated(); // after the header, as packet-udp.c adds it
        ctx.udpStream = s.index;
        if (len == 8) {
            return tvb.capturedLength(); // an empty payload: Wireshark adds no times and no payload item
        }
        if (!quoted && ctx.engine().preferences().on(CALCULATE_TIMESTAMPS)) {
            // the copy quoted by an ICMP error is not a datagram of the conversation: no times, as in Wireshark
            ProtoNode times = u.addText(tvb, 0, 0, "Timestamps").generated();
            times.add(TIME_RELATIVE, tvb, 0, 0, now - s.first).generated();
            times.add(TIME_DELTA, tvb, 0, 0, now - s.last).generated();
            s.last = now;
        }
        int payloadLen = Math.min(len, tvb.reportedLength()) - 8;
        if (payloadLen <= 0) {
            if (!quoted && !ctx.fragmented) {
                // a bogus length promising a payload that is not there: the payload item, "to the end" from the
                // very end, makes proto.c throw (tshark 4.0: "[Malformed Packet: UDP]")
                throw BoundsException.MALFORMED;
            }
            return tvb.capturedLength(); // nothing after the header (a quote that ends there): no payload item
        }
        ByteView payload = tvb.sliceReported(8, payloadLen);
        int cap = payload.capturedLength();
        // decode_udp_ports adds the item over the rest of UDP's data, which is not cut to the UDP length (bytes of
        // the IP payload after the datagram are in its value), and words it with the captured payload's count
        u.addObj(PAYLOAD, tvb, 8, Math.max(0, tvb.capturedLength() - 8), null).label("UDP payload (" + cap + " byte"
                + (cap == 1 ? "" : "s") + ")");
        // decode_udp_ports hands the payload to the tree's root, not to UDP's parent: inside an ICMP error (or an
        // ICMPv6 redirect) the protocol above UDP, or its data, shows at the top level
        ProtoNode root = ctx.tree().root();
        try {
            Dissector d = ports.get(Math.min(sp, dp));
            if (d == null) {
                d = ports.get(Math.max(sp, dp));
            }
            if (d == null || d.dissect(payload, ctx, root) == 0) {
                if (heuristics.tryDissect(payload, ctx, root) == 0) {
                    DataModule.dissect(payload, ctx, root);
                }
            }
        } catch (BoundsException e) {
            // packet.c's call_dissector_work_error: in an error packet the protocol above ends silently, and UDP
            // (and what carries it) goes on as if it had taken its payload; but the capture running out
            // (BoundsError) is rethrown, which the ICMP/ICMPv6 quote's catch names after the quoted IP layer
            if (!quoted || InErrorPacket.rethrown(e, ctx)) {
                throw e;
            }
        }
        return Math.min(len, tvb.reportedLength());
    }
}
