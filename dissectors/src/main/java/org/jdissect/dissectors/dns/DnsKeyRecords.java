package org.jdissect.dissectors.dns;

import static org.jdissect.api.field.FieldType.*;

import java.util.HashMap;
import java.util.Map;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.expert.ExpertDef;
import org.jdissect.api.expert.ExpertGroup;
import org.jdissect.api.expert.ExpertSeverity;
import org.jdissect.api.field.Base;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.NsTime;
import org.jdissect.api.tree.ProtoNode;

/**
 * The key, certificate and transaction-security record types packet-dns.c 4.0 decodes, as tshark 4.0.17 shows them
 * (checked on crafted answers, testdata/crafted-dns): KEY, CERT, IPSECKEY, HIP, CSYNC, ZONEMD, TKEY and TSIG. SIG,
 * CDS, CDNSKEY and DLV share RRSIG's, DS's and DNSKEY's decoding in {@link DnsRecords}.
 *
 * <p>Not done: a TKEY in GSSAPI mode and a TSIG of the "gss-tsig" or "gss.microsoft.com" algorithms, whose key or
 * MAC Wireshark hands to its GSSAPI (or NTLMSSP) dissector; jdissect has none, so their key data is bytes and their
 * MAC the bare item with its "No dissector" note.
 */
final class DnsKeyRecords {
    private DnsKeyRecords() {
    }

    /** rcode_vals: the header's reply codes and the extended ones (RFC 6891, 8945, 2930, 7873) TSIG and TKEY use. */
    static final Map<Long, String> ERRORS = new HashMap<>(DnsModule.RCODES);

    static {
        String[] extended = {"Bad OPT Version or TSIG Signature Failure", "Key not recognized",
            "Signature out of time window", "Bad TKEY Mode", "Duplicate key name", "Algorithm not supported",
            "Bad Truncation", "Bad/missing Server Cookie"};
        for (int i = 0; i < extended.length; i++) {
            ERRORS.put(16L + i, extended[i]);
        }
    }

    static final FieldDef CSYNC_SOA = FieldDef.builder("dns.csync.soa", "SOA", UINT32).build();
    static final FieldDef CSYNC_FLAGS = FieldDef.builder("dns.csync.flags", "Flags", UINT16).hex().build();
    static final FieldDef CSYNC_IMMEDIATE = FieldDef.builder("dns.csync.flags.immediate", "immediate", BOOLEAN)
            .mask(0x1, 16).build();
    static final FieldDef CSYNC_SOAMINIMUM = FieldDef.builder("dns.csync.flags.soaminimum", "soaminimum", BOOLEAN)
            .mask(0x2, 16).build();
    static final FieldDef CSYNC_BITMAP = FieldDef.builder("dns.csync.type_bitmap", "Type Bitmap", BYTES).build();
    static final FieldDef ZONEMD_SERIAL = FieldDef.builder("dns.zonemd.serial", "Serial", UINT32).build();
    static final FieldDef ZONEMD_SCHEME = FieldDef.builder("dns.zonemd.scheme", "Scheme", UINT8)
            .names(DnsMoreRecords.ranges(0, 0, "Reserved", 1, 1, "SIMPLE", 2, 239, "Unassigned", 240, 254,
                    "Private Use", 255, 255, "Reserved")).build();
    static final FieldDef ZONEMD_HASH = FieldDef.builder("dns.zonemd.hash_algo", "Hash Algorithm", UINT8)
            .names(DnsMoreRecords.ranges(0, 0, "Reserved", 1, 1, "SHA-384", 2, 2, "SHA-512", 3, 239, "Unassigned",
                    240, 254, "Private Use", 255, 255, "Reserved")).build();
    static final FieldDef ZONEMD_DIGEST = FieldDef.builder("dns.zonemd.digest", "Digest", BYTES).build();
    static final FieldDef KEY_FLAGS = FieldDef.builder("dns.key.flags", "Flags", UINT16).hex().build();
    static final FieldDef KEY_AUTHENTICATION = FieldDef.builder("dns.key.flags.authentication",
            "Key allowed for authentication", BOOLEAN).mask(0x8000, 16).trueFalse("Not Allowed", "Allowed").build();
    static final FieldDef KEY_CONFIDENTIALITY = FieldDef.builder("dns.key.flags.confidentiality",
            "Key allowed for confidentiality", BOOLEAN).mask(0x4000, 16).trueFalse("Not Allowed", "Allowed").build();
    static final FieldDef KEY_REQUIRED = FieldDef.builder("dns.key.flags.required", "Key required", BOOLEAN)
            .mask(0x2000, 16).trueFalse("Experimental or optional", "Required").build();
    static final FieldDef KEY_USER = FieldDef.builder("dns.key.flags.associated_user",
            "Key is associated with a user", BOOLEAN).mask(0x400, 16).trueFalse("Yes", "No").build();
    static final FieldDef KEY_NAMED_ENTITY = FieldDef.builder("dns.key.flags.associated_named_entity",
            "Key is associated with the named entity", BOOLEAN).mask(0x200, 16).trueFalse("Yes", "No").build();
    static final FieldDef KEY_IPSEC = FieldDef.builder("dns.key.flags.ipsec", "Key use with IPSEC", BOOLEAN)
            .mask(0x80, 16).trueFalse("Valid", "Invalid").build();
    static final FieldDef KEY_MIME = FieldDef.builder("dns.key.flags.mime", "Key use with MIME security multiparts",
            BOOLEAN).mask(0x40, 16).trueFalse("Valid", "Invalid").build();
    static final FieldDef KEY_SIGNATORY = FieldDef.builder("dns.key.flags.signatory", "Signatory", UINT16)
            .mask(0xf, 16).build();
    static final FieldDef KEY_PROTOCOL = FieldDef.builder("dns.key.protocol", "Protocol", UINT8).build();
    static final FieldDef KEY_ALGORITHM = FieldDef.builder("dns.key.algorithm", "Algorithm", UINT8)
            .names(DnsRecords.ALGORITHMS).build();
    static final FieldDef KEY_ID = FieldDef.builder("dns.key.key_id", "Key ID", UINT16).build();
    static final FieldDef KEY_PUBLIC = FieldDef.builder("dns.key.public_key", "Public Key", BYTES).build();
    static final FieldDef TKEY_ALGORITHM = FieldDef.builder("dns.tkey.algo_name", "Algorithm name", STRING).build();
    static final FieldDef TKEY_EXPIRATION = FieldDef.builder("dns.tkey.signature_expiration", "Signature Expiration",
            ABSOLUTE_TIME).base(Base.TIME_LOCAL).blurb("Specify a validity period for the signature").build();
    static final FieldDef TKEY_INCEPTION = FieldDef.builder("dns.tkey.signature_inception", "Signature Inception",
            ABSOLUTE_TIME).base(Base.TIME_LOCAL).blurb("Specify a validity period for the signature").build();
    static final FieldDef TKEY_MODE = FieldDef.builder("dns.tkey.mode", "Mode", UINT16)
            .names(Map.of(1L, "Server assigned", 2L, "Diffie Hellman", 3L, "GSSAPI", 4L, "Resolver assigned",
                    5L, "Delete")).build();
    static final FieldDef TKEY_ERROR = FieldDef.builder("dns.tkey.error", "Error", UINT16).names(ERRORS).build();
    static final FieldDef TKEY_KEY_SIZE = FieldDef.builder("dns.tkey.key_size", "Key Size", UINT16).build();
    static final FieldDef TKEY_KEY_DATA = FieldDef.builder("dns.tkey.key_data", "Key Data", BYTES).build();
    static final FieldDef TKEY_OTHER_SIZE = FieldDef.builder("dns.tkey.other_size", "Other Size", UINT16).build();
    static final FieldDef TKEY_OTHER_DATA = FieldDef.builder("dns.tkey.other_data", "Other Data", BYTES).build();
    static final FieldDef IPSECKEY_PRECEDENCE = FieldDef.builder("dns.ipseckey.gateway_precedence",
            "Gateway Precedence", UINT8).build();
    static final FieldDef IPSECKEY_ALGORITHM = FieldDef.builder("dns.ipseckey.gateway_algorithm",
            "Gateway Algorithm", UINT8).names(Map.of(1L, "DSA", 2L, "RSA")).build();
    static final FieldDef IPSECKEY_TYPE = FieldDef.builder("dns.ipseckey.gateway_type", "Gateway Type", UINT8)
            .names(Map.of(0L, "No Gateway", 1L, "IPv4 Gateway", 2L, "IPv6 Gateway", 3L, "DNS Gateway")).build();
    static final FieldDef IPSECKEY_IPV4 = FieldDef.builder("dns.ipseckey.gateway_ipv4", "IPv4 Gateway", IPV4).build();
    static final FieldDef IPSECKEY_IPV6 = FieldDef.builder("dns.ipseckey.gateway_ipv6", "IPv6 Gateway", IPV6).build();
    static final FieldDef IPSECKEY_DNS = FieldDef.builder("dns.ipseckey.gateway_dns", "DNS Gateway", STRING).build();
    static final FieldDef IPSECKEY_PUBLIC = FieldDef.builder("dns.ipseckey.public_key", "Public Key", BYTES).build();
    static final FieldDef CERT_TYPE = FieldDef.builder("dns.cert.type", "Type", UINT16)
            .names(Map.of(1L, "PKIX", 2L, "SPKI", 3L, "PGP", 4L, "IPKIX", 5L, "ISPKI", 6L, "IPGP", 7L, "ACPKIX",
                    8L, "IACPKIX", 253L, "Private, URI", 254L, "Private, OID")).build();
    static final FieldDef CERT_KEY_TAG = FieldDef.builder("dns.cert.key_tag", "Key Tag", UINT16).hex().build();
    static final FieldDef CERT_ALGORITHM = FieldDef.builder("dns.cert.algorithm", "Algorithm", UINT8)
            .names(DnsRecords.ALGORITHMS).build();
    static final FieldDef CERT_CERTIFICATE = FieldDef.builder("dns.cert.certificate", "Certificate (or CRL)", BYTES)
            .build();
    static final FieldDef TSIG_ALGORITHM = FieldDef.builder("dns.tsig.algorithm_name", "Algorithm Name", STRING)
            .blurb("Name of algorithm used for the MAC").build();
    static final FieldDef TSIG_TIME = FieldDef.builder("dns.tsig.time_signed", "Time Signed", ABSOLUTE_TIME)
            .base(Base.TIME_LOCAL).build();
    static final FieldDef TSIG_ORIGINAL_ID = FieldDef.builder("dns.tsig.original_id", "Original Id", UINT16).build();
    static final FieldDef TSIG_ERROR = FieldDef.builder("dns.tsig.error", "Error", UINT16).names(ERRORS)
            .blurb("Expanded RCODE for TSIG").build();
    // "Number of bytes for the MAC" for the fudge too: packet-dns.c's blurb
    static final FieldDef TSIG_FUDGE = FieldDef.builder("dns.tsig.fudge", "Fudge", UINT16)
            .blurb("Number of bytes for the MAC").build();
    static final FieldDef TSIG_MAC_SIZE = FieldDef.builder("dns.tsig.mac_size", "MAC Size", UINT16)
            .blurb("Number of bytes for the MAC").build();
    static final FieldDef TSIG_OTHER_LEN = FieldDef.builder("dns.tsig.other_len", "Other Len", UINT16)
            .blurb("Number of bytes for Other Data").build();
    static final FieldDef TSIG_MAC = FieldDef.builder("dns.tsig.mac", "MAC", NONE).build();
    static final FieldDef TSIG_OTHER_DATA = FieldDef.builder("dns.tsig.other_data", "Other Data", BYTES).build();
    // "HIT length" for the algorithm too: packet-dns.c's name
    static final FieldDef HIP_HIT_LEN = FieldDef.builder("dns.hip.hit.length", "HIT length", UINT8).build();
    static final FieldDef HIP_PK_ALGORITHM = FieldDef.builder("dns.hip.hit.pk.algo", "HIT length", UINT8)
            .names(Map.of(0L, "Reserved", 1L, "DSA", 2L, "RSA")).build();
    static final FieldDef HIP_PK_LEN = FieldDef.builder("dns.hip.pk.length", "PK length", UINT16).build();
    static final FieldDef HIP_HIT = FieldDef.builder("dns.hip.hit", "Host Identity Tag", BYTES).build();
    static final FieldDef HIP_PK = FieldDef.builder("dns.hip.pk", "HIP Public Key", BYTES).build();
    static final FieldDef HIP_RENDEZVOUS = FieldDef.builder("dns.hip.rendezvous_server", "Rendezvous Server", STRING)
            .build();

    static final ExpertDef EI_TSIG_NO_ALGORITHM = ExpertDef.of("dns.tsig.noalg", ExpertGroup.UNDECODED,
            ExpertSeverity.WARN, "No dissector for algorithm");
    static final ExpertDef EI_KEY_ID_SHORT = ExpertDef.of("dns.key_id_buffer_too_short", ExpertGroup.PROTOCOL,
            ExpertSeverity.WARN, "Buffer too short to compute a key id");
    static final ExpertDef[] EXPERTS = {EI_TSIG_NO_ALGORITHM, EI_KEY_ID_SHORT};

    /** In packet-dns.c's registration order, as tshark -G fields lists them. */
    static final FieldDef[] FIELDS = {CSYNC_SOA, CSYNC_FLAGS, CSYNC_IMMEDIATE, CSYNC_SOAMINIMUM, CSYNC_BITMAP,
        ZONEMD_SERIAL, ZONEMD_SCHEME, ZONEMD_HASH, ZONEMD_DIGEST, KEY_FLAGS, KEY_AUTHENTICATION, KEY_CONFIDENTIALITY,
        KEY_REQUIRED, KEY_USER, KEY_NAMED_ENTITY, KEY_IPSEC, KEY_MIME, KEY_SIGNATORY, KEY_PROTOCOL, KEY_ALGORITHM,
        KEY_ID, KEY_PUBLIC, TKEY_ALGORITHM, TKEY_EXPIRATION, TKEY_INCEPTION, TKEY_MODE, TKEY_ERROR, TKEY_KEY_SIZE,
        TKEY_KEY_DATA, TKEY_OTHER_SIZE, TKEY_OTHER_DATA, IPSECKEY_PRECEDENCE, IPSECKEY_ALGORITHM, IPSECKEY_TYPE,
        IPSECKEY_IPV4, IPSECKEY_IPV6, IPSECKEY_DNS, IPSECKEY_PUBLIC, CERT_TYPE, CERT_KEY_TAG, CERT_ALGORITHM,
        CERT_CERTIFICATE, TSIG_ALGORITHM, TSIG_TIME, TSIG_ORIGINAL_ID, TSIG_ERROR, TSIG_FUDGE, TSIG_MAC_SIZE,
        TSIG_OTHER_LEN, TSIG_MAC, TSIG_OTHER_DATA, HIP_HIT_LEN, HIP_PK_ALGORITHM, HIP_PK_LEN, HIP_HIT, HIP_PK,
        HIP_RENDEZVOUS};

    /** Whether {@link #rdata} decodes {@code type}. */
    static boolean decodes(int type) {
        return type == 25 || type == 37 || type == 45 || type == 55 || type == 62 || type == 63 || type == 249
                || type == 250;
    }

    /** Adds the RDATA's items; returns what the record's line adds after its class, or null. */
    static String rdata(ByteView m, int type, int rd, int rdlen, ProtoNode r, PacketContext ctx, boolean labels) {
        switch (type) {
            case 25 -> key(m, rd, rdlen, r, ctx);
            case 37 -> {
                // CERT (RFC 4398): type, key tag, algorithm, then the certificate when bytes are left
                r.add(CERT_TYPE, m, rd, 2, m.u16(rd));
                r.add(CERT_KEY_TAG, m, rd + 2, 2, m.u16(rd + 2));
                r.add(CERT_ALGORITHM, m, rd + 4, 1, m.u8(rd + 4));
                if (rdlen != 5) {
                    DnsMoreRecords.bytes(r, CERT_CERTIFICATE, m, rd + 5, rdlen - 5);
                }
            }
            case 45 -> ipseckey(m, rd, rdlen, r, ctx);
            case 55 -> hip(m, rd, rdlen, r, ctx);
            case 62 -> {
                // CSYNC (RFC 7477): SOA serial, flags (their line names no flag), the type bit map as bytes and as
                // the types it holds
                r.add(CSYNC_SOA, m, rd, 4, m.u32(rd));
                int flags = m.u16(rd + 4);
                ProtoNode f = r.add(CSYNC_FLAGS, m, rd + 4, 2, flags);
                f.add(CSYNC_IMMEDIATE, m, rd + 4, 2, flags & 1);
                f.add(CSYNC_SOAMINIMUM, m, rd + 4, 2, flags >> 1 & 1);
                DnsMoreRecords.bytes(r, CSYNC_BITMAP, m, rd + 6, rdlen - 6);
                DnsRecords.bitmap(m, rd + 6, rdlen - 6, r, labels);
            }
            case 63 -> {
                // ZONEMD (RFC 8976)
                r.add(ZONEMD_SERIAL, m, rd, 4, m.u32(rd));
                r.add(ZONEMD_SCHEME, m, rd + 4, 1, m.u8(rd + 4));
                r.add(ZONEMD_HASH, m, rd + 5, 1, m.u8(rd + 5));
                DnsMoreRecords.bytes(r, ZONEMD_DIGEST, m, rd + 6, rdlen - 6);
            }
            case 249 -> tkey(m, rd, r, ctx);
            default -> tsig(m, rd, r, ctx, labels);
        }
        return null;
    }

    /**
     * KEY (RFC 2535): flags (the "no key" value 0xc000 shows only its first two), protocol, algorithm, the computed
     * key id, and the public key when bytes are left.
     */
    private static void key(ByteView m, int rd, int rdlen, ProtoNode r, PacketContext ctx) {
        int flags = m.u16(rd);
        ProtoNode f = r.add(KEY_FLAGS, m, rd, 2, flags);
        f.add(KEY_AUTHENTICATION, m, rd, 2, flags >> 15 & 1);
        f.add(KEY_CONFIDENTIALITY, m, rd, 2, flags >> 14 & 1);
        if ((flags & 0xc000) != 0xc000) {
            f.add(KEY_REQUIRED, m, rd, 2, flags >> 13 & 1);
            f.add(KEY_USER, m, rd, 2, flags >> 10 & 1);
            f.add(KEY_NAMED_ENTITY, m, rd, 2, flags >> 9 & 1);
            f.add(KEY_IPSEC, m, rd, 2, flags >> 7 & 1);
            f.add(KEY_MIME, m, rd, 2, flags >> 6 & 1);
            f.add(KEY_SIGNATORY, m, rd, 2, flags & 0xf);
        }
        r.add(KEY_PROTOCOL, m, rd + 2, 1, m.u8(rd + 2));
        int algo = m.u8(rd + 3);
        r.add(KEY_ALGORITHM, m, rd + 3, 1, algo);
        keyId(m, rd, rdlen, algo, r, KEY_ID, ctx);
        if (rdlen != 4) {
            DnsMoreRecords.bytes(r, KEY_PUBLIC, m, rd + 4, rdlen - 4);
        }
    }

    /**
     * compute_key_id for KEY, DNSKEY and CDNSKEY: the generated key id, or, for data shorter than the fixed four
     * bytes, the note that it cannot be computed (a generated line over those bytes).
     */
    static void keyId(ByteView m, int rd, int rdlen, int algo, ProtoNode r, FieldDef f, PacketContext ctx) {
        if (rdlen < 4) {
            ProtoNode t = r.addText(m, rd, rdlen, EI_KEY_ID_SHORT.summary()).generated();
            Expert.add(ctx, t, EI_KEY_ID_SHORT);
            return;
        }
        r.add(f, m, 0, 0, DnsRecords.keyId(m, rd, rdlen, algo)).generated();
    }

    /**
     * IPSECKEY (RFC 4025): precedence, gateway type, algorithm, the gateway the type says (none for 0 and for
     * unknown types), then the public key when bytes are left.
     */
    private static void ipseckey(ByteView m, int rd, int rdlen, ProtoNode r, PacketContext ctx) {
        r.add(IPSECKEY_PRECEDENCE, m, rd, 1, m.u8(rd));
        int type = m.u8(rd + 1);
        r.add(IPSECKEY_TYPE, m, rd + 1, 1, type);
        r.add(IPSECKEY_ALGORITHM, m, rd + 2, 1, m.u8(rd + 2));
        int p = rd + 3;
        switch (type) {
            case 1 -> {
                r.add(IPSECKEY_IPV4, m, p, 4, m.u32(p));
                p += 4;
            }
            case 2 -> {
                r.addObj(IPSECKEY_IPV6, m, p, 16, m.toArray(p, 16));
                p += 16;
            }
            case 3 -> p = DnsMoreRecords.name(m, p, ctx, r, IPSECKEY_DNS).end();
            default -> {
            }
        }
        if (p != rd + rdlen) {
            DnsMoreRecords.bytes(r, IPSECKEY_PUBLIC, m, p, rd + rdlen - p);
        }
    }

    /**
     * HIP (RFC 8005): HIT length, algorithm, key length, the HIT and the key, then rendezvous server names while
     * more than one byte is left.
     */
    private static void hip(ByteView m, int rd, int rdlen, ProtoNode r, PacketContext ctx) {
        int hitLen = m.u8(rd);
        r.add(HIP_HIT_LEN, m, rd, 1, hitLen);
        r.add(HIP_PK_ALGORITHM, m, rd + 1, 1, m.u8(rd + 1));
        int pkLen = m.u16(rd + 2);
        r.add(HIP_PK_LEN, m, rd + 2, 2, pkLen);
        int p = rd + 4;
        DnsMoreRecords.bytes(r, HIP_HIT, m, p, hitLen);
        p += hitLen;
        DnsMoreRecords.bytes(r, HIP_PK, m, p, pkLen);
        p += pkLen;
        while (rd + rdlen - p > 1) {
            p = DnsMoreRecords.name(m, p, ctx, r, HIP_RENDEZVOUS).end();
        }
    }

    /**
     * TKEY (RFC 2930): algorithm name, inception and expiration times, mode, error, the key data when its size is
     * not 0, the other data likewise.
     */
    private static void tkey(ByteView m, int rd, ProtoNode r, PacketContext ctx) {
        int p = DnsMoreRecords.name(m, rd, ctx, r, TKEY_ALGORITHM).end();
        r.add(TKEY_INCEPTION, m, p, 4, m.u32(p) * 1_000_000_000L);
        r.add(TKEY_EXPIRATION, m, p + 4, 4, m.u32(p + 4) * 1_000_000_000L);
        r.add(TKEY_MODE, m, p + 8, 2, m.u16(p + 8));
        r.add(TKEY_ERROR, m, p + 10, 2, m.u16(p + 10));
        int keySize = m.u16(p + 12);
        r.add(TKEY_KEY_SIZE, m, p + 12, 2, keySize);
        p += 14;
        if (keySize != 0) {
            DnsMoreRecords.bytes(r, TKEY_KEY_DATA, m, p, keySize);
            p += keySize;
        }
        int otherSize = m.u16(p);
        r.add(TKEY_OTHER_SIZE, m, p, 2, otherSize);
        if (otherSize != 0) {
            DnsMoreRecords.bytes(r, TKEY_OTHER_DATA, m, p + 2, otherSize);
        }
    }

    /**
     * TSIG (RFC 8945): algorithm name, the 48-bit time signed (" (high bits set)" when past 32 bits), fudge, MAC
     * size, the MAC (an item whose dissector is looked up by algorithm name: none here, so a note), original id,
     * error, other length and data.
     */
    private static void tsig(ByteView m, int rd, ProtoNode r, PacketContext ctx, boolean labels) {
        DnsModule.Name alg = DnsMoreRecords.name(m, rd, ctx, r, TSIG_ALGORITHM);
        int p = alg.end();
        long secs = m.u48(p);
        ProtoNode t;
        if (secs <= Long.MAX_VALUE / 1_000_000_000L) {
            t = r.add(TSIG_TIME, m, p, 6, secs * 1_000_000_000L);
        } else {
            // past what nanoseconds in a long hold (the year 2262)
            t = r.add(TSIG_TIME, m, p, 6, 0).setObj(new NsTime(secs, 0));
        }
        if (labels && secs >>> 32 != 0) {
            t.appendLabel(" (high bits set)");
        }
        r.add(TSIG_FUDGE, m, p + 6, 2, m.u16(p + 6));
        int macSize = m.u16(p + 8);
        r.add(TSIG_MAC_SIZE, m, p + 8, 2, macSize);
        p += 10;
        if (macSize != 0) {
            // an item without a value: one running past the message ends where the message does
            ProtoNode mac = r.addItem(TSIG_MAC, m, p, macSize);
            Expert.add(ctx, mac, EI_TSIG_NO_ALGORITHM, EI_TSIG_NO_ALGORITHM.summary() + ":" + alg.text());
            p += macSize;
        }
        r.add(TSIG_ORIGINAL_ID, m, p, 2, m.u16(p));
        r.add(TSIG_ERROR, m, p + 2, 2, m.u16(p + 2));
        int otherLen = m.u16(p + 4);
        r.add(TSIG_OTHER_LEN, m, p + 4, 2, otherLen);
        if (otherLen != 0) {
            DnsMoreRecords.bytes(r, TSIG_OTHER_DATA, m, p + 6, otherLen);
        }
    }
}
