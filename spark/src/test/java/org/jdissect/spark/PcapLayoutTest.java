package org.jdissect.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The record-boundary search, at every byte offset of every classic pcap file of the corpus. */
class PcapLayoutTest {
    static final Path CAPTURES = Path.of(System.getProperty("jdissect.repo", ".."), "testdata", "captures");

    static List<Path> plainPcaps() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(CAPTURES)) {
            for (Path p : s.sorted().toList()) {
                byte[] head = new byte[4];
                try (var in = Files.newInputStream(p)) {
                    in.readNBytes(head, 0, 4);
                }
                if (PcapLayout.isPcapMagic(head)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    @Test
    void boundarySearchFindsTheNextTrueRecordFromEveryOffsetOfEveryCorpusCapture() throws IOException {
        List<Path> files = plainPcaps();
        assertThat(files).hasSizeGreaterThan(10);
        long checked = 0;
        for (Path f : files) {
            try (RangeSource src = RangeSource.mapped(f)) {
                PcapLayout layout = PcapLayout.read(src);
                List<Long> starts = new ArrayList<>();
                long p = PcapLayout.HEADER;
                while (p + PcapLayout.RECORD_HEADER <= src.size()) {
                    starts.add(p);
                    p += PcapLayout.RECORD_HEADER + layout.u32(src, p + 8);
                }
                int next = 0;
                for (long off = PcapLayout.HEADER; off < src.size(); off++) {
                    while (next < starts.size() && starts.get(next) < off) {
                        next++;
                    }
                    long expected = next < starts.size() ? starts.get(next) : -1;
                    assertThat(layout.findBoundary(src, off, src.size()))
                            .as("%s: first record at or after offset %d", f.getFileName(), off).isEqualTo(expected);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(1_000_000);
    }

    @Test
    void splitReadersTogetherDeliverEveryRecordOnceWithTheFilesFrameNumbers() throws IOException {
        Path f = CAPTURES.resolve("http-large.pcap");
        long size = Files.size(f);
        for (long split : new long[] {1000, 4096, 65_536, 200_000}) {
            List<Long> numbers = new ArrayList<>();
            for (long s = 0; s < size; s += split) {
                try (SplitPcapReader r = new SplitPcapReader(RangeSource.mapped(f), f.toString(), s,
                        Math.min(size, s + split), true)) {
                    org.jdissect.api.capture.PacketRecord rec = new org.jdissect.api.capture.PacketRecord();
                    while (r.next(rec)) {
                        numbers.add(rec.number());
                    }
                }
            }
            assertThat(numbers).as("split size %d", split).hasSize(819);
            for (int i = 0; i < numbers.size(); i++) {
                assertThat(numbers.get(i)).isEqualTo(i + 1L);
            }
        }
    }
}
