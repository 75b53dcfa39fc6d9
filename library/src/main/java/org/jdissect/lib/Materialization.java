package org.jdissect.lib;

import java.util.List;

/**
 * How much of each packet's tree a {@link Capture} builds: choose less for speed when you read only values.
 *
 * <ul>
 *   <li>{@link #full()} (the default): every field with its text label, as {@code tshark -V} shows it. Needed by the
 *       {@code -V} tree and JSON output modes.</li>
 *   <li>{@link #valuesOnly()}: every field and value, no labels. Field values, filters, {@code -T fields} and
 *       tcpdump's text are the same as with the full tree; the label strings are never built.</li>
 *   <li>{@link #fields(List)}: values only, and only the named fields (plus those the capture's filter reads, and
 *       the protocol items): the fastest, as Wireshark fakes the items nobody looks at. Other fields are absent from
 *       the tree, so read only the fields you named.</li>
 *   <li>{@link #onDemand()}: the full tree, built only for the packets whose tree, fields or protocols you read (or
 *       render); the others are dissected without building any item, every layer's state kept (TCP streams and
 *       analysis, reassembly, HTTP pairing), so the trees you do read are the full ones. For looking at a few packets
 *       chosen by what their records tell (number, time, lengths). A filter reads every packet's tree, so with one
 *       every packet is built.</li>
 * </ul>
 *
 * <p>Immutable; set it with {@link Capture#materialize(Materialization)} before iterating.
 */
public final class Materialization {
    private static final Materialization FULL = new Materialization(true, List.of(), false);
    private static final Materialization VALUES = new Materialization(false, List.of(), false);
    private static final Materialization ON_DEMAND = new Materialization(true, List.of(), true);

    private final boolean labels;
    private final List<String> fields;
    private final boolean lazy;

    private Materialization(boolean labels, List<String> fields, boolean lazy) {
        this.labels = labels;
        this.fields = fields;
        this.lazy = lazy;
    }

    /** The whole tree with labels: what a capture builds unless told otherwise. */
    public static Materialization full() {
        return FULL;
    }

    /** Every field's value, no text labels. */
    public static Materialization valuesOnly() {
        return VALUES;
    }

    /**
     * Values only, and at least these fields (Wireshark names, checked when the capture is given it).
     *
     * @throws IllegalArgumentException when {@code names} is empty
     */
    public static Materialization fields(List<String> names) {
        if (names.isEmpty()) {
            throw new IllegalArgumentException("name at least one field, or use valuesOnly()");
        }
        return new Materialization(false, List.copyOf(names), false);
    }

    /** The full tree with labels, built only for the packets whose tree is read (see the class comment). */
    public static Materialization onDemand() {
        return ON_DEMAND;
    }

    /** Whether trees are built only when read ({@link #onDemand()}). */
    public boolean lazy() {
        return lazy;
    }

    /** Whether the text labels are built. */
    public boolean labels() {
        return labels;
    }

    /** The fields asked for by {@link #fields(List)}; empty when every field is built. */
    public List<String> fields() {
        return fields;
    }

    /** Whether a tree built this way holds every field {@code names} lists (empty meaning all of them). */
    boolean covers(List<String> names) {
        return fields.isEmpty() || !names.isEmpty() && fields.containsAll(names);
    }

    @Override
    public String toString() {
        return lazy ? "onDemand" : labels ? "full" : fields.isEmpty() ? "valuesOnly" : "fields" + fields;
    }
}
