package org.jdissect.cli.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldRegistry;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.api.tree.ProtoTree;

/**
 * {@code -z io,phs[,filter]}, tap-protohierstat.c: the top-level items of each packet's tree (its layers) as a path
 * in a tree of protocols, each counting the frames and bytes (original lengths) that reached it.
 */
final class ProtocolHierarchy implements Statistic {
    /** One protocol at one place in the hierarchy; children in order of first appearance. */
    private static final class Level {
        final String name;
        long frames;
        long bytes;
        final List<Level> children = new ArrayList<>(2);

        Level(String name) {
            this.name = name;
        }

        Level child(String protocol) {
            for (Level c : children) {
                if (c.name.equals(protocol)) {
                    return c;
                }
            }
            Level c = new Level(protocol);
            children.add(c);
            return c;
        }
    }

    private final String filter;
    private final Level root = new Level(null);
    private boolean shown;
    private boolean frameShown;

    ProtocolHierarchy(String filter) {
        this.filter = filter;
    }

    @Override
    public boolean readsTopLevel() {
        return true;
    }

    /**
     * The protocols, which decide which layers are dissected at all, and TCP's reassembled segments, whose items TCP
     * builds only when asked for (the other top-level items come with {@link #readsTopLevel}): the rest of the tree
     * is what tshark fakes in a tree it does not show, and building it doubled the time of a run.
     */
    @Override
    public Collection<FieldDef> fieldsRead(FieldRegistry registry) {
        List<FieldDef> keep = new ArrayList<>(registry.protocols());
        FieldDef segments = registry.get("tcp.segments");
        if (segments != null) {
            keep.add(segments);
        }
        return keep;
    }

    @Override
    public void treeShape(boolean shown, boolean frameShown) {
        this.shown = shown;
        this.frameShown = frameShown;
    }

    @Override
    public boolean onFrameTap() {
        return true;
    }

    @Override
    public void packet(PacketContext ctx) {
        int len = ctx.record().originalLength();
        ProtoTree tree = ctx.tree();
        // in a tree nobody shows, an item Wireshark moves only for the eye stays where it was added
        ProtoNode moved = shown ? null : tree.movedItem();
        ProtoNode after = moved == null ? null : tree.movedAfter();
        Level at = root;
        for (ProtoNode n = tree.root().firstChild(); n != null; n = n.next()) {
            if (n != moved) {
                at = count(at, n, len);
            }
            if (n == after) {
                at = count(at, moved, len);
            }
        }
    }

    private Level count(Level at, ProtoNode n, int len) {
        String name = n.def() == null ? "text" : n.abbrev();
        if (!frameShown && "frame".equals(name)) {
            return at;
        }
        Level l = at.child(name);
        l.frames++;
        l.bytes += len;
        return l;
    }

    @Override
    public void draw(StringBuilder out) {
        out.append('\n');
        out.append("===================================================================\n");
        out.append("Protocol Hierarchy Statistics\n");
        out.append("Filter: ").append(filter == null ? "" : filter).append("\n\n");
        draw(out, root.children, 0);
        out.append("===================================================================\n");
    }

    private static void draw(StringBuilder out, List<Level> levels, int indentation) {
        for (Level l : levels) {
            StringBuilder name = new StringBuilder();
            for (int i = 0; i < indentation; i++) {
                if (i > 15) {
                    name.append("...");
                    break;
                }
                name.append("  ");
            }
            name.append(l.name);
            if (name.length() > 79) { // phs_draw's 80-byte buffer
                name.setLength(79);
            }
            out.append(String.format(Locale.ROOT, "%-40s frames:%d bytes:%d\n", name, l.frames, l.bytes));
            draw(out, l.children, indentation + 1);
        }
    }
}
