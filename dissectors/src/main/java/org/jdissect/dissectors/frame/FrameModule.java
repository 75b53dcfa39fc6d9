package org.jdissect.dissectors.frame;

import static org.jdissect.dissectors.frame.FrameFields.*;

import java.util.List;
import org.jdissect.api.bytes.BoundsException;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.capture.CaptureReader;
import org.jdissect.api.capture.InterfaceInfo;
import org.jdissect.api.capture.LinkType;
import org.jdissect.api.capture.PacketRecord;
import org.jdissect.api.dissect.DisplayedFrames;
import org.jdissect.api.dissect.Dissector;
import org.jdissect.api.dissect.DissectorTable;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.dissect.Session;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.expert.ExpertDef;
import org.jdissect.api.limits.LimitExceededException;
import org.jdissect.api.tree.NsTime;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.common.StringItems;
import org.jdissect.dissectors.common.TypeLength;

/**
 * The root of every dissection: frame metadata (times, lengths, number), then the link layer by link type. It is
 * also where a layer's bounds error ends up, as a "[Malformed Packet: X]" or "[Packet size limited during capture:
 * X truncated]" item, so one bad packet never stops the capture.
 */
public final class FrameModule implements ProtocolModule {
    private DissectorTable linkTable;

    /**
     * Per-capture times: the first frame's and the previous one's, as Wireshark holds them (seconds and nanoseconds
     * apart, see {@link #wiresharkNanos}).
     */
    static final class TimeState {
        boolean seen;
        long firstSecs;
        long firstNsecs;
        long previousSecs;
        long previousNsecs;
        /** The file's description, looked up once on the first frame (a front end binds it before reading). */
        CaptureFile file;
        /** The last displayed frame's time, which a front end's display filter moves back (PacketContext). */
        DisplayedFrames displayed;
    }

    /**
     * What the frame dissector knows of the file being read: pcapng frames name their section and interface, as
     * tshark shows them ("on interface eth0, id 0"). A front end sets it with {@link #captureFile}; without it,
     * frames dissect as from a pcap file.
     */
    public static final class CaptureFile {
        final CaptureReader reader;

        CaptureFile(CaptureReader reader) {
            this.reader = reader;
        }

        boolean pcapng() {
            return reader != null && "pcapng".equals(reader.format());
        }

        /** The interface name tshark shows: if_name, else "unknown". */
        String interfaceName(int id) {
            List<InterfaceInfo> ifs = reader.interfaces();
            String n = id >= 0 && id < ifs.size() ? ifs.get(id).name() : null;
            return n == null ? "unknown" : n;
        }
    }

    /** Tells the frames of {@code session} which file they come from (the reader's interface list is live). */
    public static void captureFile(Session session, CaptureReader reader) {
        CaptureFile cf = session.get(CaptureFile.class, () -> new CaptureFile(reader));
        if (cf.reader != reader) {
            throw new IllegalStateException("session already bound to another capture file");
        }
    }

    @Override
    public String name() {
        return "frame";
    }

    @Override
    public void register(Registrar r) {
        r.fields(ALL);
        r.experts(MALFORMED_EXPERT, UNREASSEMBLED_EXPERT, DISSECTOR_BUG, REASSEMBLY_ERROR, TIME_INVALID, LEN_LT_CAPLEN,
                StringItems.TRAILING_STRAY, TypeLength.MISMATCH);
        linkTable = r.table(Engine.LINK_TABLE, "Link type", 0xffff);
        r.dissector(Engine.ROOT, this::dissect);
    }

    private int dissect(ByteView tvb, PacketContext ctx, ProtoNode root) {
        PacketRecord rec = ctx.record();
        long wsSecs = rec.rawSeconds();
        long wsNsecs = wiresharkNanos(rec);
        // the record's time as Wireshark reads it (a microsecond field of 4,295 s or more wraps), in nanoseconds
        long t = wsSecs * 1_000_000_000L + wsNsecs;
        TimeState ts = ctx.session().get(TimeState.class, TimeState::new);
        if (!ts.seen) {
            ts.seen = true;
            ts.firstSecs = wsSecs;
            ts.firstNsecs = wsNsecs;
            ts.previousSecs = wsSecs;
            ts.previousNsecs = wsNsecs;
            ts.file = ctx.session().get(CaptureFile.class, () -> new CaptureFile(null));
            ts.displayed = ctx.session().get(DisplayedFrames.class, DisplayedFrames::new);
        }
        int len = rec.originalLength();
        int cap = rec.capturedLength();
        ProtoNode f = root.addItem(FRAME, tvb, 0, tvb.capturedLength());
        boolean lab = ctx.labels();
        String head = !lab ? null : "Frame " + rec.number() + ": " + len + bytes(len) + " on wire (" + (len * 8L) + " bits), "
                + cap + bytes(cap) + " captured (" + (cap * 8L) + " bits)";
        CaptureFile file = ts.file;
        if (file.pcapng()) {
            // pcapng frames name their interface; tshark shows it only when the file has interface blocks
            int id = rec.interfaceId();
            String ifName = file.interfaceName(id);
            if (lab) {
                head += " on interface " + ifName + ", id " + id;
            }
            f.add(SECTION_NUMBER, tvb, 0, 0, 1);
            ProtoNode ifId = f.add(INTERFACE_ID, tvb, 0, 0, id).label("Interface id: " + id + " (" + ifName + ")");
            ifId.addObj(INTERFACE_NAME, tvb, 0, 0, ifName);
        }
        if (lab) {
            f.label(head);
        }
        // every frame counts as displayed until a front end's filter says otherwise (PacketContext.notDisplayed)
        long deltaDisplayed = ts.displayed.deltaAndMark(t);
        if (f.wantsAny(RECORD_ITEMS)) {
            recordItems(ctx, tvb, rec, f, lab, t, ts, deltaDisplayed, wsSecs, wsNsecs);
        }
        ProtoNode protocols = f.addObj(PROTOCOLS, tvb, 0, 0, "").generated();
        if (rec.comment() != null) {
            f.addObj(COMMENT, tvb, 0, 0, rec.comment());
        }
        ts.previousSecs = wsSecs;
        ts.previousNsecs = wsNsecs;

        Dissector link = linkTable.get(rec.linkType());
        if (link != null) {
            try {
                link.dissect(tvb, ctx, root);
            } catch (BoundsException e) {
                markBoundsError(e, tvb, ctx, root);
            } catch (RuntimeException | StackOverflowError e) {
                // a bug in a dissector (a plugin's, say) costs this packet's remaining layers, never the capture
                markDissectorBug(e, tvb, ctx, root);
            }
        }
        if (!protocols.isPhantom()) { // a string lookup otherwise
            protocols.setObj(ctx.protocolsText());
        }
        return tvb.capturedLength();
    }

    private static boolean inRange(long nsecs) {
        return nsecs >= 0 && nsecs < 1_000_000_000L;
    }

    /** Gives a time node the text of {@code v} when its nanoseconds cannot show it. */
    private static void time(ProtoNode n, NsTime v) {
        if (!v.canonical()) {
            n.setObj(v);
        }
    }

    /** " byte" or " bytes", as Wireshark's plurality() words a length. */
    private static String bytes(int n) {
        return n == 1 ? " byte" : " bytes";
    }

    /**
     * The fraction of a second as Wireshark's pcap reader keeps it: a microsecond field times 1000 in 32 bits, a
     * nanosecond field as it is, in a signed int, not carried into the seconds. It lies outside 0..999,999,999 only
     * in fuzzed files (pcapng and the others give normalised times).
     */
    static long wiresharkNanos(PacketRecord rec) {
        long frac = rec.rawFraction();
        long units = rec.rawFractionUnits();
        if (frac < units) {
            return frac * (1_000_000_000L / units);
        }
        return units == 1_000_000L ? (int) (frac * 1000) : (int) frac;
    }

    /** Encapsulation, times, number and lengths of the frame, as tshark lists them. */
    private static void recordItems(PacketContext ctx, ByteView tvb, PacketRecord rec, ProtoNode f, boolean lab,
                                    long t, TimeState ts, long deltaDisplayed, long wsSecs, long wsNsecs) {
        int len = rec.originalLength();
        int cap = rec.capturedLength();
        ProtoNode encap = f.add(ENCAP_TYPE, tvb, 0, 0, LinkType.wtapEncap(rec.linkType()));
        if (lab) {
            encap.label("Encapsulation type: " + LinkType.wiresharkName(rec.linkType()) + " ("
                    + LinkType.wtapEncap(rec.linkType()) + ")");
        }
        ProtoNode time = f.add(TIME, tvb, 0, 0, t);
        boolean odd = !inRange(wsNsecs);
        // a date a long's nanoseconds cannot hold (a fuzzed pcapng timestamp in the year 4139): shown from its seconds
        boolean far = !NsTime.fitsNanos(wsSecs) || !NsTime.fitsNanos(ts.previousSecs)
                || !NsTime.fitsNanos(ts.firstSecs);
        if (!NsTime.fitsNanos(wsSecs)) {
            time.setObj(new NsTime(wsSecs, wsNsecs));
        }
        if (odd) {
            // a fraction of a second or more (or below zero) in the pcap record: tshark shows it as the file holds
            // it, and notes it
            time.setObj(new NsTime(wsSecs, wsNsecs));
            Expert.add(f, TIME_INVALID, "Arrival Time: Fractional second "
                    + String.format(java.util.Locale.ROOT, "%09d", wsNsecs)
                    + " is invalid, the valid range is 0-1000000000", "Frame"); // packet-frame.c's short name
        }
        f.add(OFFSET_SHIFT, tvb, 0, 0, 0).generated();
        ProtoNode epoch = f.add(TIME_EPOCH, tvb, 0, 0, t);
        long previous = ts.previousSecs * 1_000_000_000L + ts.previousNsecs;
        ProtoNode delta = f.add(TIME_DELTA, tvb, 0, 0, t - previous).generated();
        ProtoNode deltaShown = f.add(TIME_DELTA_DISPLAYED, tvb, 0, 0, deltaDisplayed).generated();
        ProtoNode relative = f.add(TIME_RELATIVE, tvb, 0, 0,
                t - (ts.firstSecs * 1_000_000_000L + ts.firstNsecs)).generated();
        if (odd || far || !inRange(ts.previousNsecs) || !inRange(ts.firstNsecs)) {
            // the deltas as nstime_delta makes them from such a time (the same nanoseconds, other text)
            time(epoch, new NsTime(wsSecs, wsNsecs));
            NsTime d = NsTime.delta(wsSecs, wsNsecs, ts.previousSecs, ts.previousNsecs);
            time(delta, d);
            if (deltaDisplayed == t - previous) {
                time(deltaShown, d); // every frame is displayed unless a front end's filter said otherwise
            }
            time(relative, NsTime.delta(wsSecs, wsNsecs, ts.firstSecs, ts.firstNsecs));
        }
        f.add(NUMBER, tvb, 0, 0, rec.number());
        ProtoNode lenNode = f.add(LEN, tvb, 0, 0, len);
        ProtoNode capNode = f.add(CAP_LEN, tvb, 0, 0, cap);
        if (lab) {
            lenNode.label("Frame Length: " + len + bytes(len) + " (" + (len * 8L) + " bits)");
            capNode.label("Capture Length: " + cap + bytes(cap) + " (" + (cap * 8L) + " bits)");
        }
        if (len < cap) {
            Expert.add(lenNode, LEN_LT_CAPLEN, LEN_LT_CAPLEN.summary(), "Frame");
        }
        f.add(MARKED, tvb, 0, 0, 0).generated();
        f.add(IGNORED, tvb, 0, 0, 0).generated();
    }

    /** Wireshark's marker for an exception a dissector should not have thrown (show_exception.c, DissectorError). */
    static void markDissectorBug(Throwable e, ByteView tvb, PacketContext ctx, ProtoNode root) {
        String message;
        if (e instanceof LimitExceededException limit) {
            // a cap, not a bug: Wireshark throws its tree limits as DissectorError too, and shows just the message
            message = limit.getMessage();
            ctx.countLimit(limit.limit(), message);
        } else {
            message = e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        String text = "Dissector bug, protocol " + ctx.currentProto() + ": " + message;
        ProtoNode m = root.addItem(MALFORMED, tvb, 0, 0).label("[" + text + "]");
        // the expert message is the exception's own, as show_exception.c words it
        Expert.add(ctx, m, DISSECTOR_BUG, message);
    }

    /** Adds tshark's marker for bytes that ran out in the layer being dissected. */
    public static void markBoundsError(BoundsException e, ByteView tvb, PacketContext ctx, ProtoNode root) {
        String proto = ctx.currentProto();
        if (e.kind() == BoundsException.Kind.TRUNCATED) {
            // a BoundsError is no error packet-ethertype.c catches: packet-frame.c shows it, over the frame's tvb
            root.addItem(SHORT, ctx.record().data(), 0, 0).label("[Packet size limited during capture: " + proto
                    + " truncated]");
        } else if (ctx.fragmented && e.kind() == BoundsException.Kind.MALFORMED) {
            // show_exception.c: while pinfo->fragmented (packet-ber.c's octet string reassembly sets it), a bounds
            // error is taken for a missing fragment, not for a malformed packet
            String why = ctx.noReassemblyReason == null ? "" : ctx.noReassemblyReason;
            ProtoNode m = root.addItem(UNREASSEMBLED, tvb, 0, 0).label("[BoundError Unreassembled Packet" + why + ": "
                    + proto + "]");
            Expert.add(ctx, m, UNREASSEMBLED_EXPERT);
        } else {
            // show_exception.c: a ContainedBoundsError names its cause after the protocol
            ProtoNode m = root.addItem(MALFORMED, tvb, 0, 0).label("[Malformed Packet: " + proto
                    + (e.kind() == BoundsException.Kind.CONTAINED ? ": " + e.getMessage() : "") + "]");
            // not a layer: tshark's frame.protocols (and Protocol column) never name the marker
            Expert.add(ctx, m, MALFORMED_EXPERT);
        }
    }

    /**
     * The tvb of the dissector that catches the exceptions of the layers it calls and shows them (packet-ethertype.c
     * catches its payload's), for a layer that marks its own exception where tshark would have thrown it.
     */
    public record Catcher(ByteView tvb) {
    }

    /**
     * Adds tshark's marker for a ReassemblyError thrown by {@code proto}'s reassembly: "[Reassembly error, protocol
     * TCP: message]" at the top of the tree, with its expert finding; the packet's remaining layers are not dissected.
     */
    public static void markReassemblyError(PacketContext ctx, ProtoNode root, ByteView tvb, String proto,
                                           String message) {
        // shown where the exception is caught: over the payload of packet-ethertype.c, else over the frame
        Catcher c = ctx.get(Catcher.class);
        ByteView at = c != null ? c.tvb() : ctx.record().data();
        ProtoNode m = root.addItem(MALFORMED, at, 0, 0).label("[Reassembly error, protocol " + proto + ": " + message
                + "]");
        Expert.add(ctx, m, REASSEMBLY_ERROR, message);
    }

    /**
     * Adds a finding of the malformed group under {@code item}, with the hidden {@code _ws.malformed} item expert.c
     * adds beside every such finding (so that the filter "_ws.malformed" matches the packet).
     */
    public static void addMalformedFinding(PacketContext ctx, ProtoNode item, ByteView tvb, ExpertDef def,
                                           String message) {
        Expert.add(ctx, item, def, message); // which adds the hidden _ws.malformed item for the malformed group
    }
}
