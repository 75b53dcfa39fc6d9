package org.jdissect.dsl.eval;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldType;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.api.tree.ProtoTree;

/**
 * The nodes of the current packet for each field a filter references, gathered in one walk of the tree, so a
 * filter naming k fields costs one walk rather than k. For the layer operator ({@code ip.addr#2}) each node also
 * records which occurrence of its protocol it lies in.
 */
public final class PacketScope {
    private final Map<FieldDef, Integer> slotOf = new HashMap<>();
    /**
     * The slot of each field by {@link FieldDef#id()} (-1: not referenced), as {@link #walk} asks for every node of
     * the tree: the map lookup there (hash, equals, unboxing) was a twelfth of a -Y run's dissecting thread.
     */
    private int[] slotById = new int[0];
    private FieldDef[] defs = new FieldDef[0];
    private String[] protocolOf = new String[0];
    private ProtoNode[][] nodes = new ProtoNode[0][];
    private int[][] layerOf = new int[0][];
    private int[] counts = new int[0];
    private int[] protocolTotals = new int[0];
    private boolean trackLayers;
    private final Map<String, int[]> protocolSeen = new HashMap<>();

    /** Registers a field; returns its slot. */
    public int slot(FieldDef f) {
        Integer s = slotOf.get(f);
        if (s != null) {
            return s;
        }
        int n = defs.length;
        defs = Arrays.copyOf(defs, n + 1);
        defs[n] = f;
        protocolOf = Arrays.copyOf(protocolOf, n + 1);
        protocolOf[n] = f.protocol();
        nodes = Arrays.copyOf(nodes, n + 1);
        nodes[n] = new ProtoNode[4];
        layerOf = Arrays.copyOf(layerOf, n + 1);
        layerOf[n] = new int[4];
        counts = Arrays.copyOf(counts, n + 1);
        protocolTotals = Arrays.copyOf(protocolTotals, n + 1);
        slotOf.put(f, n);
        if (f.id() >= slotById.length) {
            int old = slotById.length;
            slotById = Arrays.copyOf(slotById, f.id() + 1);
            Arrays.fill(slotById, old, slotById.length, -1);
        }
        slotById[f.id()] = n;
        return n;
    }

    public void trackLayers() {
        trackLayers = true;
    }

    public FieldDef[] fields() {
        return defs.clone();
    }

    /** Forgets the previous packet and gathers this one's nodes. */
    public void load(ProtoTree tree) {
        // the node arrays keep the previous packet's nodes past the counts: they are never read there, and the
        // nodes are the tree's pooled ones, which outlive any packet anyway
        Arrays.fill(counts, 0);
        if (trackLayers) {
            for (int[] c : protocolSeen.values()) {
                c[0] = 0;
            }
        }
        walk(tree.root());
        if (trackLayers) {
            for (int s = 0; s < defs.length; s++) {
                int[] seen = protocolSeen.get(protocolOf[s]);
                protocolTotals[s] = seen == null ? 0 : seen[0];
            }
        }
    }

    private void walk(ProtoNode parent) {
        for (ProtoNode c = parent.firstChild(); c != null; c = c.next()) {
            FieldDef d = c.def();
            if (d != null) {
                if (trackLayers && d.type() == FieldType.PROTOCOL) {
                    protocolSeen.computeIfAbsent(d.abbrev(), k -> new int[1])[0]++;
                }
                int id = d.id();
                int s = id < slotById.length ? slotById[id] : -1;
                // ids are unique to a definition and its variants (FieldSet's membership test, which builds the nodes
                // a filter keeps, relies on the same); the name only guards a definition made with an explicit id
                if (s >= 0 && defs[s].sameField(d)) {
                    add(s, c);
                }
            }
            if (c.hasChildren()) {
                walk(c);
            }
        }
    }

    private void add(int s, ProtoNode n) {
        int k = counts[s];
        if (k == nodes[s].length) {
            nodes[s] = Arrays.copyOf(nodes[s], k * 2);
            layerOf[s] = Arrays.copyOf(layerOf[s], k * 2);
        }
        nodes[s][k] = n;
        if (trackLayers) {
            int[] seen = protocolSeen.get(protocolOf[s]);
            layerOf[s][k] = seen == null ? 0 : seen[0];
        }
        counts[s] = k + 1;
    }

    int count(int slot) {
        return counts[slot];
    }

    ProtoNode node(int slot, int i) {
        return nodes[slot][i];
    }

    /** 1-based occurrence of the field's protocol that node {@code i} lies in. */
    int layer(int slot, int i) {
        return layerOf[slot][i];
    }

    /** How many times the field's protocol occurs in the packet. */
    int protocolTotal(int slot) {
        return protocolTotals[slot];
    }
}
