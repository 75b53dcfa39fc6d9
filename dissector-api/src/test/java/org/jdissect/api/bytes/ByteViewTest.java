package org.jdissect.api.bytes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ByteViewTest {

    @Test
    void gettersAreUnsignedAndBigEndian() {
        ByteView v = ByteView.of(new byte[] {(byte) 0xff, 0x01, (byte) 0x80, 0x00, 0x7f, (byte) 0xfe});
        assertThat(v.u8(0)).isEqualTo(0xff);
        assertThat(v.u16(0)).isEqualTo(0xff01);
        assertThat(v.u16le(0)).isEqualTo(0x01ff);
        assertThat(v.u24(1)).isEqualTo(0x018000);
        assertThat(v.u32(0)).isEqualTo(0xff018000L);
        assertThat(v.u32le(0)).isEqualTo(0x008001ffL);
        assertThat(v.u48(0)).isEqualTo(0xff0180007ffeL);
    }

    @Test
    void readsPastTheCaptureAreTruncatedAndPastTheClaimMalformed() {
        ByteView v = ByteView.of(ByteBuffer.wrap(new byte[4]), 0, 4, 10);
        assertThat(v.capturedLength()).isEqualTo(4);
        assertThat(v.reportedLength()).isEqualTo(10);
        assertThatThrownBy(() -> v.u32(2)).isSameAs(BoundsException.TRUNCATED);
        assertThatThrownBy(() -> v.u8(10)).isSameAs(BoundsException.MALFORMED);
        // the getters judge by the end (tvbuff.c's fast path); ensureFromStart by the start first, as
        // proto_tree_add_item and tvb_get_ptr do: past the capture but not past the claim is a snapshot cut, even at
        // the claimed end and however far the range runs (tshark: "Packet size limited during capture")
        assertThatThrownBy(() -> v.u32(8)).isSameAs(BoundsException.MALFORMED);
        assertThatThrownBy(() -> v.ensureFromStart(8, 4)).isSameAs(BoundsException.TRUNCATED);
        assertThatThrownBy(() -> v.ensureFromStart(10, 1)).isSameAs(BoundsException.TRUNCATED);
        assertThatThrownBy(() -> v.ensureFromStart(11, 1)).isSameAs(BoundsException.MALFORMED);
        assertThatThrownBy(() -> v.ensureFromStart(3, 8)).isSameAs(BoundsException.MALFORMED);
        assertThatThrownBy(() -> v.ensureFromStart(3, 4)).isSameAs(BoundsException.TRUNCATED);
        ByteView whole = ByteView.of(ByteBuffer.wrap(new byte[4]), 0, 4, 4);
        assertThatThrownBy(() -> whole.ensureFromStart(4, 1)).isSameAs(BoundsException.MALFORMED);
        assertThatThrownBy(() -> v.u8(-1)).isSameAs(BoundsException.MALFORMED);
        ByteView tail = v.sliceReported(2, 6);
        assertThat(tail.capturedLength()).isEqualTo(2);
        assertThat(tail.reportedLength()).isEqualTo(6);
        assertThat(tail.origin()).isEqualTo(2);
    }

    @Test
    void lineEndScanFindsTheFirstCrOrLfWhereverItIs() {
        // every position relative to the eight- and 32-byte steps, from every start, in views that do not begin at byte 0
        // of their array; bytes 0x8a and 0x8d (CR and LF with the top bit set) and 0x0b/0x0c next to them must not
        // be taken for line ends
        Random rnd = new Random(42);
        byte[] noise = {0x00, (byte) 0x8a, (byte) 0x8d, 0x0b, 0x0c, 0x09, 'a', (byte) 0xff, 0x0e, 0x2a, 0x08, 0x0f};
        // and, for half the rounds, only bytes outside 0x08-0x0f (the 32-byte steps' first test), around it
        byte[] quiet = {0x00, (byte) 0x8a, (byte) 0x8d, 'a', (byte) 0xff, 0x07, 0x10, (byte) 0x88, (byte) 0xf8};
        for (int round = 0; round < 4000; round++) {
            int len = rnd.nextInt(160);
            byte[] a = new byte[len + 5];
            byte[] from0 = round % 2 == 0 ? noise : quiet;
            for (int i = 0; i < a.length; i++) {
                a[i] = from0[rnd.nextInt(from0.length)];
            }
            int ends = rnd.nextInt(3);
            for (int k = 0; k < ends && len > 0; k++) {
                a[3 + rnd.nextInt(len)] = rnd.nextBoolean() ? (byte) '\n' : (byte) '\r';
            }
            ByteView v = ByteView.of(ByteBuffer.wrap(a), 3, len, len);
            int from = len == 0 ? 0 : rnd.nextInt(len + 1);
            int to = rnd.nextInt(len + 10);
            int expected = naiveLineEnd(a, 3, len, from, to);
            assertThat(v.indexOfLineEnd(from, to)).as("round %d: [%d, %d) of %d", round, from, to, len)
                    .isEqualTo(expected);
            // the same over a direct buffer (the reader's windows), which has no array to scan
            ByteView d = ByteView.of(ByteBuffer.allocateDirect(a.length).put(a).flip(), 3, len, len);
            assertThat(d.indexOfLineEnd(from, to)).as("direct, round %d", round).isEqualTo(expected);
            // and in a little-endian one (words are read in the buffer's order)
            ByteView le = ByteView.of(ByteBuffer.allocateDirect(a.length).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                    .put(a).flip(), 3, len, len);
            assertThat(le.indexOfLineEnd(from, to)).as("little-endian direct, round %d", round).isEqualTo(expected);
        }
    }

    @Test
    void indexOfFindsTheFirstByteWhereverItIsInHeapAndDirectBuffers() {
        Random rnd = new Random(11);
        int[] values = {0x00, 0x01, 0x7f, 0x80, 0xff, 0x20};
        for (int round = 0; round < 2000; round++) {
            int len = rnd.nextInt(70);
            byte[] a = new byte[len + 5];
            for (int i = 0; i < a.length; i++) {
                a[i] = (byte) values[rnd.nextInt(values.length)];
            }
            int b = values[rnd.nextInt(values.length)];
            int from = rnd.nextInt(len + 2) - 1;
            int expected = -1;
            for (int i = Math.max(0, from); i < len; i++) {
                if ((a[3 + i] & 0xff) == b) {
                    expected = i;
                    break;
                }
            }
            ByteView heap = ByteView.of(ByteBuffer.wrap(a), 3, len, len);
            ByteView direct = ByteView.of(ByteBuffer.allocateDirect(a.length).put(a).flip(), 3, len, len);
            assertThat(heap.indexOf(from, b)).as("heap, round %d", round).isEqualTo(expected);
            assertThat(direct.indexOf(from, b)).as("direct, round %d", round).isEqualTo(expected);
        }
    }

    @Test
    void lineEndScanOverADirectBufferAgreesWithTheArrayScan() {
        byte[] a = "GET / HTTP/1.1 with a long enough line\r\nHost: x\r\n".getBytes();
        ByteBuffer direct = ByteBuffer.allocateDirect(a.length).put(a).flip();
        ByteView heap = ByteView.of(a);
        ByteView off = ByteView.of(direct, 0, a.length, a.length);
        for (int from = 0; from <= a.length; from++) {
            assertThat(off.indexOfLineEnd(from, a.length)).isEqualTo(heap.indexOfLineEnd(from, a.length));
        }
        assertThat(heap.indexOfLineEnd(0, a.length)).isEqualTo(38);
        assertThat(heap.indexOfLineEnd(0, 38)).isEqualTo(-1);
    }

    @Test
    void afterLineEndStepsOverEachKindOfTerminator() {
        ByteView v = ByteView.of("ab\r\ncd\nef\rgh\r".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(v.afterLineEnd(0, v.capturedLength())).isEqualTo(4); // CR LF
        assertThat(v.afterLineEnd(4, v.capturedLength())).isEqualTo(7); // LF
        assertThat(v.afterLineEnd(7, v.capturedLength())).isEqualTo(10); // lone CR
        assertThat(v.afterLineEnd(10, v.capturedLength())).isEqualTo(13); // CR as the last byte
        assertThat(v.afterLineEnd(0, 3)).isEqualTo(3); // CR LF split by the end: the CR alone
        assertThat(v.afterLineEnd(0, 2)).isEqualTo(2); // no terminator: the end
    }

    @Test
    void zeroBytesMarksExactlyTheZeroBytes() {
        Random rnd = new Random(7);
        for (int round = 0; round < 10_000; round++) {
            long x = 0;
            for (int b = 0; b < 8; b++) {
                int v = switch (rnd.nextInt(4)) {
                    case 0 -> 0;
                    case 1 -> 1;
                    case 2 -> 0x80;
                    default -> rnd.nextInt(256);
                };
                x |= (long) v << (8 * b);
            }
            long expected = 0;
            for (int b = 0; b < 8; b++) {
                if (((x >>> (8 * b)) & 0xff) == 0) {
                    expected |= 0x80L << (8 * b);
                }
            }
            assertThat(ByteView.zeroBytes(x)).as("%016x", x).isEqualTo(expected);
        }
    }

    @Test
    void indexOfFindsAByteAndNeverAValueNoByteHas() {
        ByteView v = ByteView.of(new byte[] {1, 2, (byte) 0xff, 2});
        assertThat(v.indexOf(0, 2)).isEqualTo(1);
        assertThat(v.indexOf(2, 2)).isEqualTo(3);
        assertThat(v.indexOf(0, 0xff)).isEqualTo(2);
        assertThat(v.indexOf(0, -1)).isEqualTo(-1);
        assertThat(v.indexOf(0, 0x1ff)).isEqualTo(-1);
    }

    private static int naiveLineEnd(byte[] a, int base, int captured, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, captured); i++) {
            if (a[base + i] == '\n' || a[base + i] == '\r') {
                return i;
            }
        }
        return -1;
    }
}
