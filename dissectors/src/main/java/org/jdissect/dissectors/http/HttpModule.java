package org.jdissect.dissectors.http;

import org.jdissect.api.tree.FieldFormat;
import static org.jdissect.dissectors.http.HttpFields.*;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jdissect.api.bytes.BoundsException;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.limits.Limit;
import org.jdissect.api.pref.BoolPref;
import org.jdissect.api.pref.Preferences;
import org.jdissect.api.dissect.Dissector;
import org.jdissect.api.dissect.Handoff;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldSet;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.common.StringItems;
import org.jdissect.dissectors.data.DataModule;
import org.jdissect.dissectors.media.MediaModule;
import org.jdissect.dissectors.media.MediaType;
import org.jdissect.dissectors.media.MediaTypes;
import org.jdissect.dissectors.media.TextLinesModule;
import org.jdissect.dissectors.tcp.TcpInfo;
import org.jdissect.dissectors.websocket.WebSocketModule;
import org.jdissect.dissectors.tls.TlsModule;
import org.jdissect.dissectors.tcp.TcpModule;
import org.jdissect.dissectors.udp.UdpModule;

/**
 * HTTP/1.x over TCP as Wireshark 4.0's packet-http.c with tshark's defaults: the request or status line, each
 * header (a field of its own for the common ones, {@code http.request.line}/{@code http.response.line} for all),
 * request/response pairing per TCP stream, and reassembly of headers and bodies (Content-Length and chunked)
 * through {@link TcpInfo#requestMore}, then the body's content coding undone (gzip and deflate, by
 * {@link BodyInflater}, as http.decompress_body's default has it). One call dissects one message and returns its
 * length, so TCP loops over pipelined messages.
 *
 * <p>Payload that does not start with a request or status line is claimed silently while no HTTP message was seen
 * on the stream (as packet-http.c, which shows nothing and leaves nothing to "data"), and shown as a continuation
 * (File Data and Data inside the HTTP item) once one was.
 */
public final class HttpModule implements ProtocolModule {
    public static final String NAME = "http";
    /** packet-http.c's TCP_DEFAULT_RANGE. */
    public static final int[] DEFAULT_TCP_PORTS = {80, 3128, 3132, 5985, 8080, 8088, 11371, 1900, 2869, 2710};


    private static final Map<String, FieldDef> HEADERS = Map.ofEntries(
            Map.entry("host", HOST), Map.entry("user-agent", USER_AGENT), Map.entry("accept", ACCEPT),
            Map.entry("accept-encoding", ACCEPT_ENCODING), Map.entry("accept-language", ACCEPT_LANGUAGE),
            Map.entry("referer", REFERER), Map.entry("authorization", AUTHORIZATION),
            Map.entry("proxy-authorization", PROXY_AUTHORIZATION),
            Map.entry("proxy-authenticate", PROXY_AUTHENTICATE), Map.entry("www-authenticate", WWW_AUTHENTICATE),
            Map.entry("cookie", COOKIE), Map.entry("set-cookie", SET_COOKIE),
            Map.entry("content-type", CONTENT_TYPE), Map.entry("content-length", CONTENT_LENGTH_HEADER),
            Map.entry("content-encoding", CONTENT_ENCODING), Map.entry("transfer-encoding", TRANSFER_ENCODING),
            Map.entry("server", SERVER), Map.entry("connection", CONNECTION), Map.entry("location", LOCATION),
            Map.entry("cache-control", CACHE_CONTROL), Map.entry("date", DATE),
            Map.entry("last-modified", LAST_MODIFIED), Map.entry("upgrade", UPGRADE),
            Map.entry("x-forwarded-for", X_FORWARDED_FOR), Map.entry("sec-websocket-key", SEC_WEBSOCKET_KEY),
            Map.entry("sec-websocket-accept", SEC_WEBSOCKET_ACCEPT),
            Map.entry("sec-websocket-extensions", SEC_WEBSOCKET_EXTENSIONS),
            Map.entry("sec-websocket-protocol", SEC_WEBSOCKET_PROTOCOL),
            Map.entry("sec-websocket-version", SEC_WEBSOCKET_VERSION));

    /**
     * What the header lines add: their items, the Content-Length value, and the URIs built with the Host header
     * (a response shows its request's). With none of them kept, the lines are not walked at all.
     */
    private static final FieldSet HEADER_ITEMS = headerItems();

    private static FieldSet headerItems() {
        List<FieldDef> all = new java.util.ArrayList<>(HEADERS.values());
        all.addAll(List.of(REQUEST_LINE, RESPONSE_LINE, UNKNOWN_HEADER, CONTENT_LENGTH, AUTHBASIC, COOKIE_PAIR,
                REQUEST_FULL_URI, RESPONSE_FOR_URI));
        return Expert.group(all, BAD_HEADER_NAME, HttpFields.TE_AND_LENGTH, HttpFields.TE_UNKNOWN);
    }

    /** tshark's http.desegment_headers: wait for a message's headers across TCP segments. */
    public static final BoolPref DESEGMENT_HEADERS = new BoolPref("http.desegment_headers", "Whether the HTTP"
            + " dissector should reassemble headers of a request spanning multiple TCP segments. To use this option,"
            + " you must also enable \"Allow subdissectors to reassemble TCP streams\" in the TCP protocol settings.",
            true);
    /** tshark's http.desegment_body: wait for a body by its Content-Length or chunks. */
    public static final BoolPref DESEGMENT_BODY = new BoolPref("http.desegment_body", "Whether the HTTP dissector"
            + " should use the \"Content-length:\" value, if present, to reassemble the body of a request spanning"
            + " multiple TCP segments, and reassemble chunked data spanning multiple TCP segments. To use this option,"
            + " you must also enable \"Allow subdissectors to reassemble TCP streams\" in the TCP protocol settings.",
            true);
    /** tshark's http.dechunk_body: decode "Transfer-Encoding: chunked" bodies. */
    public static final BoolPref DECHUNK_BODY = new BoolPref("http.dechunk_body", "Whether to reassemble bodies of"
            + " entities that are transferred using the \"Transfer-Encoding: chunked\" method", true);
    /** tshark's http.decompress_body: inflate gzip/deflate bodies. */
    public static final BoolPref DECOMPRESS_BODY = new BoolPref("http.decompress_body", "Whether to uncompress"
            + " entity bodies that are compressed using \"Content-Encoding: \"", true);

    private final Map<String, Dissector> media = new HashMap<>();
    /** Where a connection upgraded to WebSocket goes (null without the module). */
    private Dissector websocket;

    /** What a message is shown as: HTTP over TCP, or SSDP (packet-http.c's dissect_ssdp) over UDP. */
    private record Flavor(FieldDef item, String layer, String column) {
    }

    private static final Flavor AS_HTTP = new Flavor(HTTP, NAME, "HTTP");
    private static final Flavor AS_SSDP = new Flavor(SSDP, "ssdp", "SSDP");
    public static final int SSDP_PORT = 1900;

    /** Marks a packet in which "http" was already added to frame.protocols (pipelined messages add it once). */
    /**
     * A message whose first line has no end in the data (packet-http.c's first_linelen -1, a capture cut short): its
     * columns are "Continuation" when the conversation had shown a request before it (have_seen_http), else not set
     * at all, whatever its tree shows. Read by the summary columns.
     */
    public record CutFirstLine(ProtoNode item, boolean seenHttp) { }

    private static final class Mark {
    }

    private static final Mark MARK = new Mark();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void register(Registrar r) {
        r.fields(ALL);
        r.experts(HttpFields.CHAT_EXPERT, HttpFields.DECOMPRESSION_FAILED, HttpFields.LEADING_CRLF,
                HttpFields.BAD_HEADER_NAME, HttpFields.TE_AND_LENGTH, HttpFields.TE_UNKNOWN,
                HttpFields.DECOMPRESSION_DISABLED);
        r.preferences(DESEGMENT_HEADERS, DESEGMENT_BODY, DECHUNK_BODY, DECOMPRESS_BODY);
        r.dissector(NAME, this::dissect);
    }

    @Override
    public void handoff(Handoff h) {
        for (int port : DEFAULT_TCP_PORTS) {
            h.table(TcpModule.PORT_TABLE).add(port, NAME, this::dissect);
        }
        h.heuristics(TcpModule.HEURISTICS).add(NAME, this::heuristic);
        h.table(UdpModule.PORT_TABLE).add(SSDP_PORT, "ssdp", this::ssdp);
        media.putAll(MediaTypes.resolve(h));
        websocket = h.dissector(WebSocketModule.NAME).orElse(null);
    }

    /**
     * dissect_ssdp: one message a datagram, no reassembly, request/response numbering per UDP conversation (a
     * multicast M-SEARCH and its unicast answers are not one).
     */
    int ssdp(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        if (tvb.capturedLength() == 0) {
            return 0;
        }
        HttpState.Conv conv = conv(ctx, -2 - ctx.udpStream);
        message(tvb, ctx, parent, null, conv, null, AS_SSDP);
        return tvb.capturedLength();
    }

    private static HttpState.Conv conv(PacketContext ctx, TcpInfo tcp) {
        return conv(ctx, tcp == null ? -1 : tcp.stream);
    }

    /** The state of conversation {@code key}: a TCP stream's index, or -2 - a UDP stream's. */
    private static HttpState.Conv conv(PacketContext ctx, int key) {
        HttpState state = ctx.session().state(HttpState.class, HttpState::new);
        HttpState.Conv c = state.conv(key);
        if (state.evicted >= 0) {
            // counted every time, marked once: past the cap it happens on every new stream
            String message = "HTTP stream table full: pairing of TCP stream " + state.evicted
                    + " (least recently seen) forgotten";
            state.evicted = -1;
            if (ctx.limitHits().count(Limit.HTTP_STREAMS) == 0) {
                ctx.limitReached(Limit.HTTP_STREAMS, ctx.tree().root(), message);
            } else {
                ctx.countLimit(Limit.HTTP_STREAMS, message);
            }
        }
        return c;
    }

    /**
     * packet-http.c's dissect_http_heur_tcp: a first line that starts or ends with "HTTP/1.1" claims the stream,
     * whose later payloads then all go to HTTP (the conversation dissector).
     */
    int heuristic(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        TcpInfo tcp = ctx.get(TcpInfo.class);
        if (tcp == null || tvb.capturedLength() == 0) {
            return 0;
        }
        // a stream is looked up, not created: a table entry per non-HTTP stream would cost memory and push HTTP
        // streams' pairing out of the capped table
        HttpState.Conv known = ctx.session().state(HttpState.class, HttpState::new).existing(tcp.stream);
        if (known == null || !known.pinned) {
            int len = tvb.capturedLength();
            int eol = lineEnd(tvb, 0, len);
            if (eol < 0 || eol == 8) {
                return 0;
            }
            // 4.0 compares seven characters ("HTTP/1.1" with its last left out): "HTTP/1.0" and "HTTP/1.x" pass
            boolean http11 = eol >= 8 && (tvb.latin1(eol - 8, 7).equalsIgnoreCase("HTTP/1.")
                    || tvb.latin1(0, 7).equalsIgnoreCase("HTTP/1."));
            if (!http11 || TlsModule.takesClaimed(tvb, ctx, tcp.stream)) {
                // a stream TLS's heuristic claimed is TLS's conversation: tshark tries that dissector first, and
                // the heuristics only when it refuses the payload
                return 0;
            }
            conv(ctx, tcp).pinned = true;
        }
        return dissect(tvb, ctx, parent);
    }

    /** Dissects one message (or continuation data) at the start of {@code tvb}; returns the bytes it took. */
    public int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        int len = tvb.capturedLength();
        if (len == 0) {
            return 0;
        }
        TcpInfo tcp = ctx.get(TcpInfo.class);
        boolean canDesegment = tcp != null && tcp.canDesegment && len == tvb.reportedLength();
        HttpState.Conv conv = conv(ctx, tcp);
        if (tcp != null && conv.lastCode == 200 && "CONNECT".equals(conv.lastMethod) && conv.lastUri != null
                && ctx.frameNumber() >= conv.tunnelFrame) {
            // dissect_http_tcp: once a CONNECT was answered 200, every later payload belongs to the tunnel
            if (conv.tunnelFrame == 0) {
                conv.tunnelFrame = ctx.frameNumber();
                conv.tunnelDirection = tcp.direction;
            }
            return tunnel(tvb, ctx, parent, conv, tcp);
        }
        if (conv.upgraded != null) {
            int mark = ctx.protocolsMark();
            boolean marked = ctx.get(Mark.class) != null;
            markProtocol(ctx);
            int afterHttp = ctx.protocolsMark();
            ctx.put(WebSocketModule.Setup.class, conv.webSocket);
            int n = conv.upgraded.dissect(tvb, ctx, parent);
            if (!marked && ctx.protocolsMark() == afterHttp && tcp != null && tcp.desegmentLen != 0
                    && tcp.desegmentOffset == 0) {
                // a first frame cut short: tshark lists no layer above TCP for the segment
                ctx.dropProtocolsAfter(mark);
                ctx.put(Mark.class, null);
            }
            return n;
        }
        boolean cut = tcp != null && len < tvb.reportedLength();
        if (cut && tvb.reportedLength() > 3 && (len < 2 || len == 2 && tvb.u8(0) == '\r' && tvb.u8(1) == '\n')) {
            // dissect_http_message reads two bytes to look for a leading CR LF, and after one the next byte: past a
            // capture cut this short, that read throws (tshark 4.0.17 lists HTTP, then the truncation)
            markProtocol(ctx);
            ctx.setCurrentProto(AS_HTTP.column());
            throw BoundsException.TRUNCATED;
        }
        ProtoNode before = parent.lastChild();
        int skip = 0;
        int n;
        if (tvb.reportedLength() > 3 && len > 2 && tvb.u8(0) == '\r' && tvb.u8(1) == '\n') {
            // RFC 2616: an empty line where a request line is expected is skipped (flagged, as packet-http.c does)
            skip = 2;
            n = message(tvb.tail(2), ctx, parent, tcp, conv, tvb, AS_HTTP) + 2;
            if (tcp != null && tcp.desegmentLen != 0) {
                tcp.desegmentOffset += 2;
            }
        } else {
            n = message(tvb, ctx, parent, tcp, conv, null, AS_HTTP);
        }
        int first = tvb.u8(skip);
        if (cut && tcp.desegmentLen == 0 && n >= len && parent.lastChild() != before && first >= 0x20
                && first < 0x7f && conv.upgraded == null) {
            // dissect_http_tcp goes on while reported bytes remain, and the next message's first byte is past the
            // capture: a segment cut short ends in "[Packet size limited during capture: HTTP truncated]" (not after
            // binary continuation data, where dissect_http_message returns -1 and the loop stops, nor after a
            // response that switched protocols, whose rest goes to the new one)
            ctx.setCurrentProto(AS_HTTP.column());
            throw BoundsException.TRUNCATED;
        }
        return n;
    }

    /**
     * One message (or continuation data) at the start of {@code tvb}; {@code crlf}, when not null, is the view whose
     * first two bytes are the CR LF skipped before it.
     */
    private int message(ByteView tvb, PacketContext ctx, ProtoNode parent, TcpInfo tcp, HttpState.Conv conv,
                        ByteView crlf, Flavor as) {
        int len = tvb.capturedLength();
        boolean canDesegment = tcp != null && tcp.canDesegment && len == tvb.reportedLength();
        Preferences prefs = ctx.engine().preferences();
        // req_resp_hdrs_do_reassembly waits for the headers only when told to (http.desegment_headers); without
        // them it finds no Content-Length nor chunks to wait for either
        boolean waitHeaders = canDesegment && prefs.on(DESEGMENT_HEADERS);
        int first = tvb.u8(0);
        if (first < 0x20 || first >= 0x7f) {
            // packet-http.c: "probably isn't HTTP" — binary data is not searched for a line end
            if (conv.seenHttp()) {
                continuation(tvb, ctx, parent, false, as);
            }
            return len;
        }
        int eol = lineEnd(tvb, 0, len);
        // dissect_http_message looks for the first line's end as if desegmenting (a CR ending the data is no end
        // yet): without one, the line is neither request nor response for the Info and Protocol columns, though the
        // header loop, which takes the data to its end as the line, shows it as one in the tree
        boolean firstLineCut = eol < 0 || crAtEnd(tvb, eol, len);
        boolean seenBefore = conv.seenHttp();
        if (eol < 0 || waitHeaders && firstLineCut) {
            if (waitHeaders) {
                tcp.requestMore(0, TcpInfo.ONE_MORE_SEGMENT);
                return len;
            }
            eol = len;
        }
        int next = afterLine(tvb, eol, len);
        String line = tvb.latin1(0, eol);
        FirstLine fl = FirstLine.parse(line);
        if (fl == null) {
            if (conv.seenHttp()) {
                continuation(tvb, ctx, parent, true, as);
            } else if (as == AS_HTTP && tcp != null && len < tvb.reportedLength()) {
                // text that is no message, cut by the capture: packet-http.c hands it to the data dissector with
                // no HTTP tree to show it in, then its next message's first byte is past the capture
                markProtocol(ctx, as);
                ctx.addProtocol("data");
                ctx.setCurrentProto(as.column());
                throw BoundsException.TRUNCATED;
            } else if (ctx.get(org.jdissect.dissectors.icmp.InErrorPacket.class) == null) {
                ctx.session().get(TapOnly.class, TapOnly::new).note(ctx.frameNumber());
            }
            return len;
        }
        // packet-http.c puts the first line in the Info column before it asks TCP for the rest of the message
        ctx.pendingInfo = line;

        // ---- headers: find their end, asking TCP for more while it is missing ----------------------------------
        int hdrEnd = -1;
        int blankStart = -1;
        int pos = next;
        while (pos < len) {
            int e = lineEnd(tvb, pos, len);
            if (e < 0 || waitHeaders && crAtEnd(tvb, e, len)) {
                break;
            }
            if (e == pos) {
                blankStart = pos;
                hdrEnd = afterLine(tvb, e, len);
                break;
            }
            pos = afterLine(tvb, e, len);
        }
        if (hdrEnd < 0) {
            if (waitHeaders) {
                tcp.requestMore(0, TcpInfo.ONE_MORE_SEGMENT);
                return len;
            }
            hdrEnd = len;
        }
        BodyHeaders bh = BodyHeaders.scan(tvb, next, blankStart < 0 ? hdrEnd : blankStart, len);
        MediaType contentType = bh.contentType();
        long contentLength = bh.contentLength();
        boolean chunked = bh.chunked();

        // ---- body length ------------------------------------------------------------------------------------
        int code = Math.max(0, fl.code);
        boolean noBody = fl.response && ("HEAD".equals(conv.lastMethod) || code / 100 == 1 || code == 204
                || code == 304);
        // packet-http.c asks for no body at the end of the stream (a FIN: nothing more will come), nor for the
        // responses that never have one, a CONNECT's success included (judged by parse_http_status_code's code)
        int sc = fl.statusCode;
        boolean bodyDeseg = canDesegment && prefs.on(DESEGMENT_BODY) && !tcp.fin
                && !(fl.response && ("HEAD".equals(conv.lastMethod) || sc / 100 == 1 || sc == 204 || sc == 304
                || sc / 100 == 2 && ("CONNECT".equals(conv.lastMethod) || "SSTP_DUPLEX_POST".equals(conv.lastMethod))));
        // the body is waited for by its length or chunks only when the headers were
        boolean byLength = bodyDeseg && waitHeaders;
        int bodyLen;
        Chunks chunks = null;
        long maxBody = ctx.limits().get(Limit.HTTP_BODY_BYTES);
        String capped = null; // why the body was not reassembled, when a cap is the reason
        if (noBody) {
            bodyLen = 0;
        } else if (!waitHeaders && fl.response && bodyDeseg) {
            // headers not looked at: neither length nor chunks known, so a response runs to the end of the stream
            tcp.requestMore(0, TcpInfo.UNTIL_FIN);
            return len;
        } else if (chunked && !bh.chunkedFirst() && contentLength < 0 && fl.response && byLength) {
            // "gzip, chunked": not chunked to req_resp_hdrs_do_reassembly, so a body up to the FIN
            tcp.requestMore(0, TcpInfo.UNTIL_FIN);
            return len;
        } else if (chunked) {
            chunks = Chunks.scan(tvb, hdrEnd, len, maxBody);
            if (!chunks.complete && byLength && bh.chunkedFirst()) {
                if (len - hdrEnd < maxBody) {
                    tcp.requestMore(0, chunks.need);
                    tcp.infoRepeats = true; // req_resp_hdrs_do_reassembly asks for one more segment at a time
                    return len;
                }
                capped = "chunked HTTP body past " + maxBody + " bytes not reassembled";
            }
            bodyLen = chunks.end - hdrEnd;
        } else if (contentLength >= 0) {
            long have = len - hdrEnd;
            if (contentLength > have) {
                if (byLength && contentLength <= maxBody) {
                    tcp.requestMore(0, (int) (contentLength - have));
                    return len;
                }
                if (byLength) {
                    capped = "HTTP body of " + contentLength + " bytes (Content-Length) not reassembled";
                }
                bodyLen = (int) have;
            } else {
                bodyLen = (int) contentLength;
            }
        } else if (fl.response && bodyDeseg) {
            // neither length nor chunks: the body runs to the end of the connection (RFC 7230 3.3.3, case 7)
            tcp.requestMore(0, TcpInfo.UNTIL_FIN);
            return len;
        } else {
            // a request without Content-Length has no body; a response runs to the end of what we have
            bodyLen = fl.response ? len - hdrEnd : 0;
        }
        // packet-http.c's message ends its headers at the first line that is neither blank nor has a colon
        // (req_resp_hdrs_do_reassembly, which waited for the blank line, does not): what follows is body, by the
        // message's own headers before that line
        int stop = headerBreak(tvb, next, blankStart < 0 ? hdrEnd : blankStart, len);
        // such a line cut short by the capture (no line end, bytes reported past it) may be a header's start:
        // tvb_ensure_bytes_exist(offset, linelen + 1) throws there, after the lines before it are shown
        boolean cutLine = stop >= 0 && lineEnd(tvb, stop, len) < 0 && len < tvb.reportedLength();
        BodyHeaders own = bh; // the message's own headers
        if (stop >= 0) {
            own = BodyHeaders.scan(tvb, next, stop, len);
            contentType = own.contentType();
            blankStart = -1;
            hdrEnd = stop;
            chunks = null;
            if (own.contentLength() >= 0 && !own.chunked()) {
                bodyLen = (int) Math.min(own.contentLength(), len - stop);
            } else if (fl.response) {
                bodyLen = code / 100 == 1 || code == 204 || code == 304 ? 0 : len - stop;
            } else {
                bodyLen = fl.notification || own.chunked() ? len - stop : 0;
            }
        }
        int pdu = hdrEnd + bodyLen;

        // ---- the tree ---------------------------------------------------------------------------------------
        markProtocol(ctx, as);
        // packet-http.c adds the item to the end of the data it was given, and cuts it to the headers when a
        // media type's dissector takes the body (below); len(http) and slices of http follow it
        ProtoNode http = parent.addItem(as.item(), tvb, 0, len);
        if (firstLineCut) {
            ctx.put(CutFirstLine.class, new CutFirstLine(http, seenBefore));
        }
        boolean lab = ctx.labels();
        ctx.setCurrentProto(as.column()); // the findings below are HTTP's (tshark -z expert's Protocol column)
        if (crlf != null) {
            Expert.add(ctx, http.addText(crlf, 0, 2, LEADING_CRLF.summary()), LEADING_CRLF);
        }
        if (capped != null) {
            ctx.limitReached(Limit.HTTP_BODY_BYTES, http, capped);
        }
        String firstText = FieldFormat.formatText(text(tvb, 0, next));
        ProtoNode firstNode = http.addText(tvb, 0, next, firstText);
        Expert.add(ctx, firstNode, HttpFields.CHAT_EXPERT, firstText);
        firstLineItems(firstNode, tvb, fl, lab);
        // a tree that keeps no header item (nor the URIs the Host header makes, which later responses show too) skips
        // the header lines
        int headersEnd = ctx.tree().keepsStateFor(HEADER_ITEMS) ? (blankStart < 0 ? hdrEnd : blankStart) : next;
        String host = headerItems(http, tvb, ctx, next, headersEnd, len,
                fl.notification ? UNKNOWN_HEADER : fl.response ? RESPONSE_LINE : REQUEST_LINE);
        if (cutLine) {
            if (!fl.response && !fl.notification) {
                // the request line's method and URI are the conversation's from the moment it is read: a response
                // shows that URI though this request was never paired
                conv.lastMethod = fl.method;
                conv.lastUri = fl.b;
            }
            throw BoundsException.TRUNCATED;
        }
        if (blankStart >= 0 && ctx.tree().keepsAll()) { // a text item: only whole trees keep it
            http.addText(tvb, blankStart, hdrEnd - blankStart, FieldFormat.formatText(text(tvb, blankStart,
                    hdrEnd - blankStart)));
        }
        pairing(http, tvb, ctx, conv, fl, host, lab);
        if (fl.response && conv.lastMethod != null && own.upgrade() != null && conv.lastCode == 101) {
            // the protocol switched after this response's headers (RFC 7230 6.7): every later payload of the
            // connection goes to the protocol named by Upgrade (packet-http.c's upgrade table), data if unknown
            String up = own.upgrade();
            int slash = up.indexOf('/');
            boolean ws = up.equals("websocket") || slash >= 0 && up.substring(0, slash).equals("websocket");
            conv.upgraded = ws && websocket != null ? websocket : DataModule::dissect;
            conv.webSocket = new WebSocketModule.Setup(own.wsProtocol(), own.wsExtensions(), tcp == null ? 0
                    : tcp.srcPort);
        }

        // ---- the body -----------------------------------------------------------------------------------------
        ByteView body;
        if (chunks != null && hdrEnd < len && !prefs.on(DECHUNK_BODY)) {
            // http.dechunk_body off: the chunked body is shown as it came, as data below HTTP, and not read further
            DataModule.dissect(tvb.sliceReported(hdrEnd, bodyLen), ctx, http);
            return pdu;
        }
        if (chunks != null && hdrEnd < len) {
            body = chunks.tree(tvb, hdrEnd, http);
            if (!chunks.list.isEmpty()) {
                // chunked_encoding_dissector decoded a chunk, if only the last (zero) one: packet-http.c adds the
                // de-chunked body as a data source, empty or not
                ctx.addDataSource("De-chunked entity body", body);
            }
        } else {
            body = bodyLen == 0 ? ByteView.empty() : tvb.sliceReported(hdrEnd, bodyLen);
        }
        int bodyCap = body.capturedLength();
        if (bodyCap > 0) {
            String coding = bh.contentEncoding();
            if (coding != null && !asciiEqualsIgnoreCase(coding, "identity")) {
                body = decoded(body, coding, ctx, http, prefs.on(DECOMPRESS_BODY));
                if (body == null) {
                    return pdu; // the coded bytes shown as data: the item keeps the body
                }
                bodyCap = body.capturedLength();
            }
            // the body as text only when read: it is a copy of the whole body
            ProtoNode fileData = http.addAscii(FILE_DATA, body, 0, bodyCap);
            if (lab) {
                fileData.label("File Data: " + bodyCap + " bytes"); // "1 bytes" too, as Wireshark words it
            }
            if (bodyCap == 0) {
                return pdu; // a body that inflated to nothing: File Data: 0 bytes and no body dissector
            }
            if (contentType == null) {
                DataModule.dissect(body, ctx, http);
            } else {
                MediaType mt = contentType;
                Dissector d = media.get(mt.type());
                if (d == null && mt.type().startsWith("multipart/")) {
                    d = media.get("multipart/"); // packet-http.c: an unknown multipart subtype is tried anyway
                }
                ctx.put(MediaType.class, mt);
                if (d == null) {
                    MediaModule.dissect(body, ctx, parent);
                } else if (d.dissect(body, ctx, parent) > 0) {
                    http.setLength(hdrEnd); // the media type's dissector took the body
                }
            }
        }
        return pdu;
    }

    /**
     * packet-http.c's content coding step, after de-chunking: the "Content-encoded entity body (CODING): N bytes"
     * item, and the body inflated for gzip, x-gzip, deflate and x-deflate (names in any case). Returns the body
     * the message goes on with, or null when it is not decoded: then the item carries "Decompression failed" and
     * the coded bytes as data, and nothing else of the body is shown (no File Data). Wireshark also decodes br
     * when built with brotli, as tshark 4.0.17 is; jdissect has no brotli decoder, so br always shows as a
     * failure (the same as tshark's for bytes that are no brotli stream, not for real brotli bodies).
     */
    private static ByteView decoded(ByteView coded, String coding, PacketContext ctx, ProtoNode http,
                                    boolean decompress) {
        int codedLen = coded.capturedLength();
        ProtoNode entity = http.addText(coded, 0, codedLen,
                "Content-encoded entity body (" + FieldFormat.formatText(coding) + "): " + codedLen + " bytes");
        BodyInflater.Inflated inflated = null;
        if (decompress && (asciiEqualsIgnoreCase(coding, "gzip") || asciiEqualsIgnoreCase(coding, "deflate")
                || asciiEqualsIgnoreCase(coding, "x-gzip") || asciiEqualsIgnoreCase(coding, "x-deflate"))) {
            inflated = BodyInflater.inflate(coded.toArray(0, codedLen), ctx.limits().get(Limit.HTTP_INFLATED_BYTES));
        }
        if (inflated == null) {
            Expert.add(ctx, entity, decompress ? HttpFields.DECOMPRESSION_FAILED : HttpFields.DECOMPRESSION_DISABLED);
            DataModule.dissect(coded, ctx, entity);
            return null;
        }
        entity.appendLabel(" -> " + inflated.length() + " bytes");
        if (inflated.capped()) {
            ctx.limitReached(Limit.HTTP_INFLATED_BYTES, entity, "HTTP body (" + coding + ") inflated no further than "
                    + inflated.length() + " bytes");
        }
        ByteView plain = inflated.view();
        ctx.addDataSource("Uncompressed entity body", plain);
        return plain;
    }

    /** g_ascii_strcasecmp(a, b) == 0: case is ignored for ASCII letters only. */
    private static boolean asciiEqualsIgnoreCase(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            if (asciiLower(a.charAt(i)) != asciiLower(b.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /**
     * The request or response line's items. (The steps of {@link #dissect} are methods of their own: one method of
     * 2,400 bytecodes took C2 half a second to compile, during which the hot dissectors waited in its queue.)
     */
    private static void firstLineItems(ProtoNode firstNode, ByteView tvb, FirstLine fl, boolean lab) {
        if (fl.response) {
            ProtoNode version = firstNode.addObj(RESPONSE_VERSION, tvb, fl.aOff, fl.a.length(), fl.a);
            if (lab) { // labels are built only for the outputs that show them (-V, JSON)
                version.label("Response Version: " + FieldFormat.formatText(fl.a));
            }
            if (fl.code < 0) {
                return; // a status code token shorter than three characters: nothing more
            }
            firstNode.add(RESPONSE_CODE, tvb, fl.bOff, 3, fl.code);
            String desc = StatusCodes.describe(fl.code);
            firstNode.addObj(RESPONSE_CODE_DESC, tvb, fl.bOff, 3, desc != null ? desc : "Unknown (" + fl.code + ")")
                    .generated();
            if (!fl.c.isEmpty()) {
                ProtoNode phrase = firstNode.addObj(RESPONSE_PHRASE, tvb, fl.cOff, fl.c.length(), fl.c);
                if (lab) {
                    phrase.label("Response Phrase: " + FieldFormat.formatText(fl.c));
                }
            }
        } else {
            ProtoNode method = firstNode.addObj(REQUEST_METHOD, tvb, fl.aOff, fl.a.length(), fl.a);
            ProtoNode uri = firstNode.addObj(REQUEST_URI, tvb, fl.bOff, fl.b.length(), fl.b);
            ProtoNode version = firstNode.addObj(REQUEST_VERSION, tvb, fl.cOff, fl.c.length(), fl.c);
            if (lab) {
                method.label("Request Method: " + FieldFormat.formatText(fl.a));
                uri.label("Request URI: " + FieldFormat.formatText(fl.b));
                version.label("Request Version: " + FieldFormat.formatText(fl.c));
            }
            uriParts(uri, tvb, fl.bOff, fl.b, lab);
        }
    }

    /**
     * The path, query and query parameters of a request URI with a non-empty query, as packet-http.c's
     * basic_request_dissector: parameters are strtok's tokens between '&'s (empty ones skipped), each placed one
     * byte past the end of the one before, which after a skipped "&&" is not where it lies (tshark's offsets).
     */
    private static void uriParts(ProtoNode uri, ByteView tvb, int off, String u, boolean lab) {
        int q = u.indexOf('?');
        if (q < 0 || u.length() - q <= 1 || !uri.wantsAny(URI_PARTS)) {
            return;
        }
        String path = u.substring(0, q);
        String query = u.substring(q + 1);
        ProtoNode p = uri.addObj(REQUEST_URI_PATH, tvb, off, q, path);
        int at = off + q + 1;
        ProtoNode qn = uri.addObj(REQUEST_URI_QUERY, tvb, at, query.length(), query);
        if (lab) {
            p.label("Request URI Path: " + FieldFormat.formatText(path));
            qn.label("Request URI Query: " + FieldFormat.formatText(query));
        }
        for (String param : query.split("&")) {
            if (param.isEmpty()) {
                continue;
            }
            ProtoNode pn = qn.addObj(REQUEST_URI_QUERY_PARAMETER, tvb, at, param.length(), param);
            if (lab) {
                pn.label("Request URI Query Parameter: " + FieldFormat.formatText(param));
            }
            at += param.length() + 1;
        }
    }

    private static final FieldSet URI_PARTS =
            FieldSet.of(REQUEST_URI_PATH, REQUEST_URI_QUERY, REQUEST_URI_QUERY_PARAMETER);

    /** The header lines' items, from {@code from} to {@code to}; returns the Host header's value, or null. */
    private static String headerItems(ProtoNode http, ByteView tvb, PacketContext ctx, int from, int to, int len,
                                      FieldDef lineField) {
        String host = null;
        boolean haveLength = false;
        boolean haveCoding = false;
        for (int p = from; p < to; ) {
            int e = lineEnd(tvb, p, len);
            int end = e < 0 ? len : afterLine(tvb, e, len);
            String h = tvb.latin1(p, (e < 0 ? len : e) - p);
            int colon = h.indexOf(':');
            boolean validName = colon > 0 && tokenChars(h, colon);
            FieldDef f = validName ? HEADERS.get(h.substring(0, colon).toLowerCase(Locale.ROOT)) : null;
            // the line with its terminator, the line item's value and the label of either: only for kept items
            boolean kept = http.wants(lineField) || (f != null && http.wants(f)) || !validName;
            String raw = kept ? ascii(tvb.latin1(p, end - p)) : null;
            String shown = kept && raw.indexOf('\uFFFD') >= 0 ? text(tvb, p, end - p) : raw;
            if (f == null) {
                // a notification's unknown header is a string of the line's shown text (format_text), unless its
                // name is invalid (then the bytes, as for the line items)
                boolean formatted = lineField == UNKNOWN_HEADER && validName && kept;
                ProtoNode line = lineLabel(http.addObj(lineField, tvb, p, end - p,
                        formatted ? FieldFormat.formatText(shown) : raw), shown);
                if (!validName) {
                    // the line item is a string of the line's bytes (ENC_ASCII): proto.c notes bytes after a NUL
                    StringItems.noteStray(line, tvb, p, end - p, ctx);
                    Expert.add(ctx, line, BAD_HEADER_NAME);
                }
            } else {
                // the header's own field first, then the hidden line item, in the order tshark -T json lists them
                // as packet-http.c: spaces and tabs after the colon skipped, the rest of the line kept as it is
                int v = colon + 1;
                while (v < h.length() && (h.charAt(v) == ' ' || h.charAt(v) == '\t')) {
                    v++;
                }
                String value = ascii(h.substring(v));
                ProtoNode hn = lineLabel(http.addObj(f, tvb, p, end - p, value), shown);
                if (lineField != UNKNOWN_HEADER) {
                    // labelled like the header's item (only PDML shows a hidden item's label)
                    lineLabel(http.addObj(lineField, tvb, p, end - p, raw).hidden(), shown);
                }
                if (f == HOST) {
                    host = value;
                } else if ((f == AUTHORIZATION || f == PROXY_AUTHORIZATION) && value.startsWith("Basic ")) {
                    // check_auth_basic: the scheme's name as written, the credentials at offset 0, not generated
                    String credentials = basicCredentials(value.substring(6));
                    ProtoNode cn = hn.addObj(AUTHBASIC, tvb, 0, 0, credentials);
                    if (!cn.isPhantom()) {
                        cn.label("Credentials: " + FieldFormat.formatText(credentials));
                    }
                } else if (f == COOKIE) {
                    cookiePairs(hn, tvb, p + v, value);
                } else if (f == CONTENT_LENGTH_HEADER) {
                    long cl = parseLength(value.trim()); // white space may follow the number
                    if (cl >= 0) {
                        hn.add(CONTENT_LENGTH, tvb, p, end - p, cl).generated();
                        haveLength = true;
                        if (haveCoding) {
                            Expert.add(ctx, hn, HttpFields.TE_AND_LENGTH);
                        }
                    }
                } else if (f == TRANSFER_ENCODING) {
                    if (haveLength) {
                        Expert.add(ctx, hn, HttpFields.TE_AND_LENGTH);
                    }
                    haveCoding = true;
                    if (!transferCodingsKnown(value)) {
                        Expert.add(ctx, hn, HttpFields.TE_UNKNOWN);
                    }
                }
            }
            p = end;
        }
        return host;
    }

    /** Transfer codings http_parse_transfer_coding understands, each matched as a prefix, case and all. */
    private static final String[] TRANSFER_CODINGS = {"compress", "deflate", "gzip", "identity", "x-compress",
        "x-gzip"};

    /**
     * http_parse_transfer_coding: whether every name in a Transfer-Encoding value is known, "chunked" any number of
     * times and at most one other coding (a second one is not understood).
     */
    static boolean transferCodingsKnown(String v) {
        boolean coded = false;
        int i = 0;
        int n = v.length();
        while (i < n) {
            while (i < n && (v.charAt(i) == ' ' || v.charAt(i) == '\t' || v.charAt(i) == ',')) {
                i++;
            }
            if (i == n) {
                break;
            }
            if (v.startsWith("chunked", i)) {
                i += 7;
                continue;
            }
            if (coded) {
                return false;
            }
            String known = null;
            for (String c : TRANSFER_CODINGS) {
                if (v.startsWith(c, i)) {
                    known = c;
                    break;
                }
            }
            if (known == null) {
                return false; // packet-http.c reads on from the next comma, but the value is not understood
            }
            coded = true;
            i += known.length();
        }
        return true;
    }

    /**
     * Base64 as g_base64_decode_inplace reads it: characters outside the alphabet skipped, bytes written a whole
     * quad at a time (a last incomplete quad is lost), '=' in a quad's last two places dropping a byte; the result
     * ends at its first NUL (a C string), its bytes read as UTF-8.
     */
    static String basicCredentials(String b64) {
        byte[] out = new byte[b64.length() / 4 * 3 + 3];
        int n = 0;
        int v = 0;
        int i = 0;
        char last0 = 0;
        char last1 = 0;
        for (int k = 0; k < b64.length(); k++) {
            char c = b64.charAt(k);
            int rank = c >= 'A' && c <= 'Z' ? c - 'A' : c >= 'a' && c <= 'z' ? c - 'a' + 26
                    : c >= '0' && c <= '9' ? c - '0' + 52 : c == '+' ? 62 : c == '/' ? 63 : c == '=' ? 0 : -1;
            if (rank < 0) {
                continue;
            }
            last1 = last0;
            last0 = c;
            v = (v << 6) | rank;
            if (++i == 4) {
                out[n++] = (byte) (v >> 16);
                if (last1 != '=') {
                    out[n++] = (byte) (v >> 8);
                }
                if (last0 != '=') {
                    out[n++] = (byte) v;
                }
                i = 0;
            }
        }
        int end = 0;
        while (end < n && out[end] != 0) {
            end++;
        }
        return new String(out, 0, end, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Whether the header name {@code h[0, n)} is all RFC 7230 tchars (packet-http.c's is_token_char). */
    private static boolean tokenChars(String h, int n) {
        for (int i = 0; i < n; i++) {
            char c = h.charAt(i);
            boolean alnum = c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
            if (!alnum && "!#$%&\\:*+-.^_`|~".indexOf(c) < 0 || c == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A Cookie header's name=value pairs (HDR_COOKIE): split at ';', white space and empty parts skipped, each pair
     * placed where it lies in the value (which starts at {@code off}).
     */
    private static void cookiePairs(ProtoNode header, ByteView tvb, int off, String value) {
        int i = 0;
        int n = value.length();
        while (i < n) {
            char c = value.charAt(i);
            while (c == ';' || c == ' ' || c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r') {
                if (++i >= n) {
                    return;
                }
                c = value.charAt(i);
            }
            int semi = value.indexOf(';', i);
            int partLen = (semi < 0 ? n : semi) - i;
            header.addObj(COOKIE_PAIR, tvb, off + i, partLen, value.substring(i, i + partLen));
            i += partLen;
        }
    }

    /** The start of the first header line in [from, to) that has no colon, or -1. */
    private static int headerBreak(ByteView tvb, int from, int to, int len) {
        for (int p = from; p < to; ) {
            int e = lineEnd(tvb, p, len);
            int end = e < 0 ? len : e;
            int colon = tvb.indexOf(p, ':');
            if (end > p && (colon < 0 || colon >= end)) {
                return p;
            }
            p = e < 0 ? len : afterLine(tvb, e, len);
        }
        return -1;
    }

    /** Request/response numbering and pairing, as packet-http.c's request/response list. */
    private static void pairing(ProtoNode http, ByteView tvb, PacketContext ctx, HttpState.Conv conv, FirstLine fl,
                                String host, boolean lab) {
        // packet-http.c adds these at offset 0 of the tvb it loops over its messages in (see TcpInfo#pduBase)
        TcpInfo tcp = ctx.get(TcpInfo.class);
        ByteView base = tcp != null && tcp.pduBase != null ? tcp.pduBase : tvb;
        long frame = ctx.frameNumber();
        long nowTime = ctx.record().epochSeconds() * 1_000_000_000L + ctx.record().nanos();
        HttpState state = ctx.session().state(HttpState.class, HttpState::new);
        if (fl.notification) {
            // packet-http.c: a notification (NOTIFY, SUBSCRIBE, UNSUBSCRIBE) has a full URI but takes no part in pairing
            String fullUri = fullUri(host, fl.b, fl.method);
            if (fullUri != null) {
                ProtoNode full = http.addObj(REQUEST_FULL_URI, base, 0, 0, fullUri).generated();
                if (lab) {
                    full.label("Full request URI: " + FieldFormat.formatText(fullUri));
                }
                conv.fullUri = fullUri;
            }
            conv.lastMethod = fl.method;
            conv.lastUri = fl.b;
            http.add(NOTIFICATION, base, 0, 0, 1).hidden();
        } else if (!fl.response) {
            String fullUri = fullUri(host, fl.b, fl.method);
            if (fullUri != null) {
                ProtoNode full = http.addObj(REQUEST_FULL_URI, base, 0, 0, fullUri).generated();
                if (lab) {
                    full.label("Full request URI: " + FieldFormat.formatText(fullUri));
                }
            }
            http.add(REQUEST, base, 0, 0, 1).hidden();
            HttpState.ReqRes now = conv.push();
            now.reqFrame = frame;
            now.reqTime = nowTime;
            state.note(frame, now);
            if (fullUri != null) {
                conv.fullUri = fullUri; // packet-http.c keeps the conversation's last one when a request has none
            }
            conv.lastMethod = fl.method;
            conv.lastUri = fl.b;
            HttpState.ReqRes rr = state.shown(frame, now);
            ProtoNode number = http.add(REQUEST_NUMBER, base, 0, 0, rr.number).generated();
            if (lab) {
                number.label("HTTP request " + rr.number + "/" + rr.conv.count);
            }
            if (rr.prev != null && rr.prev.reqFrame > 0) {
                http.add(PREV_REQUEST_IN, base, 0, 0, rr.prev.reqFrame).generated();
            }
            // known in a second pass of two only
            if (rr.resFrame > 0) {
                http.add(RESPONSE_IN, base, 0, 0, rr.resFrame).generated();
            }
            if (rr.next != null && rr.next.reqFrame > 0) {
                http.add(NEXT_REQUEST_IN, base, 0, 0, rr.next.reqFrame).generated();
            }
        } else {
            http.add(RESPONSE, base, 0, 0, 1).hidden();
            if (fl.code >= 0) {
                conv.lastCode = fl.code;
            }
            HttpState.ReqRes now = conv.tail;
            if (now == null || now.resFrame > 0) {
                now = conv.push();
            }
            now.resFrame = frame;
            state.note(frame, now);
            HttpState.ReqRes rr = state.shown(frame, now);
            ProtoNode number = http.add(RESPONSE_NUMBER, base, 0, 0, rr.number).generated();
            if (lab) {
                number.label("HTTP response " + rr.number + "/" + rr.conv.count);
            }
            if (rr.reqFrame > 0) {
                http.add(TIME, base, 0, 0, nowTime - rr.reqTime).generated();
            }
            if (rr.prev != null && rr.prev.reqFrame > 0) {
                http.add(PREV_REQUEST_IN, base, 0, 0, rr.prev.reqFrame).generated();
            }
            if (rr.prev != null && rr.prev.resFrame > 0) {
                http.add(PREV_RESPONSE_IN, base, 0, 0, rr.prev.resFrame).generated();
            }
            if (rr.reqFrame > 0) {
                http.add(REQUEST_IN, base, 0, 0, rr.reqFrame).generated();
            }
            if (rr.next != null && rr.next.reqFrame > 0) {
                http.add(NEXT_REQUEST_IN, base, 0, 0, rr.next.reqFrame).generated();
            }
            if (rr.next != null && rr.next.resFrame > 0) {
                http.add(NEXT_RESPONSE_IN, base, 0, 0, rr.next.resFrame).generated();
            }
            String forUri = conv.fullUri != null ? conv.fullUri : conv.lastUri;
            if (forUri == null && rr != now) {
                // a second pass of two knows the conversation's requests to the end (a response ahead of any)
                forUri = rr.conv.fullUri != null ? rr.conv.fullUri : rr.conv.lastUri;
            }
            if (forUri != null) {
                ProtoNode fn = http.addObj(RESPONSE_FOR_URI, base, 0, 0, forUri).generated();
                if (lab) {
                    fn.label("Request URI: " + FieldFormat.formatText(forUri));
                }
            }
        }
    }

    /** Labels a header item with its line as shown; the formatting is skipped for an item the tree does not keep. */
    /**
     * A string value as tvb_get_string_enc with ENC_ASCII makes it, from text read one char per byte: every byte above
     * 0x7f is U+FFFD (so offsets and lengths still count bytes).
     */
    static String ascii(String latin1) {
        int i = 0;
        while (i < latin1.length() && latin1.charAt(i) < 0x80) {
            i++;
        }
        if (i == latin1.length()) {
            return latin1;
        }
        char[] c = latin1.toCharArray();
        for (; i < c.length; i++) {
            if (c[i] >= 0x80) {
                c[i] = '\uFFFD';
            }
        }
        return new String(c);
    }

    /**
     * A line as tshark shows it in a text item or label (format_text): the bytes read as UTF-8 as format_text reads
     * them, so "café" stays readable while its ASCII string value is "caf\uFFFD\uFFFD"; already escaped, which
     * formatText leaves as it is.
     */
    private static String text(ByteView tvb, int off, int n) {
        return FieldFormat.formatTextOfBytes(tvb.toArray(off, n), 0, n);
    }

    private static ProtoNode lineLabel(ProtoNode item, String raw) {
        return item.isPhantom() ? item : item.label(FieldFormat.formatText(raw));
    }

    /**
     * packet-http.c's http_payload_subdissector: a payload of a CONNECT's tunnel goes, below an HTTP item naming the
     * target, to the protocol of the target's port (taking the proxy's port's place), or to data when that port is
     * HTTP's own. A request URI without ':' shows nothing.
     */
    private static int tunnel(ByteView tvb, PacketContext ctx, ProtoNode parent, HttpState.Conv conv, TcpInfo tcp) {
        int len = tvb.capturedLength();
        int colon = conv.lastUri.indexOf(':');
        if (colon < 0) {
            return len; // nothing in the tree: frame.protocols does not list HTTP either
        }
        markProtocol(ctx);
        int port = (int) strtol(conv.lastUri.substring(colon + 1));
        ProtoNode http = parent.addItem(HTTP, tvb, 0, len);
        String host = conv.lastUri.substring(0, colon);
        ProtoNode h = http.addObj(PROXY_CONNECT_HOST, tvb, 0, 0, host).generated();
        if (ctx.labels()) {
            h.label("Proxy-Connect-Hostname: " + FieldFormat.formatText(host));
        }
        http.add(PROXY_CONNECT_PORT, tvb, 0, 0, port & 0xffff).generated();
        for (int p : DEFAULT_TCP_PORTS) {
            if (p == port) {
                return DataModule.dissect(tvb, ctx, parent);
            }
        }
        boolean fromServer = tcp.direction != conv.tunnelDirection;
        return tcp.decodePorts(tvb, ctx, parent, fromServer ? port : tcp.srcPort, fromServer ? tcp.dstPort : port);
    }

    /** C's strtol(s, NULL, 10) as a long: leading blanks, a sign, the digits up to the first other character. */
    private static long strtol(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        boolean neg = i < s.length() && s.charAt(i) == '-';
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        long v = 0;
        for (; i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9' && v < Integer.MAX_VALUE; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return neg ? -v : v;
    }

    /** Payload in an HTTP stream that is not a message start: File Data (if text) and Data inside HTTP. */
    /**
     * The messages of text packet-http.c did not take for HTTP, in a conversation not known to be HTTP: it adds no
     * item for them, yet dissect_http_message goes on to queue its tap ("Other HTTP Packets" in -z http,tree); not
     * in the packet an ICMP error quotes, where tshark counts none. Kept for the latest frame that had any.
     */
    public static final class TapOnly {
        private long frame = -1;
        private int count;

        void note(long frameNumber) {
            if (frame != frameNumber) {
                frame = frameNumber;
                count = 0;
            }
            count++;
        }

        /** How many such messages frame {@code frameNumber} had. */
        public int count(long frameNumber) {
            return frame == frameNumber ? count : 0;
        }
    }

    private void continuation(ByteView tvb, PacketContext ctx, ProtoNode parent, boolean text, Flavor as) {
        markProtocol(ctx, as);
        int cap = tvb.capturedLength();
        ProtoNode http = parent.addItem(as.item(), tvb, 0, cap);
        ByteView body = tvb;
        if (text) {
            // dissect_http_message reads on line by line: a line with a colon anywhere is taken for a header, a
            // blank one ends the headers; the rest is the body
            int headersEnd = continuationHeaders(tvb, cap);
            int e = headersEnd < cap ? lineEnd(tvb, headersEnd, cap) : -1;
            // a blank line there ends the headers and is shown as text after them
            int stop = e == headersEnd ? afterLine(tvb, e, cap) : headersEnd;
            if (stop > 0) {
                headerItems(http, tvb, ctx, 0, headersEnd, cap, UNKNOWN_HEADER);
                if (headersEnd < stop) {
                    http.addText(tvb, headersEnd, stop - headersEnd, FieldFormat.formatText(text(tvb, headersEnd,
                            stop - headersEnd)));
                }
                body = tvb.tail(stop);
            }
            int n = body.capturedLength();
            if (n == 0) {
                return;
            }
            http.addAscii(FILE_DATA, body, 0, n).label("File Data: " + n + " bytes"); // "1 bytes" too
        }
        DataModule.dissect(body, ctx, http);
    }

    /**
     * Where the header-like lines at the start of a continuation end: at a blank line, or at the first line without a
     * colon. Such a line, after some that had one, must end inside the data (else more of the headers was to come: a
     * bounds error, as tvb_ensure_bytes_exist throws).
     */
    private static int continuationHeaders(ByteView tvb, int cap) {
        int p = 0;
        boolean sawHeader = false;
        while (p < cap) {
            int e = lineEnd(tvb, p, cap);
            int lineEndAt = e < 0 ? cap : e;
            if (e == p) {
                return p;
            }
            int colon = tvb.indexOf(p, ':');
            if (colon >= 0 && colon < lineEndAt) {
                sawHeader = true;
                p = e < 0 ? cap : afterLine(tvb, e, cap);
                continue;
            }
            if (sawHeader) {
                tvb.ensure(p, lineEndAt - p + 1);
            }
            break;
        }
        return p;
    }

    private static void markProtocol(PacketContext ctx) {
        markProtocol(ctx, AS_HTTP);
    }

    private static void markProtocol(PacketContext ctx, Flavor as) {
        if (ctx.get(Mark.class) == null) {
            ctx.put(Mark.class, MARK);
            ctx.addProtocol(as.layer());
        }
    }

    /** The full URI of a request with a Host header (none without one): absolute URIs and CONNECT's as they are. */
    private static String fullUri(String host, String uri, String method) {
        if (host == null) {
            return null;
        }
        if (uri.regionMatches(true, 0, "http://", 0, 7) || uri.regionMatches(true, 0, "https://", 0, 8)
                || method.regionMatches(true, 0, "CONNECT", 0, 7)) {
            return uri;
        }
        return "http://" + host + uri;
    }

    private static long parseLength(String v) {
        if (v.isEmpty() || v.length() > 18) {
            return -1;
        }
        long n = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /**
     * The headers that decide a message's body, read before anything is added to the tree. The Content-Encoding
     * value is kept as packet-http.c keeps it: spaces and tabs after the colon skipped, trailing ones kept (so
     * "gzip " is no known coding), cut at a NUL (it is a C string there), the last such header winning.
     */
    private record BodyHeaders(MediaType contentType, long contentLength, boolean chunked, String contentEncoding,
                               boolean chunkedFirst, String upgrade, String wsProtocol, String wsExtensions) {
        /** Scans the header lines in {@code [from, to)}; names are compared in place, only these values become text. */
        static BodyHeaders scan(ByteView tvb, int from, int to, int len) {
            MediaType contentType = null;
            long contentLength = -1;
            boolean chunked = false;
            boolean chunkedFirst = false;
            String contentEncoding = null;
            String upgrade = null;
            String wsProtocol = null;
            String wsExtensions = null;
            for (int p = from; p < to; ) {
                int e = lineEnd(tvb, p, len);
                int end = e < 0 ? len : e;
                int colon = p;
                while (colon < end && tvb.u8(colon) != ':') {
                    colon++;
                }
                if (colon > p && colon < end) {
                    int ns = p;
                    int ne = colon;
                    while (ns < ne && tvb.u8(ns) <= ' ') {
                        ns++;
                    }
                    while (ne > ns && tvb.u8(ne - 1) <= ' ') {
                        ne--;
                    }
                    if (nameIs(tvb, ns, ne, "content-type")) {
                        contentType = MediaType.fromBytes(tvb, colon + 1, end - colon - 1);
                    } else if (nameIs(tvb, ns, ne, "content-length")) {
                        contentLength = parseLength(tvb.latin1(colon + 1, end - colon - 1).trim());
                    } else if (nameIs(tvb, ns, ne, "transfer-encoding")) {
                        String te = tvb.latin1(colon + 1, end - colon - 1).toLowerCase(Locale.ROOT);
                        chunked = te.contains("chunked");
                        // req_resp_hdrs_do_reassembly reassembles chunks only when the value starts with "chunked"
                        chunkedFirst = te.stripLeading().startsWith("chunked");
                    } else if (nameIs(tvb, ns, ne, "content-encoding")) {
                        int v = colon + 1;
                        while (v < end && (tvb.u8(v) == ' ' || tvb.u8(v) == '\t')) {
                            v++;
                        }
                        int ve = v;
                        while (ve < end && tvb.u8(ve) != 0) {
                            ve++;
                        }
                        contentEncoding = tvb.latin1(v, ve - v);
                    } else if (nameIs(tvb, ns, ne, "upgrade")) {
                        upgrade = value(tvb, colon, end).toLowerCase(Locale.ROOT);
                    } else if (nameIs(tvb, ns, ne, "sec-websocket-protocol")) {
                        wsProtocol = value(tvb, colon, end);
                    } else if (nameIs(tvb, ns, ne, "sec-websocket-extensions")) {
                        wsExtensions = value(tvb, colon, end);
                    }
                }
                p = e < 0 ? len : afterLine(tvb, e, len);
            }
            return new BodyHeaders(contentType, contentLength, chunked, contentEncoding, chunkedFirst, upgrade,
                    wsProtocol, wsExtensions);
        }

        /** A header's value as process_header takes it: after the colon's spaces and tabs, to the line's end. */
        private static String value(ByteView tvb, int colon, int end) {
            int v = colon + 1;
            while (v < end && (tvb.u8(v) == ' ' || tvb.u8(v) == '\t')) {
                v++;
            }
            return tvb.latin1(v, end - v);
        }
    }

    /** Whether bytes {@code [from, to)} spell {@code lower} (lower-case ASCII) in any case. */
    private static boolean nameIs(ByteView tvb, int from, int to, String lower) {
        if (to - from != lower.length()) {
            return false;
        }
        for (int i = 0; i < lower.length(); i++) {
            int c = tvb.u8(from + i);
            if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != lower.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Offset of the terminator (\r or \n) of the line starting at {@code off}, or -1 if the line is unfinished. */
    static int lineEnd(ByteView tvb, int off, int len) {
        int e = tvb.indexOfLineEnd(off, len);
        if (e < 0 && len > Math.max(off, tvb.capturedLength())) {
            tvb.ensure(Math.max(off, tvb.capturedLength()), 1); // reading on past the captured bytes: an error
        }
        return e;
    }

    /**
     * Whether the line end at {@code eol} is a CR ending the data: tvb_find_line_end, asked to desegment, cannot tell
     * whether an LF follows in the next segment and finds no line end yet (a blank line split between segments).
     */
    static boolean crAtEnd(ByteView tvb, int eol, int len) {
        return eol == len - 1 && tvb.u8(eol) == '\r';
    }

    /** Offset just past the terminator at {@code eol} (\r\n, \n or a lone \r). */
    static int afterLine(ByteView tvb, int eol, int len) {
        if (eol >= len) {
            return len;
        }
        if (tvb.u8(eol) == '\r' && eol + 1 < len && tvb.u8(eol + 1) == '\n') {
            return eol + 2;
        }
        return eol + 1;
    }

    /**
     * A request line (method, URI, version) or status line (version, code, phrase) with token offsets, as packet-http.c
     * reads it: is_http_request_or_reply tells a response by its "HTTP/" or "ICY" start and a request by a method of
     * its own list (after an RFC 2774 "M-" prefix, case-sensitive, nothing required after it); basic_request_dissector
     * and basic_response_dissector split it into tokens at spaces (get_token_len). {@code code} is the status code
     * the tree shows (the first three characters of a token of three or more, -1 when shorter), {@code statusCode}
     * the one parse_http_status_code gives the body decision (0 unless the token is exactly three digits).
     */
    record FirstLine(boolean response, boolean notification, String method, String a, int aOff, String b, int bOff,
                     String c, int cOff, int code, int statusCode) {
        /** is_http_request_or_reply's methods, by length; NOTIFY, SUBSCRIBE and UNSUBSCRIBE are notifications. */
        private static final Set<String> REQUEST_METHODS = Set.of("GET", "PUT", "COPY", "HEAD", "LOCK", "MOVE", "POLL",
                "POST", "BCOPY", "BMOVE", "MKCOL", "TRACE", "PATCH", "LABEL", "MERGE", "DELETE", "SEARCH", "UNLOCK",
                "REPORT", "UPDATE", "BDELETE", "CONNECT", "OPTIONS", "CHECKIN", "PROPFIND", "CHECKOUT", "CCM_POST",
                "PROPPATCH", "BPROPFIND", "BPROPPATCH", "UNCHECKOUT", "MKACTIVITY", "MKWORKSPACE", "RPC_CONNECT",
                "RPC_IN_DATA", "RPC_OUT_DATA", "VERSION-CONTROL", "BASELINE-CONTROL", "SSTP_DUPLEX_POST");
        private static final Set<String> NOTIFICATIONS = Set.of("NOTIFY", "SUBSCRIBE", "UNSUBSCRIBE");

        static FirstLine parse(String line) {
            String d = line.startsWith("M-") ? line.substring(2) : line;
            if (d.startsWith("HTTP/") || d.startsWith("ICY")) {
                return response(line);
            }
            int sp = d.indexOf(' ');
            String method = sp < 0 ? d : d.substring(0, sp);
            boolean notification = NOTIFICATIONS.contains(method);
            if (!notification && !REQUEST_METHODS.contains(method)) {
                return null;
            }
            int methodEnd = tokenEnd(line, 0);
            int next = skipSpaces(line, methodEnd);
            if (next > 2 && line.charAt(next - 1) == ' ' && line.charAt(next - 2) == ' ') {
                next--; // two spaces: an empty URI
            }
            int uriEnd = tokenEnd(line, next);
            int versionOff = skipSpaces(line, uriEnd);
            return new FirstLine(false, notification, method, ascii(line.substring(0, methodEnd)), 0,
                    ascii(line.substring(next, uriEnd)), next, ascii(line.substring(versionOff)), versionOff, 0, 0);
        }

        private static FirstLine response(String line) {
            int versionEnd = tokenEnd(line, 0);
            int codeOff = skipSpaces(line, versionEnd);
            int codeEnd = tokenEnd(line, codeOff);
            int phraseOff = skipSpaces(line, codeEnd);
            String version = ascii(line.substring(0, versionEnd));
            if (codeEnd - codeOff < 3) {
                return new FirstLine(true, false, null, version, 0, "", codeOff, "", phraseOff, -1, 0);
            }
            String code = line.substring(codeOff, codeOff + 3);
            int statusCode = codeEnd - codeOff == 3 && code.chars().allMatch(Character::isDigit)
                    ? Integer.parseInt(code) : 0;
            return new FirstLine(true, false, null, version, 0, code, codeOff, ascii(line.substring(phraseOff)),
                    phraseOff, (int) strtoul(code), statusCode);
        }

        /** get_token_len: a token ends at a space (or the line's end). */
        private static int tokenEnd(String line, int from) {
            int i = from;
            while (i < line.length() && line.charAt(i) != ' ') {
                i++;
            }
            return i;
        }

        private static int skipSpaces(String line, int from) {
            int i = from;
            while (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
            return i;
        }

        /** strtoul(s, NULL, 10) of a status code's three characters: leading blanks, a sign, the digits. */
        private static long strtoul(String s) {
            long v = HttpModule.strtol(s);
            return v < 0 ? v & 0xffffffffL : v;
        }
    }

    /** The chunks of a chunked body: where it ends, whether it is all there, how many more bytes to ask for. */
    static final class Chunks {
        boolean complete;
        int end;
        int need;
        final List<int[]> list = new java.util.ArrayList<>();

        /** Scans chunks from {@code off}; each entry is {sizeLineStart, dataStart, size}. */
        static Chunks scan(ByteView tvb, int off, int len, long maxBody) {
            Chunks c = new Chunks();
            int pos = off;
            while (true) {
                int eol = lineEnd(tvb, pos, len);
                if (eol < 0 || afterLine(tvb, eol, len) == len && tvb.u8(eol) == '\r') {
                    // a size line not ended yet: chunked_encoding_dissector stops before it, and what follows is
                    // left to the next message
                    c.need = TcpInfo.ONE_MORE_SEGMENT;
                    c.end = pos;
                    return c;
                }
                String sizeText = tvb.latin1(pos, eol - pos);
                int semi = sizeText.indexOf(';');
                String hex = (semi < 0 ? sizeText : sizeText.substring(0, semi)).trim();
                long size;
                try {
                    size = hex.isEmpty() ? -1 : Long.parseLong(hex, 16);
                } catch (NumberFormatException e) {
                    size = -1;
                }
                int dataStart = afterLine(tvb, eol, len);
                if (size < 0 || size > maxBody) {
                    // not chunked after all: take the rest as it is
                    c.complete = true;
                    c.end = len;
                    return c;
                }
                c.list.add(new int[] {pos, dataStart, (int) size});
                if (size == 0) {
                    // trailer lines up to an empty line
                    int p = dataStart;
                    while (true) {
                        int e = lineEnd(tvb, p, len);
                        if (e < 0) {
                            c.need = TcpInfo.ONE_MORE_SEGMENT;
                            c.end = len;
                            return c;
                        }
                        boolean empty = e == p;
                        p = afterLine(tvb, e, len);
                        if (empty) {
                            break;
                        }
                    }
                    c.complete = true;
                    c.end = p;
                    return c;
                }
                long chunkEnd = dataStart + size;
                if (chunkEnd + 2 > len) {
                    c.need = (int) (chunkEnd + 2 - len);
                    c.end = len;
                    return c;
                }
                pos = afterLine(tvb, (int) chunkEnd, len);
            }
        }

        /** Adds the "HTTP chunked response" subtree; returns the de-chunked body. */
        ByteView tree(ByteView tvb, int off, ProtoNode http) {
            ProtoNode top = http.addText(tvb, off, end - off, "HTTP chunked response");
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            int len = tvb.capturedLength();
            for (int[] ch : list) {
                int sizeStart = ch[0];
                int dataStart = ch[1];
                int size = ch[2];
                if (size == 0) {
                    // packet-http.c's item spans the size line and the two bytes of a chunk's data CRLF after it
                    int span = dataStart - sizeStart + (dataStart + 2 <= len ? 2 : 0);
                    ProtoNode last = top.addText(tvb, sizeStart, span, "End of chunked encoding");
                    last.add(CHUNK_SIZE, tvb, sizeStart, dataStart - sizeStart, 0).label("Chunk size: 0 octets");
                    int p = dataStart;
                    while (p < end) {
                        int e = lineEnd(tvb, p, len);
                        int after = e < 0 ? end : afterLine(tvb, e, len);
                        String raw = tvb.latin1(p, after - p);
                        if (e == p) {
                            top.addText(tvb, p, after - p, FieldFormat.formatText(raw));
                        } else {
                            top.addObj(CHUNKED_TRAILER_PART, tvb, p, after - p, raw)
                                    .label("trailer-part: " + FieldFormat.formatText(raw));
                        }
                        p = after;
                    }
                    break;
                }
                if (size > tvb.reportedLength() - dataStart) {
                    // chunked_encoding_dissector cuts the size to what the message has, then adds the chunk's item
                    // with its CRLF, two bytes past the end: a bounds error (only a message that could not ask
                    // for the rest gets here)
                    throw BoundsException.MALFORMED;
                }
                int have = Math.max(0, Math.min(size, len - dataStart));
                int boundaryEnd = have == size ? afterLine(tvb, dataStart + size, len) : dataStart + have;
                ProtoNode chunk = top.addText(tvb, sizeStart, boundaryEnd - sizeStart,
                        "Data chunk (" + size + " octets)");
                chunk.add(CHUNK_SIZE, tvb, sizeStart, dataStart - sizeStart, size)
                        .label("Chunk size: " + size + " octets");
                byte[] data = tvb.toArray(dataStart, have);
                chunk.addObj(CHUNK_DATA, tvb, dataStart, have, data);
                body.write(data, 0, have);
                if (boundaryEnd > dataStart + have) {
                    chunk.addObj(CHUNK_BOUNDARY, tvb, dataStart + have, boundaryEnd - dataStart - have,
                            tvb.toArray(dataStart + have, boundaryEnd - dataStart - have));
                }
            }
            return ByteView.of(body.toByteArray());
        }
    }
}
