package org.jdissect.lib;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Set;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jdissect.api.capture.CaptureReader;
import org.jdissect.api.capture.PacketRecord;
import org.jdissect.api.dissect.Dissection;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;
import org.jdissect.dissectors.frame.FrameModule;
import org.jdissect.dsl.CompiledFilter;
import org.jdissect.dsl.DisplayFilter;
import org.jdissect.output.OutputMode;

/**
 * One capture being dissected, packet after packet, with its own state (TCP streams, reassembly, pairing).
 *
 * <p>The {@link Packet} an iteration step returns is a view that the next step reuses: read what you need, or
 * {@link Packet#snapshot()} it. Not thread-safe: one capture, one thread. A read error (a file cut short) surfaces
 * as an {@link UncheckedIOException} wrapping the reader's {@code CaptureException} after every whole packet.
 *
 * <p>Output modes render as the {@code jdissect} command prints them, byte for byte:
 * <pre>{@code
 * try (Capture c = jd.open(Path.of("trace.pcap")).filter("tcp")) {
 *     c.print(OutputMode.tcpdump("-nn -vvXe"), writer);   // or tree(), fields(...), json(), ek(), psml(), summary()
 * }
 * }</pre>
 * or packet by packet, choosing which, through a {@link Renderer}. {@link #materialize(Materialization)} chooses how
 * much of each tree is built.
 */
public final class Capture implements Iterable<Packet>, AutoCloseable {
    private final Engine engine;
    private final CaptureReader reader;
    private final Dissection dissection;
    private CompiledFilter filter;
    /** Null until chosen: then iteration builds the full tree, and {@link #print} what its mode needs. */
    private Materialization materialization;
    private boolean fixed;
    private boolean iterating;

    Capture(Engine engine, CaptureReader reader) {
        this.engine = engine;
        this.reader = reader;
        this.dissection = engine.newDissection();
        // the frame tree names pcapng interfaces ("on interface eth0, id 0") as the command's does
        FrameModule.captureFile(dissection.session(), reader);
    }

    /** Makes this capture's dissection the second pass after {@code first} (see {@link Jdissect#openTwoPass}). */
    void followFirstPass(Dissection first) {
        dissection.secondPassOf(first);
    }

        /** Yields only the packets that match a display filter (tshark's {@code -Y}); call before iterating. */
    public Capture filter(String displayFilter) {
        return filter(DisplayFilter.compile(displayFilter, engine.registry()));
    }

    /** Yields only the packets that match a compiled display filter; call before iterating. */
    public Capture filter(CompiledFilter compiled) {
        if (iterating) {
            throw new IllegalStateException("set the filter before iterating");
        }
        this.filter = compiled;
        return this;
    }

    /**
     * Chooses how much of each packet's tree to build (the default is {@link Materialization#full()}); call before
     * iterating and before making a {@link Renderer}.
     *
     * @throws IllegalArgumentException when {@link Materialization#fields} names a field this instance lacks
     */
    public Capture materialize(Materialization m) {
        if (iterating || fixed) {
            throw new IllegalStateException("choose what to materialise before iterating or making a renderer");
        }
        for (String f : m.fields()) {
            engine.registry().find(f).orElseThrow(() -> new IllegalArgumentException(
                    "\"" + f + "\" is neither a field nor a protocol name."));
        }
        this.materialization = m;
        return this;
    }

    /** What each packet's tree holds: as chosen, else the full tree. */
    public Materialization materialization() {
        return materialization == null ? Materialization.full() : materialization;
    }

    /**
     * Renders every packet (that passes the filter) in {@code mode} to {@code out}, then ends the output (JSON's
     * closing bracket); returns how many packets were rendered. The text is what {@code jdissect} prints with the
     * same flags. Reads the capture, so call it instead of iterating. Unless {@link #materialize} chose otherwise,
     * the trees are built as the mode needs: labels only for the tree and JSON.
     *
     * @throws IOException when {@code out} fails
     * @throws IllegalStateException when the capture was already read, or its materialisation lacks what the mode
     *                               prints
     */
    public long print(OutputMode mode, Appendable out) throws IOException {
        if (materialization == null && !iterating && !fixed) {
            materialization = mode.needsLabels() ? Materialization.full()
                    : mode.neededFields().map(Materialization::fields).orElse(Materialization.valuesOnly());
        }
        Renderer r = renderer(mode, out);
        long n = 0;
        Iterator<Packet> it = iterator();
        while (it.hasNext()) {
            r.render(it.next());
            n++;
        }
        r.finish();
        return n;
    }

    /**
     * A renderer of {@code mode} to {@code out} for the packets of this capture that you pass it while iterating,
     * in capture order. Fixes the materialisation.
     *
     * @throws IllegalStateException when the capture's {@link Materialization} lacks what the mode prints (the tree
     *                               and JSON need labels; the fields mode needs its fields)
     * @throws IllegalArgumentException when a field of the mode is unknown
     */
    public Renderer renderer(OutputMode mode, Appendable out) {
        Materialization m = materialization();
        if (mode.needsLabels() && !m.labels()) {
            throw new IllegalStateException(mode + " prints the tree's labels, which a capture materialised as " + m
                    + " does not build; use Materialization.full()");
        }
        if (!m.covers(mode.neededFields().orElse(List.of()))) {
            throw new IllegalStateException(mode + " reads fields a capture materialised as " + m
                    + " may not build");
        }
        fixed = true;
        return new Renderer(dissection.context(), mode.printer(engine.registry(), out));
    }

    /** The link type of the capture's first interface (LINKTYPE_ value). */
    public int linkType() {
        return reader.linkType();
    }

    @Override
    public Iterator<Packet> iterator() {
        if (iterating) {
            throw new IllegalStateException("a capture is read once");
        }
        iterating = true;
        Materialization m = materialization();
        dissection.labels(m.labels());
        if (m.lazy()) {
            dissection.lazyTrees();
        }
        Dissection onDemand = m.lazy() ? dissection : null;
        if (!m.fields().isEmpty()) {
            // build only the named fields and those the filter reads (protocol items are always built)
            Set<FieldDef> keep = new LinkedHashSet<>();
            for (String name : m.fields()) {
                engine.registry().find(name).ifPresent(keep::add);
            }
            if (filter != null) {
                keep.addAll(filter.fields());
            }
            dissection.keepOnly(keep);
        }
        PacketRecord rec = new PacketRecord();
        Packet view = new Packet();
        return new Iterator<>() {
            private boolean ready;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (ready) {
                    return true;
                }
                if (done) {
                    return false;
                }
                try {
                    // a packet whose tree was not read is dissected (state only) before the reader reuses its record;
                    // the packets before it are done (a Packet is a view until the next step, snapshots are copies),
                    // so the reader may reuse the memory of the windows behind it, as the command's reading does
                    dissection.settle();
                    reader.recycleBefore(Long.MAX_VALUE);
                    while (reader.next(rec)) {
                        PacketContext ctx = dissection.dissect(rec);
                        if (filter == null || filter.test(dissection.materialize().tree())) {
                            view.bind(ctx, engine, onDemand);
                            ready = true;
                            return true;
                        }
                        ctx.notDisplayed(); // frame.time_delta_displayed counts from displayed packets only
                    }
                } catch (IOException e) {
                    done = true;
                    throw new UncheckedIOException(e);
                }
                done = true;
                return false;
            }

            @Override
            public Packet next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ready = false;
                return view;
            }
        };
    }

    /** The packets as a sequential stream (each element reused by the next, as in iteration). */
    public Stream<Packet> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
