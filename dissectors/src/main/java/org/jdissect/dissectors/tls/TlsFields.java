package org.jdissect.dissectors.tls;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdissect.api.field.Base;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldType;

/**
 * TLS's fields exactly as tshark 4.0.17 registers them: read from {@code tls-fields.tsv} (made by
 * {@code scripts/tls-fields.sh} from {@code tshark -G fields} and {@code -G values}) rather than written out by hand,
 * since packet-tls-utils.c's common field list is nearly 300 fields with value tables of up to 422 cipher suites.
 */
final class TlsFields {
    private TlsFields() {
    }

    /** The names -G fields lists as FT_NONE fields that are packet-tls-utils.c's expert findings (TlsModule's). */
    static final java.util.Set<String> EXPERTS = java.util.Set.of("tls.handshake.session_id_length.error",
            "tls.heartbeat_message.payload_length.invalid", "tls.unexpected_message", "tls.ignored_unknown_record",
            "tls.malformed.vector_length", "tls.malformed.buffer_too_small", "tls.malformed.trailing_data",
            "tls.handshake.status_request.undecoded", "tls.resumed", "tls.record.length.invalid",
            "tls.decompression_error");

    /** Every field in registration order. */
    static final List<FieldDef> ALL;
    private static final Map<String, FieldDef> BY_NAME;

    static {
        Map<String, String[]> rows = new LinkedHashMap<>();
        // -G values lists a name's value tables one after the other: a value seen again starts the next table
        Map<String, List<Map<Long, String>>> names = new HashMap<>();
        try (InputStream in = TlsFields.class.getResourceAsStream("tls-fields.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                String[] c = line.split("\t", -1);
                switch (c[0]) {
                    case "F" -> rows.put(c[1], c);
                    case "V" -> {
                        List<Map<Long, String>> tables = names.computeIfAbsent(c[1], k -> new ArrayList<>());
                        long v = Long.decode(c[2]);
                        if (tables.isEmpty() || tables.get(tables.size() - 1).containsKey(v)) {
                            tables.add(new LinkedHashMap<>());
                        }
                        tables.get(tables.size() - 1).put(v, c[3]);
                    }
                    default -> { }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<FieldDef> all = new ArrayList<>();
        Map<String, FieldDef> byName = new HashMap<>();
        for (String[] c : rows.values()) {
            if (EXPERTS.contains(c[1])) {
                continue; // an expert finding's field, which its ExpertDef registers
            }
            List<Map<Long, String>> tables = names.getOrDefault(c[1], List.of());
            FieldDef f = build(c, tables.isEmpty() ? Map.of() : tables.get(0));
            all.add(f);
            byName.put(c[1], f);
        }
        ALL = Collections.unmodifiableList(all);
        BY_NAME = byName;
        // packet-tls.c registers tls.handshake.type twice: SSLv2's message type (the one -G fields lists) and the
        // common "Handshake Type" of packet-tls-utils.c with ssl_31_handshake_type, the second table -G values gives
        FieldDef v2 = byName.get("tls.handshake.type");
        HANDSHAKE_TYPE = new FieldDef(v2.abbrev(), "Handshake Type", FieldType.UINT8, Base.DEC, 0, 0,
                names.get("tls.handshake.type").get(1), FieldDef.TRUE_FALSE, "Type of handshake message", v2.id(),
                false, null);
        FieldDef ct = byName.get("tls.handshake.cert_type");
        CERT_TYPE = new FieldDef(ct.abbrev(), "Certificate type", FieldType.UINT8, Base.DEC, 0, 0,
                names.get("tls.handshake.cert_type").get(1), FieldDef.TRUE_FALSE, "", ct.id(), false, null);
    }

    /** The common "Certificate type" registration of tls.handshake.cert_type (ssl_31_client_certificate_type). */
    static final FieldDef CERT_TYPE;

    /** The common "Handshake Type" registration of tls.handshake.type (see the static initialiser). */
    static final FieldDef HANDSHAKE_TYPE;

    private static FieldDef build(String[] c, Map<Long, String> names) {
        String ft = c[3];
        FieldType type = switch (ft) {
            case "FT_NONE" -> FieldType.NONE;
            case "FT_BOOLEAN" -> FieldType.BOOLEAN;
            case "FT_UINT8" -> FieldType.UINT8;
            case "FT_UINT16" -> FieldType.UINT16;
            case "FT_UINT24" -> FieldType.UINT24;
            case "FT_UINT32" -> FieldType.UINT32;
            case "FT_UINT64" -> FieldType.UINT64;
            case "FT_BYTES" -> FieldType.BYTES;
            case "FT_STRING", "FT_OID" -> FieldType.STRING;
            case "FT_FRAMENUM" -> FieldType.FRAMENUM;
            case "FT_ABSOLUTE_TIME" -> FieldType.ABSOLUTE_TIME;
            case "FT_IPv4" -> FieldType.IPV4;
            case "FT_IPv6" -> FieldType.IPV6;
            default -> throw new IllegalStateException("tls-fields.tsv: type " + ft + " of " + c[1]);
        };
        FieldDef.Builder b = FieldDef.builder(c[1], c[2], type).blurb(c[5]);
        switch (c[4]) {
            case "BASE_HEX" -> b.base(Base.HEX);
            case "BASE_DEC_HEX" -> b.base(Base.DEC_HEX);
            case "BASE_HEX_DEC" -> b.base(Base.HEX_DEC);
            case "BASE_CUSTOM" -> b.base(Base.CUSTOM);
            default -> { }
        }
        if (type == FieldType.ABSOLUTE_TIME) {
            b.base(Base.TIME_UTC);
        }
        if ("FT_OID".equals(ft)) {
            b.objectIdentifier();
        }
        if (!names.isEmpty()) {
            b.names(names);
        }
        return b.build();
    }

    /** The field named {@code abbrev}; a name tls-fields.tsv lacks is a programming error. */
    static FieldDef f(String abbrev) {
        FieldDef f = BY_NAME.get(abbrev);
        if (f == null) {
            throw new IllegalStateException("no TLS field " + abbrev);
        }
        return f;
    }
}
