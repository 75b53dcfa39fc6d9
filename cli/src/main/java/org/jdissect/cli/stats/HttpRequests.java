package org.jdissect.cli.stats;

import org.jdissect.api.dissect.PacketContext;
import org.jdissect.dsl.DisplayFilterException;

/**
 * {@code -z http_req,tree[,filter]}: packet-http.c's "HTTP/Requests" (http_req_stats_tree_init/_packet): requests by
 * their Host header, and under each host by request URI.
 */
final class HttpRequests extends TreeStatistic {
    private static final String BY_HOST = "HTTP Requests by HTTP Host";

    private final HttpTap tap;
    private final int byHost;
    private final HttpTap.Listener onMessage = this::message;
    private double ms;

    HttpRequests(Statistics.Filters filters) throws DisplayFilterException {
        this(HttpTap.fields(filters));
    }

    private HttpRequests(Fields fields) {
        super("HTTP/Requests", fields);
        tap = new HttpTap(fields);
        byHost = tree.createNode(BY_HOST, 0, true);
    }

    @Override
    public void packet(PacketContext ctx) {
        ms = frameMs(ctx);
        tap.messages(ctx, onMessage);
    }

    private void message(HttpTap.Message m) {
        tree.tapped(ms);
        if (m.method == null) {
            return;
        }
        tree.tick(BY_HOST, 0, false);
        if (m.host != null) {
            int host = tree.tick(m.host, byHost, true);
            if (m.uri != null) {
                tree.tick(m.uri, host, true);
            }
        }
    }
}
