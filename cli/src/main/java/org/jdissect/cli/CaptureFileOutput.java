package org.jdissect.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.jdissect.api.capture.CaptureFormat;
import org.jdissect.api.capture.CaptureReader;
import org.jdissect.api.capture.CaptureWriter;
import org.jdissect.api.capture.CaptureWriters;
import org.jdissect.api.capture.InterfaceInfo;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;
import org.jdissect.output.PacketPrinter;

/**
 * {@code -w FILE}: the packets that pass the display filter go to a capture file instead of (with {@code --print},
 * as well as) the screen. The file is created when the source is known (its snapshot length, link type and
 * interfaces are copied), written beside the target and renamed onto it at the end, so an interrupted or failed run
 * never leaves half a file under the name. {@code -w -} writes to standard output.
 */
final class CaptureFileOutput implements PacketPrinter {
    /** Writing the -w file failed (exit status {@link ExitCode#WRITE_ERROR}); the message names the file. */
    static final class WriteFailure extends IOException {
        private static final long serialVersionUID = 1L;

        WriteFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final String target;
    private final CaptureFormat format;
    private final PacketPrinter alsoPrint;
    private CaptureWriter writer;
    private boolean failed;
    private boolean finished;

    CaptureFileOutput(String target, CaptureFormat format, PacketPrinter alsoPrint) {
        this.target = target;
        this.format = format;
        this.alsoPrint = alsoPrint;
    }

    /** Creates the file for this source (called once the source is open, before the first packet). */
    void open(CaptureReader source) throws IOException {
        int snaplen = source.snaplen();
        int linkType = source.linkType();
        List<InterfaceInfo> ifaces = List.copyOf(source.interfaces());
        writer = "-".equals(target)
                ? CaptureWriters.create(System.out, format, snaplen, linkType, ifaces)
                : CaptureWriters.create(Path.of(target), format, snaplen, linkType, ifaces);
    }

    @Override
    public void packet(PacketContext ctx) throws IOException {
        try {
            writer.write(ctx.record());
        } catch (IOException | RuntimeException e) {
            failed = true;
            writer.abort();
            throw new WriteFailure(target + ": " + e.getMessage(), e);
        }
        if (alsoPrint != null) {
            alsoPrint.packet(ctx);
        }
    }

    @Override
    public boolean readsTree() {
        return alsoPrint != null && alsoPrint.readsTree();
    }

    @Override
    public Collection<FieldDef> fieldsRead() {
        return alsoPrint == null ? List.of() : alsoPrint.fieldsRead();
    }

    @Override
    public void finish() throws IOException {
        if (alsoPrint != null) {
            alsoPrint.finish();
        }
        complete();
    }

    /**
     * Completes the file unless writing itself failed: after a capture read error the whole packets read so far are
     * kept, as tcpdump keeps them.
     */
    void complete() throws IOException {
        if (finished || writer == null) {
            return;
        }
        finished = true;
        if (failed) {
            writer.abort();
            return;
        }
        try {
            writer.close();
        } catch (IOException | RuntimeException e) {
            throw new WriteFailure(target + ": " + e.getMessage(), e);
        }
    }

    long written() {
        return writer == null ? 0 : writer.packets();
    }
}
