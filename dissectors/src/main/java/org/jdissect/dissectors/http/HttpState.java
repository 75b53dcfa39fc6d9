package org.jdissect.dissectors.http;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jdissect.api.dissect.Session;
import org.jdissect.api.limits.Limit;

/**
 * Per-capture HTTP state, as packet-http.c's {@code http_conv_t}: per TCP stream the request/response list used
 * for numbering and pairing. Single pass: a response pairs with the newest request that has no response yet,
 * so {@code http.response_in} is never known when a request is shown (as tshark without -2).
 */
final class HttpState {
    /** One request/response exchange ({@code http_req_res_t}). */
    static final class ReqRes {
        int number;
        long reqFrame;
        long reqTime;
        long resFrame;
        ReqRes prev;
        /** The next exchange of the conversation (read by a second pass of two), and the conversation. */
        ReqRes next;
        Conv conv;
    }

    static final class Conv {
        int count;
        ReqRes tail;
        /** Full URI of the newest request, shown under every later response ("[Request URI: …]"). */
        String fullUri;
        /** Method of the newest request: a response to HEAD has no body whatever its Content-Length says. */
        String lastMethod;
        /** Claimed by the TCP heuristic: every payload of this stream goes to HTTP. */
        boolean pinned;
        /** The newest request's URI and the newest response's status code (a CONNECT's tunnel opens on 200). */
        String lastUri;
        int lastCode;

        /**
         * packet-http.c's have_seen_http: a request line was read (its URI kept), so later payload that is no message
         * is shown as continuation data, not hidden. A response alone does not count.
         */
        boolean seenHttp() {
            return lastUri != null;
        }
        /**
         * The first frame of a CONNECT's tunnel (0 before it opens) and the direction of its first payload, whose
         * destination is taken for the proxy's side.
         */
        long tunnelFrame;
        int tunnelDirection;
        /**
         * Where every payload goes once a 101 response switched protocols (null before), and what it negotiated for
         * WebSocket.
         */
        org.jdissect.api.dissect.Dissector upgraded;
        org.jdissect.dissectors.websocket.WebSocketModule.Setup webSocket;

        ReqRes push() {
            ReqRes r = new ReqRes();
            r.number = ++count;
            r.prev = tail;
            r.conv = this;
            if (tail != null) {
                tail.next = r;
            }
            tail = r;
            return r;
        }
    }

    /**
     * Streams whose request/response pairing is kept ({@link Limit#HTTP_STREAMS}); the least recently used is
     * forgotten past it (flat memory).
     */
    private final int maxStreams;
    /** The TCP stream the latest {@link #conv} pushed out of the table, or -1; the module reports it. */
    int evicted = -1;

    private final Map<Integer, Conv> byStream = new LinkedHashMap<>(1024, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Conv> eldest) {
            if (size() <= maxStreams) {
                return false;
            }
            evicted = eldest.getKey();
            return true;
        }
    };

    /**
     * In a first pass of two, the exchange each frame's newest message took part in, as packet-http.c keeps one per
     * frame (p_add_proto_data, the latest one found again); null otherwise.
     */
    private final Map<Long, ReqRes> byFrame;
    /** In the second pass of two, the first pass's {@link #byFrame}; null otherwise. */
    private final Map<Long, ReqRes> prior;

    HttpState(Session session) {
        this.maxStreams = session.limits().getInt(Limit.HTTP_STREAMS);
        this.byFrame = session.firstOfTwo() ? new java.util.HashMap<>() : null;
        HttpState first = session.firstPass(HttpState.class);
        this.prior = first == null ? null : first.byFrame;
    }

    /** Notes, in a first pass of two, the exchange a message of {@code frame} took part in. */
    void note(long frame, ReqRes rr) {
        if (byFrame != null) {
            byFrame.put(frame, rr);
        }
    }

    /**
     * In the second pass of two, the exchange the first found for {@code frame}, with all the capture's later
     * messages linked to it; else {@code now}, the one this pass knows.
     */
    ReqRes shown(long frame, ReqRes now) {
        ReqRes r = prior == null ? null : prior.get(frame);
        return r == null ? now : r;
    }

    /**
     * The stream last asked about and its state, or null if it has none. That entry is the most recently used one,
     * so asking for it again needs no lookup (nor would it change the access order); the cap is at least 1, so the
     * entry just added is never the one evicted. A miss is remembered too: the TCP heuristic asks for every
     * segment of every stream that is not HTTP, and a lookup boxes the stream number.
     */
    private int lastStream = -1;
    private Conv lastConv;

    /** The state of {@code stream} if it has any, without creating it: most TCP streams never carry HTTP. */
    Conv existing(int stream) {
        if (stream == lastStream) {
            return lastConv;
        }
        Conv c = byStream.get(stream);
        lastConv = c;
        lastStream = stream;
        return c;
    }

    Conv conv(int stream) {
        Conv c = existing(stream);
        if (c == null) {
            c = new Conv();
            byStream.put(stream, c);
            lastConv = c;
            lastStream = stream;
        }
        return c;
    }
}
