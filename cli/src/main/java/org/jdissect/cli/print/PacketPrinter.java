package org.jdissect.cli.print;

import java.io.IOException;
import java.util.Collection;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;

/** One output mode: told about each dissected packet that passed the filter, then that the capture ended. */
public interface PacketPrinter {
    void packet(PacketContext ctx) throws IOException;

    default void finish() throws IOException {
    }

    /**
     * The fields this printer reads from the tree (protocol items are always there), so dissection can build only
     * those; {@code null}, the default, when it reads the whole tree.
     */
    default Collection<FieldDef> fieldsRead() {
        return null;
    }

    /** Whether this printer looks at the dissection at all; a packet count or a capture copy needs only records. */
    default boolean readsTree() {
        return true;
    }
}
