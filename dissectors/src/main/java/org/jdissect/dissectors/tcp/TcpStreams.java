package org.jdissect.dissectors.tcp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdissect.api.dissect.FrameFacts;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.dissect.Session;
import org.jdissect.api.limits.Limit;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.reassembly.ReassemblyBudget;

/** Per-capture TCP state: conversations by address/port pair, each with its two flows. */
final class TcpStreams {
    /**
     * Bytes one flow's PDU being reassembled may hold ({@link Limit#TCP_REASSEMBLY_BYTES}), so a hostile stream
     * cannot grow memory without bound.
     */
    final int maxPending;
    /** Bytes of all pending reassemblies of the capture, TCP and IP together. */
    final ReassemblyBudget budget;
    /**
     * Unacknowledged segments remembered per flow for RTT and bytes-in-flight, as Wireshark's
     * TCP_MAX_UNACKED_SEGMENTS: past it (ACKs not captured) new segments are simply not remembered.
     */
    static final int MAX_UNACKED = 10_000;

    /** A segment sent and not yet acknowledged, in raw sequence space. */
    static final class Unacked {
        final long frame;
        long seq;
        final long nextseq;
        final long time;

        Unacked(long frame, long seq, long nextseq, long time) {
            this.frame = frame;
            this.seq = seq;
            this.nextseq = nextseq;
            this.time = time;
        }
    }

    /**
     * An unordered address/port pair, so both directions find the same conversation. Equality and hash are written
     * out (a record's go through method handles, which showed in profiles) and lookups reuse one probe key.
     */
    static final class Key {
        private long a1;
        private long a2;
        private long b1;
        private long b2;
        private int pa;
        private int pb;

        private Key set(long s1, long s2, int sp, long d1, long d2, int dp) {
            boolean swap = Long.compareUnsigned(s1, d1) > 0 || (s1 == d1 && (Long.compareUnsigned(s2, d2) > 0
                    || (s2 == d2 && sp > dp)));
            if (swap) {
                a1 = d1;
                a2 = d2;
                b1 = s1;
                b2 = s2;
                pa = dp;
                pb = sp;
            } else {
                a1 = s1;
                a2 = s2;
                b1 = d1;
                b2 = d2;
                pa = sp;
                pb = dp;
            }
            return this;
        }

        private Key copy() {
            return new Key().copyFrom(this);
        }

        private Key copyFrom(Key k) {
            a1 = k.a1;
            a2 = k.a2;
            b1 = k.b1;
            b2 = k.b2;
            pa = k.pa;
            pb = k.pb;
            return this;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && a1 == k.a1 && b1 == k.b1 && pa == k.pa && pb == k.pb && a2 == k.a2
                    && b2 == k.b2;
        }

        @Override
        public int hashCode() {
            long h = (a1 * 31 + b1) * 31 + (a2 ^ b2 * 31);
            h = h * 31 + ((long) pa << 16 | pb);
            return (int) (h ^ (h >>> 32));
        }
    }

    static final class Flow {
        boolean baseSet;
        long baseSeq;
        /**
         * This side's window shift as Wireshark keeps it ({@code win_scale}): -1 not known yet, -2 no scaling (a SYN
         * of either side came without the option), else the shift of this side's window scale option.
         */
        int winScale = -1;
        // reassembly of a PDU that spans segments
        /** The multi-segment PDU being collected for the protocol above, or null. */
        TcpReassembly.Msp msp;
        /**
         * The PDUs this side finished last, as (start, end, first frame) in relative sequence space, oldest first;
         * null until one finishes. packet-tcp.c keeps every PDU of the flow: a segment that later falls into a
         * finished one is a reassembly error, and one that resends a PDU's first segment is a retransmission.
         */
        long[] donePdus;
        int donePduCount;
        /**
         * Set once the protocol above asked for everything up to this side's FIN (TCP_FLOW_REASSEMBLE_UNTIL_FIN): the
         * FIN then ends the pending PDU. {@link #finFrame} is the frame of the FIN that did, 0 before it.
         */
        boolean untilFin;
        long finFrame;

        // sequence analysis, in raw 32-bit sequence space; 0 means "not seen yet", as in Wireshark
        long nextseq;
        long nextseqFrame;
        long nextseqTime;
        long maxSeqToBeAcked;
        long lastAck;
        long lastAckTime;
        long lastNonDupAck;
        int dupAckNum;
        /** The last advertised (unscaled) window; all ones before any segment. */
        long window = 0xffffffffL;
        /** Analysis flags of this side's previous segment (keep-alive / zero-window-probe ACK detection). */
        int lastSegmentFlags;
        boolean validBif = true;
        long pushBytesSent;
        boolean pushSetLast;
        boolean closingInitiator;
        /** The SACK blocks of this side's latest segment that had them (raw edges): not in flight any more. */
        int sackCount;
        final long[] sackLeft = new long[4];
        final long[] sackRight = new long[4];
        /** Unacked segments, newest first; at most {@link #MAX_UNACKED}. */
        final ArrayDeque<Unacked> unacked = new ArrayDeque<>();
        /**
         * The lowest start and highest end of {@link #unacked}, relative to {@link #baseSeq}, kept up to date as
         * segments are added and acknowledged so bytes in flight need no walk of the list (only {@link #rebase} walks
         * it); meaningless while it is empty.
         */
        long unackedLow;
        long unackedHigh;

        /**
         * A new base for the flow's relative numbers (a SYN-ACK with another ISN): the listed segments' range is found
         * again relative to it, as packet-tcp.c computes bytes in flight from the current base each time.
         */
        void rebase(long base) {
            baseSeq = base;
            long low = Long.MAX_VALUE;
            long high = Long.MIN_VALUE;
            for (Unacked u : unacked) {
                low = Math.min(low, (u.seq - base) & 0xffffffffL);
                high = Math.max(high, (u.nextseq - base) & 0xffffffffL);
            }
            unackedLow = low;
            unackedHigh = high;
        }

        /** Lists a segment sent, widening {@link #unackedLow}..{@link #unackedHigh} to cover it. */
        void addUnacked(Unacked u) {
            long s = (u.seq - baseSeq) & 0xffffffffL;
            long ns = (u.nextseq - baseSeq) & 0xffffffffL;
            if (unacked.isEmpty()) {
                unackedLow = s;
                unackedHigh = ns;
            } else {
                unackedLow = Math.min(unackedLow, s);
                unackedHigh = Math.max(unackedHigh, ns);
            }
            unacked.addFirst(u);
        }
    }

    static final class Conversation {
        final int stream;
        final long firstTime;
        long lastTime;
        int completeness;
        /** The side that sent the first packet, in (address, port) terms. */
        final long firstSrc1;
        final long firstSrc2;
        final int firstSrcPort;
        final Flow[] flows = {new Flow(), new Flow()};
        /** Time of the most recent SYN (without ACK), or -1. */
        long mruSyn = -1;
        /** Accurate ECN asked for by the latest SYN, and agreed to by a SYN-ACK after it: then ACE is a counter. */
        boolean accEcnSyn;
        boolean accEcnSynAck;
        /** An Accurate ECN option (kind 172 or 174) was seen: later segments show ACE whatever the handshake was. */
        boolean accEcnOption;
        /** The handshake's round trip (iRTT), or 0 while unknown. */
        long firstRtt;
        /** Set on the first frame of a conversation that replaced an earlier one on the same ports. */
        boolean reusedPorts;

        Conversation(int stream, long time, long src1, long src2, int srcPort) {
            this.stream = stream;
            this.firstTime = time;
            this.lastTime = time;
            this.firstSrc1 = src1;
            this.firstSrc2 = src2;
            this.firstSrcPort = srcPort;
        }

        int direction(long s1, long s2, int sp) {
            return s1 == firstSrc1 && s2 == firstSrc2 && sp == firstSrcPort ? 0 : 1;
        }
    }

    /**
     * Conversations remembered at once ({@link Limit#TCP_STREAMS}). Past it the least recently seen one is
     * forgotten, so memory stays flat on captures of any size; a forgotten conversation that shows up again starts a
     * new stream, as after a restart.
     */
    final int maxConversations;

    /** In access order, so the eldest entry is the conversation seen least recently. */
    private final Map<Key, Conversation> byKey = new LinkedHashMap<>(1024, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Conversation> eldest) {
            if (size() <= maxConversations) {
                return false;
            }
            forget(eldest.getValue());
            lastEvicted = eldest.getValue();
            return true;
        }
    };
    /** Whether segments are listed until acknowledged: 1 yes, 0 no, -1 not decided yet. */
    private int listsUnacked = -1;
    /** Whether payloads go to the protocols above: 1 yes, 0 no, -1 not decided yet. */
    private int handsUp = -1;
    /** The key of the latest {@link #find}: a session is dissected on one thread at a time. */
    private final Key probe = new Key();
    /**
     * The conversation the latest {@link #find} found, and its key: consecutive segments mostly belong to one
     * conversation, which then needs no hashing nor reordering of the table (it is its most recent entry already).
     */
    private final Key lastKey = new Key();
    private Conversation last;
    /** The current segment's options and analysis, reused segment after segment (one thread at a time). */
    final TcpOptions.Parsed options = new TcpOptions.Parsed();
    final TcpAnalysis.Result analysis = new TcpAnalysis.Result();
    /** What TCP tells the protocol above about the current segment, reused segment after segment. */
    final TcpInfo info = new TcpInfo();
    private int nextStream;
    /** The conversation the latest {@link #create} pushed out of the table, or null; the caller reports it. */
    Conversation lastEvicted;

    /**
     * What a first pass of two notes for the second (tshark -2), by stream index and by frame; only kept in such a
     * pass, as Wireshark's second pass reads the conversation data its first left complete.
     */
    static final class Notes {
        /** Each stream's completeness after its last packet. */
        final FrameFacts completeness = new FrameFacts();
        /** Each stream's handshake round trip (iRTT), once known. */
        final FrameFacts firstRtt = new FrameFacts();
        /** Each flow's window shift as the stream ended (Flow.winScale + 3, by stream * 2 + direction). */
        final FrameFacts winScale = new FrameFacts();
        /**
         * For a segment whose bytes went into a PDU completed in a later frame: that frame; {@link #NEVER} when the
         * PDU was never completed.
         */
        final FrameFacts reassembledIn = new FrameFacts();
    }

    /** In the first pass of two, what it notes for the second; else null. */
    final Notes notes;
    /** In the second pass of two, what the first noted; else null. */
    final Notes prior;

    TcpStreams(Session session) {
        this.notes = session.firstOfTwo() ? new Notes() : null;
        TcpStreams first = session.firstPass(TcpStreams.class);
        this.prior = first == null ? null : first.notes;
        this.maxPending = session.limits().getInt(Limit.TCP_REASSEMBLY_BYTES);
        this.maxConversations = session.limits().getInt(Limit.TCP_STREAMS);
        this.budget = ReassemblyBudget.of(session);
    }

    /**
     * Whether flows list their segments until acknowledged, which only the "[SEQ/ACK analysis]" items read (see
     * {@link TcpAnalysis#analyze}): decided once per capture, on its first segment, from what {@code tcp}'s tree keeps
     * (fixed before the first packet, see {@code Dissection.keepOnly}), since the lists build up over the capture.
     * A filter or field list without those items saves the list and the walk of it on every acknowledgement.
     */
    boolean handsPayloadUp(PacketContext ctx) {
        if (handsUp < 0) {
            handsUp = ctx.tree().keepsOnly(TcpStreams::belowPayload) ? 0 : 1;
        }
        return handsUp == 1;
    }

    /**
     * Protocols whose fields never come from a TCP payload: a tree (a filter, a field list) that keeps only their
     * fields, and none of TCP's own that reassembly makes, sees nothing the layers above TCP would add, so TCP does not
     * hand them its payloads (nor reassemble for them). A protocol not listed here, a plugin's too, keeps them on.
     */
    private static final Set<String> LOWER = Set.of("frame", "eth", "ethertype", "vlan", "ieee8021ad", "llc", "fddi",
            "fr", "sll", "sll2", "null", "raw", "ip", "ipv6", "tcp", "udp", "icmp", "icmpv6", "arp");
    static boolean belowPayload(FieldDef f) {
        // not TCP's items that reassembly makes, nor frame.protocols, which lists the protocols above
        return LOWER.contains(f.protocol()) && !TcpFields.REASSEMBLY_ITEMS.contains(f)
                && !f.abbrev().equals("frame.protocols");
    }

    boolean listsUnacked(PacketContext ctx) {
        if (listsUnacked < 0) {
            listsUnacked = ctx.tree().keepsStateFor(TcpFields.ANALYSIS_ITEMS) ? 1 : 0;
        }
        return listsUnacked == 1;
    }

    /**
     * The conversation between the source and destination (address halves and port), or null; allocates nothing, as
     * it runs for every segment.
     */
    Conversation find(long s1, long s2, int sp, long d1, long d2, int dp) {
        probe.set(s1, s2, sp, d1, d2, dp);
        if (last != null && probe.equals(lastKey)) {
            return last; // the same conversation as the previous segment: already the most recently used entry
        }
        Conversation c = byKey.get(probe);
        if (c != null) {
            lastKey.copyFrom(probe);
            last = c;
        }
        return c;
    }

    /** A new conversation for the pair of the latest {@link #find}, whose first packet came from the source given. */
    Conversation create(long time, long s1, long s2, int sp) {
        Conversation c = new Conversation(nextStream++, time, s1, s2, sp);
        last = null; // the entry may be replaced, and the new one pushes the eldest out
        Conversation replaced = byKey.put(probe.copy(), c);
        if (replaced != null) {
            forget(replaced); // port reuse: the old connection's pending PDUs will never complete
        }
        return c;
    }

    /** In a first pass of two, notes both flows' window shifts as they stand after a segment. */
    void noteWindowScales(Conversation c) {
        if (notes != null) {
            notes.winScale.put(2L * c.stream, c.flows[0].winScale + 3);
            notes.winScale.put(2L * c.stream + 1, c.flows[1].winScale + 3);
        }
    }

    /**
     * The window shift a segment of flow {@code dir} other than a SYN is shown with: in a second pass of two the one
     * its flow ended with (tshark's second pass reads the conversation's), else {@code now}.
     */
    int shownWindowScale(Conversation c, int dir, int now) {
        long noted = prior == null ? 0 : prior.winScale.get(2L * c.stream + dir);
        return noted == 0 ? now : (int) noted - 3;
    }

    /** The iRTT a stream's analysis shows: in a second pass of two, as soon as the handshake ends at all. */
    long shownFirstRtt(Conversation c) {
        return prior == null ? c.firstRtt : prior.firstRtt.get(c.stream);
    }

    /** In {@link Notes#reassembledIn}: the frame's bytes went into a PDU that the capture never completed. */
    static final long NEVER = -1;

    /**
     * In the second pass of two, the later frame where the PDU this frame's bytes began or went on was completed; 0
     * when there is none (or in a single pass).
     */
    long reassembledLater(long frame) {
        long in = prior == null ? 0 : prior.reassembledIn.get(frame);
        return in > frame ? in : 0;
    }

    /**
     * Whether, in the second pass of two, the PDU this frame's bytes began or went on is completed in a later frame
     * or never: tshark's second pass then hands them to no protocol above.
     */
    boolean heldLater(long frame) {
        long in = prior == null ? 0 : prior.reassembledIn.get(frame);
        return in > frame || in == NEVER;
    }

    /** Gives back what a conversation that leaves the table holds in the reassembly budget. */
    private void forget(Conversation c) {
        for (Flow f : c.flows) {
            if (f.msp != null) {
                budget.release(f.msp);
                f.msp = null;
            }
        }
    }
}
