package org.jdissect.api.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jdissect.api.capture.CaptureBytes.Frame;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.jdissect.api.bytes.ByteView;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Mapping in windows: records across window ends, records larger than a window, views outliving remaps. */
class MappedSourceTest {
    private static List<Frame> read(Path file, long window) throws IOException {
        try (CaptureReader r = Captures.detect(new MappedSource(file, window), file.toString())) {
            return CaptureBytes.readAll(r);
        }
    }

    private static List<String> content(List<Frame> frames) {
        return frames.stream().map(f -> f.offset() + " " + f.content()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http-large.pcap", "http-basic.pcapng", "tcp-loss.pcap", "tcp-resets.nsec.pcap"})
    void tinyWindowsReadTheSameAsTheDefault(String name) throws IOException {
        Path file = OracleComparisonTest.resource("captures").resolve(name);
        List<String> expected = content(read(file, MappedSource.WINDOW));
        assertThat(expected).isNotEmpty();
        // 100 bytes: most records are larger than a window; 4096/4097: records straddle window ends
        for (long window : new long[] {1, 100, 4096, 4097, 65536}) {
            assertThat(content(read(file, window))).as(name + " with window " + window).isEqualTo(expected);
        }
    }

    @Test
    void recycledWindowsServeLaterRecordsWhileRecordsStillInUseStayIntact() throws IOException {
        Path file = OracleComparisonTest.resource("captures").resolve("http-large.pcap");
        List<byte[]> expected = new ArrayList<>();
        try (CaptureReader r = Captures.detect(new MappedSource(file, MappedSource.WINDOW), file.toString())) {
            PacketRecord p = new PacketRecord();
            while (r.next(p)) {
                expected.add(p.data().toArray());
            }
        }
        // as the CLI's printing thread: up to 5 records (two windows) are still in use (their views read later), the rest done
        MappedSource src = new MappedSource(file, 4096);
        ArrayDeque<PacketRecord> inUse = new ArrayDeque<>();
        int checked = 0;
        try (CaptureReader r = Captures.detect(src, file.toString())) {
            while (true) {
                r.recycleBefore(inUse.isEmpty() ? Long.MAX_VALUE : inUse.peekFirst().fileOffset());
                PacketRecord p = new PacketRecord();
                boolean more = r.next(p);
                if (more) {
                    inUse.addLast(p);
                }
                while (!inUse.isEmpty() && (inUse.size() > 5 || !more)) {
                    PacketRecord done = inUse.pollFirst();
                    assertThat(done.data().toArray()).as("packet " + done.number())
                            .isEqualTo(expected.get((int) done.number() - 1));
                    checked++;
                }
                if (!more) {
                    break;
                }
            }
        }
        assertThat(checked).isEqualTo(expected.size());
        long windows = java.nio.file.Files.size(file) / 4096;
        assertThat(windows).isGreaterThan(100);
        // reuse, not a window per 4 KiB of file (records larger than a window still get their own)
        assertThat(src.allocated).isLessThan((int) windows / 4);
    }

    @Test
    void withoutRecyclingEveryWindowIsNew() throws IOException {
        Path file = OracleComparisonTest.resource("captures").resolve("http-large.pcap");
        MappedSource src = new MappedSource(file, 4096);
        try (CaptureReader r = Captures.detect(src, file.toString())) {
            CaptureBytes.readAll(r);
        }
        assertThat(src.allocated).isGreaterThan((int) (java.nio.file.Files.size(file) / 4096 / 2));
    }

    @Test
    void viewsFromEarlierRecordsStayValidAfterRemaps() throws IOException {
        Path file = OracleComparisonTest.resource("captures").resolve("http-large.pcap");
        List<ByteView> views = new ArrayList<>();
        List<byte[]> copies = new ArrayList<>();
        try (CaptureReader r = Captures.detect(new MappedSource(file, 4096), file.toString())) {
            PacketRecord p = new PacketRecord();
            while (r.next(p)) {
                views.add(p.data());
                copies.add(p.data().toArray());
            }
            assertThat(views).hasSizeGreaterThan(100);
            for (int k = 0; k < views.size(); k++) {
                assertThat(views.get(k).toArray()).as("view of packet " + (k + 1)).isEqualTo(copies.get(k));
            }
        }
        // and after close, as PacketRecord promises for mapped files
        for (int k = 0; k < views.size(); k++) {
            assertThat(views.get(k).toArray()).isEqualTo(copies.get(k));
        }
    }

    @Test
    void fillReportsWhatExistsAndNeverMapsPastTheEnd() throws IOException {
        Path file = OracleComparisonTest.resource("captures").resolve("http10.pcap");
        try (MappedSource src = new MappedSource(file, 100)) {
            long size = src.size();
            assertThat(src.fill(size - 10, 50)).isEqualTo(10);
            assertThat(src.fill(size, 16)).isZero();
            assertThat(src.fill(size + 1000, 16)).isZero();
            assertThat(src.fill(0, 300)).isEqualTo(300);
            assertThat(src.buffer().get(src.index(0)) & 0xff).isEqualTo(0xd4);
        }
    }

    @Test
    void windowMustFitAnInt() {
        Path file = OracleComparisonTest.resource("captures").resolve("http10.pcap");
        assertThatThrownBy(() -> new MappedSource(file, 1L << 31)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MappedSource(file, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http-large.pcap", "http-basic.pcapng", "tcp-loss.pcap"})
    void memoryMappedWindowsReadTheSameAsHeapWindows(String name) throws IOException {
        Path file = OracleComparisonTest.resource("captures").resolve(name);
        List<String> heap = content(read(file, MappedSource.WINDOW));
        List<String> mappedSmall;
        try (CaptureReader r = Captures.detect(new MappedSource(file, 4096, true), file.toString())) {
            mappedSmall = content(CaptureBytes.readAll(r));
        }
        List<String> mappedDefault;
        try (CaptureReader r = Captures.open(file, Captures.ReadMode.MAPPED)) {
            mappedDefault = content(CaptureBytes.readAll(r));
        }
        assertThat(mappedSmall).isEqualTo(heap);
        assertThat(mappedDefault).isEqualTo(heap);
    }
}
