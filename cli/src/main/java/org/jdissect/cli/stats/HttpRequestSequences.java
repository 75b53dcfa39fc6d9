package org.jdissect.cli.stats;

import java.util.HashMap;
import java.util.Map;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.dsl.DisplayFilterException;

/**
 * {@code -z http_seq,tree[,filter]}: packet-http.c's "HTTP/Request Sequences" (http_seq_stats_tree_init/_packet): a
 * best-effort tree of which request led to which, a request placed under its Referer, a redirect's target under the
 * URI it answered; every node above the referer is ticked again each time.
 */
final class HttpRequestSequences extends TreeStatistic {
    private static final String SEQUENCES = "HTTP Request Sequences";

    private final HttpTap tap;
    private final int sequences;
    /** A URI's most recently seen node; a node's URI; a node's parent (the node ids of the tree). */
    private final Map<String, Integer> uriNode = new HashMap<>();
    private final Map<Integer, String> nodeUri = new HashMap<>();
    private final Map<Integer, Integer> nodeParent = new HashMap<>();
    private final HttpTap.Listener onMessage = this::message;
    private double ms;

    HttpRequestSequences(Statistics.Filters filters) throws DisplayFilterException {
        this(HttpTap.fields(filters));
    }

    private HttpRequestSequences(Fields fields) {
        super("HTTP/Request Sequences", fields);
        tap = new HttpTap(fields);
        sequences = tree.createNode(SEQUENCES, 0, true);
        uriNode.put(SEQUENCES, sequences);
        nodeUri.put(sequences, SEQUENCES);
        nodeParent.put(sequences, 0);
    }

    @Override
    public void packet(PacketContext ctx) {
        ms = frameMs(ctx);
        tap.messages(ctx, onMessage);
    }

    private void message(HttpTap.Message m) {
        tree.tapped(ms);
        // a redirect: location_target is strndup'd to the value's offset in the message (sic), and its base is the
        // conversation's latest full request URI
        if (m.location != null && m.responseFor != null) {
            String location = m.location.length() > m.locationOffset && m.locationOffset >= 0
                    ? m.location.substring(0, m.locationOffset) : m.location;
            String target = locationTarget(m.responseFor, location);
            if (target != null) {
                int referer = tickReferer(m.responseFor);
                tickRequest(target, referer);
                tickAbove(referer);
            }
        }
        if (m.method != null && m.referer != null && m.fullUri != null) {
            int referer = tickReferer(m.referer);
            tickRequest(m.fullUri, referer);
            tickAbove(referer);
        }
    }

    /** http_seq_stats_tick_referer: the referer's node, made under the root of the sequences the first time. */
    private int tickReferer(String uri) {
        Integer known = uriNode.get(uri);
        if (known == null) {
            int id = tree.tick(uri, sequences, true);
            uriNode.put(uri, id);
            nodeUri.put(id, uri);
            nodeParent.put(id, sequences);
            return id;
        }
        return tree.tick(uri, nodeParent.getOrDefault(known, 0), true);
    }

    /** http_seq_stats_tick_request: the request under its referer; the URI now stands for this node. */
    private void tickRequest(String uri, int referer) {
        int id = tree.tick(uri, referer, true);
        String seen = nodeUri.get(id);
        if (seen == null) {
            nodeUri.put(id, uri);
            uriNode.put(uri, id);
            nodeParent.put(id, referer);
        } else {
            uriNode.put(seen, id);
        }
    }

    /** Ticks the referer's node again, and every node above it. */
    private void tickAbove(int node) {
        Integer parent;
        while ((parent = nodeParent.get(node)) != null) {
            tree.tick(nodeUri.get(node), parent, true);
            node = parent;
        }
    }

    /**
     * determine_http_location_target: the Location resolved against the request's URI the shortcut way (absolute,
     * protocol-relative, query, absolute path, or the last path element replaced); null when it cannot be.
     */
    static String locationTarget(String base, String location) {
        if (!base.contains("://")) {
            return null;
        }
        if (location.isEmpty()) {
            return base;
        }
        if (location.startsWith("//")) {
            String scheme = scheme(base);
            return scheme == null ? null : scheme + ":" + location;
        }
        if (location.contains("://")) {
            return location;
        }
        int fragment = base.indexOf('#');
        String noFragment = fragment < 0 ? base : base.substring(0, fragment);
        int query = noFragment.indexOf('?');
        String noQuery = query < 0 ? noFragment : noFragment.substring(0, query);
        if (location.startsWith("?")) {
            return noQuery + location;
        }
        int authority = noQuery.indexOf("://");
        if (authority < 0) {
            return null; // the "://" was in the query or fragment: packet-http.c would read past the string
        }
        int schemeEnd = authority + 3;
        if (location.startsWith("/")) {
            if (schemeEnd >= noQuery.length()) {
                return null;
            }
            int netlocEnd = noQuery.indexOf('/', schemeEnd);
            return netlocEnd < 0 ? null : noQuery.substring(0, netlocEnd) + location;
        }
        int pathEnd = noQuery.lastIndexOf('/');
        if (pathEnd >= schemeEnd) {
            return noQuery.substring(0, pathEnd) + "/" + location;
        }
        return noQuery + "/" + location;
    }

    /** g_uri_parse_scheme: a letter, then letters, digits, '+', '-' or '.', up to a ':'; null otherwise. */
    private static String scheme(String uri) {
        int i = 0;
        while (i < uri.length()) {
            char c = uri.charAt(i);
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            if (c == ':') {
                break;
            }
            if (!(letter || i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'))) {
                return null;
            }
            i++;
        }
        return i > 0 && i < uri.length() ? uri.substring(0, i) : null;
    }
}
