package org.jdissect.dissectors.x509;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdissect.api.field.Base;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldType;
import org.jdissect.api.field.Ftype;

/**
 * The fields of x509af, x509ce, x509sat, x509if, pkcs1 (registered under pkcs-1), pkix1explicit, pkix1implicit,
 * pkixalgs and ns_cert_exts exactly as tshark 4.0.17 registers them: {@code fields.tsv} holds the lines of
 * {@code tshark -G fields} and the value strings of {@code -G values} for them (made by scripts/x509/tables.sh), so
 * that the ASN.1-generated names (x509af.signedCertificate_element, x509ce.GeneralName…) are Wireshark's own.
 */
final class X509Fields {
    private static final Map<String, FieldDef> BY_ABBREV;
    static final List<FieldDef> ALL;

    /** The protocols' short names (tshark -G protocols; -G fields' protocol lines do not carry them). */
    private static final Map<String, String> SHORT_NAMES = Map.of("ber", "BER", "ns_cert_exts", "NS_CERT_EXTS",
            "pkcs-1", "PKCS-1", "pkix1explicit", "PKIX1EXPLICIT", "pkix1implicit", "PKIX1IMPLICIT", "x509af", "X509AF",
            "x509ce", "X509CE", "x509if", "X509IF", "x509sat", "X509SAT");

    static {
        Map<String, String[]> lines = new LinkedHashMap<>();
        Map<String, Map<Long, String>> values = new HashMap<>();
        try (InputStream in = X509Fields.class.getResourceAsStream("fields.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) {
                String[] c = l.split("\t", -1);
                switch (c[0]) {
                    case "P" -> lines.putIfAbsent(c[2], c);
                    case "F" -> lines.putIfAbsent(c[2], c);
                    case "V" -> values.computeIfAbsent(c[1], k -> new LinkedHashMap<>())
                            .putIfAbsent(Long.parseLong(c[2]), c[3]);
                    default -> {
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, FieldDef> by = new HashMap<>();
        List<FieldDef> all = new ArrayList<>();
        for (String[] c : lines.values()) {
            FieldDef d = c[0].equals("P")
                    ? FieldDef.builder(c[2], c[1], FieldType.PROTOCOL).blurb(SHORT_NAMES.getOrDefault(c[2], "")).build()
                    : def(c, values);
            if (d != null) {
                by.put(d.abbrev(), d);
                all.add(d);
            }
        }
        BY_ABBREV = by;
        ALL = List.copyOf(all);
    }

    private X509Fields() {
    }

    private static FieldDef def(String[] c, Map<String, Map<Long, String>> values) {
        String name = c[1];
        String abbrev = c[2];
        String ft = c[3];
        String base = c[5];
        long mask = Long.decode(c[6]);
        String blurb = c.length > 7 ? c[7] : "";
        FieldType t;
        Ftype declared = null;
        switch (ft) {
            case "FT_NONE" -> t = FieldType.NONE;
            case "FT_BOOLEAN" -> t = FieldType.BOOLEAN;
            case "FT_UINT8" -> t = FieldType.UINT8;
            case "FT_UINT16" -> t = FieldType.UINT16;
            case "FT_UINT32" -> t = FieldType.UINT32;
            case "FT_UINT64" -> t = FieldType.UINT64;
            case "FT_INT32" -> t = FieldType.INT32;
            case "FT_INT64" -> t = FieldType.INT64;
            case "FT_BYTES" -> t = FieldType.BYTES;
            case "FT_STRING" -> t = FieldType.STRING;
            case "FT_OID" -> {
                t = FieldType.STRING;
                declared = Ftype.FT_OID;
            }
            case "FT_ABSOLUTE_TIME" -> t = FieldType.ABSOLUTE_TIME;
            case "FT_IPv4" -> t = FieldType.IPV4;
            case "FT_IPv6" -> t = FieldType.IPV6;
            case "FT_GUID" -> t = FieldType.GUID;
            case "FT_DOUBLE" -> t = FieldType.DOUBLE;
            case "FT_FRAMENUM" -> t = FieldType.FRAMENUM;
            default -> {
                return null; // FT_REL_OID: no jdissect type holds it, and no certificate carries it
            }
        }
        FieldDef.Builder b = FieldDef.builder(abbrev, name, t).blurb(blurb);
        if (declared != null) {
            b.declared(declared);
        }
        if (t.isInteger()) {
            b.base(base.equals("BASE_HEX") ? Base.HEX : Base.DEC);
        }
        if (t == FieldType.ABSOLUTE_TIME) {
            b.base(Base.TIME_UTC);
        }
        if (t == FieldType.BOOLEAN && !base.isEmpty() && !base.equals("0")) {
            b.mask(mask, Integer.parseInt(base));
        } else if (mask != 0) {
            b.mask(mask, t.width() * 8);
        }
        Map<Long, String> v = values.get(abbrev);
        if (v != null) {
            b.names(v);
        }
        return b.build();
    }

    /** The field named {@code abbrev}; fails loudly for a name tshark does not register. */
    static FieldDef f(String abbrev) {
        FieldDef d = BY_ABBREV.get(abbrev);
        if (d == null) {
            throw new IllegalStateException("no field " + abbrev);
        }
        return d;
    }
}
