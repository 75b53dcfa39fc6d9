package org.jdissect.api.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jdissect.api.capture.CaptureBytes.Frame;
import static org.jdissect.api.capture.CaptureBytes.Pkt;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipException;
import org.jdissect.api.capture.CaptureBytes.Outcome;
import org.jdissect.api.capture.CaptureBytes.Pcapng;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken files: the CaptureException names the file, the packet and the byte offset, and every whole packet before
 * it was delivered.
 */
class CaptureErrorTest {
    @TempDir
    Path dir;

    private static final List<Pkt> THREE = List.of(Pkt.of(1, 10, CaptureBytes.bytes(60, 1)),
            Pkt.of(2, 20, CaptureBytes.bytes(61, 2)), Pkt.of(3, 30, CaptureBytes.bytes(62, 3)));
    /** Where the fourth pcap record starts after {@link #THREE}. */
    private static final long FOURTH = 24 + 3 * 16 + 60 + 61 + 62;

    private CaptureBytes.Pcap threeGood(ByteOrder order) {
        CaptureBytes.Pcap p = new CaptureBytes.Pcap(order, false, LinkType.ETHERNET, 65535);
        THREE.forEach(p::packet);
        return p;
    }

    private static void assertError(Outcome o, Path file, int delivered, long packet, long offset, String what) {
        assertThat(o.error()).as("an error after " + delivered + " packets").isNotNull();
        assertThat(o.frames()).extracting(Frame::number)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, delivered).boxed().toList());
        assertThat(o.error().getMessage()).contains(file.toString()).contains("packet " + packet)
                .contains("offset " + offset).contains(what);
        assertThat(o.error().packetNumber()).isEqualTo(packet);
        assertThat(o.error().offset()).isEqualTo(offset);
    }

    private static void assertNotACapture(Path f) {
        assertThatThrownBy(() -> Captures.open(f)).isInstanceOf(CaptureException.class)
                .hasMessageContaining(f.toString()).hasMessageContaining("not a capture file");
    }

    // ------------------------------------------------------------------ not a capture

    @Test
    void randomTextIsNotACaptureFile() throws IOException {
        assertNotACapture(CaptureBytes.write(dir, "notes.pcap",
                "GET / HTTP/1.1\r\nHost: example\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void emptyFileIsNotACaptureFile() {
        assertNotACapture(CaptureBytes.write(dir, "empty.pcap", new byte[0]));
    }

    @Test
    void threeByteFileIsNotACaptureFile() {
        assertNotACapture(CaptureBytes.write(dir, "three.pcap", new byte[] {(byte) 0xd4, (byte) 0xc3, (byte) 0xb2}));
    }

    @Test
    void notACaptureOnAStreamEither() {
        assertThatThrownBy(() -> Captures.open(new ByteArrayInputStream(new byte[] {1, 2}), "stdin"))
                .isInstanceOf(CaptureException.class).hasMessageContaining("stdin")
                .hasMessageContaining("not a capture file");
        assertThatThrownBy(() -> Captures.open(new ByteArrayInputStream(new byte[] {0x1f, (byte) 0x8b, 8}), "gz"))
                .isInstanceOf(CaptureException.class).hasMessageContaining("not a capture file");
    }

    @Test
    void missingFileSaysSo() {
        Path f = dir.resolve("nope.pcap");
        assertThatThrownBy(() -> Captures.open(f)).isInstanceOf(CaptureException.class)
                .hasMessageContaining(f.toString()).hasMessageContaining("No such file");
    }

    // ------------------------------------------------------------------ pcap

    @Test
    void truncatedLastRecordHeader() throws IOException {
        for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
            Path f = CaptureBytes.write(dir, "cut-header-" + order, threeGood(order).raw(new byte[10]).bytes());
            assertError(CaptureBytes.readUntilError(f), f, 3, 4, FOURTH, "record header needs 16 bytes, only 10");
        }
    }

    @Test
    void truncatedLastRecordData() throws IOException {
        Path f = CaptureBytes.write(dir, "cut-data",
                threeGood(ByteOrder.LITTLE_ENDIAN).record(4, 0, 100, 100, CaptureBytes.bytes(40, 4)).bytes());
        assertError(CaptureBytes.readUntilError(f), f, 3, 4, FOURTH, "needs 100 bytes of data, only 40");
    }

    @Test
    void absurdRecordLengthIsRefusedBeforeAllocating() throws IOException {
        // the record claims 2 GiB, more data follows so that the length cannot be confused with a cut file
        Path f = CaptureBytes.write(dir, "absurd", threeGood(ByteOrder.BIG_ENDIAN)
                .record(4, 0, 0x7fffffffL, 0x7fffffffL, CaptureBytes.bytes(1000, 4)).bytes());
        assertError(CaptureBytes.readUntilError(f), f, 3, 4, FOURTH, "claims 2147483647 captured bytes");
        Path g = CaptureBytes.write(dir, "just-over", threeGood(ByteOrder.LITTLE_ENDIAN)
                .record(4, 0, Captures.MAX_RECORD + 1, 70, new byte[0]).bytes());
        assertError(CaptureBytes.readUntilError(g), g, 3, 4, FOURTH, "more than " + Captures.MAX_RECORD);
        // 0xffffffff must not turn negative on the way
        Path h = CaptureBytes.write(dir, "all-ones", threeGood(ByteOrder.LITTLE_ENDIAN)
                .record(4, 0, 0xffffffffL, 0xffffffffL, new byte[0]).bytes());
        assertError(CaptureBytes.readUntilError(h), h, 3, 4, FOURTH, "claims 4294967295 captured bytes");
    }

    @Test
    void absurdRecordLengthOnAStreamDoesNotAllocateEither() throws IOException {
        byte[] bytes = threeGood(ByteOrder.LITTLE_ENDIAN).record(4, 0, 0x7fffffffL, 60, new byte[8]).bytes();
        try (CaptureReader r = Captures.open(new ByteArrayInputStream(bytes), "pipe")) {
            PacketRecord p = new PacketRecord();
            for (int k = 0; k < 3; k++) {
                assertThat(r.next(p)).isTrue();
            }
            assertThatThrownBy(() -> r.next(p)).isInstanceOf(CaptureException.class)
                    .hasMessageContaining("pipe: packet 4 at offset " + FOURTH);
        }
    }

    @Test
    void truncatedPcapFileHeader() {
        byte[] head = Arrays.copyOf(threeGood(ByteOrder.LITTLE_ENDIAN).bytes(), 20);
        Path f = CaptureBytes.write(dir, "short-header", head);
        assertThatThrownBy(() -> Captures.open(f)).isInstanceOf(CaptureException.class)
                .hasMessageContaining(f.toString()).hasMessageContaining("truncated pcap file header");
    }

    // ------------------------------------------------------------------ pcapng

    private static Pcapng twoPackets(ByteOrder order) {
        return new Pcapng(order).idb(LinkType.ETHERNET, 0)
                .epb(0, 1_000_000L, CaptureBytes.bytes(60, 1))
                .epb(0, 2_000_000L, CaptureBytes.bytes(70, 2));
    }

    private void pcapngError(String name, java.util.function.Consumer<Pcapng> breakIt, String what) throws IOException {
        for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
            Pcapng ng = twoPackets(order);
            long at = ng.size();
            breakIt.accept(ng);
            Path f = CaptureBytes.write(dir, name + "-" + order, ng.bytes());
            assertError(CaptureBytes.readUntilError(f), f, 2, 3, at, what);
        }
    }

    @Test
    void blockLengthNotAMultipleOfFour() throws IOException {
        pcapngError("len-mod4", ng -> ng.rawBlock(6, 34, new byte[22], 34), "not a multiple of 4");
    }

    @Test
    void blockLengthBelowTwelve() throws IOException {
        pcapngError("len-small", ng -> ng.rawBlock(6, 8, new byte[0], 8), "less than 12");
    }

    @Test
    void leadingAndTrailingLengthsDisagree() throws IOException {
        pcapngError("len-trail", ng -> ng.rawBlock(0x0BAD, 16, new byte[4], 20), "trailing length 20");
    }

    @Test
    void blockLargerThanTheRestOfTheFile() throws IOException {
        pcapngError("len-past-end", ng -> ng.rawBlock(6, 4000, new byte[40], 4000),
                "block of 4000 bytes, only 52 remain");
    }

    @Test
    void absurdBlockLength() throws IOException {
        pcapngError("len-absurd", ng -> ng.rawBlock(6, 0x7ffffffc, new byte[40], 0x7ffffffc), "more than");
    }

    @Test
    void enhancedPacketBlockNamingAMissingInterface() throws IOException {
        pcapngError("bad-if", ng -> ng.epb(1, 3_000_000L, CaptureBytes.bytes(10, 3)), "names interface 1");
    }

    @Test
    void capturedLengthLargerThanTheBlock() throws IOException {
        pcapngError("cap-past-block", ng -> ng.epb(0, 3_000_000L, 500, 500, CaptureBytes.bytes(10, 3)),
                "claims 500 captured bytes in a block of");
    }

    @Test
    void truncatedBlockHeader() throws IOException {
        pcapngError("cut-block-header", ng -> ng.raw(new byte[] {6, 0, 0, 0, 1}), "block header needs 8 bytes");
    }

    @Test
    void interfaceIdsRestartInANewSection() throws IOException {
        // interface 0 of section 1 does not exist in section 2 (whose header block is 28 bytes)
        for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
            Pcapng ng = twoPackets(order);
            long at = ng.size() + 28;
            ng.shb(order == ByteOrder.BIG_ENDIAN ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN)
                    .epb(0, 1L, CaptureBytes.bytes(10, 3));
            Path f = CaptureBytes.write(dir, "new-section-" + order, ng.bytes());
            assertError(CaptureBytes.readUntilError(f), f, 2, 3, at, "names interface 0 but the section has 0");
        }
    }

    // ------------------------------------------------------------------ gzip

    @Test
    void truncatedGzipDeliversWholePacketsThenFailsCleanly() throws IOException {
        Path plain = OracleComparisonTest.resource("captures").resolve("http-large.pcap");
        List<Frame> all = CaptureBytes.readAll(plain);
        byte[] gz = CaptureBytes.gzip(Files.readAllBytes(plain));
        Path f = CaptureBytes.write(dir, "half.pcap.gz", Arrays.copyOf(gz, gz.length / 2));
        Outcome o = CaptureBytes.readUntilError(f);
        assertThat(o.error()).isNotNull();
        assertThat(o.frames()).isNotEmpty().hasSizeLessThan(all.size());
        assertThat(o.frames().stream().map(Frame::content).toList())
                .isEqualTo(all.subList(0, o.frames().size()).stream().map(Frame::content).toList());
        long next = o.frames().size() + 1;
        Frame last = o.frames().get(o.frames().size() - 1);
        long nextAt = last.offset() + 16 + last.capLen();
        assertThat(o.error().getMessage()).contains(f.toString()).contains("packet " + next)
                .contains("offset " + nextAt).contains("EOFException");
        assertThat(o.error().packetNumber()).isEqualTo(next);
        // the offset is where the decompressed stream ran dry: inside the failing record
        assertThat(o.error().offset()).isGreaterThanOrEqualTo(nextAt).isLessThan(nextAt + 16 + 262144);
        assertThat(o.error().getCause()).hasCauseInstanceOf(EOFException.class);
    }

    @Test
    void corruptGzipTrailerIsACaptureExceptionAfterEveryPacket() throws IOException {
        Path plain = OracleComparisonTest.resource("captures").resolve("http-basic.pcap");
        List<Frame> all = CaptureBytes.readAll(plain);
        byte[] gz = CaptureBytes.gzip(Files.readAllBytes(plain));
        gz[gz.length - 6] ^= 0x5a; // CRC-32 in the trailer: only noticed at the very end
        Path f = CaptureBytes.write(dir, "bad-crc.gz", gz);
        Outcome o = CaptureBytes.readUntilError(f);
        assertThat(o.frames()).hasSameSizeAs(all);
        assertThat(o.error()).isNotNull();
        assertThat(o.error().getMessage()).contains(f.toString()).contains("packet " + (all.size() + 1));
        assertThat(o.error().getCause()).hasCauseInstanceOf(ZipException.class);
        assertThat(o.error().offset()).isEqualTo(Files.size(plain));
    }

    @Test
    void corruptDeflateDataEndsInACaptureExceptionAfterWholePackets() throws IOException {
        Path plain = OracleComparisonTest.resource("captures").resolve("http-large.pcap");
        List<String> all = CaptureBytes.readAll(plain).stream().map(Frame::content).toList();
        byte[] gz = CaptureBytes.gzip(Files.readAllBytes(plain));
        for (int k = gz.length / 2; k < gz.length / 2 + 64; k++) {
            gz[k] ^= 0x5a;
        }
        Path f = CaptureBytes.write(dir, "corrupt.gz", gz);
        Outcome o = CaptureBytes.readUntilError(f);
        // garbage may decode into a record or two before the reader notices; what it notices must be clean
        assertThat(o.error()).isNotNull();
        assertThat(o.error().getMessage()).contains(f.toString()).contains("packet " + (o.frames().size() + 1));
        assertThat(o.frames()).isNotEmpty();
        List<String> got = o.frames().stream().map(Frame::content).toList();
        assertThat(got.subList(0, got.size() / 2)).isEqualTo(all.subList(0, got.size() / 2));
    }
}
