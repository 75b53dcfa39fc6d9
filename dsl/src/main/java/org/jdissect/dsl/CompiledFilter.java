package org.jdissect.dsl;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.ProtoTree;
import org.jdissect.dsl.eval.PacketScope;
import org.jdissect.dsl.eval.Predicate;

/**
 * A display filter ready to run over dissected packets. It reuses its value buffers from packet to packet, so an
 * instance belongs to one thread at a time, like the {@link ProtoTree} it tests.
 */
public final class CompiledFilter {
    private final String text;
    private final Predicate predicate;
    private final PacketScope scope;
    private final Set<FieldDef> fields;

    CompiledFilter(String text, Predicate predicate, PacketScope scope) {
        this.text = text;
        this.predicate = predicate;
        this.scope = scope;
        this.fields = Collections.unmodifiableSet(new LinkedHashSet<>(java.util.List.of(scope.fields())));
    }

    /** Whether the packet dissected into {@code tree} passes the filter. */
    public boolean test(ProtoTree tree) {
        scope.load(tree);
        return predicate.test(scope);
    }

    /** The fields and protocols the filter reads: dissection needs to build only these. */
    public Set<FieldDef> fields() {
        return fields;
    }

    /** The filter as written. */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
