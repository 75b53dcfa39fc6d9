package org.jdissect.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldRegistry;
import org.jdissect.output.OutputMode;
import org.jdissect.output.PacketPrinter;

/**
 * The reading thread's share of printing, for an output whose text for a packet depends on that packet alone (the
 * {@code -V} tree): when the printing thread falls behind, {@link PrintPipeline} has the reading thread render a
 * packet here, into bytes the printing thread then only copies out, in order. {@code -V} spends twice as long
 * printing as dissecting, so the two cores otherwise wait on one.
 */
final class RenderAhead {
    /** One packet's rendered text, UTF-8 encoded; reused slot after slot. */
    static final class Text extends OutputStream {
        private static final int INITIAL = 16 * 1024;
        /** A huge packet's buffer is not kept: at most this much stays per slot. */
        private static final int KEPT = 1 << 20;
        private byte[] buf = new byte[INITIAL];
        private int len;

        @Override
        public void write(int b) {
            room(1);
            buf[len++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int n) {
            room(n);
            System.arraycopy(b, off, buf, len, n);
            len += n;
        }

        private void room(int n) {
            if (buf.length - len < n) {
                buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
            }
        }

        void clear() {
            len = 0;
            if (buf.length > KEPT) {
                buf = new byte[INITIAL];
            }
        }
    }

    /** Forwards to the slot being rendered. */
    private static final class Target extends OutputStream {
        Text to;

        @Override
        public void write(int b) {
            to.write(b);
        }

        @Override
        public void write(byte[] b, int off, int n) {
            to.write(b, off, n);
        }
    }

    private final Target target = new Target();
    private final StdoutWriter encoder = new StdoutWriter(new Utf8Out(target));
    private final PacketPrinter printer;
    private final PrintWriter out;

    /** {@code out}: where the printing thread writes; {@code mode} must print each packet independently. */
    RenderAhead(OutputMode mode, FieldRegistry registry, PrintWriter out) {
        this.printer = mode.printer(registry, encoder);
        this.out = out;
    }

    /**
     * Whether the printer of {@code mode} prints each packet from that packet alone, so two of them may take turns:
     * the tree without {@code --annotate}.
     */
    static boolean perPacket(OutputMode mode) {
        return mode instanceof OutputMode.Tree t && !t.annotate();
    }

    /** On the reading thread: the packet's text into {@code into}. */
    void render(PacketContext ctx, Text into) throws IOException {
        into.clear();
        target.to = into;
        printer.packet(ctx);
        encoder.flush();
        target.to = null;
    }

    /** On the printing thread: the rendered text out, as bytes when the output takes them. */
    void write(Text t) {
        if (out instanceof StdoutWriter w) {
            w.writeUtf8(t.buf, 0, t.len);
        } else {
            out.write(new String(t.buf, 0, t.len, StandardCharsets.UTF_8));
        }
    }
}
