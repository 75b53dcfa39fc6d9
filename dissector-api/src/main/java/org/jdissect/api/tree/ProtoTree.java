package org.jdissect.api.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldSet;
import org.jdissect.api.field.FieldType;

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

    private final List<ProtoNode> pool = new ArrayList<>();
    private int used;
    private final ProtoNode root = new ProtoNode(this);
    private FieldSet keep;

    public ProtoTree() {
        clear();
    }

    /** Forgets the current packet's nodes; references to them become invalid. */
    public void clear() {
        // pooled nodes must not pin the packet's bytes and strings (16 MiB capture windows, reassembled PDUs) after
        // it: a later, smaller packet would leave them referenced for good, once per tree in flight
        for (int i = 0; i < used; i++) {
            pool.get(i).release();
        }
        if (used > BIG_TREE) {
            // nor keep a huge packet's node count (a long reassembly)
            pool.subList(BIG_TREE, pool.size()).clear();
        }
        used = 0;
        root.reset(null, null, ByteView.empty(), 0, 0);
    }

    public ProtoNode root() {
        return root;
    }

    /**
     * From the next packet on, builds only nodes of {@code fields} and protocol items; {@code null} builds every
     * node (the default, needed by anything that shows the whole tree).
     */
    public void keepOnly(FieldSet fields) {
        this.keep = fields;
    }

    /** Whether adding {@code f} builds a real node (rather than a phantom). */
    public boolean keeps(FieldDef f) {
        return keep == null || f.type() == FieldType.PROTOCOL || keep.contains(f);
    }

    /** Whether every field is kept (no {@link #keepOnly} restriction). */
    public boolean keepsAll() {
        return keep == null;
    }

    ProtoNode alloc(ProtoNode parent, FieldDef f, ByteView src, int off, int len) {
        ProtoNode n;
        if (used < pool.size()) {
            n = pool.get(used);
        } else {
            n = new ProtoNode(this);
            pool.add(n);
        }
        used++;
        n.reset(parent, f, src, off, len);
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
        return pool.get(i);
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
