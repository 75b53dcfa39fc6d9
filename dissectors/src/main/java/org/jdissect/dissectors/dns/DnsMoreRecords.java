package org.jdissect.dissectors.dns;

import static org.jdissect.api.field.FieldType.*;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.common.StringItems;
import org.jdissect.dissectors.ipv4.Ipv4Fields;

/**
 * The rarer record types packet-dns.c 4.0 decodes, as tshark 4.0.17 shows them (checked on crafted answers of each,
 * testdata/crafted-dns): the RFC 1035 mail types (MD, MF, MB, MG, MR, MINFO), WKS, the RFC 1183 types (RP, AFSDB,
 * X25, ISDN, RT), NSAP and NSAP-PTR, PX, GPOS, LOC, NXT, A6, APL, DHCID, OPENPGPKEY, SPF, the ILNP types (NID, L32,
 * L64, LP), EUI48 and EUI64, Microsoft's WINS and WINS-R, and XPF. The key and signature types are in
 * {@link DnsKeyRecords}.
 */
final class DnsMoreRecords {
    private DnsMoreRecords() {
    }

    static final FieldDef MD = FieldDef.builder("dns.md", "Mail Destination", STRING).build();
    static final FieldDef MF = FieldDef.builder("dns.mf", "Mail Forwarder", STRING).build();
    // "Domaine": packet-dns.c's spelling
    static final FieldDef MB = FieldDef.builder("dns.mb", "MailBox Domaine", STRING).build();
    static final FieldDef MG = FieldDef.builder("dns.mg", "Mail Group member", STRING).build();
    static final FieldDef MR = FieldDef.builder("dns.mr", "Mail Rename domaine", STRING).build();
    static final FieldDef WKS_ADDRESS = FieldDef.builder("dns.wks.address", "Address", IPV4).build();
    static final FieldDef WKS_PROTOCOL = FieldDef.builder("dns.wks.protocol", "Protocol", UINT8)
            .names(Ipv4Fields.IP_PROTOS).build();
    static final FieldDef WKS_BITS = FieldDef.builder("dns.wks.bits", "Bits", UINT8).hex().build();
    static final FieldDef MINFO_R = FieldDef.builder("dns.minfo.r", "Responsible Mailbox", STRING).build();
    static final FieldDef MINFO_E = FieldDef.builder("dns.minfo.e", "Error Mailbox", STRING).build();
    static final FieldDef OPENPGPKEY = FieldDef.builder("dns.openpgpkey", "OpenPGP Key", STRING).build();
    static final FieldDef SPF_LEN = FieldDef.builder("dns.spf.length", "SPF Length", UINT8).build();
    static final FieldDef SPF = FieldDef.builder("dns.spf", "SPF", STRING).build();
    static final FieldDef NID_PREF = FieldDef.builder("dns.ilnp.nid.preference", "Preference", UINT16).build();
    static final FieldDef NID = FieldDef.builder("dns.ilnp.nid", "NodeID", BYTES).build();
    static final FieldDef L32_PREF = FieldDef.builder("dns.ilnp.l32.preference", "Preference", UINT16).build();
    static final FieldDef L32 = FieldDef.builder("dns.ilnp.l32", "Locator32", IPV4).build();
    static final FieldDef L64_PREF = FieldDef.builder("dns.ilnp.l64.preference", "Preference", UINT16).build();
    static final FieldDef L64 = FieldDef.builder("dns.ilnp.l64", "Locator64", BYTES).build();
    static final FieldDef LP_PREF = FieldDef.builder("dns.ilnp.lp.preference", "Preference", UINT16).build();
    static final FieldDef LP = FieldDef.builder("dns.ilnp.lp", "Locator FQDN", STRING).build();
    static final FieldDef EUI48 = FieldDef.builder("dns.eui48", "EUI48 Address", ETHER).build();
    static final FieldDef EUI64 = FieldDef.builder("dns.eui64", "EUI64 Address",
            org.jdissect.api.field.FieldType.EUI64).build();
    static final FieldDef XPF_VERSION = FieldDef.builder("dns.xpf.ip_version", "IP Version", UINT16)
            .names(Map.of(0L, "Reserved", 4L, "IPv4", 5L, "ST Datagram", 6L, "IPv6", 7L, "TP/IX", 8L, "PIP",
                    9L, "TUBA")).build();
    static final FieldDef XPF_PROTOCOL = FieldDef.builder("dns.xpf.protocol", "Protocol", UINT8)
            .names(Ipv4Fields.IP_PROTOS).build();
    static final FieldDef XPF_SRC4 = FieldDef.builder("dns.xpf.source_ipv4", "IPv4 Source", IPV4).build();
    static final FieldDef XPF_DST4 = FieldDef.builder("dns.xpf.destination_ipv4", "IPv4 Destination", IPV4).build();
    static final FieldDef XPF_SRC6 = FieldDef.builder("dns.xpf.source_ipv6", "IPv6 Source",
            org.jdissect.api.field.FieldType.IPV6).build();
    static final FieldDef XPF_DST6 = FieldDef.builder("dns.xpf.destination_ipv6", "IPv6 Destination",
            org.jdissect.api.field.FieldType.IPV6).build();
    static final FieldDef XPF_SPORT = FieldDef.builder("dns.xpf.sport", "Source port", UINT16).build();
    static final FieldDef XPF_DPORT = FieldDef.builder("dns.xpf.dport", "Destination port", UINT16).build();
    static final FieldDef A6_PREFIX_LEN = FieldDef.builder("dns.a6.prefix_len", "Prefix len", UINT8).build();
    static final FieldDef A6_SUFFIX = FieldDef.builder("dns.a6.address_suffix", "Address Suffix",
            org.jdissect.api.field.FieldType.IPV6).build();
    static final FieldDef A6_PREFIX_NAME = FieldDef.builder("dns.a6.prefix_name", "Prefix name", STRING).build();
    static final FieldDef LOC_VERSION = FieldDef.builder("dns.loc.version", "Version", UINT8).build();
    static final FieldDef LOC_SIZE = FieldDef.builder("dns.loc.size", "Size", UINT8).build();
    static final FieldDef LOC_HP = FieldDef.builder("dns.loc.horizontal_precision", "Horizontal Precision", UINT8)
            .build();
    static final FieldDef LOC_VP = FieldDef.builder("dns.loc.vertical_precision", "Vertical Precision", UINT8)
            .build();
    static final FieldDef LOC_LATITUDE = FieldDef.builder("dns.loc.latitude", "Latitude", UINT32).build();
    static final FieldDef LOC_LONGITUDE = FieldDef.builder("dns.loc.longitude", "Longitude", UINT32).build();
    static final FieldDef LOC_ALTITUDE = FieldDef.builder("dns.loc.altitude", "Altitude", UINT32).build();
    static final FieldDef LOC_UNKNOWN = FieldDef.builder("dns.loc.unknown_data", "Unknown data", BYTES).build();
    static final FieldDef NXT_NEXT = FieldDef.builder("dns.nxt.next_domain_name", "Next Domain Name", STRING)
            .build();
    static final FieldDef DHCID = FieldDef.builder("dns.dhcid.rdata", "DHCID Data", BYTES).build();
    static final FieldDef APL_FAMILY = FieldDef.builder("dns.apl.address_family", "Address Family", UINT16)
            .names(Map.of(1L, "IPv4", 2L, "IPv6")).build();
    static final FieldDef APL_PREFIX = FieldDef.builder("dns.apl.coded_prefix", "Prefix Length", UINT8).build();
    static final FieldDef APL_NEGATION = FieldDef.builder("dns.apl.negation", "Negation Flag", BOOLEAN)
            .mask(0x80, 8).trueFalse("Yes (!)", "No (0)").build();
    static final FieldDef APL_AFDLENGTH = FieldDef.builder("dns.apl.afdlength", "Address Length", UINT8)
            .mask(0x7f, 8).blurb("in octets").build();
    static final FieldDef APL_IPV4 = FieldDef.builder("dns.apl.afdpart.ipv4", "Address", IPV4).build();
    static final FieldDef APL_IPV6 = FieldDef.builder("dns.apl.afdpart.ipv6", "Address",
            org.jdissect.api.field.FieldType.IPV6).build();
    static final FieldDef APL_DATA = FieldDef.builder("dns.apl.afdpart.data", "Address", BYTES).build();
    static final FieldDef GPOS_LONGITUDE_LEN = FieldDef.builder("dns.gpos.longitude_length", "Longitude length",
            UINT8).build();
    static final FieldDef GPOS_LONGITUDE = FieldDef.builder("dns.gpos.longitude", "Longitude", STRING).build();
    static final FieldDef GPOS_LATITUDE_LEN = FieldDef.builder("dns.gpos.latitude_length", "Latitude length", UINT8)
            .build();
    static final FieldDef GPOS_LATITUDE = FieldDef.builder("dns.gpos.latitude", "Latitude", STRING).build();
    static final FieldDef GPOS_ALTITUDE_LEN = FieldDef.builder("dns.gpos.altitude_length", "Altitude length", UINT8)
            .build();
    static final FieldDef GPOS_ALTITUDE = FieldDef.builder("dns.gpos.altitude", "Altitude", STRING).build();
    static final FieldDef RP_MAILBOX = FieldDef.builder("dns.rp.mailbox", "Mailbox", STRING).build();
    static final FieldDef RP_TXT = FieldDef.builder("dns.rp.txt_rr", "TXT RR", STRING).build();
    static final FieldDef AFSDB_SUBTYPE = FieldDef.builder("dns.afsdb.subtype", "Subtype", UINT16).build();
    static final FieldDef AFSDB_HOSTNAME = FieldDef.builder("dns.afsdb.hostname", "Hostname", STRING).build();
    static final FieldDef X25_LEN = FieldDef.builder("dns.x25.length", "Length", UINT8).build();
    static final FieldDef X25_ADDRESS = FieldDef.builder("dns.x25.psdn_address", "PSDN-Address", STRING).build();
    // "idsn": packet-dns.c's abbreviations
    static final FieldDef ISDN_LEN = FieldDef.builder("dns.idsn.length", "Length", UINT8).build();
    static final FieldDef ISDN_ADDRESS = FieldDef.builder("dns.idsn.address", "ISDN Address", STRING).build();
    static final FieldDef ISDN_SA_LEN = FieldDef.builder("dns.idsn.sa.length", "Length", UINT8).build();
    static final FieldDef ISDN_SA = FieldDef.builder("dns.idsn.sa.address", "Sub Address", STRING).build();
    static final FieldDef RT_PREFERENCE = FieldDef.builder("dns.rt.subtype", "Preference", UINT16).build();
    static final FieldDef RT_HOST = FieldDef.builder("dns.rt.intermediate_host", "Intermediate Hostname", STRING)
            .build();
    static final FieldDef NSAP = FieldDef.builder("dns.nsap.rdata", "NSAP Data", BYTES).build();
    static final FieldDef NSAP_PTR = FieldDef.builder("dns.nsap_ptr.owner", "Owner", STRING).build();
    static final FieldDef PX_PREFERENCE = FieldDef.builder("dns.px.preference", "Preference", UINT16).build();
    static final FieldDef PX_MAP822 = FieldDef.builder("dns.px.map822", "MAP822", STRING).build();
    static final FieldDef PX_MAPX400 = FieldDef.builder("dns.px.map400", "MAPX400", STRING).build();
    static final FieldDef WINS_LOCAL = FieldDef.builder("dns.wins.local_flag", "Local Flag", BOOLEAN)
            .mask(0x1, 32).build();
    static final FieldDef WINS_LOOKUP = FieldDef.builder("dns.wins.lookup_timeout", "Lookup timeout", UINT32)
            .blurb("In seconds").build();
    static final FieldDef WINS_CACHE = FieldDef.builder("dns.wins.cache_timeout", "Cache timeout", UINT32)
            .blurb("In seconds").build();
    static final FieldDef WINS_SERVERS = FieldDef.builder("dns.wins.nb_wins_servers", "Number of WINS servers",
            UINT32).build();
    static final FieldDef WINS_SERVER = FieldDef.builder("dns.wins.wins_server", "WINS Server Address", IPV4).build();
    static final FieldDef WINSR_LOCAL = FieldDef.builder("dns.winsr.local_flag", "Local Flag", BOOLEAN)
            .mask(0x1, 32).build();
    static final FieldDef WINSR_LOOKUP = FieldDef.builder("dns.winsr.lookup_timeout", "Lookup timeout", UINT32)
            .blurb("In seconds").build();
    static final FieldDef WINSR_CACHE = FieldDef.builder("dns.winsr.cache_timeout", "Cache timeout", UINT32)
            .blurb("In seconds").build();
    static final FieldDef WINSR_DOMAIN = FieldDef.builder("dns.winsr.name_result_domain", "Name Result Domain",
            STRING).build();

    /** In packet-dns.c's registration order, as tshark -G fields lists them. */
    static final FieldDef[] FIELDS = {MD, MF, MB, MG, MR, WKS_ADDRESS, WKS_PROTOCOL, WKS_BITS, MINFO_R, MINFO_E,
        OPENPGPKEY, SPF_LEN, SPF, NID_PREF, NID, L32_PREF, L32, L64_PREF, L64, LP_PREF, LP, EUI48, EUI64,
        XPF_VERSION, XPF_PROTOCOL, XPF_SRC4, XPF_DST4, XPF_SRC6, XPF_DST6, XPF_SPORT, XPF_DPORT, A6_PREFIX_LEN,
        A6_SUFFIX, A6_PREFIX_NAME, LOC_VERSION, LOC_SIZE, LOC_HP, LOC_VP, LOC_LATITUDE, LOC_LONGITUDE, LOC_ALTITUDE,
        LOC_UNKNOWN, NXT_NEXT, DHCID, APL_FAMILY, APL_PREFIX, APL_NEGATION, APL_AFDLENGTH, APL_IPV4, APL_IPV6,
        APL_DATA, GPOS_LONGITUDE_LEN, GPOS_LONGITUDE, GPOS_LATITUDE_LEN, GPOS_LATITUDE, GPOS_ALTITUDE_LEN,
        GPOS_ALTITUDE, RP_MAILBOX, RP_TXT, AFSDB_SUBTYPE, AFSDB_HOSTNAME, X25_LEN, X25_ADDRESS, ISDN_LEN,
        ISDN_ADDRESS, ISDN_SA_LEN, ISDN_SA, RT_PREFERENCE, RT_HOST, NSAP, NSAP_PTR, PX_PREFERENCE, PX_MAP822,
        PX_MAPX400, WINS_LOCAL, WINS_LOOKUP, WINS_CACHE, WINS_SERVERS, WINS_SERVER, WINSR_LOCAL, WINSR_LOOKUP,
        WINSR_CACHE, WINSR_DOMAIN};

    /** Whether {@link #rdata} decodes {@code type}. */
    static boolean decodes(int type) {
        return switch (type) {
            case 3, 4, 7, 8, 9, 11, 14, 17, 18, 19, 20, 21, 22, 23, 26, 27, 29, 30, 38, 42, 49, 61, 99, 104, 105, 106,
                    107, 108, 109, 65281, 65282, 65422 -> true;
            default -> false;
        };
    }

    /**
     * Adds the RDATA's items of a record of the message {@code dns}; returns what the record's line adds after its
     * class, or null.
     */
    static String rdata(ByteView m, int type, int rd, int rdlen, ProtoNode r, ProtoNode dns, PacketContext ctx,
            boolean labels) {
        int end = rd + rdlen;
        switch (type) {
            case 3, 4, 7, 8, 9 -> name(m, rd, ctx, r, type == 3 ? MD : type == 4 ? MF : type == 7 ? MB
                    : type == 8 ? MG : MR);
            case 11 -> wks(m, rd, rdlen, r, labels);
            case 14 -> {
                DnsModule.Name rm = name(m, rd, ctx, r, MINFO_R);
                name(m, rm.end(), ctx, r, MINFO_E);
            }
            case 17 -> {
                DnsModule.Name mb = name(m, rd, ctx, r, RP_MAILBOX);
                name(m, mb.end(), ctx, r, RP_TXT);
            }
            case 18, 21 -> {
                // AFSDB's subtype and RT's preference, then a host name, read first (a bad one leaves no item)
                DnsModule.Name host = DnsModule.Name.read(m, rd + 2, ctx, r);
                r.add(type == 18 ? AFSDB_SUBTYPE : RT_PREFERENCE, m, rd, 2, m.u16(rd));
                r.addObj(type == 18 ? AFSDB_HOSTNAME : RT_HOST, m, rd + 2, host.end() - rd - 2, host.text());
            }
            case 19 -> lengthAndText(m, rd, r, X25_LEN, X25_ADDRESS, ctx);
            case 20 -> {
                int p = lengthAndText(m, rd, r, ISDN_LEN, ISDN_ADDRESS, ctx);
                if (end - p > 1) {
                    // the subaddress is optional: read when more than its length byte is left
                    lengthAndText(m, p, r, ISDN_SA_LEN, ISDN_SA, ctx);
                }
            }
            case 22 -> bytes(r, NSAP, m, rd, rdlen);
            case 23 -> name(m, rd, ctx, r, NSAP_PTR);
            case 26 -> {
                r.add(PX_PREFERENCE, m, rd, 2, m.u16(rd));
                DnsModule.Name map822 = name(m, rd + 2, ctx, r, PX_MAP822);
                name(m, map822.end(), ctx, r, PX_MAPX400);
            }
            case 27 -> {
                int p = lengthAndText(m, rd, r, GPOS_LONGITUDE_LEN, GPOS_LONGITUDE, ctx);
                p = lengthAndText(m, p, r, GPOS_LATITUDE_LEN, GPOS_LATITUDE, ctx);
                lengthAndText(m, p, r, GPOS_ALTITUDE_LEN, GPOS_ALTITUDE, ctx);
            }
            case 29 -> loc(m, rd, rdlen, r, labels);
            case 30 -> {
                DnsModule.Name next = name(m, rd, ctx, r, NXT_NEXT);
                if (labels) {
                    // before the bit map is read, as packet-dns.c appends it: it stays if the map is cut
                    r.appendLabel(", next domain name " + next.text());
                }
                nxtBitmap(m, next.end(), end - next.end(), r, labels);
            }
            case 38 -> {
                return a6(m, rd, r, dns, ctx, labels);
            }
            case 42 -> apl(m, rd, rdlen, r);
            case 49 -> bytes(r, DHCID, m, rd, rdlen);
            case 61 -> StringItems.ascii(r, OPENPGPKEY, m, rd, rdlen, ctx);
            case 99 -> {
                // SPF (RFC 4408): character strings, as TXT, until exactly the data is used (a string running past
                // it reads on)
                for (int p = rd, left = rdlen; left != 0; ) {
                    int l = m.u8(p);
                    r.add(SPF_LEN, m, p, 1, l);
                    StringItems.ascii(r, SPF, m, p + 1, l, ctx);
                    p += 1 + l;
                    left -= 1 + l;
                }
            }
            case 104, 106 -> {
                r.add(type == 104 ? NID_PREF : L64_PREF, m, rd, 2, m.u16(rd));
                bytes(r, type == 104 ? NID : L64, m, rd + 2, 8);
            }
            case 105 -> {
                r.add(L32_PREF, m, rd, 2, m.u16(rd));
                r.add(L32, m, rd + 2, 4, m.u32(rd + 2));
            }
            case 107 -> {
                r.add(LP_PREF, m, rd, 2, m.u16(rd));
                name(m, rd + 2, ctx, r, LP);
            }
            case 108 -> r.add(EUI48, m, rd, 6, m.u48(rd));
            case 109 -> r.addObj(EUI64, m, rd, 8, m.toArray(rd, 8));
            case 65281 -> wins(m, rd, rdlen, r);
            case 65282 -> {
                r.add(WINSR_LOCAL, m, rd, 4, m.u32(rd) & 1);
                r.add(WINSR_LOOKUP, m, rd + 4, 4, m.u32(rd + 4));
                r.add(WINSR_CACHE, m, rd + 8, 4, m.u32(rd + 8));
                DnsModule.Name d = name(m, rd + 12, ctx, r, WINSR_DOMAIN);
                return labels ? ", name result domain " + d.text() : null;
            }
            default -> xpf(m, rd, r);
        }
        return null;
    }

    /** A domain name at {@code off} as a string item of {@code f} over the bytes it takes in place. */
    static DnsModule.Name name(ByteView m, int off, PacketContext ctx, ProtoNode r, FieldDef f) {
        DnsModule.Name n = DnsModule.Name.read(m, off, ctx, r);
        r.addObj(f, m, off, n.end() - off, n.text());
        return n;
    }

    /**
     * A byte field as proto_tree_add_item adds one: a length of -1 runs to the end of the message (which must hold a
     * byte more), a more negative one (a data length too short for the fixed fields before it) is malformed, an
     * empty one shows "&lt;MISSING&gt;".
     */
    static ProtoNode bytes(ProtoNode r, FieldDef f, ByteView m, int off, int len) {
        if (len == -1) {
            m.ensure(off, 1);
            len = m.remaining(off);
        }
        m.ensure(off, len);
        return r.addObj(f, m, off, len, len == 0 ? "<MISSING>" : m.toArray(off, len));
    }

    /** A one-byte length and the ASCII text it counts (X25, ISDN, GPOS); returns where the next part starts. */
    private static int lengthAndText(ByteView m, int off, ProtoNode r, FieldDef lenField, FieldDef text,
            PacketContext ctx) {
        int l = m.u8(off);
        r.add(lenField, m, off, 1, l);
        StringItems.ascii(r, text, m, off + 1, l, ctx);
        return off + 1 + l;
    }

    /**
     * WKS (RFC 1035 3.4.2): address, protocol, then the port bit map, one "Bits" item for each byte with a bit set,
     * naming its ports (numbers: tshark -n resolves no port names).
     */
    private static void wks(ByteView m, int rd, int rdlen, ProtoNode r, boolean labels) {
        long addr = m.u32(rd);
        if (labels) {
            // before the rest is read, as packet-dns.c appends it: it stays if that fails
            r.appendLabel(", addr " + FieldFormat.ipv4(addr));
        }
        r.add(WKS_ADDRESS, m, rd, 4, addr);
        r.add(WKS_PROTOCOL, m, rd + 4, 1, m.u8(rd + 4));
        int port = 0;
        // until exactly the data is used, as packet-dns.c counts: data shorter than 5 bytes reads on
        for (int p = rd + 5, left = rdlen - 5; left != 0; p++, left--, port += 8) {
            int bits = m.u8(p);
            if (bits == 0) {
                continue;
            }
            ProtoNode b = r.add(WKS_BITS, m, p, 1, bits);
            if (labels) {
                StringBuilder sb = new StringBuilder(" (");
                for (int i = 0; i < 8; i++) {
                    if ((bits & 0x80 >> i) != 0) {
                        sb.append(sb.length() > 2 ? ", " : "").append(port + i);
                    }
                }
                b.appendLabel(sb.append(')').toString());
            }
        }
    }

    /**
     * LOC (RFC 1876), version 0: sizes and precisions as "(%g m)" of their centimetre mantissa and exponent, angles
     * in degrees, minutes and seconds from 2^31, the altitude in metres above 100 km below the spheroid. Another
     * version is shown as unknown data.
     */
    private static void loc(ByteView m, int rd, int rdlen, ProtoNode r, boolean labels) {
        int version = m.u8(rd);
        r.add(LOC_VERSION, m, rd, 1, version);
        if (version != 0) {
            bytes(r, LOC_UNKNOWN, m, rd, rdlen);
            return;
        }
        FieldDef[] sizes = {LOC_SIZE, LOC_HP, LOC_VP};
        for (int i = 0; i < 3; i++) {
            int v = m.u8(rd + 1 + i);
            ProtoNode s = r.add(sizes[i], m, rd + 1 + i, 1, v);
            if (labels) {
                s.appendLabel(" (" + g(size(v)) + " m)");
            }
        }
        // each item's text as it is added: a record cut short keeps the ones before the cut
        long lat = m.u32(rd + 4);
        ProtoNode la = r.add(LOC_LATITUDE, m, rd + 4, 4, lat);
        if (labels) {
            la.appendLabel(" (" + angle(lat, false) + ")");
        }
        long lon = m.u32(rd + 8);
        ProtoNode lo = r.add(LOC_LONGITUDE, m, rd + 8, 4, lon);
        if (labels) {
            lo.appendLabel(" (" + angle(lon, true) + ")");
        }
        long alt = m.u32(rd + 12);
        ProtoNode al = r.add(LOC_ALTITUDE, m, rd + 12, 4, alt);
        if (labels) {
            // tvb_get_ntohil: a signed 32-bit value, less 10,000,000 in the same width
            al.appendLabel(" (" + g(((int) alt - 10_000_000) / 100.0) + " m)");
        }
    }

    /** rfc1867_size: a size byte's mantissa (high nibble) times ten to its exponent (low nibble), in metres. */
    private static double size(int v) {
        double size = v >> 4;
        for (int e = v & 15; e != 0; e--) {
            size *= 10;
        }
        return size / 100;
    }

    /** rfc1867_angle: "%u deg %u min %u.%03u sec %c", or "Value out of range" past 90 or 180 degrees. */
    private static String angle(long raw, boolean longitude) {
        long a;
        char dir;
        if (raw < 0x80000000L) {
            a = 0x80000000L - raw;
            dir = longitude ? 'W' : 'S';
        } else {
            a = raw - 0x80000000L;
            dir = longitude ? 'E' : 'N';
        }
        if (longitude ? a > 648_000_000L : a > 324_000_000L) {
            return "Value out of range";
        }
        long thousandths = a % 1000;
        a /= 1000;
        long secs = a % 60;
        a /= 60;
        return a / 60 + " deg " + a % 60 + " min " + secs + "." + (thousandths < 10 ? "00" : thousandths < 100 ? "0"
                : "") + thousandths + " sec " + dir;
    }

    /**
     * C's "%g": six significant digits, trailing zeros dropped, in exponent form ("9e+06") when the exponent is
     * below -4 or at least 6. Rounded from the double's exact value, half to even, as glibc rounds.
     */
    static String g(double v) {
        if (v == 0) {
            return 1 / v < 0 ? "-0" : "0";
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(6, RoundingMode.HALF_EVEN));
        int exp = d.precision() - d.scale() - 1;
        if (exp < -4 || exp >= 6) {
            String digits = d.unscaledValue().abs().toString().replaceFirst("0+$", "");
            StringBuilder sb = new StringBuilder(v < 0 ? "-" : "").append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            int e = Math.abs(exp);
            return sb.append(exp < 0 ? "e-" : "e+").append(e < 10 ? "0" : "").append(e).toString();
        }
        return d.stripTrailingZeros().toPlainString();
    }

    /**
     * NXT's bit map (RFC 2535 5.2): bit n, counted from the first byte's high bit, says type n is present. Read until
     * {@code len} bytes are used, as packet-dns.c does: a negative length (a name past the data) reads on until the
     * message ends.
     */
    private static void nxtBitmap(ByteView m, int off, int len, ProtoNode r, boolean labels) {
        for (int i = 0; i != len; i++) {
            int bits = m.u8(off + i);
            for (int b = 0; b < 8; b++) {
                if ((bits & 0x80 >> b) != 0) {
                    int t = i * 8 + b;
                    String d = DnsTables.TYPE_DESCRIPTIONS.get((long) t);
                    r.add(DnsModule.RESP_TYPE, m, off + i, 1, t).label(labels ? "RR type in bit map: "
                            + (d == null ? "Unknown (" + t + ")" : d) : null);
                }
            }
        }
    }

    /**
     * A6 (RFC 2874): the prefix length, the address suffix in the bytes it needs (shown as a whole IPv6 address), and
     * the prefix name when the prefix is not empty; the line and the Info column show "prefix suffix name".
     */
    private static String a6(ByteView m, int rd, ProtoNode r, ProtoNode dns, PacketContext ctx, boolean labels) {
        int prefix = m.u8(rd);
        // unsigned short arithmetic, as packet-dns.c's: a prefix past 128 makes a huge suffix, read as 16 bytes
        int suffixBits = (128 - prefix) & 0xffff;
        int suffixBytes = suffixBits == 0 ? 0 : (suffixBits - 1) / 8 + 1;
        byte[] suffix = new byte[16];
        int p = rd + 1;
        for (int i = Math.max(0, 16 - suffixBytes); i < 16; i++) {
            suffix[i] = (byte) m.u8(p++);
        }
        DnsModule.Name pn = prefix > 0 ? DnsModule.Name.read(m, p, ctx, r) : null;
        r.add(A6_PREFIX_LEN, m, rd, 1, prefix);
        if (suffixBits != 0) {
            // an item given its value is not held to the message's bytes: a prefix past 128 makes it thousands of
            // bytes long (tshark -x: "field length invalid!")
            r.addObj(A6_SUFFIX, m, rd + 1, suffixBytes, suffix);
        }
        if (pn != null) {
            // but it must start in the message; the Info column has the name already
            if (!m.has(rd + 1 + suffixBytes, 0)) {
                ctx.put(DnsModule.CutRecord.class, new DnsModule.CutRecord(dns, " " + pn.text()));
                m.ensure(rd + 1 + suffixBytes, 0);
            }
            r.addObj(A6_PREFIX_NAME, m, rd + 1 + suffixBytes, pn.end() - p, pn.text());
        }
        return labels ? ", addr " + prefix + " " + FieldFormat.ipv6(suffix) + " " + (pn == null ? "" : pn.text())
                : null;
    }

    /**
     * APL (RFC 3123): items of family, prefix length, negation and address length, then the address: an IPv4 or
     * IPv6 one (zero-filled) when it fits its family, bytes otherwise. A last lone byte is not read.
     */
    private static void apl(ByteView m, int rd, int rdlen, ProtoNode r) {
        int p = rd;
        int left = rdlen;
        while (left > 1) {
            int family = m.u16(p);
            r.add(APL_FAMILY, m, p, 2, family);
            r.add(APL_PREFIX, m, p + 2, 1, m.u8(p + 2));
            int b = m.u8(p + 3);
            int afd = b & 0x7f;
            r.add(APL_NEGATION, m, p + 3, 1, b >> 7);
            r.add(APL_AFDLENGTH, m, p + 3, 1, afd);
            p += 4;
            left -= 4;
            if (family == 1 && afd <= 4) {
                long a = 0;
                for (int i = 0; i < 4; i++) {
                    a = a << 8 | (i < afd ? m.u8(p + i) : 0);
                }
                r.add(APL_IPV4, m, p, afd, a);
            } else if (family == 2 && afd <= 16) {
                byte[] a = new byte[16];
                for (int i = 0; i < afd; i++) {
                    a[i] = (byte) m.u8(p + i);
                }
                r.addObj(APL_IPV6, m, p, afd, a);
            } else {
                bytes(r, APL_DATA, m, p, afd);
            }
            p += afd;
            left -= afd;
        }
    }

    /** WINS: flags, timeouts, the server count, then as many IPv4 servers as the count and the data allow. */
    private static void wins(ByteView m, int rd, int rdlen, ProtoNode r) {
        r.add(WINS_LOCAL, m, rd, 4, m.u32(rd) & 1);
        r.add(WINS_LOOKUP, m, rd + 4, 4, m.u32(rd + 4));
        r.add(WINS_CACHE, m, rd + 8, 4, m.u32(rd + 8));
        long servers = m.u32(rd + 12);
        r.add(WINS_SERVERS, m, rd + 12, 4, servers);
        int p = rd + 16;
        // packet-dns.c's loop: while data is left (counted down by 4, so an odd remainder reads on) and servers
        for (int left = rdlen - 16; left != 0 && servers != 0; left -= 4, servers--, p += 4) {
            r.add(WINS_SERVER, m, p, 4, m.u32(p));
        }
    }

    /** XPF (draft-bellis-dnsop-xpf): the IP version, then for 4 and 6 the protocol, addresses and ports. */
    private static void xpf(ByteView m, int rd, ProtoNode r) {
        int version = m.u8(rd);
        r.add(XPF_VERSION, m, rd, 1, version);
        if (version != 4 && version != 6) {
            return;
        }
        int p = rd + 1;
        r.add(XPF_PROTOCOL, m, p++, 1, m.u8(rd + 1));
        if (version == 4) {
            r.add(XPF_SRC4, m, p, 4, m.u32(p));
            r.add(XPF_DST4, m, p + 4, 4, m.u32(p + 4));
            p += 8;
        } else {
            r.addObj(XPF_SRC6, m, p, 16, m.toArray(p, 16));
            r.addObj(XPF_DST6, m, p + 16, 16, m.toArray(p + 16, 16));
            p += 32;
        }
        r.add(XPF_SPORT, m, p, 2, m.u16(p));
        r.add(XPF_DPORT, m, p + 2, 2, m.u16(p + 2));
    }

    /** A value-name table for every value of a byte from a range_string's (low, high, name) rows. */
    static Map<Long, String> ranges(Object... rows) {
        Map<Long, String> m = new java.util.HashMap<>();
        for (int i = 0; i < rows.length; i += 3) {
            for (long v = (Integer) rows[i]; v <= (Integer) rows[i + 1]; v++) {
                m.putIfAbsent(v, (String) rows[i + 2]);
            }
        }
        return m;
    }
}
