package org.jdissect.dissectors.tls;

import static org.jdissect.dissectors.tls.TlsFields.f;

import java.util.Map;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.Handoff;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.expert.ExpertDef;
import org.jdissect.api.expert.ExpertGroup;
import org.jdissect.api.expert.ExpertSeverity;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldType;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.tcp.TcpInfo;
import org.jdissect.dissectors.tcp.TcpModule;

/**
 * Transport Layer Security as Wireshark 4.0's packet-tls.c shows it without keys: the record layer (records split
 * across segments reassembled through TCP, several records a segment), alerts, change cipher spec, heartbeats,
 * application data named after the protocol its port (or the server's ALPN choice) implies, and the handshake
 * messages {@link TlsHandshake} decodes. A conversation remembers its negotiated version and who the server is, as
 * packet-tls.c's SslSession does. SSL 2.0 records are not decoded (shown as continuation data).
 */
public final class TlsModule implements ProtocolModule {
    public static final String NAME = "tls";

    static final FieldDef TLS = FieldDef.builder(NAME, "Transport Layer Security", FieldType.PROTOCOL).blurb("TLS")
            .build();
    static final FieldDef RECORD = f("tls.record");
    static final FieldDef CONTENT_TYPE = f("tls.record.content_type");
    static final FieldDef OPAQUE_TYPE = f("tls.record.opaque_type");
    static final FieldDef RECORD_VERSION = f("tls.record.version");
    static final FieldDef RECORD_LENGTH = f("tls.record.length");
    static final FieldDef APP_DATA = f("tls.app_data");
    static final FieldDef APP_DATA_PROTO = f("tls.app_data_proto");
    static final FieldDef ALERT = f("tls.alert_message");
    static final FieldDef ALERT_LEVEL = f("tls.alert_message.level");
    static final FieldDef ALERT_DESC = f("tls.alert_message.desc");
    static final FieldDef CHANGE_CIPHER_SPEC = f("tls.change_cipher_spec");
    static final FieldDef HEARTBEAT = f("tls.heartbeat_message");
    static final FieldDef HEARTBEAT_TYPE = f("tls.heartbeat_message.type");
    static final FieldDef HEARTBEAT_PAYLOAD_LENGTH = f("tls.heartbeat_message.payload_length");
    static final FieldDef HEARTBEAT_PAYLOAD = f("tls.heartbeat_message.payload");
    static final FieldDef HEARTBEAT_PADDING = f("tls.heartbeat_message.padding");

    static final ExpertDef EI_IGNORED_UNKNOWN_RECORD = ExpertDef.of("tls.ignored_unknown_record",
            ExpertGroup.PROTOCOL, ExpertSeverity.WARN, "Ignored Unknown Record");
    static final ExpertDef EI_RECORD_LENGTH_INVALID = ExpertDef.of("tls.record.length.invalid",
            ExpertGroup.PROTOCOL, ExpertSeverity.ERROR, "Record fragment length is too small or too large");
    static final ExpertDef EI_HEARTBEAT_PAYLOAD_LENGTH = ExpertDef.of("tls.heartbeat_message.payload_length.invalid",
            ExpertGroup.MALFORMED, ExpertSeverity.ERROR, "Invalid heartbeat payload length");
    static final ExpertDef EI_UNEXPECTED_MESSAGE = ExpertDef.of("tls.unexpected_message", ExpertGroup.PROTOCOL,
            ExpertSeverity.ERROR, "Unexpected message");
    static final ExpertDef EI_RESUMED = ExpertDef.of("tls.resumed", ExpertGroup.SEQUENCE, ExpertSeverity.NOTE,
            "This session reuses previously negotiated keys (Session resumption)");
    static final ExpertDef EI_SESSION_ID_LENGTH = ExpertDef.of("tls.handshake.session_id_length.error",
            ExpertGroup.MALFORMED, ExpertSeverity.ERROR, "Session ID length error");
    static final ExpertDef EI_VECTOR_LENGTH = ExpertDef.of("tls.malformed.vector_length", ExpertGroup.PROTOCOL,
            ExpertSeverity.WARN, "Variable vector length is outside the permitted range");
    static final ExpertDef EI_BUFFER_TOO_SMALL = ExpertDef.of("tls.malformed.buffer_too_small", ExpertGroup.MALFORMED,
            ExpertSeverity.ERROR, "Malformed message, not enough data is available");
    static final ExpertDef EI_TRAILING_DATA = ExpertDef.of("tls.malformed.trailing_data", ExpertGroup.PROTOCOL,
            ExpertSeverity.WARN, "Undecoded trailing data is present");
    static final ExpertDef EI_STATUS_REQUEST_UNDECODED = ExpertDef.of("tls.handshake.status_request.undecoded",
            ExpertGroup.UNDECODED, ExpertSeverity.NOTE, "Responder ID list or Request Extensions are not implemented, "
                    + "contact Wireshark developers if you want this to be supported");
    static final ExpertDef EI_DECOMPRESSION = ExpertDef.of("tls.decompression_error", ExpertGroup.PROTOCOL,
            ExpertSeverity.ERROR, "Decompression error");

    static final int SSLV3 = 0x0300;
    static final int TLSV1 = 0x0301;
    static final int TLSV1_1 = 0x0302;
    static final int TLSV1_2 = 0x0303;
    static final int TLSV1_3 = 0x0304;
    static final int TLCPV1 = 0x0101;
    static final int CT_CHANGE_CIPHER_SPEC = 20;
    static final int CT_ALERT = 21;
    static final int CT_HANDSHAKE = 22;
    static final int CT_APP_DATA = 23;
    static final int CT_HEARTBEAT = 24;
    static final int CT_TLS12_CID = 25;
    /** RFC 5246's 2^14, the largest plaintext fragment. */
    static final int MAX_RECORD_LENGTH = 0x4000;

    /** The TCP ports packet-tls.c registers itself on ({@code tshark -G decodes}: tcp.port … tls). */
    static final int[] TCP_PORTS = {324, 443, 465, 636, 802, 853, 993, 995, 1300, 2221, 2443, 3249, 3250, 3251, 3252,
        3496, 5061, 5671, 5684, 5868, 8883, 11207, 19999, 27017};

    /**
     * The tls.port table (ssl_associations: the protocol inside TLS on a port), by the long name application data
     * records are labelled with ({@code tshark -G decodes}: tls.port; names from {@code -G protocols}).
     */
    static final Map<Integer, String> APP_BY_PORT = Map.ofEntries(
            Map.entry(324, "RPKI-Router Protocol"), Map.entry(443, "Hypertext Transfer Protocol"),
            Map.entry(465, "Simple Mail Transfer Protocol"), Map.entry(636, "Lightweight Directory Access Protocol"),
            Map.entry(802, "Modbus/TCP"), Map.entry(853, "Domain Name System"),
            Map.entry(993, "Internet Message Access Protocol"), Map.entry(995, "Post Office Protocol"),
            Map.entry(1300, "Q.931"), Map.entry(2221, "EtherNet/IP (Industrial Protocol)"),
            Map.entry(2443, "Skinny Client Control Protocol"),
            Map.entry(3249, "Intel Omni-Path FE Header - Omni-Path Fabric Executive Header"),
            Map.entry(3250, "Intel Omni-Path FE Header - Omni-Path Fabric Executive Header"),
            Map.entry(3251, "Intel Omni-Path FE Header - Omni-Path Fabric Executive Header"),
            Map.entry(3252, "Intel Omni-Path FE Header - Omni-Path Fabric Executive Header"),
            Map.entry(3389, "TPKT - ISO on TCP - RFC1006"), Map.entry(3496, "DoIP (ISO13400) Protocol"),
            Map.entry(5061, "Session Initiation Protocol"), Map.entry(5671, "Advanced Message Queuing Protocol"),
            Map.entry(5684, "Constrained Application Protocol"), Map.entry(5868, "Diameter Protocol"),
            Map.entry(8883, "MQ Telemetry Transport Protocol"), Map.entry(11207, "Couchbase Protocol"),
            Map.entry(19999, "Distributed Network Protocol 3.0"), Map.entry(27017, "Mongo Wire Protocol"));

    static final Map<Integer, String> VERSION_SHORT_NAMES = Map.of(0x0002, "SSLv2", SSLV3, "SSLv3", TLSV1, "TLSv1",
            TLSV1_1, "TLSv1.1", TLSV1_2, "TLSv1.2", TLSV1_3, "TLSv1.3", 0xfeff, "DTLSv1.0", 0xfefd, "DTLSv1.2",
            0x0100, "DTLS 1.0 (OpenSSL pre 0.9.8f)");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void register(Registrar r) {
        r.fields(TLS);
        for (FieldDef d : TlsFields.ALL) {
            r.fields(d);
        }
        r.experts(EI_SESSION_ID_LENGTH, EI_HEARTBEAT_PAYLOAD_LENGTH, EI_UNEXPECTED_MESSAGE, EI_IGNORED_UNKNOWN_RECORD,
                EI_VECTOR_LENGTH, EI_BUFFER_TOO_SMALL, EI_TRAILING_DATA, EI_STATUS_REQUEST_UNDECODED, EI_RESUMED,
                EI_RECORD_LENGTH_INVALID, EI_DECOMPRESSION);
        r.dissector(NAME, TlsModule::dissect);
    }

    @Override
    public void handoff(Handoff h) {
        for (int port : TCP_PORTS) {
            h.table(TcpModule.PORT_TABLE).add(port, NAME, TlsModule::dissect);
        }
        h.heuristics(TcpModule.HEURISTICS).add(NAME, TlsModule::heuristic);
    }

    /** What packet-tls.c's SslSession remembers of one TCP conversation. */
    static final class Session {
        /** The negotiated (or, before that, authoritative record) version; 0 while unknown. */
        int version;
        /** TcpInfo.direction of the server's segments, -1 before a Client Hello named the server. */
        int serverDirection = -1;
        long clientCcsFrame;
        long serverCcsFrame;
        boolean resumed;
        /** Whether the heuristic claimed the stream (later segments go to TLS without a test). */
        boolean claimed;
        /** The Server Hello's cipher suite, which tells how key exchange messages are laid out. */
        int cipherSuite;
        /** The protocol inside, as the server's ALPN choice set it (session->app_handle), or null. */
        String appProtocol;
        /** A handshake message being collected from several records, per direction (0 client, 1 server). */
        final TlsHandshake.Pending[] pending = new TlsHandshake.Pending[2];
    }

    /** The sessions of a capture, by TCP stream. */
    static final class Sessions {
        /**
         * In a first pass of two: the frame that completed the handshake message each fragment went into, by the
         * fragment's {@link #pieceId}; null otherwise.
         */
        java.util.Map<Long, Long> handshakeDoneIn;
        private long pieceFrame = -1;
        private int pieceIndex;

        /**
         * A name for the next handshake fragment of frame {@code frame}, the same in both passes of two (fragments
         * come in the same order): the frame and its count in the frame.
         */
        long pieceId(long frame) {
            if (frame != pieceFrame) {
                pieceFrame = frame;
                pieceIndex = 0;
            }
            return frame << 8 | Math.min(pieceIndex++, 255);
        }

        /** Whether the heuristic ever claimed a stream: until then no payload needs a session looked up for it. */
        boolean anyClaimed;
        /**
         * The most recently used sessions: a capture of millions of TLS connections must not keep them all (the
         * least recently seen is forgotten past the cap; a later record of it starts a session anew).
         */
        final Map<Integer, Session> byStream = new java.util.LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, Session> eldest) {
                return size() > MAX_SESSIONS;
            }
        };
    }

    /** How many TLS sessions are remembered at once. */
    static final int MAX_SESSIONS = 1 << 16;

    /** The Protocol and Info columns as packet-tls.c sets them while it dissects (read by the summary). */
    public static final class Columns {
        public String protocol;
        public final StringBuilder info = new StringBuilder();
        /** Whether TCP was asked for the rest of a record (then TCP's columns stand while nothing was shown). */
        public boolean waiting;

        void append(String s) {
            if (!info.isEmpty()) {
                info.append(", ");
            }
            info.append(s);
        }
    }

    static Sessions sessions(PacketContext ctx) {
        return ctx.session().state(Sessions.class, TlsModule::newSessions);
    }

    private static Sessions newSessions(org.jdissect.api.dissect.Session session) {
        Sessions s = new Sessions();
        if (session.firstOfTwo()) {
            s.handshakeDoneIn = new java.util.HashMap<>();
        }
        return s;
    }

    static Session session(PacketContext ctx, TcpInfo tcp) {
        return sessions(ctx).byStream.computeIfAbsent(tcp == null ? -1 : tcp.stream, k -> newSession(ctx, k));
    }

    /**
     * A stream's session, new: in the second pass of two with the version the first pass ended with, as tshark's
     * second pass finds the conversation's session negotiated already (its Client Hello's record then shows the
     * version the Server Hello chose).
     */
    private static Session newSession(PacketContext ctx, int stream) {
        Session s = new Session();
        Sessions first = ctx.session().firstPass(Sessions.class);
        Session before = first == null ? null : first.byStream.get(stream);
        if (before != null) {
            s.version = before.version;
        }
        return s;
    }

    /** Whether TLS's heuristic claimed TCP stream {@code stream}: TLS is then its conversation dissector. */
    private static boolean claimed(PacketContext ctx, int stream) {
        Sessions all = sessions(ctx);
        if (!all.anyClaimed) {
            return false;
        }
        Session s = all.byStream.get(stream);
        return s != null && s.claimed;
    }

    /** Who the server is, as a Client Hello names it (ssl_set_server: its destination). */
    static void markServer(PacketContext ctx, Session s) {
        TcpInfo tcp = ctx.get(TcpInfo.class);
        s.serverDirection = tcp == null ? -1 : 1 - tcp.direction;
    }

    /**
     * Whether TLS, as the conversation dissector of a TCP stream its heuristic claimed, takes this payload (it refuses
     * one that starts with four printable characters).
     */
    public static boolean takesClaimed(ByteView tvb, PacketContext ctx, int stream) {
        return claimed(ctx, stream) && !startsPrintable(tvb);
    }

    private static boolean startsPrintable(ByteView tvb) {
        return tvb.capturedLength() > 4 && printable(tvb.u8(0)) && printable(tvb.u8(1)) && printable(tvb.u8(2))
                && printable(tvb.u8(3));
    }

    /** ssl_packet_from_server: by the Client Hello's destination, else by whether the source port is a TLS port. */
    static boolean fromServer(Session s, TcpInfo tcp) {
        if (tcp == null) {
            return false;
        }
        if (s.serverDirection >= 0) {
            return tcp.direction == s.serverDirection;
        }
        return APP_BY_PORT.containsKey(tcp.srcPort);
    }

    static String shortName(int version, String otherwise) {
        String n = VERSION_SHORT_NAMES.get(version);
        return n == null ? otherwise : n;
    }

    /**
     * dissect_ssl_heur: a record header of a handshake or application data record with a known version; a stream it
     * claims is TLS's from then on (conversation_set_dissector).
     */
    static int heuristic(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        TcpInfo tcp = ctx.get(TcpInfo.class);
        if (tcp != null && claimed(ctx, tcp.stream)) {
            return dissect(tvb, ctx, parent);
        }
        if (tvb.capturedLength() < 5) {
            return 0;
        }
        int type = tvb.u8(0);
        int version = tvb.u16(1);
        int length = tvb.u16(3);
        if (type != CT_HANDSHAKE && type != CT_APP_DATA) {
            return 0;
        }
        if (!ssl3Family(version)) {
            return 0;
        }
        if (length == 0 || length >= MAX_RECORD_LENGTH + 2048) {
            return 0;
        }
        if (tcp != null) {
            session(ctx, tcp).claimed = true;
            sessions(ctx).anyClaimed = true;
        }
        return dissect(tvb, ctx, parent);
    }

    /** dissect_ssl: every record in the payload, asking TCP for the rest of one that runs past it. */
    public static int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        if (startsPrintable(tvb)) {
            return 0; // packet-tls.c: four printable characters are not TLS
        }
        TcpInfo tcp = ctx.get(TcpInfo.class);
        Session s = session(ctx, tcp);
        boolean fromServer = fromServer(s, tcp);
        // a second call in one frame (the rest of a segment after a reassembled PDU) keeps the first's words: TCP
        // fenced the column between them (the context's slots are the packet's own)
        Columns cols = ctx.get(Columns.class);
        if (cols == null) {
            cols = new Columns();
            ctx.put(Columns.class, cols);
        }
        cols.protocol = shortName(s.version, "SSL");
        ctx.addProtocol(NAME);
        ctx.setCurrentProto("TLS");
        ProtoNode tls = parent.addItem(TLS, tvb, 0, tvb.capturedLength());
        boolean canDesegment = tcp != null && tcp.canDesegment;
        int offset = 0;
        int end = tvb.reportedLength();
        while (offset < end) {
            int available = end - offset;
            if (s.version == TlsSsl2.SSLV2) {
                int next = TlsSsl2.record(tvb, ctx, tls, offset, s, cols, tcp, canDesegment);
                if (next < 0) {
                    cols.waiting = true;
                    return tvb.capturedLength();
                }
                offset = next;
                continue;
            }
            if (available < 5) {
                if (canDesegment) {
                    tcp.requestMore(offset, TcpInfo.ONE_MORE_SEGMENT);
                    cols.waiting = true;
                    return tvb.capturedLength();
                }
                break;
            }
            // dissect_ssl's dispatch on the conversation's version: a known SSLv3-TLS 1.2 session takes every
            // record as one; otherwise (unknown, and TLS 1.3, which the switch does not list) a record must look like
            // one, and anything else is continuation data to the end; SSLv2-looking records are TlsSsl2's.
            boolean known = ssl3Family(s.version);
            int next;
            if (known ? v2ClientHello(tvb, offset) : looksLikeSslv2(tvb, offset)) {
                next = TlsSsl2.record(tvb, ctx, tls, offset, s, cols, tcp, canDesegment);
            } else if (!known && !looksLikeSslv3(tvb, offset)) {
                cols.append("Continuation Data");
                break;
            } else {
                next = record(tvb, ctx, tls, offset, s, fromServer, cols, tcp, canDesegment);
            }
            if (next < 0) {
                cols.waiting = true;
                return tvb.capturedLength(); // TCP was asked for more
            }
            offset = next;
        }
        return tvb.capturedLength();
    }

    /** ssl_is_v2_client_hello. */
    private static boolean v2ClientHello(ByteView tvb, int offset) {
        return tvb.u8(offset) == 0x80 && tvb.u8(offset + 2) == 0x01;
    }

    /** ssl_looks_like_sslv2: a high first byte and an SSLv2 or PCT message type (0-5) where an SSLv2 one is. */
    private static boolean looksLikeSslv2(ByteView tvb, int offset) {
        return tvb.u8(offset) >= 0x80 && tvb.u8(offset + 2) <= 5;
    }

    /** ssl_looks_like_sslv3: a valid content type and an SSLv3, TLS 1.0–1.2 or TLCP version. */
    private static boolean looksLikeSslv3(ByteView tvb, int offset) {
        if (!validContentType(tvb.u8(offset))) {
            return false;
        }
        return ssl3Family(tvb.u16(offset + 1));
    }

    /** SSLv3, TLS 1.0–1.2 or TLCP: the versions whose records dissect_ssl and its heuristics take as such. */
    private static boolean ssl3Family(int v) {
        return v == SSLV3 || v == TLSV1 || v == TLSV1_1 || v == TLSV1_2 || v == TLCPV1;
    }

    private static boolean printable(int b) {
        return b >= 0x20 && b < 0x7f;
    }

    static boolean validContentType(int t) {
        return t >= CT_CHANGE_CIPHER_SPEC && t <= CT_HEARTBEAT;
    }

    /** dissect_ssl3_record; returns the offset after the record, or -1 when TCP was asked for more bytes. */
    private static int record(ByteView tvb, PacketContext ctx, ProtoNode tree, int offset, Session s,
            boolean fromServer, Columns cols, TcpInfo tcp, boolean canDesegment) {
        int available = tvb.reportedLength() - offset;
        // TLS 1.0-1.2 (and TLCP) ignore unknown records, RFC 2246 section 6
        if (ssl3Family(s.version) && s.version != SSLV3 && !validContentType(tvb.u8(offset))) {
            expert(ctx, tree, tvb, offset, available, EI_IGNORED_UNKNOWN_RECORD, EI_IGNORED_UNKNOWN_RECORD.summary());
            cols.append("Ignored Unknown Record");
            return offset + available;
        }
        int contentType = tvb.u8(offset);
        int version = tvb.u16(offset + 1);
        int recordLength = tvb.u16(offset + 3);
        if (!validContentType(contentType)) {
            cols.append("Continuation Data");
            return offset + 5 + recordLength;
        }
        if (available < recordLength + 5) {
            if (canDesegment) {
                tcp.requestMore(offset, recordLength + 5 - available);
                return -1;
            }
            return offset + available;
        }
        ProtoNode rec = tree.addItem(RECORD, tvb, offset, 5 + recordLength);
        ProtoNode ct = s.version == TLSV1_3 && contentType == CT_APP_DATA
                ? rec.add(OPAQUE_TYPE, tvb, offset, 1, contentType)
                : rec.add(CONTENT_TYPE, tvb, offset, 1, contentType);
        rec.add(RECORD_VERSION, tvb, offset + 1, 2, version);
        ProtoNode lengthItem = rec.add(RECORD_LENGTH, tvb, offset + 3, 2, recordLength);
        int body = offset + 5;
        int nextByte = tvb.u8(body);
        if (s.version == 0) {
            trySetVersion(s, contentType, nextByte, version);
            cols.protocol = shortName(version, "SSL");
        } else {
            version = s.version;
        }
        if (recordLength > 0 && (s.version != TLSV1_3 || contentType == CT_APP_DATA)
                && !ctx.session().secondOfTwo()) {
            // decrypt_ssl3_record keeps the record's last (up to) 24 bytes for the next IV before anything is shown:
            // a record the snapshot cut throws there (only in a first pass: a second one decrypts nothing again)
            int iv = Math.min(recordLength, 24);
            tvb.ensure(body + recordLength - iv, iv);
        }
        if (recordLength == 0 && (contentType == CT_CHANGE_CIPHER_SPEC || contentType == CT_ALERT
                || contentType == CT_HANDSHAKE)) {
            Expert.add(ctx, lengthItem, EI_RECORD_LENGTH_INVALID, "Zero-length " + name(CONTENT_TYPE, contentType)
                    + " fragments are not allowed");
        }
        int maxExpansion = version == TLSV1_3 ? 256 : 2048;
        if (recordLength > MAX_RECORD_LENGTH + maxExpansion) {
            Expert.add(ctx, lengthItem, EI_RECORD_LENGTH_INVALID,
                    "TLSCiphertext length MUST NOT exceed 2^14 + " + maxExpansion);
        }
        switch (contentType) {
            case CT_CHANGE_CIPHER_SPEC -> {
                cols.append("Change Cipher Spec");
                rec.label(shortName(s.version, "SSL") + " Record Layer: Change Cipher Spec Protocol: "
                        + "Change Cipher Spec");
                ProtoNode ccs = rec.addItem(CHANGE_CIPHER_SPEC, tvb, body, 1);
                if (version != TLSV1_3) {
                    if (fromServer) {
                        if (s.serverCcsFrame == 0) {
                            s.serverCcsFrame = ctx.frameNumber();
                        }
                        if (s.resumed) {
                            Expert.add(ctx, ccs, EI_RESUMED);
                        }
                        s.resumed = false;
                    } else if (s.clientCcsFrame == 0) {
                        s.clientCcsFrame = ctx.frameNumber();
                    }
                } else if (fromServer) {
                    s.resumed = false;
                }
            }
            case CT_ALERT -> alert(tvb, ctx, rec, body, recordLength, s, cols);
            case CT_HANDSHAKE -> TlsHandshake.handshake(tvb, ctx, rec, body, body + recordLength, true, s,
                    fromServer, version, cols);
            case CT_APP_DATA -> {
                cols.append("Application Data");
                String app = s.appProtocol;
                if (app == null && tcp != null) {
                    app = APP_BY_PORT.get(tcp.srcPort);
                    if (app == null) {
                        app = APP_BY_PORT.get(tcp.dstPort);
                    }
                }
                rec.label(shortName(version, "SSL") + " Record Layer: Application Data Protocol: "
                        + (app == null ? "Application Data" : app));
                bytes(rec, APP_DATA, tvb, body, recordLength);
                if (app != null) {
                    rec.addObj(APP_DATA_PROTO, tvb, 0, 0, app).generated();
                }
            }
            case CT_HEARTBEAT -> {
                if (version == TLSV1_3) {
                    Expert.add(ctx, ct, EI_UNEXPECTED_MESSAGE, "Record type is not allowed in TLS 1.3");
                } else {
                    // "heartbeats before ChangeCipherSpec are unencrypted": without keys packet-tls.c never has a
                    // decoder for either side, so it takes every heartbeat for plaintext
                    heartbeat(tvb, ctx, rec, body, recordLength, s, cols);
                }
            }
            default -> { }
        }
        return body + recordLength;
    }

    /** ssl_try_set_version: only a message other than a Client Hello tells the version. */
    static void trySetVersion(Session s, int contentType, int handshakeType, int version) {
        boolean authoritative = contentType == CT_HANDSHAKE
                ? TlsHandshake.validType(handshakeType) && handshakeType != TlsHandshake.CLIENT_HELLO
                : validContentType(contentType);
        if (!authoritative) {
            return;
        }
        if (handshakeType == TlsHandshake.SERVER_HELLO && contentType == CT_HANDSHAKE) {
            int draft = tls13Draft(version);
            if (draft != 0) {
                version = TLSV1_3;
            }
        }
        if (version == SSLV3 || version == TLSV1 || version == TLSV1_1 || version == TLSV1_2 || version == TLSV1_3) {
            s.version = version;
        }
    }

    /** extract_tls13_draft_version: 0x7fNN is draft NN, 0x7e02 Facebook's draft 23 (0 for anything else). */
    static int tls13Draft(int version) {
        if ((version & 0xff00) == 0x7f00) {
            return version & 0xff;
        }
        if ((version & 0xff00) == 0x7e00 && (version & 0xff) == 0x02) {
            return 23;
        }
        return 0;
    }

    /** dissect_ssl3_alert: two plain bytes, or anything longer encrypted. */
    private static void alert(ByteView tvb, PacketContext ctx, ProtoNode rec, int offset, int length, Session s,
            Columns cols) {
        ProtoNode a = rec.addItem(ALERT, tvb, offset, length);
        String v = shortName(s.version, "TLS");
        if (length != 2) {
            cols.append("Encrypted Alert");
            rec.label(v + " Record Layer: Encrypted Alert");
            a.label("Alert Message: Encrypted Alert");
            return;
        }
        int level = tvb.u8(offset);
        int desc = tvb.u8(offset + 1);
        String levelName = name(ALERT_LEVEL, level);
        String descName = name(ALERT_DESC, desc);
        cols.append("Alert (Level: " + levelName + ", Description: " + descName + ")");
        rec.label(v + " Record Layer: Alert (Level: " + levelName + ", Description: " + descName + ")");
        a.add(ALERT_LEVEL, tvb, offset, 1, level);
        a.add(ALERT_DESC, tvb, offset + 1, 1, desc);
    }

    /**
     * An item proto_tree_add_item would add over {@code n} bytes at {@code off}: they must be there (else the bounds
     * exception), and an empty FT_BYTES item shows "&lt;MISSING&gt;".
     */
    static ProtoNode bytes(ProtoNode parent, FieldDef f, ByteView tvb, int off, int n) {
        // an FT_NONE item is cut where the captured bytes end (get_hfi_length); only its start must be there
        tvb.ensure(off, f.type() == FieldType.NONE ? 0 : n);
        if (n == 0 && f.type() == FieldType.BYTES) {
            return parent.addObj(f, tvb, off, 0, "<MISSING>");
        }
        return parent.addItem(f, tvb, off, n);
    }

    /**
     * A text item with a subtree (proto_tree_add_subtree, proto_tree_add_text_internal): its bytes must be there
     * before it is added (tvb_ensure_bytes_exist), else the bounds exception and no item.
     */
    static ProtoNode subtree(ProtoNode parent, ByteView tvb, int off, int len, String text) {
        tvb.ensure(off, len);
        return parent.addText(tvb, off, len, text);
    }

    /**
     * proto_tree_add_expert(_format): expert.c adds the text item and its finding over what was captured of the
     * range, then throws if the range is not all there.
     */
    static ProtoNode expert(PacketContext ctx, ProtoNode parent, ByteView tvb, int off, int len, ExpertDef def,
            String message) {
        ProtoNode t = parent.addText(tvb, off, Math.max(0, Math.min(len, tvb.remaining(off))), message);
        Expert.add(ctx, t, def, message);
        tvb.ensure(off, len);
        return t;
    }

    static String name(FieldDef f, long v) {
        String n = f.valueName(v);
        return n == null ? "Unknown" : n;
    }

    /** dissect_ssl3_heartbeat, taking the message for plaintext (no keys): encrypted only when its type is unknown. */
    private static void heartbeat(ByteView tvb, PacketContext ctx, ProtoNode rec, int offset, int recordLength,
            Session s, Columns cols) {
        ProtoNode hb = rec.addItem(HEARTBEAT, tvb, offset, recordLength);
        int type = tvb.u8(offset);
        String typeName = HEARTBEAT_TYPE.valueName(type);
        int payloadLength = tvb.u16(offset + 1);
        int paddingLength = recordLength - 3 - payloadLength;
        String v = shortName(s.version, "SSL");
        if (typeName != null) {
            cols.append("Heartbeat " + typeName);
            rec.label(v + " Record Layer: Heartbeat " + typeName);
            hb.add(HEARTBEAT_TYPE, tvb, offset, 1, type);
            ProtoNode pl = hb.add(HEARTBEAT_PAYLOAD_LENGTH, tvb, offset + 1, 2, payloadLength);
            offset += 3;
            if (3 + payloadLength + 16 > recordLength) {
                Expert.add(ctx, pl, EI_HEARTBEAT_PAYLOAD_LENGTH, "Invalid heartbeat payload length ("
                        + payloadLength + ")");
                payloadLength = recordLength - 3;
                paddingLength = 0;
                pl.appendLabel(" (invalid, using " + payloadLength + " to decode payload)");
            }
            bytes(hb, HEARTBEAT_PAYLOAD, tvb, offset, payloadLength)
                    .label("Payload (" + payloadLength + " byte" + (payloadLength == 1 ? "" : "s") + ")");
            offset += payloadLength;
            if (paddingLength != 0) {
                bytes(hb, HEARTBEAT_PADDING, tvb, offset, paddingLength)
                        .label("Padding and HMAC (" + paddingLength + " byte" + (paddingLength == 1 ? "" : "s") + ")");
            }
        } else {
            cols.append("Encrypted Heartbeat");
            rec.label(v + " Record Layer: Encrypted Heartbeat");
            hb.label("Encrypted Heartbeat Message");
        }
    }
}
