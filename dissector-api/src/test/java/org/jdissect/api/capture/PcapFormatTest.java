package org.jdissect.api.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jdissect.api.capture.CaptureBytes.Frame;
import static org.jdissect.api.capture.CaptureBytes.Pkt;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Classic pcap: both byte orders, both timestamp resolutions, header facts before the first packet. */
class PcapFormatTest {
    @TempDir
    Path dir;

    private static List<Pkt> asPkts(List<Frame> frames, boolean nanos) {
        return frames.stream().map(f -> new Pkt(f.sec(), nanos ? f.nanos() : f.nanos() / 1000, f.origLen(), f.data()))
                .toList();
    }

    private static List<String> content(List<Frame> frames) {
        return frames.stream().map(Frame::content).toList();
    }

    @Test
    void bigEndianRewriteOfARealCaptureReadsTheSameAsLittleEndian() throws IOException {
        List<Frame> original = CaptureBytes.readAll(OracleComparisonTest.resource("captures").resolve("http-basic.pcap"));
        assertThat(original).hasSizeGreaterThan(5);
        for (boolean nanos : new boolean[] {false, true}) {
            Path le = CaptureBytes.write(dir, "le" + nanos, CaptureBytes.pcap(ByteOrder.LITTLE_ENDIAN, nanos,
                    LinkType.ETHERNET, asPkts(original, nanos)));
            Path be = CaptureBytes.write(dir, "be" + nanos, CaptureBytes.pcap(ByteOrder.BIG_ENDIAN, nanos,
                    LinkType.ETHERNET, asPkts(original, nanos)));
            List<Frame> fromLe = CaptureBytes.readAll(le);
            List<Frame> fromBe = CaptureBytes.readAll(be);
            assertThat(content(fromLe)).isEqualTo(content(original));
            assertThat(content(fromBe)).isEqualTo(content(fromLe));
            assertThat(fromBe.stream().map(Frame::offset).toList())
                    .isEqualTo(fromLe.stream().map(Frame::offset).toList());
        }
    }

    @Test
    void nanosecondMagicKeepsAllNineDigitsInEitherByteOrder() throws IOException {
        for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
            Path f = CaptureBytes.write(dir, "ns-" + order, CaptureBytes.pcap(order, true, LinkType.RAW,
                    List.of(Pkt.of(1_700_000_000L, 123_456_789L, CaptureBytes.bytes(40, 1)),
                            Pkt.of(1_700_000_001L, 999_999_999L, CaptureBytes.bytes(20, 2)))));
            try (CaptureReader r = Captures.open(f)) {
                assertThat(r.format()).isEqualTo("pcap-nsec");
                List<Frame> frames = CaptureBytes.readAll(r);
                assertThat(frames).extracting(Frame::sec).containsExactly(1_700_000_000L, 1_700_000_001L);
                assertThat(frames).extracting(Frame::nanos).containsExactly(123_456_789, 999_999_999);
                assertThat(frames).extracting(Frame::linkType).containsOnly(LinkType.RAW);
            }
        }
    }

    @Test
    void microsecondMagicScalesToNanoseconds() throws IOException {
        Path f = CaptureBytes.write(dir, "us", CaptureBytes.pcap(ByteOrder.BIG_ENDIAN, false, LinkType.ETHERNET,
                List.of(Pkt.of(1387445076L, 947082L, CaptureBytes.bytes(60, 1)))));
        try (CaptureReader r = Captures.open(f)) {
            assertThat(r.format()).isEqualTo("pcap");
            PacketRecord p = new PacketRecord();
            assertThat(r.next(p)).isTrue();
            assertThat(OracleComparisonTest.timeEpoch(p)).isEqualTo("1387445076.947082000");
            assertThat(r.next(p)).isFalse();
        }
    }

    @Test
    void headerFactsAnswerBeforeTheFirstPacket() throws IOException {
        CaptureBytes.Pcap p = new CaptureBytes.Pcap(ByteOrder.BIG_ENDIAN, false, LinkType.LINUX_SLL, 96);
        p.packet(Pkt.of(1, 0, CaptureBytes.bytes(96, 3)));
        try (CaptureReader r = Captures.open(CaptureBytes.write(dir, "hdr", p.bytes()))) {
            assertThat(r.linkType()).isEqualTo(LinkType.LINUX_SLL);
            assertThat(r.snaplen()).isEqualTo(96);
            assertThat(r.interfaces()).singleElement()
                    .satisfies(i -> assertThat(i.tsUnitsPerSec()).isEqualTo(1_000_000L));
        }
    }

    @Test
    void fcsBitsAboveTheLinkTypeAreMasked() throws IOException {
        // pcap-savefile(5): bit 28 "F" and bits 29-31 FCS length; the link type is the low bits
        int withFcs = (1 << 28) | (4 << 29) | LinkType.ETHERNET;
        try (CaptureReader r = Captures.open(CaptureBytes.write(dir, "fcs",
                CaptureBytes.pcap(ByteOrder.LITTLE_ENDIAN, false, withFcs, List.of())))) {
            assertThat(r.linkType()).isEqualTo(LinkType.ETHERNET);
        }
    }

    @Test
    void snappedPacketKeepsOriginalAndCapturedLengthsApart() throws IOException {
        byte[] data = CaptureBytes.bytes(64, 5);
        Path f = CaptureBytes.write(dir, "snap", CaptureBytes.pcap(ByteOrder.LITTLE_ENDIAN, false, 1,
                List.of(new Pkt(10, 0, 1514, data))));
        List<Frame> frames = CaptureBytes.readAll(f);
        assertThat(frames).singleElement().satisfies(fr -> {
            assertThat(fr.capLen()).isEqualTo(64);
            assertThat(fr.origLen()).isEqualTo(1514);
            assertThat(fr.data()).isEqualTo(data);
        });
    }

    @Test
    void headerOnlyFileHasNoPacketsAndNoError() throws IOException {
        Path f = CaptureBytes.write(dir, "empty.pcap", CaptureBytes.pcap(ByteOrder.LITTLE_ENDIAN, false, 1, List.of()));
        assertThat(CaptureBytes.readAll(f)).isEmpty();
    }

    @Test
    void zeroLengthRecordsAreDelivered() throws IOException {
        Path f = CaptureBytes.write(dir, "zero", CaptureBytes.pcap(ByteOrder.LITTLE_ENDIAN, false, 1,
                List.of(Pkt.of(1, 0, new byte[0]), Pkt.of(2, 0, CaptureBytes.bytes(3, 1)))));
        assertThat(CaptureBytes.readAll(f)).extracting(Frame::capLen).containsExactly(0, 3);
    }

    @Test
    void recordIsReusedAndFramesAreNumberedFromOneWithFileOffsets() throws IOException {
        Path f = CaptureBytes.write(dir, "num", CaptureBytes.pcap(ByteOrder.LITTLE_ENDIAN, false, 1,
                List.of(Pkt.of(1, 0, CaptureBytes.bytes(10, 1)), Pkt.of(2, 0, CaptureBytes.bytes(20, 2)))));
        List<Frame> frames = CaptureBytes.readAll(f);
        assertThat(frames).extracting(Frame::number).containsExactly(1L, 2L);
        assertThat(frames).extracting(Frame::offset).containsExactly(24L, 24L + 16 + 10);
    }
}
