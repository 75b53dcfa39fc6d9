package org.jdissect.api.dissect;

import org.jdissect.api.capture.PacketRecord;
import org.jdissect.api.limits.Limit;
import org.jdissect.api.limits.LimitHits;
import org.jdissect.api.limits.Limits;
import org.jdissect.api.tree.ProtoTree;

/**
 * Dissects the packets of one capture in order, keeping the capture's state (streams, pairing, time references).
 * Not thread-safe: one dissection per capture per thread. The returned tree is valid until the next call.
 */
public final class Dissection {
    private final Engine engine;
    private final Session session;
    private final ProtoTree tree = new ProtoTree();
    private final PacketContext ctx;
    private final Dissector root;

    Dissection(Engine engine) {
        this.engine = engine;
        Limits limits = engine.limits();
        this.session = new Session(limits);
        tree.limits(limits.getInt(Limit.TREE_ITEMS), limits.getInt(Limit.TREE_DEPTH));
        this.ctx = new PacketContext(engine, session, tree);
        this.root = engine.dissector(Engine.ROOT).orElseThrow();
    }

    public Engine engine() {
        return engine;
    }

    public Session session() {
        return session;
    }

    /** Dissects {@code rec}; the frame dissector turns bounds errors into tree markers, so this does not throw. */
    public PacketContext dissect(PacketRecord rec) {
        ctx.reset(rec);
        root.dissect(rec.data(), ctx, tree.root());
        return ctx;
    }

    /**
     * Whether dissectors build the tree's text labels (the default); a sink that prints only values (fields, filters,
     * tcpdump text) turns them off to save the string building. See {@link PacketContext#labels()}.
     */
    public Dissection labels(boolean wanted) {
        ctx.setLabels(wanted);
        return this;
    }

    public ProtoTree tree() {
        return tree;
    }

    public PacketContext context() {
        return ctx;
    }

    /** The caps reached so far in this capture (each also marked in its packet's tree). */
    public LimitHits limitHits() {
        return ctx.limitHits();
    }
}
