package org.jdissect.api.tree;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldSet;
import org.jdissect.api.field.FieldType;
import org.jdissect.api.limits.Limit;
import org.jdissect.api.limits.LimitExceededException;

/**
 * The dissection of one packet: a root whose children are the protocol items (frame, eth, ip, …).
 *
 * <p>Nodes come from a pool kept across packets: {@link #clear()} makes them all reusable, so a steady-state packet
 * allocates no tree nodes. A tree therefore belongs to one thread and one packet at a time.
 *
 * <p>A tree may {@linkplain #keepOnly keep only some fields}, as Wireshark fakes the items nobody will look at when
 * no tree is shown: adding any other field returns a <em>phantom</em> node that stores nothing and hands the
 * children added to it to its nearest real ancestor. Protocol items are always kept, so layers stay where they are.
 */
public final class ProtoTree {
    /** Nodes kept in the pool across packets; a tree above this size is let go after its packet. */
    private static final int BIG_TREE = 2048;

    /** Nodes made so far, reused packet after packet: [0, used) hold the current packet's, [used, made) are free. */
    private ProtoNode[] pool = new ProtoNode[64];
    private int made;
    private int used;
    /** Pooled nodes [0, dirty) may still refer to an earlier packet's bytes and strings. */
    private int dirty;
    private final ProtoNode root = new ProtoNode(this);
    private FieldSet keep;
    /** Caps on items per packet and nesting depth (tshark's gui.max_tree_items / gui.max_tree_depth). */
    private int maxItems = Integer.MAX_VALUE;
    private int maxDepth = Integer.MAX_VALUE;
    /** The value of {@link #used} at which the next allocation throws; raised after a throw (see {@link #alloc}). */
    private int itemLimit = Integer.MAX_VALUE;

    public ProtoTree() {
        clear();
    }

    /**
     * Caps every packet's tree at {@code items} nodes and {@code depth} levels. Past either, adding a node throws
     * {@link LimitExceededException}, which ends the layer being dissected with a "Dissector bug" marker as
     * Wireshark's tree limits do; the memory a hostile packet can make the node pool keep stays bounded.
     */
    public void limits(int items, int depth) {
        if (items < 1 || depth < 1) {
            throw new IllegalArgumentException("tree limits must be positive: " + items + ", " + depth);
        }
        maxItems = items;
        maxDepth = depth;
        itemLimit = items;
    }

    /** Forgets the current packet's nodes; references to them become invalid. */
    public void clear() {
        // pooled nodes must not pin a packet's bytes and strings (capture windows, reassembled PDUs) for good: the
        // next packet's nodes overwrite what they held (reset), and those it leaves unused are let go when it ends,
        // so a smaller packet after a big one pins nothing of the big one's after its own end. Releasing every node
        // here instead wrote four fields more a node than reset does, in every packet.
        for (int i = used; i < dirty; i++) {
            pool[i].release();
        }
        dirty = used;
        if (used > BIG_TREE) {
            // nor keep a huge packet's node count (a long reassembly)
            for (int i = 0; i < used; i++) {
                pool[i].release();
            }
            pool = Arrays.copyOf(pool, BIG_TREE);
            made = BIG_TREE;
            dirty = 0;
        }
        used = 0;
        movedItem = null;
        movedAfter = null;
        itemLimit = maxItems;
        root.reset(null, null, ByteView.empty(), 0, 0, 0);
    }

    public ProtoNode root() {
        return root;
    }

    private ProtoNode movedItem;
    private ProtoNode movedAfter;

    /**
     * Notes that {@code item} stands where proto_tree_move_item put it, which Wireshark does only in a tree that is
     * shown (-V, -T fields, -T json): in one that is not (tshark -q with a statistic) it stays where it was added,
     * after {@code after}. TCP's "Reassembled TCP Segments" is added after the PDU's dissection and moved up behind
     * TCP; jdissect adds it before, where it is shown, and notes the other place here ({@code io,phs} reads it).
     * One note a packet; a later one replaces it.
     */
    public void noteMoved(ProtoNode item, ProtoNode after) {
        if (item.isPhantom() || after == null || after == item || after.isPhantom()) {
            return;
        }
        movedItem = item;
        movedAfter = after;
    }

    /** The item of {@link #noteMoved}, or null. */
    public ProtoNode movedItem() {
        return movedItem;
    }

    /** Where {@link #movedItem} would be in a tree nobody shows: after this node. */
    public ProtoNode movedAfter() {
        return movedAfter;
    }

    /**
     * From the next packet on, builds only nodes of {@code fields} and protocol items; {@code null} builds every
     * node (the default, needed by anything that shows the whole tree).
     */
    public void keepOnly(FieldSet fields) {
        this.keep = fields;
        this.none = false;
    }

    private boolean keepTopLevel;

    /**
     * Also builds every item added at the top of the tree, whatever its field (and text items there), when only some
     * fields are kept: what a protocol hierarchy reads, as tshark's tree that is not shown still has all its
     * top-level items (only items below them are faked).
     */
    public void keepTopLevel(boolean keep) {
        this.keepTopLevel = keep;
    }

    /** Whether {@link #keepTopLevel} builds an item added under {@code parent} that the field set does not keep. */
    boolean keepsUnder(ProtoNode parent) {
        return keepTopLevel && parent == root;
    }

    /** Whether adding {@code f} builds a real node (rather than a phantom). */
    public boolean keeps(FieldDef f) {
        return keep == null || !none && (f.type() == FieldType.PROTOCOL || keep.contains(f));
    }

    /** Set by {@link #keepNothing}. */
    private boolean none;

    /**
     * Builds no node at all from the next packet on, not even protocol items: every item added is a phantom of the
     * root. For a lazy dissection's pass whose tree nobody reads (its state decisions are another tree's, see
     * {@link #stateAs}).
     */
    public void keepNothing() {
        keep = FieldSet.of(java.util.List.of());
        none = true;
    }

    /**
     * Whether adding any field of {@code group} builds a real node: when not, a dissector may skip the group's items
     * altogether (they would all be phantoms) with one test instead of one per item.
     */
    public boolean keepsAny(FieldSet group) {
        return keep == null || !none && (group.containsProtocol() || keep.intersects(group));
    }

    /**
     * Whether the tree keeps only fields that satisfy {@code test} (false when it keeps every field): lets a dissector
     * skip work whose items nobody will see, such as handing payloads to the layers above. Answered for the tree
     * whose state this one {@linkplain #stateAs keeps}.
     */
    public boolean keepsOnly(java.util.function.Predicate<FieldDef> test) {
        if (stateOf != null) {
            return stateOf.keepsOnly(test);
        }
        return keep != null && keep.allMatch(test);
    }

    /** The tree whose capture state a tree that builds fewer items keeps; see {@link #stateAs}. */
    private ProtoTree stateOf;

    /**
     * Makes the capture state kept while dissecting into this tree that of {@code other}'s packets, whatever this tree
     * itself keeps: a lazy dissection's pass that builds no item must leave the streams, analysis and reassembly as
     * a whole tree would, for a later packet's whole tree to show what an eager one shows. Dissectors ask
     * {@link #keepsOnly} and {@link #keepsStateFor} for such decisions, not {@link #keepsAny}.
     */
    public void stateAs(ProtoTree other) {
        this.stateOf = other == this ? null : other;
    }

    /**
     * Whether the capture state that only items of {@code group} show must be kept (TCP's list of unacknowledged
     * segments for its analysis items): {@link #keepsAny} of the tree this one {@linkplain #stateAs keeps state as}.
     */
    public boolean keepsStateFor(FieldSet group) {
        return stateOf != null ? stateOf.keepsAny(group) : keepsAny(group);
    }

    /** Whether every field is kept (no {@link #keepOnly} restriction). */
    public boolean keepsAll() {
        return keep == null;
    }

    ProtoNode alloc(ProtoNode parent, FieldDef f, ByteView src, int off, int len, long num) {
        // two int compares per node: the caps cost nothing measurable on the hot path
        if (used >= itemLimit) {
            // as Wireshark resets its count before throwing: the marker items that report this must still fit
            itemLimit = used + maxItems;
            throw new LimitExceededException(Limit.TREE_ITEMS, "Adding " + (f == null ? "text" : f.abbrev())
                    + " would put more than " + maxItems + " items in the tree -- possible infinite loop (max number"
                    + " of items can be increased in advanced preferences)");
        }
        int depth = parent.depth + 1;
        if (depth >= maxDepth) {
            // proto_tree_add_node counts the new node, its parent and every ancestor up to the (hidden) root: a node
            // one level below the top is two, so the deepest allowed node is one level short of the cap
            throw new LimitExceededException(Limit.TREE_DEPTH, "Maximum tree depth " + maxDepth + " exceeded for \""
                    + (f == null ? "Text item" : f.name()) + "\" - \"" + (f == null ? "text" : f.abbrev())
                    + "\" (proto_tree_add_node:5972) (Maximum depth can be increased in advanced preferences)");
        }
        ProtoNode n;
        if (used < made) {
            n = pool[used];
        } else {
            if (made == pool.length) {
                pool = Arrays.copyOf(pool, made * 2);
            }
            n = pool[made++] = new ProtoNode(this);
        }
        used++;
        n.reset(parent, f, src, off, len, num);
        n.depth = depth;
        if (parent.lastChild == null) {
            parent.firstChild = n;
        } else {
            parent.lastChild.next = n;
        }
        parent.lastChild = n;
        return n;
    }

    /** The i-th pooled node, used or not (for tests of what the pool holds). */
    ProtoNode pooled(int i) {
        if (i >= made) {
            throw new IndexOutOfBoundsException(i);
        }
        return pool[i];
    }

    /** Number of nodes in the current packet's tree (the root excluded). */
    public int size() {
        return used;
    }

    public ProtoNode find(FieldDef f) {
        return root.find(f);
    }

    public ProtoNode find(String abbrev) {
        return root.find(abbrev);
    }

    /** Every node carrying {@code abbrev}, in tree order. */
    public List<ProtoNode> findAll(String abbrev) {
        List<ProtoNode> out = new ArrayList<>();
        root.walk(n -> {
            if (n.def != null && n.def.abbrev().equals(abbrev)) {
                out.add(n);
            }
        });
        return out;
    }

    public void walk(Consumer<ProtoNode> visitor) {
        root.walk(visitor);
    }
}
