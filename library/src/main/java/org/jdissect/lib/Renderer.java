package org.jdissect.lib;

import java.io.IOException;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.output.OutputMode;
import org.jdissect.output.PacketPrinter;

/**
 * One output mode writing the packets of one {@link Capture} that you choose, as you iterate:
 *
 * <pre>{@code
 * try (Capture c = jd.open(path); Renderer r = c.renderer(OutputMode.tree(), writer)) {
 *     for (Packet p : c) {
 *         if (p.length() > 1000) {
 *             r.render(p);
 *         }
 *     }
 * }
 * }</pre>
 *
 * <p>Made by {@link Capture#renderer(OutputMode, Appendable)}. State that spans packets (tcpdump's relative sequence
 * numbers and {@code -ttt} deltas, the JSON array) spans the packets rendered. {@link #finish()} (or
 * {@link #close()}) ends the output; neither closes the {@code Appendable}.
 */
public final class Renderer implements AutoCloseable {
    private final PacketContext owner;
    private final PacketPrinter printer;
    private boolean finished;

    Renderer(PacketContext owner, PacketPrinter printer) {
        this.owner = owner;
        this.printer = printer;
    }

    /**
     * Writes the packet the capture's iteration is on.
     *
     * @throws IllegalArgumentException when {@code p} is another capture's packet
     * @throws IllegalStateException after {@link #finish()}
     * @throws IOException when the output fails
     */
    public void render(Packet p) throws IOException {
        if (finished) {
            throw new IllegalStateException("the renderer was finished");
        }
        if (p.context() != owner) {
            throw new IllegalArgumentException("packet " + p.number() + " is not from this renderer's capture");
        }
        printer.packet(p.dissected());
    }

    /** Ends the output (JSON's closing bracket); later calls do nothing. */
    public void finish() throws IOException {
        if (!finished) {
            finished = true;
            printer.finish();
        }
    }

    /** {@link #finish()}. */
    @Override
    public void close() throws IOException {
        finish();
    }
}
