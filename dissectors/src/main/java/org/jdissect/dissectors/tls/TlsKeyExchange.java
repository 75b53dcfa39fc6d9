package org.jdissect.dissectors.tls;

import static org.jdissect.dissectors.tls.TlsHandshake.*;

import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.tree.ProtoNode;

/**
 * Server and Client Key Exchange messages, laid out by the key exchange of the Server Hello's cipher suite as
 * packet-tls-utils.c's ssl_dissect_hnd_srv_keyex and ssl_dissect_hnd_cli_keyex lay them out (ssl_get_keyex_alg's
 * table is read here from the suite's IANA name, "TLS_&lt;kex&gt;_WITH_…").
 */
final class TlsKeyExchange {
    private TlsKeyExchange() {
    }

    enum Kex { NONE, RSA, DH, DHE, DH_ANON, ECDH, ECDH_ANON, PSK, RSA_PSK, OTHER }

    static Kex kex(int suite) {
        String name = CIPHER_SUITE.valueName(suite);
        if (name == null) {
            return Kex.NONE;
        }
        int with = name.indexOf("_WITH_");
        if (with < 0) {
            return Kex.NONE;
        }
        String k = name.substring(name.indexOf('_') + 1, with);
        if (k.startsWith("RSA_PSK")) {
            return Kex.RSA_PSK;
        }
        if (k.startsWith("RSA")) {
            return Kex.RSA;
        }
        if (k.startsWith("DHE_PSK") || k.startsWith("ECDHE_PSK") || k.startsWith("KRB5") || k.startsWith("SRP")
                || k.startsWith("ECCPWD") || k.startsWith("ECDHE_SM")) {
            return Kex.OTHER;
        }
        if (k.startsWith("DHE_")) {
            return Kex.DHE;
        }
        if (k.startsWith("DH_anon")) {
            return Kex.DH_ANON;
        }
        if (k.startsWith("DH_")) {
            return Kex.DH;
        }
        if (k.startsWith("ECDH_anon")) {
            return Kex.ECDH_ANON;
        }
        if (k.startsWith("ECDH")) {
            return Kex.ECDH;
        }
        if (k.startsWith("PSK")) {
            return Kex.PSK;
        }
        return Kex.OTHER;
    }

    static void server(ByteView tvb, PacketContext ctx, ProtoNode tree, int offset, int end, TlsModule.Session s) {
        switch (kex(s.cipherSuite)) {
            case DH_ANON -> dhe(tvb, ctx, tree, offset, end, s.version, true);
            case DHE -> dhe(tvb, ctx, tree, offset, end, s.version, false);
            case ECDH_ANON -> ecdh(tvb, ctx, tree, offset, end, s.version, true);
            case ECDH -> ecdh(tvb, ctx, tree, offset, end, s.version, false);
            case PSK, RSA_PSK -> {
                int hint = tvb.u16(offset);
                if (2 + hint != end - offset) {
                    return;
                }
                ProtoNode t = tree.addText(tvb, offset, end - offset, "PSK Server Params");
                t.add(HINT_LEN, tvb, offset, 2, hint);
                bytes(t, HINT, tvb, offset + 2, hint);
            }
            case RSA -> {
                ProtoNode t = tree.addText(tvb, offset, end - offset, "RSA-EXPORT Server Params");
                int n = tvb.u16(offset);
                t.add(MODULUS_LEN, tvb, offset, 2, n);
                bytes(t, MODULUS, tvb, offset + 2, n);
                offset += 2 + n;
                n = tvb.u16(offset);
                t.add(EXPONENT_LEN, tvb, offset, 2, n);
                bytes(t, EXPONENT, tvb, offset + 2, n);
                offset += 2 + n;
                digitallySigned(tvb, ctx, t, offset, end, s.version, SIG_LEN, SIG);
            }
            default -> { }
        }
    }

    private static void ecdh(ByteView tvb, PacketContext ctx, ProtoNode tree, int offset, int end, int version,
            boolean anon) {
        ProtoNode t = tree.addText(tvb, offset, end - offset, "EC Diffie-Hellman Server Params");
        int curveType = tvb.u8(offset);
        t.add(CURVE_TYPE, tvb, offset, 1, curveType);
        offset++;
        if (curveType != 3) {
            return;
        }
        t.add(NAMED_CURVE, tvb, offset, 2, tvb.u16(offset));
        offset += 2;
        int n = tvb.u8(offset);
        t.add(SERVER_POINT_LEN, tvb, offset, 1, n);
        bytes(t, SERVER_POINT, tvb, offset + 1, n);
        offset += 1 + n;
        if (!anon) {
            digitallySigned(tvb, ctx, t, offset, end, version, SIG_LEN, SIG);
        }
    }

    private static void dhe(ByteView tvb, PacketContext ctx, ProtoNode tree, int offset, int end, int version,
            boolean anon) {
        ProtoNode t = tree.addText(tvb, offset, end - offset, "Diffie-Hellman Server Params");
        int n = tvb.u16(offset);
        t.add(P_LEN, tvb, offset, 2, n);
        bytes(t, P, tvb, offset + 2, n);
        offset += 2 + n;
        n = tvb.u16(offset);
        t.add(G_LEN, tvb, offset, 2, n);
        bytes(t, G, tvb, offset + 2, n);
        offset += 2 + n;
        n = tvb.u16(offset);
        t.add(YS_LEN, tvb, offset, 2, n);
        bytes(t, YS, tvb, offset + 2, n);
        offset += 2 + n;
        if (!anon) {
            digitallySigned(tvb, ctx, t, offset, end, version, SIG_LEN, SIG);
        }
    }

    static void client(ByteView tvb, ProtoNode tree, int offset, int length, TlsModule.Session s) {
        switch (kex(s.cipherSuite)) {
            case DH, DHE, DH_ANON -> {
                ProtoNode t = tree.addText(tvb, offset, length, "Diffie-Hellman Client Params");
                int n = tvb.u16(offset);
                t.add(YC_LEN, tvb, offset, 2, n);
                bytes(t, YC, tvb, offset + 2, n);
            }
            case ECDH, ECDH_ANON -> {
                ProtoNode t = tree.addText(tvb, offset, length, "EC Diffie-Hellman Client Params");
                int n = tvb.u8(offset);
                t.add(CLIENT_POINT_LEN, tvb, offset, 1, n);
                bytes(t, CLIENT_POINT, tvb, offset + 1, n);
            }
            case PSK -> {
                ProtoNode t = tree.addText(tvb, offset, length, "PSK Client Params");
                int n = tvb.u16(offset);
                t.add(IDENTITY_LEN, tvb, offset, 2, n);
                bytes(t, IDENTITY, tvb, offset + 2, n);
            }
            case RSA -> {
                ProtoNode t = tree.addText(tvb, offset, length, "RSA Encrypted PreMaster Secret");
                int n;
                if (s.version == TlsModule.SSLV3 || s.version == 0x0002 || s.version == 0x0100) {
                    n = length;
                } else {
                    n = tvb.u16(offset);
                    t.add(EPMS_LEN, tvb, offset, 2, n);
                    offset += 2;
                }
                bytes(t, EPMS, tvb, offset, n);
            }
            case RSA_PSK -> {
                ProtoNode t = tree.addText(tvb, offset, length, "RSA PSK Client Params");
                int n = tvb.u16(offset);
                t.add(IDENTITY_LEN, tvb, offset, 2, n);
                bytes(t, IDENTITY, tvb, offset + 2, n);
                offset += 2 + n;
                n = tvb.u16(offset);
                t.add(EPMS_LEN, tvb, offset, 2, n);
                bytes(t, EPMS, tvb, offset + 2, n);
            }
            default -> { }
        }
    }

    /** An FT_BYTES item as proto_tree_add_item adds it: the bytes must be there. */
    static void bytes(ProtoNode t, org.jdissect.api.field.FieldDef f, ByteView tvb, int offset, int n) {
        TlsModule.bytes(t, f, tvb, offset, n);
    }
}
