package org.jdissect.dissectors.tcp;

import static org.jdissect.dissectors.tcp.TcpFields.*;

import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.Dissector;
import org.jdissect.api.dissect.DissectorTable;
import org.jdissect.api.dissect.Handoff;
import org.jdissect.api.dissect.HeuristicList;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.limits.Limit;
import org.jdissect.api.pref.BoolPref;
import org.jdissect.api.pref.Preferences;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.common.InternetChecksum;
import org.jdissect.dissectors.data.DataModule;
import org.jdissect.dissectors.ipv4.Ipv4Module;

/**
 * TCP as tshark shows it by default: relative sequence numbers, stream indexes, window scaling learnt from the
 * handshake, per-stream times, options, then the payload to the port table (lower port first, then the higher,
 * then heuristics, then data) with reassembly of PDUs that span segments.
 */
public final class TcpModule implements ProtocolModule {
    public static final String PORT_TABLE = "tcp.port";
    public static final String HEURISTICS = "tcp";
    /** tshark's tcp.check_checksum: verify the checksum; a bad one keeps the segment out of reassembly. */
    public static final BoolPref CHECK_CHECKSUM = new BoolPref("tcp.check_checksum", "Whether to validate the TCP"
            + " checksum or not.  (Invalid checksums will cause reassembly, if enabled, to fail.)", false);
    /** tshark's tcp.analyze_sequence_numbers: the SEQ/ACK analysis (off: raw numbers, no analysis tree). */
    public static final BoolPref ANALYZE_SEQ = new BoolPref("tcp.analyze_sequence_numbers", "Make the TCP dissector"
            + " analyze TCP sequence numbers to find and flag segment retransmissions, missing segments and RTT",
            true);
    /** tshark's tcp.relative_sequence_numbers (which needs the analysis). */
    public static final BoolPref RELATIVE_SEQ = new BoolPref("tcp.relative_sequence_numbers", "Make the TCP"
            + " dissector use relative sequence numbers instead of absolute ones. To use this option you must also"
            + " enable \"Analyze TCP sequence numbers\". ", true);
    /** tshark's tcp.track_bytes_in_flight (which needs the analysis). */
    public static final BoolPref TRACK_BYTES_IN_FLIGHT = new BoolPref("tcp.track_bytes_in_flight", "Make the TCP"
            + " dissector track the number on un-ACKed bytes of data are in flight per packet. To use this option you"
            + " must also enable \"Analyze TCP sequence numbers\". This takes a lot of memory but allows you to track"
            + " how much data are in flight at a time and graphing it in io-graphs", true);
    /** tshark's tcp.calculate_timestamps: the stream's "Timestamps" subtree. */
    public static final BoolPref CALCULATE_TIMESTAMPS = new BoolPref("tcp.calculate_timestamps", "Calculate"
            + " timestamps relative to the first frame and the previous frame in the tcp conversation", true);
    /** tshark's tcp.desegment_tcp_streams: whether protocols above may ask for more bytes (reassembly). */
    public static final BoolPref DESEGMENT = new BoolPref("tcp.desegment_tcp_streams", "Whether subdissector can"
            + " request TCP streams to be reassembled", true);
    private static final InternetChecksum.Verified VERIFIED = new InternetChecksum.Verified(CHECKSUM,
            CHECKSUM_STATUS_F, CHECKSUM_CALCULATED, EI_CHECKSUM_BAD, "(maybe caused by \"TCP checksum offload\"?)",
            false);
    private static final String[] FLAG_NAMES = {"FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR", "AE"};

    private DissectorTable ports;
    private HeuristicList heuristics;

    @Override
    public String name() {
        return "tcp";
    }

    @Override
    public void register(Registrar r) {
        r.fields(ALL);
        r.experts(EXPERTS);
        r.preferences(CHECK_CHECKSUM, DESEGMENT, ANALYZE_SEQ, RELATIVE_SEQ, TRACK_BYTES_IN_FLIGHT,
                CALCULATE_TIMESTAMPS);
        ports = r.table(PORT_TABLE, "TCP port", 0xffff);
        heuristics = r.heuristics(HEURISTICS);
        r.dissector("tcp", this::dissect);
    }

    @Override
    public void handoff(Handoff h) {
        h.table(Ipv4Module.PROTO_TABLE).add(6, "tcp", this::dissect);
    }

    int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ctx.setCurrentProto("TCP");
        ctx.addProtocol("tcp");
        int srcPort = tvb.u16(0);
        int dstPort = tvb.u16(2);
        ProtoNode tcp = parent.addItem(TCP, tvb, 0, Math.min(20, tvb.capturedLength()));
        if (ctx.labels()) {
            // the ports go into the item's text at once (a header cut short after them keeps them there); the
            // sequence numbers and length are added below
            tcp.label("Transmission Control Protocol, Src Port: " + srcPort + ", Dst Port: " + dstPort);
        }
        // each group of items below is skipped with one test when the tree keeps none of it (see wantsAny)
        if (tcp.wantsAny(PORT_ITEMS)) {
            tcp.add(SRCPORT, tvb, 0, 2, srcPort);
            tcp.add(DSTPORT, tvb, 2, 2, dstPort);
            tcp.add(PORT, tvb, 0, 2, srcPort).hidden();
            tcp.add(PORT, tvb, 2, 2, dstPort).hidden();
        }
        // a header quoted by an ICMP or ICMPv6 error is not a segment of its connection (packet-tcp.c, in_error_pkt):
        // no segment length, no sequence analysis, numbers shown raw, no reassembly; the conversation's stream,
        // completeness, times and closing still take it in. Quoted by ICMP over IPv4, the raw sequence number is
        // shown at once, since such a quote may end after it
        boolean inError = ctx.get(org.jdissect.dissectors.icmp.InErrorPacket.class) != null;
        boolean icmpIp = inError && ctx.netVersion == 4;
        if (icmpIp && tcp.wantsAny(SEQ_ACK_ITEMS)) {
            tcp.add(SEQ, tvb, 4, 4, tvb.u32(4));
        }
        ctx.srcPort = srcPort;
        ctx.dstPort = dstPort;
        ctx.portType = "tcp";
        long seq = tvb.u32(4);
        long ack = tvb.u32(8);
        int offFlags = tvb.u16(12);
        int hlen = (offFlags >> 12) * 4;
        int flags = offFlags & 0x0fff;
        int window = tvb.u16(14);
        int reportedPayload = tvb.reportedLength() - hlen;
        // a segment shorter than its own header (an IP total length that cuts it): packet-tcp.c has no segment
        // length for it, so, as for a quoted header, no sequence analysis and raw numbers
        boolean shortSegment = !inError && reportedPayload < 0;
        boolean noSegLen = inError || shortSegment;
        int segLen = noSegLen ? 0 : Math.max(0, reportedPayload);
        boolean syn = (flags & 0x02) != 0;
        boolean ackFlag = (flags & 0x10) != 0;
        boolean fin = (flags & 0x01) != 0;
        boolean rst = (flags & 0x04) != 0;

        // ---- conversation and flows --------------------------------------------------------------------------
        TcpStreams streams = ctx.session().state(TcpStreams.class, TcpStreams::new);
        long s1;
        long s2;
        long d1;
        long d2;
        if (ctx.netVersion == 6 && ctx.src6 != null) {
            s1 = ctx.src6.u64(0);
            s2 = ctx.src6.u64(8);
            d1 = ctx.dst6.u64(0);
            d2 = ctx.dst6.u64(8);
        } else {
            s1 = ctx.src4;
            s2 = 0;
            d1 = ctx.dst4;
            d2 = 0;
        }
        long now = ctx.record().epochSeconds() * 1_000_000_000L + ctx.record().nanos();
        TcpStreams.Conversation conv = streams.find(s1, s2, srcPort, d1, d2, dstPort);
        boolean reused = false;
        boolean created = false;
        if (conv != null && syn && !ackFlag) {
            TcpStreams.Flow f = conv.flows[conv.direction(s1, s2, srcPort)];
            if (f.baseSet && seq != f.baseSeq) {
                conv = null; // port reuse: a new connection on the same address/port pair
                reused = true;
            }
        }
        if (conv == null) {
            conv = streams.create(now, s1, s2, srcPort);
            created = true;
            conv.reusedPorts = reused;
            if (streams.prior != null) {
                // a second pass of two starts from what the first ended with (tshark's second pass finds the
                // conversation made, and adds to its completeness again)
                conv.completeness = (int) streams.prior.completeness.get(conv.stream);
            } else if (reused) {
                // a connection that replaces one on the same ports shows its own SYN as already seen, where a first
                // connection's SYN shows 0 (tshark 4.0.17, checked on crafted reuse, retransmitted-SYN and RST cases)
                conv.completeness = 1;
            }
            if (streams.lastEvicted != null) {
                reportEviction(ctx, tcp, streams);
            }
        }
        int dir = conv.direction(s1, s2, srcPort);
        TcpStreams.Flow fwd = conv.flows[dir];
        TcpStreams.Flow rev = conv.flows[1 - dir];
        // Accurate ECN (tshark 4.0.17 on crafted handshakes): a SYN asking for it (AE, CWR and ECE set) and a SYN-ACK
        // agreeing (AE,CWR,ECE of 010, 011, 100 or 110), or an AccECN option, make the three bits one counter, ACE,
        // on every later segment
        if (!inError) {
            if (syn && !ackFlag) {
                conv.accEcnSyn = (flags & 0x1c0) == 0x1c0;
            } else if (syn) {
                // assigned on every SYN-ACK: a connection set up again on the same ports without AccECN drops it
                conv.accEcnSynAck = conv.accEcnSyn && ((flags & 0x180) == 0x080 || (flags & 0x140) == 0x100);
            }
        }
        // the latest SYN counts: one set up again without AccECN turns the counter off, answered or not
        boolean ace = !syn && (conv.accEcnSyn && conv.accEcnSynAck || conv.accEcnOption);
        if (!inError && hlen > 20 && TcpOptions.hasAccurateEcn(tvb, 20, hlen - 20)) {
            // dissect_tcpopt_acc_ecn: a well-formed Accurate ECN option turns the counter on from the next segment
            conv.accEcnOption = true;
        }
        // tcp_calculate_timestamps runs as soon as the conversation is known, before anything can throw
        long previousTime = conv.lastTime;
        conv.lastTime = now;
        if (syn && ackFlag && !inError && fwd.baseSet && seq != fwd.baseSeq) {
            // a SYN-ACK with another initial sequence number than its side's: tshark 4.0.17 flags the ports as reused
            // and counts that side's numbers from it, in the same stream (at once: a short segment, which has no
            // length and no analysis, moves the base too)
            conv.reusedPorts = true;
            fwd.rebase(seq);
        }
        if (!fwd.baseSet && !noSegLen) {
            fwd.baseSeq = syn ? seq : seq - 1;
            fwd.baseSet = true;
        }
        if (!rev.baseSet && ackFlag && !noSegLen) {
            rev.baseSeq = ack - 1;
            rev.baseSet = true;
        }
        long relSeq = noSegLen ? seq : (seq - fwd.baseSeq) & 0xffffffffL;
        long relAck = ackFlag && !noSegLen ? (ack - rev.baseSeq) & 0xffffffffL : ack;
        // a SYN and a FIN in one segment count one byte between them, as packet-tcp.c counts them
        int span = segLen + (syn || fin ? 1 : 0);
        long nxtSeq = (relSeq + span) & 0xffffffffL;
        // what the tree shows: relative numbers (tshark's default, which needs the analysis) or the raw ones;
        // reassembly and the layers above count in relative numbers either way
        Preferences prefs = ctx.engine().preferences();
        boolean analyze = prefs.on(ANALYZE_SEQ);
        boolean relative = analyze && prefs.on(RELATIVE_SEQ);
        long shownSeq = relative ? relSeq : seq;
        long shownAck = relative ? relAck : ack;
        long shownNxt = relative ? nxtSeq : (seq + span) & 0xffffffffL;

        TcpOptions.Parsed opts = streams.options.clear();
        if (hlen > 20) {
            // the options the capture kept: packet-tcp.c's option dissectors note what they read (a window scale)
            // before a later option cut short throws
            TcpOptions.scan(tvb, 20, hlen - 20, opts);
        }

        // ---- sequence analysis, before the tree as in Wireshark (iRTT is learnt after it) ---------------------
        TcpAnalysis.Result ta = streams.analysis;
        if (noSegLen || !analyze) {
            ta.reset();
        } else {
            TcpAnalysis.analyze(ta, conv, fwd, rev, ctx.frameNumber(), now, seq, ack, segLen, flags,
                    window, rev.winScale, streams.listsUnacked(ctx), prefs.on(TRACK_BYTES_IN_FLIGHT));
        }
        // the window is shown scaled as known before this segment's own options; in a second pass of two, as its flow
        // ended (tshark's second pass reads the conversation's), except on a SYN, which shows what was known then
        int scale = syn ? fwd.winScale : streams.shownWindowScale(conv, dir, fwd.winScale);
        if (opts.wscale >= 0) {
            fwd.winScale = opts.wscale; // dissect_tcpopt_wscale does not look at the flags
        }
        streams.noteWindowScales(conv);
        conv.reusedPorts = false;
        // only the latest segment's SACK blocks count (none when it has no SACK option)
        fwd.sackCount = Math.max(0, opts.sackCount);
        System.arraycopy(opts.sackLeft, 0, fwd.sackLeft, 0, fwd.sackCount);
        System.arraycopy(opts.sackRight, 0, fwd.sackRight, 0, fwd.sackCount);

        // ---- the tree ----------------------------------------------------------------------------------------
        boolean lab = ctx.labels(); // text only a tree printer shows: skipped when only values are printed
        int completenessShown = conv.completeness;
        if (tcp.wantsAny(CONVERSATION_ITEMS)) {
            tcp.add(STREAM, tvb, 0, 0, conv.stream).generated();
            ProtoNode compl = tcp.add(COMPLETENESS_F, tvb, 0, 0, completenessShown).generated();
            if (lab) {
                compl.label("Conversation completeness: " + completenessText(completenessShown));
            }
        }
        if (shortSegment) {
            shortSegmentItem(tvb, ctx, tcp);
        } else if (!inError) {
            tcp.add(LEN, tvb, 0, 0, segLen).generated();
        }
        String summary = lab ? "Transmission Control Protocol, Src Port: " + srcPort + ", Dst Port: " + dstPort
                + ", Seq: " + shownSeq : null;
        if (hlen < 20) {
            bogusHeader(tvb, ctx, tcp, lab, summary, icmpIp, seq, shownSeq, relative, hlen, flags, shownAck,
                    shownWindow(window, syn, scale, false));
            return tvb.capturedLength();
        }
        // the handshake's round trip is learnt past the header length check (a bogus SYN is no SYN for it)
        if (syn && !ackFlag) {
            conv.mruSyn = now;
        } else if (ackFlag && !syn && conv.mruSyn >= 0 && conv.firstRtt == 0) {
            conv.firstRtt = now - conv.mruSyn;
            if (streams.notes != null) {
                streams.notes.firstRtt.put(conv.stream, conv.firstRtt);
            }
        }
        // a bogus header counts for nothing; in a second pass of two no frame starts its conversation (tshark's
        // second pass finds every one made)
        boolean again = streams.prior != null;
        conv.completeness |= completenessBits(flags, segLen, created && !again, reused && !again);
        if (streams.notes != null) {
            streams.notes.completeness.put(conv.stream, conv.completeness);
        }
        if (lab) {
            tcp.label(summary + (ackFlag ? ", Ack: " + shownAck : "") + (noSegLen ? "" : ", Len: " + segLen));
        }
        if (tcp.wantsAny(SEQ_ACK_ITEMS)) {
            seqAckItems(tvb, ctx, tcp, lab, seq, shownSeq, shownNxt, ack, shownAck, ackFlag, noSegLen, icmpIp,
                    relative, syn);
        }
        headerLength(tvb, tcp, lab, hlen);
        tcp.setLength(itemLength(tvb, ctx, hlen));
        // the first side to send a FIN initiates the closing; the other side's FIN undergoes it
        boolean closes = fin && !rev.closingInitiator;
        if (closes) {
            fwd.closingInitiator = true;
        }
        if (tcp.wantsAny(FLAG_ITEMS)) {
            flagItems(tvb, ctx, tcp, lab, flags, srcPort, dstPort, closes, ace);
        }
        // packet-tcp.c checks a segment only when told to and when all of it is here (not a fragment); a bad one is
        // not desegmented
        int reported = tvb.reportedLength();
        boolean verify = !ctx.fragmented && tvb.has(0, reported) && prefs.on(CHECK_CHECKSUM);
        int computed = verify ? InternetChecksum.fold(InternetChecksum.sum(tvb, 0, reported,
                InternetChecksum.pseudoHeader(ctx, 6, reported))) : 0;
        boolean badChecksum = computed != 0;
        if (badChecksum) {
            ctx.noReassemblyReason = " [incorrect TCP checksum]";
        }
        boolean windowGroup = tcp.wantsAny(WINDOW_ITEMS);
        if (windowGroup) {
            windowItems(tvb, tcp, lab, window, syn, scale, noSegLen);
        }
        // read only now, as packet-tcp.c reads them: a header cut after its window has its stream, numbers and flags
        int checksum = tvb.u16(16);
        if (windowGroup) {
            checksumItems(tvb, ctx, tcp, checksum, verify, computed);
        }
        int urgent = tvb.u16(18);
        if (windowGroup) {
            ProtoNode urg = tcp.add(URGENT_POINTER, tvb, 18, 2, urgent);
            if (urgent != 0 && (flags & 0x20) == 0) {
                Expert.add(ctx, urg, EI_URGENT_NONZERO);
            }
        }
        optionsTimesAnalysis(tvb, ctx, tcp, hlen, lab, ackFlag ? rev : null, relative, conv, now, previousTime, ta,
                prefs.on(CALCULATE_TIMESTAMPS), streams.shownFirstRtt(conv));
        if (syn) {
            // after the options, as packet-tcp.c: a SYN whose options threw (cut short) leaves the scale unknown
            verifyWindowScaling(fwd, rev, ackFlag);
            streams.noteWindowScales(conv);
        }

        // ---- payload -----------------------------------------------------------------------------------------
        if (inError) {
            quotedPayload(tvb.tail(Math.min(hlen, tvb.capturedLength())), ctx, parent, tcp, streams, conv, dir,
                    relSeq, fin, rst, srcPort, dstPort, lab);
            return tvb.capturedLength();
        }
        if (fin && !noSegLen && fwd.untilFin && untilFin(tvb, hlen, segLen, ctx, parent, tcp, streams, fwd, relSeq,
                nxtSeq, dir, conv, srcPort, dstPort)) {
            return tvb.capturedLength();
        }
        if (segLen == 0 || rst) {
            if (rst && segLen > 0) {
                // packet-tcp.c shows a RST's data as text and hands it to no one
                int n = Math.min(segLen, tvb.remaining(hlen));
                org.jdissect.dissectors.common.StringItems.noteStray(tcp.addAscii(RESET_CAUSE, tvb, hlen, n), tvb,
                        hlen, n, ctx);
            }
            return tvb.capturedLength();
        }
        handOver(tvb.sliceReported(hlen, segLen), ctx, parent, tcp, streams, conv, dir, relSeq, nxtSeq, segLen, fin,
                srcPort, dstPort, lab, badChecksum || !prefs.on(DESEGMENT));
        return tvb.capturedLength();
    }

    /** The checksum, unverified (the default) or checked as proto_tree_add_checksum and packet-tcp.c show it. */
    private static void checksumItems(ByteView tvb, PacketContext ctx, ProtoNode tcp, int stored, boolean verify,
                                      int computed) {
        if (!verify) {
            tcp.add(CHECKSUM, tvb, 16, 2, stored).appendLabel(" [unverified]");
            tcp.add(CHECKSUM_STATUS_F, tvb, 16, 0, 2).generated();
        } else if (computed == 0 && stored == 0xffff) {
            // RFC 1624: the other zero; most stacks take it, so the segment is still desegmented
            ProtoNode c = tcp.add(CHECKSUM, tvb, 16, 2, stored);
            if (ctx.labels()) {
                c.label("Checksum: 0xffff [should be 0x0000 (see RFC 1624)]");
            }
            c.add(CHECKSUM_CALCULATED, tvb, 16, 2, 0).generated();
            Expert.add(ctx, c.add(CHECKSUM_STATUS_F, tvb, 16, 0, 4).generated(), EI_CHECKSUM_FFFF);
        } else {
            VERIFIED.add(ctx, tcp, tvb, 16, stored, computed);
        }
    }

    /**
     * A FIN in a flow whose protocol asked for everything up to it: the first such FIN ends the pending PDU (true when
     * that PDU was reassembled and handed up, the segment's own payload with it); a later one is marked as a
     * retransmission of it and dissected as usual.
     */
    private boolean untilFin(ByteView tvb, int hlen, int segLen, PacketContext ctx, ProtoNode parent, ProtoNode tcp,
                             TcpStreams streams, TcpStreams.Flow fwd, long relSeq, long nxtSeq, int dir,
                             TcpStreams.Conversation conv, int srcPort, int dstPort) {
        long frame = ctx.frameNumber();
        if (fwd.finFrame != 0 && fwd.finFrame != frame) {
            tcp.add(FIN_RETRANSMISSION, tvb, 0, 0, fwd.finFrame);
            return false;
        }
        fwd.finFrame = frame;
        if (!streams.handsPayloadUp(ctx)) {
            return false;
        }
        TcpInfo info = payloadInfo(ctx, streams, conv, dir, relSeq, nxtSeq, true, srcPort, dstPort);
        return TcpReassembly.finishAtFin(tvb.sliceReported(hlen, segLen), relSeq, segLen, ctx, parent, tcp, streams,
                fwd, info, this);
    }

    /**
     * The payload item, and the payload handed to the protocol above (through reassembly). The steps of
     * {@link #dissect} are methods of their own so that C2 compiles each quickly: as one method of 1,841 bytecodes it
     * took a quarter of a second, during which the whole packet path ran on C1's code.
     */
    private void handOver(ByteView payload, PacketContext ctx, ProtoNode parent, ProtoNode tcp, TcpStreams streams,
                          TcpStreams.Conversation conv, int dir, long relSeq, long nxtSeq, int segLen, boolean fin,
                          int srcPort, int dstPort, boolean lab, boolean noDesegment) {
        int cap = payload.capturedLength();
        if (cap == 0) {
            // none of the payload captured: tshark 4.0.17 shows no payload item and hands nothing up (checked on
            // segments cut at the end of their header, retransmitted or not)
            return;
        }
        if (!streams.handsPayloadUp(ctx)) {
            // nothing kept comes from above TCP (a filter on addresses and flags): tshark would dissect the payload,
            // but nothing it shows depends on that. The payload item stays, as it is TCP's own
            tcp.addObj(PAYLOAD, payload, 0, cap, null);
            return;
        }
        ProtoNode pl = tcp.addObj(PAYLOAD, payload, 0, cap, null); // bytes read from the view when asked for
        if (lab) {
            pl.label("TCP payload (" + segLen + " byte" + (segLen == 1 ? "" : "s") + ")");
        }
        TcpInfo info = payloadInfo(ctx, streams, conv, dir, relSeq, nxtSeq, fin, srcPort, dstPort);
        // tshark's default: retransmitted or out-of-order segments go to no subdissector, but they still fill
        // their place in a PDU being reassembled
        TcpAnalysis.Result ta = streams.analysis;
        boolean retrans = (ta.flags & TcpAnalysis.RETRANSMISSION) != 0;
        boolean suspect = (ta.flags & (TcpAnalysis.RETRANSMISSION | TcpAnalysis.OUT_OF_ORDER)) != 0;
        TcpStreams.Flow fwd = conv.flows[dir];
        if (noDesegment || cap < segLen) {
            // a bad checksum, reassembly turned off (tcp.desegment_tcp_streams), or a segment not all captured
            // (packet-tcp.c's desegment_ok): decode_tcp_ports holds back retransmissions and out-of-order segments
            // only, so a spurious retransmission is handed up
            TcpReassembly.undesegmented(payload, relSeq, segLen, ctx, parent, tcp, streams, fwd, info, this, suspect);
            return;
        }
        if ((ta.flags & TcpAnalysis.SPURIOUS_RETRANSMISSION) != 0) {
            // bytes the receiver has acknowledged already: tshark 4.0 shows the payload and hands it nowhere, once
            // desegment_tcp's first test has shown a resent PDU start as retransmitted segment data
            TcpReassembly.resentPduStart(payload, relSeq, segLen, ctx, tcp, fwd);
            return;
        }
        // what tshark 4.0 shows (tcp-loss.pcap): out-of-order segments and fast retransmissions take their place in
        // a PDU being reassembled; a plain (timeout) retransmission of bytes already held does not
        boolean joinsPdu = !retrans || (ta.flags & TcpAnalysis.FAST_RETRANSMISSION) != 0;
        TcpReassembly.deliver(payload, relSeq, segLen, ctx, parent, tcp, streams, fwd, info, this, suspect, retrans,
                joinsPdu);
    }

    /** What the protocol above learns of this segment ({@code ctx.get(TcpInfo.class)}). */
    private TcpInfo payloadInfo(PacketContext ctx, TcpStreams streams, TcpStreams.Conversation conv, int dir,
                                       long relSeq, long nxtSeq, boolean fin, int srcPort, int dstPort) {
        TcpInfo info = ctx.get(TcpInfo.class);
        if (info == null) {
            info = streams.info; // read only while this packet is dissected: one per capture will do
        }
        info.stream = conv.stream;
        info.direction = dir;
        info.seq = relSeq;
        info.nxtseq = nxtSeq;
        info.fin = fin;
        info.srcPort = srcPort;
        info.dstPort = dstPort;
        info.keepAlive = (streams.analysis.flags & TcpAnalysis.KEEP_ALIVE) != 0;
        info.module = this;
        ctx.put(TcpInfo.class, info);
        return info;
    }

    /**
     * The payload of a header quoted by an ICMP error: its item counts the bytes the quote holds, and the protocol
     * above gets them once, unable to ask for more (no reassembly, nothing held for later segments).
     */
    private void quotedPayload(ByteView payload, PacketContext ctx, ProtoNode parent, ProtoNode tcp,
                               TcpStreams streams, TcpStreams.Conversation conv, int dir, long seq, boolean fin,
                               boolean rst, int srcPort, int dstPort, boolean lab) {
        int n = payload.reportedLength();
        if (n == 0 || rst) {
            return;
        }
        ProtoNode pl = tcp.addObj(PAYLOAD, payload, 0, payload.capturedLength(), null);
        if (lab) {
            pl.label("TCP payload (" + n + " byte" + (n == 1 ? "" : "s") + ")");
        }
        if (!streams.handsPayloadUp(ctx)) {
            return;
        }
        TcpInfo info = new TcpInfo();
        info.stream = conv.stream;
        info.direction = dir;
        info.seq = seq;
        info.nxtseq = seq + n;
        info.fin = fin;
        info.srcPort = srcPort;
        info.dstPort = dstPort;
        info.canDesegment = false;
        info.module = this;
        TcpInfo saved = ctx.get(TcpInfo.class);
        ctx.put(TcpInfo.class, info);
        try {
            callSubdissector(payload, ctx, parent, info);
        } finally {
            ctx.put(TcpInfo.class, saved);
        }
    }

    /** The options' items, the conversation times, and the sequence analysis's items and expert findings. */
    private static void optionsTimesAnalysis(ByteView tvb, PacketContext ctx, ProtoNode tcp, int hlen, boolean lab,
                                             TcpStreams.Flow acked, boolean relative, TcpStreams.Conversation conv,
                                             long now, long previousTime, TcpAnalysis.Result ta, boolean times,
                                             long firstRtt) {
        // packet-tcp.c: the options item, the stream's times, then the options under the item (options the snapshot
        // length cuts end the header there, after the times)
        boolean options = hlen > 20 && (lab || tcp.wantsAny(OPTION_ITEMS) || TcpOptions.hasSack(tvb, 20, hlen - 20));
        ProtoNode opts = options ? TcpOptions.item(tvb, 20, hlen - 20, tcp, lab) : null;
        if (times && tcp.wantsAny(TIME_ITEMS)) {
            ProtoNode t = tcp.addText(tvb, 0, 0, "Timestamps").generated();
            t.add(TIME_RELATIVE, tvb, 0, 0, now - conv.firstTime).generated();
            t.add(TIME_DELTA, tvb, 0, 0, now - previousTime).generated();
        }
        if (options) {
            TcpOptions.fill(opts, tvb, 20, hlen - 20, acked, relative, lab, !ctx.treeless());
        } else if (hlen > 20 && !TcpOptions.plain(tvb, 20, hlen - 20)) {
            // nothing shows the options, but packet-tcp.c dissects them with no tree as with one: one that reads past
            // its length or the capture ends the header there (a malformed or cut packet, nothing handed up, a SYN's
            // window scale left unknown), so all but those that cannot throw are dissected into phantoms
            TcpOptions.fill(TcpOptions.item(tvb, 20, hlen - 20, tcp, false), tvb, 20, hlen - 20, acked, relative,
                    false, !ctx.treeless());
        }
        TcpAnalysis.print(ta, firstRtt, ctx, tvb, tcp);
    }

    /**
     * A data offset below 5: Wireshark gives up after the sequence number (no next sequence, ack, flags or analysis),
     * though it wrote the flags, numbers and window into Info before the check.
     */
    private static void bogusHeader(ByteView tvb, PacketContext ctx, ProtoNode tcp, boolean lab, String summary,
                                    boolean icmpIp, long seq, long shownSeq, boolean relative, int hlen, int flags,
                                    long shownAck, long shownWindow) {
        if (lab) {
            tcp.label(summary);
        }
        // packet-tcp.c added its item to the end of the data and returns before setting it to the header's length
        tcp.setLength(tvb.capturedLength());
        if (!icmpIp && tcp.wantsAny(SEQ_ACK_ITEMS)) {
            seqItems(tvb, tcp, lab, seq, shownSeq, relative);
        }
        ProtoNode hl = headerLength(tvb, tcp, lab, hlen);
        if (!ctx.treeless()) {
            // packet-tcp.c adds the finding under "if (tree)": a run with no tree (tshark -q -z expert) has none
            Expert.add(ctx, hl, EI_BOGUS_HEADER_LENGTH, "Bogus TCP header length (" + hlen + ", must be at least 20)");
        }
        ctx.put(BogusHeader.class, new BogusHeader(flags, shownAck, shownWindow));
    }

    /** packet-tcp.c's "Short segment" item: a text line with its finding. */
    private static void shortSegmentItem(ByteView tvb, PacketContext ctx, ProtoNode tcp) {
        ProtoNode sh = tcp.addText(tvb, 0, 0, EI_SHORT_SEGMENT.summary());
        Expert.add(ctx, sh, EI_SHORT_SEGMENT);
    }

    /**
     * The TCP item's length: proto_item_set_len keeps the header length as far as its data source was captured,
     * past the segment's own end when an IP total length cut the segment inside the header (the frame's trailer
     * holds the rest).
     */
    private static int itemLength(ByteView tvb, PacketContext ctx, int hlen) {
        int captured = tvb.capturedLength();
        if (hlen <= captured) {
            return hlen;
        }
        return Math.min(hlen, tvb.remainingIn(ctx.record().data(), 0));
    }

    /** The data offset item, drawn as Wireshark draws it ("0101 .... = Header Length: 20 bytes (5)"). */
    private static ProtoNode headerLength(ByteView tvb, ProtoNode tcp, boolean lab, int hlen) {
        ProtoNode hl = tcp.add(HDR_LEN, tvb, 12, 1, hlen);
        if (lab) {
            hl.label(FieldFormat.bitPattern(0xf0, hlen / 4, 8).substring(0, 4) + " .... = Header Length: " + hlen
                    + " bytes (" + hlen / 4 + ")");
        }
        return hl;
    }

    /** The sequence number, relative with the raw one after it, or raw alone (tcp.relative_sequence_numbers off). */
    private static void seqItems(ByteView tvb, ProtoNode tcp, boolean lab, long seq, long shownSeq,
                                 boolean relative) {
        ProtoNode seqNode = tcp.add(SEQ, tvb, 4, 4, shownSeq);
        if (!relative) {
            return;
        }
        if (lab) {
            seqNode.label("Sequence Number: " + shownSeq + "    (relative sequence number)");
        }
        tcp.add(SEQ_RAW, tvb, 4, 4, seq);
    }

    private static void seqAckItems(ByteView tvb, PacketContext ctx, ProtoNode tcp, boolean lab, long seq,
                                    long shownSeq, long shownNxt, long ack, long shownAck, boolean ackFlag,
                                    boolean inError, boolean icmpIp, boolean relative, boolean syn) {
        if (!icmpIp) {
            // in an error packet the "relative" label stays on the raw number, as packet-tcp.c labels it
            seqItems(tvb, tcp, lab, seq, shownSeq, relative);
        }
        if (!inError) {
            ProtoNode nxtNode = tcp.add(NXTSEQ, tvb, 0, 0, shownNxt).generated();
            if (lab && relative) {
                nxtNode.label("Next Sequence Number: " + shownNxt + "    (relative sequence number)");
            }
        }
        ProtoNode ackNode = tcp.add(ACK, tvb, 8, 4, shownAck);
        if (ackFlag) {
            if (!relative) {
                return; // the raw number alone
            }
            if (lab) {
                ackNode.label("Acknowledgment Number: " + shownAck + "    (relative ack number)");
            }
            if (syn && shownAck > 1) {
                // a SYN-ACK acknowledging more than the SYN: the data a TCP Fast Open SYN carried
                Expert.add(ctx, ackNode, EI_TFO_ACK);
            }
        } else if (ack != 0) {
            Expert.add(ctx, ackNode, EI_ACK_NONZERO);
        }
        tcp.add(ACK_RAW, tvb, 8, 4, ack);
    }

    /** The flags subtree; {@code closes} marks the FIN that initiates the closing (else a FIN undergoes it). */
    private static void flagItems(ByteView tvb, PacketContext ctx, ProtoNode tcp, boolean lab, int flags, int srcPort,
                                  int dstPort, boolean closes, boolean ace) {
        boolean syn = (flags & 0x02) != 0;
        boolean fin = (flags & 0x01) != 0;
        ProtoNode fl = tcp.add(FLAGS, tvb, 12, 2, flags);
        if (lab) {
            fl.label("Flags: 0x" + FieldFormat.hexPadded(flags, 3) + " (" + flagNames(flags, ace) + ")");
        }
        fl.add(FLAGS_RES, tvb, 12, 1, (flags >> 9) & 7);
        if (ace) {
            int n = (flags >> 6) & 7;
            ProtoNode a = fl.add(FLAGS_ACE, tvb, 12, 2, n);
            if (lab) {
                a.label("..." + (n >> 2) + " " + ((n >> 1) & 1) + (n & 1) + ".. .... = ACE: " + n);
            }
        } else {
            fl.add(FLAGS_AE, tvb, 12, 1, (flags >> 8) & 1);
            fl.add(FLAGS_CWR, tvb, 13, 1, (flags >> 7) & 1);
            fl.add(FLAGS_ECE, tvb, 13, 1, (flags >> 6) & 1);
        }
        fl.add(FLAGS_URG, tvb, 13, 1, (flags >> 5) & 1);
        fl.add(FLAGS_ACK, tvb, 13, 1, (flags >> 4) & 1);
        fl.add(FLAGS_PUSH, tvb, 13, 1, (flags >> 3) & 1);
        ProtoNode rstNode = fl.add(FLAGS_RESET, tvb, 13, 1, (flags >> 2) & 1);
        if ((flags & 0x04) != 0) {
            Expert.add(ctx, rstNode, EI_CONNECTION_RST);
        }
        ProtoNode synNode = fl.add(FLAGS_SYN, tvb, 13, 1, (flags >> 1) & 1);
        if (syn) {
            if ((flags & 0x10) != 0) {
                Expert.add(ctx, synNode, EI_CONNECTION_SYNACK, EI_CONNECTION_SYNACK.summary() + ": server port "
                        + srcPort);
            } else {
                Expert.add(ctx, synNode, EI_CONNECTION_SYN, EI_CONNECTION_SYN.summary() + ": server port " + dstPort);
            }
        }
        ProtoNode finNode = fl.add(FLAGS_FIN, tvb, 13, 1, flags & 1);
        if (fin) {
            Expert.add(ctx, finNode, EI_CONNECTION_FIN);
        }
        ProtoNode str = fl.addObj(FLAGS_STR, tvb, 12, 2, ace ? aceFlagString(flags) : flagString(flags)).generated();
        if (fin) {
            Expert.add(ctx, str, closes ? EI_CONNECTION_FIN_ACTIVE : EI_CONNECTION_FIN_PASSIVE);
        }
    }

    /** The advertised window, and (past the SYN) the window scaled as far as the handshake told. */
    private static void windowItems(ByteView tvb, ProtoNode tcp, boolean lab, int window, boolean syn, int scale,
                                    boolean unscaled) {
        ProtoNode win = tcp.add(WINDOW_VALUE, tvb, 14, 2, window);
        if (lab) {
            win.label("Window: " + window);
        }
        if (syn) {
            tcp.add(WINDOW_SIZE, tvb, 14, 2, window).generated();
            return;
        }
        // a quoted header's or a short segment's window is shown unscaled (the scaling is part of the segment
        // analysis, which needs a segment length), its factor not
        tcp.add(WINDOW_SIZE, tvb, 14, 2, shownWindow(window, false, scale, unscaled)).generated();
        int factor = scale >= 0 ? 1 << scale : scale;
        ProtoNode sf = tcp.add(WINDOW_SCALEFACTOR, tvb, 14, 2, factor).generated();
        if (scale == -1) {
            sf.label("Window size scaling factor: -1 (unknown)");
        } else if (scale == -2) {
            sf.label("Window size scaling factor: -2 (no window scaling used)");
        }
    }

    /**
     * The calculated window (tcp.window_size): the advertised one shifted by the handshake's scale past the SYN, as
     * advertised while the scale is unknown or unused, or when {@code unscaled} (a quoted header, a short segment).
     */
    private static long shownWindow(int window, boolean syn, int scale, boolean unscaled) {
        return syn || unscaled || scale < 0 ? window : (long) window << scale;
    }

    /**
     * A new conversation pushed the least recently seen one out of the table: counted every time, marked on the
     * first packet where it happens only (past the cap it happens on every new conversation).
     */
    private static void reportEviction(PacketContext ctx, ProtoNode tcp, TcpStreams streams) {
        String message = "TCP conversation table full: stream " + streams.lastEvicted.stream
                + " (least recently seen) forgotten";
        streams.lastEvicted = null;
        if (ctx.limitHits().count(Limit.TCP_STREAMS) == 0) {
            ctx.limitReached(Limit.TCP_STREAMS, tcp, message);
        } else {
            ctx.countLimit(Limit.TCP_STREAMS, message);
        }
    }

    /**
     * A SYN checked as verify_tcp_window_scaling checks it, once its options (which set its side's shift) are read:
     * a SYN without the option means no scaling either way, a SYN-ACK with it answering a SYN without it means none
     * for its side. So a capture that starts with a SYN or a SYN-ACK alone already knows its scale (tshark 4.0.17 on
     * crafted handshakes: SYN only, SYN-ACK only, either without the option, a shift above 14).
     */
    private static void verifyWindowScaling(TcpStreams.Flow fwd, TcpStreams.Flow rev, boolean ackFlag) {
        if (fwd.winScale == -1) {
            fwd.winScale = -2;
            rev.winScale = -2;
        } else if (ackFlag && rev.winScale == -2) {
            fwd.winScale = -2;
        }
    }

    /** Hands a (possibly reassembled) payload to the port table, heuristics, or data; returns the bytes taken. */
    /**
     * tcp_dissect_pdus's note of one PDU's size in the (last) TCP item under {@code parent}: for the protocols above
     * that cut their PDUs out of the byte stream themselves (DNS over TCP, WebSocket).
     */
    public static void notePduSize(ProtoNode parent, ByteView tvb, int len, long size) {
        ProtoNode tcp = null;
        for (ProtoNode c = parent.firstChild(); c != null; c = c.next()) {
            if ("tcp".equals(c.abbrev())) {
                tcp = c;
            }
        }
        if (tcp != null) {
            tcp.add(PDU_SIZE, tvb, 0, len, size).generated();
        }
    }

    int callSubdissector(ByteView payload, PacketContext ctx, ProtoNode parent, TcpInfo info) {
        if (info.keepAlive) {
            // decode_tcp_ports: "Don't call subdissectors for keepalives ... Display any data the keepalive packet
            // might contain though" (a keep-alive byte inside a PDU being reassembled still joins it, before this)
            return DataModule.dissect(payload, ctx, parent);
        }
        int low = Math.min(info.srcPort, info.dstPort);
        int high = Math.max(info.srcPort, info.dstPort);
        Dissector d = ports.get(low);
        if (d == null) {
            d = ports.get(high);
        }
        if (d != null) {
            int n = d.dissect(payload, ctx, parent);
            if (n != 0 || info.desegmentLen != 0) {
                return n;
            }
        }
        int n = heuristics.tryDissect(payload, ctx, parent);
        if (n > 0 || info.desegmentLen != 0) {
            return n;
        }
        return DataModule.dissect(payload, ctx, parent);
    }

    private static int completenessBits(int flags, int segLen, boolean first, boolean reused) {
        // tshark 4.0.17's rules, found on crafted streams (a lone SYN or SYN-ACK; data, FIN or RST before or instead
        // of the handshake's ACK; streams without a SYN or starting with data, FIN or RST; a SYN after an ACK; after
        // a handshake, every combination of FIN, RST, PSH, SYN with and without ACK and data): the frame that starts
        // a conversation counts only if it is a SYN (see below for its data and RST); the SYN bit comes from that
        // frame only; a SYN-ACK counts after any frame; an ACK when it carries no data (whatever else it carries:
        // FIN, RST); data only with an ACK and without a SYN; a FIN with an ACK; a RST always
        boolean syn = (flags & 0x02) != 0;
        boolean ack = (flags & 0x10) != 0;
        boolean rst = (flags & 0x04) != 0;
        if (first) {
            if (!syn || ack) {
                return 0;
            }
            // a new conversation's SYN counts its data (TFO) but not a RST; one replacing a connection on the same
            // ports counts a RST but not its data (tshark 4.0.17 on crafted SYN+RST, SYN+FIN, SYN+data cases)
            return reused ? 1 | (rst ? 32 : 0) : 1 | (segLen > 0 ? 8 : 0);
        }
        int bits = 0;
        if (syn) {
            if (ack) {
                bits |= 2;
            }
        } else if (ack && segLen == 0) {
            bits |= 4;
        }
        boolean acked = ack && !syn;
        if (segLen > 0 && acked) {
            bits |= 8;
        }
        if ((flags & 0x01) != 0 && ack) {
            bits |= 16; // a FIN counts with an ACK, even with a SYN (data does not)
        }
        if (rst) {
            bits |= 32;
        }
        return bits;
    }

    /** Wireshark's words for the handshake/data/teardown steps seen so far ("Incomplete, DATA (15)"). */
    private static String completenessText(int c) {
        if ((c & 0x30) != 0 && (c & 0x07) == 0x07) {
            return "Complete, " + ((c & 0x08) != 0 ? "WITH_DATA" : "NO_DATA") + " (" + c + ")";
        }
        String step = switch (c) {
            case 0 -> null;
            case 1 -> "SYN_SENT";
            case 3 -> "CLIENT_ESTABLISHED";
            case 7 -> "ESTABLISHED";
            case 15 -> "DATA";
            default -> null; // any other mix is just "Incomplete (N)", as tshark 4.0.17 prints 4, 5, 8, 9, 37…
        };
        return "Incomplete" + (step == null ? "" : ", " + step) + " (" + c + ")";
    }

    /**
     * tcp_flags_to_str: the set flags' names, ", "-separated, then "Reserved"; "<None>" when none. The flags item's
     * text, the Info column's "[…]" and the TCP flow's labels all show it.
     */
    public static String flagNames(int flags) {
        return flagNames(flags, false);
    }

    /** As {@link #flagNames(int)}; with {@code ace}, Accurate ECN's "ACE=n" in place of ECE, CWR and AE. */
    public static String flagNames(int flags, boolean ace) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < (ace ? 6 : FLAG_NAMES.length); i++) {
            if ((flags & (1 << i)) != 0) {
                sb.append(sb.length() == 0 ? "" : ", ").append(FLAG_NAMES[i]);
            }
        }
        if (ace) {
            sb.append(", ACE=").append((flags >> 6) & 7); // ", " even first: tshark 4.0.17 shows "(, ACE=0)"
        }
        if ((flags & 0xe00) != 0) {
            sb.append(sb.length() == 0 ? "" : ", ").append("Reserved");
        }
        // tcp_flags_to_str: no flag at all reads "<None>" (a crafted or scanning segment)
        return sb.length() == 0 ? "<None>" : sb.toString();
    }

    /** tshark's 12-character flag picture: a letter for each set bit, a middle dot for each clear one. */
    /** tcp.flags.str for each of the 4096 flag combinations, made on first use: the value is built per packet. */
    private static final String[] FLAG_STRINGS = new String[1 << 12];

    static String flagString(int flags) {
        int f = flags & 0xfff;
        String s = FLAG_STRINGS[f];
        if (s == null) {
            s = FLAG_STRINGS[f] = makeFlagString(f);
        }
        return s;
    }

    /** The flag picture with Accurate ECN's counter: "-n-" where the AE, CWR and ECE letters would be. */
    static String aceFlagString(int flags) {
        char[] c = flagString(flags).toCharArray();
        c[3] = '-';
        c[4] = (char) ('0' + ((flags >> 6) & 7));
        c[5] = '-';
        return new String(c);
    }

    private static String makeFlagString(int flags) {
        final String letters = "RRRACEUAPRSF";
        char[] c = new char[12];
        for (int i = 0; i < 12; i++) {
            c[i] = (flags & (1 << (11 - i))) != 0 ? letters.charAt(i) : '\u00b7';
        }
        return new String(c);
    }
}
