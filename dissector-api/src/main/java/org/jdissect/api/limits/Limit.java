package org.jdissect.api.limits;

/**
 * One resource cap: its name (as given to {@code -o NAME:VALUE} and the {@code jdissect.limit.NAME} system
 * property), its built-in default and what it bounds. The values of a run are in a {@link Limits}.
 *
 * <p>Every cap exists because a hostile or broken capture could otherwise grow memory or time without bound; the
 * defaults are far above what real traffic needs, so normal captures dissect exactly as tshark and tcpdump do.
 */
public enum Limit {
    /** Bytes one TCP flow may hold for a PDU spanning segments (the multi-segment PDU being collected). */
    TCP_REASSEMBLY_BYTES("tcp.reassembly_bytes", 16L << 20, "bytes one TCP flow may hold for a PDU being reassembled"),
    /** Bytes held for one IPv4/IPv6 datagram being defragmented (every fragment counts at least 64 bytes). */
    IP_REASSEMBLY_BYTES("ip.reassembly_bytes", 256L << 10,
            "bytes held for one IP datagram being defragmented (a fragment counts at least 64)"),
    /**
     * Bytes of all pending reassemblies of a capture: TCP PDUs and IP datagrams together. By default a quarter of the
     * Java heap, at most 256 MiB: a cap larger than the heap bounds nothing (with the launcher's 160 MB heap, 30
     * streams each holding 6 MB of an announced body ran out of memory), and a buffer growing is briefly held twice.
     */
    REASSEMBLY_TOTAL_BYTES("reassembly.total_bytes", Math.min(256L << 20, Runtime.getRuntime().maxMemory() / 4),
            "bytes held by all pending TCP and IP reassemblies of a capture together (default: a quarter of the"
                    + " Java heap, at most 256 MiB)"),
    /** Largest HTTP body (Content-Length or chunked) that HTTP asks TCP to reassemble. */
    HTTP_BODY_BYTES("http.body_bytes", 16L << 20, "largest HTTP body reassembled"),
    /**
     * Bytes an HTTP body with Content-Encoding gzip or deflate may inflate to (tshark has no such cap: a small
     * body can inflate to gigabytes).
     */
    HTTP_INFLATED_BYTES("http.inflated_bytes", 16L << 20, "bytes one gzip or deflate HTTP body may inflate to"),
    /** TCP conversations remembered at once; the least recently seen is forgotten past it. */
    TCP_STREAMS("tcp.streams", 65_536, "TCP conversations tracked at once (least recently seen forgotten)"),
    /** HTTP streams whose request/response pairing is remembered at once. */
    HTTP_STREAMS("http.streams", 65_536, "HTTP streams whose request/response pairing is tracked at once"),
    /**
     * IPv4 addresses whose ARP sender MAC is remembered for duplicate-address detection (packet-arp.c keeps every
     * one); the least recently seen is forgotten past it.
     */
    ARP_ADDRESSES("arp.addresses", 65_536, "IPv4 addresses remembered by ARP duplicate-address detection"),
    /** IP datagrams being defragmented at once (IPv4 and IPv6 each); the oldest is dropped past it. */
    IP_FRAGMENT_DATAGRAMS("ip.fragment_datagrams", 4_096, "IPv4 (and IPv6) datagrams being defragmented at once"),
    /** TCP connections whose first sequence numbers the tcpdump printer remembers (for relative numbers). */
    TCPDUMP_TCP_STREAMS("tcpdump.tcp_streams", 1 << 18,
            "TCP connections the tcpdump printer tracks for relative sequence numbers"),
    /** Items in one packet's tree (Wireshark's gui.max_tree_items). */
    TREE_ITEMS("tree.items", 1_000_000, "items in one packet's tree (tshark's gui.max_tree_items)"),
    /** Nesting depth of one packet's tree (Wireshark's gui.max_tree_depth). */
    TREE_DEPTH("tree.depth", 500, "nesting depth of one packet's tree (tshark's gui.max_tree_depth)"),
    /** Protocol layers nested in one packet through IP-in-IP tunnels (4in4, 6in4, 4in6, 6in6). */
    LAYER_DEPTH("layer.depth", 32, "IP layers nested in one packet (IP-in-IP tunnels)"),
    /** Characters of a DNS name's text collected while following its labels and pointers. */
    DNS_NAME_LENGTH("dns.name_length", 1_024, "characters of one DNS name collected"),
    /** Compression pointers followed for one DNS name. */
    DNS_POINTER_HOPS("dns.pointer_hops", 64, "compression pointers followed for one DNS name"),
    /** Bytes a gzip-compressed capture may decompress to. */
    GZIP_BYTES("gzip.bytes", 16L << 30, "bytes a gzip-compressed capture may decompress to"),
    /** Nesting of parentheses, braces and brackets in a display filter. */
    FILTER_DEPTH("filter.depth", 256, "nesting of ( { [ in a display filter"),
    /** Operators in a display filter. */
    FILTER_OPERATORS("filter.operators", 2_048, "operators in a display filter"),
    /** Size of one {@code matches} regular expression once repetitions are expanded (RE2 instructions, roughly). */
    FILTER_REGEX_SIZE("filter.regex_size", 100_000,
            "size of one 'matches' regular expression with its repetitions expanded"),
    /**
     * Characters a {@code matches} pattern that needs backtracking (a backreference, lookaround) may read in one value;
     * past them the value does not match, as past PCRE2's match limit (10 million steps) in tshark.
     */
    FILTER_REGEX_STEPS("filter.regex_steps", 10_000_000,
            "characters a backtracking 'matches' regular expression may read in one value before it counts as no match");

    private final String key;
    private final long builtIn;
    private final String description;

    Limit(String key, long builtIn, String description) {
        this.key = key;
        this.builtIn = builtIn;
        this.description = description;
    }

    /** The name used on the command line and in system properties: {@code tcp.reassembly_bytes}. */
    public String key() {
        return key;
    }

    /** The default when nothing overrides it. */
    public long builtIn() {
        return builtIn;
    }

    public String description() {
        return description;
    }

    /** The system property that overrides the default: {@code jdissect.limit.tcp.reassembly_bytes}. */
    public String property() {
        return Limits.PROPERTY_PREFIX + key;
    }

    /** The limit named {@code name} (its key, or tshark's {@code gui.max_tree_items}/{@code gui.max_tree_depth}). */
    public static Limit byName(String name) {
        for (Limit l : values()) {
            if (l.key.equals(name)) {
                return l;
            }
        }
        return switch (name) {
            case "gui.max_tree_items" -> TREE_ITEMS;
            case "gui.max_tree_depth" -> TREE_DEPTH;
            default -> null;
        };
    }
}
