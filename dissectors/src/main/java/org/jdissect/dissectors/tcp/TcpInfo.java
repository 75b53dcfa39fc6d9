package org.jdissect.dissectors.tcp;

import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.tree.ProtoNode;

/**
 * What TCP tells the protocol it hands a payload to (found with {@code ctx.get(TcpInfo.class)}), and how that
 * protocol asks for more bytes, as Wireshark's {@code pinfo->desegment_offset/len}: set {@link #desegmentOffset}
 * to where the unfinished PDU starts in the payload it was given and {@link #desegmentLen} to the bytes still
 * missing (or {@link #ONE_MORE_SEGMENT}); TCP then calls again with those bytes and the next segment's joined.
 */
public final class TcpInfo {
    /** "I don't know how much more; give me the next segment too." */
    public static final int ONE_MORE_SEGMENT = 0x0fffffff;
    /**
     * "Everything up to the FIN" (an HTTP response with neither Content-Length nor chunked coding): TCP collects the
     * flow's bytes and calls again with all of them in the frame whose FIN ends the flow, unable to ask for more.
     */
    public static final int UNTIL_FIN = 0x0ffffffe;

    public int stream;
    /** 0 for the flow that started the conversation (client side when the SYN was seen), 1 for the other. */
    public int direction;
    /** Relative sequence number of the first payload byte handed over. */
    public long seq;
    public long nxtseq;
    public boolean fin;
    /** True when the payload handed over was reassembled from several segments. */
    public boolean reassembled;
    /**
     * The whole payload the PDUs handed over one by one are cut from (the segment's, or the reassembled one), or
     * null: packet-http.c loops over its messages in that one tvb, so the items it adds at offset 0 lie at its start.
     */
    public ByteView pduBase;
    public int srcPort;
    public int dstPort;
    /** The segment is a keep-alive: packet-tcp.c's decode_tcp_ports shows its bytes as data, to no protocol above. */
    public boolean keepAlive;

    public int desegmentOffset;
    public int desegmentLen;
    /**
     * Set with {@link #requestMore} when Wireshark's dissector would ask for "one more segment" where this one
     * knows the exact length (HTTP's chunked bodies): tshark then dissects the PDU's start again with every segment,
     * and its summary line shows the protocol's text each time.
     */
    public boolean infoRepeats;
    /**
     * False for a segment quoted by an ICMP error (Wireshark's {@code pinfo->can_desegment} 0): the protocol above
     * dissects what it was given and asks for nothing more.
     */
    public boolean canDesegment = true;

    /**
     * Wireshark's want_pdu_tracking: set by a protocol that could not ask for more ({@link #canDesegment} false, as
     * for a segment the capture cut short) when its PDU runs this many bytes past the end of the segment. TCP then
     * takes the later segments up to that end as the PDU's ("TCP segment data", never reassembled: the PDU's first
     * bytes are not there), as packet-tcp.c's pdu_store_sequencenumber_of_next_pdu makes desegment_tcp take them.
     */
    public int bytesUntilNextPdu;

    /** The TCP dissector that handed the payload over, for {@link #decodePorts}. */
    TcpModule module;

    /**
     * Hands {@code payload} to the protocol TCP would choose for these ports (decode_tcp_ports: the port table, the
     * heuristics, data), as a tunnel does with the ports of what it carries; returns what that protocol took, any
     * request for more bytes left here for TCP as usual.
     */
    public int decodePorts(ByteView payload, PacketContext ctx, ProtoNode parent, int src, int dst) {
        int savedSrc = srcPort;
        int savedDst = dstPort;
        srcPort = src;
        dstPort = dst;
        try {
            return module.callSubdissector(payload, ctx, parent, this);
        } finally {
            srcPort = savedSrc;
            dstPort = savedDst;
        }
    }

    void reset() {
        bytesUntilNextPdu = 0;
        desegmentOffset = 0;
        desegmentLen = 0;
        infoRepeats = false;
        reassembled = false;
        pduBase = null;
    }

    public void requestMore(int offset, int more) {
        desegmentOffset = offset;
        desegmentLen = more;
    }
}
