package org.jdissect.lib;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jdissect.api.capture.CaptureReader;
import org.jdissect.api.capture.Captures;
import org.jdissect.api.capture.PacketRecord;

/** The repository's testdata/ captures (see testdata/PROVENANCE.md). */
final class TestCaptures {
    private TestCaptures() {
    }

    static Path dir() {
        Path p = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && p != null; i++, p = p.getParent()) {
            if (Files.isDirectory(p.resolve("testdata/captures"))) {
                return p.resolve("testdata/captures");
            }
        }
        throw new IllegalStateException("testdata/captures not found");
    }

    static Path path(String name) {
        return dir().resolve(name);
    }

    static byte[] frame(String capture, int number) throws IOException {
        try (CaptureReader r = Captures.open(path(capture))) {
            PacketRecord rec = new PacketRecord();
            while (r.next(rec)) {
                if (rec.number() == number) {
                    return rec.data().toArray();
                }
            }
        }
        throw new IllegalArgumentException(capture + " has no frame " + number);
    }
}
