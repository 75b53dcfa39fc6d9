package org.jdissect.cli.stats;

import org.jdissect.api.dissect.PacketContext;
import org.jdissect.dsl.DisplayFilterException;

/**
 * {@code -z http,tree[,filter]}: packet-http.c's "HTTP/Packet Counter" (http_stats_tree_init/_packet): every HTTP
 * message, responses by status class and code, requests by method, the rest as other packets.
 */
final class HttpPacketCounter extends TreeStatistic {
    private static final String PACKETS = "Total HTTP Packets";
    private static final String RESPONSES = "HTTP Response Packets";
    private static final String OTHER = "Other HTTP Packets";
    /** The status classes, "???: broken" for a code below 100 or from 600. */
    private static final String[] CLASSES = {"???: broken", "1xx: Informational", "2xx: Success",
        "3xx: Redirection", "4xx: Client Error", "5xx: Server Error"};

    private final HttpTap tap;
    private final int packets;
    private final int requests;
    private final int responses;
    private final int[] classes = new int[CLASSES.length];
    private final HttpTap.Listener onMessage = this::message;
    /** The packet's time, which stamps each of its messages. */
    private double ms;

    HttpPacketCounter(Statistics.Filters filters) throws DisplayFilterException {
        this(HttpTap.fields(filters));
    }

    private HttpPacketCounter(Fields fields) {
        super("HTTP/Packet Counter", fields);
        tap = new HttpTap(fields);
        packets = tree.createNode(PACKETS, 0, true);
        requests = tree.createPivot("HTTP Request Packets", packets);
        responses = tree.createNode(RESPONSES, packets, true);
        for (int i = 0; i < CLASSES.length; i++) {
            classes[i] = tree.createNode(CLASSES[i], responses, true);
        }
        tree.createNode(OTHER, packets, false);
    }

    @Override
    public void packet(PacketContext ctx) {
        ms = frameMs(ctx);
        tap.messages(ctx, onMessage);
    }

    private void message(HttpTap.Message m) {
        tree.tapped(ms);
        tree.tick(PACKETS, 0, false);
        int code = m.responseCode;
        if (code != 0) {
            tree.tick(RESPONSES, packets, false);
            int group = code < 100 || code >= 600 ? 0 : code / 100;
            tree.tick(CLASSES[group], responses, false);
            tree.tick(code + " " + m.codeText, classes[group], false);
        } else if (m.method != null) {
            tree.tickPivot(requests, m.method);
        } else {
            tree.tick(OTHER, packets, false);
        }
    }
}
