package org.jdissect.cli.stats;

import java.util.Collection;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldRegistry;

/**
 * One of tshark's {@code -z} statistics: told about every packet read that passes its own filter (tshark's taps see
 * every packet dissected, whatever {@code -Y} shows), then drawn once, after the packets, as tshark draws it.
 */
public interface Statistic {
    /**
     * The fields it reads from a packet's tree, so dissection can build only those ({@code Dissection.keepOnly}), or
     * {@code null} for the whole tree. Its filter's fields are added by {@link Tap}.
     */
    default Collection<FieldDef> fieldsRead() {
        return null;
    }

    /** As {@link #fieldsRead()}, for a statistic that reads fields it finds in the registry (all protocols, say). */
    default Collection<FieldDef> fieldsRead(FieldRegistry registry) {
        return fieldsRead();
    }

    /** Whether it reads every item at the top of a tree, whatever its field ({@code Dissection.keepTopLevel}). */
    default boolean readsTopLevel() {
        return false;
    }

    /**
     * Told, before the first packet, how tshark would build the trees it reads: {@code shown} when the packets'
     * trees are printed (-V, -T fields, -T json), which is when Wireshark moves items to where they are shown;
     * {@code frameShown} when the frame item is there at all (a shown tree, or a filter naming a frame field:
     * packet-frame.c adds nothing otherwise). Nothing by default.
     */
    default void treeShape(boolean shown, boolean frameShown) {
    }

    /**
     * The fields its own filters refer to, beyond its {@link Tap}'s (a filter for each column, say): tshark primes
     * every packet's tree with them as with any filter's. None by default.
     */
    default Collection<FieldDef> filterFields() {
        return java.util.List.of();
    }

    /**
     * Told, before the first packet, the fields any filter of the run refers to ({@code -Y}'s, every tap's, every
     * statistic's own): tshark primes its trees with them, and proto_get_finfo_ptr_array finds only those. Nothing
     * by default.
     */
    default void primedFields(java.util.Set<String> abbrevs) {
    }

    /**
     * Whether it listens on the frame tap, whose one event a packet packet-frame.c queues after the whole dissection:
     * with the packet's flags as they ended, so an exception that ended the packet inside an ICMP error's quote
     * leaves it an error packet's, which tap_push_tapped_queue hands to no such listener. The events of the other
     * taps were queued before, and are handed on. False by default.
     */
    default boolean onFrameTap() {
        return false;
    }

    /**
     * Told, before the first packet, the capture's name as given to {@code -r} (tshark's cfile.filename; null for a
     * live capture) and whether addresses may be given names (no {@code -n}). Nothing by default.
     */
    default void source(String captureName, boolean resolveNames) {
    }

    /**
     * Whether tshark builds a protocol tree for it (its tap flags ask for one, or its listener reads fields): when no
     * statistic, filter or printer needs one, tshark dissects with no tree at all, which a few dissectors notice
     * ({@code PacketContext.treeless}). True unless a statistic knows it reads no tree.
     */
    default boolean needsProtoTree() {
        return true;
    }

    /**
     * Whether it writes the Info column ({@code PacketContext.appendInfo}), which tshark refuses when the column is
     * not printed. False by default.
     */
    default boolean writesInfoColumn() {
        return false;
    }

    /** Counts one packet; {@code ctx} and its tree are valid only during the call. */
    void packet(PacketContext ctx);

    /** Appends the table, byte for byte as tshark 4.0 prints it. */
    void draw(StringBuilder out);

    /** Prints the table ({@link #draw}); a statistic whose table may not fit in memory streams it instead. */
    default void print(java.io.PrintWriter out) {
        StringBuilder sb = new StringBuilder();
        draw(sb);
        out.print(sb);
    }
}
