package org.jdissect.dissectors.x509;

import static org.jdissect.dissectors.x509.Ber.ANY;
import static org.jdissect.dissectors.x509.Ber.CON;
import static org.jdissect.dissectors.x509.Ber.IMPL;
import static org.jdissect.dissectors.x509.Ber.NOOWN;
import static org.jdissect.dissectors.x509.Ber.NOTCHK;
import static org.jdissect.dissectors.x509.Ber.OPT;
import static org.jdissect.dissectors.x509.Ber.UNI;
import static org.jdissect.dissectors.x509.X509Fields.f;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.common.StringItems;
import org.jdissect.dissectors.x509.Ber.C;
import org.jdissect.dissectors.x509.Ber.E;
import org.jdissect.dissectors.x509.Ber.Fn;

/**
 * X.509 certificates as Wireshark 4.0 dissects them (packet-x509af.c with packet-x509if.c, packet-x509sat.c,
 * packet-x509ce.c, packet-pkix1explicit.c, packet-pkix1implicit.c, packet-pkcs1.c and packet-ber.c): the item the
 * caller names over the certificate with the subject appended, signedCertificate and its members, names with their
 * RDN and DN texts, validity, the public key (RSA through PKCS#1, EC parameters), the extensions whose dissectors
 * are here (others get packet-ber.c's "Dissector for OID not implemented"), the signature algorithm and value.
 */
public final class X509 {
    private final Ber b;
    /** packet-x509af.c's algorithm_id: the last AlgorithmIdentifier's OID. */
    private String algorithmId;
    /** actx->external.direct_reference: the OID that selects what follows it. */
    private String directRef;
    // packet-x509if.c's DN state
    private StringBuilder lastRdn;
    private StringBuilder lastDn;
    private ProtoNode topOfRdn;
    private ProtoNode topOfDn;
    private boolean rdnOneValue;
    private boolean dnOneRdn;

    private X509(PacketContext ctx) {
        b = new Ber(ctx);
    }

    /**
     * dissect_x509af_Certificate(FALSE, tvb, offset, actx, parent, item), as packet-tls-utils.c calls it for each
     * certificate of a Certificate message: {@code item} (an FT_BYTES field) over the certificate's DER, the subject
     * appended to it, everything else under it. A read past the view throws, as in tshark.
     */
    public static void certificate(ByteView tvb, int offset, int length, PacketContext ctx, ProtoNode parent,
                                   FieldDef item) {
        X509 x = new X509(ctx);
        x.b.sequence(false, tvb, offset, parent, item, x.certificateSeq());
    }

    /**
     * dissect_x509if_DistinguishedName(FALSE, tvb, offset, actx, parent, item), as packet-tls-utils.c calls it for
     * each name of a CertificateRequest's certificate_authorities: {@code item} (FT_NONE {@code tls.handshake.dname})
     * over the RDNSequence's contents with the name's text appended, the RDNs under it.
     */
    public static void distinguishedName(ByteView tvb, int offset, int length, PacketContext ctx, ProtoNode parent,
                                         FieldDef item) {
        new X509(ctx).rdnSequence(false, tvb, offset, parent, item);
    }

    // ---- x509af

    private E[] certificateSeq() {
        return new E[] {
            new E(UNI, 16, NOOWN, f("x509af.signedCertificate_element"), this::signedCertificate),
            new E(UNI, 16, NOOWN, f("x509af.algorithmIdentifier_element"), this::algorithmIdentifier),
            new E(UNI, 3, NOOWN, f("x509af.encrypted"), (i, t, o, tr, hf) -> b.bitString(i, t, o, tr, hf, null)),
        };
    }

    private int signedCertificate(boolean implicit, ByteView t, int off, ProtoNode tree, FieldDef hf) {
        return b.sequence(implicit, t, off, tree, hf, new E[] {
            new E(CON, 0, OPT, f("x509af.version"), b::integer),
            new E(UNI, 2, NOOWN, f("x509af.serialNumber"), b::integer),
            new E(UNI, 16, NOOWN, f("x509af.signature_element"), this::algorithmIdentifier),
            new E(ANY, -1, NOOWN | NOTCHK, f("x509af.issuer"), this::name),
            new E(UNI, 16, NOOWN, f("x509af.validity_element"), this::validity),
            new E(ANY, -1, NOOWN | NOTCHK, f("x509af.subject"), this::subjectName),
            new E(UNI, 16, NOOWN, f("x509af.subjectPublicKeyInfo_element"), this::subjectPublicKeyInfo),
            new E(CON, 1, OPT | IMPL, f("x509af.issuerUniqueIdentifier"),
                    (i, tv, o, tr, h) -> b.bitString(i, tv, o, tr, h, null)),
            new E(CON, 2, OPT | IMPL, f("x509af.subjectUniqueIdentifier"),
                    (i, tv, o, tr, h) -> b.bitString(i, tv, o, tr, h, null)),
            new E(CON, 3, OPT, f("x509af.extensions"), this::extensions),
        });
    }

    private int algorithmIdentifier(boolean implicit, ByteView t, int off, ProtoNode tree, FieldDef hf) {
        return b.sequence(implicit, t, off, tree, hf, new E[] {
            new E(UNI, 6, NOOWN, f("x509af.algorithmId"), (i, tv, o, tr, h) -> {
                int r = b.oid(i, tv, o, tr, f("x509af.algorithm.id"));
                directRef = b.lastOid;
                algorithmId = b.lastOid;
                if (directRef != null) {
                    String n = Oids.resolve(directRef);
                    tr.appendLabel(" (" + (n != null ? n : directRef) + ")");
                }
                return r;
            }),
            new E(ANY, 0, OPT | NOOWN, f("x509af.parameters_element"),
                    (i, tv, o, tr, h) -> oidCallback(directRef, tv, o, tr)),
        });
    }

    private int validity(boolean implicit, ByteView t, int off, ProtoNode tree, FieldDef hf) {
        return b.sequence(implicit, t, off, tree, hf, new E[] {
            new E(ANY, -1, NOOWN | NOTCHK, f("x509af.notBefore"), this::time),
            new E(ANY, -1, NOOWN | NOTCHK, f("x509af.notAfter"), this::time),
        });
    }

    private int time(boolean implicit, ByteView t, int off, ProtoNode tree, FieldDef hf) {
        return b.choice(t, off, tree, hf, new C[] {
            new C(0, UNI, 23, NOOWN, f("x509af.utcTime"), this::utcTime),
            new C(1, UNI, 24, NOOWN, f("x509af.generalizedTime"), this::generalizedTime),
        });
    }

    /**
     * dissect_ber_UTCTime asked for its text ("YY-MM-DD hh:mm[:ss] (UTC[+-hhmm])"), which x509af.cnf adds with the
     * century before it; a malformed time is added as its characters, with packet-ber.c's error under it.
     */
    private int utcTime(boolean implicit, ByteView t, int off, ProtoNode tree, FieldDef hf) {
        int o = off;
        int n = t.reportedRemaining(off);
        if (!implicit) {
            o = b.id(t, off);
            int c = b.cls;
            int g = b.tag;
            boolean p = b.pc;
            o = b.dlen(t, o);
            n = b.len;
            if (c != UNI || g != 23) {
                t.ensure(off, 2);
                b.error(tree, t, o, n, Ber.EI_EXPECTED_UTC_TIME, "BER Error: UTCTime expected but class:"
                        + Ber.className(c) + "(" + c + ") " + (p ? "Constructed" : "Primitive") + " tag:" + g
                        + " was unexpected");
                return o + n;
            }
        }
        String error = null;
        String in;
        String out = null;
        if (n < 10 || n > 19) {
            error = "BER Error: UTCTime invalid length: " + n;
            in = Ber.decode(t, o, Math.min(n, 19), 19);
        } else {
            in = Ber.decode(t, o, n, 19);
            error = utcError(in, n);
            if (error == null) {
                StringBuilder sb = new StringBuilder();
                sb.append(in, 0, 2).append('-').append(in, 2, 4).append('-').append(in, 4, 6).append(' ')
                        .append(in, 6, 8).append(':').append(in, 8, 10);
                int i = 10;
                if (n >= 12 && digit(in.charAt(10))) {
                    sb.append(':').append(in, 10, 12);
                    i = 12;
                }
                sb.append(in.charAt(i) == 'Z' ? " (UTC)" : " (UTC" + in.substring(i, i + 5) + ")");
                out = sb.toString();
            }
        }
        if (error != null) {
            ProtoNode item = tree.addObj(hf, t, o, n, in);
            b.error(item, t, o, n, Ber.EI_INVALID_UTC_TIME, error);
            return o + n;
        }
        tree.addObj(hf, t, o, n, (out.charAt(0) < '5' ? "20" : "19") + out);
        return o + n;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /** packet-ber.c's checks of a UTCTime of 10 to 19 characters, in its order: the error, or null. */
    private static String utcError(String in, int n) {
        for (int i = 0; i < 10; i++) {
            if (!digit(in.charAt(i))) {
                return "BER Error: malformed UTCTime encoding, first 10 octets have to contain YYMMDDhhmm in digits";
            }
        }
        int i = 10;
        if (n >= 12 && digit(in.charAt(10))) {
            if (!digit(in.charAt(11))) {
                return "BER Error: malformed UTCTime encoding, if 11th octet is a digit for seconds, the 12th octet "
                        + "has to be a digit, too";
            }
            i = 12;
        }
        char c = i < in.length() ? in.charAt(i) : '\0';
        switch (c) {
            case 'Z' -> {
                if (n != i + 1) {
                    return "BER Error: malformed UTCTime encoding, there must be no further octets after 'Z'";
                }
            }
            case '+', '-' -> {
                if (n != i + 5) {
                    return "BER Error: malformed UTCTime encoding, 4 digits must follow on '+' resp. '-'";
                }
                for (int k = i + 1; k < i + 5; k++) {
                    if (!digit(in.charAt(k))) {
                        return "BER Error: malformed UTCTime encoding, 4 digits must follow on '+' resp. '-'";
                    }
                }
            }
            default -> {
                return "BER Error: malformed UTCTime encoding, unexpected character in " + (i + 1)
                        + "th octet, must be 'Z', '+' or '-'";
            }
        }
        return null;
    }

    /**
     * dissect_ber_GeneralizedTime into an absolute time: YYYYMMDDhhmmss, an optional fraction, then Z or an offset;
     * a length outside 14..23 or another form is packet-ber.c's error instead.
     */
    private int generalizedTime(boolean implicit, ByteView t, int off, ProtoNode tree, FieldDef hf) {
        int o = off;
        int n;
        if (!implicit) {
            o = b.id(t, off);
            int c = b.cls;
            boolean p = b.pc;
            int g = b.tag;
            o = b.dlen(t, o);
            n = b.len;
            if (c != UNI || g != 24) {
                t.ensure(off, 2);
                b.error(tree, t, o, n, Ber.EI_EXPECTED_GENERALIZED_TIME, "BER Error: GeneralizedTime expected but "
                        + "class:" + Ber.className(c) + "(" + c + ") " + (p ? "Constructed" : "Primitive") + " tag:" + g
                        + " was unexpected");
                return o + n;
            }
        } else {
            n = t.reportedRemaining(off);
        }
        if (n < 14 || n > 23) {
            b.error(tree, t, o, n, Ber.EI_ERROR_LENGTH, "BER Error: GeneralizedTime invalid length: "
                    + Integer.toUnsignedString(n));
            return o + n;
        }
        String s = Ber.decode(t, o, n, 19);
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("(\\d{4})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(?:[.,](\\d{1,3}))?(Z|[+-]\\d{4})?")
                .matcher(s);
        if (!m.matches()) {
            b.error(tree, t, o, n, Ber.EI_INVALID_TIME, "BER Error: GeneralizedTime invalid format: " + s);
            return o + n;
        }
        long nanos;
        try {
            LocalDateTime d = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    Integer.parseInt(m.group(6)));
            nanos = d.toEpochSecond(ZoneOffset.UTC) * 1_000_000_000L;
            if (m.group(7) != null) {
                nanos += Long.parseLong((m.group(7) + "00").substring(0, 3)) * 1_000_000L;
            }
        } catch (java.time.DateTimeException e) {
            b.error(tree, t, o, n, Ber.EI_INVALID_TIME, "BER Error: GeneralizedTime invalid format: " + s);
            return o + n;
        }
        tree.add(hf, t, o, n, nanos);
        return o + n;
    }

    private int subjectPublicKeyInfo(boolean implicit, ByteView t, int off, ProtoNode tree, FieldDef hf) {
        return b.sequence(implicit, t, off, tree, hf, new E[] {
            new E(UNI, 16, NOOWN, f("x509af.algorithm_element"), this::algorithmIdentifier),
            new E(UNI, 3, NOOWN, f("x509af.subjectPublicKey"), this::subjectPublicKey),
        });
    }

    private int subjectPublicKey(boolean implicit, ByteView t, int off, ProtoNode tree, FieldDef hf) {
        ByteView bs = b.bitStringContents(t, off);
        if (bs != null && "1.2.840.113549.1.1.1".equals(algorithmId)) {
            return b.sequence(false, bs, 0, tree, hf, new E[] {
                new E(UNI, 2, NOOWN, f("pkcs1.modulus"), b::integer),
                new E(UNI, 2, NOOWN, f("pkcs1.publicExponent"), b::integer),
            });
        }
        return b.bitString(false, t, off, tree, hf, null);
    }

    private int extensions(boolean implicit, ByteView t, int off, ProtoNode tree, FieldDef hf) {
        return b.sequenceOf(implicit, t, off, tree, hf, 16,
                new E(UNI, 16, NOOWN, f("x509af.Extension_element"), this::extension));
    }

    private int extension(boolean implicit, ByteView t, int off, ProtoNode tree, FieldDef hf) {
        return b.sequence(implicit, t, off, tree, hf, new E[] {
            new E(UNI, 6, NOOWN, f("x509af.extnId"), (i, tv, o, tr, h) -> {
                int r = b.oid(i, tv, o, tr, f("x509af.extension.id"));
                directRef = b.lastOid;
                if (directRef != null) {
                    String n = Oids.resolve(directRef);
                    tr.appendLabel(" (" + (n != null ? n : directRef) + ")");
                }
                return r;
            }),
            new E(UNI, 1, OPT | NOOWN, f("x509af.critical"), b::bool),
            new E(UNI, 4, NOOWN, f("x509af.extnValue"), (i, tv, o, tr, h) -> {
                int p = b.id(tv, o);
                p = b.dlen(tv, p);
                return oidCallback(directRef, tv, p, tr);
            }),
        });
    }

    // ---- call_ber_oid_callback

    private static final Map<String, String> PDU = Map.ofEntries(
            Map.entry("2.5.29.14", "ski"), Map.entry("2.5.29.35", "aki"), Map.entry("2.5.29.19", "bc"),
            Map.entry("2.5.29.15", "ku"), Map.entry("2.5.29.37", "eku"), Map.entry("2.5.29.17", "gns"),
            Map.entry("2.5.29.18", "gns"), Map.entry("2.5.29.31", "crldp"), Map.entry("2.5.29.32", "cp"),
            Map.entry("2.5.29.30", "nc"), Map.entry("1.3.6.1.5.5.7.1.1", "aia"),
            Map.entry("2.16.840.1.113730.1.13", "nscomment"),
            Map.entry("1.2.840.10045.2.1", "ecparams"),
            Map.entry("1.3.6.1.4.1.311.20.2.3", "utf8"),
            Map.entry("1.3.6.1.5.5.7.2.1", "cps"), Map.entry("1.3.6.1.5.5.7.2.2", "unotice"),
            Map.entry("2.5.29.16", "pkup"), Map.entry("2.5.29.36", "policyconstraints"),
            Map.entry("2.5.29.54", "skipcerts"), Map.entry("2.5.29.33", "policymappings"),
            Map.entry("1.3.6.1.4.1.311.21.7", "mstemplate"), Map.entry("1.3.6.1.4.1.311.21.10", "cp"),
            Map.entry("2.5.29.3", "cp"), Map.entry("2.5.29.46", "crldp"), Map.entry("2.5.29.29", "gns"), Map.entry("1.2.840.113533.7.65.0", "entrust"),
            Map.entry("2.16.840.1.113730.1.1", "nscerttype"));

    /** packet-x509sat.c's registrations ({@code #.REGISTER} of x509sat.cnf): attribute OIDs and their syntaxes. */
    private static final Map<String, String> SAT = new java.util.HashMap<>();

    static {
        for (String o : ("2.5.4.2 2.5.4.3 2.5.4.4 2.5.4.7 2.5.4.7.1 2.5.4.8 2.5.4.8.1 2.5.4.9 2.5.4.9.1 2.5.4.10.1 "
                + "2.5.4.10 2.5.4.11 2.5.4.11.1 2.5.4.12 2.5.4.13 2.5.4.15 2.5.4.17 2.5.4.17.1 2.5.4.18 2.5.4.18.1 "
                + "2.5.4.19 2.5.4.19.1 2.5.4.41 2.5.4.42 2.5.4.43 2.5.4.44 2.5.4.51 2.5.4.54 2.5.4.65 "
                + "2.16.840.1.101.2.2.1.45 2.16.840.1.101.2.2.1.118 2.16.840.1.101.2.2.1.124 2.16.840.1.101.2.2.1.125 "
                + "2.16.840.1.101.2.2.1.126 2.16.840.1.101.2.2.1.129 2.16.840.1.101.2.2.1.133 "
                + "2.16.840.1.101.2.2.1.143 2.16.840.1.101.2.2.1.145 2.16.840.1.101.2.2.1.158 "
                + "2.16.840.1.101.2.2.1.159 1.2.840.113549.1.9.7 1.2.840.113549.1.9.8 1.2.840.113549.1.9.13 "
                + "1.3.6.1.5.5.7.9.2 2.16.840.1.113730.3.1.1 2.16.840.1.113730.3.1.2 2.16.840.1.113730.3.1.3 "
                + "2.16.840.1.113730.3.1.4 2.16.840.1.113730.3.1.39 2.16.840.1.113730.3.1.241 "
                + "1.3.6.1.4.1.311.60.2.1.1 1.3.6.1.4.1.311.60.2.1.2").split(" ")) {
            SAT.put(o, "ds");
        }
        for (String o : ("2.5.4.5 2.5.4.46 2.16.840.1.101.2.2.1.51 2.16.840.1.101.2.2.1.53 2.16.840.1.101.2.2.1.58 "
                + "2.16.840.1.101.2.2.1.62 2.16.840.1.101.2.2.1.63 2.16.840.1.101.2.2.1.68 2.16.840.1.101.2.2.1.68.1 "
                + "2.16.840.1.101.2.2.1.70 2.16.840.1.101.2.2.1.73 2.16.840.1.101.2.2.1.77 2.16.840.1.101.2.2.1.82 "
                + "2.16.840.1.101.2.2.1.83 2.16.840.1.101.2.2.1.84 2.16.840.1.101.2.2.1.85 2.16.840.1.101.2.2.1.86 "
                + "2.16.840.1.101.2.2.1.96 2.16.840.1.101.2.2.1.97 2.16.840.1.101.2.2.1.106 "
                + "2.16.840.1.101.2.2.1.144 2.16.840.1.101.2.2.1.172 2.16.840.1.101.2.2.1.173 "
                + "2.16.840.1.101.2.2.1.177 2.16.840.1.101.2.2.1.178 2.16.840.1.101.2.2.1.179 "
                + "2.16.840.1.101.2.2.1.180 2.16.840.1.101.2.2.1.181 2.16.840.1.101.2.2.1.182 "
                + "2.16.840.1.101.2.2.1.183 2.16.840.1.101.2.2.1.185 2.16.840.1.101.2.2.1.186 "
                + "2.16.840.1.101.2.2.1.187 1.3.6.1.5.5.7.9.3 1.3.6.1.5.5.7.9.4 1.3.6.1.5.5.7.9.5").split(" ")) {
            SAT.put(o, "printable");
        }
        for (String o : ("2.5.4.20 2.5.4.20.1 2.16.840.1.101.2.2.1.94 2.16.840.1.101.2.2.1.95 2.16.840.1.101.2.2.1.109 "
                + "2.16.840.1.101.2.2.1.119 2.16.840.1.101.2.2.1.119.1 2.16.840.1.101.2.2.1.120 "
                + "2.16.840.1.101.2.2.1.120.1 2.16.840.1.101.2.2.1.127 2.16.840.1.101.2.2.1.127.1 "
                + "2.16.840.1.101.2.2.1.128 2.16.840.1.101.2.2.1.128.1 2.16.840.1.101.2.2.1.160").split(" ")) {
            SAT.put(o, "telephone");
        }
        for (String o : ("2.5.4.0 2.5.4.30 2.5.4.52 2.5.4.56 2.5.4.66 2.5.4.67 2.5.18.5 2.5.18.7 2.5.24.1 2.6.5.2.8 "
                + "2.6.5.2.10 2.6.5.2.11 2.16.840.1.101.2.2.1.115 2.16.840.1.101.2.2.1.116 2.16.840.1.101.2.2.1.161 "
                + "2.16.840.1.101.2.2.1.176").split(" ")) {
            SAT.put(o, "satoid");
        }
        for (String o : ("2.5.18.9 2.16.840.1.101.2.2.1.54 2.16.840.1.101.2.2.1.64 2.16.840.1.101.2.2.1.65 "
                + "2.16.840.1.101.2.2.1.69 2.16.840.1.101.2.2.1.72 2.16.840.1.101.2.2.1.74 2.16.840.1.101.2.2.1.81 "
                + "2.16.840.1.101.2.2.1.87 2.6.1.6.3").split(" ")) {
            SAT.put(o, "satbool");
        }
        for (String o : "2.5.4.35 1.2.840.113549.1.9.21 1.2.840.113549.1.9.25.3 1.3.6.1.4.1.311.21.2".split(" ")) {
            SAT.put(o, "satoctets");
        }
        for (String o : ("1.2.840.113549.1.9.25.4 1.3.6.1.4.1.311.21.1 1.3.6.1.4.1.311.21.3 "
                + "1.2.826.0.1063.7.0.0.0").split(" ")) {
            SAT.put(o, "satint");
        }
        for (String o : "1.2.840.113549.1.9.20 1.3.6.1.4.1.311.20.2 1.3.6.1.4.1.311.17.1".split(" ")) {
            SAT.put(o, "bmp");
        }
        // dissect_ber_oid_NULL_callback: takes what follows and shows nothing (PKCS#1's algorithms, and others that
        // tshark 4.0.17 was found to treat so by scripts/x509's probe)
        for (String o : ("1.2.840.10045.4.1 1.2.840.10045.4.3.1 1.2.840.10045.4.3.2 1.2.840.10045.4.3.3 "
                + "1.2.840.10045.4.3.4 1.2.840.113549.1.1.1 1.2.840.113549.1.1.2 1.2.840.113549.1.1.3 "
                + "1.2.840.113549.1.1.4 1.2.840.113549.1.1.5 1.2.840.113549.1.1.6 1.2.840.113549.1.1.11 "
                + "1.2.840.113549.1.1.12 1.2.840.113549.1.1.13 1.2.840.113549.1.1.14 1.2.840.113549.1.9.16.3.6 "
                + "1.2.840.113549.1.9.22.1 1.2.840.113549.2.2 1.2.840.113549.2.4 1.2.840.113549.2.5").split(" ")) {
            SAT.put(o, "null");
        }
        SAT.put("2.5.4.6", "country");
        SAT.put("1.3.6.1.4.1.311.60.2.1.3", "country");
        SAT.put("1.2.840.113549.1.9.1", "ia5");
        SAT.put("0.9.2342.19200300.100.1.25", "ia5");
        SAT.put("1.2.826.0.1004.10.1.1", "ia5");
        SAT.put("1.3.6.1.4.1.311.20.2.3", "utf8");
        SAT.put("2.5.4.24", "x121");
        SAT.put("2.5.4.25", "isdn");
        SAT.put("2.5.4.25.1", "isdn");
        SAT.put("2.5.4.27", "destination");
        SAT.put("2.5.4.45", "uid");
    }

    /**
     * call_ber_oid_callback: the dissector registered for {@code oid} over the rest of the view, or packet-ber.c's
     * "not implemented" finding over it (nothing for a NULL); returns the offset after what was taken.
     */
    private int oidCallback(String oid, ByteView t, int off, ProtoNode tree) {
        ByteView next = t.tail(off);
        String kind = oid == null ? null : PDU.getOrDefault(oid, SAT.get(oid));
        int n = 0;
        if (kind != null) {
            // call_dissector_work: the registered dissector's protocol becomes a layer of frame.protocols and the
            // protocol an exception names (left so when one escapes); a dissector that takes nothing leaves no layer
            String layer = layer(kind);
            int mark = b.ctx.protocolsMark();
            String proto = b.ctx.currentProto();
            if (layer != null) {
                b.ctx.addProtocol(layer);
                b.ctx.setCurrentProto(layer.equals("pkcs-1") ? "PKCS-1" : layer.toUpperCase(java.util.Locale.ROOT));
            }
            // each registered dissector starts its own asn1_ctx_t: no direct reference of the caller's
            String saved = directRef;
            directRef = null;
            n = pdu(kind, next, tree);
            directRef = saved;
            if (n == 0) {
                b.ctx.dropProtocolsAfter(mark);
            }
            b.ctx.setCurrentProto(proto);
        }
        if (n == 0) { // no dissector, or one that took nothing: dissector_try_string's 0
            int remaining = t.reportedRemaining(off);
            if (oid == null) {
                b.error(tree, next, 0, remaining, Ber.EI_NO_OID, "BER Error: No OID supplied to call_ber_oid_callback");
            } else if (next.u16(0) != 0x0500) {
                ProtoNode e = tree.addText(next, 0, Math.min(remaining, next.capturedLength()),
                        Ber.EI_OID_NOT_IMPLEMENTED.summary());
                Expert.add(b.ctx, e, Ber.EI_OID_NOT_IMPLEMENTED);
            }
            n = remaining;
        }
        return off + n;
    }

    /** The protocol that registers the dissector of {@code kind}, or null for the NULL callback's (no layer). */
    private static String layer(String kind) {
        return switch (kind) {
            case "ski", "aki", "bc", "ku", "eku", "gns", "crldp", "cp", "nc", "pkup", "entrust", "policyconstraints",
                    "skipcerts", "policymappings", "mstemplate" -> "x509ce";
            case "aia", "unotice" -> "pkix1implicit";
            case "cps" -> "pkix1explicit";
            case "nscomment", "nscerttype" -> "ns_cert_exts";
            case "ecparams" -> "pkcs-1";
            case "null" -> null;
            default -> "x509sat";
        };
    }

    private int pdu(String kind, ByteView t, ProtoNode tree) {
        return switch (kind) {
            case "ski" -> b.string(false, 4, t, 0, tree, f("x509ce.SubjectKeyIdentifier"));
            case "aki" -> b.sequence(false, t, 0, tree, f("x509ce.AuthorityKeyIdentifier_element"), new E[] {
                new E(CON, 0, OPT | IMPL, f("x509ce.keyIdentifier"), (i, tv, o, tr, h) -> b.string(i, 4, tv, o, tr, h)),
                new E(CON, 1, OPT | IMPL, f("x509ce.authorityCertIssuer"), this::generalNames),
                new E(CON, 2, OPT | IMPL, f("x509ce.authorityCertSerialNumber"), b::integer),
            });
            case "bc" -> b.sequence(false, t, 0, tree, f("x509ce.BasicConstraintsSyntax_element"), new E[] {
                new E(UNI, 1, OPT | NOOWN, f("x509ce.cA"), b::bool),
                new E(UNI, 2, OPT | NOOWN, f("x509ce.pathLenConstraint"), b::integer),
            });
            case "ku" -> b.bitString(false, t, 0, tree, f("x509ce.KeyUsage"), bits("x509ce.KeyUsage.",
                    "digitalSignature", "contentCommitment", "keyEncipherment", "dataEncipherment", "keyAgreement",
                    "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly"));
            case "eku" -> b.sequenceOf(false, t, 0, tree, f("x509ce.KeyPurposeIDs"), 16,
                    new E(UNI, 6, NOOWN, f("x509ce.KeyPurposeId"), b::oid));
            case "gns" -> generalNames(false, t, 0, tree, f("x509ce.GeneralNames"));
            case "crldp" -> b.sequenceOf(false, t, 0, tree, f("x509ce.CRLDistPointsSyntax"), 16,
                    new E(UNI, 16, NOOWN, f("x509ce.DistributionPoint_element"), this::distributionPoint));
            case "cp" -> b.sequenceOf(false, t, 0, tree, f("x509ce.CertificatePoliciesSyntax"), 16,
                    new E(UNI, 16, NOOWN, f("x509ce.PolicyInformation_element"), this::policyInformation));
            case "nc" -> b.sequence(false, t, 0, tree, f("x509ce.NameConstraintsSyntax_element"), new E[] {
                new E(CON, 0, OPT | IMPL, f("x509ce.permittedSubtrees"), this::generalSubtrees),
                new E(CON, 1, OPT | IMPL, f("x509ce.excludedSubtrees"), this::generalSubtrees),
            });
            case "aia" -> b.sequenceOf(false, t, 0, tree, f("pkix1implicit.AuthorityInfoAccessSyntax"), 16,
                    new E(UNI, 16, NOOWN, f("pkix1implicit.AccessDescription_element"),
                        (i, tv, o, tr, h) -> b.sequence(i, tv, o, tr, h, new E[] {
                            new E(UNI, 6, NOOWN, f("pkix1implicit.accessMethod"), b::oid),
                            new E(ANY, -1, NOOWN | NOTCHK, f("pkix1implicit.accessLocation"), this::generalName),
                        })));
            case "nscomment" -> b.string(false, 22, t, 0, tree, f("ns_cert_exts.Comment"));
            case "ecparams" -> b.choice(t, 0, tree, f("pkcs1.ECParameters"), new C[] {
                new C(1, UNI, 6, NOOWN, f("pkcs1.namedCurve"), b::oid),
            });
            case "utf8" -> b.string(false, 12, t, 0, tree, f("x509sat.UTF8String"));
            case "cps" -> b.string(false, 22, t, 0, tree, f("pkix1explicit.DirectoryString"));
            case "unotice" -> b.sequence(false, t, 0, tree, f("pkix1implicit.UserNotice_element"), new E[] {
                new E(UNI, 16, OPT | NOOWN, f("pkix1implicit.noticeRef_element"),
                    (i, tv, o, tr, h) -> b.sequence(i, tv, o, tr, h, new E[] {
                        new E(ANY, -1, NOOWN | NOTCHK, f("pkix1implicit.organization"), this::displayText),
                        new E(UNI, 16, NOOWN, f("pkix1implicit.noticeNumbers"),
                            (i2, tv2, o2, tr2, h2) -> b.sequenceOf(i2, tv2, o2, tr2, h2, 16,
                                new E(UNI, 2, NOOWN, f("pkix1implicit.noticeNumbers_item"), b::integer))),
                    })),
                new E(ANY, -1, OPT | NOOWN | NOTCHK, f("pkix1implicit.explicitText"), this::displayText),
            });
            case "ds" -> directoryString(t, tree);
            case "null" -> t.capturedLength();
            case "telephone" -> b.string(false, 19, t, 0, tree, f("x509sat.TelephoneNumber"));
            case "x121" -> b.string(false, 18, t, 0, tree, f("x509sat.X121Address"));
            case "isdn" -> b.string(false, 18, t, 0, tree, f("x509sat.InternationalISDNNumber"));
            case "destination" -> b.string(false, 19, t, 0, tree, f("x509sat.DestinationIndicator"));
            case "satoid" -> b.oid(false, t, 0, tree, f("x509sat.ObjectIdentifier"));
            case "satbool" -> b.bool(false, t, 0, tree, f("x509sat.Boolean"));
            case "satoctets" -> b.string(false, 4, t, 0, tree, f("x509sat.OctetString"));
            case "satint" -> b.integer(false, t, 0, tree, f("x509sat.Integer"));
            case "bmp" -> b.string(false, 30, t, 0, tree, f("x509sat.BMPString"));
            case "uid" -> b.bitString(false, t, 0, tree, f("x509sat.UniqueIdentifier"), null);
            case "policyconstraints" -> b.sequence(false, t, 0, tree, f("x509ce.PolicyConstraintsSyntax_element"),
                    new E[] {
                        new E(CON, 0, OPT | IMPL, f("x509ce.requireExplicitPolicy"), b::integer),
                        new E(CON, 1, OPT | IMPL, f("x509ce.inhibitPolicyMapping"), b::integer),
                    });
            case "skipcerts" -> b.integer(false, t, 0, tree, f("x509ce.SkipCerts"));
            case "policymappings" -> b.sequenceOf(false, t, 0, tree, f("x509ce.PolicyMappingsSyntax"), 16,
                    new E(UNI, 16, NOOWN, f("x509ce.PolicyMappingsSyntax_item_element"),
                        (i, tv, o, tr, h) -> b.sequence(i, tv, o, tr, h, new E[] {
                            new E(UNI, 6, NOOWN, f("x509ce.issuerDomainPolicy"), b::oid),
                            new E(UNI, 6, NOOWN, f("x509ce.subjectDomainPolicy"), b::oid),
                        })));
            case "mstemplate" -> b.sequence(false, t, 0, tree, f("x509ce.CertificateTemplate_element"), new E[] {
                new E(UNI, 6, NOOWN, f("x509ce.templateID"), b::oid),
                new E(UNI, 2, NOOWN, f("x509ce.templateMajorVersion"), b::integer),
                new E(UNI, 2, OPT | NOOWN, f("x509ce.templateMinorVersion"), b::integer),
            });
            case "pkup" -> b.sequence(false, t, 0, tree, f("x509ce.PrivateKeyUsagePeriod_element"), new E[] {
                new E(CON, 0, OPT | IMPL, f("x509ce.notBefore"), this::generalizedTime),
                new E(CON, 1, OPT | IMPL, f("x509ce.notAfter"), this::generalizedTime),
            });
            case "entrust" -> b.sequence(false, t, 0, tree, f("x509ce.EntrustVersionInfo_element"), new E[] {
                new E(UNI, 27, NOOWN, f("x509ce.entrustVers"), str(27)),
                new E(UNI, 3, NOOWN, f("x509ce.entrustVersInfoFlags"), (i, tv, o, tr, h) -> b.bitString(i, tv, o,
                        tr, h, bits("x509ce.EntrustInfoFlags.", "keyUpdateAllowed", "newExtensions",
                                "pKIXCertificate", "enterpriseCategory", "webCategory", "sETCategory"))),
            });
            case "nscerttype" -> b.bitString(false, t, 0, tree, f("ns_cert_exts.CertType"), bits("ns.cert.exts.CertType.",
                    "ssl.client", "ssl.server", "smime", "object.signing", "reserved.for.future.use", "ssl.ca",
                    "smime.ca", "object.signing.ca"));
            case "country" -> b.string(false, 19, t, 0, tree, f("x509sat.CountryName"));
            case "printable" -> b.string(false, 19, t, 0, tree, f("x509sat.PrintableString"));
            case "ia5" -> b.string(false, 22, t, 0, tree, f("x509sat.IA5String"));
            default -> 0;
        };
    }

    private static FieldDef[] bits(String prefix, String... names) {
        FieldDef[] out = new FieldDef[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = f(prefix + names[i]);
        }
        return out;
    }

    private int directoryString(ByteView t, ProtoNode tree) {
        return b.choice(t, 0, tree, f("x509sat.DirectoryString"), new C[] {
            new C(0, UNI, 20, NOOWN, f("x509sat.teletexString"), str(20)),
            new C(1, UNI, 19, NOOWN, f("x509sat.printableString"), str(19)),
            new C(2, UNI, 28, NOOWN, f("x509sat.universalString"), str(28)),
            new C(3, UNI, 30, NOOWN, f("x509sat.bmpString"), str(30)),
            new C(4, UNI, 12, NOOWN, f("x509sat.uTF8String"), str(12)),
        });
    }

    private int displayText(boolean implicit, ByteView t, int off, ProtoNode tree, FieldDef hf) {
        return b.choice(t, off, tree, hf, new C[] {
            new C(0, UNI, 22, NOOWN, f("pkix1implicit.ia5String"), str(22)),
            new C(1, UNI, 26, NOOWN, f("pkix1implicit.visibleString"), str(26)),
            new C(2, UNI, 30, NOOWN, f("pkix1implicit.bmpString"), str(30)),
            new C(3, UNI, 12, NOOWN, f("pkix1implicit.utf8String"), str(12)),
        });
    }

    private Fn str(int type) {
        return (i, t, o, tr, h) -> b.string(i, type, t, o, tr, h);
    }

    // ---- x509ce

    private int generalNames(boolean implicit, ByteView t, int off, ProtoNode tree, FieldDef hf) {
        return b.sequenceOf(implicit, t, off, tree, hf, 16,
                new E(ANY, -1, NOOWN, f("x509ce.GeneralName"), this::generalName));
    }

    private int generalName(boolean implicit, ByteView t, int off, ProtoNode tree, FieldDef hf) {
        return b.choice(t, off, tree, hf, new C[] {
            new C(0, CON, 0, IMPL, f("x509ce.otherName_element"), this::otherName),
            new C(1, CON, 1, IMPL, f("x509ce.rfc822Name"), str(22)),
            new C(2, CON, 2, IMPL, f("x509ce.dNSName"), str(22)),
            new C(3, CON, 3, IMPL, f("x509ce.x400Address_element"), (i, tv, o, tr, h) -> tv.reportedRemaining(o)),
            new C(4, CON, 4, 0, f("x509ce.directoryName"), this::name),
            new C(5, CON, 5, IMPL, f("x509ce.ediPartyName_element"), (i, tv, o, tr, h) -> tv.reportedRemaining(o)),
            new C(6, CON, 6, IMPL, f("x509ce.uniformResourceIdentifier"), str(22)),
            new C(7, CON, 7, IMPL, f("x509ce.iPAddress"), this::ipAddress),
            new C(8, CON, 8, IMPL, f("x509ce.registeredID"), b::oid),
        });
    }

    private int ipAddress(boolean implicit, ByteView t, int off, ProtoNode tree, FieldDef hf) {
        int n = t.reportedLength();
        if (n == 4) {
            tree.add(f("x509ce.IPAddress.ipv4"), t, off, 4, t.u32(off));
            return off + 4;
        }
        if (n == 16) {
            tree.addObj(f("x509ce.IPAddress.ipv6"), t, off, 16, t.toArray(off, 16));
            return off + 16;
        }
        return off;
    }

    private int otherName(boolean implicit, ByteView t, int off, ProtoNode tree, FieldDef hf) {
        return b.sequence(implicit, t, off, tree, hf, new E[] {
            new E(UNI, 6, NOOWN, f("x509ce.type_id"), (i, tv, o, tr, h) -> {
                int r = b.oid(i, tv, o, tr, h);
                directRef = b.lastOid;
                return r;
            }),
            new E(CON, 0, 0, f("x509ce.value_element"), (i, tv, o, tr, h) -> oidCallback(directRef, tv, o, tr)),
        });
    }

    private int distributionPoint(boolean implicit, ByteView t, int off, ProtoNode tree, FieldDef hf) {
        return b.sequence(implicit, t, off, tree, hf, new E[] {
            new E(CON, 0, OPT, f("x509ce.distributionPoint"), (i, tv, o, tr, h) -> b.choice(tv, o, tr, h, new C[] {
                new C(0, CON, 0, IMPL, f("x509ce.fullName"), this::generalNames),
                new C(1, CON, 1, IMPL, f("x509ce.nameRelativeToCRLIssuer"), this::relativeDistinguishedName),
            })),
            new E(CON, 1, OPT | IMPL, f("x509ce.reasons"), (i, tv, o, tr, h) -> b.bitString(i, tv, o, tr, h,
                    bits("x509ce.ReasonFlags.", "unused", "keyCompromise", "cACompromise", "affiliationChanged",
                            "superseded", "cessationOfOperation", "certificateHold", "privilegeWithdrawn",
                            "aACompromise"))),
            new E(CON, 2, OPT | IMPL, f("x509ce.cRLIssuer"), this::generalNames),
        });
    }

    private int policyInformation(boolean implicit, ByteView t, int off, ProtoNode tree, FieldDef hf) {
        return b.sequence(implicit, t, off, tree, hf, new E[] {
            new E(UNI, 6, NOOWN, f("x509ce.policyIdentifier"), b::oid),
            new E(UNI, 16, OPT | NOOWN, f("x509ce.policyQualifiers"),
                (i, tv, o, tr, h) -> b.sequenceOf(i, tv, o, tr, h, 16,
                    new E(UNI, 16, NOOWN, f("x509ce.PolicyQualifierInfo_element"),
                        (i2, tv2, o2, tr2, h2) -> b.sequence(i2, tv2, o2, tr2, h2, new E[] {
                            new E(UNI, 6, NOOWN, f("x509ce.policyQualifierId"), (i3, tv3, o3, tr3, h3) -> {
                                int r = b.oid(i3, tv3, o3, tr3, f("x509ce.id"));
                                directRef = b.lastOid;
                                return r;
                            }),
                            new E(ANY, 0, OPT | NOOWN, f("x509ce.qualifier_element"),
                                (i3, tv3, o3, tr3, h3) -> oidCallback(directRef, tv3, o3, tr3)),
                        })))),
        });
    }

    private int generalSubtrees(boolean implicit, ByteView t, int off, ProtoNode tree, FieldDef hf) {
        return b.sequenceOf(implicit, t, off, tree, hf, 16,
                new E(UNI, 16, NOOWN, f("x509ce.GeneralSubtree_element"),
                    (i, tv, o, tr, h) -> b.sequence(i, tv, o, tr, h, new E[] {
                        new E(ANY, -1, NOOWN | NOTCHK, f("x509ce.base"), this::generalName),
                        new E(CON, 0, OPT | IMPL, f("x509ce.minimum"), b::integer),
                        new E(CON, 1, OPT | IMPL, f("x509ce.maximum"), b::integer),
                    })));
    }

    // ---- x509if names

    private int name(boolean implicit, ByteView t, int off, ProtoNode tree, FieldDef hf) {
        FieldDef rdn = hf.abbrev().startsWith("x509af.subject") ? f("x509af.rdnSequence") : f("x509if.rdnSequence");
        return b.choice(t, off, tree, hf, new C[] {
            new C(0, UNI, 16, NOOWN, rdn, this::rdnSequence),
        });
    }

    /** x509af's SubjectName: a Name whose DN text is appended to the item above signedCertificate. */
    private int subjectName(boolean implicit, ByteView t, int off, ProtoNode tree, FieldDef hf) {
        int r = name(implicit, t, off, tree, hf);
        ProtoNode p = tree.parent();
        if (p != null) {
            p.appendLabel(" (" + (lastDn != null ? lastDn : "") + ")");
        }
        return r;
    }

    private int rdnSequence(boolean implicit, ByteView t, int off, ProtoNode tree, FieldDef hf) {
        dnOneRdn = false;
        lastDn = new StringBuilder();
        topOfDn = null;
        int r = b.sequenceOf(implicit, t, off, tree, hf, 16, new E(UNI, 17, NOOWN, f("x509if.RDNSequence_item"),
                (i, tv, o, tr, h) -> {
                    if (!dnOneRdn) {
                        topOfDn = tr;
                    }
                    int x = relativeDistinguishedName(i, tv, o, tr, h);
                    dnOneRdn = true;
                    return x;
                }));
        if (topOfDn != null) {
            topOfDn.appendLabel(" (" + lastDn + ")");
        }
        return r;
    }

    private int relativeDistinguishedName(boolean implicit, ByteView t, int off, ProtoNode tree, FieldDef hf) {
        rdnOneValue = false;
        topOfRdn = tree;
        lastRdn = new StringBuilder();
        int r = b.sequenceOf(implicit, t, off, tree, hf, 17,
                new E(UNI, 16, NOOWN, f("x509if.RelativeDistinguishedName_item_element"), (i, tv, o, tr, h) -> {
                    if (!rdnOneValue) {
                        topOfRdn = tr;
                    } else if (lastRdn != null) {
                        lastRdn.append('+');
                    }
                    int x = attributeTypeAndValue(i, tv, o, tr, h);
                    rdnOneValue = true;
                    return x;
                }));
        topOfRdn.appendLabel(" (" + lastRdn + ")");
        if (lastDn != null) {
            if (lastDn.length() > 0) {
                lastDn.insert(0, ',').insert(0, lastRdn);
            } else {
                lastDn.append(lastRdn);
            }
        }
        lastRdn = null;
        return r;
    }

    private int attributeTypeAndValue(boolean implicit, ByteView t, int off, ProtoNode tree, FieldDef hf) {
        return b.sequence(implicit, t, off, tree, hf, new E[] {
            new E(UNI, 6, NOOWN, f("x509if.type"), (i, tv, o, tr, h) -> {
                int r = b.oid(i, tv, o, tr, f("x509if.oid"));
                directRef = b.lastOid;
                if (directRef != null) {
                    String n = Oids.resolve(directRef);
                    if (n == null) {
                        n = directRef;
                    }
                    if (lastRdn != null) {
                        lastRdn.append(n).append('=');
                        tr.appendLabel(" (" + n + "=");
                    }
                }
                return r;
            }),
            new E(ANY, -1, NOOWN, null, (i, tv, o, tr, h) -> {
                String oid = directRef;
                int r = oidCallback(directRef, tv, o, tr);
                directRef = oid;
                String value = anyString(tv, o);
                if (value != null && lastRdn != null) {
                    lastRdn.append(value);
                    tr.appendLabel(value + ")");
                }
                return r;
            }),
        });
    }

    /** dissect_ber_octet_string without a tree, then tvb_format_text: the value's text, or null if no string. */
    private String anyString(ByteView t, int off) {
        int o = b.id(t, off);
        int c = b.cls;
        boolean p = b.pc;
        int g = b.tag;
        o = b.dlen(t, o);
        int n = b.len;
        if (c != Ber.APP && c != Ber.PRI && (c != UNI || g < 18 && g != 4 && g != 12)) {
            return null;
        }
        if (p) {
            byte[] whole = b.reassemble(t, o, n, b.ind, 1);
            return whole == null ? null : StringItems.formatText(ByteView.of(whole), 0, whole.length);
        }
        int rem = t.reportedRemaining(o);
        return StringItems.formatText(t, o, Integer.compareUnsigned(n, rem) <= 0 ? n : rem);
    }
}
