package org.jdissect.cli.stats;

import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldType;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dsl.DisplayFilterException;

/**
 * The "ip" and "ipv6" taps: packet-ip.c queues one event an IPv4 header it got past the options of, packet-ipv6.c
 * one an IPv6 header past its extension headers (a tunnel's each). Each is seen after the whole packet, so with the
 * packet's last network addresses and port type (pinfo->net_src, net_dst, ptype).
 */
final class IpTap {
    private final FieldDef protocol;
    private final FieldDef icmp;
    private final FieldDef icmpv6;
    /** The header's destination (ip.dst, or ip.cur_rt when a source route names the final one; ipv6.dst). */
    private final FieldDef destination;
    private final FieldDef sourceRouteHop;
    private final FieldDef malformed;
    private final FieldDef shortFrame;
    private final FieldDef unreassembled;

    /** The tap of IP version {@code version} (4 or 6). */
    IpTap(TreeStatistic.Fields fields, int version) {
        protocol = fields.get(version == 4 ? "ip" : "ipv6");
        icmp = fields.get("icmp");
        icmpv6 = fields.get("icmpv6");
        destination = fields.get(version == 4 ? "ip.dst" : "ipv6.dst");
        sourceRouteHop = version == 4 ? fields.get("ip.cur_rt") : destination;
        malformed = fields.get("_ws.malformed");
        shortFrame = fields.get("_ws.short");
        unreassembled = fields.get("_ws.unreassembled");
    }

    /** The protocol item and the frame's time, looked up in the CLI's registry. */
    static TreeStatistic.Fields fields(Statistics.Filters filters, int version) throws DisplayFilterException {
        return version == 4
                ? new TreeStatistic.Fields(filters, "ip", "ip.dst", "ip.cur_rt", "icmp", "icmpv6", "_ws.malformed",
                        "_ws.short", "_ws.unreassembled", TreeStatistic.TIME_RELATIVE)
                : new TreeStatistic.Fields(filters, "ipv6", "ipv6.dst", "icmp", "icmpv6", "_ws.malformed",
                        "_ws.short", "_ws.unreassembled", TreeStatistic.TIME_RELATIVE);
    }

    /**
     * The tap's events in this packet: its protocol's items (a tunnel's, PIM's encapsulated packet's), but not those
     * of the packet an ICMP or ICMPv6 error quotes, which queue theirs with pinfo->flags.in_error_pkt set:
     * tap_push_tapped_queue hands those to no listener that did not ask for error packets, as no stats_tree does.
     */
    int events(PacketContext ctx) {
        return count(ctx.tree().root());
    }

    private int count(ProtoNode n) {
        int c = 0;
        for (ProtoNode k = n.firstChild(); k != null; k = k.next()) {
            FieldDef d = k.def();
            if (d == null || !d.type().equals(FieldType.PROTOCOL) || d.equals(icmp) || d.equals(icmpv6)) {
                continue;
            }
            if (d.equals(protocol) && reachedTap(k)) {
                c++;
            }
            if (k.hasChildren()) {
                c += count(k);
            }
        }
        return c;
    }

    /**
     * Whether the header's dissection got to the tap: its destination read (a bogus version stops before), and no
     * exception caught right after its item (a header cut short, or options, extension headers gone wrong).
     */
    private boolean reachedTap(ProtoNode item) {
        ProtoNode after = item.next();
        if (after != null && after.def() != null && (after.def().equals(malformed) || after.def().equals(shortFrame)
                || after.def().equals(unreassembled))) {
            return false;
        }
        for (ProtoNode c = item.firstChild(); c != null; c = c.next()) {
            if (c.def() != null && (c.def().equals(destination) || c.def().equals(sourceRouteHop))) {
                return true;
            }
        }
        return false;
    }

    /** address_to_str of pinfo->net_src (or net_dst): the last network layer's, empty without one. */
    static String address(PacketContext ctx, boolean source) {
        if (ctx.netVersion == 4) {
            return FieldFormat.ipv4(source ? ctx.src4 : ctx.dst4);
        }
        if (ctx.netVersion == 6) {
            return FieldFormat.ipv6((source ? ctx.src6 : ctx.dst6).toArray());
        }
        return "";
    }

    /** port_type_to_str of pinfo->ptype. */
    static String portType(PacketContext ctx) {
        String t = ctx.portType;
        if (t == null) {
            return "NONE";
        }
        return switch (t) {
            case "tcp" -> "TCP";
            case "udp" -> "UDP";
            case "sctp" -> "SCTP";
            case "dccp" -> "DCCP";
            default -> t.toUpperCase(java.util.Locale.ROOT);
        };
    }
}
