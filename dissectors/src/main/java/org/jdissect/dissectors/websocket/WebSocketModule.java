package org.jdissect.dissectors.websocket;

import static org.jdissect.api.field.FieldType.*;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.jdissect.api.bytes.BoundsException;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.expert.ExpertDef;
import org.jdissect.api.expert.ExpertGroup;
import org.jdissect.api.expert.ExpertSeverity;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.limits.Limit;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.common.StringItems;
import org.jdissect.dissectors.data.DataModule;
import org.jdissect.dissectors.media.MediaType;
import org.jdissect.dissectors.media.TextLinesModule;
import org.jdissect.dissectors.tcp.TcpModule;
import org.jdissect.dissectors.tcp.TcpInfo;

/**
 * WebSocket (RFC 6455) as Wireshark 4.0's packet-websocket.c shows it, on a connection HTTP upgraded (101 Switching
 * Protocols with "Upgrade: websocket"): one frame per TCP PDU (tcp_dissect_pdus, reassembled across segments), the
 * header's fields, the payload unmasked, control frames (Close with its status code and reason, Ping, Pong), data
 * frames as text (then "Line-based text data") or binary (data), fragmented messages reassembled at their last
 * fragment with the first fragment's opcode, and permessage-deflate (RFC 7692) payloads inflated with each
 * direction's context carried over unless negotiated away.
 */
public final class WebSocketModule implements ProtocolModule {
    public static final String NAME = "websocket";

    private static final Map<Long, String> OPCODES = Map.of(0L, "Continuation", 1L, "Text", 2L, "Binary",
            8L, "Connection Close", 9L, "Ping", 10L, "Pong");
    private static final Map<Long, String> CLOSE_CODES = Map.ofEntries(Map.entry(1000L, "Normal Closure"),
            Map.entry(1001L, "Going Away"), Map.entry(1002L, "Protocol error"), Map.entry(1003L, "Unsupported Data"),
            Map.entry(1004L, "---Reserved----"), Map.entry(1005L, "No Status Rcvd"),
            Map.entry(1006L, "Abnormal Closure"), Map.entry(1007L, "Invalid frame payload data"),
            Map.entry(1008L, "Policy Violation"), Map.entry(1009L, "Message Too Big"),
            Map.entry(1010L, "Mandatory Ext."), Map.entry(1011L, "Internal Server"),
            Map.entry(1015L, "TLS handshake"));

    public static final FieldDef WEBSOCKET = FieldDef.builder(NAME, "WebSocket", PROTOCOL).blurb("WebSocket").build();
    static final FieldDef FIN = FieldDef.builder("websocket.fin", "Fin", BOOLEAN).mask(0x80, 8)
            .blurb("Indicates that this is the final fragment in a message").build();
    static final FieldDef RSV = FieldDef.builder("websocket.rsv", "Reserved", UINT8).hex().mask(0x70, 8)
            .blurb("Must be zero").build();
    static final FieldDef PMC = FieldDef.builder("websocket.pmc", "Per-Message Compressed", BOOLEAN).mask(0x40, 8)
            .blurb("Whether a message is compressed or not").build();
    static final FieldDef OPCODE = FieldDef.builder("websocket.opcode", "Opcode", UINT8).mask(0x0f, 8).names(OPCODES)
            .blurb("Defines the interpretation of the Payload data").build();
    static final FieldDef MASK = FieldDef.builder("websocket.mask", "Mask", BOOLEAN).mask(0x80, 8)
            .blurb("Defines whether the Payload data is masked").build();
    static final FieldDef PAYLOAD_LENGTH = FieldDef.builder("websocket.payload_length", "Payload length", UINT8)
            .mask(0x7f, 8).blurb("The length of the Payload data").build();
    static final FieldDef PAYLOAD_LENGTH_16 = FieldDef.builder("websocket.payload_length_ext_16",
            "Extended Payload length (16 bits)", UINT16).blurb("The length (16 bits) of the Payload data").build();
    static final FieldDef PAYLOAD_LENGTH_64 = FieldDef.builder("websocket.payload_length_ext_64",
            "Extended Payload length (64 bits)", UINT64).blurb("The length (64 bits) of the Payload data").build();
    static final FieldDef MASKING_KEY = FieldDef.builder("websocket.masking_key", "Masking-Key", BYTES)
            .blurb("All frames sent from the client to the server are masked by a 32-bit value that is contained "
                    + "within the frame").build();
    static final FieldDef PAYLOAD = FieldDef.builder("websocket.payload", "Payload", NONE)
            .blurb("Payload (after unmasking)").build();
    static final FieldDef MASKED_PAYLOAD = FieldDef.builder("websocket.masked_payload", "Masked payload", NONE).build();
    static final FieldDef CONTINUE = FieldDef.builder("websocket.payload.continue", "Continue", BYTES).build();
    static final FieldDef TEXT = FieldDef.builder("websocket.payload.text", "Text", STRING).build();
    static final FieldDef CLOSE = FieldDef.builder("websocket.payload.close", "Close", NONE).build();
    static final FieldDef CLOSE_STATUS = FieldDef.builder("websocket.payload.close.status_code", "Status code",
            UINT16).names(CLOSE_CODES).build();
    static final FieldDef CLOSE_REASON = FieldDef.builder("websocket.payload.close.reason", "Reason", STRING)
            .build();
    static final FieldDef PING = FieldDef.builder("websocket.payload.ping", "Ping", BYTES).build();
    static final FieldDef PONG = FieldDef.builder("websocket.payload.pong", "Pong", BYTES).build();
    static final FieldDef UNKNOWN = FieldDef.builder("websocket.payload.unknown", "Unknown", BYTES).build();
    static final FieldDef FRAGMENTS = FieldDef.builder("websocket.fragments", "Reassembled websocket Fragments", NONE)
            .blurb("Fragments").build();
    static final FieldDef FRAGMENT = FieldDef.builder("websocket.fragment", "Websocket Fragment", FRAMENUM).build();
    static final FieldDef FRAGMENT_COUNT = FieldDef.builder("websocket.fragment.count", "Fragment count", UINT32)
            .build();
    static final FieldDef REASSEMBLED_LENGTH = FieldDef.builder("websocket.reassembled.length",
            "Reassembled websocket Payload length", UINT32).blurb("The total length of the reassembled payload")
            .build();
    static final ExpertDef EI_UNKNOWN = ExpertDef.of("websocket.payload.unknown.expert", ExpertGroup.UNDECODED,
            ExpertSeverity.NOTE, "Dissector for Websocket Opcode");
    static final ExpertDef EI_DECOMPRESSION_FAILED = ExpertDef.of("websocket.decompression.failed.expert",
            ExpertGroup.PROTOCOL, ExpertSeverity.WARN, "Decompression failed");

    static final FieldDef[] ALL = {WEBSOCKET, FIN, RSV, PMC, OPCODE, MASK, PAYLOAD_LENGTH, PAYLOAD_LENGTH_16,
        PAYLOAD_LENGTH_64, MASKING_KEY, PAYLOAD, MASKED_PAYLOAD, CONTINUE, TEXT, CLOSE, CLOSE_STATUS, CLOSE_REASON,
        PING, PONG, UNKNOWN, FRAGMENTS, FRAGMENT, FRAGMENT_COUNT, REASSEMBLED_LENGTH};

    /**
     * What the HTTP upgrade negotiated, handed over with the first frame ({@code ctx.put(Setup.class, …)}): the
     * response's Sec-WebSocket-Protocol and Sec-WebSocket-Extensions, and the server's port.
     */
    public record Setup(String subprotocol, String extensions, int serverPort) {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void register(Registrar r) {
        r.fields(ALL);
        r.experts(EI_UNKNOWN, EI_DECOMPRESSION_FAILED);
        r.dissector(NAME, this::dissect);
    }

    /** Marks a packet whose frame.protocols lists "websocket" already. */
    private static final class Layer {
    }

    private static final Layer LAYER = new Layer();

    /** One WebSocket connection (websocket_conv_t): its deflate contexts and the fragmented message being built. */
    private static final class Conv {
        boolean deflate;
        /** Each direction's inflater when its context is carried over from message to message, else null. */
        Inflater toServer;
        Inflater toClient;
        boolean toServerTakeover;
        boolean toClientTakeover;
        int serverPort;
        int firstFragOpcode;
        final ByteArrayOutputStream fragments = new ByteArrayOutputStream();
        final List<long[]> pieces = new ArrayList<>(); // {frame, length}
    }

    /** Per-capture state: the connections by TCP stream. */
    private static final class State {
        final Map<Integer, Conv> byStream = new HashMap<>();

        State(org.jdissect.api.dissect.Session session) {
        }
    }

    /**
     * One frame at the start of {@code tvb} (tcp_dissect_pdus with a two-byte fixed part); returns its length, or
     * asks TCP for the rest of it.
     */
    public int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        int avail = tvb.capturedLength();
        TcpInfo tcp = ctx.get(TcpInfo.class);
        boolean canDesegment = tcp != null && tcp.canDesegment && avail == tvb.reportedLength();
        if (avail < 2 && canDesegment) {
            tcp.requestMore(0, 2 - avail);
            return avail;
        }
        int b1 = tvb.u8(1);
        int shortLength = b1 & 0x7f;
        boolean mask = (b1 & 0x80) != 0;
        long plen = 2 + (mask ? 4 : 0);
        if (shortLength == 126) {
            if (avail < 4) {
                return needMore(tcp, canDesegment, avail);
            }
            plen += 2 + tvb.u16(2);
        } else if (shortLength == 127) {
            if (avail < 10) {
                return needMore(tcp, canDesegment, avail);
            }
            plen += 8 + (tvb.u32(6) & 0xffffffffL); // packet-websocket.c keeps the low 32 bits
        } else {
            plen += shortLength;
        }
        if (canDesegment && avail < plen) {
            long more = plen - avail;
            tcp.requestMore(0, (int) Math.min(more, Integer.MAX_VALUE));
            return avail;
        }
        TcpModule.notePduSize(parent, tvb, (int) Math.min(plen, avail), plen & 0xffffffffL);
        int length = (int) Math.min(plen, avail);
        frame(tvb.sliceReported(0, length), ctx, parent, tcp);
        return (int) Math.min(plen, Integer.MAX_VALUE);
    }

    private static int needMore(TcpInfo tcp, boolean canDesegment, int avail) {
        if (canDesegment) {
            tcp.requestMore(0, TcpInfo.ONE_MORE_SEGMENT);
        }
        return avail;
    }

    /** dissect_websocket_frame. */
    private void frame(ByteView tvb, PacketContext ctx, ProtoNode parent, TcpInfo tcp) {
        Conv conv = conv(ctx, tcp);
        int b0 = tvb.u8(0);
        int b1 = tvb.u8(1);
        int shortLength = b1 & 0x7f;
        boolean mask = (b1 & 0x80) != 0;
        int maskOffset = shortLength == 126 ? 4 : shortLength == 127 ? 10 : 2;
        long payloadLength = shortLength == 126 ? tvb.u16(2)
                : shortLength == 127 ? tvb.u32(6) & 0xffffffffL : shortLength;
        int payloadOffset = maskOffset + (mask ? 4 : 0);
        int reported = (int) Math.min(payloadLength, Integer.MAX_VALUE); // a view's lengths are ints
        ctx.setCurrentProto("WebSocket");
        if (ctx.get(Layer.class) == null) {
            // HTTP hands the rest of its payload over once, and tcp_dissect_pdus loops inside: one layer a packet
            ctx.put(Layer.class, LAYER);
            ctx.addProtocol(NAME);
        }
        ProtoNode ws = parent.addItem(WEBSOCKET, tvb, 0, Math.min(payloadOffset, tvb.capturedLength()));
        boolean fin = (b0 & 0x80) != 0;
        int opcode = b0 & 0x0f;
        ws.add(FIN, tvb, 0, 1, fin ? 1 : 0);
        ws.add(RSV, tvb, 0, 1, (b0 & 0x70) >> 4);
        if (conv.deflate) {
            ws.add(PMC, tvb, 0, 1, (b0 & 0x40) != 0 ? 1 : 0);
        }
        ws.add(OPCODE, tvb, 0, 1, opcode);
        if (opcode != 0 && (opcode & 8) == 0) {
            // a message's first frame (control frames may come between fragments): its opcode serves the
            // reassembled message
            conv.firstFragOpcode = opcode;
        }
        ws.add(MASK, tvb, 1, 1, mask ? 1 : 0);
        ProtoNode len = ws.add(PAYLOAD_LENGTH, tvb, 1, 1, shortLength);
        if (shortLength == 126) {
            len.appendLabel(" Extended Payload Length (16 bits)");
            ws.add(PAYLOAD_LENGTH_16, tvb, 2, 2, tvb.u16(2));
        } else if (shortLength == 127) {
            len.appendLabel(" Extended Payload Length (64 bits)");
            ws.add(PAYLOAD_LENGTH_64, tvb, 2, 8, tvb.u64(2));
        }
        if (mask) {
            ws.addObj(MASKING_KEY, tvb, maskOffset, 4, null);
        }
        if (payloadLength == 0) {
            return;
        }
        if (ctx.fragmented && payloadLength > tvb.reportedLength() - payloadOffset) {
            // a frame TCP could not complete (no desegmentation): its payload's item runs past the data, a bounds
            // error that the fragmented packet shows as unreassembled
            throw BoundsException.MALFORMED;
        }
        ByteView payload;
        if (mask) {
            ws.addItem(MASKED_PAYLOAD, tvb, payloadOffset, Math.min(reported,
                    Math.max(0, tvb.capturedLength() - payloadOffset)));
            int n = Math.max(0, tvb.capturedLength() - payloadOffset);
            byte[] clear = tvb.toArray(payloadOffset, n);
            int key = tvb.u8(maskOffset) << 24 | tvb.u8(maskOffset + 1) << 16 | tvb.u8(maskOffset + 2) << 8
                    | tvb.u8(maskOffset + 3);
            for (int i = 0; i < n; i++) {
                clear[i] ^= (byte) (key >>> (24 - 8 * (i & 3)));
            }
            payload = ByteView.of(java.nio.ByteBuffer.wrap(clear), 0, n, Math.max(n, reported));
            ctx.addDataSource("Unmasked data", payload);
        } else {
            payload = tvb.sliceReported(payloadOffset, reported);
        }
        payload(payload, ctx, parent, ws, fin, opcode, conv, (b0 & 0x40) != 0, tcp);
    }

    /** dissect_websocket_payload. */
    private void payload(ByteView tvb, PacketContext ctx, ProtoNode parent, ProtoNode ws, boolean fin, int opcode,
                         Conv conv, boolean pmc, TcpInfo tcp) {
        int length = tvb.reportedLength();
        ProtoNode pl = ws.addItem(PAYLOAD, tvb, 0, Math.min(length, tvb.capturedLength()));
        if ((opcode & 8) != 0) {
            control(tvb, ctx, pl, opcode);
            return;
        }
        if (fin && opcode != 0 && ctx.fragmented) {
            return; // a whole data frame in a segment not desegmented: tshark shows its payload item and no more
        }
        if (fin && opcode != 0) {
            data(tvb, ctx, parent, pl, opcode, conv, pmc, tcp);
            return;
        }
        ByteView whole = addFragment(tvb, ctx, parent, conv, fin);
        if (whole != null) {
            // the message is whole: dissected with its first fragment's opcode
            data(whole, ctx, parent, pl, conv.firstFragOpcode, conv, pmc, tcp);
        } else if (opcode == 0) {
            parent.addObj(CONTINUE, tvb, 0, tvb.capturedLength(), null); // a middle fragment, shown as it is
        }
        // a first fragment shows nothing of its data
    }

    /**
     * fragment_add_seq_next and process_reassembled_data: the fragment joins the connection's message; at the last
     * one the "Reassembled websocket Fragments" tree is added and the whole message returned (null before it).
     */
    private static ByteView addFragment(ByteView tvb, PacketContext ctx, ProtoNode parent, Conv conv, boolean fin) {
        int n = tvb.capturedLength();
        long cap = ctx.limits().get(Limit.TCP_REASSEMBLY_BYTES);
        if (conv.fragments.size() + (long) n > cap) {
            conv.fragments.reset();
            conv.pieces.clear();
            ctx.limitReached(Limit.TCP_REASSEMBLY_BYTES, parent, "WebSocket message past " + cap
                    + " bytes not reassembled");
            return null;
        }
        conv.fragments.write(tvb.toArray(0, n), 0, n);
        conv.pieces.add(new long[] {ctx.frameNumber(), n});
        if (!fin) {
            return null;
        }
        byte[] all = conv.fragments.toByteArray();
        List<long[]> pieces = new ArrayList<>(conv.pieces);
        conv.fragments.reset();
        conv.pieces.clear();
        ByteView whole = ByteView.of(all);
        if (pieces.size() == 1) {
            return whole; // one fragment: no tree
        }
        ctx.addDataSource("Reassembled Message", whole);
        ProtoNode tree = parent.addItem(FRAGMENTS, whole, 0, all.length).generated();
        if (ctx.labels()) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < pieces.size(); i++) {
                sb.append(i == 0 ? ": #" : ", #").append(pieces.get(i)[0]).append('(').append(pieces.get(i)[1])
                        .append(')');
            }
            tree.label(pieces.size() + " Reassembled websocket Fragments (" + all.length + " bytes)")
                    .appendLabel(sb.toString());
        }
        int off = 0;
        for (long[] p : pieces) {
            int len = (int) p[1];
            // generated, as reassemble.c's show_fragment sets it: -V brackets the label, PDML's showname has none
            ProtoNode f = tree.add(FRAGMENT, whole, off, len, p[0]).generated();
            if (ctx.labels()) {
                f.label(len == 0 ? "Frame: " + p[0] + " (no data)" : "Frame: " + p[0] + ", payload: " + off + "-"
                        + (off + len - 1) + " (" + len + " byte" + (len == 1 ? "" : "s") + ")");
            }
            off += len;
        }
        tree.add(FRAGMENT_COUNT, whole, 0, 0, pieces.size()).generated();
        tree.add(REASSEMBLED_LENGTH, whole, 0, 0, all.length).generated();
        return whole;
    }

    /** dissect_websocket_control_frame. */
    private static void control(ByteView tvb, PacketContext ctx, ProtoNode pl, int opcode) {
        int length = Math.min(tvb.reportedLength(), tvb.capturedLength());
        switch (opcode) {
            case 8 -> {
                ProtoNode close = pl.addItem(CLOSE, tvb, 0, length);
                if (tvb.reportedLength() >= 2) {
                    close.add(CLOSE_STATUS, tvb, 0, 2, tvb.u16(0));
                    if (tvb.reportedLength() > 2) {
                        String reason = StringItems.utf8UpToNul(tvb, 2, tvb.capturedLength() - 2);
                        ProtoNode r = close.addObj(CLOSE_REASON, tvb, 2, tvb.capturedLength() - 2, reason);
                        if (ctx.labels()) {
                            r.label("Reason: " + FieldFormat.formatText(reason));
                        }
                    }
                }
            }
            case 9 -> pl.addObj(PING, tvb, 0, length, null);
            case 10 -> pl.addObj(PONG, tvb, 0, length, null);
            default -> unknown(tvb, ctx, pl, opcode);
        }
    }

    private static void unknown(ByteView tvb, PacketContext ctx, ProtoNode pl, int opcode) {
        ProtoNode u = pl.addObj(UNKNOWN, tvb, 0, tvb.capturedLength(), null);
        Expert.add(ctx, u, EI_UNKNOWN, "Dissector for Websocket Opcode (" + opcode + ") code not implemented,"
                + " Contact Wireshark developers if you want this supported");
    }

    /** dissect_websocket_data_frame: inflated when compressed, then text lines, data, or an unknown opcode. */
    private void data(ByteView tvb, PacketContext ctx, ProtoNode parent, ProtoNode pl, int opcode, Conv conv,
                      boolean pmc, TcpInfo tcp) {
        if (conv.deflate && pmc) {
            boolean toServer = tcp != null && tcp.dstPort == conv.serverPort;
            byte[] inflated = inflate(tvb, conv, toServer);
            if (inflated == null) {
                Expert.add(ctx, parent.addText(tvb, 0, tvb.capturedLength(), EI_DECOMPRESSION_FAILED.summary()),
                        EI_DECOMPRESSION_FAILED);
                return;
            }
            if (inflated.length > 0) {
                tvb = ByteView.of(inflated);
                ctx.addDataSource("Decompressed payload", tvb);
            }
        }
        switch (opcode) {
            case 1 -> {
                String text = StringItems.utf8UpToNul(tvb, 0, tvb.capturedLength());
                ProtoNode t = pl.addObj(TEXT, tvb, 0, tvb.capturedLength(), text);
                if (ctx.labels()) {
                    t.label("Text: " + FieldFormat.formatText(text));
                }
                ctx.put(MediaType.class, null); // packet-websocket.c clears match_string: no media type in the label
                TextLinesModule.dissect(tvb, ctx, parent);
            }
            case 2 -> DataModule.dissect(tvb, ctx, parent);
            default -> unknown(tvb, ctx, pl, opcode);
        }
    }

    /**
     * RFC 7692: the message's bytes with 00 00 ff ff appended, inflated with the direction's carried-over context
     * (or a fresh one); null when the data is not a deflate stream.
     */
    private static byte[] inflate(ByteView tvb, Conv conv, boolean toServer) {
        boolean takeover = toServer ? conv.toServerTakeover : conv.toClientTakeover;
        Inflater inf = toServer ? conv.toServer : conv.toClient;
        if (inf == null) {
            inf = new Inflater(true);
            if (takeover) {
                if (toServer) {
                    conv.toServer = inf;
                } else {
                    conv.toClient = inf;
                }
            }
        }
        int n = tvb.capturedLength();
        byte[] in = new byte[n + 4];
        tvb.copyTo(0, in, 0, n);
        in[n + 2] = (byte) 0xff;
        in[n + 3] = (byte) 0xff;
        inf.setInput(in);
        ByteArrayOutputStream out = new ByteArrayOutputStream(2 * in.length);
        byte[] buf = new byte[4096];
        try {
            while (!inf.finished() && !inf.needsInput()) {
                int k = inf.inflate(buf);
                if (k == 0 && (inf.needsDictionary() || inf.needsInput())) {
                    break;
                }
                out.write(buf, 0, k);
            }
        } catch (DataFormatException e) {
            return null;
        } finally {
            if (!takeover) {
                inf.end();
            }
        }
        return out.toByteArray();
    }

    private static Conv conv(PacketContext ctx, TcpInfo tcp) {
        State state = ctx.session().state(State.class, State::new);
        int stream = tcp == null ? -1 : tcp.stream;
        Conv c = state.byStream.get(stream);
        if (c == null) {
            c = new Conv();
            Setup setup = ctx.get(Setup.class);
            if (setup != null) {
                c.serverPort = setup.serverPort();
                String ext = setup.extensions();
                if (ext != null && (ext.contains("permessage-deflate") || ext.contains("x-webkit-deflate-frame"))) {
                    c.deflate = true;
                    c.toServerTakeover = !ext.contains("server_no_context_takeover");
                    c.toClientTakeover = !ext.contains("client_no_context_takeover");
                }
            }
            state.byStream.put(stream, c);
        }
        return c;
    }
}
