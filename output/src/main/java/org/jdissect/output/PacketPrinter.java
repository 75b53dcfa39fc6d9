package org.jdissect.output;

import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;

/**
 * One output mode at work: told about each dissected packet that passed the filter, in capture order, then that
 * the capture ended. Printers keep state across packets (tcpdump's relative sequence numbers and delta times, the
 * JSON array), so one printer serves one capture. Get one from {@link OutputMode#printer}.
 */
public interface PacketPrinter {
    /** Prints one packet; {@code ctx} and its tree are only valid during the call. */
    void packet(PacketContext ctx) throws IOException;

    /** Ends the output (closes the JSON array, for one); nothing by default. */
    default void finish() throws IOException {
    }

    /**
     * The fields this printer reads from the tree, so dissection can build only those ({@code Dissection.keepOnly});
     * {@code null}, the default, when it reads the whole tree. The protocol items of the layers dissected are always
     * there, but the layers above TCP are dissected only when something kept may come from them: a printer that
     * reads the protocol list lists the protocols.
     */
    default Collection<FieldDef> fieldsRead() {
        return null;
    }

    /** Whether this printer looks at the dissection at all; a packet count or a capture copy needs only records. */
    default boolean readsTree() {
        return true;
    }

    /** This printer's output for each packet, then {@code next}'s; both are finished, in that order. */
    default PacketPrinter andThen(PacketPrinter next) {
        PacketPrinter first = this;
        return new PacketPrinter() {
            @Override
            public void packet(PacketContext ctx) throws IOException {
                first.packet(ctx);
                next.packet(ctx);
            }

            @Override
            public void finish() throws IOException {
                first.finish();
                next.finish();
            }

            @Override
            public boolean readsTree() {
                return first.readsTree() || next.readsTree();
            }

            @Override
            public Collection<FieldDef> fieldsRead() {
                Collection<FieldDef> a = first.readsTree() ? first.fieldsRead() : Set.of();
                Collection<FieldDef> b = next.readsTree() ? next.fieldsRead() : Set.of();
                if (a == null || b == null) {
                    return null;
                }
                Set<FieldDef> both = new LinkedHashSet<>(a);
                both.addAll(b);
                return both;
            }
        };
    }
}
