package org.jdissect.cli.stats;

import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.dsl.DisplayFilterException;

/**
 * {@code -z http_srv,tree[,filter]}: packet-http.c's "HTTP/Load Distribution" (http_reqs_stats_tree_init/_packet):
 * requests by server address and by Host header, each under the other, and responses by server address, OK (a code
 * from 101 to 399) or KO.
 */
final class HttpLoadDistribution extends TreeStatistic {
    private static final String REQUESTS = "HTTP Requests by Server";
    private static final String BY_ADDRESS = "HTTP Requests by Server Address";
    private static final String BY_HOST = "HTTP Requests by HTTP Host";
    private static final String RESPONSES = "HTTP Responses by Server Address";

    private final HttpTap tap;
    private final int requests;
    private final int byAddress;
    private final int byHost;
    private final int responses;
    private final HttpTap.Listener onMessage = this::message;
    private double ms;
    /** The packet being counted, during {@link #packet}. */
    private PacketContext ctx;

    HttpLoadDistribution(Statistics.Filters filters) throws DisplayFilterException {
        this(HttpTap.fields(filters));
    }

    private HttpLoadDistribution(Fields fields) {
        super("HTTP/Load Distribution", fields);
        tap = new HttpTap(fields);
        requests = tree.createNode(REQUESTS, 0, true);
        byAddress = tree.createNode(BY_ADDRESS, requests, true);
        byHost = tree.createNode(BY_HOST, requests, true);
        responses = tree.createNode(RESPONSES, 0, true);
    }

    @Override
    public void packet(PacketContext ctx) {
        ms = frameMs(ctx);
        this.ctx = ctx;
        tap.messages(ctx, onMessage);
        this.ctx = null;
    }

    /** address_to_str of pinfo->src or pinfo->dst: the network layer's, an empty string without one. */
    private String address(boolean source) {
        if (ctx.netVersion == 4) {
            return FieldFormat.ipv4(source ? ctx.src4 : ctx.dst4);
        }
        if (ctx.netVersion == 6) {
            return FieldFormat.ipv6((source ? ctx.src6 : ctx.dst6).toArray());
        }
        return "";
    }

    private void message(HttpTap.Message m) {
        tree.tapped(ms);
        if (m.method != null) {
            String ip = address(false);
            tree.tick(REQUESTS, 0, false);
            tree.tick(BY_ADDRESS, requests, true);
            tree.tick(BY_HOST, requests, true);
            int byThisAddress = tree.tick(ip, byAddress, true);
            if (m.host != null) {
                int byThisHost = tree.tick(m.host, byHost, true);
                tree.tick(ip, byThisHost, false);
                tree.tick(m.host, byThisAddress, false);
            }
        } else if (m.responseCode != 0) {
            String ip = address(true);
            tree.tick(RESPONSES, 0, false);
            int byThisAddress = tree.tick(ip, responses, true);
            int code = m.responseCode;
            tree.tick(code > 100 && code < 400 ? "OK" : "KO", byThisAddress, false);
        }
    }
}
