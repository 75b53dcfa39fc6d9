package org.jdissect.dissectors.x509;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * OID names as tshark 4.0.17 resolves them (epan/oids.c oid_resolved): the name of the longest prefix that has one,
 * followed by the arcs after it ("iso.3.6.1.4.1.99999.7"). The named OIDs are those of {@code oid-names.tsv}, made
 * from tshark by scripts/x509/tables.sh.
 */
public final class Oids {
    private static final Map<String, String> NAMES = new HashMap<>();

    static {
        NAMES.put("0", "itu-t");
        NAMES.put("1", "iso");
        NAMES.put("2", "joint-iso-itu-t");
        try (InputStream in = Oids.class.getResourceAsStream("oid-names.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) {
                int tab = l.indexOf('\t');
                if (tab > 0) {
                    NAMES.put(l.substring(0, tab), l.substring(tab + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Oids() {
    }

    /** The name tshark gives {@code dotted}, or null when not even its first arc is named. */
    public static String resolve(String dotted) {
        String p = dotted;
        while (true) {
            String n = NAMES.get(p);
            if (n != null) {
                return p.length() == dotted.length() ? n : n + dotted.substring(p.length());
            }
            int dot = p.lastIndexOf('.');
            if (dot < 0) {
                return null;
            }
            p = p.substring(0, dot);
        }
    }

    /** The dotted text of BER-encoded OID contents (oid_encoded2string): "" when no arc is complete. */
    static String dotted(byte[] b) {
        StringBuilder sb = new StringBuilder();
        java.math.BigInteger v = java.math.BigInteger.ZERO;
        boolean first = true;
        boolean open = false;
        for (byte x : b) {
            v = v.shiftLeft(7).or(java.math.BigInteger.valueOf(x & 0x7f));
            open = true;
            if ((x & 0x80) == 0) {
                if (first) {
                    int a = v.compareTo(java.math.BigInteger.valueOf(80)) >= 0 ? 2 : v.intValue() / 40;
                    sb.append(a).append('.').append(v.subtract(java.math.BigInteger.valueOf(40L * a)));
                    first = false;
                } else {
                    sb.append('.').append(v);
                }
                v = java.math.BigInteger.ZERO;
                open = false;
            }
        }
        // an arc left open at the end is dropped, as oid_encoded2string drops it
        return sb.toString();
    }
}
