package org.jdissect.output.tcpdump;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ChecksumTest {
    /** in_cksum word by word, folded at the end. */
    private static int naive(byte[] d, int off, int n, long init) {
        long sum = init;
        for (int i = 0; i + 1 < n; i += 2) {
            sum += ((d[off + i] & 0xff) << 8) | (d[off + i + 1] & 0xff);
        }
        if ((n & 1) != 0) {
            sum += (d[off + n - 1] & 0xff) << 8;
        }
        return Checksum.finish(sum);
    }

    @Test
    void eightBytesAStepFoldToWhatTwoBytesAStepFoldTo() {
        Random rnd = new Random(5);
        for (int round = 0; round < 20_000; round++) {
            byte[] d = new byte[rnd.nextInt(2000) + 8];
            int kind = rnd.nextInt(3);
            for (int i = 0; i < d.length; i++) {
                // all-ones and all-zero stretches test the end-around carries, random bytes the rest
                d[i] = kind == 0 ? (byte) 0xff : kind == 1 && rnd.nextInt(4) != 0 ? 0 : (byte) rnd.nextInt(256);
            }
            int off = rnd.nextInt(8);
            int n = rnd.nextInt(d.length - off + 1);
            long init = rnd.nextBoolean() ? 0 : rnd.nextInt(1 << 20);
            assertThat(Checksum.finish(Checksum.sum(d, off, n, init))).as("round %d: %d bytes at %d", round, n, off)
                    .isEqualTo(naive(d, off, n, init));
        }
    }

    @Test
    void aCorrectHeaderSumsToZero() {
        // an IPv4 header with its checksum (0xb861) in place
        int[] h = {0x45, 0x00, 0x00, 0x73, 0x00, 0x00, 0x40, 0x00, 0x40, 0x11, 0xb8, 0x61, 0xc0, 0xa8, 0x00, 0x01,
            0xc0, 0xa8, 0x00, 0xc7};
        byte[] d = new byte[h.length];
        for (int i = 0; i < h.length; i++) {
            d[i] = (byte) h[i];
        }
        assertThat(Checksum.finish(Checksum.sum(d, 0, d.length, 0))).isZero();
        d[11] ^= 1;
        assertThat(Checksum.finish(Checksum.sum(d, 0, d.length, 0))).isNotZero();
    }
}
