package org.jdissect.cli.stats;

import org.jdissect.api.dissect.PacketContext;
import org.jdissect.dsl.DisplayFilterException;

/**
 * {@code -z http_req,tree[,filter]}: packet-http.c's "HTTP/Requests" (http_req_stats_tree_init/_packet): requests by
 * their Host header, and under each host by request URI.
 */
final class HttpRequests extends HttpTreeStatistic {
    private static final String BY_HOST = "HTTP Requests by HTTP Host";

    private final int byHost;

    HttpRequests(Statistics.Filters filters) throws DisplayFilterException {
        super("HTTP/Requests", HttpTap.fields(filters));
        byHost = tree.createNode(BY_HOST, 0, true);
    }

    @Override
    void message(PacketContext ctx, HttpTap.Message m) {
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
