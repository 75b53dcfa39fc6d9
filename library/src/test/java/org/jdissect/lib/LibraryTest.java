package org.jdissect.lib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jdissect.api.capture.LinkType;
import org.jdissect.dsl.DisplayFilterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryTest {
    static final Path SEED = TestCaptures.path("seed-rst.pcap");
    private final Jdissect jd = Jdissect.standard();

    @Test
    void iteratesPacketsWithTypedValues() throws IOException {
        try (Capture c = jd.open(SEED)) {
            int n = 0;
            for (Packet p : c) {
                n++;
                if (p.number() == 1) {
                    assertThat(p.address("ip.src")).contains(InetAddress.getByName("188.188.3.240"));
                    assertThat(p.get("tcp.srcport").orElseThrow().asInt()).isEqualTo(5604);
                    assertThat(p.get("tcp.flags.syn").orElseThrow().asBoolean()).isTrue();
                    assertThat(p.all("ip.addr")).extracting(Value::display)
                            .containsExactly("188.188.3.240", "112.65.227.148");
                    assertThat(p.protocols()).isEqualTo("eth:ethertype:ip:tcp");
                }
            }
            assertThat(n).isEqualTo(6);
        }
    }

    @Test
    void aGuidIsAUuidOfItsText() throws IOException {
        // testdata/dhcp/dhcp.pcap frame 55: a PXE client's UUID in options 97 and 61, little-endian on the wire
        try (Capture c = jd.open(TestCaptures.dir().resolveSibling("dhcp/dhcp.pcap"))
                .filter("dhcp.id == 0x0000ffd9")) {
            Packet p = c.iterator().next();
            List<Value> ids = p.all("dhcp.client_id.uuid");
            assertThat(ids).extracting(Value::value).containsExactly(
                    java.util.UUID.fromString("4c4c4544-0042-3510-8052-b4c04f4a4d32"),
                    java.util.UUID.fromString("4c4c4544-0042-3510-8052-b4c04f4a4d32"));
            assertThat(ids.get(0).display()).isEqualTo("4c4c4544-0042-3510-8052-b4c04f4a4d32");
        }
    }

    @Test
    void preferencesAreTsharksAndStayWithTheirInstance() throws IOException {
        // damaged/normal.pcap: two SYNs with zero IP and TCP checksums (made by testdata/damaged/make.sh)
        Path damaged = TestCaptures.dir().resolveSibling("damaged/normal.pcap");
        Jdissect checking = Jdissect.withPreferences("tcp.check_checksum:TRUE", "ip.check_checksum:true");
        try (Capture c = checking.open(damaged)) {
            assertThat(c.stream().map(p -> p.number("tcp.checksum.status").orElse(-1)).toList())
                    .containsExactly(0L, 0L); // Bad
        }
        try (Capture c = jd.open(damaged)) {
            assertThat(c.stream().map(p -> p.number("tcp.checksum.status").orElse(-1)).toList())
                    .containsExactly(2L, 2L); // Unverified: tshark's default, in another instance
        }
        assertThatThrownBy(() -> Jdissect.withPreferences("tcp.nonesuch:TRUE"))
                .hasMessage("-o flag \"tcp.nonesuch:TRUE\" specifies unknown preference");
    }

    @Test
    void twoPassesKnowWhatLaterPacketsTell() throws IOException {
        Path keepalive = TestCaptures.dir().resolve("http-keepalive.pcap");
        try (Capture c = jd.openTwoPass(keepalive).filter("http.request")) {
            // tshark -2: each request names its response, and the next request
            assertThat(c.stream().map(p -> p.number("http.response_in").orElse(-1) + "/"
                    + p.number("http.next_request_in").orElse(-1)).toList())
                    .containsExactly("6/8", "9/10", "11/-1");
        }
        try (Capture c = jd.open(keepalive).filter("http.request")) {
            assertThat(c.stream().map(p -> p.number("http.response_in").orElse(-1)).toList())
                    .containsExactly(-1L, -1L, -1L); // one pass: not known yet
        }
    }

    @Test
    void filtersWithDisplayFilters() throws IOException {
        try (Capture c = jd.open(SEED).filter("tcp.flags.reset == 1 || http.request.method == \"HEAD\"")) {
            assertThat(c.stream().map(Packet::number).toList()).containsExactly(4L, 6L);
        }
        try (Capture c = jd.open(SEED).filter("http")) {
            assertThat(c.stream().map(p -> p.string("http.host").orElse("")).toList())
                    .containsExactly("www.testaaa.com");
        }
    }

    @Test
    void aBadFilterSaysWhereAndWhy() {
        assertThatThrownBy(() -> jd.compile("tcp.port == "))
                .isInstanceOf(DisplayFilterException.class)
                .satisfies(e -> assertThat(((DisplayFilterException) e).render()).contains("^"));
    }

    @Test
    void dissectsFramesFromMemory() throws IOException {
        List<byte[]> frames;
        try (Capture c = jd.open(SEED)) {
            frames = c.stream().map(p -> p.get("frame").orElseThrow()).map(v -> new byte[0]).toList();
        }
        assertThat(frames).hasSize(6);
        byte[] rst = TestCaptures.frame("seed-rst.pcap", 6);
        try (Capture c = jd.ofFrames(List.of(rst), LinkType.ETHERNET)) {
            Packet p = c.iterator().next();
            assertThat(p.get("tcp.flags.reset").orElseThrow().asBoolean()).isTrue();
            assertThat(p.get("ip.ttl").orElseThrow().asInt()).isEqualTo(52);
        }
    }

    @Test
    void snapshotsOutliveTheIteration() throws IOException {
        List<Value> first;
        try (Capture c = jd.open(SEED)) {
            var it = c.iterator();
            first = it.next().snapshot();
            it.next();
        }
        assertThat(first).extracting(Value::toString).contains("frame.number=1", "tcp.srcport=5604");
    }

    /**
     * Iteration lets the reader reuse the memory of the windows behind the current packet (as the command's reading
     * does): with 4 KiB windows, a capture of reassembled HTTP bodies gives the values it gives with one window.
     */
    @Test
    void reusedReadWindowsChangeNoValue() throws IOException {
        List<String> oneWindow = everyValue();
        String before = System.getProperty("jdissect.window");
        System.setProperty("jdissect.window", "4096");
        try {
            assertThat(everyValue()).hasSizeGreaterThan(10_000).isEqualTo(oneWindow);
        } finally {
            if (before == null) {
                System.clearProperty("jdissect.window");
            } else {
                System.setProperty("jdissect.window", before);
            }
        }
    }

    private List<String> everyValue() throws IOException {
        List<String> out = new ArrayList<>();
        try (Capture c = jd.open(TestCaptures.path("http-large.pcap"))) {
            for (Packet p : c) {
                p.snapshot().forEach(v -> out.add(p.number() + " " + v));
            }
        }
        return out;
    }

    @Test
    void aCutFileGivesEveryWholePacketThenAnError(@TempDir Path dir) throws IOException {
        byte[] all = Files.readAllBytes(SEED);
        Path cut = dir.resolve("cut.pcap");
        Files.write(cut, java.util.Arrays.copyOf(all, all.length - 10));
        List<Long> seen = new java.util.ArrayList<>();
        try (Capture c = jd.open(cut)) {
            assertThatThrownBy(() -> c.forEach(p -> seen.add(p.number())))
                    .isInstanceOf(UncheckedIOException.class).hasMessageContaining("packet 6");
        }
        assertThat(seen).containsExactly(1L, 2L, 3L, 4L, 5L);
    }
}
