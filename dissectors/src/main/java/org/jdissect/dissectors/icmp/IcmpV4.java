package org.jdissect.dissectors.icmp;

import static org.jdissect.api.field.FieldType.*;

import java.util.Map;
import org.jdissect.api.bytes.BoundsException;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.Dissector;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.expert.ExpertDef;
import org.jdissect.api.expert.ExpertGroup;
import org.jdissect.api.expert.ExpertSeverity;
import org.jdissect.api.field.Base;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.common.InternetChecksum;
import org.jdissect.dissectors.data.DataModule;

/**
 * ICMP for IPv4 as Wireshark 4.0's packet-icmp.c dissects it: type and code names, the checksum (verified unless the
 * message is quoted by an error or a fragment), the second word per type (echo identifiers, RFC 4884 lengths, MTU,
 * gateway, pointer, router advertisement header, extended echo), the body per type (timestamps guessed big- or
 * little-endian, address masks, router entries, the quoted datagram of errors and the RFC 4884/5837/8335 extension
 * objects after it) and echo request/reply matching in one pass.
 */
final class IcmpV4 {
    private IcmpV4() {
    }

    static final Map<Long, String> TYPES = Map.ofEntries(Map.entry(0L, "Echo (ping) reply"),
            Map.entry(1L, "Reserved"), Map.entry(2L, "Reserved"), Map.entry(3L, "Destination unreachable"),
            Map.entry(4L, "Source quench (flow control)"), Map.entry(5L, "Redirect"),
            Map.entry(6L, "Alternate host address"), Map.entry(8L, "Echo (ping) request"),
            Map.entry(9L, "Router advertisement"), Map.entry(10L, "Router solicitation"),
            Map.entry(11L, "Time-to-live exceeded"), Map.entry(12L, "Parameter problem"),
            Map.entry(13L, "Timestamp request"), Map.entry(14L, "Timestamp reply"),
            Map.entry(15L, "Information request"), Map.entry(16L, "Information reply"),
            Map.entry(17L, "Address mask request"), Map.entry(18L, "Address mask reply"),
            Map.entry(19L, "Reserved (for security)"), Map.entry(30L, "Traceroute"),
            Map.entry(31L, "Datagram Conversion Error"), Map.entry(32L, "Mobile Host Redirect"),
            Map.entry(33L, "IPv6 Where-Are-You"), Map.entry(34L, "IPv6 I-Am-Here"),
            Map.entry(35L, "Mobile Registration Request"), Map.entry(36L, "Mobile Registration Reply"),
            Map.entry(37L, "Domain Name Request"), Map.entry(38L, "Domain Name Reply"), Map.entry(39L, "SKIP"),
            Map.entry(40L, "Photuris"), Map.entry(41L, "Experimental mobility protocols"),
            Map.entry(42L, "Extended Echo request"), Map.entry(43L, "Extended Echo reply"));
    private static final String[] PHOTURIS_CODES = {"Bad SPI", "Authentication Failed", "Decompression Failed",
        "Decryption Failed", "Need Authentication", "Need Authorization"};
    private static final String[] EXT_REPLY_CODES = {"No error", "Malformed Query", "No Such Interface",
        "No Such Table Entry", "Multiple Interfaces Satisfy Query"};
    static final Map<Long, String> EXT_STATES = Map.of(0L, "Reserved", 1L, "Incomplete", 2L, "Reachable", 3L,
            "Stale", 4L, "Delay", 5L, "Probe", 6L, "Failed");
    static final Map<Long, String> EXT_CLASSES = Map.of(1L, "MPLS Label Stack Class", 2L,
            "Interface Information Object", 3L, "Interface Identification Object");
    static final Map<Long, String> IDENT_CTYPES = Map.of(1L, "Identifies Interface By Name", 2L,
            "Identifies Interface By Index", 3L, "Identifies Interface By Address");
    static final Map<Long, String> ROLES = Map.of(0L, "IP interface upon which datagram arrived", 1L,
            "sub-IP component of an IP interface upon which datagram arrived", 2L,
            "IP interface through which datagram would be forwarded", 3L,
            "IP next-hop to which datagram would be forwarded");
    static final Map<Long, String> AFN = Map.of(1L, "IPv4", 2L, "IPv6");
    static final Map<Long, String> CHECKSUM_STATUS = Map.of(0L, "Bad", 1L, "Good", 2L, "Unverified", 3L,
            "Not present", 4L, "Illegal");

    static final FieldDef MTU = FieldDef.builder("icmp.mtu", "MTU of next hop", UINT16).build();
    static final FieldDef NUM_ADDRS = FieldDef.builder("icmp.num_addrs", "Number of addresses", UINT8).build();
    static final FieldDef ADDR_ENTRY_SIZE = FieldDef.builder("icmp.addr_entry_size", "Address entry size", UINT8)
            .build();
    static final FieldDef LIFETIME = FieldDef.builder("icmp.lifetime", "Lifetime", UINT16).build();
    static final FieldDef POINTER = FieldDef.builder("icmp.pointer", "Pointer", UINT32).build();
    static final FieldDef ROUTER_ADDRESS = FieldDef.builder("icmp.router_address", "Router address", IPV4).build();
    static final FieldDef PREF_LEVEL = FieldDef.builder("icmp.pref_level", "Preference level", INT32).build();
    static final FieldDef ORIGINATE_TS = FieldDef.builder("icmp.originate_timestamp", "Originate Timestamp", UINT32)
            .build();
    static final FieldDef RECEIVE_TS = FieldDef.builder("icmp.receive_timestamp", "Receive Timestamp", UINT32)
            .build();
    static final FieldDef TRANSMIT_TS = FieldDef.builder("icmp.transmit_timestamp", "Transmit Timestamp", UINT32)
            .build();
    static final FieldDef ADDRESS_MASK = FieldDef.builder("icmp.address_mask", "Address Mask", IPV4).build();
    static final FieldDef REDIR_GW = FieldDef.builder("icmp.redir_gw", "Gateway Address", IPV4).build();
    static final FieldDef LENGTH = FieldDef.builder("icmp.length", "Length", UINT8)
            .blurb("The length of the original datagram").build();
    static final FieldDef LENGTH_ORIG = FieldDef.builder("icmp.length.original_datagram",
            "Length of original datagram", UINT8).blurb("The length of the original datagram (length * 4)").build();
    static final FieldDef RESERVED = FieldDef.builder("icmp.reserved", "Reserved", BYTES).build();
    static final FieldDef EXT = FieldDef.builder("icmp.ext", "ICMP Extensions", NONE).build();
    static final FieldDef EXT_VERSION = FieldDef.builder("icmp.ext.version", "Version", UINT8).build();
    static final FieldDef EXT_RES = FieldDef.builder("icmp.ext.res", "Reserved", UINT16).hex().mask(0x0fff, 16)
            .build();
    static final FieldDef EXT_CHECKSUM = FieldDef.builder("icmp.ext.checksum", "Checksum", UINT16).hex().build();
    static final FieldDef EXT_CHECKSUM_STATUS = FieldDef.builder("icmp.ext.checksum.status", "Checksum Status",
            UINT8).names(CHECKSUM_STATUS).base(Base.NONE).build();
    static final FieldDef EXT_LENGTH = FieldDef.builder("icmp.ext.length", "Length", UINT16).build();
    static final FieldDef EXT_CLASS = FieldDef.builder("icmp.ext.class", "Class", UINT8).names(EXT_CLASSES).build();
    static final FieldDef EXT_CTYPE = FieldDef.builder("icmp.ext.ctype", "C-Type", UINT8).build();
    static final FieldDef EXT_DATA = FieldDef.builder("icmp.ext.data", "Data", BYTES).build();
    static final FieldDef MPLS_LABEL = FieldDef.builder("icmp.mpls.label", "Label", UINT24).mask(0xfffff0, 24)
            .build();
    static final FieldDef MPLS_EXP = FieldDef.builder("icmp.mpls.exp", "Experimental", UINT24).mask(0x0e, 24)
            .build();
    static final FieldDef MPLS_S = FieldDef.builder("icmp.mpls.s", "Stack bit", BOOLEAN).mask(0x01, 24).setNotSet()
            .build();
    static final FieldDef MPLS_TTL = FieldDef.builder("icmp.mpls.ttl", "Time to live", UINT8).build();
    static final FieldDef MPLS_DATA = FieldDef.builder("icmp.mpls.data", "Data", BYTES).build();
    static final FieldDef INT_ROLE = FieldDef.builder("icmp.int_info.role", "Interface Role", UINT8).mask(0xc0, 8)
            .names(ROLES).build();
    static final FieldDef INT_RESERVED = FieldDef.builder("icmp.int_info.reserved", "Reserved", UINT8)
            .mask(0x30, 8).build();
    static final FieldDef INT_IFINDEX = FieldDef.builder("icmp.int_info.ifindex", "ifIndex", BOOLEAN).mask(0x08, 8)
            .build();
    static final FieldDef INT_IPADDR = FieldDef.builder("icmp.int_info.ipaddr", "IP Address", BOOLEAN)
            .mask(0x04, 8).trueFalse("Present", "Not present").build();
    static final FieldDef INT_NAME_PRESENT = FieldDef.builder("icmp.int_info.name_present", "Interface Name",
            BOOLEAN).mask(0x02, 8).trueFalse("Present", "Not present").build();
    static final FieldDef INT_MTU_PRESENT = FieldDef.builder("icmp.int_info.mtu_present", "MTU", BOOLEAN)
            .mask(0x01, 8).trueFalse("Present", "Not present").build();
    static final FieldDef INT_INDEX = FieldDef.builder("icmp.int_info.index", "Interface Index", UINT32).build();
    static final FieldDef INT_AFI = FieldDef.builder("icmp.int_info.afi", "Address Family Identifier", UINT16)
            .build();
    static final FieldDef INT_IPV4 = FieldDef.builder("icmp.int_info.ipv4", "Source", IPV4).build();
    static final FieldDef INT_IPV6 = FieldDef.builder("icmp.int_info.ipv6", "Source", IPV6).build();
    static final FieldDef INT_NAME_LENGTH = FieldDef.builder("icmp.int_info.name_length", "Name Length", UINT8)
            .build();
    static final FieldDef INT_NAME = FieldDef.builder("icmp.int_info.name", "Name", STRING).build();
    static final FieldDef INT_MTU = FieldDef.builder("icmp.int_info.mtu", "Maximum Transmission Unit", UINT32)
            .build();
    static final ExtEchoFields EXT_ECHO = ExtEchoFields.of("icmp", "Sequence Number");
    static final FieldDef IDENT_NAME = FieldDef.builder("icmp.int_ident.name", "Name", STRING).build();
    static final FieldDef IDENT_INDEX = FieldDef.builder("icmp.int_ident.index", "Interface Index", UINT32).build();
    static final FieldDef IDENT_AFI = FieldDef.builder("icmp.int_ident.afi", "Address Family Identifier", UINT16)
            .names(AFN).build();
    static final FieldDef IDENT_ADDR_LENGTH = FieldDef.builder("icmp.int_ident.addr_length", "Address Length",
            UINT8).build();
    static final FieldDef IDENT_RESERVED = FieldDef.builder("icmp.int_ident.reserved", "Reserved", BYTES).build();
    static final FieldDef IDENT_IPV4 = FieldDef.builder("icmp.int_ident.ipv4", "Address", IPV4).build();
    static final FieldDef IDENT_IPV6 = FieldDef.builder("icmp.int_ident.ipv6", "Address", IPV6).build();
    static final FieldDef IDENT_ADDRESS = FieldDef.builder("icmp.int_ident.address", "Address", BYTES).build();

    static final Map<Long, String> MIP_TYPES = Map.of(0L, "One byte padding extension", 16L,
            "Mobility Agent Advertisement Extension", 19L, "Prefix Lengths Extension", 24L, "Challenge Extension");
    static final FieldDef MIP_TYPE = FieldDef.builder("icmp.mip.type", "Extension Type", UINT8).names(MIP_TYPES)
            .build();
    static final FieldDef MIP_LENGTH = FieldDef.builder("icmp.mip.length", "Length", UINT8).build();
    static final FieldDef MIP_PREFIX_LENGTH = FieldDef.builder("icmp.mip.prefixlength", "Prefix Length", UINT8)
            .build();
    static final FieldDef MIP_SEQ = FieldDef.builder("icmp.mip.seq", "Sequence Number", UINT16).build();
    static final FieldDef MIP_LIFE = FieldDef.builder("icmp.mip.life", "Registration Lifetime", UINT16).build();
    static final FieldDef MIP_FLAGS = FieldDef.builder("icmp.mip.flags", "Flags", UINT16).hex().build();
    static final FieldDef[] MIP_BITS = {mipBit("r", "Registration Required", 0x8000), mipBit("b", "Busy", 0x4000),
        mipBit("h", "Home Agent", 0x2000), mipBit("f", "Foreign Agent", 0x1000),
        mipBit("m", "Minimal Encapsulation", 0x0800), mipBit("g", "GRE", 0x0400), mipBit("v", "VJ Comp", 0x0200),
        mipBit("rt", "Reverse tunneling", 0x0100), mipBit("u", "UDP tunneling", 0x0080),
        mipBit("x", "Revocation support", 0x0040)};
    static final FieldDef MIP_RESERVED = FieldDef.builder("icmp.mip.reserved", "Reserved", UINT16).hex()
            .mask(0x003f, 16).build();
    static final FieldDef MIP_COA = FieldDef.builder("icmp.mip.coa", "Care-Of-Address", IPV4).build();
    static final FieldDef MIP_CHALLENGE = FieldDef.builder("icmp.mip.challenge", "Challenge", BYTES).build();
    static final FieldDef MIP_CONTENT = FieldDef.builder("icmp.mip.content", "Content", BYTES).build();

    private static FieldDef mipBit(String abbrev, String name, int mask) {
        return FieldDef.builder("icmp.mip." + abbrev, name, BOOLEAN).mask(mask, 16).build();
    }

    static final ExpertDef EI_CHECKSUM = ExpertDef.of("icmp.checksum_bad", ExpertGroup.CHECKSUM, ExpertSeverity.WARN,
            "Bad checksum");
    static final ExpertDef EI_EXT_CHECKSUM = ExpertDef.of("icmp.ext.checksum_bad", ExpertGroup.CHECKSUM,
            ExpertSeverity.WARN, "Bad checksum");

    static final FieldDef[] FIELDS = {MTU, NUM_ADDRS, ADDR_ENTRY_SIZE, LIFETIME, POINTER, ROUTER_ADDRESS, PREF_LEVEL,
        ORIGINATE_TS, RECEIVE_TS, TRANSMIT_TS, ADDRESS_MASK, REDIR_GW, LENGTH, LENGTH_ORIG, RESERVED, EXT,
        EXT_VERSION, EXT_RES, EXT_CHECKSUM, EXT_CHECKSUM_STATUS, EXT_LENGTH, EXT_CLASS, EXT_CTYPE, EXT_DATA,
        MPLS_LABEL, MPLS_EXP, MPLS_S, MPLS_TTL, MPLS_DATA, INT_ROLE, INT_RESERVED, INT_IFINDEX, INT_IPADDR,
        INT_NAME_PRESENT, INT_MTU_PRESENT, INT_INDEX, INT_AFI, INT_IPV4, INT_IPV6, INT_NAME_LENGTH, INT_NAME,
        INT_MTU, IDENT_NAME, IDENT_INDEX, IDENT_AFI,
        IDENT_ADDR_LENGTH, IDENT_RESERVED, IDENT_IPV4, IDENT_IPV6, IDENT_ADDRESS, MIP_TYPE, MIP_LENGTH,
        MIP_PREFIX_LENGTH, MIP_SEQ, MIP_LIFE, MIP_FLAGS, MIP_BITS[0], MIP_BITS[1], MIP_BITS[2], MIP_BITS[3],
        MIP_BITS[4], MIP_BITS[5], MIP_BITS[6], MIP_BITS[7], MIP_BITS[8], MIP_BITS[9], MIP_RESERVED, MIP_COA,
        MIP_CHALLENGE, MIP_CONTENT};
    /** packet-icmpv6.c's; its abbreviation ends in ".expert" (tshark -G fields lists it so). */
    static final ExpertDef EI_V6_CHECKSUM = ExpertDef.of("icmpv6.checksum_bad.expert", ExpertGroup.CHECKSUM,
            ExpertSeverity.WARN, "Bad checksum");
    /** A request no reply answered, in a second pass of two (packet-icmp.c's and packet-icmpv6.c's). */
    static final ExpertDef EI_RESP_NOT_FOUND = ExpertDef.of("icmp.resp_not_found", ExpertGroup.SEQUENCE,
            ExpertSeverity.WARN, "Response not found");
    static final ExpertDef EI_V6_RESP_NOT_FOUND = ExpertDef.of("icmpv6.resp_not_found", ExpertGroup.SEQUENCE,
            ExpertSeverity.WARN, "Response not found");
    static final ExpertDef[] EXPERTS = {EI_CHECKSUM, EI_EXT_CHECKSUM, EI_V6_CHECKSUM, EI_RESP_NOT_FOUND,
        EI_V6_RESP_NOT_FOUND};

    /** The code's name appended to "Code: N", as packet-icmp.c picks it per type; null when none is shown. */
    static String codeName(int type, int code) {
        if (type == 9) {
            return code == 0 ? "Normal router advertisement" : code == 16 ? "Does not route common traffic"
                    : "Unknown code: " + code;
        }
        String[] names = switch (type) {
            case 3 -> IcmpModule.UNREACH_CODES;
            case 5 -> IcmpModule.REDIRECT_CODES;
            case 6 -> new String[] {"Alternate address for host"};
            case 11 -> IcmpModule.TTL_CODES;
            case 12 -> IcmpModule.PARAM_CODES;
            case 40 -> PHOTURIS_CODES;
            case 42 -> new String[] {"No error"};
            case 43 -> EXT_REPLY_CODES;
            default -> null;
        };
        if (names == null) {
            return null;
        }
        return code < names.length ? names[code] : "Unknown code: " + code;
    }

    static int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent, Dissector ip) {
        ctx.setCurrentProto("ICMP");
        ctx.addProtocol("icmp");
        int type = tvb.u8(0);
        int code = tvb.u8(1);
        // packet-icmp.c reads the RFC 4884 length (byte 5) before adding anything: a shorter message shows no tree
        int origLen = tvb.u8(5);
        boolean lab = ctx.labels();
        String typeName = IcmpNames.v4Type(type, code);
        String codeName = codeName(type, code);
        if (type == 6) {
            origLen = 0;
        }
        int captured = tvb.capturedLength();
        int reported = tvb.reportedLength();
        ProtoNode t = parent.addItem(IcmpModule.ICMP, tvb, 0, captured);
        ProtoNode tn = t.add(IcmpModule.TYPE, tvb, 0, 1, type);
        if (lab) {
            tn.label("Type: " + type + " (" + typeName + ")");
        }
        ProtoNode cn = t.add(IcmpModule.CODE, tvb, 1, 1, code);
        if (lab && codeName != null) {
            cn.label("Code: " + code + " (" + codeName + ")");
        }
        boolean inError = ctx.get(InErrorPacket.class) != null;
        int ck = tvb.u16(2);
        if (!ctx.fragmented && captured >= reported && !inError) {
            int computed = InternetChecksum.fold(InternetChecksum.sum(tvb, 0, reported, 0));
            InternetChecksum.verified(ctx, t, tvb, 2, IcmpModule.CHECKSUM, IcmpModule.CHECKSUM_STATUS_F, EI_CHECKSUM,
                    ck, computed, EI_CHECKSUM.summary());
        } else {
            t.add(IcmpModule.CHECKSUM, tvb, 2, 2, ck).appendLabel(inError ? " [unverified] [in ICMP error packet]"
                    : " [unverified] [fragmented datagram]");
            t.add(IcmpModule.CHECKSUM_STATUS_F, tvb, 2, 0, 2).generated();
        }
        // the second word
        switch (type) {
            case 0, 8, 13, 14, 15, 16, 17, 18 -> identSeq(tvb, t, lab, true);
            case 3 -> {
                if (origLen > 0) {
                    t.addObj(IcmpModule.UNUSED, tvb, 4, 1, tvb.toArray(4, 1));
                    lengths(tvb, t, origLen);
                    if (code == 4) {
                        t.add(MTU, tvb, 6, 2, tvb.u16(6));
                    } else {
                        t.addObj(IcmpModule.UNUSED, tvb, 6, 2, tvb.toArray(6, 2));
                    }
                } else if (code == 4) {
                    t.addObj(IcmpModule.UNUSED, tvb, 4, 2, tvb.toArray(4, 2));
                    t.add(MTU, tvb, 6, 2, tvb.u16(6));
                } else {
                    t.addObj(IcmpModule.UNUSED, tvb, 4, 4, tvb.toArray(4, 4));
                }
            }
            case 9 -> {
                t.add(NUM_ADDRS, tvb, 4, 1, tvb.u8(4));
                t.add(ADDR_ENTRY_SIZE, tvb, 5, 1, tvb.u8(5));
                int life = tvb.u16(6);
                ProtoNode l = t.add(LIFETIME, tvb, 6, 2, life);
                if (lab) {
                    l.appendLabel(" (" + timeSecs(life, 0) + ")");
                }
            }
            case 12 -> {
                t.add(POINTER, tvb, 4, 1, tvb.u8(4));
                if (origLen > 0) {
                    lengths(tvb, t, origLen);
                    t.addObj(IcmpModule.UNUSED, tvb, 6, 2, tvb.toArray(6, 2));
                } else {
                    t.addObj(IcmpModule.UNUSED, tvb, 5, 3, tvb.toArray(5, 3));
                }
            }
            case 5 -> t.add(REDIR_GW, tvb, 4, 4, tvb.u32(4));
            case 11 -> {
                if (origLen > 0) {
                    t.addObj(IcmpModule.UNUSED, tvb, 4, 1, tvb.toArray(4, 1));
                    lengths(tvb, t, origLen);
                    t.addObj(IcmpModule.UNUSED, tvb, 6, 2, tvb.toArray(6, 2));
                } else {
                    t.addObj(IcmpModule.UNUSED, tvb, 4, 4, tvb.toArray(4, 4));
                }
            }
            case 42, 43 -> {
                identSeq(tvb, t, lab, false);
                EXT_ECHO.add(tvb, t, type == 42);
            }
            default -> {
            }
        }
        // the body
        switch (type) {
            case 3, 11, 12, 4, 5 -> quoted(tvb, ctx, t, ip, type, origLen);
            case 0, 8 -> {
                if (!inError) {
                    IcmpModule.pair(ctx, t, tvb, type == 8, tvb.u16(4), tvb.u16(6), ck);
                }
                int rest = captured - 8;
                if (rest < 8) {
                    if (rest > 0) {
                        DataModule.dissect(tvb.tail(8), ctx, t);
                    }
                } else if (IcmpModule.dataTime(tvb, ctx, t)) {
                    DataModule.dissect(tvb.tail(16), ctx, t);
                } else {
                    DataModule.dissect(tvb.tail(8), ctx, t);
                }
            }
            case 9 -> {
                int n = tvb.u8(4);
                if (tvb.u8(5) == 2) {
                    for (int i = 0; i < n; i++) {
                        t.add(ROUTER_ADDRESS, tvb, 8 + i * 8, 4, tvb.u32(8 + i * 8));
                        t.add(PREF_LEVEL, tvb, 12 + i * 8, 4, (int) tvb.u32(12 + i * 8));
                    }
                    if (code == 0 || code == 16) {
                        mobileIpExtensions(tvb, 8 + n * 8, t);
                    }
                } else {
                    DataModule.dissect(tvb.tail(8), ctx, t);
                }
            }
            case 13, 14 -> {
                long frameTs = ((ctx.record().epochSeconds() * 1000) + ctx.record().nanos() / 1_000_000)
                        % 86_400_000L;
                timestamp(tvb, t, ORIGINATE_TS, 8, frameTs, lab);
                timestamp(tvb, t, RECEIVE_TS, 12, frameTs, lab);
                timestamp(tvb, t, TRANSMIT_TS, 16, frameTs, lab);
            }
            case 17, 18 -> t.add(ADDRESS_MASK, tvb, 8, 4, tvb.u32(8));
            case 42 -> {
                if (reported > 8) {
                    extension(tvb.tail(8), ctx, t);
                }
            }
            default -> {
            }
        }
        return reported;
    }

    /** Mobile IP agent advertisement extensions after the router entries (RFC 2002, RFC 3012). */
    private static void mobileIpExtensions(ByteView tvb, int off, ProtoNode t) {
        while (tvb.reportedRemaining(off) > 0) {
            int type = tvb.u8(off);
            int length = type != 0 ? tvb.u8(off + 1) : 0;
            String name = MIP_TYPES.get((long) type);
            ProtoNode e = t.addText(tvb, off, 1, "Ext: " + (name == null ? "Unknown ext " + type : name));
            e.add(MIP_TYPE, tvb, off, 1, type);
            off++;
            if (type != 0) {
                e.setLength(length + 2);
                e.add(MIP_LENGTH, tvb, off, 1, length);
                off++;
            }
            switch (type) {
                case 0 -> {
                }
                case 16 -> {
                    e.add(MIP_SEQ, tvb, off, 2, tvb.u16(off));
                    e.add(MIP_LIFE, tvb, off + 2, 2, tvb.u16(off + 2));
                    int fl = tvb.u16(off + 4);
                    StringBuilder sb = new StringBuilder("Flags: 0x").append(FieldFormat.hexPadded(fl, 4));
                    ProtoNode f = e.add(MIP_FLAGS, tvb, off + 4, 2, fl);
                    for (int i = 0; i < MIP_BITS.length; i++) {
                        boolean set = (fl & (0x8000 >> i)) != 0;
                        f.add(MIP_BITS[i], tvb, off + 4, 2, set ? 1 : 0);
                        if (set) {
                            sb.append(", ").append(MIP_BITS[i].name());
                        }
                    }
                    f.add(MIP_RESERVED, tvb, off + 4, 2, fl & 0x3f);
                    f.label(sb.toString());
                    off += 6;
                    for (int i = 0; i < (length - 6) / 4; i++) {
                        e.add(MIP_COA, tvb, off, 4, tvb.u32(off));
                        off += 4;
                    }
                }
                case 19 -> {
                    for (int i = 0; i < length; i++) {
                        e.add(MIP_PREFIX_LENGTH, tvb, off, 1, tvb.u8(off));
                        off++;
                    }
                }
                case 24 -> {
                    e.addObj(MIP_CHALLENGE, tvb, off, length, tvb.toArray(off, length));
                    off += length;
                }
                default -> {
                    if (length != 0) {
                        // packet-icmp.c shows length - 4 bytes here and skips length
                        int n = length - 4;
                        if (n > 0) {
                            e.addObj(MIP_CONTENT, tvb, off, n, tvb.toArray(off, n));
                        }
                        off += length;
                    }
                }
            }
        }
    }

    private static void identSeq(ByteView tvb, ProtoNode t, boolean lab, boolean seq) {
        int id = tvb.u16(4);
        t.add(IcmpModule.IDENT, tvb, 4, 2, id);
        t.add(IcmpModule.IDENT_LE, tvb, 4, 2, Integer.reverseBytes(id) >>> 16);
        if (seq) {
            int s = tvb.u16(6);
            t.add(IcmpModule.SEQ, tvb, 6, 2, s);
            t.add(IcmpModule.SEQ_LE, tvb, 6, 2, Integer.reverseBytes(s) >>> 16);
        }
    }

    private static void lengths(ByteView tvb, ProtoNode t, int origLen) {
        t.add(LENGTH, tvb, 5, 1, origLen);
        t.add(LENGTH_ORIG, tvb, 5, 1, origLen * 4).generated(); // FT_UINT8 holding more (proto_tree_add_uint)
    }

    /** The quoted datagram of an error (RFC 792, RFC 4884 lengths, redirect's header + 64 bits) and extensions. */
    private static void quoted(ByteView tvb, PacketContext ctx, ProtoNode t, Dissector ip, int type, int origLen) {
        if (ip == null) {
            return;
        }
        // set before the quoted header's length is read, and restored only when the quote ends without an exception:
        // one that ends the packet leaves pinfo->flags.in_error_pkt set, so the frame's tap event is an error
        // packet's (see InErrorPacket)
        InErrorPacket saved = ctx.get(InErrorPacket.class);
        ctx.put(InErrorPacket.class, InErrorPacket.INSTANCE);
        int reported = tvb.reportedLength();
        ByteView next = tvb.tail(8);
        int limit = -1;
        if (type == 5) {
            limit = (tvb.u8(8) & 0x0f) * 4 + 8;
        } else if (origLen != 0 && reported > 8 + origLen * 4 && tvb.u16(10) > origLen * 4) {
            limit = ((tvb.u8(8) & 0x0f) + origLen) * 4;
        }
        if (limit >= 0 && limit < next.reportedLength()) {
            next = next.sliceReported(0, limit);
        }
        String proto = ctx.currentProto();
        try {
            ip.dissect(next, ctx, t);
        } catch (BoundsException e) {
            // packet.c's call_dissector_work_error: an exception in the quoted packet ends it silently, except when
            // the capture ran out (BoundsError), which it rethrows as the quoted IPv4 layer's
            if (InErrorPacket.rethrown(e, ctx)) {
                ctx.setCurrentProto("IPv4");
                throw e;
            }
        }
        ctx.put(InErrorPacket.class, saved);
        ctx.setCurrentProto(proto); // as call_dissector_work restores it: ICMP's findings after the quote are ICMP's
        if (reported > 8 + 128 && tvb.u16(10) <= 128) {
            extension(tvb.tail(8 + 128), ctx, t);
        }
    }

    /** RFC 4884 multi-part extensions: the common header, then each object by class. */
    static void extension(ByteView tvb, PacketContext ctx, ProtoNode t) {
        int reported = tvb.reportedLength();
        ProtoNode ext = t.addItem(EXT, tvb, 0, reported).label("ICMP Multi-Part Extensions");
        if (reported < 4) {
            return;
        }
        int version = tvb.u8(0) >> 4;
        ext.add(EXT_VERSION, tvb, 0, 1, version);
        ext.add(EXT_RES, tvb, 0, 2, tvb.u16(0) & 0x0fff);
        int ck = tvb.u16(2);
        if (ck == 0) {
            ext.add(EXT_CHECKSUM, tvb, 2, 2, 0).generated().label("Checksum: [missing]");
            // proto_tree_add_checksum's "not present" status covers the checksum's bytes; the others none
            ext.add(EXT_CHECKSUM_STATUS, tvb, 2, 2, 3).generated();
        } else {
            long sum = InternetChecksum.sum(tvb, 0, reported, 0);
            if (InternetChecksum.fold(sum) == 0) {
                ext.add(EXT_CHECKSUM, tvb, 2, 2, ck).appendLabel(" [correct]");
                ext.add(EXT_CHECKSUM_STATUS, tvb, 2, 0, 1).generated();
            } else {
                InternetChecksum.bad(ctx, ext, tvb, 2, EXT_CHECKSUM, EXT_CHECKSUM_STATUS, EI_EXT_CHECKSUM, ck,
                        InternetChecksum.fold(sum - ck));
            }
        }
        if (version != 1 && version != 2) {
            ext.appendLabel(" (unsupported version)");
            return;
        }
        int off = 4;
        int infoObjects = 0;
        while (tvb.reportedRemaining(off) >= 4) {
            // the object's header is read whole before its item is added (a header the capture cut adds nothing)
            int objLen = tvb.u16(off);
            int cls = tvb.u8(off + 2);
            int ctype = tvb.u8(off + 3);
            int trunc = Math.min(objLen, tvb.reportedRemaining(off));
            int end = off + trunc;
            ProtoNode o = ext.addText(tvb, off, Math.max(trunc, 4), "Unknown object");
            o.add(EXT_LENGTH, tvb, off, 2, objLen);
            o.add(EXT_CLASS, tvb, off + 2, 1, cls);
            if (objLen < 4) {
                o.label("Object with bad length");
                break;
            }
            boolean unknown;
            switch (cls) {
                case 1 -> unknown = mplsStack(tvb, off, end, ctype, o);
                case 2 -> {
                    unknown = interfaceInfo(tvb, off, end, ctype, o);
                    if (++infoObjects > 4) {
                        o.label("More than 4 Interface Information Objects");
                    }
                }
                case 0 -> {
                    o.add(EXT_CTYPE, tvb, off + 3, 1, ctype);
                    unknown = ctype != 1;
                    if (!unknown) {
                        o.label("Extended Payload");
                        if (trunc > 4) {
                            o.addObj(EXT_DATA, tvb, off + 4, trunc - 4, tvb.toArray(off + 4, trunc - 4));
                        }
                    }
                }
                case 3 -> unknown = interfaceIdent(tvb, off, objLen, ctype, o);
                default -> unknown = true;
            }
            if (unknown) {
                o.add(EXT_CTYPE, tvb, off + 3, 1, ctype);
                o.label("Unknown object (" + cls + "/" + ctype + ")");
                if (trunc > 4) {
                    o.addObj(EXT_DATA, tvb, off + 4, trunc - 4, tvb.toArray(off + 4, trunc - 4));
                }
            }
            if (trunc < objLen) {
                o.appendLabel(" (truncated)");
            }
            off = end;
        }
    }

    private static boolean mplsStack(ByteView tvb, int off, int end, int ctype, ProtoNode o) {
        o.add(EXT_CTYPE, tvb, off + 3, 1, ctype);
        if (ctype != 1) {
            return true;
        }
        o.label("MPLS Stack Entry");
        int p = off + 4;
        while (p + 4 <= end && tvb.reportedRemaining(p) >= 4) {
            int label = (tvb.u16(p) << 4) | (tvb.u8(p + 2) >> 4);
            int tmp = tvb.u8(p + 2);
            int ttl = tvb.u8(p + 3);
            ProtoNode e = o.addText(tvb, p, 4, "Label: " + label + ", Exp: " + ((tmp >> 1) & 7) + ", S: " + (tmp & 1)
                    + ", TTL: " + ttl);
            e.add(MPLS_LABEL, tvb, p, 3, label);
            e.add(MPLS_EXP, tvb, p + 2, 1, (tmp >> 1) & 7);
            e.add(MPLS_S, tvb, p + 2, 1, tmp & 1);
            e.add(MPLS_TTL, tvb, p + 3, 1, ttl);
            p += 4;
        }
        if (p < end) {
            o.addObj(MPLS_DATA, tvb, p, end - p, tvb.toArray(p, end - p));
        }
        return false;
    }

    /** RFC 5837 Interface Information Object. */
    private static boolean interfaceInfo(ByteView tvb, int off, int end, int ctype, ProtoNode o) {
        o.label("Interface Information Object");
        if (tvb.reportedRemaining(off) < 4) {
            return true;
        }
        StringBuilder sb = new StringBuilder("C-Type: ").append(ctype).append(", Interface Role: ")
                .append(ROLES.get((long) (ctype >> 6)));
        if ((ctype & 8) != 0) {
            sb.append(", ifIndex");
        }
        if ((ctype & 4) != 0) {
            sb.append(", IP Address");
        }
        if ((ctype & 2) != 0) {
            sb.append(", Interface Name");
        }
        if ((ctype & 1) != 0) {
            sb.append(", MTU");
        }
        ProtoNode c = o.add(EXT_CTYPE, tvb, off + 3, 1, ctype).label(sb.toString());
        c.add(INT_ROLE, tvb, off + 3, 1, ctype >> 6);
        c.add(INT_RESERVED, tvb, off + 3, 1, (ctype >> 4) & 3);
        c.add(INT_IFINDEX, tvb, off + 3, 1, (ctype >> 3) & 1);
        c.add(INT_IPADDR, tvb, off + 3, 1, (ctype >> 2) & 1);
        c.add(INT_NAME_PRESENT, tvb, off + 3, 1, (ctype >> 1) & 1);
        c.add(INT_MTU_PRESENT, tvb, off + 3, 1, ctype & 1);
        int p = off + 4;
        if ((ctype & 8) != 0) {
            o.add(INT_INDEX, tvb, p, 4, tvb.u32(p));
            p += 4;
        }
        if ((ctype & 4) != 0 && end >= p + 2) {
            int afi = tvb.u16(p);
            ProtoNode a = o.addText(tvb, p, afi == 1 ? 8 : 10, "IP Address Sub-Object");
            a.add(INT_AFI, tvb, p, 2, afi);
            a.addObj(RESERVED, tvb, p + 2, 2, tvb.toArray(p + 2, 2));
            p += 4;
            if (afi == 1) {
                a.add(INT_IPV4, tvb, p, 4, tvb.u32(p));
                p += 4;
            } else if (afi == 2) {
                a.addObj(INT_IPV6, tvb, p, 16, tvb.toArray(p, 16));
                p += 16;
            } else {
                return false;
            }
        }
        if ((ctype & 2) != 0 && end >= p + 1) {
            int n = tvb.u8(p);
            ProtoNode s = o.addText(tvb, p, n, "Interface Name Sub-Object");
            s.add(INT_NAME_LENGTH, tvb, p, 1, n);
            if (end >= p + n) {
                s.addAscii(INT_NAME, tvb, p + 1, n - 1);
            }
            p += n;
        }
        if ((ctype & 1) != 0 && end >= p + 4) {
            o.add(INT_MTU, tvb, p, 4, tvb.u32(p));
        }
        return false;
    }

    /** RFC 8335 Interface Identification Object (extended echo request). */
    private static boolean interfaceIdent(ByteView tvb, int off, int objLen, int ctype, ProtoNode o) {
        o.label("Interface Identification Object");
        if (tvb.reportedRemaining(off) < 5) {
            return true;
        }
        String cn = IDENT_CTYPES.get((long) ctype);
        o.add(EXT_CTYPE, tvb, off + 3, 1, ctype).appendLabel(" (" + (cn == null ? "Unknown C-Type " + ctype : cn)
                + ")");
        int p = off + 4;
        switch (ctype) {
            case 1 -> o.addAscii(IDENT_NAME, tvb, p, objLen - 4);
            case 2 -> o.add(IDENT_INDEX, tvb, p, 4, tvb.u32(p));
            case 3 -> {
                int afi = tvb.u16(p);
                o.add(IDENT_AFI, tvb, p, 2, afi);
                int alen = tvb.u8(p + 2);
                o.add(IDENT_ADDR_LENGTH, tvb, p + 2, 1, alen);
                o.addObj(IDENT_RESERVED, tvb, p + 3, 1, tvb.toArray(p + 3, 1));
                p += 4;
                if (afi == 1) {
                    while (alen >= 4 && tvb.reportedRemaining(p) >= 4) {
                        o.add(IDENT_IPV4, tvb, p, 4, tvb.u32(p));
                        p += 4;
                        alen -= 4;
                    }
                } else if (afi == 2) {
                    while (alen >= 16 && tvb.reportedRemaining(p) >= 16) {
                        o.addObj(IDENT_IPV6, tvb, p, 16, tvb.toArray(p, 16));
                        p += 16;
                        alen -= 16;
                    }
                } else {
                    int n = tvb.reportedRemaining(p);
                    o.addObj(IDENT_ADDRESS, tvb, p, n, tvb.toArray(p, n));
                }
            }
            default -> {
            }
        }
        return false;
    }

    private static final long MSPERDAY = 86_400_000L;

    /** packet-icmp.c's get_best_guess_mstimeofday: the timestamp read big- or little-endian, whichever fits. */
    static long bestGuessMs(ByteView tvb, int off, long comp) {
        long be = tvb.u32(off) & 0x7fffffffL;
        long le = tvb.u32le(off) & 0x7fffffffL;
        if (be < MSPERDAY && le >= MSPERDAY) {
            return be;
        }
        if (le < MSPERDAY && be >= MSPERDAY) {
            return le;
        }
        if (be < MSPERDAY && le < MSPERDAY) {
            long savedBe = be;
            long savedLe = le;
            if (be < comp && be <= MSPERDAY / 4 && comp >= MSPERDAY - MSPERDAY / 4) {
                be += MSPERDAY;
            }
            if (le < comp && le <= MSPERDAY / 4 && comp >= MSPERDAY - MSPERDAY / 4) {
                le += MSPERDAY;
            }
            return Long.compareUnsigned((be - comp) & 0xffffffffL, (le - comp) & 0xffffffffL) < 0 ? savedBe
                    : savedLe;
        }
        return Long.compareUnsigned((be - comp) & 0xffffffffL, (le - comp) & 0xffffffffL) < 0 ? be : le;
    }

    private static void timestamp(ByteView tvb, ProtoNode t, FieldDef f, int off, long frameTs, boolean lab) {
        ProtoNode n = t.add(f, tvb, off, 4, tvb.u32(off));
        if (lab) {
            long ms = bestGuessMs(tvb, off, frameTs);
            n.appendLabel(" (" + (ms == 0 ? "0 seconds" : timeSecs(ms / 1000, (int) (ms % 1000)))
                    + " after midnight UTC)");
        }
    }

    /** Wireshark's time_secs_to_str_buf (non-negative): "1 hour, 2 minutes, 3.004 seconds"; "0 seconds" for 0. */
    static String timeSecs(long secs, int ms) {
        if (secs == 0 && ms == 0) {
            return "0 seconds";
        }
        StringBuilder sb = new StringBuilder();
        long s = secs % 60;
        long v = secs / 60;
        long mins = v % 60;
        v /= 60;
        long hours = v % 24;
        long days = v / 24;
        if (days != 0) {
            sb.append(days).append(" day").append(days == 1 ? "" : "s");
        }
        if (hours != 0) {
            sb.append(sb.length() > 0 ? ", " : "").append(hours).append(" hour").append(hours == 1 ? "" : "s");
        }
        if (mins != 0) {
            sb.append(sb.length() > 0 ? ", " : "").append(mins).append(" minute").append(mins == 1 ? "" : "s");
        }
        if (s != 0 || ms != 0) {
            sb.append(sb.length() > 0 ? ", " : "");
            if (ms != 0) {
                sb.append(s).append('.').append(String.format("%03d", ms)).append(" seconds");
            } else {
                sb.append(s).append(" second").append(s == 1 ? "" : "s");
            }
        }
        return sb.toString();
    }
}
