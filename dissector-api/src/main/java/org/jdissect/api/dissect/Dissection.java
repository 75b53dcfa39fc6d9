package org.jdissect.api.dissect;

import java.util.Collection;
import org.jdissect.api.capture.PacketRecord;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldSet;
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
    private FieldSet keep;
    private boolean keepTopLevel;
    /** Set by the first packet dissected, after which {@link #keepOnly} may not change. */
    private boolean started;

    Dissection(Engine engine) {
        this.engine = engine;
        this.session = new Session(engine.limits());
        limit(tree);
        this.ctx = new PacketContext(engine, session, tree);
        this.root = engine.dissector(Engine.ROOT).orElseThrow();
    }

    public Engine engine() {
        return engine;
    }

    public Session session() {
        return session;
    }

    /**
     * Dissects {@code rec}; the frame dissector turns bounds errors into tree markers, so this does not throw. In a
     * {@linkplain #lazyTrees lazy} dissection, takes {@code rec} as the next packet and returns its context with an
     * empty tree, which {@link #materialize} fills.
     */
    public PacketContext dissect(PacketRecord rec) {
        if (stateOnly == null) {
            return dissect(rec, ctx);
        }
        settle();
        ctx.reset(rec);
        started = true;
        pending = rec;
        return ctx;
    }

    /** A lazy dissection's context for the pass that builds no item, or null when trees are built eagerly. */
    private PacketContext stateOnly;
    /** The packet {@link #dissect} took last in a lazy dissection, until its tree is built or its state kept. */
    private PacketRecord pending;

    /**
     * Builds each packet's tree only when asked for, as Wireshark dissects with no tree until one is shown: {@link
     * #dissect} takes the packet and returns at once; {@link #materialize} then builds its tree, exactly the tree an
     * eager dissection builds (what {@link #keepOnly} keeps, with this dissection's labels setting). A packet whose
     * tree is not asked for is dissected when the next one is taken (or by {@link #settle}) by a pass that builds no
     * item but every layer's capture state (streams, sequence analysis, reassembly, the protocols above and their
     * pairing) as whole trees keep it, so the trees materialised later are those of an eager dissection.
     *
     * <p>The record handed to {@link #dissect} must stay as it is until then: call {@link #settle} before a reader
     * refills it. Chosen before the first packet.
     *
     * <p>One difference by design: the cap on a tree's items ({@code Limit.TREE_ITEMS}) ends a layer whose tree
     * grows past it, and the pass that builds no item never reaches it, as Wireshark's caps apply only to trees it
     * builds. A hostile packet past the cap, not asked for, leaves the state its whole dissection leaves.
     */
    public Dissection lazyTrees() {
        if (started) {
            throw new IllegalStateException("lazyTrees must be chosen before the first packet is dissected");
        }
        ProtoTree t = new ProtoTree();
        limit(t);
        t.keepNothing();
        t.stateAs(tree);
        stateOnly = new PacketContext(engine, session, t);
        stateOnly.setLabels(false);
        stateOnly.setTreeless(ctx.treeless());
        return this;
    }

    /** Whether trees are built only when asked for ({@link #lazyTrees}). */
    public boolean lazy() {
        return stateOnly != null;
    }

    /**
     * Builds the tree of the packet a {@linkplain #lazyTrees lazy} dissection took last, if not built yet, and returns
     * its context; in an eager one, returns the context of the packet dissected last. Valid until the next
     * {@link #dissect} or {@link #settle}.
     */
    public PacketContext materialize() {
        PacketRecord rec = pending;
        if (rec != null) {
            pending = null;
            dissect(rec, ctx);
        }
        return ctx;
    }

    /**
     * In a {@linkplain #lazyTrees lazy} dissection, dissects the packet taken last whose tree was not asked for, with
     * no items, so that the capture's state takes it in; then no tree can be asked for until the next packet. Nothing
     * to do otherwise. Call it before the record given to {@link #dissect} changes, and after the last packet when
     * the state matters (a first pass of two).
     */
    public void settle() {
        PacketRecord rec = pending;
        if (rec != null) {
            pending = null;
            stateOnly.reset(rec);
            root.dissect(rec.data(), stateOnly, stateOnly.tree().root());
        }
    }

    /**
     * Takes {@code rec} as the next packet without dissecting it, for a consumer that needs only the record (a
     * count, a copy to a file): the tree stays empty and no capture state (streams, reassembly) sees the packet.
     */
    public PacketContext skip(PacketRecord rec) {
        settle(); // a lazy dissection's packet taken before this one goes first, in capture order
        return skip(rec, ctx);
    }

    /**
     * Whether dissectors build the tree's text labels (the default); a sink that prints only values (fields, filters,
     * tcpdump text) turns them off to save the string building. See {@link PacketContext#labels()}.
     */
    public Dissection labels(boolean wanted) {
        ctx.setLabels(wanted);
        return this;
    }

    /**
     * Whether the output needs no protocol tree (tshark's plain summary lines: no -V, -Y or -T); see
     * {@link PacketContext#treeless()}. Off by default.
     */
    public Dissection treeless(boolean none) {
        ctx.setTreeless(none);
        if (stateOnly != null) {
            stateOnly.setTreeless(none); // a lazy dissection's state pass dissects as its trees would
        }
        return this;
    }

    /**
     * Materialise only {@code fields} (and protocol items) in the trees of the packets, for an output that reads a
     * known set of values (filters, {@code -T fields}, tcpdump text); {@code null} (the default) builds whole trees.
     * Values, offsets and lengths of the kept fields are exactly those of a whole tree. Chosen before the first
     * packet: protocols decide from it, once per capture, which state they keep (TCP lists unacknowledged segments
     * only for trees that show its analysis).
     *
     * @throws IllegalStateException once a packet was dissected
     */
    public Dissection keepOnly(Collection<FieldDef> fields) {
        if (started) {
            throw new IllegalStateException("keepOnly must be chosen before the first packet is dissected");
        }
        keep = fields == null ? null : FieldSet.of(fields);
        tree.keepOnly(keep);
        return this;
    }

    /**
     * With {@link #keepOnly}, also materialise every item at the top of a tree, whatever its field (a protocol
     * hierarchy reads them all, the fields below them none). Chosen before the first packet.
     */
    public Dissection keepTopLevel(boolean keep) {
        if (started) {
            throw new IllegalStateException("keepTopLevel must be chosen before the first packet is dissected");
        }
        keepTopLevel = keep;
        tree.keepTopLevel(keep);
        return this;
    }

    /**
     * Makes this the first of two passes over a capture (tshark's -2): protocols note, as they go, what a second
     * pass should show ahead of time. Its packets are then dissected again by a dissection {@linkplain #secondPassOf
     * following} this one. Chosen before the first packet.
     */
    public Dissection firstOfTwo() {
        if (started) {
            throw new IllegalStateException("firstOfTwo must be chosen before the first packet is dissected");
        }
        session.markFirstOfTwo();
        return this;
    }

    /**
     * Makes this the second pass over the packets {@code first} dissected as {@link #firstOfTwo}: each packet is
     * dissected as in one pass, and shows besides what only the whole capture tells (a request's "Response in frame",
     * a TCP stream's final completeness, "Reassembled PDU in frame" on the segments of a PDU), as tshark -2 does.
     * The packets must be the same, in the same order. Chosen before the first packet.
     */
    public Dissection secondPassOf(Dissection first) {
        if (started) {
            throw new IllegalStateException("secondPassOf must be chosen before the first packet is dissected");
        }
        session.follow(first.session);
        return this;
    }

    /**
     * Another context for {@link #dissect(PacketRecord, PacketContext)}: its own tree (keeping what this dissection
     * keeps, with its labels setting), this dissection's capture state. With several contexts, the trees of
     * earlier packets stay intact while later ones are dissected, so one thread can print packet n while another
     * dissects packet n+1. Dissecting itself stays on one thread, in capture order.
     */
    public PacketContext newContext() {
        ProtoTree t = new ProtoTree();
        limit(t);
        t.keepOnly(keep);
        t.keepTopLevel(keepTopLevel);
        PacketContext c = new PacketContext(engine, session, t);
        c.setLabels(ctx.labels());
        c.setTreeless(ctx.treeless());
        return c;
    }

    /** As {@link #skip(PacketRecord)}, into a context from {@link #newContext()}. */
    public PacketContext skip(PacketRecord rec, PacketContext into) {
        into.reset(rec);
        return into;
    }

    /** Dissects {@code rec} into {@code into}, a context from {@link #newContext()}; as {@link #dissect}. */
    public PacketContext dissect(PacketRecord rec, PacketContext into) {
        if (into.session() != session) {
            throw new IllegalArgumentException("a context of another dissection");
        }
        into.reset(rec);
        started = true;
        root.dissect(rec.data(), into, into.tree().root());
        return into;
    }

    /** Caps {@code t} at this engine's tree items and depth per packet. */
    private void limit(ProtoTree t) {
        Limits limits = engine.limits();
        t.limits(limits.getInt(Limit.TREE_ITEMS), limits.getInt(Limit.TREE_DEPTH));
    }

    public ProtoTree tree() {
        return tree;
    }

    public PacketContext context() {
        return ctx;
    }

    /** The caps reached so far in this capture, by every context (each hit is also marked in its packet's tree). */
    public LimitHits limitHits() {
        return session.limitHits();
    }
}
