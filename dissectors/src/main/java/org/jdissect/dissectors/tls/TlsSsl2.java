package org.jdissect.dissectors.tls;

import static org.jdissect.dissectors.tls.TlsFields.f;

import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.tcp.TcpInfo;
import org.jdissect.dissectors.x509.X509;

/**
 * SSL 2.0 records as packet-tls.c's dissect_ssl2_record shows them (old clients still open with an SSLv2-compatible
 * Client Hello): the two- or three-byte record header, the message type, and the Client Hello, Client Master Key and
 * Server Hello bodies; anything else is "Encrypted Data".
 */
final class TlsSsl2 {
    private TlsSsl2() {
    }

    static final FieldDef IS_ESCAPE = f("tls.record.is_escape");
    static final FieldDef PADDING_LENGTH = f("tls.record.padding_length");
    /** SSLv2's message type: the first registration of tls.handshake.type (ssl_20_msg_types). */
    static final FieldDef MSG_TYPE = f("tls.handshake.type");
    static final FieldDef CIPHER_SPEC_LEN = f("tls.handshake.cipher_spec_len");
    /** SSLv2's FT_UINT16 registration of the name. */
    static final FieldDef SESSION_ID_LEN = f("tls.handshake.session_id_length");
    static final FieldDef CHALLENGE_LEN = f("tls.handshake.challenge_length");
    static final FieldDef CIPHER_SPEC = f("tls.handshake.cipherspec");
    static final FieldDef CHALLENGE = f("tls.handshake.challenge");
    static final FieldDef CLEAR_KEY_LEN = f("tls.handshake.clear_key_length");
    static final FieldDef ENC_KEY_LEN = f("tls.handshake.encrypted_key_length");
    static final FieldDef KEY_ARG_LEN = f("tls.handshake.key_arg_length");
    static final FieldDef CLEAR_KEY = f("tls.handshake.clear_key_data");
    static final FieldDef ENC_KEY = f("tls.handshake.encrypted_key");
    static final FieldDef KEY_ARG = f("tls.handshake.key_arg");
    static final FieldDef SESSION_ID_HIT = f("tls.handshake.session_id_hit");
    /** SSLv2's certificate type: the first registration of tls.handshake.cert_type. */
    static final FieldDef CERT_TYPE = f("tls.handshake.cert_type");
    static final FieldDef CONNECTION_ID_LEN = f("tls.handshake.connection_id_length");
    static final FieldDef CONNECTION_ID = f("tls.handshake.connection_id");
    static final int SSLV2 = 0x0002;
    static final int MAX_SESSION_ID_LENGTH = 16;

    /** ssl_is_valid_ssl_version: any version of ssl_versions. */
    static boolean validVersion(int v) {
        return TlsModule.RECORD_VERSION.valueName(v) != null;
    }

    /** dissect_ssl2_record; returns the offset after it, or -1 when TCP was asked for more bytes. */
    static int record(ByteView tvb, PacketContext ctx, ProtoNode tree, int offset, TlsModule.Session s,
            TlsModule.Columns cols, TcpInfo tcp, boolean canDesegment) {
        int initial = offset;
        int first = tvb.u8(offset);
        int lengthLength = (first & 0x80) != 0 ? 2 : 3;
        int available = tvb.reportedLength() - offset;
        if (available < lengthLength) {
            if (canDesegment) {
                tcp.requestMore(offset, TcpInfo.ONE_MORE_SEGMENT);
                return -1;
            }
            return offset + available;
        }
        int recordLength;
        int isEscape = -1;
        int padding = -1;
        if (lengthLength == 2) {
            recordLength = (first & 0x7f) << 8 | tvb.u8(offset + 1);
        } else {
            isEscape = (first & 0x40) != 0 ? 1 : 0;
            recordLength = (first & 0x3f) << 8 | tvb.u8(offset + 1);
            padding = tvb.u8(offset + 2);
        }
        if (available < lengthLength + recordLength) {
            if (canDesegment) {
                tcp.requestMore(offset, lengthLength + recordLength - available);
                return -1;
            }
            return offset + available;
        }
        offset += lengthLength;
        ProtoNode rec = tree.addItem(TlsModule.RECORD, tvb, initial, lengthLength + recordLength);
        int msgType = tvb.u8(initial + lengthLength);
        if (s.version == 0 && msgType >= 2 && msgType <= 8) {
            s.version = SSLV2;
        }
        cols.protocol = "SSLv2";
        String typeName = MSG_TYPE.valueName(msgType);
        if (typeName == null || !validHandshake(tvb, initial + lengthLength, recordLength)) {
            rec.label("SSLv2 Record Layer: Encrypted Data");
            rec.add(TlsModule.RECORD_VERSION, tvb, initial, 0, SSLV2).generated();
            cols.append("Encrypted Data");
            return initial + lengthLength + recordLength;
        }
        cols.append(typeName);
        rec.label("SSLv2 Record Layer: " + typeName);
        rec.add(TlsModule.RECORD_VERSION, tvb, initial, 0, SSLV2).generated();
        tvb.ensure(offset, lengthLength); // packet-tls.c checks the bytes after the header here
        rec.add(TlsModule.RECORD_LENGTH, tvb, initial, lengthLength, recordLength);
        if (isEscape != -1) {
            rec.add(IS_ESCAPE, tvb, initial, 1, isEscape);
        }
        if (padding != -1) {
            rec.add(PADDING_LENGTH, tvb, initial + 2, 1, padding);
        }
        offset = initial + lengthLength;
        rec.add(MSG_TYPE, tvb, offset, 1, msgType);
        offset++;
        switch (msgType) {
            case 1 -> clientHello(tvb, ctx, rec, offset, s);
            case 2 -> clientMasterKey(tvb, rec, offset);
            case 4 -> serverHello(tvb, ctx, rec, offset);
            default -> { }
        }
        return initial + lengthLength + recordLength;
    }

    /** ssl_looks_like_valid_v2_handshake. */
    private static boolean validHandshake(ByteView tvb, int offset, int recordLength) {
        return switch (tvb.u8(offset)) {
            case 1 -> validVersion(tvb.u16(offset + 1));
            case 4 -> validVersion(tvb.u16(offset + 3));
            case 2 -> (long) tvb.u16(offset + 4) + tvb.u16(offset + 6) + tvb.u16(offset + 8) <= recordLength;
            default -> false;
        };
    }

    private static void clientHello(ByteView tvb, PacketContext ctx, ProtoNode tree, int offset,
            TlsModule.Session s) {
        int version = tvb.u16(offset);
        if (!validVersion(version)) {
            return;
        }
        TlsModule.markServer(ctx, s);
        tree.add(TlsHandshake.VERSION, tvb, offset, 2, version);
        offset += 2;
        int cipherSpecLength = tvb.u16(offset);
        tree.add(CIPHER_SPEC_LEN, tvb, offset, 2, cipherSpecLength);
        offset += 2;
        int sessionIdLength = tvb.u16(offset);
        ProtoNode sid = tree.add(SESSION_ID_LEN, tvb, offset, 2, sessionIdLength);
        if (sessionIdLength > MAX_SESSION_ID_LENGTH) {
            Expert.add(ctx, sid, TlsModule.EI_SESSION_ID_LENGTH, "Session ID length (" + sessionIdLength
                    + ") must be less than " + MAX_SESSION_ID_LENGTH + ".");
            return;
        }
        offset += 2;
        int challengeLength = tvb.u16(offset);
        tree.add(CHALLENGE_LEN, tvb, offset, 2, challengeLength);
        offset += 2;
        offset = cipherSpecs(tvb, tree, offset, cipherSpecLength,
                "Cipher Specs (" + cipherSpecLength / 3 + " specs)");
        if (sessionIdLength > 0) {
            TlsModule.bytes(tree, TlsHandshake.SESSION_ID, tvb, offset, sessionIdLength)
                    .label("Session ID (" + sessionIdLength + " byte" + (sessionIdLength == 1 ? "" : "s") + ")");
            offset += sessionIdLength;
        }
        if (challengeLength > 0) {
            TlsModule.bytes(tree, CHALLENGE, tvb, offset, challengeLength);
        }
    }

    /**
     * The cipher specs list: three bytes each, counted down by three in an unsigned 16-bit variable as packet-tls.c
     * does (a length not a multiple of 3 wraps round until the bytes run out).
     */
    private static int cipherSpecs(ByteView tvb, ProtoNode tree, int offset, int length, String label) {
        ProtoNode cs = tree.addItem(TlsHandshake.CIPHER_SUITES, tvb, offset, length).label(label);
        int left = length;
        while (left > 0) {
            cs.add(CIPHER_SPEC, tvb, offset, 3, tvb.u24(offset));
            offset += 3;
            left = (left - 3) & 0xffff;
        }
        return offset;
    }

    private static void clientMasterKey(ByteView tvb, ProtoNode tree, int offset) {
        tree.add(CIPHER_SPEC, tvb, offset, 3, tvb.u24(offset));
        offset += 3;
        int clear = tvb.u16(offset);
        tree.add(CLEAR_KEY_LEN, tvb, offset, 2, clear);
        offset += 2;
        int enc = tvb.u16(offset);
        tree.add(ENC_KEY_LEN, tvb, offset, 2, enc);
        offset += 2;
        int arg = tvb.u16(offset);
        tree.add(KEY_ARG_LEN, tvb, offset, 2, arg);
        offset += 2;
        if (clear > 0) {
            TlsModule.bytes(tree, CLEAR_KEY, tvb, offset, clear);
            offset += clear;
        }
        if (enc > 0) {
            TlsModule.bytes(tree, ENC_KEY, tvb, offset, enc);
            offset += enc;
        }
        if (arg > 0) {
            TlsModule.bytes(tree, KEY_ARG, tvb, offset, arg);
        }
    }

    private static void serverHello(ByteView tvb, PacketContext ctx, ProtoNode tree, int offset) {
        int version = tvb.u16(offset + 2);
        if (!validVersion(version)) {
            return;
        }
        tree.add(SESSION_ID_HIT, tvb, offset, 1, tvb.u8(offset));
        offset++;
        tree.add(CERT_TYPE, tvb, offset, 1, tvb.u8(offset));
        offset++;
        tree.add(TlsHandshake.VERSION, tvb, offset, 2, version);
        offset += 2;
        int certLength = tvb.u16(offset);
        tree.add(TlsHandshake.CERTIFICATE_LENGTH, tvb, offset, 2, certLength);
        offset += 2;
        int cipherSpecLength = tvb.u16(offset);
        tree.add(CIPHER_SPEC_LEN, tvb, offset, 2, cipherSpecLength);
        offset += 2;
        int connectionIdLength = tvb.u16(offset);
        tree.add(CONNECTION_ID_LEN, tvb, offset, 2, connectionIdLength);
        offset += 2;
        if (certLength > 0) {
            X509.certificate(tvb, offset, certLength, ctx, tree, TlsHandshake.CERTIFICATE_ITEM);
            offset += certLength;
        }
        if (cipherSpecLength > 0) {
            offset = cipherSpecs(tvb, tree, offset, cipherSpecLength, "Cipher Specs (" + cipherSpecLength / 3
                    + " spec" + (cipherSpecLength / 3 == 1 ? "" : "s") + ")");
        }
        if (connectionIdLength > 0) {
            TlsModule.bytes(tree, CONNECTION_ID, tvb, offset, connectionIdLength);
        }
    }
}
