package org.jdissect.api.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jdissect.api.bytes.ByteView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every corpus capture, written by each writer and read back by jdissect's own reader, gives the same frames:
 * bytes, lengths, link type, timestamps (to the format's precision) and, for pcapng, comments.
 */
class WriterRoundTripTest {
    @TempDir
    Path tmp;

    static Stream<Arguments> capturesAndFormats() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String c : OracleComparisonTest.captures().toList()) {
            for (CaptureFormat f : CaptureFormat.values()) {
                out.add(Arguments.of(c, f));
            }
        }
        return out.stream();
    }

    private static List<PacketRecord> readAll(Path p) throws IOException {
        List<PacketRecord> out = new ArrayList<>();
        try (CaptureReader r = Captures.open(p)) {
            PacketRecord rec = new PacketRecord();
            while (r.next(rec)) {
                out.add(rec.copy());
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("capturesAndFormats")
    void writtenFileReadsBackWithTheSameFrames(String capture, CaptureFormat format) throws IOException {
        Path in = OracleComparisonTest.resource("captures").resolve(capture);
        List<PacketRecord> original = readAll(in);
        Path out = tmp.resolve(capture + "." + format);
        int snaplen;
        List<InterfaceInfo> ifaces;
        try (CaptureReader r = Captures.open(in)) {
            snaplen = r.snaplen();
            ifaces = List.copyOf(r.interfaces());
        }
        try (CaptureWriter w = CaptureWriters.create(out, format, snaplen, -1, ifaces)) {
            for (PacketRecord p : original) {
                w.write(p);
            }
            assertThat(w.packets()).isEqualTo(original.size());
        }
        List<PacketRecord> back = readAll(out);
        assertThat(back).hasSameSizeAs(original);
        try (CaptureReader r = Captures.open(out)) {
            assertThat(r.format()).isEqualTo(switch (format) {
                case PCAP -> "pcap";
                case PCAP_NSEC -> "pcap-nsec";
                case PCAPNG -> "pcapng";
            });
        }
        for (int i = 0; i < original.size(); i++) {
            PacketRecord a = original.get(i);
            PacketRecord b = back.get(i);
            String at = capture + " frame " + a.number();
            assertThat(b.number()).as(at).isEqualTo(a.number());
            assertThat(b.data().toArray()).as(at + " bytes").isEqualTo(a.data().toArray());
            assertThat(b.capturedLength()).as(at).isEqualTo(a.capturedLength());
            assertThat(b.originalLength()).as(at).isEqualTo(a.originalLength());
            assertThat(b.linkType()).as(at).isEqualTo(a.linkType());
            assertThat(b.epochSeconds()).as(at + " seconds").isEqualTo(a.epochSeconds());
            int expectedNanos = format == CaptureFormat.PCAP ? a.nanos() / 1000 * 1000 : a.nanos();
            assertThat(b.nanos()).as(at + " nanoseconds").isEqualTo(expectedNanos);
            if (format == CaptureFormat.PCAPNG) {
                assertThat(b.comment()).as(at + " comment").isEqualTo(a.comment());
            }
        }
        assertThat(Files.list(tmp).filter(p -> p.getFileName().toString().endsWith(".part"))).isEmpty();
    }

    @Test
    void pcapngKeepsInterfaceNamesAndSnaplen() throws IOException {
        Path out = tmp.resolve("named.pcapng");
        PacketRecord r = new PacketRecord().set(1, 1_700_000_000L, 123_456_789, 60, LinkType.ETHERNET,
                ByteView.of(new byte[42]));
        try (CaptureWriter w = CaptureWriters.create(out, CaptureFormat.PCAPNG, 96, -1,
                List.of(new InterfaceInfo(LinkType.ETHERNET, 96, 1_000_000_000L, 0, "veth0", "test side")))) {
            w.write(r);
        }
        try (CaptureReader rd = Captures.open(out)) {
            assertThat(rd.interfaces()).singleElement().satisfies(i -> {
                assertThat(i.name()).isEqualTo("veth0");
                assertThat(i.description()).isEqualTo("test side");
                assertThat(i.snaplen()).isEqualTo(96);
                assertThat(i.tsUnitsPerSec()).isEqualTo(1_000_000_000L);
            });
            PacketRecord back = new PacketRecord();
            assertThat(rd.next(back)).isTrue();
            assertThat(back.nanos()).isEqualTo(123_456_789);
            assertThat(back.originalLength()).isEqualTo(60);
        }
    }

    @Test
    void pcapRefusesASecondLinkTypeAndLeavesNoFileBehind() throws IOException {
        Path out = tmp.resolve("mixed.pcap");
        CaptureWriter w = CaptureWriters.create(out, CaptureFormat.PCAP, 0, -1, List.of());
        w.write(new PacketRecord().set(1, 1, 0, 4, LinkType.ETHERNET, ByteView.of(new byte[4])));
        assertThatThrownBy(() -> w.write(new PacketRecord().set(2, 1, 0, 4, LinkType.RAW, ByteView.of(new byte[4]))))
                .hasMessageContaining("one link type").hasMessageContaining("-F pcapng");
        w.abort();
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s).isEmpty();
        }
    }

    @Test
    void targetAppearsOnlyOnCloseAndReplacesAnOldFile() throws IOException {
        Path out = tmp.resolve("atomic.pcap");
        Files.writeString(out, "old");
        try (CaptureWriter w = CaptureWriters.create(out, CaptureFormat.PCAP, 0, -1, List.of())) {
            w.write(new PacketRecord().set(1, 5, 0, 4, LinkType.ETHERNET, ByteView.of(new byte[] {1, 2, 3, 4})));
            assertThat(Files.readString(out)).isEqualTo("old");
        }
        assertThat(readAll(out)).singleElement().satisfies(p -> assertThat(p.data().toArray())
                .containsExactly(1, 2, 3, 4));
    }

    @Test
    void emptyCaptureIsAValidFileWithTheHintedLinkType() throws IOException {
        for (CaptureFormat f : CaptureFormat.values()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            CaptureWriters.create(bytes, f, 0, LinkType.LINUX_SLL, List.of()).close();
            try (CaptureReader r = Captures.open(new java.io.ByteArrayInputStream(bytes.toByteArray()), "mem")) {
                assertThat(r.next(new PacketRecord())).as(f.toString()).isFalse();
                if (f != CaptureFormat.PCAPNG) {
                    assertThat(r.linkType()).isEqualTo(LinkType.LINUX_SLL);
                    assertThat(r.snaplen()).isEqualTo(262144);
                }
            }
        }
    }
}
