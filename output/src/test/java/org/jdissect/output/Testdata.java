package org.jdissect.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jdissect.api.capture.CaptureReader;
import org.jdissect.api.capture.Captures;
import org.jdissect.api.capture.PacketRecord;
import org.jdissect.api.dissect.Dissection;
import org.jdissect.api.dissect.Engine;

/** The repository's testdata/ (copies of the shared captures and oracles, see testdata/PROVENANCE.md). */
public final class Testdata {
    /** testdata/, found above the working directory. */
    public static final Path ROOT = locate();

    private Testdata() {
    }

    private static Path locate() {
        Path p = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && p != null; i++, p = p.getParent()) {
            if (Files.isDirectory(p.resolve("testdata/captures"))) {
                return p.resolve("testdata");
            }
        }
        throw new IllegalStateException("testdata/ not found above " + Path.of("").toAbsolutePath());
    }

    public static Path capture(String name) {
        return ROOT.resolve("captures").resolve(name);
    }

    /** Prints every packet of a capture in {@code mode}, dissected as the mode needs, and returns the text. */
    public static String print(String capture, OutputMode mode) throws IOException {
        Engine engine = Engine.standard();
        StringBuilder out = new StringBuilder();
        PacketPrinter printer = mode.printer(engine.registry(), out);
        Dissection d = engine.newDissection().labels(mode.needsLabels());
        try (CaptureReader r = Captures.open(capture(capture))) {
            PacketRecord rec = new PacketRecord();
            while (r.next(rec)) {
                printer.packet(d.dissect(rec));
            }
        }
        printer.finish();
        return out.toString();
    }
}
