package org.jdissect.cli.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jdissect.api.capture.CaptureReader;
import org.jdissect.api.capture.Captures;
import org.jdissect.api.capture.PacketRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A -w run interrupted by a signal while it reads a file keeps what it read: the reading stops as at the end of the
 * file, the capture is completed under its name (no ".part" left), and the status is 130. Runs the packaged jar.
 */
class CaptureFileSafetyIT {
    @TempDir
    Path dir;

    /** A pcap of {@code n} small raw-IPv4/UDP packets, written in one go. */
    static Path bigCapture(Path dir, int n) throws IOException {
        Path f = dir.resolve("big.pcap");
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(f), 1 << 20)) {
            ByteBuffer h = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
            h.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535)
                    .putInt(101);
            out.write(h.array());
            ByteBuffer r = ByteBuffer.allocate(16 + 36);
            for (int i = 0; i < n; i++) {
                r.clear();
                r.order(ByteOrder.LITTLE_ENDIAN).putInt(1_700_000_000 + i / 1000).putInt(i % 1000 * 1000)
                        .putInt(36).putInt(36);
                r.order(ByteOrder.BIG_ENDIAN).put((byte) 0x45).put((byte) 0).putShort((short) 36).putInt(i)
                        .put((byte) 64).put((byte) 17).putShort((short) 0).putInt(0x0a000001).putInt(0x0a000002)
                        .putShort((short) 4000).putShort((short) 53).putShort((short) 16).putShort((short) 0)
                        .putLong(i);
                out.write(r.array());
            }
        }
        return f;
    }

    private static long count(Path f) throws IOException {
        try (CaptureReader r = Captures.open(f)) {
            PacketRecord rec = new PacketRecord();
            long n = 0;
            while (r.next(rec)) {
                n++;
            }
            return n;
        }
    }

    @Test
    void sigtermWhileWritingKeepsTheCompletedFileAndExits130() throws Exception {
        Path in = bigCapture(dir, 400_000);
        Path out = dir.resolve("kept.pcapng");
        // --print -V makes reading slow enough to be interrupted half way on any machine
        try (Proc p = Proc.start(dir, "interrupted", Proc.jdissect("-r", in.toString(), "-w", out.toString(),
                "-F", "pcapng", "--print", "-V").toArray(String[]::new))) {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (Files.size(p.out) < 4 << 20 && System.nanoTime() < until && p.process.isAlive()) {
                Thread.sleep(50);
            }
            assertThat(p.process.isAlive()).as("still reading when signalled: " + p.stderr()).isTrue();
            p.process.destroy(); // SIGTERM; Ctrl-C's SIGINT takes the same path
            Proc.Result r = p.await(60);
            assertThat(r.exit()).as(r.stderr()).isEqualTo(130);
            Matcher m = Pattern.compile("jdissect: interrupted after (\\d+) packets; the -w file holds them")
                    .matcher(r.stderr());
            assertThat(m.find()).as(r.stderr()).isTrue();
            long n = Long.parseLong(m.group(1));
            assertThat(n).isPositive().isLessThan(400_000);
            assertThat(count(out)).isEqualTo(n);
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(Path::toString).filter(x -> x.endsWith(".part"))).isEmpty();
        }
    }
}
