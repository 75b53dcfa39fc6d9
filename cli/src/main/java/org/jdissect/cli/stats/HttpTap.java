package org.jdissect.cli.stats;

import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.http.HttpModule;
import org.jdissect.dsl.DisplayFilterException;

/**
 * The "http" tap's data (packet-http.c's http_info_value_t) as the tree holds it: dissect_http_message queues one
 * event a message it got to the end of, continuation data with printable bytes included; binary continuation data
 * (an HTTP item holding only data) returns before it. SSDP's messages go through the same function and tap.
 */
final class HttpTap {
    /** One message's tap data, reused from message to message. */
    static final class Message {
        String method;
        int responseCode;
        /** val_to_str of the status code ("OK", "Unknown (999)"). */
        String codeText;
        String host;
        String uri;
        String fullUri;
        String referer;
        String location;
        /** Where the Location value starts in the message's buffer (its strndup length, see HttpRequestSequences). */
        int locationOffset;
        /** The conversation's latest full request URI when the message is a response (location_base_uri). */
        String responseFor;

        void clear() {
            method = null;
            responseCode = 0;
            codeText = null;
            host = null;
            uri = null;
            fullUri = null;
            referer = null;
            location = null;
            locationOffset = 0;
            responseFor = null;
        }
    }

    /** Told each message of a packet. */
    @FunctionalInterface
    interface Listener {
        void message(Message m);
    }

    /**
     * The fields read: the message's first line, the headers the statistics use, the generated URIs, and what tells
     * a message or text continuation (its first item) from binary continuation data (data first).
     */
    static final String[] FIELDS = {"http", "ssdp", "data", "_ws.malformed", "_ws.short", "_ws.unreassembled",
        "http.file_data", "http.request.version",
        "http.response.version", "http.request.method", "http.request.uri",
        "http.request.full_uri", "http.response.code", "http.response.code.desc", "http.host", "http.referer",
        "http.location", "http.response_for.uri", "http.proxy_connect_host"};

    private final FieldDef http;
    private final FieldDef ssdp;
    private final FieldDef data;
    private final FieldDef malformed;
    private final FieldDef shortFrame;
    private final FieldDef unreassembled;
    private final FieldDef method;
    private final FieldDef uri;
    private final FieldDef fullUri;
    private final FieldDef code;
    private final FieldDef codeDesc;
    private final FieldDef host;
    private final FieldDef referer;
    private final FieldDef location;
    private final FieldDef responseFor;
    private final FieldDef proxyConnectHost;
    private final Message message = new Message();

    HttpTap(TreeStatistic.Fields f) {
        http = f.get("http");
        ssdp = f.get("ssdp");
        data = f.get("data");
        malformed = f.get("_ws.malformed");
        shortFrame = f.get("_ws.short");
        unreassembled = f.get("_ws.unreassembled");
        method = f.get("http.request.method");
        uri = f.get("http.request.uri");
        fullUri = f.get("http.request.full_uri");
        code = f.get("http.response.code");
        codeDesc = f.get("http.response.code.desc");
        host = f.get("http.host");
        referer = f.get("http.referer");
        location = f.get("http.location");
        responseFor = f.get("http.response_for.uri");
        proxyConnectHost = f.get("http.proxy_connect_host");
    }

    /** The fields of {@link #FIELDS} and the frame's time, looked up in the CLI's registry. */
    static TreeStatistic.Fields fields(Statistics.Filters filters) throws DisplayFilterException {
        String[] all = new String[FIELDS.length + 1];
        System.arraycopy(FIELDS, 0, all, 0, FIELDS.length);
        all[FIELDS.length] = TreeStatistic.TIME_RELATIVE;
        return new TreeStatistic.Fields(filters, all);
    }

    /**
     * Tells {@code l} each HTTP (or SSDP) message of the packet whose dissection reached the tap: not one an
     * exception cut short (the marker tshark adds where it caught it follows the message's item), then those of
     * text not taken for HTTP (no item, see {@link HttpModule.TapOnly}).
     */
    void messages(PacketContext ctx, Listener l) {
        ProtoNode pending = null;
        for (ProtoNode n = ctx.tree().root().firstChild(); n != null; n = n.next()) {
            FieldDef d = n.def();
            if (d == null) {
                continue;
            }
            if (d.equals(malformed) || d.equals(shortFrame) || d.equals(unreassembled)) {
                pending = null;
            } else if (d.equals(http) || d.equals(ssdp)) {
                if (pending != null) {
                    emit(pending, l);
                }
                ProtoNode first = n.firstChild();
                // binary continuation data, or a CONNECT tunnel's payload (the item naming the tunnel's target):
                // dissect_http_message returns before its tap
                pending = first == null || data.equals(first.def()) || proxyConnectHost.equals(first.def()) ? null
                        : n;
            }
        }
        if (pending != null) {
            emit(pending, l);
        }
        HttpModule.TapOnly declined = ctx.session().get(HttpModule.TapOnly.class, HttpModule.TapOnly::new);
        for (int i = declined.count(ctx.frameNumber()); i > 0; i--) {
            message.clear();
            l.message(message);
        }
    }

    private void emit(ProtoNode n, Listener l) {
        read(n);
        l.message(message);
    }

    private void read(ProtoNode n) {
        message.clear();
        read(n, message);
    }

    /**
     * The message's items: the first line's (in its text item's subtree, or right under the HTTP item in a tree
     * that keeps only some fields, where text items are not made) and the headers' (process_header keeps the last
     * of each).
     */
    private void read(ProtoNode n, Message m) {
        for (ProtoNode c = n.firstChild(); c != null; c = c.next()) {
            FieldDef d = c.def();
            if (d == null) {
                read(c, m);
            } else if (d.equals(method)) {
                // is_http_request_or_reply: RFC 2774's "M-" prefix is not part of the method
                String v = string(c);
                m.method = v.startsWith("M-") ? v.substring(2) : v;
            } else if (d.equals(uri)) {
                m.uri = string(c);
            } else if (d.equals(code)) {
                m.responseCode = (int) c.num();
            } else if (d.equals(codeDesc)) {
                m.codeText = string(c);
            } else if (d.equals(host)) {
                m.host = string(c);
            } else if (d.equals(referer)) {
                m.referer = string(c);
            } else if (d.equals(location)) {
                m.location = string(c);
                m.locationOffset = valueOffset(c, m.location);
            } else if (d.equals(fullUri)) {
                m.fullUri = string(c);
            } else if (d.equals(responseFor)) {
                m.responseFor = string(c);
            }
        }
    }

    private static String string(ProtoNode n) {
        Object o = n.obj();
        return o instanceof String s ? s : o == null ? "" : FieldFormat.value(n);
    }

    /** The header value's offset: it ends where the line does, before its CR LF (or LF). */
    private static int valueOffset(ProtoNode line, String value) {
        int end = line.offset() + line.length();
        int eol = 0;
        if (line.length() > 0 && line.source().has(end - 1, 1) && line.source().u8(end - 1) == '\n') {
            eol = 1;
            if (line.length() > 1 && line.source().u8(end - 2) == '\r') {
                eol = 2;
            }
        }
        return end - eol - value.length();
    }
}
