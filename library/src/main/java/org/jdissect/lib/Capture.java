package org.jdissect.lib;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jdissect.api.capture.CaptureReader;
import org.jdissect.api.capture.PacketRecord;
import org.jdissect.api.dissect.Dissection;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.dsl.CompiledFilter;
import org.jdissect.dsl.DisplayFilter;

/**
 * One capture being dissected, packet after packet, with its own state (TCP streams, reassembly, pairing).
 *
 * <p>The {@link Packet} an iteration step returns is a view that the next step reuses: read what you need, or
 * {@link Packet#snapshot()} it. Not thread-safe: one capture, one thread. A read error (a file cut short) surfaces
 * as an {@link UncheckedIOException} wrapping the reader's {@code CaptureException} after every whole packet.
 */
public final class Capture implements Iterable<Packet>, AutoCloseable {
    private final Engine engine;
    private final CaptureReader reader;
    private final Dissection dissection;
    private CompiledFilter filter;
    private boolean iterating;

    Capture(Engine engine, CaptureReader reader) {
        this.engine = engine;
        this.reader = reader;
        this.dissection = engine.newDissection();
    }

    /** Yields only the packets that match a display filter (tshark's {@code -Y}); call before iterating. */
    public Capture filter(String displayFilter) {
        return filter(DisplayFilter.compile(displayFilter, engine.registry()));
    }

    public Capture filter(CompiledFilter compiled) {
        if (iterating) {
            throw new IllegalStateException("set the filter before iterating");
        }
        this.filter = compiled;
        return this;
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
                    while (reader.next(rec)) {
                        PacketContext ctx = dissection.dissect(rec);
                        if (filter == null || filter.test(ctx.tree())) {
                            view.bind(ctx, engine);
                            ready = true;
                            return true;
                        }
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
