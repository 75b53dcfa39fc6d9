package org.jdissect.output.summary;

import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;

/** IPv4 and IPv6 (packet-ip.c dissect_ip_v4, packet-ipv6.c dissect_ipv6). */
final class IpColumns {
    private IpColumns() {
    }

    static void ipv4(Columns c, ProtoNode p) {
        // dissect_ip_v4: COL_PROTOCOL "IPv4", Info cleared; pinfo->src/dst the addresses once the header is read
        c.protocol = "IPv4";
        c.info.clear();
        c.ipTtl = Nodes.num(p, "ip.ttl", -1);
        addresses(c, p, "ip.src", "ip.dst");
        long version = Nodes.num(p, "ip.version", 4);
        String label = p.label();
        if (label != null && label.startsWith("Internet Protocol, bogus version")) {
            // the generic "ip" dissector (a link type that does not tell IPv4 from IPv6) on another version:
            // COL_PROTOCOL "IP", and no addresses of its own
            c.protocol = "IP";
            c.info.set("Bogus IP version (" + version + ")");
            return;
        }
        if (version != 4) {
            c.info.set("Bogus IPv4 version (" + version + ", must be 4)"); // and dissect_ip_v4 stops there
            return;
        }
        ProtoNode hl = Nodes.find(p, "ip.hdr_len");
        if (hl != null && hl.num() < 20) {
            c.info.set("Bogus IP header length (" + hl.num() + ", must be at least 20)");
            return;
        }
        ProtoNode tl = Nodes.find(p, "ip.len");
        if (tl != null && hl != null && tl.num() < hl.num() && Nodes.has(p, "ip.bogus_ip_length")) {
            c.info.set("Bogus IP length (" + tl.num() + ", less than header length " + hl.num() + ")");
            return;
        }
        // show_fragment_errs_in_col: a datagram put together from conflicting, too long or several last fragments
        boolean illegal = Nodes.has(p, "ip.fragment.error");
        if (illegal) {
            c.info.set("[Illegal IPv4 fragments]");
        }
        ProtoNode next = p.next();
        String above = next == null ? null : Nodes.abbrev(next);
        boolean handedToData = above == null || "data".equals(above);
        if (!handedToData || !Nodes.has(p, "ip.proto")) {
            return;
        }
        ProtoNode protoNode = Nodes.find(p, "ip.proto");
        int proto = (int) protoNode.num();
        long off = Nodes.num(p, "ip.frag_offset", 0) * 8; // the field counts 8-byte units
        boolean mf = Nodes.num(p, "ip.flags.mf", 0) != 0;
        if ((off != 0 || mf && next != null) && !Nodes.has(p, "ip.fragments")) {
            // next_tvb == NULL: a fragment not (yet) reassembled (an empty first fragment has a next_tvb, of no
            // bytes, which packet-ip.c hands to no one: no Info at all); the one that completed it shows the result
            c.info.set("Fragmented IP protocol (proto=" + protoName(protoNode.def(), proto) + " " + proto + ", off="
                    + off + ", ID=" + hex4(Nodes.num(p, "ip.id", 0)) + ")");
            ProtoNode in = Nodes.find(p, "ip.reassembled_in");
            if (in != null) {
                c.info.append(" [Reassembled in #" + in.num() + "]"); // a second pass of two knows where
            }
        } else if (next != null && !illegal) {
            // ip_try_dissect found nothing: "Unknown protocol" shows its name and number
            c.info.set(protoName(protoNode.def(), proto) + " (" + proto + ")");
        }
    }

    /** The name an extension header's dissector appends to Info, or null for any other node. */
    private static String extensionHeaderInfo(String abbrev) {
        return switch (abbrev == null ? "" : abbrev) {
            case "ipv6.routing" -> "IPv6 routing";
            case "ipv6.hopopts" -> "IPv6 hop-by-hop options";
            case "ipv6.dstopts" -> "IPv6 destination options";
            default -> null;
        };
    }

    static void ipv6(Columns c, ProtoNode p) {
        c.protocol = "IPv6";
        c.info.clear();
        c.ipv6Hlim = Nodes.num(p, "ipv6.hlim", -1);
        addresses(c, p, "ipv6.src", "ipv6.dst");
        if (Nodes.has(p, "ipv6.invalid_header")) {
            // dissect_ipv6 on fewer than 40 reported bytes (the item covers them), which end it before long
            c.info.set("Invalid IPv6 header (" + p.length() + " bytes, need exactly 40)");
            return;
        }
        String home = Nodes.text(p, "ipv6.opt.mipv6.home_address");
        if (home != null) {
            c.src = home; // dissect_opt_home_address: the mobile node's home address is pinfo->src
        }
        String routed = routedDestination(p);
        if (routed != null) {
            c.dst = routed;
        }
        ProtoNode next = p.next();
        String above = next == null ? null : Nodes.abbrev(next);
        if (above != null && !"data".equals(above) && !above.startsWith("_ws.")) {
            return; // the protocol above writes the Info column (an exception marker only appends to it)
        }
        // what the extension headers wrote, in their order: the routing, hop-by-hop and destination options headers
        // append their names (separated by " , "), dissect_fraghdr sets "IPv6 fragment (off=%u more=%s ident=0x%08x nxt=%u)"
        // a payload length of 0 before a hop-by-hop header without a jumbo option: dissect_ipv6 says so first
        String info = Nodes.has(p, "ipv6.opt.jumbo.missing") ? "Invalid IPv6 payload length" : "";
        boolean fragment = false;
        ProtoNode ipNxt = Nodes.find(p, "ipv6.nxt");
        ProtoNode nxt = ipNxt;
        String lastHeader = null;
        for (ProtoNode h = p.firstChild(); h != null; h = h.next()) {
            String abbrev = Nodes.abbrev(h);
            String header = extensionHeaderInfo(abbrev);
            if (header != null) {
                lastHeader = abbrev;
                info = info.isEmpty() ? header : info + " , " + header;
            } else if ("ah".equals(abbrev)) {
                // dissect_ah as an extension header: "AH", its SPI, and the chain goes on from its next header
                c.protocol = "AH";
                ProtoNode spi = Nodes.find(h, "ah.spi");
                info = spi == null ? "" : IpsecColumns.spi("AH", spi.num());
                ProtoNode ahNext = Nodes.find(h, "ah.next_header");
                if (ahNext != null) {
                    nxt = ahNext;
                }
            } else if ("ipv6.fraghdr".equals(abbrev)) {
                ProtoNode frag = Nodes.find(h, "ipv6.fraghdr.offset");
                if (frag != null) {
                    fragment = true;
                    // the offset in bytes: dissect_fraghdr masks the field, whose unit is eight bytes
                    info = "IPv6 fragment (off=" + frag.num() * 8 + " more="
                            + (Nodes.num(h, "ipv6.fraghdr.more", 0) != 0 ? "y" : "n") + " ident=0x"
                            + String.format("%08x", Nodes.num(h, "ipv6.fraghdr.ident", 0)) + " nxt="
                            + Nodes.num(h, "ipv6.fraghdr.nxt", 0) + ")";
                }
            }
            if (abbrev != null && abbrev.startsWith("ipv6.") && h.firstChild() != null
                    && h.firstChild().abbrev() != null && h.firstChild().abbrev().endsWith(".nxt")) {
                nxt = h.firstChild(); // an extension header's Next Header
            }
        }
        if (above != null && above.startsWith("_ws.")) {
            // an extension header that threw before adding its item had appended its name already (the dissectors
            // of the hop-by-hop, destination options and routing headers name themselves first)
            String thrownIn = Columns.markerProtocol(next);
            String abbrev = thrownIn == null ? null : switch (thrownIn) {
                case "IPv6 Hop-by-Hop" -> "ipv6.hopopts";
                case "IPv6 Destination" -> "ipv6.dstopts";
                case "IPv6 Routing" -> "ipv6.routing";
                default -> null;
            };
            if (abbrev != null && !abbrev.equals(lastHeader)) {
                String header = extensionHeaderInfo(abbrev);
                info = info.isEmpty() ? header : info + " , " + header;
            }
        }
        if (fragment && Nodes.has(p, "ipv6.fragments")) {
            fragment = false; // reassembled here: ipv6_dissect_next goes on with the whole datagram
        }
        if (!fragment && nxt != null && (above == null || "data".equals(above))) {
            // ipv6_dissect_next with nothing for the next header: "IPv6 no next header" for 59, else
            // "Unknown IP Protocol: %s (%u)"
            int proto = (int) nxt.num();
            info = proto == 59 ? "IPv6 no next header"
                    : "Unknown IP Protocol: " + protoName(ipNxt.def(), proto) + " (" + proto + ")";
        }
        if (!info.isEmpty()) {
            c.info.set(info);
        }
    }

    /**
     * With segments left, a routing header makes its final hop pinfo->dst (dissect_routing6_rt0: the last address;
     * _mipv6: the home address; _srh: the first entry of the segment list); null otherwise.
     */
    private static String routedDestination(ProtoNode p) {
        ProtoNode routing = Nodes.find(p, "ipv6.routing");
        if (routing == null || Nodes.num(routing, "ipv6.routing.segleft", 0) == 0) {
            return null;
        }
        long type = Nodes.num(routing, "ipv6.routing.type", -1);
        ProtoNode hop = null;
        if (type == 0) {
            for (ProtoNode c = routing.firstChild(); c != null; c = c.next()) {
                if ("ipv6.routing.src.addr".equals(Nodes.abbrev(c))) {
                    hop = c;
                }
            }
        } else if (type == 2) {
            hop = Nodes.find(routing, "ipv6.routing.mipv6.home_address");
        } else if (type == 4) {
            hop = Nodes.find(routing, "ipv6.routing.srh.addr");
        }
        return hop == null ? null : FieldFormat.value(hop);
    }

    /**
     * pinfo->net_src and dst, and src and dst with them, become the header's addresses once it has them; a header cut
     * before keeps the link's.
     */
    private static void addresses(Columns c, ProtoNode p, String src, String dst) {
        ProtoNode s = Nodes.find(p, src);
        if (s != null) {
            c.src = FieldFormat.value(s);
            c.netSrc = c.src;
        }
        ProtoNode d = Nodes.find(p, dst);
        if (d != null) {
            c.dst = FieldFormat.value(d);
            c.netDst = c.dst;
        }
    }

    /** ipprotostr: the IANA name, "Unknown" otherwise. */
    static String protoName(FieldDef def, int proto) {
        String name = def == null ? null : def.valueName(proto);
        return name == null ? "Unknown" : name;
    }

    static String hex4(long v) {
        String h = Long.toHexString(v);
        return "0000".substring(Math.min(4, h.length())) + h;
    }
}
