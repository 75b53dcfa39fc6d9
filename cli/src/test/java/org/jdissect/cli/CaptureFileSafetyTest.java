package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.jdissect.api.capture.CaptureReader;
import org.jdissect.api.capture.Captures;
import org.jdissect.api.capture.PacketRecord;
import org.jdissect.cli.HostileCorporaTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files: -w never replaces its own input, never leaves half a file under its name, keeps the packets read before a
 * read error; reading a capture that another process is still appending to never crashes. (An interrupted -w run:
 * CaptureFileSafetyIT, which needs a signal.)
 */
class CaptureFileSafetyTest {
    @TempDir
    Path dir;

    private static Run run(String... args) {
        return HostileCorporaTest.run(List.of(args));
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

    private List<String> leftovers() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part")).toList();
        }
    }

    @Test
    void minusWRefusesTheFileBeingReadUnderAnyName() throws IOException {
        Path in = Files.copy(TestData.capture("http-basic.pcap"), dir.resolve("in.pcap"));
        Path link = Files.createSymbolicLink(dir.resolve("link.pcap"), in);
        Path hard = Files.createLink(dir.resolve("hard.pcap"), in);
        byte[] before = Files.readAllBytes(in);
        for (Path target : List.of(in, link, hard, dir.resolve("./sub/../in.pcap"))) {
            Run r = run("-r", in.toString(), "-w", target.toString());
            assertThat(r.rc()).as(target.toString()).isEqualTo(ExitCode.USAGE);
            assertThat(r.err()).singleElement().asString().contains("is the capture being read");
        }
        assertThat(Files.readAllBytes(in)).isEqualTo(before);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void minusWKeepsThePacketsReadBeforeAReadErrorAndLeavesNoPartialFile() throws IOException {
        byte[] whole = Files.readAllBytes(TestData.capture("http-basic.pcap"));
        Path cut = Files.write(dir.resolve("cut.pcap"), java.util.Arrays.copyOf(whole, whole.length - 10));
        Path out = dir.resolve("out.pcap");
        Run r = run("-r", cut.toString(), "-w", out.toString());
        assertThat(r.rc()).isEqualTo(ExitCode.READ_ERROR);
        assertThat(count(out)).isEqualTo(count(TestData.capture("http-basic.pcap")) - 1);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void minusWReplacesAnOldFileOnlyWhenTheNewOneIsComplete() throws IOException {
        Path out = Files.writeString(dir.resolve("out.pcap"), "an older file");
        Path missing = dir.resolve("missing.pcap");
        Run r = run("-r", missing.toString(), "-w", out.toString());
        assertThat(r.rc()).isEqualTo(ExitCode.READ_ERROR);
        assertThat(Files.readString(out)).isEqualTo("an older file");
        assertThat(run("-r", TestData.capture("http-basic.pcap").toString(), "-w", out.toString()).rc()).isZero();
        assertThat(count(out)).isEqualTo(count(TestData.capture("http-basic.pcap")));
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void minusPPrintsWhatMinusWWritesAsTsharksDoes() throws IOException {
        Path out = dir.resolve("dns.pcap");
        String capture = TestData.capture("dns-http.pcap").toString();
        Run quiet = run("-r", capture, "-Y", "dns", "-w", out.toString());
        assertThat(quiet.out()).isEmpty();
        Run printed = run("-r", capture, "-Y", "dns", "-w", out.toString(), "-P");
        assertThat(printed.rc()).isZero();
        // the summary lines of the packets written, as without -w
        assertThat(printed.out()).isEqualTo(run("-r", capture, "-Y", "dns").out());
        assertThat(printed.out().lines().count()).isEqualTo(count(out)).isPositive();
    }

    /** One pcap record of {@code n} bytes (raw IPv4 link, so every record dissects). */
    private static ByteBuffer record(int seq, int n) {
        ByteBuffer b = ByteBuffer.allocate(16 + n).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(1_700_000_000 + seq).putInt(0).putInt(n).putInt(n);
        // identification seq, no fragment flags or offset: the datagrams are whole (fragments of one identification
        // would be held for reassembly until a cap's note joined the one line the test expects)
        b.order(ByteOrder.BIG_ENDIAN).put((byte) 0x45).put((byte) 0).putShort((short) n).putShort((short) seq)
                .putShort((short) 0).put((byte) 64).put((byte) 17).putShort((short) 0).putInt(0x0a000001).putInt(0x0a000002);
        b.position(16 + n);
        b.flip();
        return b;
    }

    @Test
    void readingACaptureThatIsStillBeingAppendedToNeverCrashes() throws Exception {
        Path f = dir.resolve("growing.pcap");
        ByteBuffer h = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        h.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(101);
        Files.write(f, h.array());
        AtomicBoolean done = new AtomicBoolean();
        Thread appender = new Thread(() -> {
            try (FileChannel ch = FileChannel.open(f, StandardOpenOption.APPEND)) {
                for (int i = 0; i < 20_000 && !done.get(); i++) {
                    ByteBuffer rec = record(i, 28 + i % 200);
                    // in two writes, so readers often meet half a record at the end of the file
                    ByteBuffer first = rec.duplicate();
                    first.limit(10);
                    ch.write(first);
                    rec.position(10);
                    ch.write(rec);
                    if (i % 20 == 0) {
                        Thread.sleep(1); // a capture growing over a second or two, as a live writer's does
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, "appender");
        appender.start();
        List<Integer> statuses = new ArrayList<>();
        try {
            for (int i = 0; i < 30 && appender.isAlive(); i++) {
                for (List<String> mode : List.of(List.of("-q"), List.of("--mmap", "-q"), List.of("-T", "fields",
                        "-e", "frame.number"))) {
                    List<String> args = new ArrayList<>(List.of("-r", f.toString()));
                    args.addAll(mode);
                    Run r = HostileCorporaTest.run(args);
                    statuses.add(r.rc());
                    assertThat(r.rc()).as(r.err().toString()).isIn(ExitCode.OK, ExitCode.READ_ERROR);
                    if (r.rc() == ExitCode.READ_ERROR) {
                        // a record cut at the end of what was there: one line, as tcpdump's "truncated dump file"
                        assertThat(r.err()).singleElement().asString().startsWith("jdissect: " + f);
                    }
                }
            }
        } finally {
            done.set(true);
            appender.join();
        }
        assertThat(statuses).isNotEmpty();
        assertThat(run("-r", f.toString(), "-q").rc()).isZero(); // once complete, it reads to the end
    }
}
