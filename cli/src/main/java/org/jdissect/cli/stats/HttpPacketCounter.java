package org.jdissect.cli.stats;

import org.jdissect.api.dissect.PacketContext;
import org.jdissect.dsl.DisplayFilterException;

/**
 * {@code -z http,tree[,filter]}: packet-http.c's "HTTP/Packet Counter" (http_stats_tree_init/_packet): every HTTP
 * message, responses by status class and code, requests by method, the rest as other packets.
 */
final class HttpPacketCounter extends HttpTreeStatistic {
    private static final String PACKETS = "Total HTTP Packets";
    private static final String RESPONSES = "HTTP Response Packets";
    private static final String OTHER = "Other HTTP Packets";
    /** The status classes, "???: broken" for a code below 100 or from 600. */
    private static final String[] CLASSES = {"???: broken", "1xx: Informational", "2xx: Success",
        "3xx: Redirection", "4xx: Client Error", "5xx: Server Error"};

    private final int packets;
    private final int requests;
    private final int responses;
    private final int[] classes = new int[CLASSES.length];

    HttpPacketCounter(Statistics.Filters filters) throws DisplayFilterException {
        super("HTTP/Packet Counter", HttpTap.fields(filters));
        packets = tree.createNode(PACKETS, 0, true);
        requests = tree.createPivot("HTTP Request Packets", packets);
        responses = tree.createNode(RESPONSES, packets, true);
        for (int i = 0; i < CLASSES.length; i++) {
            classes[i] = tree.createNode(CLASSES[i], responses, true);
        }
        tree.createNode(OTHER, packets, false);
    }

    @Override
    void message(PacketContext ctx, HttpTap.Message m) {
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
