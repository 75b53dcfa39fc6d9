package org.jdissect.dissectors.http;

import static org.jdissect.api.field.FieldType.*;

import org.jdissect.api.expert.ExpertDef;
import org.jdissect.api.expert.ExpertGroup;
import org.jdissect.api.expert.ExpertSeverity;
import org.jdissect.api.field.FieldDef;

/** HTTP/1.x fields, spelt as Wireshark 4.0's packet-http.c registers them. */
public final class HttpFields {
    private HttpFields() {
    }

    public static final FieldDef HTTP = FieldDef.builder("http", "Hypertext Transfer Protocol", PROTOCOL).blurb("HTTP").build();
    /** HTTP over UDP port 1900 (UPnP discovery): the same message under its own protocol item. */
    public static final FieldDef SSDP = FieldDef.builder("ssdp", "Simple Service Discovery Protocol", PROTOCOL)
            .blurb("SSDP").build();
    public static final FieldDef REQUEST = FieldDef.builder("http.request", "Request", BOOLEAN)
            .blurb("TRUE if HTTP request").build();
    public static final FieldDef RESPONSE = FieldDef.builder("http.response", "Response", BOOLEAN)
            .blurb("TRUE if HTTP response").build();
    /** The expert item ("Chat/Sequence") under each request or status line. */
    /** The "chat" expert item on every request and status line (Wireshark's ei_http_chat). */
    public static final ExpertDef CHAT_EXPERT = ExpertDef.of("http.chat", ExpertGroup.SEQUENCE, ExpertSeverity.CHAT,
            "Formatted text");
    /** Two bytes CR LF before a message (ei_http_leading_crlf): skipped, the message read after them. */
    public static final ExpertDef LEADING_CRLF = ExpertDef.of("http.leading_crlf", ExpertGroup.MALFORMED,
            ExpertSeverity.ERROR, "Leading CRLF previous message in the stream may have extra CRLF");
    /** A header line whose name is empty or has a character outside RFC 7230's tchar (ei_http_bad_header_name). */
    public static final ExpertDef BAD_HEADER_NAME = ExpertDef.of("http.bad_header_name", ExpertGroup.PROTOCOL,
            ExpertSeverity.WARN, "Illegal characters found in header name");
    /** A message with both Content-Length and Transfer-Encoding (RFC 7230 3.3.3; ei_http_te_and_length). */
    public static final ExpertDef TE_AND_LENGTH = ExpertDef.of("http.te_and_length", ExpertGroup.MALFORMED,
            ExpertSeverity.WARN, "The Content-Length and Transfer-Encoding header must not be set together");
    /** A Transfer-Encoding naming a coding packet-http.c does not know (ei_http_te_unknown). */
    public static final ExpertDef TE_UNKNOWN = ExpertDef.of("http.te_unknown", ExpertGroup.UNDECODED,
            ExpertSeverity.WARN, "Unknown transfer coding name in Transfer-Encoding header");
    /** On a content-coded body left coded because http.decompress_body is off (ei_http_decompression_disabled). */
    public static final ExpertDef DECOMPRESSION_DISABLED = ExpertDef.of("http.decompression_disabled",
            ExpertGroup.UNDECODED, ExpertSeverity.CHAT, "Decompression disabled");
    /** On a content-coded body that was not decoded (ei_http_decompression_failed). */
    public static final ExpertDef DECOMPRESSION_FAILED = ExpertDef.of("http.decompression_failed",
            ExpertGroup.UNDECODED, ExpertSeverity.WARN, "Decompression failed");
    public static final FieldDef REQUEST_METHOD = FieldDef.builder("http.request.method", "Request Method", STRING).build();
    public static final FieldDef REQUEST_URI = FieldDef.builder("http.request.uri", "Request URI", STRING).build();
    public static final FieldDef REQUEST_URI_PATH =
            FieldDef.builder("http.request.uri.path", "Request URI Path", STRING).build();
    public static final FieldDef REQUEST_URI_QUERY =
            FieldDef.builder("http.request.uri.query", "Request URI Query", STRING).build();
    public static final FieldDef REQUEST_URI_QUERY_PARAMETER =
            FieldDef.builder("http.request.uri.query.parameter", "Request URI Query Parameter", STRING).build();
    public static final FieldDef REQUEST_VERSION =
            FieldDef.builder("http.request.version", "Request Version", STRING).build();
    public static final FieldDef NOTIFICATION = FieldDef.builder("http.notification", "Notification", BOOLEAN)
            .blurb("TRUE if HTTP notification").build();
    public static final FieldDef REQUEST_FULL_URI =
            FieldDef.builder("http.request.full_uri", "Full request URI", STRING).build();
    public static final FieldDef RESPONSE_VERSION =
            FieldDef.builder("http.response.version", "Response Version", STRING).build();
    public static final FieldDef RESPONSE_CODE = FieldDef.builder("http.response.code", "Status Code", UINT16).build();
    public static final FieldDef RESPONSE_CODE_DESC =
            FieldDef.builder("http.response.code.desc", "Status Code Description", STRING).build();
    public static final FieldDef RESPONSE_PHRASE =
            FieldDef.builder("http.response.phrase", "Response Phrase", STRING).build();
    public static final FieldDef REQUEST_LINE = FieldDef.builder("http.request.line", "Request line", STRING).build();
    public static final FieldDef RESPONSE_LINE = FieldDef.builder("http.response.line", "Response line", STRING).build();

    // headers with a field of their own
    public static final FieldDef HOST = FieldDef.builder("http.host", "Host", STRING).build();
    public static final FieldDef USER_AGENT = FieldDef.builder("http.user_agent", "User-Agent", STRING).build();
    public static final FieldDef ACCEPT = FieldDef.builder("http.accept", "Accept", STRING).build();
    public static final FieldDef ACCEPT_ENCODING =
            FieldDef.builder("http.accept_encoding", "Accept Encoding", STRING).build();
    public static final FieldDef ACCEPT_LANGUAGE =
            FieldDef.builder("http.accept_language", "Accept-Language", STRING).build();
    public static final FieldDef REFERER = FieldDef.builder("http.referer", "Referer", STRING).build();
    public static final FieldDef AUTHORIZATION = FieldDef.builder("http.authorization", "Authorization", STRING).build();
    public static final FieldDef PROXY_AUTHORIZATION =
            FieldDef.builder("http.proxy_authorization", "Proxy-Authorization", STRING).build();
    public static final FieldDef PROXY_AUTHENTICATE =
            FieldDef.builder("http.proxy_authenticate", "Proxy-Authenticate", STRING).build();
    /** The user:password of a Basic Authorization or Proxy-Authorization header, base64-decoded. */
    public static final FieldDef AUTHBASIC = FieldDef.builder("http.authbasic", "Credentials", STRING).build();
    /** The host and port of a CONNECT's request URI, shown above each payload of the tunnel it opened. */
    public static final FieldDef PROXY_CONNECT_HOST =
            FieldDef.builder("http.proxy_connect_host", "Proxy-Connect-Hostname", STRING).build();
    public static final FieldDef PROXY_CONNECT_PORT =
            FieldDef.builder("http.proxy_connect_port", "Proxy-Connect-Port", UINT16).build();
    public static final FieldDef WWW_AUTHENTICATE =
            FieldDef.builder("http.www_authenticate", "WWW-Authenticate", STRING).build();
    public static final FieldDef COOKIE = FieldDef.builder("http.cookie", "Cookie", STRING).build();
    public static final FieldDef COOKIE_PAIR = FieldDef.builder("http.cookie_pair", "Cookie pair", STRING)
            .blurb("A name/value HTTP cookie pair").build();
    /** A header line of a message that is neither request nor response (a notification such as NOTIFY). */
    public static final FieldDef UNKNOWN_HEADER = FieldDef.builder("http.unknown_header", "Unknown header", STRING)
            .build();
    public static final FieldDef SET_COOKIE = FieldDef.builder("http.set_cookie", "Set-Cookie", STRING).build();
    public static final FieldDef CONTENT_TYPE = FieldDef.builder("http.content_type", "Content-Type", STRING).build();
    public static final FieldDef CONTENT_LENGTH_HEADER =
            FieldDef.builder("http.content_length_header", "Content-Length", STRING).build();
    public static final FieldDef CONTENT_LENGTH =
            FieldDef.builder("http.content_length", "Content length", UINT64).build();
    public static final FieldDef CONTENT_ENCODING =
            FieldDef.builder("http.content_encoding", "Content-Encoding", STRING).build();
    public static final FieldDef TRANSFER_ENCODING =
            FieldDef.builder("http.transfer_encoding", "Transfer-Encoding", STRING).build();
    public static final FieldDef SERVER = FieldDef.builder("http.server", "Server", STRING).build();
    public static final FieldDef CONNECTION = FieldDef.builder("http.connection", "Connection", STRING).build();
    public static final FieldDef LOCATION = FieldDef.builder("http.location", "Location", STRING).build();
    public static final FieldDef CACHE_CONTROL = FieldDef.builder("http.cache_control", "Cache-Control", STRING).build();
    public static final FieldDef DATE = FieldDef.builder("http.date", "Date", STRING).build();
    public static final FieldDef LAST_MODIFIED = FieldDef.builder("http.last_modified", "Last-Modified", STRING).build();
    public static final FieldDef UPGRADE = FieldDef.builder("http.upgrade", "Upgrade", STRING).build();
    public static final FieldDef X_FORWARDED_FOR =
            FieldDef.builder("http.x_forwarded_for", "X-Forwarded-For", STRING).build();
    public static final FieldDef SEC_WEBSOCKET_KEY =
            FieldDef.builder("http.sec_websocket_key", "Sec-WebSocket-Key", STRING).build();
    public static final FieldDef SEC_WEBSOCKET_ACCEPT =
            FieldDef.builder("http.sec_websocket_accept", "Sec-WebSocket-Accept", STRING).build();
    public static final FieldDef SEC_WEBSOCKET_EXTENSIONS =
            FieldDef.builder("http.sec_websocket_extensions", "Sec-WebSocket-Extensions", STRING).build();
    public static final FieldDef SEC_WEBSOCKET_PROTOCOL =
            FieldDef.builder("http.sec_websocket_protocol", "Sec-WebSocket-Protocol", STRING).build();
    public static final FieldDef SEC_WEBSOCKET_VERSION =
            FieldDef.builder("http.sec_websocket_version", "Sec-WebSocket-Version", STRING).build();

    // pairing and generated items
    public static final FieldDef REQUEST_NUMBER = FieldDef.builder("http.request_number", "Request number", UINT32).build();
    public static final FieldDef RESPONSE_NUMBER =
            FieldDef.builder("http.response_number", "Response number", UINT32).build();
    public static final FieldDef PREV_REQUEST_IN =
            FieldDef.builder("http.prev_request_in", "Prev request in frame", FRAMENUM).build();
    public static final FieldDef PREV_RESPONSE_IN =
            FieldDef.builder("http.prev_response_in", "Prev response in frame", FRAMENUM).build();
    public static final FieldDef REQUEST_IN = FieldDef.builder("http.request_in", "Request in frame", FRAMENUM).build();
    public static final FieldDef RESPONSE_IN = FieldDef.builder("http.response_in", "Response in frame", FRAMENUM).build();
    public static final FieldDef NEXT_REQUEST_IN =
            FieldDef.builder("http.next_request_in", "Next request in frame", FRAMENUM).build();
    public static final FieldDef NEXT_RESPONSE_IN =
            FieldDef.builder("http.next_response_in", "Next response in frame", FRAMENUM).build();
    public static final FieldDef TIME = FieldDef.builder("http.time", "Time since request", RELATIVE_TIME).build();
    public static final FieldDef RESPONSE_FOR_URI =
            FieldDef.builder("http.response_for.uri", "Request URI", STRING).build();
    public static final FieldDef FILE_DATA = FieldDef.builder("http.file_data", "File Data", STRING).build();

    // chunked transfer coding
    public static final FieldDef CHUNK_SIZE = FieldDef.builder("http.chunk_size", "Chunk size", UINT32).build();
    public static final FieldDef CHUNK_DATA = FieldDef.builder("http.chunk_data", "Chunk data", BYTES).build();
    public static final FieldDef CHUNK_BOUNDARY = FieldDef.builder("http.chunk_boundary", "Chunk boundary", BYTES).build();
    public static final FieldDef CHUNKED_TRAILER_PART =
            FieldDef.builder("http.chunked_trailer_part", "trailer-part", STRING).build();

    public static final FieldDef[] ALL = {
        HTTP, SSDP, NOTIFICATION, REQUEST, RESPONSE, REQUEST_METHOD, REQUEST_URI, REQUEST_URI_PATH, REQUEST_URI_QUERY,
        REQUEST_URI_QUERY_PARAMETER, REQUEST_VERSION, REQUEST_FULL_URI,
        RESPONSE_VERSION, RESPONSE_CODE, RESPONSE_CODE_DESC, RESPONSE_PHRASE, REQUEST_LINE, RESPONSE_LINE,
        HOST, USER_AGENT, ACCEPT, ACCEPT_ENCODING, ACCEPT_LANGUAGE, REFERER, AUTHORIZATION, PROXY_AUTHORIZATION,
        AUTHBASIC, PROXY_AUTHENTICATE, PROXY_CONNECT_HOST, PROXY_CONNECT_PORT, WWW_AUTHENTICATE, COOKIE, COOKIE_PAIR, UNKNOWN_HEADER, SET_COOKIE, CONTENT_TYPE, CONTENT_LENGTH_HEADER,
        CONTENT_LENGTH, CONTENT_ENCODING, TRANSFER_ENCODING, SERVER, CONNECTION, LOCATION, CACHE_CONTROL, DATE,
        LAST_MODIFIED, UPGRADE, X_FORWARDED_FOR, SEC_WEBSOCKET_KEY, SEC_WEBSOCKET_ACCEPT,
        SEC_WEBSOCKET_EXTENSIONS, SEC_WEBSOCKET_PROTOCOL, SEC_WEBSOCKET_VERSION,
        REQUEST_NUMBER, RESPONSE_NUMBER, PREV_REQUEST_IN, PREV_RESPONSE_IN, REQUEST_IN, RESPONSE_IN, NEXT_REQUEST_IN,
        NEXT_RESPONSE_IN, TIME,
        RESPONSE_FOR_URI, FILE_DATA, CHUNK_SIZE, CHUNK_DATA, CHUNK_BOUNDARY, CHUNKED_TRAILER_PART,
    };
}
