package org.jdissect.dissectors.icmp;

import static org.jdissect.api.field.FieldType.*;
import static org.jdissect.dissectors.icmp.IcmpModule.*;

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
import org.jdissect.dissectors.dns.DnsModule;

/**
 * IPv6 Neighbor Discovery as packet-icmpv6.c shows it: the Router Advertisement's fields (RFC 4861, RFC 4191's
 * preference, RFC 3775's home agent and RFC 4389's proxy flags) and the options every ND message carries
 * (dissect_icmpv6_nd_opt): link-layer addresses, prefix information, MTU, Mobile IPv6's advertisement interval and
 * home agent information (RFC 6275), route information (RFC 4191), recursive DNS servers and DNS search list
 * (RFC 8106). Other option types show their type and length only.
 */
final class Ndp {
    private Ndp() {
    }

    private static final Map<Long, String> PREFERENCES = Map.of(0L, "Medium", 1L, "High", 2L, "Reserved", 3L, "Low");

    static final FieldDef RA_HOP_LIMIT = FieldDef.builder("icmpv6.nd.ra.cur_hop_limit", "Cur hop limit", UINT8)
            .build();
    static final FieldDef RA_FLAG = FieldDef.builder("icmpv6.nd.ra.flag", "Flags", UINT8).hex().build();
    static final FieldDef RA_FLAG_M = FieldDef.builder("icmpv6.nd.ra.flag.m", "Managed address configuration",
            BOOLEAN).mask(0x80, 8).setNotSet().build();
    static final FieldDef RA_FLAG_O = FieldDef.builder("icmpv6.nd.ra.flag.o", "Other configuration", BOOLEAN)
            .mask(0x40, 8).setNotSet().build();
    static final FieldDef RA_FLAG_H = FieldDef.builder("icmpv6.nd.ra.flag.h", "Home Agent", BOOLEAN).mask(0x20, 8)
            .setNotSet().build();
    static final FieldDef RA_FLAG_PRF = FieldDef.builder("icmpv6.nd.ra.flag.prf", "Prf (Default Router Preference)",
            UINT8).mask(0x18, 8).names(PREFERENCES).build();
    static final FieldDef RA_FLAG_P = FieldDef.builder("icmpv6.nd.ra.flag.p", "Proxy", BOOLEAN).mask(0x04, 8)
            .setNotSet().build();
    static final FieldDef RA_FLAG_RSV = FieldDef.builder("icmpv6.nd.ra.flag.rsv", "Reserved", UINT8).mask(0x03, 8)
            .build();
    static final FieldDef RA_ROUTER_LIFETIME = FieldDef.builder("icmpv6.nd.ra.router_lifetime",
            "Router lifetime (s)", UINT16).build();
    static final FieldDef RA_REACHABLE = FieldDef.builder("icmpv6.nd.ra.reachable_time", "Reachable time (ms)",
            UINT32).build();
    static final FieldDef RA_RETRANS = FieldDef.builder("icmpv6.nd.ra.retrans_timer", "Retrans timer (ms)", UINT32)
            .build();

    static final FieldDef OPT_RESERVED = FieldDef.builder("icmpv6.opt.reserved", "Reserved", NONE).build();
    static final FieldDef OPT_PADDING = FieldDef.builder("icmpv6.opt.padding", "Padding", NONE).build();
    static final FieldDef PREFIX_LEN = FieldDef.builder("icmpv6.opt.prefix.length", "Prefix Length", UINT8).build();
    static final FieldDef PREFIX_FLAG = FieldDef.builder("icmpv6.opt.prefix.flag", "Flag", UINT8).hex().build();
    static final FieldDef PREFIX_FLAG_L = FieldDef.builder("icmpv6.opt.prefix.flag.l", "On-link flag(L)", BOOLEAN)
            .mask(0x80, 8).setNotSet().build();
    static final FieldDef PREFIX_FLAG_A = FieldDef.builder("icmpv6.opt.prefix.flag.a",
            "Autonomous address-configuration flag(A)", BOOLEAN).mask(0x40, 8).setNotSet().build();
    static final FieldDef PREFIX_FLAG_R = FieldDef.builder("icmpv6.opt.prefix.flag.r", "Router address flag(R)",
            BOOLEAN).mask(0x20, 8).setNotSet().build();
    static final FieldDef PREFIX_FLAG_RSV = FieldDef.builder("icmpv6.opt.prefix.flag.reserved", "Reserved", UINT8)
            .mask(0x1f, 8).build();
    static final FieldDef PREFIX_VALID = FieldDef.builder("icmpv6.opt.prefix.valid_lifetime", "Valid Lifetime",
            UINT32).build();
    static final FieldDef PREFIX_PREFERRED = FieldDef.builder("icmpv6.opt.prefix.preferred_lifetime",
            "Preferred Lifetime", UINT32).build();
    static final FieldDef PREFIX = FieldDef.builder("icmpv6.opt.prefix", "Prefix", IPV6).build();
    static final FieldDef OPT_MTU = FieldDef.builder("icmpv6.opt.mtu", "MTU", UINT32).build();
    static final FieldDef ADV_INTERVAL = FieldDef.builder("icmpv6.opt.advertisement_interval",
            "Advertisement Interval", UINT32).build();
    static final FieldDef HA_PREFERENCE = FieldDef.builder("icmpv6.opt.home_agent_preference",
            "Home Agent Preference", UINT16).build();
    /** Named "Home Agent Preference" too in packet-icmpv6.c. */
    static final FieldDef HA_LIFETIME = FieldDef.builder("icmpv6.opt.home_agent_lifetime", "Home Agent Preference",
            UINT16).build();
    static final FieldDef ROUTE_FLAG = FieldDef.builder("icmpv6.opt.route_info.flag", "Flag", UINT8).hex().build();
    static final FieldDef ROUTE_FLAG_PREF = FieldDef.builder("icmpv6.opt.route_info.flag.route_preference",
            "Route Preference", UINT8).mask(0x18, 8).names(PREFERENCES).build();
    static final FieldDef ROUTE_FLAG_RSV = FieldDef.builder("icmpv6.opt.route_info.flag.reserved", "Reserved",
            UINT8).mask(0xe7, 8).build();
    static final FieldDef ROUTE_LIFETIME = FieldDef.builder("icmpv6.opt.route_lifetime", "Route Lifetime", UINT32)
            .build();
    static final FieldDef RDNSS_LIFETIME = FieldDef.builder("icmpv6.opt.rdnss.lifetime", "Lifetime", UINT32).build();
    static final FieldDef RDNSS = FieldDef.builder("icmpv6.opt.rdnss", "Recursive DNS Servers", IPV6).build();
    static final FieldDef DNSSL_LIFETIME = FieldDef.builder("icmpv6.opt.dnssl.lifetime", "Lifetime", UINT32).build();
    static final FieldDef DNSSL = FieldDef.builder("icmpv6.opt.dnssl", "Domain Names", STRING).build();
    static final FieldDef UNKNOWN_DATA = FieldDef.builder("icmpv6.unknown_data", "Unknown Data", BYTES).build();
    static final FieldDef REDIRECTED_PACKET = FieldDef.builder("icmpv6.opt.redirected_packet", "Redirected Packet",
            NONE).build();

    static final ExpertDef EI_OPTION_LENGTH = ExpertDef.of("icmpv6.invalid_option_length", ExpertGroup.MALFORMED,
            ExpertSeverity.ERROR, "Invalid Option Length");
    static final ExpertDef EI_UNKNOWN_DATA = ExpertDef.of("icmpv6.unknown_data.expert", ExpertGroup.MALFORMED,
            ExpertSeverity.ERROR, "Unknown Data (not interpreted)");

    static final FieldDef MIP6_ID = FieldDef.builder("icmpv6.mip6.identifier", "Identifier", UINT16)
            .base(Base.DEC_HEX)
            .blurb("An identifier to aid in matching with Request and Reply").build();
    static final FieldDef MIP6_HOME_AGENT = FieldDef.builder("icmpv6.mip6.home_agent_address", "Home Agent Address",
            IPV6).blurb("A list of addresses of home agents on the home link for the mobile node").build();
    static final FieldDef MIP6_FLAG = FieldDef.builder("icmpv6.mip6.flag", "Flags", UINT16).hex().build();
    static final FieldDef MIP6_FLAG_M = FieldDef.builder("icmpv6.mip6.flag.m", "Managed address configuration",
            BOOLEAN).mask(0x8000, 16).setNotSet()
            .blurb("When set, it indicates that addresses are available via DHCPv6").build();
    static final FieldDef MIP6_FLAG_O = FieldDef.builder("icmpv6.mip6.flag.o", "Other configuration", BOOLEAN)
            .mask(0x4000, 16).setNotSet()
            .blurb("When set, it indicates that other configuration information is available via DHCPv6").build();
    static final FieldDef MIP6_FLAG_RSV = FieldDef.builder("icmpv6.mip6.flag.rsv", "Reserved", UINT16)
            .mask(0x3fff, 16).blurb("Must be Zero").build();

    static final FieldDef[] FIELDS = {RA_HOP_LIMIT, RA_FLAG, RA_FLAG_M, RA_FLAG_O, RA_FLAG_H, RA_FLAG_PRF, RA_FLAG_P,
        RA_FLAG_RSV, RA_ROUTER_LIFETIME, RA_REACHABLE, RA_RETRANS, OPT_RESERVED, OPT_PADDING, PREFIX_LEN,
        PREFIX_FLAG, PREFIX_FLAG_L, PREFIX_FLAG_A, PREFIX_FLAG_R, PREFIX_FLAG_RSV, PREFIX_VALID, PREFIX_PREFERRED,
        PREFIX, OPT_MTU, ADV_INTERVAL, HA_PREFERENCE, HA_LIFETIME, ROUTE_FLAG, ROUTE_FLAG_PREF, ROUTE_FLAG_RSV, ROUTE_LIFETIME, RDNSS_LIFETIME, RDNSS,
        DNSSL_LIFETIME, DNSSL, UNKNOWN_DATA, REDIRECTED_PACKET, MIP6_ID, MIP6_HOME_AGENT, MIP6_FLAG, MIP6_FLAG_M, MIP6_FLAG_O,
        MIP6_FLAG_RSV};
    static final ExpertDef EI_UNDECODED_OPTION = ExpertDef.of("icmpv6.undecoded.option", ExpertGroup.UNDECODED,
            ExpertSeverity.NOTE, "Undecoded option");
    static final ExpertDef[] EXPERTS = {EI_OPTION_LENGTH, EI_UNKNOWN_DATA, EI_UNDECODED_OPTION};

    /** The Router Advertisement's fields after the checksum, then its options. */
    static void routerAdvertisement(ByteView tvb, PacketContext ctx, ProtoNode t, Dissector ipv6) {
        t.add(RA_HOP_LIMIT, tvb, 4, 1, tvb.u8(4));
        int fl = tvb.u8(5);
        ProtoNode f = t.add(RA_FLAG, tvb, 5, 1, fl);
        if (ctx.labels()) {
            // proto_tree_add_bitmask's text: the set flags' names, and the preference's value name always
            f.label(FieldFormat.appendBitmaskNames(new StringBuilder("Flags: 0x").append(FieldFormat.hexPadded(fl, 2)),
                    fl, RA_FLAG_M, RA_FLAG_O, RA_FLAG_H, RA_FLAG_PRF, RA_FLAG_P, RA_FLAG_RSV).toString());
        }
        f.add(RA_FLAG_M, tvb, 5, 1, fl >> 7 & 1);
        f.add(RA_FLAG_O, tvb, 5, 1, fl >> 6 & 1);
        f.add(RA_FLAG_H, tvb, 5, 1, fl >> 5 & 1);
        f.add(RA_FLAG_PRF, tvb, 5, 1, fl >> 3 & 3);
        f.add(RA_FLAG_P, tvb, 5, 1, fl >> 2 & 1);
        f.add(RA_FLAG_RSV, tvb, 5, 1, fl & 3);
        t.add(RA_ROUTER_LIFETIME, tvb, 6, 2, tvb.u16(6));
        t.add(RA_REACHABLE, tvb, 8, 4, tvb.u32(8));
        t.add(RA_RETRANS, tvb, 12, 4, tvb.u32(12));
        options(tvb, 16, ctx, t, ipv6);
    }

    /**
     * Mobile IPv6's messages (RFC 6275 6.5-6.8, types 144-147): an identifier, then reserved bytes and the home
     * agents' addresses to the end of the message (a reply), or the M and O flags and ND options (an advertisement).
     */
    static void mobileIpv6(int type, ByteView tvb, PacketContext ctx, ProtoNode t, Dissector ipv6) {
        t.add(MIP6_ID, tvb, 4, 2, tvb.u16(4));
        if (type != 147) {
            t.addObj(V6_RESERVED, tvb, 6, 2, tvb.toArray(6, 2));
            if (type == 145) {
                for (int off = 8; tvb.reportedLength() > off; off += 16) {
                    t.addObj(MIP6_HOME_AGENT, tvb, off, 16, tvb.toArray(off, 16));
                }
            }
            return;
        }
        if (ctx.treeless()) {
            // without a tree tshark adds the items above (checking their bytes) but reads no flags: an
            // advertisement cut inside them is not malformed in its summary
            options(tvb, 8, ctx, t, ipv6);
            return;
        }
        int fl = tvb.u16(6);
        ProtoNode f = t.add(MIP6_FLAG, tvb, 6, 2, fl);
        if (ctx.labels()) {
            f.label(FieldFormat.appendBitmaskNames(new StringBuilder("Flags: 0x").append(FieldFormat.hexPadded(fl, 4)),
                    fl, MIP6_FLAG_M, MIP6_FLAG_O, MIP6_FLAG_RSV).toString());
        }
        f.add(MIP6_FLAG_M, tvb, 6, 2, fl >> 15);
        f.add(MIP6_FLAG_O, tvb, 6, 2, fl >> 14 & 1);
        f.add(MIP6_FLAG_RSV, tvb, 6, 2, fl & 0x3fff);
        options(tvb, 8, ctx, t, ipv6);
    }

    /**
     * dissect_icmpv6_nd_opt: options from {@code off} to the end of the message; a redirected header's packet goes to
     * {@code ipv6} (null: not dissected).
     */
    static void options(ByteView tvb, int off, PacketContext ctx, ProtoNode t, Dissector ipv6) {
        boolean lab = ctx.labels();
        while (tvb.reportedLength() > off) {
            int n = tvb.u8(off + 1) * 8;
            ProtoNode o = t.addItem(V6_OPT, tvb, off, n);
            int type = tvb.u8(off);
            o.add(V6_OPT_TYPE, tvb, off, 1, type);
            String name = V6_OPT_TYPES.get((long) type);
            StringBuilder text = lab ? new StringBuilder("ICMPv6 Option (").append(name == null ? "Unknown " + type
                    : name) : null;
            if (lab) {
                o.label(text.toString()); // until the closing parenthesis, which a cut option never gets
            }
            ProtoNode length = o.add(V6_OPT_LENGTH, tvb, off + 1, 1, n / 8);
            if (lab) {
                length.label("Length: " + n / 8 + " (" + n + " bytes)");
            }
            if (n == 0) {
                Expert.add(ctx, length, EI_OPTION_LENGTH, "Invalid option length (Zero)");
                return;
            }
            int p = off + 2;
            int end = off + n;
            boolean known = true;
            // packet-icmpv6.c appends to the option's text as it reads each part: a part the capture cut short
            // leaves the text as far as it got
            try {
                switch (type) {
                    case 1, 2 -> {
                        if (n == 8) {
                            long mac = tvb.u48(p);
                            o.add(V6_OPT_LINKADDR, tvb, p, 6, mac);
                            o.add(type == 1 ? V6_OPT_SRC_LINKADDR : V6_OPT_TARGET_LINKADDR, tvb, p, 6, mac).hidden();
                            if (lab) {
                                text.append(" : ").append(FieldFormat.ether(mac));
                            }
                        } else if (n == 16 && tvb.u32(p + 8) == 0 && tvb.u16(p + 12) == 0) {
                            // sixteen bytes ending in six zeros: an EUI-64 and its padding
                            byte[] eui = tvb.toArray(p, 8);
                            o.addObj(V6_OPT_LINKADDR_EUI64, tvb, p, 8, eui);
                            FieldDef eui64 = type == 1 ? V6_OPT_SRC_LINKADDR_EUI64 : V6_OPT_TARGET_LINKADDR_EUI64;
                            o.addObj(eui64, tvb, p, 8, eui).hidden();
                            if (type == 1) { // (packet-icmpv6.c adds the byte-string items for a source address only)
                                o.addObj(V6_OPT_LINKADDR_BYTES, tvb, p, 8, eui).hidden();
                                o.addObj(V6_OPT_SRC_LINKADDR_BYTES, tvb, p, 8, eui).hidden();
                            }
                            o.addItem(OPT_PADDING, tvb, p + 8, 6);
                            if (lab) {
                                text.append(" : ").append(FieldFormat.hex(eui, 0, 8, ":"));
                            }
                        } else {
                            // another length: the address as bytes, read whole (past the message: malformed)
                            tvb.ensure(p, n - 2);
                            byte[] a = tvb.toArray(p, n - 2);
                            o.addObj(V6_OPT_LINKADDR_BYTES, tvb, p, n - 2, a);
                            o.addObj(type == 1 ? V6_OPT_SRC_LINKADDR_BYTES : V6_OPT_TARGET_LINKADDR_BYTES, tvb, p,
                                    n - 2,
                                    a).hidden();
                        }
                        p = end;
                    }
                    case 3 -> {
                        int plen = tvb.u8(p);
                        o.add(PREFIX_LEN, tvb, p, 1, plen);
                        int pf = tvb.u8(p + 1);
                        ProtoNode f = o.add(PREFIX_FLAG, tvb, p + 1, 1, pf);
                        if (lab) {
                            f.label(FieldFormat.appendBitmaskNames(new StringBuilder("Flag: 0x")
                                    .append(FieldFormat.hexPadded(pf, 2)), pf, PREFIX_FLAG_L, PREFIX_FLAG_A,
                                            PREFIX_FLAG_R,
                                    PREFIX_FLAG_RSV).toString());
                        }
                        f.add(PREFIX_FLAG_L, tvb, p + 1, 1, pf >> 7 & 1);
                        f.add(PREFIX_FLAG_A, tvb, p + 1, 1, pf >> 6 & 1);
                        f.add(PREFIX_FLAG_R, tvb, p + 1, 1, pf >> 5 & 1);
                        f.add(PREFIX_FLAG_RSV, tvb, p + 1, 1, pf & 0x1f);
                        lifetime(o, PREFIX_VALID, tvb, p + 2, "Valid Lifetime", null, lab);
                        lifetime(o, PREFIX_PREFERRED, tvb, p + 6, "Preferred Lifetime", null, lab);
                        o.addItem(OPT_RESERVED, tvb, p + 10, 4);
                        byte[] prefix = tvb.toArray(p + 14, 16);
                        o.addObj(PREFIX, tvb, p + 14, 16, prefix);
                        if (lab) {
                            text.append(" : ").append(FieldFormat.ipv6(prefix)).append('/').append(plen);
                        }
                        p += 30;
                    }
                    case 4 -> {
                        // the redirected packet, as much of it as fits: an error packet's, under the option; the
                        // option's bytes after what the IPv6 dissector took are unknown data
                        o.addItem(OPT_RESERVED, tvb, p, 6);
                        p += 6;
                        if (n > 8) {
                            tvb.ensureFromStart(p, 1); // an item to the end (-1) needs a byte there
                            o.addItem(REDIRECTED_PACKET, tvb, p, tvb.reportedLength() - p);
                            if (ipv6 != null) {
                                p += IcmpModule.contained(tvb.tail(p), ctx, o, ipv6);
                            }
                        }
                    }
                    case 5, 7 -> {
                        // MTU and advertisement interval: two reserved bytes, then the value, shown in the item's text
                        o.addItem(OPT_RESERVED, tvb, p, 2);
                        long v = tvb.u32(p + 2);
                        o.add(type == 5 ? OPT_MTU : ADV_INTERVAL, tvb, p + 2, 4, v);
                        if (lab) {
                            text.append(" : ").append(v);
                        }
                        p += 6;
                    }
                    case 8 -> {
                        o.addItem(OPT_RESERVED, tvb, p, 2);
                        o.add(HA_PREFERENCE, tvb, p + 2, 2, tvb.u16(p + 2));
                        o.add(HA_LIFETIME, tvb, p + 4, 2, tvb.u16(p + 4));
                        p += 6;
                    }
                    case 24 -> {
                        int plen = tvb.u8(p);
                        o.add(PREFIX_LEN, tvb, p, 1, plen);
                        int rf = tvb.u8(p + 1);
                        String pref = PREFERENCES.get((long) (rf >> 3 & 3));
                        ProtoNode f = o.add(ROUTE_FLAG, tvb, p + 1, 1, rf);
                        if (lab) {
                            f.label(FieldFormat.appendBitmaskNames(new StringBuilder("Flag: 0x")
                                    .append(FieldFormat.hexPadded(rf, 2)), rf, ROUTE_FLAG_PREF,
                                            ROUTE_FLAG_RSV).toString());
                            text.append(" : ").append(pref);
                        }
                        f.add(ROUTE_FLAG_PREF, tvb, p + 1, 1, rf >> 3 & 3);
                        f.add(ROUTE_FLAG_RSV, tvb, p + 1, 1, rf & 0xe7);
                        lifetime(o, ROUTE_LIFETIME, tvb, p + 2, "Route Lifetime", null, lab);
                        p += 6;
                        if (n == 8) {
                            if (lab) {
                                text.append(" ::/").append(plen);
                            }
                        } else if (n == 16 || n == 24) {
                            int have = n == 16 ? 8 : 16;
                            byte[] prefix = new byte[16];
                            tvb.copyTo(p, prefix, 0, have);
                            o.addObj(PREFIX, tvb, p, have, prefix);
                            if (lab) {
                                text.append(' ').append(FieldFormat.ipv6(prefix)).append('/').append(plen);
                            }
                            p += have;
                        } else {
                            Expert.add(ctx, length, EI_OPTION_LENGTH, EI_OPTION_LENGTH.summary());
                        }
                    }
                    case 25 -> {
                        o.addItem(OPT_RESERVED, tvb, p, 2);
                        lifetime(o, RDNSS_LIFETIME, tvb, p + 2, "Lifetime", "RDNSS address MUST no longer be used",
                                lab);
                        p += 6;
                        while (p < end) {
                            byte[] server = tvb.toArray(p, 16);
                            o.addObj(RDNSS, tvb, p, 16, server);
                            if (lab) {
                                text.append(' ').append(FieldFormat.ipv6(server));
                            }
                            p += 16;
                        }
                    }
                    case 31 -> {
                        o.addItem(OPT_RESERVED, tvb, p, 2);
                        lifetime(o, DNSSL_LIFETIME, tvb, p + 2, "Lifetime", "DNSSL domain name MUST no longer be used",
                                lab);
                        p += 6;
                        while (p < end) {
                            if (tvb.u8(p) == 0) {
                                o.addItem(OPT_PADDING, tvb, p, end - p);
                                p = end;
                                break;
                            }
                            // pointers count from the name's own start, as get_dns_name is called here
                            DnsModule.NameAt domain = DnsModule.nameAt(tvb.tail(p), 0, ctx, o);
                            o.addObj(DNSSL, tvb, p, domain.length(), domain.text());
                            if (lab) {
                                text.append(' ').append(domain.text());
                            }
                            p += domain.length();
                        }
                    }
                    default -> known = false; // the options packet-icmpv6.c decodes and jdissect does not
                }
                off += n;
                if (known && off > p) {
                    // the rest of the option, which must be there (an option running past the message is malformed)
                    ProtoNode u = o.addObj(UNKNOWN_DATA, tvb, p, off - p, tvb.toArray(p, off - p));
                    Expert.add(ctx, u, EI_UNKNOWN_DATA, EI_UNKNOWN_DATA.summary());
                } else if (!known && name == null) {
                    // dissect_icmpv6_nd_opt's default: a note, and the option's data as bytes
                    Expert.add(ctx, o, EI_UNDECODED_OPTION, "Dissector for ICMPv6 Option (" + type
                            + ") code not implemented, Contact Wireshark developers if you want this supported");
                    o.addObj(IcmpModule.V6_DATA, tvb, p, end - p, tvb.toArray(p, end - p));
                }
                if (lab) {
                    o.label(text.append(')').toString());
                }
            } catch (BoundsException e) {
                if (lab) {
                    o.label(text.toString());
                }
                throw e;
            }
        }
    }

    /** A lifetime: BASE_SPECIAL_VALS shows the name of 0xffffffff (and of 0, when it has one) before the number. */
    private static void lifetime(ProtoNode o, FieldDef f, ByteView tvb, int off, String title, String zero,
                                 boolean lab) {
        long v = tvb.u32(off);
        ProtoNode n = o.add(f, tvb, off, 4, v);
        if (lab && (v == 0xffffffffL || (v == 0 && zero != null))) {
            n.label(title + ": " + (v == 0 ? zero : "Infinity") + " (" + v + ")");
        }
    }
}
