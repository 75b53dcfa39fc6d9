package org.jdissect.dissectors.tls;

import static org.jdissect.dissectors.tls.TlsFields.f;

import java.util.ArrayList;
import java.util.List;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.NsTime;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.x509.X509;

/**
 * TLS handshake messages as packet-tls.c's dissect_tls_handshake and packet-tls-utils.c's ssl_dissect_hnd_* show
 * them: messages that span records collected per direction, encrypted ones recognised by the same heuristics, and
 * each message's body (hellos with {@link TlsExtensions}, certificates, key exchanges by the cipher suite's key
 * exchange, tickets, certificate requests and verifies, Finished).
 */
final class TlsHandshake {
    private TlsHandshake() {
    }

    static final int HELLO_REQUEST = 0;
    static final int CLIENT_HELLO = 1;
    static final int SERVER_HELLO = 2;
    static final int NEWSESSION_TICKET = 4;
    static final int END_OF_EARLY_DATA = 5;
    static final int HELLO_RETRY_REQUEST = 6;
    static final int ENCRYPTED_EXTENSIONS = 8;
    static final int CERTIFICATE = 11;
    static final int SERVER_KEY_EXCHG = 12;
    static final int CERT_REQUEST = 13;
    static final int SVR_HELLO_DONE = 14;
    static final int CERT_VERIFY = 15;
    static final int CLIENT_KEY_EXCHG = 16;
    static final int FINISHED = 20;
    static final int CERT_URL = 21;
    static final int CERT_STATUS = 22;
    static final int SUPPLEMENTAL_DATA = 23;
    static final int KEY_UPDATE = 24;
    static final int COMPRESSED_CERTIFICATE = 25;
    static final int ENCRYPTED_EXTS = 67;

    static final FieldDef HANDSHAKE = f("tls.handshake");
    static final FieldDef TYPE = TlsFields.HANDSHAKE_TYPE;
    static final FieldDef LENGTH = f("tls.handshake.length");
    static final FieldDef VERSION = f("tls.handshake.version");
    static final FieldDef RANDOM = f("tls.handshake.random");
    static final FieldDef RANDOM_TIME = f("tls.handshake.random_time");
    static final FieldDef RANDOM_BYTES = f("tls.handshake.random_bytes");
    /** packet-tls.c registers the name first as SSLv2's FT_UINT16; the common one is FT_UINT8. */
    static final FieldDef SESSION_ID_LENGTH = f("tls.handshake.session_id_length").variant(
            org.jdissect.api.field.FieldType.UINT8, 0, 0);
    static final FieldDef SESSION_ID = f("tls.handshake.session_id");
    static final FieldDef CIPHER_SUITES_LENGTH = f("tls.handshake.cipher_suites_length");
    static final FieldDef CIPHER_SUITES = f("tls.handshake.ciphersuites");
    static final FieldDef CIPHER_SUITE = f("tls.handshake.ciphersuite");
    static final FieldDef COMP_METHODS_LENGTH = f("tls.handshake.comp_methods_length");
    static final FieldDef COMP_METHODS = f("tls.handshake.comp_methods");
    static final FieldDef COMP_METHOD = f("tls.handshake.comp_method");
    static final FieldDef JA3_FULL = f("tls.handshake.ja3_full");
    static final FieldDef JA3 = f("tls.handshake.ja3");
    static final FieldDef JA3S_FULL = f("tls.handshake.ja3s_full");
    static final FieldDef JA3S = f("tls.handshake.ja3s");
    static final FieldDef CERTIFICATES_LENGTH = f("tls.handshake.certificates_length");
    static final FieldDef CERTIFICATES = f("tls.handshake.certificates");
    static final FieldDef CERTIFICATE_LENGTH = f("tls.handshake.certificate_length");
    static final FieldDef CERTIFICATE_ITEM = f("tls.handshake.certificate");
    static final FieldDef CERT_REQUEST_CONTEXT_LENGTH = f("tls.handshake.certificate_request_context_length");
    static final FieldDef CERT_REQUEST_CONTEXT = f("tls.handshake.certificate_request_context");
    static final FieldDef CERT_TYPES_COUNT = f("tls.handshake.cert_types_count");
    static final FieldDef CERT_TYPES = f("tls.handshake.cert_types");
    static final FieldDef CERT_TYPE = TlsFields.CERT_TYPE;
    static final FieldDef DNAMES_LENGTH = f("tls.handshake.dnames_len");
    static final FieldDef DNAMES = f("tls.handshake.dnames");
    static final FieldDef DNAME_LENGTH = f("tls.handshake.dname_len");
    static final FieldDef DNAME = f("tls.handshake.dname");
    static final FieldDef TICKET_LIFETIME = f("tls.handshake.session_ticket_lifetime_hint");
    static final FieldDef TICKET_AGE_ADD = f("tls.handshake.session_ticket_age_add");
    static final FieldDef TICKET_NONCE_LENGTH = f("tls.handshake.session_ticket_nonce_length");
    static final FieldDef TICKET_NONCE = f("tls.handshake.session_ticket_nonce");
    static final FieldDef TICKET_LENGTH = f("tls.handshake.session_ticket_length");
    static final FieldDef TICKET = f("tls.handshake.session_ticket");
    static final FieldDef VERIFY_DATA = f("tls.handshake.verify_data");
    static final FieldDef CERT_VERIFY_SIG_LENGTH = f("tls.handshake.client_cert_vrfy.sig_len");
    static final FieldDef CERT_VERIFY_SIG = f("tls.handshake.client_cert_vrfy.sig");
    static final FieldDef KEY_UPDATE_REQUEST = f("tls.handshake.key_update.request_update");
    static final FieldDef SIG_HASH_ALG = f("tls.handshake.sig_hash_alg");
    static final FieldDef SIG_HASH_HASH = f("tls.handshake.sig_hash_hash");
    static final FieldDef SIG_HASH_SIG = f("tls.handshake.sig_hash_sig");
    static final FieldDef SIG_HASH_ALG_LENGTH = f("tls.handshake.sig_hash_alg_len");
    static final FieldDef SIG_HASH_ALGS = f("tls.handshake.sig_hash_algs");
    static final FieldDef FRAGMENTS = f("tls.handshake.fragments");
    static final FieldDef FRAGMENT = f("tls.handshake.fragment");
    static final FieldDef FRAGMENT_COUNT = f("tls.handshake.fragment.count");
    static final FieldDef REASSEMBLED_IN = f("tls.handshake.reassembled_in");
    // key exchange parameters
    static final FieldDef CLIENT_POINT_LEN = f("tls.handshake.client_point_len");
    static final FieldDef CLIENT_POINT = f("tls.handshake.client_point");
    static final FieldDef YC_LEN = f("tls.handshake.yc_len");
    static final FieldDef YC = f("tls.handshake.yc");
    static final FieldDef EPMS_LEN = f("tls.handshake.epms_len");
    static final FieldDef EPMS = f("tls.handshake.epms");
    static final FieldDef IDENTITY_LEN = f("tls.handshake.identity_len");
    static final FieldDef IDENTITY = f("tls.handshake.identity");
    static final FieldDef CURVE_TYPE = f("tls.handshake.server_curve_type");
    static final FieldDef NAMED_CURVE = f("tls.handshake.server_named_curve");
    static final FieldDef SERVER_POINT_LEN = f("tls.handshake.server_point_len");
    static final FieldDef SERVER_POINT = f("tls.handshake.server_point");
    static final FieldDef P_LEN = f("tls.handshake.p_len");
    static final FieldDef P = f("tls.handshake.p");
    static final FieldDef G_LEN = f("tls.handshake.g_len");
    static final FieldDef G = f("tls.handshake.g");
    static final FieldDef YS_LEN = f("tls.handshake.ys_len");
    static final FieldDef YS = f("tls.handshake.ys");
    static final FieldDef MODULUS_LEN = f("tls.handshake.modulus_len");
    static final FieldDef MODULUS = f("tls.handshake.modulus");
    static final FieldDef EXPONENT_LEN = f("tls.handshake.exponent_len");
    static final FieldDef EXPONENT = f("tls.handshake.exponent");
    static final FieldDef SIG_LEN = f("tls.handshake.sig_len");
    static final FieldDef SIG = f("tls.handshake.sig");
    static final FieldDef HINT_LEN = f("tls.handshake.hint_len");
    static final FieldDef HINT = f("tls.handshake.hint");

    /** SHA-256("HelloRetryRequest"): a TLS 1.3 Server Hello with this random is a Hello Retry Request. */
    private static final byte[] HRR_RANDOM = {
        (byte) 0xcf, 0x21, (byte) 0xad, 0x74, (byte) 0xe5, (byte) 0x9a, 0x61, 0x11, (byte) 0xbe, 0x1d, (byte) 0x8c,
        0x02, 0x1e, 0x65, (byte) 0xb8, (byte) 0x91, (byte) 0xc2, (byte) 0xa2, 0x11, 0x16, 0x7a, (byte) 0xbb,
        (byte) 0x8c, 0x5e, 0x07, (byte) 0x9e, 0x09, (byte) 0xe2, (byte) 0xc8, (byte) 0xa8, 0x33, (byte) 0x9c};

    /** A handshake message collected from records (tls_hs_reassembly_table): its bytes so far and their frames. */
    static final class Pending {
        final int type;
        /** The bytes so far, in a buffer that doubles (records of one byte each must not cost n² copies). */
        private byte[] buf = new byte[256];
        int length;
        final List<long[]> pieces = new ArrayList<>(); // frame, offset, length, piece id (Sessions.pieceId)

        Pending(int type) {
            this.type = type;
        }

        void add(long frame, ByteView tvb, int off, int n, long id) {
            if (length + n > buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, length + n));
            }
            tvb.copyTo(off, buf, length, n);
            pieces.add(new long[] {frame, length, n, id});
            length += n;
        }

        byte[] data() {
            return java.util.Arrays.copyOf(buf, length);
        }

        /** The message's length with its header, or 0 while its header is not all there. */
        int messageLength() {
            return length >= 4 ? 4 + ((buf[1] & 0xff) << 16 | (buf[2] & 0xff) << 8 | (buf[3] & 0xff)) : 0;
        }
    }

    /** ssl_is_valid_handshake_type for TLS (hello_verify_request is DTLS's). */
    static boolean validType(int t) {
        return switch (t) {
            case HELLO_REQUEST, CLIENT_HELLO, SERVER_HELLO, NEWSESSION_TICKET, END_OF_EARLY_DATA, HELLO_RETRY_REQUEST,
                    ENCRYPTED_EXTENSIONS, CERTIFICATE, SERVER_KEY_EXCHG, CERT_REQUEST, SVR_HELLO_DONE, CERT_VERIFY,
                    CLIENT_KEY_EXCHG, FINISHED, CERT_URL, CERT_STATUS, SUPPLEMENTAL_DATA, KEY_UPDATE,
                    COMPRESSED_CERTIFICATE, ENCRYPTED_EXTS -> true;
            default -> false;
        };
    }

    /** dissect_tls_handshake: one record's handshake data, from {@code offset} to {@code end}. */
    static void handshake(ByteView tvb, PacketContext ctx, ProtoNode rec, int offset, int end, boolean maybeEncrypted,
            TlsModule.Session s, boolean fromServer, int version, TlsModule.Columns cols) {
        int dir = fromServer ? 1 : 0;
        Pending p = s.pending[dir];
        boolean first = true;
        if (p != null) {
            int had = p.length;
            int subset = end - offset;
            int msgLen = p.messageLength();
            if (msgLen == 0 && had + subset >= 4) {
                byte[] head = new byte[4];
                System.arraycopy(p.data(), 0, head, 0, had);
                tvb.copyTo(offset, head, had, 4 - had);
                msgLen = 4 + ((head[1] & 0xff) << 16 | (head[2] & 0xff) << 8 | (head[3] & 0xff));
            }
            if (msgLen != 0 && subset > msgLen - had) {
                subset = msgLen - had;
            }
            if (tvb.capturedLength() < offset + subset) {
                s.pending[dir] = null; // data missing: the message can never be completed
                details(cols, rec, version, p.type, false, false, false, tvb, offset, end - offset);
                return;
            }
            long id = TlsModule.sessions(ctx).pieceId(ctx.frameNumber());
            p.add(ctx.frameNumber(), tvb, offset, subset, id);
            if (msgLen == 0 || p.length < msgLen) {
                details(cols, rec, version, p.type, false, false, false, tvb, offset, end - offset);
                reassembledIn(ctx, rec, tvb, offset, id);
                return;
            }
            s.pending[dir] = null;
            noteDone(ctx, p);
            ProtoNode last = rec.addItem(HANDSHAKE, tvb, offset, subset);
            last.label("Handshake Protocol: " + typeName(p.type, "Encrypted Handshake Message") + " (last fragment)");
            offset += subset;
            ByteView whole = ByteView.of(p.data());
            ctx.addDataSource("Reassembled TLS Handshake", whole);
            fragmentTree(rec, p, whole);
            full(whole, ctx, rec, 0, s, fromServer, version, true, cols);
            first = false;
        } else if (encrypted(tvb, ctx, offset, end, maybeEncrypted, s, fromServer)) {
            details(cols, rec, version, 0, true, true, true, tvb, offset, end - offset);
            return;
        }
        while (offset < end) {
            int subset = end - offset;
            int msgLen = subset >= 4 ? 4 + tvb.u24(offset + 1) : 0;
            if (msgLen == 0 || subset < msgLen) {
                int type = tvb.u8(offset);
                long id = -1;
                if (tvb.capturedLength() >= offset + subset) {
                    Pending np = new Pending(type);
                    id = TlsModule.sessions(ctx).pieceId(ctx.frameNumber());
                    np.add(ctx.frameNumber(), tvb, offset, subset, id);
                    s.pending[dir] = np;
                }
                details(cols, rec, version, type, false, first, false, tvb, offset, subset);
                reassembledIn(ctx, rec, tvb, offset, id);
                break;
            }
            full(tvb, ctx, rec, offset, s, fromServer, version, first, cols);
            offset += msgLen;
            first = false;
        }
    }

    /** In a first pass of two, notes where each fragment of {@code p} but its last was completed: this frame. */
    private static void noteDone(PacketContext ctx, Pending p) {
        java.util.Map<Long, Long> done = TlsModule.sessions(ctx).handshakeDoneIn;
        if (done == null) {
            return;
        }
        for (int i = 0; i < p.pieces.size() - 1; i++) {
            done.put(p.pieces.get(i)[3], ctx.frameNumber());
        }
    }

    /**
     * "Reassembled Handshake Message in frame: N" after a fragment, in the second pass of two: the frame where the
     * first pass completed its message (this one too, when a later record of the frame completes it).
     */
    private static void reassembledIn(PacketContext ctx, ProtoNode rec, ByteView tvb, int offset, long id) {
        TlsModule.Sessions first = ctx.session().firstPass(TlsModule.Sessions.class);
        Long in = first == null || first.handshakeDoneIn == null || id < 0 ? null : first.handshakeDoneIn.get(id);
        if (in != null) {
            rec.add(REASSEMBLED_IN, tvb, offset, 0, in);
        }
    }

    /** The "[N Reassembled Handshake Fragments (L bytes): #f(n), …]" tree show_fragment_tree draws. */
    private static void fragmentTree(ProtoNode parent, Pending p, ByteView whole) {
        int total = whole.capturedLength();
        ProtoNode t = parent.addItem(FRAGMENTS, whole, 0, total).generated();
        StringBuilder list = new StringBuilder(":");
        for (int i = 0; i < p.pieces.size(); i++) {
            long[] pc = p.pieces.get(i);
            list.append(i == 0 ? " #" : ", #").append(pc[0]).append('(').append(pc[2]).append(')');
        }
        t.label(p.pieces.size() + " Reassembled Handshake Fragments (" + total + " bytes)")
                .appendLabel(list.toString());
        for (long[] pc : p.pieces) {
            int off = (int) pc[1];
            int n = (int) pc[2];
            // generated, as reassemble.c's show_fragment sets it: -V brackets the label, PDML's showname has none
            t.add(FRAGMENT, whole, off, n, pc[0]).generated().label("Frame: " + pc[0] + ", payload: " + off + "-"
                    + (off + n - 1) + " (" + n + " byte" + (n == 1 ? "" : "s") + ")");
        }
        t.add(FRAGMENT_COUNT, whole, 0, 0, p.pieces.size()).generated();
    }

    /** is_encrypted_handshake_message. */
    private static boolean encrypted(ByteView tvb, PacketContext ctx, int offset, int end, boolean maybeEncrypted,
            TlsModule.Session s, boolean fromServer) {
        if (end - offset < 16) {
            return false;
        }
        if (maybeEncrypted) {
            maybeEncrypted = tvb.u32(offset) == 0 && tvb.u8(offset + 4) == 0;
            if (!maybeEncrypted) {
                long ccs = fromServer ? s.serverCcsFrame : s.clientCcsFrame;
                maybeEncrypted = ccs != 0 && ctx.frameNumber() > ccs;
            }
        }
        if (!maybeEncrypted) {
            int type = tvb.u8(offset);
            maybeEncrypted = TYPE.valueName(type) == null;
            if (!maybeEncrypted) {
                maybeEncrypted = tvb.u24(offset + 1) >= 0x010000;
            }
        }
        return maybeEncrypted;
    }

    static String typeName(int type, String otherwise) {
        String n = TYPE.valueName(type);
        return n == null ? otherwise : n;
    }

    /** tls_show_handshake_details: the Info column, the record's label and the handshake item. */
    private static ProtoNode details(TlsModule.Columns cols, ProtoNode rec, int version, int type, boolean encrypted,
            boolean firstMsg, boolean complete, ByteView tvb, int offset, int length) {
        String name = encrypted ? "Encrypted Handshake Message" : typeName(type, "Encrypted Handshake Message");
        if (complete) {
            cols.append(name);
        } else if (firstMsg) {
            cols.append("[" + name + " Fragment]");
        }
        String v = TlsModule.shortName(version, "TLS");
        if (firstMsg) {
            rec.label(v + " Record Layer: Handshake Protocol: " + name
                    + (!complete && !encrypted ? " (fragment)" : ""));
        } else {
            rec.label(v + " Record Layer: Handshake Protocol: Multiple Handshake Messages");
        }
        ProtoNode ti = rec.addItem(HANDSHAKE, tvb, offset, length);
        ti.label("Handshake Protocol: " + name + (!complete && !encrypted ? " (fragment)" : ""));
        return ti;
    }

    /** dissect_tls_handshake_full: one whole message at {@code offset}. */
    private static void full(ByteView tvb, PacketContext ctx, ProtoNode rec, int offset, TlsModule.Session s,
            boolean fromServer, int version, boolean firstMsg, TlsModule.Columns cols) {
        int type = tvb.u8(offset);
        int length = tvb.u24(offset + 1);
        String typeStr = TYPE.valueName(type);
        if (typeStr == null && !firstMsg) {
            return;
        }
        boolean hrr = false;
        if (firstMsg && type == SERVER_HELLO && length > 2) {
            int[] scanned = scanServerHello(tvb, offset + 4, offset + 4 + length);
            hrr = scanned[1] != 0;
            TlsModule.trySetVersion(s, TlsModule.CT_HANDSHAKE, SERVER_HELLO, scanned[0]);
        }
        ProtoNode ti = details(cols, rec, version, hrr ? HELLO_RETRY_REQUEST : type, false, firstMsg, true, tvb,
                offset, length + 4);
        if (typeStr == null) {
            return;
        }
        ti.add(TYPE, tvb, offset, 1, type);
        ti.add(LENGTH, tvb, offset + 1, 3, length);
        int body = offset + 4;
        int bodyEnd = body + length;
        switch (type) {
            case CLIENT_HELLO -> {
                TlsModule.markServer(ctx, s);
                clientHello(tvb, ctx, ti, body, bodyEnd, s);
            }
            case SERVER_HELLO -> {
                cols.protocol = TlsModule.shortName(s.version, "SSL");
                serverHello(tvb, ctx, ti, body, bodyEnd, s, hrr);
            }
            case NEWSESSION_TICKET -> newSessionTicket(tvb, ctx, ti, body, bodyEnd, s);
            case HELLO_RETRY_REQUEST -> {
                ti.add(VERSION, tvb, body, 2, tvb.u16(body));
                int draft = TlsModule.tls13Draft(tvb.u16(body));
                int o = body + 2;
                if (draft == 0 || draft >= 19) {
                    ti.add(CIPHER_SUITE, tvb, o, 2, tvb.u16(o));
                    o += 2;
                }
                TlsExtensions.extensions(tvb, ctx, ti, o, bodyEnd, HELLO_RETRY_REQUEST, s, null);
            }
            case ENCRYPTED_EXTENSIONS -> TlsExtensions.extensions(tvb, ctx, ti, body, bodyEnd, ENCRYPTED_EXTENSIONS,
                    s, null);
            case CERTIFICATE -> certificate(tvb, ctx, ti, body, bodyEnd, s);
            case SERVER_KEY_EXCHG -> TlsKeyExchange.server(tvb, ctx, ti, body, bodyEnd, s);
            case CERT_REQUEST -> certificateRequest(tvb, ctx, ti, body, bodyEnd, s);
            case SVR_HELLO_DONE -> s.resumed = false;
            case CERT_VERIFY -> digitallySigned(tvb, ctx, ti, body, bodyEnd, s.version, CERT_VERIFY_SIG_LENGTH,
                    CERT_VERIFY_SIG);
            case CLIENT_KEY_EXCHG -> TlsKeyExchange.client(tvb, ti, body, length, s);
            case FINISHED -> {
                TlsModule.bytes(ti, VERIFY_DATA, tvb, body, length);
            }
            case KEY_UPDATE -> rec.add(KEY_UPDATE_REQUEST, tvb, body, 1, tvb.u8(body));
            default -> { }
        }
    }

    /** tls_scan_server_hello: {version (from supported_versions when there), 1 if a Hello Retry Request}. */
    static int[] scanServerHello(ByteView tvb, int offset, int end) {
        int version = tvb.u16(offset);
        int hrr = 0;
        if (version == TlsModule.TLSV1_2 && end - offset >= 46) {
            offset += 2;
            hrr = 1;
            for (int i = 0; i < 32; i++) {
                if (tvb.u8(offset + i) != (HRR_RANDOM[i] & 0xff)) {
                    hrr = 0;
                    break;
                }
            }
            offset += 32;
            int sid = tvb.u8(offset);
            offset++;
            if (end - offset < sid + 5) {
                return new int[] {version, hrr};
            }
            offset += sid + 5;
            while (end - offset >= 6) {
                int extType = tvb.u16(offset);
                int extLen = tvb.u16(offset + 2);
                if (end - offset < 4 + extLen) {
                    break;
                }
                if (extType == TlsExtensions.SUPPORTED_VERSIONS && extLen == 2) {
                    return new int[] {tvb.u16(offset + 4), hrr};
                }
                offset += 4 + extLen;
            }
        }
        return new int[] {version, hrr};
    }

    /** ssl_add_vector: a 1–4 byte length checked against its bounds and the room left; negative if unusable. */
    static long vector(ByteView tvb, PacketContext ctx, ProtoNode tree, int offset, int end, FieldDef lengthField,
            long min, long max) {
        int size = max > 0xffffff ? 4 : max > 0xffff ? 3 : max > 0xff ? 2 : 1;
        if (offset > end) {
            Expert.add(ctx, tree, TlsModule.EI_BUFFER_TOO_SMALL, "Vector offset is past buffer end offset (" + offset
                    + " > " + end + ")");
            return -1;
        }
        if (end - offset < size) {
            String m = "No more room for vector of length " + size;
            TlsModule.expert(ctx, tree, tvb, offset, end - offset, TlsModule.EI_BUFFER_TOO_SMALL, m);
            return -1;
        }
        long v = switch (size) {
            case 1 -> tvb.u8(offset);
            case 2 -> tvb.u16(offset);
            case 3 -> tvb.u24(offset);
            default -> tvb.u32(offset);
        };
        ProtoNode pi = tree.add(lengthField, tvb, offset, size, v);
        offset += size;
        if (v < min) {
            Expert.add(ctx, pi, TlsModule.EI_VECTOR_LENGTH, "Vector length " + v + " is smaller than minimum " + min);
        } else if (v > max) {
            Expert.add(ctx, pi, TlsModule.EI_VECTOR_LENGTH, "Vector length " + v + " is larger than maximum " + max);
        }
        if (end - offset < v) {
            Expert.add(ctx, pi, TlsModule.EI_BUFFER_TOO_SMALL, "Vector length " + v
                    + " is too large, truncating it to " + (end - offset));
            return -2 - (end - offset); // truncated: the caller stops, as ssl_add_vector's FALSE
        }
        return v;
    }

    /** ssl_end_vector: false (and a finding) unless {@code offset} is exactly {@code end}. */
    static boolean endVector(ByteView tvb, PacketContext ctx, ProtoNode tree, int offset, int end) {
        if (offset < end) {
            int trailing = end - offset;
            String m = trailing + " trailing byte" + (trailing == 1 ? " was" : "s were") + " unprocessed";
            TlsModule.expert(ctx, tree, tvb, offset, trailing, TlsModule.EI_TRAILING_DATA, m);
            return false;
        } else if (offset > end) {
            int excess = offset - end;
            String m = "Dissector processed too much data (" + excess + " byte" + (excess == 1 ? "" : "s") + ")";
            TlsModule.expert(ctx, tree, tvb, end, excess, TlsModule.EI_BUFFER_TOO_SMALL, m);
            return false;
        }
        return true;
    }

    /** ssl_dissect_hnd_hello_common: random (with its time before TLS 1.3) and session ID. */
    private static int helloCommon(ByteView tvb, ProtoNode tree, int offset, TlsModule.Session s, boolean fromServer,
            boolean hrr) {
                ProtoNode rnd = TlsModule.bytes(tree, RANDOM, tvb, offset, 32);
        if (s.version != TlsModule.TLSV1_3) {
            rnd.addObj(RANDOM_TIME, tvb, offset, 4, new NsTime(tvb.u32(offset), 0));
            rnd.addItem(RANDOM_BYTES, tvb, offset + 4, 28);
            offset += 32;
        } else {
            if (hrr) {
                rnd.appendLabel(" (HelloRetryRequest magic)");
            }
            offset += 32;
        }
        int sidLength = tvb.u8(offset);
        tree.add(SESSION_ID_LENGTH, tvb, offset, 1, sidLength);
        offset++;
        if (sidLength > 0) {
            TlsModule.bytes(tree, SESSION_ID, tvb, offset, sidLength);
            offset += sidLength;
        }
        return offset;
    }

    /**
     * ssl_dissect_hnd_cli_hello, with JA3 as 4.0 adds it: whatever of "version,ciphers,extensions,groups,formats"
     * was built when the message ends or a vector fails (no extensions at all: their three parts empty).
     */
    private static void clientHello(ByteView tvb, PacketContext ctx, ProtoNode tree, int offset, int end,
            TlsModule.Session s) {
        int clientVersion = tvb.u16(offset);
        tree.add(VERSION, tvb, offset, 2, clientVersion);
        offset += 2;
        offset = helloCommon(tvb, tree, offset, s, false, false);
        StringBuilder ja3 = new StringBuilder().append(clientVersion).append(',');
        int at = clientHelloBody(tvb, ctx, tree, offset, end, s, ja3);
        if (at < 0) {
            return; // no cipher suites vector: 4.0 adds no JA3 at all
        }
        String full = ja3.toString();
        tree.addObj(JA3_FULL, tvb, at, 0, full).generated();
        tree.addObj(JA3, tvb, at, 0, TlsExtensions.md5Hex(full)).generated();
    }

    /**
     * The hello after its session ID; returns where the extensions start (the offset the JA3 items are added at, as
     * packet-tls-utils.c leaves it), or -1 when the cipher suites vector could not be read.
     */
    private static int clientHelloBody(ByteView tvb, PacketContext ctx, ProtoNode tree, int offset, int end,
            TlsModule.Session s, StringBuilder ja3) {
        long csLen = vector(tvb, ctx, tree, offset, end, CIPHER_SUITES_LENGTH, 2, 0xffff);
        if (csLen < 0) {
            return -1;
        }
        offset += 2;
        int next = offset + (int) csLen;
        ProtoNode cs = tree.addItem(CIPHER_SUITES, tvb, offset, (int) csLen)
                .label("Cipher Suites (" + csLen / 2 + " suite" + (csLen / 2 == 1 ? "" : "s") + ")");
        boolean sep = false;
        while (offset + 2 <= next) {
            int suite = tvb.u16(offset);
            cs.add(CIPHER_SUITE, tvb, offset, 2, suite);
            if (!TlsExtensions.grease(suite)) {
                ja3.append(sep ? "-" : "").append(suite);
                sep = true;
            }
            offset += 2;
        }
        ja3.append(',');
        if (!endVector(tvb, ctx, cs, offset, next)) {
            offset = next;
        }
        long cmLen = vector(tvb, ctx, tree, offset, end, COMP_METHODS_LENGTH, 1, 0xff);
        if (cmLen < 0) {
            return offset;
        }
        offset++;
        next = offset + (int) cmLen;
        ProtoNode cm = tree.addItem(COMP_METHODS, tvb, offset, (int) cmLen)
                .label("Compression Methods (" + cmLen + " method" + (cmLen == 1 ? "" : "s") + ")");
        while (offset < next) {
            int m = tvb.u8(offset);
            ProtoNode item = cm.add(COMP_METHOD, tvb, offset, 1, m);
            if (m > 63 && m < 193) {
                item.label("Compression Method: Reserved - to be assigned by IANA (" + m + ")");
            } else if (m >= 193) {
                item.label("Compression Method: Private use range (" + m + ")");
            }
            offset++;
        }
        if (offset < end) {
            TlsExtensions.extensions(tvb, ctx, tree, offset, end, CLIENT_HELLO, s, ja3);
        } else {
            ja3.append(",,");
        }
        return offset;
    }

    /** ssl_dissect_hnd_srv_hello, with JA3S. */
    private static void serverHello(ByteView tvb, PacketContext ctx, ProtoNode tree, int offset, int end,
            TlsModule.Session s, boolean hrr) {
        s.resumed = true;
        int serverVersion = tvb.u16(offset);
        tree.add(VERSION, tvb, offset, 2, serverVersion);
        offset += 2;
        offset = helloCommon(tvb, tree, offset, s, true, hrr);
        int suite = tvb.u16(offset);
        tree.add(CIPHER_SUITE, tvb, offset, 2, suite);
        s.cipherSuite = suite;
        offset += 2;
        tree.add(COMP_METHOD, tvb, offset, 1, tvb.u8(offset));
        offset++;
        StringBuilder ja3s = new StringBuilder().append(serverVersion).append(',').append(suite).append(',');
        if (offset < end) {
            TlsExtensions.extensions(tvb, ctx, tree, offset, end, hrr ? HELLO_RETRY_REQUEST : SERVER_HELLO, s, ja3s);
        }
        String full = ja3s.toString();
        // at the start of the extensions, where packet-tls-utils.c's offset still is
        tree.addObj(JA3S_FULL, tvb, offset, 0, full).generated();
        tree.addObj(JA3S, tvb, offset, 0, TlsExtensions.md5Hex(full)).generated();
    }

    /** ssl_dissect_hnd_new_ses_ticket. */
    private static void newSessionTicket(ByteView tvb, PacketContext ctx, ProtoNode tree, int offset, int end,
            TlsModule.Session s) {
        boolean tls13 = s.version == TlsModule.TLSV1_3;
        ProtoNode t = TlsModule.subtree(tree, tvb, offset, end - offset, "TLS Session Ticket");
        long hint = tvb.u32(offset);
        ProtoNode h = t.add(TICKET_LIFETIME, tvb, offset, 4, hint)
                .label("Session Ticket Lifetime Hint: " + hint + (hint == 1 ? " second" : " seconds"));
        if (hint >= 60) {
            h.appendLabel(" (" + TlsExtensions.timeSecs(hint) + ")");
        }
        offset += 4;
        if (tls13) {
            t.add(TICKET_AGE_ADD, tvb, offset, 4, tvb.u32(offset));
            offset += 4;
            long nonceLen = vector(tvb, ctx, t, offset, end, TICKET_NONCE_LENGTH, 0, 255);
            if (nonceLen < 0) {
                return;
            }
            offset++;
            TlsModule.bytes(t, TICKET_NONCE, tvb, offset, (int) nonceLen);
            offset += (int) nonceLen;
        }
        long ticketLen = vector(tvb, ctx, t, offset, end, TICKET_LENGTH, tls13 ? 1 : 0, 0xffff);
        if (ticketLen < 0) {
            return;
        }
        offset += 2;
        TlsModule.bytes(t, TICKET, tvb, offset, (int) ticketLen);
        offset += (int) ticketLen;
        if (tls13) {
            TlsExtensions.extensions(tvb, ctx, t, offset, end, NEWSESSION_TICKET, s, null);
        }
    }

    /** ssl_dissect_hnd_cert: the certificate list (and TLS 1.3's context and per-entry extensions). */
    private static void certificate(ByteView tvb, PacketContext ctx, ProtoNode tree, int offset, int end,
            TlsModule.Session s) {
        if (s.version == TlsModule.TLSV1_3) {
            offset = requestContext(tvb, ctx, tree, offset, end);
            if (offset < 0) {
                return;
            }
        }
        long listLen = vector(tvb, ctx, tree, offset, end, CERTIFICATES_LENGTH, 0, 0xffffff);
        if (listLen < 0) {
            return;
        }
        offset += 3;
        int next = offset + (int) listLen;
        ProtoNode sub = tree;
        if (listLen > 0) {
            sub = tree.addItem(CERTIFICATES, tvb, offset, (int) listLen)
                    .label("Certificates (" + listLen + " bytes)");
        }
        while (offset < next) {
            long certLen = vector(tvb, ctx, sub, offset, next, CERTIFICATE_LENGTH, 1, 0xffffff);
            if (certLen < 0) {
                return;
            }
            offset += 3;
            X509.certificate(tvb, offset, (int) certLen, ctx, sub, CERTIFICATE_ITEM);
            offset += (int) certLen;
            if (s.version == TlsModule.TLSV1_3) {
                offset = TlsExtensions.extensions(tvb, ctx, sub, offset, next, CERTIFICATE, s, null);
            }
        }
    }

    /** TLS 1.3's certificate_request_context&lt;0..2^8-1&gt;; the offset after it, or -1 if its length is bad. */
    private static int requestContext(ByteView tvb, PacketContext ctx, ProtoNode tree, int offset, int end) {
        long ctxLen = vector(tvb, ctx, tree, offset, end, CERT_REQUEST_CONTEXT_LENGTH, 0, 0xff);
        if (ctxLen < 0) {
            return -1;
        }
        offset++;
        if (ctxLen > 0) {
            TlsModule.bytes(tree, CERT_REQUEST_CONTEXT, tvb, offset, (int) ctxLen);
            offset += (int) ctxLen;
        }
        return offset;
    }

    /** ssl_dissect_hnd_cert_req. */
    private static void certificateRequest(ByteView tvb, PacketContext ctx, ProtoNode tree, int offset, int end,
            TlsModule.Session s) {
        boolean tls13 = s.version == TlsModule.TLSV1_3;
        if (tls13) {
            offset = requestContext(tvb, ctx, tree, offset, end);
            if (offset < 0) {
                return;
            }
            TlsExtensions.extensions(tvb, ctx, tree, offset, end, CERT_REQUEST, s, null);
            return;
        }
        long count = vector(tvb, ctx, tree, offset, end, CERT_TYPES_COUNT, 1, 0xff);
        if (count < 0) {
            return;
        }
        offset++;
        int next = offset + (int) count;
        ProtoNode types = tree.addItem(CERT_TYPES, tvb, offset, (int) count)
                .label("Certificate types (" + count + " type" + (count == 1 ? "" : "s") + ")");
        while (offset < next) {
            types.add(CERT_TYPE, tvb, offset, 1, tvb.u8(offset));
            offset++;
        }
        if (s.version == TlsModule.TLSV1_2) {
            offset = TlsExtensions.sigHashAlgList(tvb, ctx, tree, offset, end);
        }
        certificateAuthorities(tvb, ctx, tree, offset, end);
    }

    /** tls_dissect_certificate_authorities: each DistinguishedName as its bytes (x509if's names not decoded). */
    static int certificateAuthorities(ByteView tvb, PacketContext ctx, ProtoNode tree, int offset, int end) {
        long len = vector(tvb, ctx, tree, offset, end, DNAMES_LENGTH, 0, 0xffff);
        if (len < 0) {
            return end;
        }
        offset += 2;
        int next = offset + (int) len;
        if (len > 0) {
            ProtoNode sub = tree.addItem(DNAMES, tvb, offset, (int) len)
                    .label("Distinguished Names (" + len + " byte" + (len == 1 ? "" : "s") + ")");
            while (offset < next) {
                long n = vector(tvb, ctx, sub, offset, next, DNAME_LENGTH, 1, 0xffff);
                if (n < 0) {
                    return next;
                }
                offset += 2;
                X509.distinguishedName(tvb, offset, (int) n, ctx, sub, DNAME);
                offset += (int) n;
            }
        }
        return offset;
    }

    /** ssl_dissect_digitally_signed: the algorithm (TLS 1.2 and 1.3) and the signature. */
    static int digitallySigned(ByteView tvb, PacketContext ctx, ProtoNode tree, int offset, int end, int version,
            FieldDef lenField, FieldDef sigField) {
        if (version == TlsModule.TLSV1_2 || version == TlsModule.TLSV1_3) {
            TlsExtensions.signatureAlgorithm(tvb, tree, offset);
            offset += 2;
        }
        long sigLen = vector(tvb, ctx, tree, offset, end, lenField, 0, 0xffff);
        if (sigLen < 0) {
            return end;
        }
        offset += 2;
        TlsModule.bytes(tree, sigField, tvb, offset, (int) sigLen);
        return offset + (int) sigLen;
    }
}
