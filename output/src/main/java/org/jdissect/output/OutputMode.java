package org.jdissect.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdissect.api.field.FieldRegistry;
import org.jdissect.output.print.EkPrinter;
import org.jdissect.output.print.FieldsPrinter;
import org.jdissect.output.print.JsonPrinter;
import org.jdissect.output.print.PacketBytesPrinter;
import org.jdissect.output.print.PdmlPrinter;
import org.jdissect.output.print.PsmlPrinter;
import org.jdissect.output.print.SummaryPrinter;
import org.jdissect.output.print.TreePrinter;
import org.jdissect.output.tcpdump.TcpdumpHexPrinter;
import org.jdissect.output.tcpdump.TcpdumpPrinter;

/**
 * How dissected packets are written as text: tcpdump's line per packet, tshark's {@code -V} tree, {@code -T fields},
 * {@code -T json}, {@code -T ek}, {@code -T pdml}, {@code -T psml}, or tshark's one-line summary. The command and the library both go through here, so a mode prints the
 * same bytes wherever it is used.
 *
 * <pre>{@code
 * OutputMode mode = OutputMode.tcpdump("-nn -vvXe");
 * PacketPrinter p = mode.printer(engine.registry(), writer);
 * dissection.labels(mode.needsLabels());
 * // for each packet: p.packet(dissection.dissect(record)); at the end: p.finish();
 * }</pre>
 *
 * <p>A mode is an immutable description; {@link #printer} makes the stateful printer for one capture.
 */
public sealed interface OutputMode
        permits OutputMode.Tcpdump, OutputMode.Tree, OutputMode.Fields, OutputMode.Json, OutputMode.Summary,
        OutputMode.Bytes, OutputMode.Ek, OutputMode.Pdml, OutputMode.Psml, OutputMode.JsonFields,
        OutputMode.EkFields {

    /** tcpdump 4.99.3's text for a flag string such as {@code "-nn -vvXe"}; see {@link TcpdumpOptions#parse}. */
    static Tcpdump tcpdump(String flags) {
        return new Tcpdump(TcpdumpOptions.parse(flags));
    }

    /** tcpdump 4.99.3's text with these options. */
    static Tcpdump tcpdump(TcpdumpOptions options) {
        return new Tcpdump(options);
    }

    /** The protocol tree as {@code tshark -V} prints it. */
    static Tree tree() {
        return new Tree(false, false, null, false);
    }

    /** {@code -T fields -e …} with tshark's default {@code -E} settings. */
    static Fields fields(List<String> names) {
        return new Fields(names, FieldsOptions.defaults());
    }

    /** {@code -T fields -e …} with {@code -E} settings. */
    static Fields fields(List<String> names, FieldsOptions options) {
        return new Fields(names, options);
    }

    /** The field names of a fields mode, copied; at least one, and options given. */
    private static List<String> fieldNames(List<String> names, FieldsOptions options, String mode) {
        Objects.requireNonNull(options, "options");
        if (names.isEmpty()) {
            throw new IllegalArgumentException("the " + mode + " output mode needs at least one field name");
        }
        return List.copyOf(names);
    }

    /** Whether a name is a protocol's (no dot), whose value is its item's text. */
    private static boolean namesAProtocol(List<String> names) {
        return names.stream().anyMatch(n -> !n.contains("."));
    }

    /** {@code -T json -e …}: each packet's "layers" holds only the named fields' values. */
    static JsonFields jsonFields(List<String> names, FieldsOptions options) {
        return new JsonFields(names, options);
    }

    /** {@code -T ek -e …}: each document's "layers" holds only the named fields' values. */
    static EkFields ekFields(List<String> names, FieldsOptions options) {
        return new EkFields(names, options);
    }

    /** {@code -T json}: tshark's JSON array of packets. */
    static Json json() {
        return new Json(false);
    }

    /** {@code -T json}, with tshark's {@code -x} "_raw" members when {@code raw}. */
    static Json json(boolean raw) {
        return new Json(raw);
    }

    /** {@code -T ek}: tshark's newline-delimited JSON for Elasticsearch, two lines a packet. */
    static Ek ek() {
        return new Ek();
    }

    /**
     * {@code -T pdml}: tshark's XML of the whole tree; the header names {@code captureFile} (as the capture was named,
     * or null) and the time the printer was made.
     */
    static Pdml pdml(String captureFile) {
        return new Pdml(captureFile);
    }

    /** {@code -T psml}: tshark's XML of the summary's columns. */
    static Psml psml() {
        return new Psml();
    }

    /** {@code -T psml} with the Time section of {@code timeFormat} ({@code -t}). */
    static Psml psml(TimeFormat timeFormat) {
        return new Psml(timeFormat);
    }

    /**
     * One line per packet, tshark 4.0.17's default ({@code tshark -n -r FILE}) byte for byte: No., Time, Source,
     * Destination, Protocol, Length, Info.
     */
    static Summary summary() {
        return new Summary();
    }

    /** tshark's one-line summary with the Time column of {@code timeFormat} ({@code -t}). */
    static Summary summary(TimeFormat timeFormat) {
        return new Summary(timeFormat);
    }

    /**
     * A printer of this mode writing to {@code out}, for one capture. It appends and never closes {@code out};
     * field names are looked up in {@code registry}.
     *
     * @throws IllegalArgumentException when a field name is not in the registry
     */
    PacketPrinter printer(FieldRegistry registry, Appendable out);

    /**
     * Whether the printer shows the tree's text labels, so the dissection must build them
     * ({@code Dissection.labels(true)}); the other modes print values only and run faster without them.
     */
    boolean needsLabels();

    /**
     * The fields the printer reads, when it reads only some: a dissection that can limit itself to named fields may
     * build just these. Empty when the printer walks the whole tree.
     */
    default Optional<List<String>> neededFields() {
        return Optional.empty();
    }

    /** tshark's {@code -x} alone: each packet's bytes, every data source, and no summary line. */
    static Bytes bytes() {
        return new Bytes();
    }

    /** tshark's {@code -x} without {@code -V}: the packets' bytes only. */
    record Bytes() implements OutputMode {
        @Override
        public PacketPrinter printer(FieldRegistry registry, Appendable out) {
            return new PacketBytesPrinter(out);
        }

        @Override
        public boolean needsLabels() {
            return false;
        }
    }

    /** tcpdump's text ({@code -e}, {@code -v}, {@code -X}… in the options). */
    record Tcpdump(TcpdumpOptions options) implements OutputMode {
        /** @throws NullPointerException without options */
        public Tcpdump {
            Objects.requireNonNull(options, "options");
        }

        @Override
        public PacketPrinter printer(FieldRegistry registry, Appendable out) {
            return new TcpdumpPrinter(out, options);
        }

        /** {@code --annotate} names fields by the tree's text items, so it wants them built. */
        @Override
        public boolean needsLabels() {
            return options.annotate();
        }
    }

    /**
     * tshark's {@code -V} tree.
     *
     * @param annotate   after each tree, the frame as tcpdump {@code -XX} rows with the fields named under each row
     * @param color      colour those names (ANSI escapes)
     * @param expandOnly tshark's {@code -O}: the filter names of the top-level items whose subtrees are printed
     *                   (the others show their own line only); null for all
     * @param bytes      tshark's {@code -x}: after the tree, the packet's bytes (each data source)
     */
    record Tree(boolean annotate, boolean color, java.util.Set<String> expandOnly, boolean bytes)
            implements OutputMode {
        public Tree {
            expandOnly = expandOnly == null ? null : java.util.Set.copyOf(expandOnly);
        }

        /** The whole tree (no {@code -O}, no {@code -x}). */
        public Tree(boolean annotate, boolean color) {
            this(annotate, color, null, false);
        }

        @Override
        public PacketPrinter printer(FieldRegistry registry, Appendable out) {
            PacketPrinter tree = new TreePrinter(out, expandOnly, !bytes);
            if (bytes) {
                tree = tree.andThen(new PacketBytesPrinter(out));
            }
            if (!annotate) {
                return tree;
            }
            return tree.andThen(new TcpdumpHexPrinter(out, true, color));
        }

        @Override
        public boolean needsLabels() {
            return true;
        }
    }

    /**
     * {@code -T fields}: one line per packet, the named fields' values.
     *
     * @param names   Wireshark field names, in column order (tshark's {@code -e}); at least one
     * @param options tshark's {@code -E} settings
     */
    record Fields(List<String> names, FieldsOptions options) implements OutputMode {
        /**
         * @throws IllegalArgumentException without field names
         */
        public Fields {
            names = fieldNames(names, options, "fields");
        }

        @Override
        public PacketPrinter printer(FieldRegistry registry, Appendable out) {
            return new FieldsPrinter(out, registry, names, options);
        }

        @Override
        public boolean needsLabels() {
            return false;
        }

        /** The names, unless a column is among them: the summary line it comes from reads more. */
        @Override
        public Optional<List<String>> neededFields() {
            return names.stream().anyMatch(n -> n.startsWith("_ws.col.")) ? Optional.empty() : Optional.of(names);
        }
    }

    /**
     * {@code -T json -e …}: tshark's JSON array, each packet's "layers" an object of the named fields that have values
     * (arrays of {@code -T fields}' texts; {@code -E occurrence} applies).
     *
     * @param names   Wireshark field names (tshark's {@code -e}), columns ({@code _ws.col.Info}) too; at least one
     * @param options tshark's {@code -E} settings (occurrence is the one that matters)
     */
    record JsonFields(List<String> names, FieldsOptions options) implements OutputMode {
        public JsonFields {
            names = fieldNames(names, options, "json fields");
        }

        @Override
        public PacketPrinter printer(FieldRegistry registry, Appendable out) {
            try {
                return new JsonPrinter(out instanceof Writer w ? w : new AppendableWriter(out), registry, names,
                        options);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A protocol's value is its item's text. */
        @Override
        public boolean needsLabels() {
            return namesAProtocol(names);
        }
    }

    /**
     * {@code -T ek -e …}: tshark's bulk-API lines, each document's "layers" an object of the named fields that have
     * values, named with '_' for '.' ({@code -E occurrence} applies).
     */
    record EkFields(List<String> names, FieldsOptions options) implements OutputMode {
        public EkFields {
            names = fieldNames(names, options, "ek fields");
        }

        @Override
        public PacketPrinter printer(FieldRegistry registry, Appendable out) {
            return new EkPrinter(out instanceof Writer w ? w : new AppendableWriter(out), registry, names,
                    options);
        }

        /** A protocol's value is its item's text. */
        @Override
        public boolean needsLabels() {
            return namesAProtocol(names);
        }
    }

    /** {@code -T json}; with {@code raw} ({@code -x}), each field's bytes, offset, length, mask and type too. */
    record Json(boolean raw) implements OutputMode {
        @Override
        public PacketPrinter printer(FieldRegistry registry, Appendable out) {
            try {
                return new JsonPrinter(out instanceof Writer w ? w : new AppendableWriter(out), raw);
            } catch (IOException e) {
                // creating a generator writes nothing; a failure here is the writer's and is reported as such
                throw new UncheckedIOException(e);
            }
        }

        /** Text items are members named by their labels. */
        @Override
        public boolean needsLabels() {
            return true;
        }
    }

    /**
     * tshark's one-line summary ({@code -T text} without {@code -V}). It reads a tree without labels that keeps the
     * fields the Info column draws on ({@link SummaryPrinter#fieldsRead}).
     */
    record Summary(TimeFormat timeFormat) implements OutputMode {
        /** With tshark's default Time column: the time since the first packet. */
        public Summary() {
            this(TimeFormat.RELATIVE);
        }

        public Summary {
            Objects.requireNonNull(timeFormat, "timeFormat");
        }

        @Override
        public PacketPrinter printer(FieldRegistry registry, Appendable out) {
            return new SummaryPrinter(out, registry, timeFormat);
        }

        @Override
        public boolean needsLabels() {
            return false;
        }
    }

    /** {@code -T ek}: the whole tree, protocols as objects, fields flattened into them (see {@link EkPrinter}). */
    record Ek() implements OutputMode {
        @Override
        public PacketPrinter printer(FieldRegistry registry, Appendable out) {
            return new EkPrinter(out instanceof Writer w ? w : new AppendableWriter(out), registry);
        }

        /** Text items are written as their labels. */
        @Override
        public boolean needsLabels() {
            return true;
        }
    }

    /**
     * {@code -T pdml}: every item of the tree as XML (see {@link PdmlPrinter}).
     *
     * @param captureFile the capture as it was named, for the header's capture_file; null for none
     */
    record Pdml(String captureFile) implements OutputMode {
        /** The header states when the run started, as tshark's does: the printer's making is that moment. */
        @Override
        public PacketPrinter printer(FieldRegistry registry, Appendable out) {
            return new PdmlPrinter(out, captureFile, java.time.ZonedDateTime.now());
        }

        /** Every item's label is its showname. */
        @Override
        public boolean needsLabels() {
            return true;
        }
    }

    /** {@code -T psml}: the summary's columns as XML; like the summary, it reads a tree without labels. */
    record Psml(TimeFormat timeFormat) implements OutputMode {
        /** With tshark's default Time section: the time since the first packet. */
        public Psml() {
            this(TimeFormat.RELATIVE);
        }

        public Psml {
            Objects.requireNonNull(timeFormat, "timeFormat");
        }

        @Override
        public PacketPrinter printer(FieldRegistry registry, Appendable out) {
            return new PsmlPrinter(out, registry, timeFormat);
        }

        @Override
        public boolean needsLabels() {
            return false;
        }
    }
}
