package org.jdissect.dissectors.tls;

import static org.jdissect.dissectors.tls.TlsFields.f;
import static org.jdissect.dissectors.tls.TlsHandshake.endVector;
import static org.jdissect.dissectors.tls.TlsHandshake.vector;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.ProtoNode;

/** Hello (and other handshake) extensions as packet-tls-utils.c's ssl_dissect_hnd_extension shows them. */
final class TlsExtensions {
    private TlsExtensions() {
    }

    static final int SERVER_NAME = 0;
    static final int MAX_FRAGMENT_LENGTH = 1;
    static final int STATUS_REQUEST = 5;
    static final int SUPPORTED_GROUPS = 10;
    static final int EC_POINT_FORMATS = 11;
    static final int SIGNATURE_ALGORITHMS = 13;
    static final int HEARTBEAT = 15;
    static final int ALPN = 16;
    static final int STATUS_REQUEST_V2 = 17;
    static final int CLIENT_CERT_TYPE = 19;
    static final int SERVER_CERT_TYPE = 20;
    static final int PADDING = 21;
    static final int ENCRYPT_THEN_MAC = 22;
    static final int EXTENDED_MASTER_SECRET = 23;
    static final int COMPRESS_CERTIFICATE = 27;
    static final int RECORD_SIZE_LIMIT = 28;
    static final int SESSION_TICKET = 35;
    static final int KEY_SHARE_OLD = 40;
    static final int PRE_SHARED_KEY = 41;
    static final int EARLY_DATA = 42;
    static final int SUPPORTED_VERSIONS = 43;
    static final int COOKIE = 44;
    static final int PSK_KEY_EXCHANGE_MODES = 45;
    static final int TICKET_EARLY_DATA_INFO = 46;
    static final int CERTIFICATE_AUTHORITIES = 47;
    static final int POST_HANDSHAKE_AUTH = 49;
    static final int SIGNATURE_ALGORITHMS_CERT = 50;
    static final int KEY_SHARE = 51;
    static final int NPN = 13172;
    static final int RENEGOTIATION_INFO = 65281;
    static final int USE_SRTP = 14;
    static final int SIGNED_CERTIFICATE_TIMESTAMP = 18;
    static final int ALPS = 17513;
    static final FieldDef ALPS_LEN = f("tls.handshake.extensions_alps_len");
    static final FieldDef ALPS_LIST = f("tls.handshake.extensions_alps_alpn_list");
    static final FieldDef ALPS_STR_LEN = f("tls.handshake.extensions_alps_alpn_str_len");
    static final FieldDef ALPS_STR = f("tls.handshake.extensions_alps_alpn_str");
    static final FieldDef ALPS_SETTINGS = f("tls.handshake.extensions_alps.settings");

    static final FieldDef EXTS_LEN = f("tls.handshake.extensions_length");
    static final FieldDef EXT_TYPE = f("tls.handshake.extension.type");
    static final FieldDef EXT_LEN = f("tls.handshake.extension.len");
    static final FieldDef EXT_DATA = f("tls.handshake.extension.data");
    static final FieldDef SNI_LIST_LEN = f("tls.handshake.extensions_server_name_list_len");
    static final FieldDef SNI_TYPE = f("tls.handshake.extensions_server_name_type");
    static final FieldDef SNI_LEN = f("tls.handshake.extensions_server_name_len");
    static final FieldDef SNI = f("tls.handshake.extensions_server_name");
    static final FieldDef GROUPS_LEN = f("tls.handshake.extensions_supported_groups_length");
    static final FieldDef GROUPS = f("tls.handshake.extensions_supported_groups");
    static final FieldDef GROUP = f("tls.handshake.extensions_supported_group");
    static final FieldDef ECPF_LEN = f("tls.handshake.extensions_ec_point_formats_length");
    static final FieldDef ECPF = f("tls.handshake.extensions_ec_point_formats");
    static final FieldDef ECPF_ITEM = f("tls.handshake.extensions_ec_point_format");
    static final FieldDef ALPN_LEN = f("tls.handshake.extensions_alpn_len");
    static final FieldDef ALPN_LIST = f("tls.handshake.extensions_alpn_list");
    static final FieldDef ALPN_STR_LEN = f("tls.handshake.extensions_alpn_str_len");
    static final FieldDef ALPN_STR = f("tls.handshake.extensions_alpn_str");
    static final FieldDef NPN_STR_LEN = f("tls.handshake.extensions_npn_str_len");
    static final FieldDef NPN_STR = f("tls.handshake.extensions_npn");
    static final FieldDef RENEG_LEN = f("tls.handshake.extensions_reneg_info_len");
    static final FieldDef RENEG = f("tls.handshake.extensions_reneg_info");
    static final FieldDef KS_CLIENT_LEN = f("tls.handshake.extensions_key_share_client_length");
    static final FieldDef KS_GROUP = f("tls.handshake.extensions_key_share_group");
    static final FieldDef KS_KEX_LEN = f("tls.handshake.extensions_key_share_key_exchange_length");
    static final FieldDef KS_KEX = f("tls.handshake.extensions_key_share_key_exchange");
    static final FieldDef KS_SELECTED = f("tls.handshake.extensions_key_share_selected_group");
    static final FieldDef PSK_IDS_LEN = f("tls.handshake.extensions.psk.identities.length");
    static final FieldDef PSK_ID_LEN = f("tls.handshake.extensions.psk.identity.identity_length");
    static final FieldDef PSK_ID = f("tls.handshake.extensions.psk.identity.identity");
    static final FieldDef PSK_AGE = f("tls.handshake.extensions.psk.identity.obfuscated_ticket_age");
    static final FieldDef PSK_BINDERS_LEN = f("tls.handshake.extensions.psk.binders_len");
    static final FieldDef PSK_BINDERS = f("tls.handshake.extensions.psk.binders");
    static final FieldDef PSK_SELECTED = f("tls.handshake.extensions.psk.identity.selected");
    static final FieldDef VERSIONS_LEN = f("tls.handshake.extensions.supported_versions_len");
    static final FieldDef VERSION = f("tls.handshake.extensions.supported_version");
    static final FieldDef COOKIE_LEN = f("tls.handshake.extensions.cookie_len");
    static final FieldDef COOKIE_ITEM = f("tls.handshake.extensions.cookie");
    static final FieldDef PSK_KE_MODES_LEN = f("tls.extension.psk_ke_modes_length");
    static final FieldDef PSK_KE_MODE = f("tls.extension.psk_ke_mode");
    static final FieldDef PADDING_DATA = f("tls.handshake.extensions_padding_data");
    static final FieldDef HEARTBEAT_MODE = f("tls.handshake.extension.heartbeat.mode");
    static final FieldDef RECORD_SIZE = f("tls.record_size_limit");
    static final FieldDef MAX_EARLY_DATA = f("tls.early_data.max_early_data_size");
    static final FieldDef MAX_FRAGMENT = f("tls.handshake.max_fragment_length");
    static final FieldDef STATUS_TYPE = f("tls.handshake.extensions_status_request_type");
    static final FieldDef STATUS_LEN = f("tls.handshake.extensions_status_request_len");
    static final FieldDef STATUS_RESPONDERS_LEN = f("tls.handshake.extensions_status_request_responder_ids_len");
    static final FieldDef STATUS_EXTS_LEN = f("tls.handshake.extensions_status_request_exts_len");
    static final FieldDef STATUS_LIST_LEN = f("tls.handshake.extensions_status_request_list_len");
    static final FieldDef CERT_TYPES_LEN = f("tls.handshake.cert_type.types_len");
    static final FieldDef CERT_TYPES = f("tls.handshake.cert_type.types");
    static final FieldDef CERT_TYPE = f("tls.handshake.cert_type.type");
    static final FieldDef COMPRESS_ALGS_LEN = f("tls.compress_certificate.algorithms_length");
    static final FieldDef COMPRESS_ALG = f("tls.compress_certificate.algorithm");

    /** The tls.alpn table's names (and packet-tls-utils.c's prefix matches) by the protocol inside's long name. */
    private static final Map<String, String> ALPN_PROTOCOLS = Map.of("h2", "HyperText Transfer Protocol 2",
            "http/1.0", "Hypertext Transfer Protocol", "http/1.1", "Hypertext Transfer Protocol");

    /** RFC 8701 GREASE values: 0x?a?a with both bytes equal. */
    static boolean grease(int v) {
        return (v & 0x0f0f) == 0x0a0a && (v & 0xff) == (v >> 8);
    }

    static String md5Hex(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(
                    StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** unsigned_time_secs_to_str: "2 hours", "1 day, 3 minutes, 5 seconds". */
    static String timeSecs(long t) {
        StringBuilder sb = new StringBuilder();
        long[] units = {86400, 3600, 60, 1};
        String[] names = {"day", "hour", "minute", "second"};
        for (int i = 0; i < units.length; i++) {
            long n = t / units[i];
            t %= units[i];
            if (n != 0) {
                if (!sb.isEmpty()) {
                    sb.append(", ");
                }
                sb.append(n).append(' ').append(names[i]).append(n == 1 ? "" : "s");
            }
        }
        return sb.isEmpty() ? "0 seconds" : sb.toString();
    }

    /**
     * ssl_dissect_hnd_extension: the extensions vector from {@code offset}; {@code ja3} (a Client or Server Hello's
     * fingerprint so far) gets the extension types, groups and point formats appended as 4.0 computes them.
     */
    static int extensions(ByteView tvb, PacketContext ctx, ProtoNode tree, int offset, int end, int hndType,
            TlsModule.Session s, StringBuilder ja3) {
        long extsLen = vector(tvb, ctx, tree, offset, end, EXTS_LEN, 0, 0xffff);
        StringBuilder types = new StringBuilder();
        StringBuilder groups = new StringBuilder();
        StringBuilder formats = new StringBuilder();
        int groupLists = 0;
        int formatLists = 0;
        if (extsLen < 0) {
            return end; // 4.0 appends the extensions' part of JA3 only after a complete vector
        }
        offset += 2;
        end = offset + (int) extsLen;
        while (end - offset >= 4) {
            int type = tvb.u16(offset);
            int len = tvb.u16(offset + 2);
            String name = EXT_TYPE.valueName(type);
            ProtoNode ext = TlsModule.subtree(tree, tvb, offset, 4 + len, "Extension: "
                    + (name == null ? "Unknown type " + type : name) + " (len=" + len + ")");
            ext.add(EXT_TYPE, tvb, offset, 2, type);
            offset += 2;
            if (!grease(type)) {
                types.append(types.isEmpty() ? "" : "-").append(type);
            }
            long extLen = vector(tvb, ctx, ext, offset, end, EXT_LEN, 0, 0xffff);
            if (extLen < 0) {
                return end;
            }
            offset += 2;
            int next = offset + (int) extLen;
            switch (type) {
                case SERVER_NAME -> offset = serverName(tvb, ctx, ext, offset, next);
                case MAX_FRAGMENT_LENGTH -> {
                    ext.add(MAX_FRAGMENT, tvb, offset, 1, tvb.u8(offset));
                    offset++;
                }
                case STATUS_REQUEST -> {
                    if (hndType == TlsHandshake.CLIENT_HELLO) {
                        offset = statusRequest(tvb, ctx, ext, offset, next, false);
                    }
                }
                case SUPPORTED_GROUPS -> {
                    StringBuilder part = new StringBuilder();
                    offset = supportedGroups(tvb, ctx, ext, offset, next, part);
                    ja3Part(groups, part, groupLists++);
                }
                case EC_POINT_FORMATS -> {
                    StringBuilder part = new StringBuilder();
                    offset = ecPointFormats(tvb, ext, offset, part);
                    ja3Part(formats, part, formatLists++);
                }
                case SIGNATURE_ALGORITHMS, SIGNATURE_ALGORITHMS_CERT -> offset = sigHashAlgList(tvb, ctx, ext, offset,
                        next);
                case HEARTBEAT -> {
                    ext.add(HEARTBEAT_MODE, tvb, offset, 1, tvb.u8(offset));
                    offset++;
                }
                case ALPN -> offset = alpn(tvb, ctx, ext, offset, next, hndType, s);
                case STATUS_REQUEST_V2 -> {
                    if (hndType == TlsHandshake.CLIENT_HELLO) {
                        offset = statusRequestV2(tvb, ctx, ext, offset, next);
                    }
                }
                case CLIENT_CERT_TYPE, SERVER_CERT_TYPE -> offset = certType(tvb, ext, offset, next, hndType);
                case PADDING -> {
                    TlsModule.bytes(ext, PADDING_DATA, tvb, offset, (int) extLen);
                    offset += (int) extLen;
                }
                case ENCRYPT_THEN_MAC, EXTENDED_MASTER_SECRET, POST_HANDSHAKE_AUTH -> { }
                case COMPRESS_CERTIFICATE -> {
                    if (hndType == TlsHandshake.CLIENT_HELLO || hndType == TlsHandshake.CERT_REQUEST) {
                        offset = byteVectorOf(tvb, ctx, ext, offset, next, COMPRESS_ALGS_LEN, 0xfe, COMPRESS_ALG, 2);
                    }
                }
                case RECORD_SIZE_LIMIT -> {
                    ext.add(RECORD_SIZE, tvb, offset, 2, tvb.u16(offset));
                    offset += 2;
                }
                case SESSION_TICKET -> {
                    TlsModule.bytes(ext, EXT_DATA, tvb, offset, (int) extLen).label("Data (" + extLen + " byte"
                            + (extLen == 1 ? "" : "s") + ")");
                    offset += (int) extLen;
                }
                case KEY_SHARE_OLD, KEY_SHARE -> offset = keyShare(tvb, ctx, ext, offset, next, hndType);
                case PRE_SHARED_KEY -> offset = preSharedKey(tvb, ctx, ext, offset, next, hndType);
                case EARLY_DATA, TICKET_EARLY_DATA_INFO -> {
                    if (hndType == TlsHandshake.NEWSESSION_TICKET) {
                        ext.add(MAX_EARLY_DATA, tvb, offset, 4, tvb.u32(offset));
                        offset += 4;
                    }
                }
                case SUPPORTED_VERSIONS -> {
                    if (hndType == TlsHandshake.CLIENT_HELLO) {
                        offset = supportedVersions(tvb, ctx, ext, offset, next);
                    } else if (hndType == TlsHandshake.SERVER_HELLO
                            || hndType == TlsHandshake.HELLO_RETRY_REQUEST) {
                        ext.add(VERSION, tvb, offset, 2, tvb.u16(offset));
                        offset += 2;
                    }
                }
                case COOKIE -> {
                    long n = vector(tvb, ctx, ext, offset, next, COOKIE_LEN, 1, 0xffff);
                    if (n < 0) {
                        offset = next;
                    } else {
                        offset += 2;
                        TlsModule.bytes(ext, COOKIE_ITEM, tvb, offset, (int) n);
                        offset += (int) n;
                    }
                }
                case PSK_KEY_EXCHANGE_MODES -> offset = byteVectorOf(tvb, ctx, ext, offset, next, PSK_KE_MODES_LEN, 255,
                        PSK_KE_MODE, 1);
                case CERTIFICATE_AUTHORITIES -> offset = TlsHandshake.certificateAuthorities(tvb, ctx, ext, offset,
                        next);
                case NPN -> offset = npn(tvb, ctx, ext, offset, next);
                case USE_SRTP, SIGNED_CERTIFICATE_TIMESTAMP -> {
                    // use_srtp is DTLS's; an SCT list counts only in a Server Hello, Encrypted Extensions or
                    // Certificate, where tshark decodes it (tls_dissect_sct_list, not ported: its bytes as Data)
                    if (type == SIGNED_CERTIFICATE_TIMESTAMP && (hndType == TlsHandshake.SERVER_HELLO
                            || hndType == TlsHandshake.ENCRYPTED_EXTENSIONS || hndType == TlsHandshake.CERTIFICATE)) {
                        TlsModule.bytes(ext, EXT_DATA, tvb, offset, (int) extLen);
                        offset += (int) extLen;
                    }
                }
                case ALPS -> offset = alps(tvb, ctx, ext, offset, next, hndType);
                case RENEGOTIATION_INFO -> offset = renegotiationInfo(tvb, ctx, ext, offset, next);
                default -> {
                    TlsModule.bytes(ext, EXT_DATA, tvb, offset, (int) extLen);
                    offset += (int) extLen;
                }
            }
            if (!endVector(tvb, ctx, ext, offset, next)) {
                offset = next;
            }
        }
        finishJa3(ja3, hndType, types, groups, formats);
        if (!endVector(tvb, ctx, tree, offset, end)) {
            offset = end;
        }
        return offset;
    }

    /**
     * A vector&lt;1..max&gt; with a one-byte length of items {@code size} bytes each (1 or 2), each an item of
     * {@code item}; the offset after it, or {@code end} when its length is bad.
     */
    private static int byteVectorOf(ByteView tvb, PacketContext ctx, ProtoNode tree, int offset, int end,
            FieldDef lengthField, int max, FieldDef item, int size) {
        long n = vector(tvb, ctx, tree, offset, end, lengthField, 1, max);
        if (n < 0) {
            return end;
        }
        offset++;
        int e = offset + (int) n;
        while (offset < e) {
            tree.add(item, tvb, offset, size, size == 1 ? tvb.u8(offset) : tvb.u16(offset));
            offset += size;
        }
        return offset;
    }

    /**
     * One supported_groups or ec_point_formats extension's values ("-"-joined) into JA3's field: every such extension
     * after the first adds a "," before its list, empty or not (tshark 4.0.17: "0-1-2,0", "0-1-2," and ",2").
     */
    private static void ja3Part(StringBuilder field, StringBuilder part, int before) {
        if (before > 0) {
            field.append(',');
        }
        field.append(part);
    }

    private static void finishJa3(StringBuilder ja3, int hndType, StringBuilder types, StringBuilder groups,
            StringBuilder formats) {
        if (ja3 == null) {
            return;
        }
        ja3.append(types);
        if (hndType == TlsHandshake.CLIENT_HELLO) {
            ja3.append(',').append(groups).append(',').append(formats);
        }
    }

    private static int serverName(ByteView tvb, PacketContext ctx, ProtoNode tree, int offset, int end) {
        if (offset == end) {
            return offset;
        }
        ProtoNode t = TlsModule.subtree(tree, tvb, offset, end - offset, "Server Name Indication extension");
        long listLen = vector(tvb, ctx, t, offset, end, SNI_LIST_LEN, 1, 0xffff);
        if (listLen < 0) {
            return end;
        }
        offset += 2;
        int next = offset + (int) listLen;
        while (offset < next) {
            t.add(SNI_TYPE, tvb, offset, 1, tvb.u8(offset));
            offset++;
            long n = vector(tvb, ctx, t, offset, next, SNI_LEN, 1, 0xffff);
            if (n < 0) {
                return next;
            }
            offset += 2;
            org.jdissect.dissectors.common.StringItems.ascii(t, SNI, tvb, offset, (int) n, ctx);
            offset += (int) n;
        }
        return offset;
    }

    private static int statusRequest(ByteView tvb, PacketContext ctx, ProtoNode tree, int offset, int end,
            boolean hasLength) {
        int type = tvb.u8(offset);
        tree.add(STATUS_TYPE, tvb, offset, 1, type);
        offset++;
        if (hasLength) {
            tree.add(STATUS_LEN, tvb, offset, 2, tvb.u16(offset));
            offset += 2;
        }
        if (type == 1 || type == 2) {
            offset = undecodedVector(tvb, ctx, tree, offset, end, STATUS_RESPONDERS_LEN, "Responder ID list");
            if (offset >= 0) {
                offset = undecodedVector(tvb, ctx, tree, offset, end, STATUS_EXTS_LEN, "Request Extensions");
            }
            if (offset < 0) {
                return end;
            }
        }
        return offset;
    }

    /** An OCSP status request's opaque&lt;0..2^16-1&gt; packet-tls-utils.c does not decode; -1 on a bad length. */
    private static int undecodedVector(ByteView tvb, PacketContext ctx, ProtoNode tree, int offset, int end,
            FieldDef lengthField, String what) {
        long n = vector(tvb, ctx, tree, offset, end, lengthField, 0, 0xffff);
        if (n < 0) {
            return -1;
        }
        offset += 2;
        if (n != 0) {
            String m = what + " " + (what.endsWith("list") ? "is" : "are") + " not implemented, contact Wireshark"
                    + " developers if you want this to be supported";
            TlsModule.expert(ctx, tree, tvb, offset, (int) n, TlsModule.EI_STATUS_REQUEST_UNDECODED, m);
        }
        return offset + (int) n;
    }

    private static int statusRequestV2(ByteView tvb, PacketContext ctx, ProtoNode tree, int offset, int end) {
        long n = vector(tvb, ctx, tree, offset, end, STATUS_LIST_LEN, 1, 0xffff);
        if (n < 0) {
            return end;
        }
        offset += 2;
        int next = offset + (int) n;
        while (offset < next) {
            offset = statusRequest(tvb, ctx, tree, offset, next, true);
        }
        return offset;
    }

    private static int supportedGroups(ByteView tvb, PacketContext ctx, ProtoNode tree, int offset, int end,
            StringBuilder ja3) {
        long len = vector(tvb, ctx, tree, offset, end, GROUPS_LEN, 2, 0xffff);
        if (len < 0) {
            return end;
        }
        offset += 2;
        int next = offset + (int) len;
        ProtoNode g = tree.addItem(GROUPS, tvb, offset, (int) len)
                .label("Supported Groups (" + len / 2 + " group" + (len / 2 == 1 ? "" : "s") + ")");
        while (offset + 2 <= end) {
            int group = tvb.u16(offset);
            g.add(GROUP, tvb, offset, 2, group);
            if (!grease(group)) {
                ja3.append(ja3.isEmpty() ? "" : "-").append(group);
            }
            offset += 2;
        }
        if (!endVector(tvb, ctx, g, offset, next)) {
            offset = next;
        }
        return offset;
    }

    private static int ecPointFormats(ByteView tvb, ProtoNode tree, int offset, StringBuilder ja3) {
        int len = tvb.u8(offset);
        tree.add(ECPF_LEN, tvb, offset, 1, len);
        offset++;
        ProtoNode t = tree.addItem(ECPF, tvb, offset, len).label("Elliptic curves point formats (" + len + ")");
        for (int i = 0; i < len; i++) {
            int v = tvb.u8(offset);
            t.add(ECPF_ITEM, tvb, offset, 1, v);
            ja3.append(ja3.isEmpty() ? "" : "-").append(v);
            offset++;
        }
        return offset;
    }

    /** tls_dissect_signature_algorithm: a TLS 1.3 scheme, or TLS 1.2's hash and signature pair. */
    static void signatureAlgorithm(ByteView tvb, ProtoNode tree, int offset) {
        int sighash = tvb.u16(offset);
        ProtoNode ti = tree.add(TlsHandshake.SIG_HASH_ALG, tvb, offset, 2, sighash);
        int hash = tvb.u8(offset);
        int sig = tvb.u8(offset + 1);
        ti.add(TlsHandshake.SIG_HASH_HASH, tvb, offset, 1, hash);
        ti.add(TlsHandshake.SIG_HASH_SIG, tvb, offset + 1, 1, sig);
        if (TlsHandshake.SIG_HASH_ALG.valueName(sighash) == null) {
            ti.label("Signature Algorithm: " + TlsModule.name(TlsHandshake.SIG_HASH_HASH, hash) + " "
                    + TlsModule.name(TlsHandshake.SIG_HASH_SIG, sig) + " (0x" + String.format("%04x", sighash) + ")");
        }
    }

    /** ssl_dissect_hash_alg_list. */
    static int sigHashAlgList(ByteView tvb, PacketContext ctx, ProtoNode tree, int offset, int end) {
        long len = vector(tvb, ctx, tree, offset, end, TlsHandshake.SIG_HASH_ALG_LENGTH, 2, 0xfffe);
        if (len < 0) {
            return end;
        }
        offset += 2;
        int next = offset + (int) len;
        ProtoNode t = tree.addItem(TlsHandshake.SIG_HASH_ALGS, tvb, offset, (int) len)
                .label("Signature Hash Algorithms (" + len / 2 + " algorithm" + (len / 2 == 1 ? "" : "s") + ")");
        while (offset + 2 <= next) {
            signatureAlgorithm(tvb, t, offset);
            offset += 2;
        }
        if (!endVector(tvb, ctx, t, offset, next)) {
            offset = next;
        }
        return offset;
    }

    private static int alpn(ByteView tvb, PacketContext ctx, ProtoNode tree, int offset, int end, int hndType,
            TlsModule.Session s) {
        long len = vector(tvb, ctx, tree, offset, end, ALPN_LEN, 2, 0xffff);
        if (len < 0) {
            return end;
        }
        offset += 2;
        int next = offset + (int) len;
        ProtoNode list = TlsModule.bytes(tree, ALPN_LIST, tvb, offset, (int) len);
        String chosen = null;
        while (offset < next) {
            long n = vector(tvb, ctx, list, offset, next, ALPN_STR_LEN, 1, 0xff);
            if (n < 0) {
                return next;
            }
            offset++;
            org.jdissect.dissectors.common.StringItems.ascii(list, ALPN_STR, tvb, offset, (int) n, ctx);
            if (hndType == TlsHandshake.SERVER_HELLO || hndType == TlsHandshake.ENCRYPTED_EXTENSIONS) {
                chosen = tvb.asciiString(offset, (int) n);
            }
            offset += (int) n;
        }
        if (chosen != null) {
            String app = ALPN_PROTOCOLS.get(chosen);
            if (app == null && chosen.startsWith("h2-")) {
                app = "HyperText Transfer Protocol 2";
            }
            if (app != null) {
                s.appProtocol = app;
            }
        }
        return offset;
    }

    /** ssl_dissect_hnd_hello_ext_alps: the ALPN names of a Client Hello, an Encrypted Extensions' settings. */
    private static int alps(ByteView tvb, PacketContext ctx, ProtoNode tree, int offset, int end, int hndType) {
        if (hndType == TlsHandshake.CLIENT_HELLO) {
            long len = vector(tvb, ctx, tree, offset, end, ALPS_LEN, 2, 0xffff);
            if (len < 0) {
                return end;
            }
            offset += 2;
            int next = offset + (int) len;
            ProtoNode list = TlsModule.bytes(tree, ALPS_LIST, tvb, offset, (int) len);
            while (offset < next) {
                long n = vector(tvb, ctx, list, offset, next, ALPS_STR_LEN, 1, 0xff);
                if (n < 0) {
                    return next;
                }
                offset++;
                    org.jdissect.dissectors.common.StringItems.ascii(list, ALPS_STR, tvb, offset, (int) n, ctx);
                offset += (int) n;
            }
        } else if (hndType == TlsHandshake.ENCRYPTED_EXTENSIONS) {
            TlsModule.bytes(tree, ALPS_SETTINGS, tvb, offset, end - offset);
            offset = end;
        }
        return offset;
    }

    private static int npn(ByteView tvb, PacketContext ctx, ProtoNode tree, int offset, int end) {
        if (offset == end) {
            return offset;
        }
        ProtoNode t = TlsModule.subtree(tree, tvb, offset, end - offset, "Next Protocol Negotiation");
        while (offset < end) {
            long n = vector(tvb, ctx, t, offset, end, NPN_STR_LEN, 1, 0xff);
            if (n < 0) {
                return end;
            }
            offset++;
            org.jdissect.dissectors.common.StringItems.ascii(t, NPN_STR, tvb, offset, (int) n, ctx);
            offset += (int) n;
        }
        return offset;
    }

    private static int renegotiationInfo(ByteView tvb, PacketContext ctx, ProtoNode tree, int offset, int end) {
        ProtoNode t = TlsModule.subtree(tree, tvb, offset, end - offset, "Renegotiation Info extension");
        long n = vector(tvb, ctx, t, offset, end, RENEG_LEN, 0, 255);
        if (n < 0) {
            return end;
        }
        offset++;
        if (n > 0) {
            TlsModule.bytes(t, RENEG, tvb, offset, (int) n);
            offset += (int) n;
        }
        return offset;
    }

    private static int certType(ByteView tvb, ProtoNode tree, int offset, int end, int hndType) {
        if (hndType == TlsHandshake.CLIENT_HELLO) {
            int n = tvb.u8(offset);
            tree.add(CERT_TYPES_LEN, tvb, offset, 1, n);
            offset++;
            if (end - offset != n) {
                return offset;
            }
            ProtoNode t = tree.addItem(CERT_TYPES, tvb, offset, n).appendLabel(" (" + n + ")");
            for (int i = 0; i < n; i++) {
                t.add(CERT_TYPE, tvb, offset, 1, tvb.u8(offset));
                offset++;
            }
        } else if (hndType == TlsHandshake.SERVER_HELLO || hndType == TlsHandshake.ENCRYPTED_EXTENSIONS
                || hndType == TlsHandshake.CERTIFICATE) {
            tree.add(CERT_TYPE, tvb, offset, 1, tvb.u8(offset));
            offset++;
        }
        return offset;
    }

    private static int keyShareEntry(ByteView tvb, PacketContext ctx, ProtoNode tree, int offset, int end) {
        ProtoNode ks = TlsModule.subtree(tree, tvb, offset, 4, "Key Share Entry");
        int group = tvb.u16(offset);
        ks.add(KS_GROUP, tvb, offset, 2, group);
        offset += 2;
        String name = KS_GROUP.valueName(group);
        StringBuilder label = new StringBuilder("Key Share Entry: Group: ")
                .append(name == null ? "Unknown (" + group + ")" : name);
        ks.label(label.toString());
        long n = vector(tvb, ctx, ks, offset, end, KS_KEX_LEN, 1, 0xffff);
        if (n < 0) {
            return end;
        }
        offset += 2;
        ks.setLength(4 + (int) n);
        ks.label(label.append(", Key Exchange length: ").append(n).toString());
        TlsModule.bytes(ks, KS_KEX, tvb, offset, (int) n);
        return offset + (int) n;
    }

    private static int keyShare(ByteView tvb, PacketContext ctx, ProtoNode tree, int offset, int end, int hndType) {
        if (end <= offset) {
            return offset;
        }
        ProtoNode t = TlsModule.subtree(tree, tvb, offset, end - offset, "Key Share extension");
        switch (hndType) {
            case TlsHandshake.CLIENT_HELLO -> {
                long len = vector(tvb, ctx, t, offset, end, KS_CLIENT_LEN, 0, 0xffff);
                if (len < 0) {
                    return end;
                }
                offset += 2;
                int next = offset + (int) len;
                while (offset + 4 <= next) {
                    offset = keyShareEntry(tvb, ctx, t, offset, next);
                }
                if (!endVector(tvb, ctx, t, offset, next)) {
                    return next;
                }
            }
            case TlsHandshake.SERVER_HELLO -> offset = keyShareEntry(tvb, ctx, t, offset, end);
            case TlsHandshake.HELLO_RETRY_REQUEST -> {
                t.add(KS_SELECTED, tvb, offset, 2, tvb.u16(offset));
                offset += 2;
            }
            default -> { }
        }
        return offset;
    }

    private static int preSharedKey(ByteView tvb, PacketContext ctx, ProtoNode tree, int offset, int end,
            int hndType) {
        ProtoNode t = TlsModule.subtree(tree, tvb, offset, end - offset, "Pre-Shared Key extension");
        if (hndType == TlsHandshake.CLIENT_HELLO) {
            long idsLen = vector(tvb, ctx, t, offset, end, PSK_IDS_LEN, 7, 0xffff);
            if (idsLen < 0) {
                return end;
            }
            offset += 2;
            int idsEnd = offset + (int) idsLen;
            while (offset < idsEnd) {
                ProtoNode id = TlsModule.subtree(t, tvb, offset, 4, "PSK Identity (");
                long n = vector(tvb, ctx, id, offset, idsEnd, PSK_ID_LEN, 1, 0xffff);
                if (n < 0) {
                    return idsEnd;
                }
                offset += 2;
                id.label("PSK Identity (length: " + n + ")");
                TlsModule.bytes(id, PSK_ID, tvb, offset, (int) n);
                offset += (int) n;
                id.add(PSK_AGE, tvb, offset, 4, tvb.u32(offset));
                offset += 4;
                id.setLength(2 + (int) n + 4);
            }
            if (!endVector(tvb, ctx, t, offset, idsEnd)) {
                offset = idsEnd;
            }
            long binders = vector(tvb, ctx, t, offset, end, PSK_BINDERS_LEN, 33, 0xffff);
            if (binders < 0) {
                return end;
            }
            offset += 2;
            t.addItem(PSK_BINDERS, tvb, offset, (int) binders);
            offset += (int) binders;
        } else if (hndType == TlsHandshake.SERVER_HELLO) {
            t.add(PSK_SELECTED, tvb, offset, 2, tvb.u16(offset));
            offset += 2;
        }
        return offset;
    }

    private static int supportedVersions(ByteView tvb, PacketContext ctx, ProtoNode tree, int offset, int end) {
        long len = vector(tvb, ctx, tree, offset, end, VERSIONS_LEN, 2, 254);
        if (len < 0) {
            return end;
        }
        offset++;
        int next = offset + (int) len;
        while (offset + 2 <= next) {
            tree.add(VERSION, tvb, offset, 2, tvb.u16(offset));
            offset += 2;
        }
        if (!endVector(tvb, ctx, tree, offset, next)) {
            offset = next;
        }
        return offset;
    }
}
