package org.jdissect.dissectors.icmp;

import static org.jdissect.api.field.FieldType.*;

import java.util.Map;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.dns.DnsModule;

/**
 * ICMPv6 Node Information queries and replies (RFC 4620, types 139 and 140) as packet-icmpv6.c's dissect_nodeinfo
 * shows them: Qtype, flags, nonce, then a query's subject (by code: an IPv6 address, a DNS name, an IPv4 address)
 * or a reply's data (by Qtype: TTL and names, TTL and address pairs).
 */
final class NodeInformation {
    private static final Map<Long, String> QTYPES = Map.of(0L, "NOOP", 1L, "Supported query types (Obsolete)",
            2L, "Node Name", 3L, "Node addresses", 4L, "IPv4 node addresses");

    static final FieldDef QTYPE = FieldDef.builder("icmpv6.ni.qtype", "Qtype", UINT16).names(QTYPES)
            .blurb("Designates the type of information").build();
    static final FieldDef FLAG = FieldDef.builder("icmpv6.ni.flag", "Flags", UINT16).hex()
            .blurb("Qtype-specific flags that may be defined for certain Query types and their Replies").build();
    static final FieldDef FLAG_G = flag("icmpv6.ni.flag.g", "Global-scope addresses", 0x20,
            "Global-scope addresses are requested");
    static final FieldDef FLAG_S = flag("icmpv6.ni.flag.s", "Site-local addresses", 0x10,
            "Site-local addresses are requested");
    static final FieldDef FLAG_L = flag("icmpv6.ni.flag.l", "Link-local addresses", 0x08,
            "Link-local addresses are requested");
    static final FieldDef FLAG_C = flag("icmpv6.ni.flag.c", "Compression", 0x04,
            "IPv4-compatible (now deprecated) and IPv4-mapped addresses are requested");
    static final FieldDef FLAG_A = FieldDef.builder("icmpv6.ni.flag.a", "Unicast Addresses", BOOLEAN)
            .mask(0x02, 16).trueFalse("All unicast address", "Unicast addresses on the queried interface")
            .blurb("Responder's unicast addresses").build();
    static final FieldDef FLAG_T = flag("icmpv6.ni.flag.t", "Truncated", 0x01,
            "Defined in a Reply only, indicates that the set of addresses is incomplete for space reasons");
    static final FieldDef FLAG_RSV = FieldDef.builder("icmpv6.ni.flag.rsv", "Reserved", UINT16).hex()
            .mask(0xffc0, 16).blurb("Must be Zero").build();
    static final FieldDef NONCE = FieldDef.builder("icmpv6.ni.nonce", "Nonce", UINT64).hex()
            .blurb("An opaque 64-bit field").build();
    static final FieldDef SUBJECT_IPV6 = FieldDef.builder("icmpv6.ni.query.subject_ipv6", "IPv6 subject address",
            IPV6).build();
    static final FieldDef SUBJECT_FQDN = FieldDef.builder("icmpv6.ni.query.subject_fqdn", "FQDN subject", STRING)
            .build();
    static final FieldDef SUBJECT_IPV4 = FieldDef.builder("icmpv6.ni.query.subject_ipv4", "IPv4 subject address",
            IPV4).build();
    static final FieldDef NODE_TTL = FieldDef.builder("icmpv6.ni.reply.node_ttl", "TTL", UINT32).build();
    static final FieldDef NODE_NAME = FieldDef.builder("icmpv6.ni.reply.node_name", "Name Node", STRING).build();
    static final FieldDef NODE_ADDRESS = FieldDef.builder("icmpv6.ni.reply.node_address", "IPv6 Node address",
            IPV6).build();
    static final FieldDef IPV4_ADDRESS = FieldDef.builder("icmpv6.ni.reply.ipv4_address", "IPv4 Node address",
            IPV4).build();

    static final FieldDef[] FIELDS = {QTYPE, FLAG, FLAG_G, FLAG_S, FLAG_L, FLAG_C, FLAG_A, FLAG_T, FLAG_RSV, NONCE,
        SUBJECT_IPV6, SUBJECT_FQDN, SUBJECT_IPV4, NODE_TTL, NODE_NAME, NODE_ADDRESS, IPV4_ADDRESS};

    private NodeInformation() {
    }

    private static FieldDef flag(String abbrev, String name, int mask, String blurb) {
        return FieldDef.builder(abbrev, name, BOOLEAN).mask(mask, 16).setNotSet().blurb(blurb).build();
    }

    /** The message after the checksum; {@code query} for type 139. */
    static void dissect(ByteView tvb, PacketContext ctx, ProtoNode t, boolean query, int code) {
        int qtype = tvb.u16(4);
        t.add(QTYPE, tvb, 4, 2, qtype);
        int fl = tvb.u16(6);
        ProtoNode f = t.add(FLAG, tvb, 6, 2, fl);
        if (ctx.labels()) {
            // proto_tree_add_bitmask's text: the names of the flags set (the reserved bits have none)
            f.label(FieldFormat.appendBitmaskNames(new StringBuilder("Flags: 0x").append(FieldFormat.hexPadded(fl, 4)),
                    fl, FLAG_G, FLAG_S, FLAG_L, FLAG_C, FLAG_A, FLAG_T).toString());
        }
        f.add(FLAG_G, tvb, 6, 2, fl >> 5 & 1);
        f.add(FLAG_S, tvb, 6, 2, fl >> 4 & 1);
        f.add(FLAG_L, tvb, 6, 2, fl >> 3 & 1);
        f.add(FLAG_C, tvb, 6, 2, fl >> 2 & 1);
        f.add(FLAG_A, tvb, 6, 2, fl >> 1 & 1);
        f.add(FLAG_T, tvb, 6, 2, fl & 1);
        f.add(FLAG_RSV, tvb, 6, 2, (fl & 0xffc0) >> 6);
        t.add(NONCE, tvb, 8, 8, tvb.u64(8));
        int off = 16;
        int end = tvb.reportedLength();
        if (end <= off) {
            return;
        }
        if (query) {
            switch (code) {
                case 0 -> t.addObj(SUBJECT_IPV6, tvb, off, 16, tvb.toArray(off, 16));
                case 1 -> {
                    DnsModule.NameAt n = DnsModule.nameAt(tvb.tail(off), 0, ctx, t);
                    t.addObj(SUBJECT_FQDN, tvb, off, n.length(), n.text());
                }
                case 2 -> t.add(SUBJECT_IPV4, tvb, off, 4, tvb.u32(off));
                default -> {
                }
            }
            return;
        }
        switch (qtype) {
            case 2 -> {
                t.add(NODE_TTL, tvb, off, 4, tvb.u32(off));
                off += 4;
                // the names follow to the end of the message, or to a zero byte where a name would start
                while (off < end && tvb.u8(off) != 0) {
                    DnsModule.NameAt n = DnsModule.nameAt(tvb.tail(off), 0, ctx, t);
                    t.addObj(NODE_NAME, tvb, off, n.length(), n.text());
                    off += n.length();
                }
            }
            case 3, 4 -> {
                int size = qtype == 3 ? 16 : 4;
                while (off < end) {
                    t.add(NODE_TTL, tvb, off, 4, tvb.u32(off));
                    off += 4;
                    if (qtype == 3) {
                        t.addObj(NODE_ADDRESS, tvb, off, size, tvb.toArray(off, size));
                    } else {
                        t.add(IPV4_ADDRESS, tvb, off, size, tvb.u32(off));
                    }
                    off += size;
                }
            }
            default -> {
            }
        }
    }
}
