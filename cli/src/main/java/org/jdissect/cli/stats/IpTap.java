package org.jdissect.cli.stats;

import java.util.Locale;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dsl.DisplayFilterException;

/**
 * The "ip" and "ipv6" taps as pinfo_stats_tree.c's trees see them: packet-ip.c queues one event an IPv4 header it got
 * past the options of, packet-ipv6.c one an IPv6 header past its extension headers (a tunnel's each; a header an
 * ICMP error quotes queues one too, but with pinfo->flags.in_error_pkt set, and tap_push_tapped_queue hands those to
 * no stats_tree). Each event is read after the whole packet, so with the packet's last network addresses and port
 * type (pinfo->net_src, net_dst, ptype), whichever header queued it.
 */
final class IpTap {
    /** address_to_str of pinfo->net_src and net_dst. */
    record NetAddresses(String source, String destination) {
    }

    private static final NetAddresses NONE = new NetAddresses("", "");

    private final AddressKind kind;

    /** The tap of IP version {@code version} (4 or 6). */
    IpTap(int version) {
        kind = version == 4 ? AddressKind.IP : AddressKind.IPV6;
    }

    /** The fields the taps' events and addresses are read from, and the frame's time, in the CLI's registry. */
    static TreeStatistic.Fields fields(Statistics.Filters filters) throws DisplayFilterException {
        return new TreeStatistic.Fields(filters, "ip.src", "ip.dst", "ip.cur_rt", "ipv6.src", "ipv6.dst",
                "ipv6.fraghdr.more", "ipv6.fraghdr.offset", "ipv6.fragments", TreeStatistic.TIME_RELATIVE);
    }

    /**
     * The tap's events in this packet: its protocol's layers at the top of the tree (where a quoted header is not)
     * that got to the tap: past the version check, which comes before the addresses, and no exception first.
     */
    int events(PacketContext ctx) {
        int c = 0;
        for (ProtoNode n = ctx.tree().root().firstChild(); n != null; n = n.next()) {
            if (kind.protocol.equals(n.abbrev()) && addresses(n) != null && kind.reachedTap(n)) {
                c++;
            }
        }
        return c;
    }

    /**
     * pinfo->net_src and net_dst after the packet: the last IP or IPv6 header's at the top of the tree. An ICMP
     * error's quoted header leaves them alone (the summary line shows the error's own addresses), and IPv6's Home
     * Address option and routing header move only pinfo->src and dst. IPv4's destination is the source route's
     * final one when there is one (ip.dst, in the option, where ip.cur_rt stands in the header).
     */
    static NetAddresses netAddresses(PacketContext ctx) {
        NetAddresses last = NONE;
        for (ProtoNode n = ctx.tree().root().firstChild(); n != null; n = n.next()) {
            String p = n.abbrev();
            if ("ip".equals(p) || "ipv6".equals(p)) {
                NetAddresses a = addresses(n);
                if (a != null) {
                    last = a;
                }
            }
        }
        return last;
    }

    private static NetAddresses addresses(ProtoNode layer) {
        boolean v4 = "ip".equals(layer.abbrev());
        ProtoNode src = child(layer, v4 ? "ip.src" : "ipv6.src");
        ProtoNode dst = v4 ? first(layer, "ip.dst") : child(layer, "ipv6.dst");
        if (src == null || dst == null) {
            return null;
        }
        return v4 ? new NetAddresses(FieldFormat.ipv4(src.num()), FieldFormat.ipv4(dst.num()))
                : new NetAddresses(FieldFormat.ipv6((byte[]) src.obj()), FieldFormat.ipv6((byte[]) dst.obj()));
    }

    private static ProtoNode child(ProtoNode layer, String abbrev) {
        for (ProtoNode c = layer.firstChild(); c != null; c = c.next()) {
            if (abbrev.equals(c.abbrev())) {
                return c;
            }
        }
        return null;
    }

    /** The first {@code abbrev} below {@code node}, depth first: the header's own before its options'. */
    private static ProtoNode first(ProtoNode node, String abbrev) {
        for (ProtoNode c = node.firstChild(); c != null; c = c.next()) {
            if (abbrev.equals(c.abbrev())) {
                return c;
            }
            ProtoNode d = first(c, abbrev);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** port_type_to_str of pinfo->ptype: the last transport's, quoted or not, "NONE" without one. */
    static String portType(PacketContext ctx) {
        return ctx.portType == null ? "NONE" : ctx.portType.toUpperCase(Locale.ROOT);
    }
}
