package org.jdissect.api.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jdissect.api.capture.CaptureBytes.Frame;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gzip is recognised by its magic, whatever the name; streams (stdin) read like files. */
class CompressionAndStreamTest {
    @TempDir
    Path dir;

    private static Path capture(String name) {
        return OracleComparisonTest.resource("captures").resolve(name);
    }

    private static List<String> content(List<Frame> frames) {
        return frames.stream().map(Frame::content).toList();
    }

    @Test
    void gzippedPcapngNamedPcapIsRecognisedByMagic() throws IOException {
        Path plain = capture("http-basic.pcapng");
        Path gz = CaptureBytes.write(dir, "misleading.pcap", CaptureBytes.gzip(Files.readAllBytes(plain)));
        try (CaptureReader r = Captures.open(gz)) {
            assertThat(r.format()).isEqualTo("pcapng");
            assertThat(r.linkType()).isEqualTo(LinkType.ETHERNET);
            assertThat(content(CaptureBytes.readAll(r))).isEqualTo(content(CaptureBytes.readAll(plain)));
        }
    }

    @Test
    void gzippedPcapWithoutExtensionIsRecognisedByMagic() throws IOException {
        Path plain = capture("http-large.pcap");
        Path gz = CaptureBytes.write(dir, "noextension", CaptureBytes.gzip(Files.readAllBytes(plain)));
        List<Frame> fromGz = CaptureBytes.readAll(gz);
        assertThat(fromGz).hasSizeGreaterThan(100);
        // the stream buffer is compacted many times over 788 KB: offsets and bytes must still agree
        List<Frame> fromFile = CaptureBytes.readAll(plain);
        assertThat(content(fromGz)).isEqualTo(content(fromFile));
        assertThat(fromGz).extracting(Frame::offset).isEqualTo(fromFile.stream().map(Frame::offset).toList());
    }

    @Test
    void plainCaptureNamedGzIsReadAsPlain() throws IOException {
        Path f = CaptureBytes.write(dir, "not-really.pcap.gz", Files.readAllBytes(capture("http10.pcap")));
        assertThat(content(CaptureBytes.readAll(f))).isEqualTo(content(CaptureBytes.readAll(capture("http10.pcap"))));
    }

    @Test
    void stdinLikeStreamsReadPlainAndGzippedCaptures() throws IOException {
        for (String name : List.of("http-basic.pcap", "http-basic.pcapng", "tcp-resets.nsec.pcap",
                "http-keepalive.pcap.gz")) {
            byte[] bytes = Files.readAllBytes(capture(name));
            List<Frame> fromStream;
            try (CaptureReader r = Captures.open(new ByteArrayInputStream(bytes), "-")) {
                fromStream = CaptureBytes.readAll(r);
            }
            assertThat(content(fromStream)).as(name).isEqualTo(content(CaptureBytes.readAll(capture(name))));
        }
    }

    @Test
    void streamDeliveringOneByteAtATimeReadsTheSame() throws IOException {
        byte[] bytes = CaptureBytes.gzip(Files.readAllBytes(capture("http-basic.pcapng")));
        InputStream trickle = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        };
        try (CaptureReader r = Captures.open(trickle, "trickle")) {
            assertThat(content(CaptureBytes.readAll(r)))
                    .isEqualTo(content(CaptureBytes.readAll(capture("http-basic.pcapng"))));
        }
    }

    @Test
    void packetsLargerThanTheStreamBufferAreRead() throws IOException {
        // 200 KB records exceed StreamSource's initial 64 KiB buffer: it must grow, not fail
        CaptureBytes.Pcap p = new CaptureBytes.Pcap(java.nio.ByteOrder.LITTLE_ENDIAN, false, 1, 262144);
        for (int k = 0; k < 5; k++) {
            p.packet(CaptureBytes.Pkt.of(k, 0, CaptureBytes.bytes(200_000 + k, k)));
        }
        try (CaptureReader r = Captures.open(new ByteArrayInputStream(CaptureBytes.gzip(p.bytes())), "big")) {
            List<Frame> f = CaptureBytes.readAll(r);
            assertThat(f).extracting(Frame::capLen).containsExactly(200_000, 200_001, 200_002, 200_003, 200_004);
            assertThat(f.get(4).data()).isEqualTo(CaptureBytes.bytes(200_004, 4));
        }
    }
}
