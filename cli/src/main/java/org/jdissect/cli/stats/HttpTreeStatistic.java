package org.jdissect.cli.stats;

import org.jdissect.api.dissect.PacketContext;

/**
 * A stats tree on the http tap (packet-http.c's trees): tshark calls the tree's packet function once for each HTTP
 * message the packet carries, each stamped with the frame's time.
 */
abstract class HttpTreeStatistic extends TreeStatistic {
    private final HttpTap tap;
    private final HttpTap.Listener onMessage = this::tapped;
    /** The packet being counted and its time, during {@link #packet}. */
    private PacketContext ctx;
    private double ms;

    HttpTreeStatistic(String title, Fields fields) {
        super(title, fields);
        tap = new HttpTap(fields);
    }

    @Override
    public final void packet(PacketContext ctx) {
        ms = frameMs(ctx);
        this.ctx = ctx;
        tap.messages(ctx, onMessage);
        this.ctx = null;
    }

    private void tapped(HttpTap.Message m) {
        tree.tapped(ms);
        message(ctx, m);
    }

    /** Ticks the tree for one HTTP message {@code m} of the packet {@code ctx}. */
    abstract void message(PacketContext ctx, HttpTap.Message m);
}
