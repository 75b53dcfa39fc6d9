package org.jdissect.dissectors.dns;

import static org.jdissect.api.field.FieldType.*;
import static org.jdissect.dissectors.dns.DnsModule.*;

import java.util.Map;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.expert.ExpertDef;
import org.jdissect.api.expert.ExpertGroup;
import org.jdissect.api.expert.ExpertSeverity;
import org.jdissect.api.field.Base;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.common.StringItems;

/**
 * Resource records as tshark 4.0.17 shows them: the record's name, type, class, TTL and length, then its RDATA: here
 * A, AAAA, NS, CNAME, PTR, MX, TXT, SOA, SRV, HINFO, NAPTR, CAA, DS (and CDS, DLV), DNSKEY (and CDNSKEY), RRSIG (and
 * SIG), NSEC, SSHFP, NULL and OPT (with client subnet, cookie, padding and extended error); SVCB and HTTPS in
 * {@link DnsSvcb}, DNAME, KX, NSEC3, NSEC3PARAM and TLSA in {@link DnsNamedRecords}, the key and transaction types in
 * {@link DnsKeyRecords}, the other types packet-dns.c 4.0 decodes in {@link DnsMoreRecords}. Every other type shows
 * its RDATA as "Data" after Wireshark's "not implemented" note.
 */
final class DnsRecords {
    private DnsRecords() {
    }

    static final Map<Long, String> ALGORITHMS = Map.ofEntries(Map.entry(1L, "RSA/MD5"),
            Map.entry(2L, "Diffie-Hellman"), Map.entry(3L, "DSA"), Map.entry(4L, "Elliptic curve crypto"),
            Map.entry(5L, "RSA/SHA1"), Map.entry(6L, "DSA + NSEC3/SHA1"), Map.entry(7L, "RSA/SHA1 + NSEC3/SHA1"),
            Map.entry(8L, "RSA/SHA-256"), Map.entry(10L, "RSA/SHA-512"), Map.entry(12L, "GOST R 34.10-2001"),
            Map.entry(13L, "ECDSA Curve P-256 with SHA-256"), Map.entry(14L, "ECDSA Curve P-386 with SHA-386"),
            Map.entry(15L, "Ed25519"), Map.entry(16L, "Ed448"), Map.entry(157L, "HMAC/MD5"),
            Map.entry(252L, "Indirect key"), Map.entry(253L, "Private, domain name"), Map.entry(254L, "Private, OID"));
    static final Map<Long, String> DIGESTS = Map.of(0L, "Reserved digest", 1L, "SHA-1", 2L, "SHA-256", 3L,
            "GOST R 34.11-94", 4L, "SHA-384");

    static final FieldDef TXT_LEN = FieldDef.builder("dns.txt.length", "TXT Length", UINT8).build();
    static final FieldDef SOA_SERIAL = FieldDef.builder("dns.soa.serial_number", "Serial Number", UINT32).build();
    static final FieldDef SOA_REFRESH = FieldDef.builder("dns.soa.refresh_interval", "Refresh Interval", UINT32)
            .build();
    static final FieldDef SOA_RETRY = FieldDef.builder("dns.soa.retry_interval", "Retry Interval", UINT32).build();
    static final FieldDef SOA_EXPIRE = FieldDef.builder("dns.soa.expire_limit", "Expire limit", UINT32).build();
    static final FieldDef SOA_MINIMUM = FieldDef.builder("dns.soa.minimum_ttl", "Minimum TTL", UINT32).build();
    static final FieldDef SRV_SERVICE = FieldDef.builder("dns.srv.service", "Service", STRING).build();
    static final FieldDef SRV_PROTO = FieldDef.builder("dns.srv.proto", "Protocol", STRING).build();
    static final FieldDef SRV_NAME = FieldDef.builder("dns.srv.name", "Name", STRING).build();
    static final FieldDef SRV_PRIORITY = FieldDef.builder("dns.srv.priority", "Priority", UINT16).build();
    static final FieldDef SRV_WEIGHT = FieldDef.builder("dns.srv.weight", "Weight", UINT16).build();
    static final FieldDef HINFO_CPU_LEN = FieldDef.builder("dns.hinfo.cpu_length", "CPU Length", UINT8).build();
    static final FieldDef HINFO_CPU = FieldDef.builder("dns.hinfo.cpu", "CPU", STRING).build();
    static final FieldDef HINFO_OS_LEN = FieldDef.builder("dns.hinfo.os_length", "OS Length", UINT8).build();
    static final FieldDef HINFO_OS = FieldDef.builder("dns.hinfo.os", "OS", STRING).build();
    static final FieldDef NAPTR_ORDER = FieldDef.builder("dns.naptr.order", "Order", UINT16).build();
    static final FieldDef NAPTR_PREF = FieldDef.builder("dns.naptr.preference", "Preference", UINT16).build();
    static final FieldDef NAPTR_FLAGS_LEN = FieldDef.builder("dns.naptr.flags_length", "Flags Length", UINT8).build();
    static final FieldDef NAPTR_FLAGS = FieldDef.builder("dns.naptr.flags", "Flags", STRING).build();
    static final FieldDef NAPTR_SERVICE_LEN = FieldDef.builder("dns.naptr.service_length", "Service Length", UINT8)
            .build();
    static final FieldDef NAPTR_SERVICE = FieldDef.builder("dns.naptr.service", "Service", STRING).build();
    static final FieldDef NAPTR_REGEX_LEN = FieldDef.builder("dns.naptr.regex_length", "Regex Length", UINT8).build();
    static final FieldDef NAPTR_REGEX = FieldDef.builder("dns.naptr.regex", "Regex", STRING).build();
    static final FieldDef NAPTR_REPL_LEN = FieldDef.builder("dns.naptr.replacement_length", "Replacement Length",
            UINT8).build();
    static final FieldDef NAPTR_REPL = FieldDef.builder("dns.naptr.replacement", "Replacement", STRING).build();
    static final FieldDef CAA_FLAGS = FieldDef.builder("dns.caa.flags", "CAA Flags", UINT8).hex().build();
    static final FieldDef CAA_CRITICAL = FieldDef.builder("dns.caa.flags.issuer_critical", "Issuer Critical", BOOLEAN)
            .mask(0x80, 8).trueFalse("Critical", "Not critical").build();
    static final FieldDef CAA_ISSUE = FieldDef.builder("dns.caa.issue", "Issue", STRING).build();
    static final FieldDef CAA_ISSUEWILD = FieldDef.builder("dns.caa.issuewild", "Issue Wildcard", STRING).build();
    static final FieldDef CAA_IODEF = FieldDef.builder("dns.caa.iodef", "Report URL", STRING).build();
    static final FieldDef CAA_UNKNOWN = FieldDef.builder("dns.caa.unknown", "Unknown tag", STRING).build();
    static final FieldDef CAA_TAG_LEN = FieldDef.builder("dns.caa.tag_length", "Tag length", UINT8).build();
    static final FieldDef CAA_TAG = FieldDef.builder("dns.caa.tag", "Tag", STRING).build();
    static final FieldDef CAA_VALUE = FieldDef.builder("dns.caa.value", "Value", STRING).build();
    static final FieldDef DS_KEY_ID = FieldDef.builder("dns.ds.key_id", "Key id", UINT16).hex().build();
    static final FieldDef DS_ALGORITHM = FieldDef.builder("dns.ds.algorithm", "Algorithm", UINT8).names(ALGORITHMS)
            .build();
    static final FieldDef DS_DIGEST_TYPE = FieldDef.builder("dns.ds.digest_type", "Digest Type", UINT8)
            .names(DIGESTS).build();
    static final FieldDef DS_DIGEST = FieldDef.builder("dns.ds.digest", "Digest", BYTES).build();
    static final FieldDef SSHFP_ALGORITHM = FieldDef.builder("dns.sshfp.algorithm", "Algorithm", UINT8)
            .names(Map.of(0L, "Reserved", 1L, "RSA", 2L, "DSA", 3L, "ECDSA", 4L, "Ed25519", 5L, "XMSS")).build();
    static final FieldDef SSHFP_FINGERPRINT_TYPE = FieldDef.builder("dns.sshfp.fingerprint.type", "Fingerprint type",
            UINT8).names(Map.of(0L, "Reserved", 1L, "SHA1", 2L, "SHA256")).build();
    static final FieldDef SSHFP_FINGERPRINT = FieldDef.builder("dns.sshfp.fingerprint", "Fingerprint", BYTES)
            .build();
    static final FieldDef KEY_FLAGS = FieldDef.builder("dns.dnskey.flags", "Flags", UINT16).hex().build();
    static final FieldDef KEY_ZONE = FieldDef.builder("dns.dnskey.flags.zone_key", "Zone Key", BOOLEAN)
            .mask(0x100, 16).trueFalse("This is the zone key for specified zone", "This it not a zone key").build();
    static final FieldDef KEY_REVOKED = FieldDef.builder("dns.dnskey.flags.key_revoked", "Key Revoked", BOOLEAN)
            .mask(0x80, 16).trueFalse("Yes", "No").build();
    static final FieldDef KEY_SEP = FieldDef.builder("dns.dnskey.flags.secure_entry_point", "Key Signing Key",
            BOOLEAN).mask(0x1, 16).trueFalse("Yes", "No").build();
    static final FieldDef KEY_RESERVED = FieldDef.builder("dns.dnskey.flags.reserved", "Key Signing Key", UINT16)
            .hex().mask(0xfe7e, 16).build();
    static final FieldDef KEY_PROTOCOL = FieldDef.builder("dns.dnskey.protocol", "Protocol", UINT8).build();
    static final FieldDef KEY_ALGORITHM = FieldDef.builder("dns.dnskey.algorithm", "Algorithm", UINT8)
            .names(ALGORITHMS).build();
    static final FieldDef KEY_ID = FieldDef.builder("dns.dnskey.key_id", "Key id", UINT16).build();
    static final FieldDef KEY_PUBLIC = FieldDef.builder("dns.dnskey.public_key", "Public Key", BYTES).build();
    static final FieldDef SIG_TYPE = FieldDef.builder("dns.rrsig.type_covered", "Type Covered", UINT16)
            .names(DnsTables.TYPE_DESCRIPTIONS).build();
    static final FieldDef SIG_ALGORITHM = FieldDef.builder("dns.rrsig.algorithm", "Algorithm", UINT8)
            .names(ALGORITHMS).build();
    static final FieldDef SIG_LABELS = FieldDef.builder("dns.rrsig.labels", "Labels", UINT8).build();
    static final FieldDef SIG_TTL = FieldDef.builder("dns.rrsig.original_ttl", "Original TTL", UINT32).build();
    static final FieldDef SIG_EXPIRATION = FieldDef.builder("dns.rrsig.signature_expiration",
            "Signature Expiration", ABSOLUTE_TIME).base(Base.TIME_LOCAL).build();
    static final FieldDef SIG_INCEPTION = FieldDef.builder("dns.rrsig.signature_inception", "Signature Inception",
            ABSOLUTE_TIME).base(Base.TIME_LOCAL).build();
    static final FieldDef SIG_KEY_TAG = FieldDef.builder("dns.rrsig.key_tag", "Key Tag", UINT16).build();
    static final FieldDef SIG_SIGNER = FieldDef.builder("dns.rrsig.signers_name", "Signer's name", STRING).build();
    static final FieldDef SIG_SIGNATURE = FieldDef.builder("dns.rrsig.signature", "Signature", BYTES).build();
    static final FieldDef NSEC_NEXT = FieldDef.builder("dns.nsec.next_domain_name", "Next Domain Name", STRING)
            .build();
    static final FieldDef NULL = FieldDef.builder("dns.null", "Null (data)", BYTES).build();
    static final FieldDef CLIENT_FAMILY = FieldDef.builder("dns.opt.client.family", "Family", UINT16)
            .names(Map.of(1L, "IPv4", 2L, "IPv6")).build();
    static final FieldDef CLIENT_NETMASK = FieldDef.builder("dns.opt.client.netmask", "Source Netmask", UINT8).build();
    static final FieldDef CLIENT_SCOPE = FieldDef.builder("dns.opt.client.scope", "Scope Netmask", UINT8).build();
    static final FieldDef CLIENT_ADDR = FieldDef.builder("dns.opt.client.addr", "Client Subnet", BYTES).build();
    static final FieldDef CLIENT_ADDR4 = FieldDef.builder("dns.opt.client.addr4", "Client Subnet", IPV4).build();
    static final FieldDef CLIENT_ADDR6 = FieldDef.builder("dns.opt.client.addr6", "Client Subnet", IPV6).build();
    static final FieldDef PADDING = FieldDef.builder("dns.opt.padding", "Padding", BYTES).build();
    static final FieldDef UNSOLICITED = FieldDef.builder("dns.unsolicited", "Unsolicited", BOOLEAN).build();
    static final FieldDef RETRANSMISSION = FieldDef.builder("dns.retransmission", "Retransmission", BOOLEAN).build();
    static final FieldDef RETRANSMIT_REQUEST_IN = FieldDef.builder("dns.retransmit_request_in",
            "Retransmitted request. Original request in", FRAMENUM).build();
    static final FieldDef RETRANSMIT_RESPONSE_IN = FieldDef.builder("dns.retransmit_response_in",
            "Retransmitted response. Original response in", FRAMENUM).build();

    static final ExpertDef EI_UNDECODED = ExpertDef.of("dns.undecoded.type", ExpertGroup.UNDECODED,
            ExpertSeverity.NOTE, "Dissector for DNS Type code not implemented");
    static final ExpertDef EI_RETRANSMIT_REQUEST = ExpertDef.of("dns.retransmit_request", ExpertGroup.PROTOCOL,
            ExpertSeverity.WARN, "DNS query retransmission");
    static final ExpertDef EI_RETRANSMIT_RESPONSE = ExpertDef.of("dns.retransmit_response", ExpertGroup.PROTOCOL,
            ExpertSeverity.WARN, "DNS response retransmission");
    static final ExpertDef EI_TTL_HIGH_BIT = ExpertDef.of("dns.ttl.high_bit_set", ExpertGroup.PROTOCOL,
            ExpertSeverity.WARN, "The uppermost bit of the TTL is set (RFC 2181, section 8)");
    static final ExpertDef[] EXPERTS = {EI_UNDECODED, EI_RETRANSMIT_REQUEST, EI_RETRANSMIT_RESPONSE, EI_TTL_HIGH_BIT};

    static final FieldDef[] FIELDS = {TXT_LEN, SOA_SERIAL, SOA_REFRESH, SOA_RETRY, SOA_EXPIRE, SOA_MINIMUM,
        SRV_SERVICE, SRV_PROTO, SRV_NAME, SRV_PRIORITY, SRV_WEIGHT, HINFO_CPU_LEN, HINFO_CPU, HINFO_OS_LEN, HINFO_OS,
        NAPTR_ORDER, NAPTR_PREF, NAPTR_FLAGS_LEN, NAPTR_FLAGS, NAPTR_SERVICE_LEN, NAPTR_SERVICE, NAPTR_REGEX_LEN,
        NAPTR_REGEX, NAPTR_REPL_LEN, NAPTR_REPL, CAA_FLAGS, CAA_CRITICAL, CAA_ISSUE, CAA_ISSUEWILD, CAA_IODEF,
        CAA_UNKNOWN, CAA_TAG_LEN, CAA_TAG, CAA_VALUE, DS_KEY_ID, DS_ALGORITHM, DS_DIGEST_TYPE, DS_DIGEST,
        SSHFP_ALGORITHM, SSHFP_FINGERPRINT_TYPE, SSHFP_FINGERPRINT, KEY_FLAGS,
        KEY_ZONE, KEY_REVOKED, KEY_SEP, KEY_RESERVED, KEY_PROTOCOL, KEY_ALGORITHM, KEY_ID, KEY_PUBLIC, SIG_TYPE,
        SIG_ALGORITHM, SIG_LABELS, SIG_TTL, SIG_EXPIRATION, SIG_INCEPTION, SIG_KEY_TAG, SIG_SIGNER, SIG_SIGNATURE,
        NSEC_NEXT, NULL, CLIENT_FAMILY, CLIENT_NETMASK, CLIENT_SCOPE, CLIENT_ADDR, CLIENT_ADDR4, CLIENT_ADDR6,
        PADDING, UNSOLICITED, RETRANSMISSION, RETRANSMIT_REQUEST_IN, RETRANSMIT_RESPONSE_IN};

    /** One resource record at {@code off} under {@code sec} of the message {@code dns}; returns where the next is. */
    static int record(ByteView m, int off, ProtoNode sec, ProtoNode dns, PacketContext ctx) {
        boolean labels = ctx.labels();
        int start = off;
        Name n = Name.read(m, off, ctx, sec);
        int type = m.u16(n.end());
        int cls = m.u16(n.end() + 2);
        long ttl = m.u32(n.end() + 4);
        int rdlen = m.u16(n.end() + 8);
        int rd = n.end() + 10;
        int nameLen = n.end() - start;
        if (!m.has(start, rd + rdlen - start)) {
            // the record's line would cover bytes past the message: packet-dns.c throws adding it, the type already
            // in the Info column
            ctx.put(DnsModule.CutRecord.class, new DnsModule.CutRecord(dns, " " + typeName(type)));
            m.ensure(start, rd + rdlen - start);
        }
        ProtoNode r = sec.addText(m, start, rd + rdlen - start, "");
        String head = labels ? n.text() + ": type " + typeName(type) + (type == 41 ? "" : ", class "
                + className(cls)) : null;
        r.label(head);
        if (type == 33) {
            // SRV: the owner name split in service, protocol and name (wmem_strsplit at '.', three parts)
            String t = n.text();
            int d1 = t.indexOf('.');
            int d2 = d1 < 0 ? -1 : t.indexOf('.', d1 + 1);
            r.addObj(SRV_SERVICE, m, start, nameLen, d1 < 0 ? t : t.substring(0, d1));
            if (d1 >= 0) {
                r.addObj(SRV_PROTO, m, start, nameLen, d2 < 0 ? t.substring(d1 + 1) : t.substring(d1 + 1, d2));
                if (d2 >= 0) {
                    r.addObj(SRV_NAME, m, start, nameLen, t.substring(d2 + 1));
                }
            }
        } else {
            r.addObj(RESP_NAME, m, start, nameLen, n.text());
        }
        r.add(RESP_TYPE, m, n.end(), 2, type).label(labels ? typeLabel(type) : null);
        if (type == 41) {
            // OPT reuses class and TTL for the UDP payload size and extended flags: no class or TTL fields
            r.add(UDP_PAYLOAD_SIZE, m, n.end() + 2, 2, cls).label(labels ? "UDP payload size: " + cls : null);
            r.add(EXT_RCODE, m, n.end() + 4, 1, m.u8(n.end() + 4));
            r.add(EDNS0_VERSION, m, n.end() + 5, 1, m.u8(n.end() + 5));
            int z = m.u16(n.end() + 6);
            ProtoNode zn = r.add(RESP_Z, m, n.end() + 6, 2, z);
            zn.add(RESP_Z_DO, m, n.end() + 6, 2, z >> 15);
            zn.add(RESP_Z_RESERVED, m, n.end() + 6, 2, z & 0x7fff);
        } else {
            r.add(RESP_CLASS, m, n.end() + 2, 2, cls);
            ProtoNode t = r.add(RESP_TTL, m, n.end() + 4, 4, ttl).label(labels ? "Time to live: " + ttl + " ("
                    + timeSecs(ttl) + ")" : null);
            if (ttl >= 0x80000000L) {
                Expert.add(ctx, t, EI_TTL_HIGH_BIT); // RFC 2181 section 8: a TTL is 31 bits
            }
        }
        r.add(RESP_LEN, m, n.end() + 8, 2, rdlen);
        if (rdlen == 0 && type != 41) {
            // Wireshark shows nothing of an empty RDATA, not even the "not implemented" note
            return rd;
        }
        String tail = rdata(m, type, rd, rdlen, r, dns, ctx, labels);
        if (tail != null) {
            r.label(head + tail);
        }
        return rd + rdlen;
    }

    static String className(int cls) {
        return switch (cls) {
            case 1 -> "IN";
            case 2 -> "CS";
            case 3 -> "CH";
            case 4 -> "HS";
            case 254 -> "NONE";
            case 255 -> "ANY";
            default -> "Unknown";
        };
    }

    /** Adds the RDATA's items; returns what the record's line adds after its class, or null. */
    private static String rdata(ByteView m, int type, int rd, int rdlen, ProtoNode r, ProtoNode dns,
            PacketContext ctx, boolean labels) {
        int end = rd + rdlen;
        if (DnsMoreRecords.decodes(type)) {
            return DnsMoreRecords.rdata(m, type, rd, rdlen, r, dns, ctx, labels);
        }
        if (DnsKeyRecords.decodes(type)) {
            return DnsKeyRecords.rdata(m, type, rd, rdlen, r, ctx, labels);
        }
        switch (type) {
            case 41 -> {
                options(m, rd, rdlen, r);
                return null;
            }
            case 1 -> {
                long a = m.u32(rd);
                r.add(A, m, rd, 4, a);
                return labels ? ", addr " + FieldFormat.ipv4(a) : null;
            }
            case 28 -> {
                byte[] a = m.toArray(rd, 16);
                r.addObj(AAAA, m, rd, 16, a);
                return labels ? ", addr " + FieldFormat.ipv6(a) : null;
            }
            case 2, 5, 12 -> {
                Name t = Name.read(m, rd, ctx, r);
                r.addObj(type == 2 ? NS : type == 5 ? CNAME : PTR, m, rd, t.end() - rd, t.text()); // the name's bytes
                return labels ? (type == 2 ? ", ns " : type == 5 ? ", cname " : ", ") + t.text() : null;
            }
            case 15 -> {
                int pref = m.u16(rd);
                Name t = Name.read(m, rd + 2, ctx, r);
                r.add(MX_PREF, m, rd, 2, pref);
                r.addObj(MX, m, rd + 2, t.end() - rd - 2, t.text());
                return labels ? ", preference " + pref + ", mx " + t.text() : null;
            }
            case 16 -> {
                // strings until exactly the data is used, as packet-dns.c counts: one running past it reads on
                for (int p = rd, left = rdlen; left != 0; ) {
                    int l = m.u8(p);
                    r.add(TXT_LEN, m, p, 1, l);
                    StringItems.ascii(r, TXT, m, p + 1, l, ctx);
                    p += 1 + l;
                    left -= 1 + l;
                }
                return null;
            }
            case 6 -> {
                Name mn = Name.read(m, rd, ctx, r);
                if (labels) {
                    // on the line before the rest is read, as packet-dns.c appends it: it stays if that fails
                    r.appendLabel(", mname " + mn.text());
                }
                r.addObj(SOA_MNAME, m, rd, mn.end() - rd, mn.text());
                Name rn = Name.read(m, mn.end(), ctx, r);
                r.addObj(SOA_RNAME, m, mn.end(), rn.end() - mn.end(), rn.text());
                int p = rn.end();
                r.add(SOA_SERIAL, m, p, 4, m.u32(p));
                interval(r, SOA_REFRESH, m, p + 4, labels);
                interval(r, SOA_RETRY, m, p + 8, labels);
                interval(r, SOA_EXPIRE, m, p + 12, labels);
                interval(r, SOA_MINIMUM, m, p + 16, labels);
                return null;
            }
            case 33 -> {
                int prio = m.u16(rd);
                r.add(SRV_PRIORITY, m, rd, 2, prio);
                int weight = m.u16(rd + 2);
                r.add(SRV_WEIGHT, m, rd + 2, 2, weight);
                int port = m.u16(rd + 4);
                r.add(SRV_PORT, m, rd + 4, 2, port);
                Name t = Name.read(m, rd + 6, ctx, r);
                r.addObj(SRV_TARGET, m, rd + 6, t.end() - rd - 6, t.text());
                return labels ? ", priority " + prio + ", weight " + weight + ", port " + port + ", target "
                        + t.text() : null;
            }
            case 13 -> {
                // both strings are read before any item is added: one running out leaves no HINFO line at all
                int cl = m.u8(rd);
                String cpu = DnsText.format(m.latin1(rd + 1, cl));
                int p = rd + 1 + cl;
                int ol = m.u8(p);
                String os = DnsText.format(m.latin1(p + 1, ol));
                r.add(HINFO_CPU_LEN, m, rd, 1, cl);
                r.addObj(HINFO_CPU, m, rd + 1, cl, cpu);
                r.add(HINFO_OS_LEN, m, p, 1, ol);
                r.addObj(HINFO_OS, m, p + 1, ol, os);
                return labels ? ", CPU " + cpu + ", OS " + os : null;
            }
            case 35 -> {
                int order = m.u16(rd);
                r.add(NAPTR_ORDER, m, rd, 2, order);
                int pref = m.u16(rd + 2);
                r.add(NAPTR_PREF, m, rd + 2, 2, pref);
                int p = rd + 4;
                String flags = null;
                FieldDef[][] strings = {{NAPTR_FLAGS_LEN, NAPTR_FLAGS}, {NAPTR_SERVICE_LEN, NAPTR_SERVICE},
                    {NAPTR_REGEX_LEN, NAPTR_REGEX}};
                for (FieldDef[] f : strings) {
                    int l = m.u8(p);
                    r.add(f[0], m, p, 1, l);
                    String v = DnsText.format(m.latin1(p + 1, l));
                    r.addObj(f[1], m, p + 1, l, v);
                    if (flags == null) {
                        flags = v;
                    }
                    p += 1 + l;
                }
                Name t = Name.read(m, p, ctx, r);
                r.add(NAPTR_REPL_LEN, m, p, 0, t.rawLen()).generated();
                r.addObj(NAPTR_REPL, m, p, t.end() - p, t.text());
                return labels ? ", order " + order + ", preference " + pref + ", flags " + flags : null;
            }
            case 257 -> {
                caa(m, rd, rdlen, r);
                return null;
            }
            case 64, 65 -> {
                DnsSvcb.rdata(m, rd, rdlen, r, ctx);
                return null;
            }
            case 39, 36, 50, 51, 52 -> {
                return DnsNamedRecords.rdata(m, type, rd, rdlen, r, ctx, labels);
            }
            case 43, 59, 32769 -> {
                // DS, and CDS (RFC 7344) and DLV (RFC 4431) laid out as it
                r.add(DS_KEY_ID, m, rd, 2, m.u16(rd));
                r.add(DS_ALGORITHM, m, rd + 2, 1, m.u8(rd + 2));
                r.add(DS_DIGEST_TYPE, m, rd + 3, 1, m.u8(rd + 3));
                DnsMoreRecords.bytes(r, DS_DIGEST, m, rd + 4, rdlen - 4);
                return null;
            }
            case 44 -> {
                // SSHFP (RFC 4255): the fingerprint unless the data ends with the two codes
                r.add(SSHFP_ALGORITHM, m, rd, 1, m.u8(rd));
                r.add(SSHFP_FINGERPRINT_TYPE, m, rd + 1, 1, m.u8(rd + 1));
                if (rdlen != 2) {
                    DnsMoreRecords.bytes(r, SSHFP_FINGERPRINT, m, rd + 2, rdlen - 2);
                }
                return null;
            }
            case 48, 60 -> {
                // DNSKEY, and CDNSKEY (RFC 7344) laid out as it
                int flags = m.u16(rd);
                ProtoNode f = r.add(KEY_FLAGS, m, rd, 2, flags);
                f.add(KEY_ZONE, m, rd, 2, flags >> 8 & 1);
                f.add(KEY_REVOKED, m, rd, 2, flags >> 7 & 1);
                f.add(KEY_SEP, m, rd, 2, flags & 1);
                f.add(KEY_RESERVED, m, rd, 2, (flags & 0xfe7e) >> 1); // a bit field's value, shifted by its mask
                r.add(KEY_PROTOCOL, m, rd + 2, 1, m.u8(rd + 2));
                int algo = m.u8(rd + 3);
                r.add(KEY_ALGORITHM, m, rd + 3, 1, algo);
                DnsKeyRecords.keyId(m, rd, rdlen, algo, r, KEY_ID, ctx);
                DnsMoreRecords.bytes(r, KEY_PUBLIC, m, rd + 4, rdlen - 4);
                return null;
            }
            case 46, 24 -> {
                // RRSIG, and SIG (RFC 2535) laid out as it
                r.add(SIG_TYPE, m, rd, 2, m.u16(rd));
                r.add(SIG_ALGORITHM, m, rd + 2, 1, m.u8(rd + 2));
                r.add(SIG_LABELS, m, rd + 3, 1, m.u8(rd + 3));
                interval(r, SIG_TTL, m, rd + 4, labels);
                r.add(SIG_EXPIRATION, m, rd + 8, 4, m.u32(rd + 8) * 1_000_000_000L);
                r.add(SIG_INCEPTION, m, rd + 12, 4, m.u32(rd + 12) * 1_000_000_000L);
                r.add(SIG_KEY_TAG, m, rd + 16, 2, m.u16(rd + 16));
                Name s = Name.read(m, rd + 18, ctx, r);
                r.addObj(SIG_SIGNER, m, rd + 18, s.end() - rd - 18, s.text());
                if (s.end() != end) {
                    DnsMoreRecords.bytes(r, SIG_SIGNATURE, m, s.end(), end - s.end());
                }
                return null;
            }
            case 47 -> {
                Name t = Name.read(m, rd, ctx, r);
                if (labels) {
                    // before the bit map is read, as packet-dns.c appends it: it stays if the map is cut
                    r.appendLabel(", next domain name " + t.text());
                }
                r.addObj(NSEC_NEXT, m, rd, t.end() - rd, t.text());
                bitmap(m, t.end(), end - t.end(), r, labels);
                return null;
            }
            case 10 -> {
                r.addObj(NULL, m, rd, rdlen, m.toArray(rd, rdlen));
                return null;
            }
            default -> {
                // packet-dns.c's default case: the types it names but does not decode (EID, NIMLOC, ATMA, SINK,
                // RKEY, TALINK, UINFO to UNSPEC, IXFR to ANY, URI, TA, type 0) and the ones it does not name
                Expert.add(ctx, r, EI_UNDECODED, "Dissector for DNS Type (" + type
                        + ") code not implemented, Contact Wireshark developers if you want this supported");
                r.addObj(RDATA, m, rd, rdlen, m.toArray(rd, rdlen));
                return null;
            }
        }
    }

    private static void interval(ProtoNode r, FieldDef f, ByteView m, int off, boolean labels) {
        long v = m.u32(off);
        r.add(f, m, off, 4, v).label(labels ? f.name() + ": " + v + " (" + timeSecs(v) + ")" : null);
    }

    /** RFC 4034 appendix B's key tag of a DNSKEY's RDATA (flags, protocol, algorithm, key), as Wireshark's. */
    static int keyId(ByteView m, int rd, int rdlen, int algo) {
        if (algo == 1) {
            return rdlen < 3 ? 0 : (m.u8(rd + rdlen - 3) << 8) + m.u8(rd + rdlen - 2);
        }
        long ac = 0;
        int i = 0;
        for (; i + 1 < rdlen; i += 2) {
            ac += (m.u8(rd + i) << 8) + m.u8(rd + i + 1);
        }
        if (i < rdlen) {
            ac += m.u8(rd + i) << 8;
        }
        ac += (ac >> 16) & 0xffff;
        return (int) (ac & 0xffff);
    }

    /**
     * NSEC's type bit maps: each type set is a dns.resp.type item "RR type in bit map: …". Read as packet-dns.c's
     * dissect_type_bitmap reads them, until exactly {@code len} bytes are used: a block running past that (or a
     * negative length) reads on until the message ends.
     */
    static void bitmap(ByteView m, int off, int len, ProtoNode r, boolean labels) {
        int left = len;
        while (left != 0) {
            int window = m.u8(off);
            int blen = m.u8(off + 1);
            off += 2;
            left -= 2 + blen;
            for (int i = 0; i < blen; i++) {
                int bits = m.u8(off + i);
                for (int b = 0; b < 8; b++) {
                    if ((bits & 0x80 >> b) != 0) {
                        int t = window * 256 + i * 8 + b;
                        String d = DnsTables.TYPE_DESCRIPTIONS.get((long) t);
                        r.add(RESP_TYPE, m, off + i, 1, t).label(labels ? "RR type in bit map: "
                                + (d == null ? "Unknown (" + t + ")" : d) : null);
                    }
                }
            }
            off += blen;
        }
    }

    /** CAA: flags, then an item named by the tag (issue, issuewild, iodef, other) holding tag and value. */
    private static void caa(ByteView m, int rd, int rdlen, ProtoNode r) {
        int flags = m.u8(rd);
        r.add(CAA_FLAGS, m, rd, 1, flags).add(CAA_CRITICAL, m, rd, 1, flags >> 7 & 1);
        int tl = m.u8(rd + 1);
        String tag = DnsText.format(m.latin1(rd + 2, tl));
        int vo = rd + 2 + tl;
        int vl = rd + rdlen - vo;
        String value = DnsText.format(m.latin1(vo, vl));
        FieldDef f = switch (tag) {
            case "issue" -> CAA_ISSUE;
            case "issuewild" -> CAA_ISSUEWILD;
            case "iodef" -> CAA_IODEF;
            default -> CAA_UNKNOWN;
        };
        ProtoNode t = r.addObj(f, m, rd + 1, rdlen - 1, value);
        t.add(CAA_TAG_LEN, m, rd + 1, 1, tl);
        t.addObj(CAA_TAG, m, rd + 2, tl, tag);
        t.addObj(CAA_VALUE, m, vo, vl, value);
    }

    /** EDNS options of an OPT record: code, length, data, and the decoded subnet, cookie, padding, extended error. */
    private static void options(ByteView m, int off, int len, ProtoNode r) {
        int end = off + len;
        while (off + 4 <= end) {
            int code = m.u16(off);
            int olen = m.u16(off + 2);
            int data = off + 4;
            String name = DnsTables.OPT_CODES.getOrDefault((long) code, "Unknown (" + code + ")");
            ProtoNode o = r.addItem(OPT, m, off, 4 + olen).label("Option: " + name);
            o.add(OPT_CODE, m, off, 2, code);
            o.add(OPT_LEN, m, off + 2, 2, olen);
            m.ensure(data, olen); // the option's code and length show before its data runs out
            o.addObj(OPT_DATA, m, data, olen, olen == 0 ? "<MISSING>" : m.toArray(data, olen));
            if (code == 10 && olen >= 8) {
                o.addObj(COOKIE_CLIENT, m, data, 8, m.toArray(data, 8));
                o.addObj(COOKIE_SERVER, m, data + 8, olen - 8, olen == 8 ? "<MISSING>" : m.toArray(data + 8, olen - 8));
            } else if (code == 15 && olen >= 2) {
                o.add(EXT_ERROR_CODE, m, data, 2, m.u16(data));
                if (olen > 2) {
                    o.addObj(EXT_ERROR_TEXT, m, data + 2, olen - 2, m.latin1(data + 2, olen - 2));
                }
            } else if (code == 12) {
                o.addObj(PADDING, m, data, olen, olen == 0 ? "<MISSING>" : m.toArray(data, olen));
            } else if ((code == 8 || code == 20730) && olen >= 4) {
                int family = m.u16(data);
                o.add(CLIENT_FAMILY, m, data, 2, family);
                o.add(CLIENT_NETMASK, m, data + 2, 1, m.u8(data + 2));
                o.add(CLIENT_SCOPE, m, data + 3, 1, m.u8(data + 3));
                int al = olen - 4;
                if (family == 1 && al <= 4) {
                    byte[] a = new byte[4];
                    for (int i = 0; i < al; i++) {
                        a[i] = (byte) m.u8(data + 4 + i);
                    }
                    o.add(CLIENT_ADDR4, m, data + 4, al, (a[0] & 0xffL) << 24 | (a[1] & 0xff) << 16
                            | (a[2] & 0xff) << 8 | (a[3] & 0xff));
                } else if (family == 2 && al <= 16) {
                    byte[] a = new byte[16];
                    for (int i = 0; i < al; i++) {
                        a[i] = (byte) m.u8(data + 4 + i);
                    }
                    o.addObj(CLIENT_ADDR6, m, data + 4, al, a);
                } else {
                    o.addObj(CLIENT_ADDR, m, data + 4, al, m.toArray(data + 4, al));
                }
            }
            off = data + olen;
        }
    }
}
