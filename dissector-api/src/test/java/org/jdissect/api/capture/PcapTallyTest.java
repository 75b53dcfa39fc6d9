package org.jdissect.api.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link PcapTally}, the count of a pcap file framed by several threads, must be the sequential reader's count on
 * every file, whatever the parts' guessed starts: checked against {@link PcapReader} on files split at every thread
 * count, including files whose packets hide chains of fake record headers where a part begins.
 */
class PcapTallyTest {
    @TempDir
    Path dir;

    /** The sequential reader's frames and bytes: the answer a tally must give. */
    private static FrameTally sequential(Path f) throws IOException {
        long frames = 0;
        long bytes = 0;
        try (CaptureReader r = Captures.open(f)) {
            PacketRecord p = new PacketRecord();
            while (r.next(p)) {
                frames++;
                bytes += p.capturedLength();
            }
        }
        return new FrameTally(frames, bytes);
    }

    private Path write(String name, byte[] content) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, content);
        return f;
    }

    /** Records of random lengths (0 to 3000 bytes, some up to the largest allowed) with rising timestamps. */
    private static byte[] randomCapture(ByteOrder order, boolean nanos, int packets, long seed) {
        Random rnd = new Random(seed);
        CaptureBytes.Pcap pcap = new CaptureBytes.Pcap(order, nanos, 1, 262_144);
        long sec = 1_700_000_000L;
        for (int i = 0; i < packets; i++) {
            int len = rnd.nextInt(50) == 0 ? rnd.nextInt(Captures.MAX_RECORD + 1) : rnd.nextInt(3001);
            byte[] data = new byte[len];
            rnd.nextBytes(data);
            sec += rnd.nextInt(2);
            pcap.record(sec, rnd.nextInt(nanos ? 1_000_000_000 : 1_000_000), len, len + rnd.nextInt(3), data);
        }
        return pcap.bytes();
    }

    @ParameterizedTest
    @CsvSource({"BIG_ENDIAN, false", "LITTLE_ENDIAN, false", "BIG_ENDIAN, true", "LITTLE_ENDIAN, true"})
    void everyThreadCountGivesTheReadersCount(String orderName, boolean nanos) throws IOException {
        ByteOrder order = orderName.equals("BIG_ENDIAN") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        Path f = write("random.pcap", randomCapture(order, nanos, 3000, orderName.hashCode() + (nanos ? 1 : 0)));
        FrameTally expected = sequential(f);
        assertThat(expected.frames()).isEqualTo(3000);
        for (int threads = 1; threads <= 7; threads++) {
            assertThat(PcapTally.of(f, threads, 0)).as("%d threads", threads).contains(expected);
        }
    }

    /**
     * Every packet is a run of 16-byte blocks that look like record headers of empty packets with sane timestamps:
     * a part that starts inside a packet finds a plausible chain there, not the true next record. The tally still
     * counts right (the walk before it does not land on the false start, so the rest is walked in order).
     */
    @Test
    void fakeHeadersInsidePacketsDoNotChangeTheCount() throws IOException {
        CaptureBytes.Pcap pcap = new CaptureBytes.Pcap(ByteOrder.LITTLE_ENDIAN, false, 1, 65_535);
        ByteBuffer fake = ByteBuffer.allocate(16 * 64).order(ByteOrder.LITTLE_ENDIAN);
        while (fake.hasRemaining()) {
            fake.putInt(1_700_000_000).putInt(5).putInt(0).putInt(0);
        }
        for (int i = 0; i < 500; i++) {
            pcap.record(1_700_000_000L, i, fake.capacity(), fake.capacity(), fake.array());
        }
        Path f = write("fake.pcap", pcap.bytes());
        FrameTally expected = sequential(f);
        assertThat(expected.frames()).isEqualTo(500);
        for (int threads = 2; threads <= 5; threads++) {
            assertThat(PcapTally.of(f, threads, 0)).as("%d threads", threads).contains(expected);
        }
    }

    @Test
    void emptyPacketsAndAHeaderOnlyFile() throws IOException {
        CaptureBytes.Pcap pcap = new CaptureBytes.Pcap(ByteOrder.BIG_ENDIAN, false, 1, 65_535);
        for (int i = 0; i < 2000; i++) {
            pcap.record(1_700_000_000L + i, 0, 0, 60, new byte[0]);
        }
        Path f = write("empty-packets.pcap", pcap.bytes());
        assertThat(PcapTally.of(f, 3, 0)).contains(new FrameTally(2000, 0));
        Path header = write("header.pcap", new CaptureBytes.Pcap(ByteOrder.BIG_ENDIAN, false, 1, 65_535).bytes());
        assertThat(PcapTally.of(header, 2, 0)).contains(new FrameTally(0, 0));
    }

    /** Where the reader stops with an error, the tally is empty, so the caller reads the file and reports it. */
    @Test
    void whatTheReaderRefusesIsNotTallied() throws IOException {
        byte[] good = randomCapture(ByteOrder.LITTLE_ENDIAN, false, 2000, 7);
        // the last record cut short, and a record header cut short
        Path cut = write("cut.pcap", Arrays.copyOf(good, good.length - 5));
        Path cutHeader = write("cut-header.pcap", concat(good, new byte[9]));
        // an absurd length late in the file, inside the last part
        CaptureBytes.Pcap absurd = new CaptureBytes.Pcap(ByteOrder.LITTLE_ENDIAN, false, 1, 65_535).raw(
                Arrays.copyOfRange(good, 24, good.length));
        absurd.record(1_700_000_000L, 0, Captures.MAX_RECORD + 1, 70_000, new byte[100]);
        Path lying = write("absurd.pcap", absurd.bytes());
        for (Path f : new Path[] {cut, cutHeader, lying}) {
            assertThat(readerFails(f)).as(f.getFileName().toString()).isTrue();
            for (int threads = 1; threads <= 4; threads++) {
                assertThat(PcapTally.of(f, threads, 0)).as("%s, %d threads", f.getFileName(), threads).isEmpty();
            }
        }
    }

    @Test
    void onlyPlainPcapFilesAreTallied() throws IOException {
        Path ng = write("a.pcapng", new CaptureBytes.Pcapng(ByteOrder.LITTLE_ENDIAN).idb(1, 65_535).bytes());
        Path shortFile = write("short.pcap", new byte[] {(byte) 0xd4, (byte) 0xc3, (byte) 0xb2, (byte) 0xa1});
        byte[] v3 = new CaptureBytes.Pcap(ByteOrder.BIG_ENDIAN, false, 1, 65_535).bytes();
        v3[5] = 3;
        Path version3 = write("v3.pcap", v3);
        Path gz = write("a.pcap.gz", CaptureBytes.gzip(randomCapture(ByteOrder.BIG_ENDIAN, false, 10, 1)));
        for (Path f : new Path[] {ng, shortFile, version3, gz}) {
            assertThat(PcapTally.of(f, 2, 0)).as(f.getFileName().toString()).isEqualTo(Optional.empty());
            assertThat(Captures.tally(f)).as(f.getFileName().toString()).isEmpty();
        }
        assertThat(Captures.tally(dir)).isEmpty();
    }

    @Test
    void thePublicEntryCountsAsTheReader() throws IOException {
        Path f = write("public.pcap", randomCapture(ByteOrder.BIG_ENDIAN, true, 500, 3));
        assertThat(Captures.tally(f)).contains(sequential(f));
    }

    private static boolean readerFails(Path f) throws IOException {
        try {
            sequential(f);
            return false;
        } catch (CaptureException e) {
            return true;
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
