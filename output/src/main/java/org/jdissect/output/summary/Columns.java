package org.jdissect.output.summary;

import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.eth.EthFields;
import org.jdissect.dissectors.eth.EthModule;
import org.jdissect.dissectors.eth.Ethertype;
import org.jdissect.dissectors.igmp.IgmpModule;
import org.jdissect.dissectors.ipv4.Ipv4Module;
import org.jdissect.dissectors.lldp.LldpModule;
import org.jdissect.dissectors.sll.SllModule;
import org.jdissect.dissectors.xml.XmlModule;

/**
 * One packet's Source, Destination, Protocol and Info columns, found by replaying, layer by layer in tree order,
 * what each Wireshark 4.0.17 dissector does to them. Reused from packet to packet.
 */
public final class Columns {
    final InfoColumn info = new InfoColumn();
    /** COL_MAX_INFO_LEN less its NUL: what the Info column's buffer holds. */
    private static final int MAX_INFO_BYTES = 4095;
    String protocol = "";
    String src = "";
    String dst = "";
    /**
     * pinfo->net_src and net_dst: the addresses of the last IP header read, which only the IP dissectors set (so an
     * ARP packet has none, and an IPv6 routing header, which moves pinfo->dst to its final hop, leaves net_dst).
     */
    String netSrc = "";
    String netDst = "";
    /** The context of the packet being summarised, for what the tree does not hold (pending HTTP lines). */
    PacketContext ctx;
    /** The top-level layers seen so far in this packet. */
    private final java.util.Set<String> layers = new java.util.HashSet<>();
    /** HTTP messages seen so far in this packet, and the Content-Type of the last one. */
    int httpMessages;
    /** The HTTP message whose media type is in Info already (so a body's second item adds nothing). */
    int mediaShown;
    String httpContentType;
    /** Whether Info was fenced after an HTTP message for the WebSocket frames after it. */
    boolean webSocketFenced;
    /** The TTL / hop limit of the last IP header, which ICMP echoes show (-1 before one). */
    long ipTtl;
    long ipv6Hlim;
    /** The Ethertype the last layer dispatched on, while the next layer is being looked at (-1: none). */
    private long etype;
    /** Set when a layer's columns ended the line: what follows in the tree was not reached on a summary line. */
    private boolean ended;

    /** Computes the columns of {@code ctx}'s packet; never throws on a damaged tree. */
    public void compute(PacketContext ctx) {
        this.ctx = ctx;
        info.reset();
        protocol = "";
        src = "";
        dst = "";
        netSrc = "";
        netDst = "";
        httpMessages = 0;
        webSocketFenced = false;
        mediaShown = 0;
        httpContentType = null;
        ipTtl = -1;
        ipv6Hlim = -1;
        etype = -1;
        layers.clear();
        ended = false;
        ProtoNode root = ctx.tree().root();
        boolean quoted = false;
        for (ProtoNode p = root.firstChild(); p != null && !ended; p = p.next()) {
            String a = Nodes.abbrev(p);
            if (a == null || quoted && !a.startsWith("_ws.")) {
                // the top-level layers after an ICMP message quoting a packet are the quote's (UDP hands its
                // payload to the root), written while packet.c keeps the columns read-only; a marker there is the
                // message's own
                continue;
            }
            layer(a, p);
            layers.add(a);
            quoted |= (a.equals("icmp") || a.equals("icmpv6")) && (Nodes.has(p, "ip") || Nodes.has(p, "ipv6"));
        }
        CharSequence tapped = ctx.appendedInfo();
        if (tapped.length() > 0) {
            // a tap's, after every dissector's, into the column's buffer of COL_MAX_INFO_LEN bytes
            info.append(tapped.toString()).truncateUtf8(MAX_INFO_BYTES);
        }
    }

    private void layer(String a, ProtoNode p) {
        long dispatched = etype;
        etype = -1;
        switch (a) {
            case "eth" -> {
                // packet-eth.c: COL_PROTOCOL "Ethernet", pinfo->src/dst the MAC addresses, Info "Ethernet II"
                protocol = "Ethernet";
                src = addr(p, "eth.src");
                dst = addr(p, "eth.dst");
                info.set("Ethernet II");
                etype = Nodes.num(p, "eth.type", -1);
            }
            case "vlan" -> {
                // packet-vlan.c: COL_PROTOCOL "VLAN", Info the tag (IEEE 802.1Q-2011 words: DEI)
                protocol = "VLAN";
                info.clear();
                ProtoNode id = Nodes.find(p, "vlan.id");
                if (id != null) {
                    info.set("PRI: " + Nodes.num(p, "vlan.priority", 0) + "  DEI: " + Nodes.num(p, "vlan.dei", 0)
                            + "  ID: " + id.num());
                }
                etype = Nodes.num(p, "vlan.etype", -1);
            }
            case "data" -> {
                if (dispatched >= 0) {
                    // packet-ethertype.c found no dissector (or one that refused the packet): the Ethertype in hex,
                    // and its name, if it has one, as Info
                    protocol = "0x" + IpColumns.hex4((int) dispatched);
                    String name = EthFields.ETHERTYPES.get(dispatched);
                    if (name != null) {
                        info.set(name);
                    }
                }
            }
            case "sll" -> {
                // packet-sll.c: COL_PROTOCOL "SLL", Info the packet type (v2 reads it as 16 bits, the address length
                // with it), pinfo->src the address when it is IPv4 or a MAC
                protocol = "SLL";
                long type = Nodes.num(p, "sll.pkttype", 0);
                if (Nodes.has(p, "sll.ifindex")) {
                    type = type << 8 | Nodes.num(p, "sll.halen", 0);
                }
                String name = SllModule.PKTTYPES.get(type);
                info.set(name != null ? name : "Unknown (" + type + ")");
                String ipv4 = addr(p, "sll.src.ipv4");
                src = ipv4.isEmpty() ? addr(p, "sll.src.eth") : ipv4;
                dst = "";
                etype = Nodes.num(p, "sll.etype", -1);
            }
            case "ip" -> IpColumns.ipv4(this, p);
            case "ipv6" -> {
                if (Nodes.num(p, "ipv6.version", 6) != 6) {
                    // dissect_ipv6 refuses a bogus version (returns 0): the ethertype dispatcher's data follows,
                    // and writes the columns as for a type nobody dissects
                    etype = dispatched;
                } else {
                    IpColumns.ipv6(this, p);
                }
            }
            case "raw" -> {
                // packet-raw.c: "N/A" for the link-layer addresses and the protocol, Info "Raw packet data"
                protocol = "N/A";
                src = "N/A";
                dst = "N/A";
                info.set("Raw packet data");
            }
            case "arp" -> ArpColumns.arp(this, p);
            case "llc" -> {
                LlcColumns.llc(this, p);
                LlcColumns.garp(this);
            }
            case "basicxid" -> LlcColumns.basicXid(this, p);
            case "mime_multipart" -> MultipartColumns.multipart(this, p);
            case "stp" -> LlcColumns.stp(this, p);
            case "tcp" -> TcpColumns.tcp(this, p);
            case "udp" -> UdpColumns.udp(this, p);
            case "dhcp" -> DhcpColumns.dhcp(this, p);
            case "icmp" -> IcmpColumns.icmp(this, p);
            case "icmpv6" -> IcmpColumns.icmpv6(this, p);
            // a DNS message in an HTTP body (application/dns-message) is packet-dns.c's dissect_dns_doh: "DoH"
            case "dns" -> DnsColumns.dns(this, p, layers.contains("http") ? "DoH" : "DNS");
            case "mdns" -> DnsColumns.dns(this, p, "MDNS");
            case "llmnr" -> DnsColumns.dns(this, p, "LLMNR");
            case "ntp" -> NtpColumns.ntp(this, p);
            case "nbns" -> ended = NbnsColumns.nbns(this, p);
            case "cdp" -> CdpColumns.cdp(this, p);
            case "vxlan" -> VxlanColumns.vxlan(this);
            case "gre" -> GreColumns.gre(this, p);
            case "vrrp" -> VrrpColumns.vrrp(this, p);
            case "esp" -> IpsecColumns.esp(this, p);
            case "ah" -> IpsecColumns.ah(this, p);
            case "udpencap" -> IpsecColumns.udpencap(this, p);
            case "slow" -> SlowColumns.slow(this, p);
            case "lacp" -> SlowColumns.lacp(this, p);
            case "marker" -> SlowColumns.marker(this, p);
            case "dtp" -> CiscoL2Columns.dtp(this);
            case "udld" -> CiscoL2Columns.udld(this);
            case "loop" -> CiscoL2Columns.loop(this, p);
            case "null" -> {
                // packet-null.c: "N/A" for the link-layer addresses and the protocol, Info "Null/Loopback"
                protocol = "N/A";
                src = "N/A";
                dst = "N/A";
                info.set("Null/Loopback");
            }
            case "vtp" -> CiscoL2Columns.vtp(this, p);
            case "syslog" -> SyslogColumns.syslog(this);
            case "igmp", "rgmp", "msnip", "mrdisc" -> {
                // packet-igmp.c's (and packet-rgmp.c's) columns, written while it dissects (Info stops where an exception stopped it)
                IgmpModule.Info igmp = ctx.get(IgmpModule.Info.class);
                if (igmp != null) {
                    protocol = igmp.protocol();
                    info.set(igmp.text());
                }
            }
            case "lldp" -> {
                // packet-lldp.c's Info (its identifiers formatted unlike the tree's items) is kept by the dissector
                protocol = "LLDP";
                LldpModule.Info lldp = ctx.get(LldpModule.Info.class);
                info.set(lldp == null ? "" : lldp.text());
            }
            case "http", "ssdp" -> HttpColumns.http(this, p);
            case "websocket" -> WebSocketColumns.websocket(this, p);
            case "tls" -> TlsColumns.tls(this, p);
            case "data-text-lines", "media", "urlencoded-form", "json", "image-gif", "image-jfif", "png"
                    -> HttpColumns.mediaType(this, p);
            case "xml" -> {
                if (httpContentType == null) {
                    protocol = protocol + "/XML"; // a body no media type chose (decode-as on a port)
                } else {
                    HttpColumns.mediaType(this, p);
                }
            }
            case "_ws.malformed" -> {
                String label = p.label();
                if (label != null && label.startsWith("[Malformed Packet: ") && label.endsWith("]")
                        && label.indexOf(':', 18) < 0) {
                    thrownBeforeItem(label.substring(19, label.length() - 1));
                }
                info.append(malformedText(p));
            }
            case "_ws.unreassembled" -> info.append("[BoundErrorUnreassembled Packet")
                    .append(ctx == null || ctx.noReassemblyReason == null ? "" : ctx.noReassemblyReason).append("]");
            case "_ws.short" -> {
                String label = p.label();
                if (label != null && label.startsWith(SHORT) && label.endsWith(" truncated]")) {
                    thrownBeforeItem(label.substring(SHORT.length(), label.length() - " truncated]".length()));
                }
                info.append("[Packet size limited during capture]");
            }
            default -> {
                // frame, data and layers that leave the columns alone; an XML body of a media type a DTD claims
                if (XmlModule.isNamespaceProtocol(a)) {
                    HttpColumns.mediaType(this, p);
                }
            }
        }
    }

    private static final String SHORT = "[Packet size limited during capture: ";

    /** The protocol a malformed or short marker names (the one that threw), or null for any other node. */
    static String markerProtocol(ProtoNode p) {
        String label = p == null ? null : p.label();
        if (label == null) {
            return null;
        }
        if (label.startsWith("[Malformed Packet: ") && label.endsWith("]") && label.indexOf(':', 18) < 0) {
            return label.substring(19, label.length() - 1);
        }
        if (label.startsWith(SHORT) && label.endsWith(" truncated]")) {
            return label.substring(SHORT.length(), label.length() - " truncated]".length());
        }
        return null;
    }
    /** Short names of the protocols whose dissectors packet-ber.c calls by OID inside a certificate. */
    private static final java.util.Set<String> X509_LAYERS = java.util.Set.of("X509AF", "X509CE", "X509SAT", "X509IF",
            "PKCS-1", "PKIX1IMPLICIT", "PKIX1EXPLICIT", "NS_CERT_EXTS");
    /** Protocols whose short name (what an exception marker says) is not their filter name in lower case. */
    private static final java.util.Map<String, String> LAYER_OF_SHORT_NAME = java.util.Map.of(
            "Link Aggregation Control Protocol", "lacp", "Link Aggregation Marker Protocol", "marker");

    /**
     * The layer that threw may have set its protocol and cleared Info before adding any item (dissect_arp: col_set_str
     * "ARP", col_clear, then reads the header): the exception marker names it.
     */
    private void thrownBeforeItem(String proto) {
        if (proto.equals("ARP/RARP")) {
            proto = "ARP"; // the registered short name; the column says "ARP"
        } else if (proto.equals("SLL") || proto.equals("TCP") || proto.equals("UDP") || proto.startsWith("IPv6 ")
                || proto.equals("Ethertype") || proto.equals("IGMP") || proto.equals("GRE")
                || proto.equals("IPv4") && ctx != null && ctx.get(Ipv4Module.EmptyAnyVersion.class) != null) {
            // packet-sll.c, packet-tcp.c and packet-udp.c read their first fields before they set the columns (and
            // add their item just after): without the item, the columns were not reached either (so does
            // packet-igmp.c when a membership query is too short to tell its version); IPv6's extension headers
            // ("IPv6 Fragment", …) leave the Protocol column to IPv6; the ethertype dispatcher sets no column (a
            // trailer cut short after its payload's protocol threw: "Ethertype truncated"); packet-gre.c reads its
            // flags and type first; the generic "ip" dissector reads the version before any column
            return;
        }
        if (X509_LAYERS.contains(proto)) {
            return; // the BER dissectors X.509 certificates are handed to (by OID) set no column
        }
        boolean quoted = layers.contains("icmp") || layers.contains("icmpv6");
        if ((proto.equals("IPv4") || proto.startsWith("IPv6")) && quoted) {
            // the header an ICMP error quotes, cut by the capture: packet-icmp.c makes the columns read-only for the
            // quote (col_set_writable), so the error's own columns stand
            return;
        }
        if (proto.equals("HTTP")) {
            // dissect_http_message sets its Protocol column where it adds its item (its Info only just before):
            // thrown before the item (a first line that is no request, cut by the capture), the columns are TCP's
            return;
        }
        if (proto.equals("Ethernet") && ctx.get(Ethertype.ThrewAfterPayload.class) != null) {
            return; // thrown at the payload's end or in the trailer: the payload's columns stand
        }
        if (proto.equals("VTP")) {
            // packet-vtp.c names its column, then reads what Info needs: the layer below's Info stays
            if (!layers.contains("vtp")) {
                protocol = "VTP";
            }
            return;
        }
        if (proto.equals("802.3 Slow protocols")) {
            // packet-slowprotocols.c names its column, then reads the subtype (Info keeps the layer's below)
            if (!layers.contains("slow")) {
                protocol = "Slow Protocols";
            }
            return;
        }
        if (proto.equals("Link Aggregation Control Protocol")) {
            // packet-lacp.c sets its columns, then reads the word that tells vLACP apart before adding its item
            if (!layers.contains("lacp")) {
                protocol = "LACP";
                info.set("Link Aggregation Control Protocol");
            }
            return;
        }
        if (proto.equals("Null")) {
            // packet-null.c sets its columns before it reads the family
            if (!layers.contains("null")) {
                protocol = "N/A";
                src = "N/A";
                dst = "N/A";
                info.set("Null/Loopback");
            }
            return;
        }
        if (proto.equals("DHCP/BOOTP")) {
            // packet-dhcp.c's short name is not its filter name, nor its column: it says "BOOTP" and clears Info
            // before reading a byte; with its item there, DhcpColumns has set the columns already
            if (!layers.contains("dhcp")) {
                protocol = "BOOTP";
                info.clear();
            }
            return;
        }
        String layer = LAYER_OF_SHORT_NAME.getOrDefault(proto, proto.toLowerCase(java.util.Locale.ROOT));
        if (!layers.contains(layer) && !proto.equals(protocol)
                && !proto.isEmpty() && proto.indexOf(':') < 0) {
            protocol = proto;
            info.clear();
        }
        EthModule.CutHeader cut = proto.equals("Ethernet") ? ctx.get(EthModule.CutHeader.class) : null;
        if (cut != null) {
            dst = FieldFormat.ether(cut.dst());
            if (cut.src() >= 0) {
                src = FieldFormat.ether(cut.src());
            }
        }
    }

    /** show_exception.c's Info text for the kind of malformation the marker records. */
    private static String malformedText(ProtoNode p) {
        String label = p.label();
        if (label != null && (label.startsWith("[Dissector bug, protocol ")
                || label.startsWith("[Reassembly error, protocol "))) {
            return label; // the marker's text is the Info text: "[Reassembly error, protocol TCP: …]"
        }
        if (label != null && label.startsWith("[Malformed Packet: ") && label.endsWith(
                "length of contained item exceeds length of containing item]")) {
            return "[Malformed Packet: length of contained item exceeds length of containing item]";
        }
        return "[Malformed Packet]";
    }

    static String addr(ProtoNode p, String abbrev) {
        ProtoNode n = Nodes.find(p, abbrev);
        return n == null ? "" : FieldFormat.value(n);
    }

    public String protocol() {
        return protocol;
    }

    public String source() {
        return src;
    }

    public String destination() {
        return dst;
    }

    /** pinfo->net_src's text, or "" when no IP header set it. */
    public String netSource() {
        return netSrc;
    }

    /** pinfo->net_dst's text, or "" when no IP header set it. */
    public String netDestination() {
        return netDst;
    }

    public String info() {
        return info.toString();
    }
}
