package org.jdissect.dissectors.tls;

import static org.jdissect.dissectors.tls.TlsHandshake.*;

import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;
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
                if (2 + tvb.u16(offset) != end - offset) {
                    return;
                }
                opaque(TlsModule.subtree(tree, tvb, offset, end - offset, "PSK Server Params"), HINT_LEN, HINT, tvb,
                        offset, 2);
            }
            case RSA -> {
                ProtoNode t = TlsModule.subtree(tree, tvb, offset, end - offset, "RSA-EXPORT Server Params");
                offset = opaque(t, MODULUS_LEN, MODULUS, tvb, offset, 2);
                offset = opaque(t, EXPONENT_LEN, EXPONENT, tvb, offset, 2);
                digitallySigned(tvb, ctx, t, offset, end, s.version, SIG_LEN, SIG);
            }
            default -> { }
        }
    }

    private static void ecdh(ByteView tvb, PacketContext ctx, ProtoNode tree, int offset, int end, int version,
            boolean anon) {
        ProtoNode t = TlsModule.subtree(tree, tvb, offset, end - offset, "EC Diffie-Hellman Server Params");
        int curveType = tvb.u8(offset);
        t.add(CURVE_TYPE, tvb, offset, 1, curveType);
        offset++;
        if (curveType != 3) {
            return;
        }
        t.add(NAMED_CURVE, tvb, offset, 2, tvb.u16(offset));
        offset = opaque(t, SERVER_POINT_LEN, SERVER_POINT, tvb, offset + 2, 1);
        if (!anon) {
            digitallySigned(tvb, ctx, t, offset, end, version, SIG_LEN, SIG);
        }
    }

    private static void dhe(ByteView tvb, PacketContext ctx, ProtoNode tree, int offset, int end, int version,
            boolean anon) {
        ProtoNode t = TlsModule.subtree(tree, tvb, offset, end - offset, "Diffie-Hellman Server Params");
        offset = opaque(t, P_LEN, P, tvb, offset, 2);
        offset = opaque(t, G_LEN, G, tvb, offset, 2);
        offset = opaque(t, YS_LEN, YS, tvb, offset, 2);
        if (!anon) {
            digitallySigned(tvb, ctx, t, offset, end, version, SIG_LEN, SIG);
        }
    }

    static void client(ByteView tvb, ProtoNode tree, int offset, int length, TlsModule.Session s) {
        switch (kex(s.cipherSuite)) {
            case DH, DHE, DH_ANON -> opaque(TlsModule.subtree(tree, tvb, offset, length,
                    "Diffie-Hellman Client Params"), YC_LEN, YC, tvb, offset, 2);
            case ECDH, ECDH_ANON -> opaque(TlsModule.subtree(tree, tvb, offset, length,
                    "EC Diffie-Hellman Client Params"), CLIENT_POINT_LEN, CLIENT_POINT, tvb, offset, 1);
            case PSK -> opaque(TlsModule.subtree(tree, tvb, offset, length, "PSK Client Params"), IDENTITY_LEN,
                    IDENTITY, tvb, offset, 2);
            case RSA -> {
                ProtoNode t = TlsModule.subtree(tree, tvb, offset, length, "RSA Encrypted PreMaster Secret");
                if (s.version == TlsModule.SSLV3 || s.version == 0x0002 || s.version == 0x0100) {
                    TlsModule.bytes(t, EPMS, tvb, offset, length); // no length vector before TLS
                } else {
                    opaque(t, EPMS_LEN, EPMS, tvb, offset, 2);
                }
            }
            case RSA_PSK -> {
                ProtoNode t = TlsModule.subtree(tree, tvb, offset, length, "RSA PSK Client Params");
                offset = opaque(t, IDENTITY_LEN, IDENTITY, tvb, offset, 2);
                opaque(t, EPMS_LEN, EPMS, tvb, offset, 2);
            }
            default -> { }
        }
    }

    /**
     * A key exchange parameter: its length ({@code size} bytes, not checked against any bound, as the
     * dissect_ssl3_hnd_*_keyex_* functions read it) and its bytes; the offset after them.
     */
    private static int opaque(ProtoNode t, FieldDef lengthField, FieldDef field, ByteView tvb, int offset,
            int size) {
        int n = size == 1 ? tvb.u8(offset) : tvb.u16(offset);
        t.add(lengthField, tvb, offset, size, n);
        TlsModule.bytes(t, field, tvb, offset + size, n);
        return offset + size + n;
    }
}
