package org.jdissect.api.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jdissect.api.capture.CaptureBytes.Frame;
import static org.jdissect.api.capture.CaptureBytes.Opt;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;
import org.jdissect.api.capture.CaptureBytes.Pcapng;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** pcapng: byte orders, sections, interfaces, timestamp resolution and offset, every packet block kind, comments. */
class PcapngFormatTest {
    enum Order {
        LITTLE(ByteOrder.LITTLE_ENDIAN), BIG(ByteOrder.BIG_ENDIAN);
        final ByteOrder order;

        Order(ByteOrder order) {
            this.order = order;
        }
    }

    @TempDir
    Path dir;

    private static List<String> content(List<Frame> frames) {
        return frames.stream().map(Frame::content).toList();
    }

    @Test
    void realPcapngRewrittenInEitherByteOrderReadsTheSame() throws IOException {
        List<Frame> original = CaptureBytes.readAll(OracleComparisonTest.resource("captures").resolve("http-basic.pcapng"));
        assertThat(original).hasSizeGreaterThan(5);
        List<List<Frame>> rewritten = new java.util.ArrayList<>();
        for (Order o : Order.values()) {
            Pcapng ng = new Pcapng(o.order).idb(LinkType.ETHERNET, 0);
            for (Frame f : original) {
                ng.epb(0, f.sec() * 1_000_000L + f.nanos() / 1000, f.capLen(), f.origLen(), f.data());
            }
            rewritten.add(CaptureBytes.readAll(CaptureBytes.write(dir, "rw-" + o, ng.bytes())));
        }
        assertThat(content(rewritten.get(0))).isEqualTo(content(original));
        assertThat(content(rewritten.get(1))).isEqualTo(content(rewritten.get(0)));
    }

    /** Two sections (the second in the other byte order), three interfaces, every packet block kind. */
    private static byte[] multiSection(ByteOrder first) {
        ByteOrder second = first == ByteOrder.BIG_ENDIAN ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        Pcapng ng = new Pcapng(first);
        ng.block(4, new byte[] {0, 0, 0, 0});                         // name resolution block, before any IDB
        ng.idb(LinkType.ETHERNET, 64, Opt.string(2, "eth0"), Opt.string(3, "first"));
        ng.idb(LinkType.RAW, 0, Opt.tsresol(9));
        ng.epb(0, 1_700_000_000_123_456L, CaptureBytes.bytes(60, 1));
        ng.epb(1, 1_700_000_001_987_654_321L, CaptureBytes.bytes(40, 2), Opt.comment("first"), Opt.comment("second"));
        ng.epb(1, 1_700_000_002_000_000_001L, CaptureBytes.bytes(41, 3));    // no comment: must not inherit
        ng.block(0x0BAD, CaptureBytes.bytes(13, 4));                   // unknown block type: skipped
        ng.block(5, CaptureBytes.bytes(20, 5));                        // interface statistics: skipped
        ng.block(0x40000BAD, CaptureBytes.bytes(8, 6));                // custom block: skipped
        ng.spb(100, CaptureBytes.bytes(100, 7));                       // cut to interface 0's snaplen 64
        ng.spb(30, CaptureBytes.bytes(30, 8));
        ng.opb(1, 1_700_000_003_000_000_000L, CaptureBytes.bytes(22, 9), Opt.comment("obsolete"));
        ng.shb(second);
        // interface ids restart in the new section
        ng.idb(LinkType.LINUX_SLL, 0, Opt.tsresol(0x80 | 20), ng.tsoffset(1_000_000_000L));
        ng.epb(0, (700_000_000L << 20) | (1L << 19), CaptureBytes.bytes(50, 10));
        ng.epb(0, (700_000_000L << 20) | 1L, CaptureBytes.bytes(51, 11));
        return ng.bytes();
    }

    @ParameterizedTest
    @EnumSource(Order.class)
    void sectionsInterfacesResolutionsAndBlockKinds(Order order) throws IOException {
        try (CaptureReader r = Captures.open(CaptureBytes.write(dir, "multi-" + order, multiSection(order.order)))) {
            // known before the first next(): the interfaces before the first packet
            assertThat(r.format()).isEqualTo("pcapng");
            assertThat(r.linkType()).isEqualTo(LinkType.ETHERNET);
            assertThat(r.snaplen()).isEqualTo(64);
            assertThat(r.interfaces()).hasSize(2);
            assertThat(r.interfaces().get(0).name()).isEqualTo("eth0");
            assertThat(r.interfaces().get(0).description()).isEqualTo("first");
            assertThat(r.interfaces().get(1).tsUnitsPerSec()).isEqualTo(1_000_000_000L);

            List<Frame> f = CaptureBytes.readAll(r);
            assertThat(f).extracting(Frame::number).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
            assertThat(f).extracting(Frame::linkType).containsExactly(LinkType.ETHERNET, LinkType.RAW, LinkType.RAW,
                    LinkType.ETHERNET, LinkType.ETHERNET, LinkType.RAW, LinkType.LINUX_SLL, LinkType.LINUX_SLL);
            assertThat(f).extracting(Frame::ifId).containsExactly(0, 1, 1, 0, 0, 1, 0, 0);
            // µs default, if_tsresol 9, SPB without timestamp, 2^-20 s with if_tsoffset
            assertThat(f).extracting(fr -> fr.sec() + "." + fr.nanos()).containsExactly(
                    "1700000000.123456000", "1700000001.987654321", "1700000002.1", "0.0", "0.0",
                    "1700000003.0", "1700000000.500000000", "1700000000.953");
            assertThat(f).extracting(Frame::comment).containsExactly(null, "first\nsecond", null, null, null,
                    "obsolete", null, null);
            assertThat(f).extracting(Frame::capLen).containsExactly(60, 40, 41, 64, 30, 22, 50, 51);
            assertThat(f).extracting(Frame::origLen).containsExactly(60, 40, 41, 100, 30, 22, 50, 51);
            assertThat(f.get(3).data()).isEqualTo(java.util.Arrays.copyOf(CaptureBytes.bytes(100, 7), 64));
            assertThat(f.get(4).data()).isEqualTo(CaptureBytes.bytes(30, 8));
            assertThat(f.get(6).data()).isEqualTo(CaptureBytes.bytes(50, 10));
            assertThat(r.interfaces()).hasSize(3);
            assertThat(r.interfaces().get(2).tsOffset()).isEqualTo(1_000_000_000L);
            assertThat(r.interfaces().get(2).tsUnitsPerSec()).isEqualTo(1L << 20);
        }
    }

    @Test
    void bothByteOrdersGiveTheSamePackets() throws IOException {
        List<Frame> le = CaptureBytes.readAll(CaptureBytes.write(dir, "le", multiSection(ByteOrder.LITTLE_ENDIAN)));
        List<Frame> be = CaptureBytes.readAll(CaptureBytes.write(dir, "be", multiSection(ByteOrder.BIG_ENDIAN)));
        assertThat(content(be)).isEqualTo(content(le));
    }

    @Test
    void simplePacketBlockWithoutSnaplenKeepsTheWholePacket() throws IOException {
        Pcapng ng = new Pcapng(ByteOrder.BIG_ENDIAN).idb(LinkType.ETHERNET, 0).spb(1500, CaptureBytes.bytes(1500, 1));
        List<Frame> f = CaptureBytes.readAll(CaptureBytes.write(dir, "spb", ng.bytes()));
        assertThat(f).singleElement().satisfies(fr -> {
            assertThat(fr.capLen()).isEqualTo(1500);
            assertThat(fr.data()).isEqualTo(CaptureBytes.bytes(1500, 1));
        });
    }

    @Test
    void timestampWithTheTopBitSetIsNotMistakenForMissing() throws IOException {
        // 2^63 + 5 units of 2^-30 s: an odd but valid timestamp; before the fix it read as "no timestamp"
        Pcapng ng = new Pcapng(ByteOrder.LITTLE_ENDIAN).idb(LinkType.ETHERNET, 0, Opt.tsresol(0x80 | 30))
                .epb(0, Long.MIN_VALUE + (1L << 30) + 5, CaptureBytes.bytes(10, 1));
        List<Frame> f = CaptureBytes.readAll(CaptureBytes.write(dir, "top", ng.bytes()));
        assertThat(f).singleElement().satisfies(fr -> {
            assertThat(fr.sec()).isEqualTo((1L << 33) + 1);
            assertThat(fr.nanos()).isEqualTo(4); // 5 * 10^9 / 2^30, truncated
        });
    }

    @Test
    void linkTypeIsMinusOneWhenNoInterfaceComesBeforeEndOfFile() throws IOException {
        Pcapng ng = new Pcapng(ByteOrder.LITTLE_ENDIAN);
        try (CaptureReader r = Captures.open(CaptureBytes.write(dir, "noif", ng.bytes()))) {
            assertThat(r.linkType()).isEqualTo(-1);
            assertThat(r.interfaces()).isEmpty();
            assertThat(r.next(new PacketRecord())).isFalse();
        }
    }
}
