package org.jdissect.dissectors.dns;

import static org.jdissect.api.field.FieldType.*;

import java.util.Map;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.ProtoNode;

/**
 * DNAME, KX, NSEC3, NSEC3PARAM and TLSA records as packet-dns.c 4.0 shows them (checked against tshark 4.0.17 on
 * crafted answers: every named code of each table, an empty salt, the opt-out flag).
 */
final class DnsNamedRecords {
    private DnsNamedRecords() {
    }

    static final FieldDef DNAME = FieldDef.builder("dns.dname", "Dname", STRING).build();
    static final FieldDef KX_PREFERENCE = FieldDef.builder("dns.kx.preference", "Preference", UINT16).build();
    static final FieldDef KX_EXCHANGE = FieldDef.builder("dns.kx.key_exchange", "Key Exchange", STRING).build();
    static final FieldDef NSEC3_ALGO = FieldDef.builder("dns.nsec3.algo", "Hash algorithm", UINT8)
            .names(Map.of(0L, "Reserved", 1L, "SHA-1")).build();
    static final FieldDef NSEC3_FLAGS = FieldDef.builder("dns.nsec3.flags", "NSEC3 flags", UINT8).build();
    static final FieldDef NSEC3_OPT_OUT = FieldDef.builder("dns.nsec3.flags.opt_out", "NSEC3 Opt-out flag", BOOLEAN)
            .mask(0x01, 8).trueFalse("Additional insecure delegations allowed",
                    "Additional insecure delegations forbidden").build();
    static final FieldDef NSEC3_ITERATIONS = FieldDef.builder("dns.nsec3.iterations", "NSEC3 iterations", UINT16)
            .blurb("Number of hashing iterations").build();
    static final FieldDef NSEC3_SALT_LEN = FieldDef.builder("dns.nsec3.salt_length", "Salt length", UINT8)
            .blurb("Length of salt in bytes").build();
    static final FieldDef NSEC3_SALT = FieldDef.builder("dns.nsec3.salt_value", "Salt value", BYTES).build();
    static final FieldDef NSEC3_HASH_LEN = FieldDef.builder("dns.nsec3.hash_length", "Hash length", UINT8)
            .blurb("Length in bytes of next hashed owner").build();
    static final FieldDef NSEC3_HASH = FieldDef.builder("dns.nsec3.hash_value", "Next hashed owner", STRING).build();
    static final FieldDef TLSA_USAGE = FieldDef.builder("dns.tlsa.certificate_usage", "Certificate Usage", UINT8)
            .names(Map.of(0L, "CA constraint (PKIX-TA)", 1L, "Service certificate constraint (PKIX-EE)",
                    2L, "Trust anchor assertion (DANE-TA)", 3L, "Domain-issued certificate (DANE-EE)"))
            .blurb("Specifies the provided association that will be used to match the certificate presented in the"
                    + " TLS handshake").build();
    static final FieldDef TLSA_SELECTOR = FieldDef.builder("dns.tlsa.selector", "Selector", UINT8)
            .names(Map.of(0L, "Full certificate (Cert)", 1L, "SubjectPublicKeyInfo (SPKI)"))
            .blurb("Specifies which part of the TLS certificate presented by the server will be matched against the"
                    + " association data").build();
    static final FieldDef TLSA_MATCHING = FieldDef.builder("dns.tlsa.matching_type", "Matching Type", UINT8)
            .names(Map.of(0L, "No Hash Used (Full)", 1L, "256 bit hash by SHA2 (SHA2-256)",
                    2L, "512 bit hash by SHA2 (SHA2-512)"))
            .blurb("Specifies how the certificate association is presented").build();
    static final FieldDef TLSA_DATA = FieldDef.builder("dns.tlsa.certificate_association_data",
            "Certificate Association Data", BYTES).blurb("The data refers to the certificate in the association")
            .build();

    static final FieldDef[] FIELDS = {DNAME, KX_PREFERENCE, KX_EXCHANGE, NSEC3_ALGO, NSEC3_FLAGS, NSEC3_OPT_OUT,
        NSEC3_ITERATIONS, NSEC3_SALT_LEN, NSEC3_SALT, NSEC3_HASH_LEN, NSEC3_HASH, TLSA_USAGE, TLSA_SELECTOR,
        TLSA_MATCHING, TLSA_DATA};

    /** Whether {@link #rdata} decodes {@code type}. */
    static boolean decodes(int type) {
        return type == 39 || type == 36 || type == 50 || type == 51 || type == 52;
    }

    /** Adds the RDATA's items; returns what the record's line adds after its class, or null. */
    static String rdata(ByteView m, int type, int rd, int rdlen, ProtoNode r, PacketContext ctx, boolean labels) {
        int end = rd + rdlen;
        switch (type) {
            case 39 -> {
                DnsModule.Name t = DnsModule.Name.read(m, rd, ctx, r);
                r.addObj(DNAME, m, rd, t.end() - rd, t.text());
                return labels ? ", dname " + t.text() : null;
            }
            case 36 -> {
                // the name read first, as packet-dns.c reads it: a bad one leaves no item
                DnsModule.Name t = DnsModule.Name.read(m, rd + 2, ctx, r);
                int pref = m.u16(rd);
                r.add(KX_PREFERENCE, m, rd, 2, pref);
                r.addObj(KX_EXCHANGE, m, rd + 2, t.end() - rd - 2, t.text());
                return labels ? ", preference " + pref + ", kx " + t.text() : null;
            }
            case 50, 51 -> {
                r.add(NSEC3_ALGO, m, rd, 1, m.u8(rd));
                int flags = m.u8(rd + 1);
                ProtoNode f = r.add(NSEC3_FLAGS, m, rd + 1, 1, flags);
                if (type == 50) {
                    f.add(NSEC3_OPT_OUT, m, rd + 1, 1, flags & 1);
                }
                r.add(NSEC3_ITERATIONS, m, rd + 2, 2, m.u16(rd + 2));
                int saltLen = m.u8(rd + 4);
                r.add(NSEC3_SALT_LEN, m, rd + 4, 1, saltLen);
                r.addObj(NSEC3_SALT, m, rd + 5, saltLen, saltLen == 0 ? "<MISSING>" : m.toArray(rd + 5, saltLen));
                if (type == 50) {
                    int h = rd + 5 + saltLen;
                    int hashLen = m.u8(h);
                    r.add(NSEC3_HASH_LEN, m, h, 1, hashLen);
                    r.addObj(NSEC3_HASH, m, h + 1, hashLen, base32hex(m.toArray(h + 1, hashLen))).generated();
                    int b = h + 1 + hashLen;
                    DnsRecords.bitmap(m, b, end - b, r, labels);
                }
                return null;
            }
            default -> {
                r.add(TLSA_USAGE, m, rd, 1, m.u8(rd));
                r.add(TLSA_SELECTOR, m, rd + 1, 1, m.u8(rd + 1));
                r.add(TLSA_MATCHING, m, rd + 2, 1, m.u8(rd + 2));
                r.addObj(TLSA_DATA, m, rd + 3, rdlen - 3, m.toArray(rd + 3, rdlen - 3));
                return null;
            }
        }
    }

    private static final char[] BASE32HEX = "0123456789abcdefghijklmnopqrstuv".toCharArray();

    /** RFC 4648's base32hex, lower case, without padding: how NSEC3 names its next hashed owner. */
    static String base32hex(byte[] b) {
        StringBuilder sb = new StringBuilder((b.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte x : b) {
            buffer = (buffer << 8) | (x & 0xff);
            bits += 8;
            while (bits >= 5) {
                sb.append(BASE32HEX[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            sb.append(BASE32HEX[(buffer << (5 - bits)) & 31]);
        }
        return sb.toString();
    }
}
