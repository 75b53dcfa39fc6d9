package org.jdissect.api.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.jdissect.api.limits.Limit;
import org.jdissect.api.limits.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A gzip-compressed capture inflates to at most gzip.bytes; past it reading stops like a cut file. */
class GzipLimitTest {
    @TempDir
    Path dir;

    /** A pcap header, then {@code records} records of {@code size} zero bytes, gzipped: a small "bomb". */
    static byte[] zeros(int records, int size) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(raw)) {
            ByteBuffer h = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
            h.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(1);
            gz.write(h.array());
            ByteBuffer r = ByteBuffer.allocate(16 + size).order(ByteOrder.LITTLE_ENDIAN);
            r.putInt(1).putInt(0).putInt(size).putInt(size);
            for (int i = 0; i < records; i++) {
                gz.write(r.array());
            }
        }
        return raw.toByteArray();
    }

    private static long count(CaptureReader r) throws IOException {
        PacketRecord rec = new PacketRecord();
        long n = 0;
        while (r.next(rec)) {
            n++;
        }
        return n;
    }

    @Test
    void inflatingPastTheLimitStopsWithAMessageNamingItAndKeepsWhatCameBefore() throws IOException {
        byte[] gz = zeros(100_000, 64); // 8 MB inflated, a few KB compressed
        assertThat(gz.length).isLessThan(100_000);
        Limits small = Limits.builtIn().with(Limit.GZIP_BYTES, 1 << 20);
        long[] delivered = {0};
        for (CaptureReader r : new CaptureReader[] {
            Captures.open(new ByteArrayInputStream(gz), "bomb", small),
            Captures.open(CaptureBytes.write(dir, "bomb.pcap.gz", gz), Captures.ReadMode.WINDOWED, small)}) {
            try (r) {
                PacketRecord rec = new PacketRecord();
                delivered[0] = 0;
                assertThatThrownBy(() -> {
                    while (r.next(rec)) {
                        delivered[0]++;
                    }
                }).isInstanceOf(CaptureException.class)
                        .hasMessageContaining("gzip input decompresses to more than 1048576 bytes (limit gzip.bytes;"
                                + " raise it with -o gzip.bytes:N (or -Djdissect.limit.gzip.bytes=N))");
                // every whole record within the first MiB was delivered first
                assertThat(delivered[0]).isEqualTo(((1 << 20) - 24) / 80);
            }
        }
    }

    @Test
    void underTheLimitEverythingIsRead() throws IOException {
        byte[] gz = zeros(1000, 64);
        try (CaptureReader r = Captures.open(new ByteArrayInputStream(gz), "small",
                Limits.builtIn().with(Limit.GZIP_BYTES, 24 + 1000 * 80))) {
            assertThat(count(r)).isEqualTo(1000);
        }
        try (CaptureReader r = Captures.open(new ByteArrayInputStream(gz), "default")) {
            assertThat(count(r)).isEqualTo(1000);
        }
    }
}
