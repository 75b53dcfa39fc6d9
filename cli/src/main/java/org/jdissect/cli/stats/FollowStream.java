package org.jdissect.cli.stats;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.cli.story.Follow;
import org.jdissect.cli.story.FollowTap;
import org.jdissect.dsl.DisplayFilterException;

/**
 * {@code -z follow,tcp|http|udp|tls,MODE,STREAM|ADDR:PORT,ADDR:PORT[,RANGE]}: one stream's bytes, HTTP messages or
 * datagrams, as tshark 4.0's follow tap prints them (the same as {@code jdissect follow}): modes ascii, hex, raw,
 * ebcdic and yaml; a stream by index or by its two ends ({@code [v6addr]:port} for IPv6); RANGE picks chunks. TLS
 * is followed as tshark follows it without keys: its decrypted data, of which there is none.
 */
final class FollowStream implements Statistic {
    private static final String[] PROTOCOLS = {"tcp", "http", "udp", "tls"};
    /** tap-follow.c's sscanf formats: ",[ADDR]:PORT" and ",ADDR:PORT" (ADDR up to 80 characters). */
    private static final Pattern V6_END = Pattern.compile(",\\[([^\\]]{1,80})\\]:\\s*([-+]?\\d+)");
    private static final Pattern V4_END = Pattern.compile(",([^:]{1,80}):\\s*([-+]?\\d+)");
    private static final Pattern INDEX = Pattern.compile(",\\s*([-+]?\\d+)(?=$|,)");
    private static final Pattern SPAN = Pattern.compile(",\\s*\\+?(\\d+)-\\s*\\+?(\\d+)");
    private static final Pattern FIRST = Pattern.compile(",\\s*\\+?(\\d+)");

    private final FollowTap tap;
    private final Follow.Mode mode;
    private final Follow.Range range;

    private FollowStream(FollowTap tap, Follow.Mode mode, Follow.Range range) {
        this.tap = tap;
        this.mode = mode;
        this.range = range;
    }

    /** Parses what follows "follow," as tap-follow.c's follow_arg_* do, failing with their messages. */
    static Tap parse(String args, Statistics.Filters filters) throws Statistics.BadArgument {
        String proto = null;
        for (String p : PROTOCOLS) {
            if (args.startsWith(p) && (proto == null || p.length() > proto.length())) {
                proto = p;
            }
        }
        if (proto == null) {
            throw new Statistics.BadArgument("follow: jdissect follows tcp, http, udp and tls streams: -z follow,"
                    + "tcp|http|udp|tls,ascii|hex|raw|ebcdic|yaml,STREAM[,RANGE]");
        }
        String rest = args.substring(proto.length());
        Follow.Mode mode = null;
        for (Follow.Mode m : Follow.Mode.values()) {
            // follow_arg_mode compares prefixes: ",asciiX" is ascii, and what follows fails as an address
            if (rest.startsWith("," + m.label())) {
                mode = m;
                rest = rest.substring(m.label().length() + 1);
                break;
            }
        }
        if (mode == null) {
            throw fail("Invalid display mode.");
        }
        String filterText;
        int stream = -1;
        Matcher index = INDEX.matcher(rest);
        if (index.lookingAt()) {
            long n = Long.parseLong(index.group(1));
            if (n < 0 || n > Integer.MAX_VALUE) {
                // tshark builds "tcp.stream eq -1", which its filter compiler refuses
                throw fail("Error registering tap listener.");
            }
            stream = (int) n;
            filterText = Follow.indexFilter(proto, stream);
            rest = rest.substring(index.end());
        } else {
            String[] addr = new String[2];
            int[] port = new int[2];
            boolean[] v6 = new boolean[2];
            for (int i = 0; i < 2; i++) {
                Matcher m = V6_END.matcher(rest);
                v6[i] = m.lookingAt();
                if (!v6[i]) {
                    m = V4_END.matcher(rest);
                    if (!m.lookingAt()) {
                        throw fail("Invalid address.");
                    }
                }
                long p = Long.parseLong(m.group(2));
                if (p <= 0 || p > 65535) {
                    throw fail("Invalid port.");
                }
                port[i] = (int) p;
                addr[i] = v6[i] ? ipv6(m.group(1)) : ipv4(m.group(1));
                rest = rest.substring(m.end());
            }
            if (v6[0] != v6[1]) {
                throw fail("Mismatched IP address types.");
            }
            filterText = addressFilter(proto, v6[0] ? "ipv6" : "ip", addr, port);
        }
        Follow.Range range = Follow.Range.ALL;
        if (!rest.isEmpty()) {
            Matcher span = SPAN.matcher(rest);
            Matcher first = FIRST.matcher(rest);
            if (span.lookingAt()) {
                range = new Follow.Range(unsigned(span.group(1)), unsigned(span.group(2)));
                rest = rest.substring(span.end());
            } else if (first.lookingAt()) {
                long n = unsigned(first.group(1));
                range = new Follow.Range(n, n);
                rest = rest.substring(first.end());
            } else {
                throw fail("Invalid range.");
            }
            if (range.first() < 1 || range.first() > range.last()) {
                throw fail("Invalid range value.");
            }
        }
        if (!rest.isEmpty()) {
            throw fail("Invalid parameter.");
        }
        FollowTap tap = new FollowTap(proto, stream, filterText);
        // a stream index is matched by the follower itself (tcp.stream of the packet's TCP header); two ends, and any
        // UDP follow, by tshark's own filter on the whole packet
        boolean filtered = stream < 0 || proto.equals("udp");
        try {
            return new Tap(new FollowStream(tap, mode, range), filtered ? filters.compile(filterText) : null);
        } catch (DisplayFilterException e) {
            throw fail("Error registering tap listener.");
        }
    }

    /** follow_conv_filter's two-way filter for the ends {@code addr[i]:port[i]}. */
    private static String addressFilter(String proto, String ip, String[] addr, int[] port) {
        String transport = proto.equals("udp") ? "udp" : "tcp";
        return "(" + end(ip, transport, addr[0], port[0], addr[1], port[1]) + ") or ("
                + end(ip, transport, addr[1], port[1], addr[0], port[0]) + ")";
    }

    private static String end(String ip, String transport, String src, int sport, String dst, int dport) {
        return "(" + ip + ".src eq " + src + " and " + transport + ".srcport eq " + sport + ") and (" + ip
                + ".dst eq " + dst + " and " + transport + ".dstport eq " + dport + ")";
    }

    /** A dotted quad as inet_pton takes it (no leading zeros, no host names: jdissect resolves none). */
    private static String ipv4(String s) throws Statistics.BadArgument {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            throw fail("Can't get IPv4 address");
        }
        long v = 0;
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)
                    || (p.length() > 1 && p.charAt(0) == '0') || Integer.parseInt(p) > 255) {
                throw fail("Can't get IPv4 address");
            }
            v = v << 8 | Integer.parseInt(p);
        }
        return FieldFormat.ipv4(v);
    }

    /** An IPv6 literal, printed as Wireshark prints addresses (RFC 5952). */
    private static String ipv6(String s) throws Statistics.BadArgument {
        // only a literal: InetAddress then parses it without any name lookup
        if (s.indexOf(':') < 0 || !s.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
            throw fail("Can't get IPv6 address");
        }
        try {
            byte[] b = InetAddress.getByName(s).getAddress();
            if (b.length != 16) {
                throw fail("Can't get IPv6 address");
            }
            return FieldFormat.ipv6(b);
        } catch (UnknownHostException e) {
            throw fail("Can't get IPv6 address");
        }
    }

    private static long unsigned(String digits) {
        // sscanf's %u: larger values wrap; RANGE cannot name more chunks than that anyway
        return digits.length() > 10 ? 0xffffffffL : Math.min(Long.parseLong(digits), 0xffffffffL);
    }

    private static Statistics.BadArgument fail(String message) {
        return new Statistics.BadArgument("follow - " + message);
    }

    @Override
    public void packet(PacketContext ctx) {
        tap.packet(ctx);
    }

    @Override
    public void draw(StringBuilder out) {
        StringWriter w = new StringWriter();
        PrintWriter pw = new PrintWriter(w);
        tap.result().print(pw, mode, range);
        pw.flush();
        out.append(w);
    }
}
