package org.jdissect.cli.stats;

import java.util.ArrayList;
import java.util.List;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldRegistry;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;

/**
 * The conversation and endpoint types of {@code -z conv,TYPE} and {@code -z endpoints,TYPE}: where a layer's
 * addresses (and ports) are in a tree. Each layer of the type at the top of a tree is one tap call, as each
 * dissection of the protocol queues its tap (a tunnel's inner header counts again; a header quoted by an ICMP error,
 * which is not at the top, does not).
 */
enum AddressKind {
    ETH("eth", "Ethernet", "Ethernet", "eth.src", "eth.dst", null, null),
    IP("ip", "IPv4", "IPv4", "ip.src", "ip.dst", null, null),
    IPV6("ipv6", "IPv6", "IPv6", "ipv6.src", "ipv6.dst", null, null),
    TCP("tcp", "TCP", "TCP", null, null, "tcp.srcport", "tcp.dstport"),
    UDP("udp", "UDP", "UDP", null, null, "udp.srcport", "udp.dstport"),
    /**
     * Linux cooked capture (v1 and v2): packet-sll.c's tap carries pinfo's link-layer source, an Ethernet or IPv4
     * address by the header's address type and length (none otherwise), and a destination it never sets.
     */
    SLL("sll", "SLL", "SLL", "sll.src.eth", "sll.src.ipv4", null, null);

    /** address_to_str of an address of type AT_NONE. */
    private static final String NONE = "NONE";

    /** One layer's two ends; {@code convId} is TCP's stream index (-1 for the others). */
    record Ends(String src, int srcPort, String dst, int dstPort, long convId) {
    }

    final String protocol;
    final String title;
    /** The short name a "[Malformed Packet: …]" marker gives the protocol (its extension headers' start with it). */
    private final String shortName;
    private final String srcField;
    private final String dstField;
    private final String srcPortField;
    private final String dstPortField;

    AddressKind(String protocol, String title, String shortName, String srcField, String dstField,
                String srcPortField, String dstPortField) {
        this.protocol = protocol;
        this.title = title;
        this.shortName = shortName;
        this.srcField = srcField;
        this.dstField = dstField;
        this.srcPortField = srcPortField;
        this.dstPortField = dstPortField;
    }

    /** The type a {@code -z} argument names ("tcp"), or null. */
    static AddressKind named(String name) {
        for (AddressKind k : values()) {
            if (k.protocol.equals(name)) {
                return k;
            }
        }
        return null;
    }

    boolean hasPorts() {
        return srcPortField != null;
    }

    /** Whether its tap's destination is an endpoint too (packet-sll.c's endpoint tap counts the source alone). */
    boolean countsDestination() {
        return this != SLL;
    }

    /** The fields {@link #layers} reads. */
    List<FieldDef> fields(FieldRegistry registry) {
        List<String> names = hasPorts()
                ? List.of(srcPortField, dstPortField, "tcp.stream", "ip.src", "ip.dst", "ipv6.src", "ipv6.dst",
                        "tcp.hdr_len")
                : this == IPV6 ? List.of(srcField, dstField, "ipv6.fraghdr.more", "ipv6.fraghdr.offset", "ipv6.fragments")
                : this == SLL ? List.of(srcField, dstField, "sll.etype")
                : List.of(srcField, dstField);
        List<FieldDef> out = new ArrayList<>();
        for (String n : names) {
            FieldDef f = registry.get(n);
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /** The layers of this type at the top of the packet's tree, in order. */
    List<Ends> layers(PacketContext ctx) {
        ProtoNode root = ctx.tree().root();
        List<Ends> out = new ArrayList<>(1);
        ProtoNode network = null; // the IP layer a transport layer's addresses come from
        for (ProtoNode n = root.firstChild(); n != null; n = n.next()) {
            String p = n.abbrev();
            if (p == null) {
                continue;
            }
            if (hasPorts() && (p.equals("ip") || p.equals("ipv6"))) {
                network = n;
            }
            if (!p.equals(protocol) || !tapped(n)) {
                continue;
            }
            Ends e = hasPorts() ? transport(n, network, ctx) : addresses(n);
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * Whether a layer of this type at the top of a tree got as far as queuing its tap: its own dissection threw
     * nothing first, and an IPv6 fragment was reassembled (its payload handed on) in this frame.
     */
    boolean reachedTap(ProtoNode layer) {
        return !failedBeforeTap(layer) && !(this == IPV6 && unreassembledFragment(layer))
                && !(this == SLL && cutShortAfter(layer));
    }

    /**
     * packet-sll.c queues its tap after its payload is dissected, so an exception that comes back up stops it: one
     * from a payload handed through packet-ethertype.c (sll.etype) is caught there when it is a malformed packet
     * (CATCH_NONFATAL_ERRORS), not when the capture cut the packet short (BoundsError); from a payload SLL hands on
     * itself (802.2 LLC, sll.ltype) nothing is caught.
     */
    private static boolean cutShortAfter(ProtoNode layer) {
        boolean viaEthertype = child(layer, "sll.etype") != null;
        for (ProtoNode n = layer.next(); n != null; n = n.next()) {
            String p = n.abbrev();
            if ("_ws.short".equals(p) || "_ws.malformed".equals(p) && !viaEthertype) {
                return true;
            }
        }
        return false;
    }

    /**
     * As {@link #reachedTap}, and for TCP a header length of at least 20: dissect_tcp gives up on a bogus one before
     * it queues its tap.
     */
    private boolean tapped(ProtoNode layer) {
        ProtoNode hlen = this == TCP ? child(layer, "tcp.hdr_len") : null;
        return reachedTap(layer) && (hlen == null || hlen.num() >= 20);
    }

    /** The layers of this type at the top of the packet's tree whose dissector queued its tap, in order. */
    List<ProtoNode> tappedLayers(PacketContext ctx) {
        List<ProtoNode> out = new ArrayList<>(1);
        for (ProtoNode n = ctx.tree().root().firstChild(); n != null; n = n.next()) {
            if (protocol.equals(n.abbrev()) && tapped(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * Whether the layer's own dissection ended in an exception, which comes before the point where its dissector
     * queues its tap (after the header, its options and, for IPv6, its extension headers): the marker right after
     * it names this protocol.
     */
    private boolean failedBeforeTap(ProtoNode layer) {
        for (ProtoNode n = layer.next(); n != null; n = n.next()) {
            String p = n.abbrev();
            if ("_ws.malformed".equals(p) || "_ws.short".equals(p)) {
                String label = n.label();
                int colon = label == null ? -1 : label.indexOf(": ");
                return colon >= 0 && label.startsWith(shortName, colon + 2)
                        && (label.length() == colon + 2 + shortName.length()
                        || " :]".indexOf(label.charAt(colon + 2 + shortName.length())) >= 0);
            }
            if (p != null && !p.startsWith(protocol + ".")) {
                return false; // another layer began: the exception, if any, is its own
            }
        }
        return false;
    }

    /**
     * A fragment whose datagram is not reassembled in this frame: packet-ipv6.c queues its tap only when it hands a
     * payload to the next protocol, which a fragment's bytes never reach alone.
     */
    private static boolean unreassembledFragment(ProtoNode layer) {
        ProtoNode more = find(layer, "ipv6.fraghdr.more");
        ProtoNode offset = find(layer, "ipv6.fraghdr.offset");
        boolean fragment = (more != null && more.num() != 0) || (offset != null && offset.num() != 0);
        return fragment && find(layer, "ipv6.fragments") == null;
    }

    /** Whether no IP layer follows {@code network} at the top of the tree (so the packet's addresses are its). */
    private static boolean lastNetwork(ProtoNode network) {
        for (ProtoNode n = network.next(); n != null; n = n.next()) {
            if ("ip".equals(n.abbrev()) || "ipv6".equals(n.abbrev())) {
                return false;
            }
        }
        return true;
    }

    private Ends addresses(ProtoNode layer) {
        if (this == SLL) {
            String src = text(child(layer, srcField));
            String v4 = text(child(layer, dstField));
            return new Ends(src != null ? src : v4 != null ? v4 : NONE, 0, NONE, 0, -1);
        }
        String src = text(child(layer, srcField));
        String dst = text(child(layer, dstField));
        return src == null || dst == null ? null : new Ends(src, 0, dst, 0, -1);
    }

    private Ends transport(ProtoNode layer, ProtoNode network, PacketContext ctx) {
        ProtoNode sp = child(layer, srcPortField);
        ProtoNode dp = child(layer, dstPortField);
        if (sp == null || dp == null || network == null) {
            return null;
        }
        boolean v6 = "ipv6".equals(network.abbrev());
        String src;
        String dst;
        if (v6 && lastNetwork(network) && ctx.src6 != null && ctx.dst6 != null) {
            // pinfo's addresses, which IPv6 takes from a Home Address option and a routing header's final hop
            src = FieldFormat.ipv6(ctx.src6.toArray(0, 16));
            dst = FieldFormat.ipv6(ctx.dst6.toArray(0, 16));
        } else {
            src = text(child(network, v6 ? "ipv6.src" : "ip.src"));
            dst = text(child(network, v6 ? "ipv6.dst" : "ip.dst"));
        }
        if (src == null || dst == null) {
            return null;
        }
        ProtoNode stream = this == TCP ? child(layer, "tcp.stream") : null;
        return new Ends(src, (int) sp.num(), dst, (int) dp.num(), stream == null ? -1 : stream.num());
    }

    /** The first {@code abbrev} below {@code layer}, depth first: the header's own before its options'. */
    static ProtoNode find(ProtoNode layer, String abbrev) {
        for (ProtoNode c = layer.firstChild(); c != null; c = c.next()) {
            if (abbrev.equals(c.abbrev())) {
                return c;
            }
            ProtoNode d = find(c, abbrev);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** The child of {@code layer} carrying {@code abbrev}, or null. */
    static ProtoNode child(ProtoNode layer, String abbrev) {
        for (ProtoNode c = layer.firstChild(); c != null; c = c.next()) {
            if (abbrev.equals(c.abbrev())) {
                return c;
            }
        }
        return null;
    }

    private static String text(ProtoNode n) {
        if (n == null) {
            return null;
        }
        if (n.obj() instanceof byte[] a && a.length == 16) {
            return FieldFormat.ipv6(a);
        }
        return switch (n.def().type()) {
            case ETHER -> FieldFormat.ether(n.num());
            case IPV4 -> FieldFormat.ipv4(n.num());
            default -> null;
        };
    }
}
