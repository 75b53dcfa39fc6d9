package org.jdissect.lib;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.jdissect.api.capture.CaptureException;
import org.jdissect.api.capture.CaptureReader;
import org.jdissect.api.capture.Captures;
import org.jdissect.api.capture.PacketRecord;
import org.jdissect.api.dissect.Dissection;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.plugin.Plugins;
import org.jdissect.dissectors.frame.FrameModule;
import org.jdissect.dsl.CompiledFilter;
import org.jdissect.dsl.DisplayFilter;
import org.jdissect.dsl.DisplayFilterException;

/**
 * The entry point for Java users.
 *
 * <pre>{@code
 * Jdissect jd = Jdissect.standard();
 * try (Capture c = jd.open(Path.of("trace.pcap")).filter("http.request")) {
 *     for (Packet p : c) {
 *         System.out.println(p.number() + " " + p.string("http.host").orElse("?"));
 *     }
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe; open as many captures from one instance as you like.
 */
public final class Jdissect {
    private final Engine engine;

    private Jdissect(Engine engine) {
        this.engine = engine;
    }

    /** Every protocol on the class path: the built-ins and any plugin jar that is on it. */
    public static Jdissect standard() {
        return new Jdissect(Engine.standard());
    }

    /**
     * The built-ins plus the plugin jars in {@code dirs}. Plugins that cannot be loaded are skipped; their reasons
     * are in {@link #problems()}.
     */
    public static Jdissect withPlugins(List<Path> dirs) {
        Engine.Builder b = Engine.builder().addServices(Engine.class.getClassLoader());
        Plugins.addDirectories(b, dirs, Engine.class.getClassLoader());
        return new Jdissect(b.build());
    }

    /**
     * The built-ins with tshark's protocol preferences set, each as {@code -o} takes it
     * ({@code "tcp.check_checksum:TRUE"}, {@code "tcp.desegment_tcp_streams:FALSE"}): an engine of its own, so
     * instances never share settings.
     *
     * @throws IllegalArgumentException in tshark's words, for a setting that names no preference
     */
    public static Jdissect withPreferences(String... settings) {
        Engine engine = Engine.standard();
        for (String s : settings) {
            engine.preferences().set(s);
        }
        return new Jdissect(engine);
    }

    /** An instance over an engine assembled by hand (tests, custom module sets). */
    public static Jdissect of(Engine engine) {
        return new Jdissect(engine);
    }

    /** What went wrong loading plugins, one message each; empty when all loaded. */
    public List<String> problems() {
        return engine.problems();
    }

    /** The engine underneath: its field registry, dissector tables and new dissections. */
    public Engine engine() {
        return engine;
    }

    /** Opens a capture file: pcap, pcapng, either gzip-compressed, recognised by content; memory-mapped. */
    public Capture open(Path file) throws IOException {
        return new Capture(engine, Captures.open(file, Captures.ReadMode.WINDOWED, engine.limits()));
    }

    /**
     * Opens a capture file for tshark's two-pass analysis ({@code -2}): the file is read once here, whole, so that
     * each packet then shows what only later ones tell (a request's "Response in frame", "Reassembled PDU in frame"
     * on a segment, a TCP stream's final completeness). A file cut short is read as far as it goes; iterating the
     * capture reports the error where it stops.
     */
    public Capture openTwoPass(Path file) throws IOException {
        // no tree is read in the first pass: a lazy dissection's state pass alone
        Dissection first = engine.newDissection().firstOfTwo().labels(false).lazyTrees();
        try (CaptureReader r = Captures.open(file, Captures.ReadMode.WINDOWED, engine.limits())) {
            FrameModule.captureFile(first.session(), r);
            PacketRecord rec = new PacketRecord();
            while (r.next(rec)) {
                first.dissect(rec);
                first.settle();
            }
        } catch (CaptureException e) {
            // the second reading stops at the same place and says why
        }
        Capture c = open(file);
        c.followFirstPass(first);
        return c;
    }

    /** Reads a capture from a stream (standard input, a socket); the stream is closed with the capture. */
    public Capture open(InputStream in, String name) throws IOException {
        return new Capture(engine, Captures.open(in, name, engine.limits()));
    }

    /** Dissects frames you already have in memory, as one capture of link type {@code linkType}. */
    public Capture ofFrames(List<byte[]> frames, int linkType) {
        return new Capture(engine, new ArrayReader(frames, linkType));
    }

    /**
     * Compiles a display filter against this instance's fields.
     *
     * @throws DisplayFilterException with the column and a caret rendering ({@code render()}) when it is wrong
     */
    public CompiledFilter compile(String displayFilter) {
        // the engine's limits (Engine.Builder.limits, or jdissect.limit.* properties) cap filters and reading too
        return DisplayFilter.compile(displayFilter, engine.registry(), engine.limits());
    }
}
