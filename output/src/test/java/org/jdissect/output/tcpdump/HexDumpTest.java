package org.jdissect.output.tcpdump;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The row-at-a-time dump against a byte-at-a-time transcription of print-ascii.c (the golden tcpdump tests hold
 * the common cases; these add every length up to three rows, offsets past 0xffff, and the row callbacks).
 */
class HexDumpTest {
    private static String hex4(int v) {
        String h = Integer.toHexString(v);
        return "0000".substring(Math.min(4, h.length())) + h;
    }

    /** hex_and_ascii_print, as print-ascii.c writes it. */
    private static String referenceX(String indent, byte[] d, int off, int length) {
        StringBuilder out = new StringBuilder();
        StringBuilder hex = new StringBuilder();
        StringBuilder asc = new StringBuilder();
        int oset = 0;
        for (int i = 0; i < length; i++) {
            int b = d[off + i] & 0xff;
            if ((i & 1) == 0) {
                hex.append(' ');
            }
            hex.append(String.format("%02x", b));
            asc.append(b > 0x20 && b < 0x7f ? (char) b : '.');
            if (asc.length() == 16 || i == length - 1) {
                out.append(indent).append("0x").append(hex4(oset)).append(": ").append(hex);
                out.append(" ".repeat(Math.max(0, 40 - hex.length()))).append("  ").append(asc);
                hex.setLength(0);
                asc.setLength(0);
                oset += 16;
            }
        }
        return out.toString();
    }

    /** hex_print: groups of two bytes, no padding. */
    private static String referenceHex(String indent, byte[] d, int off, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (i % 16 == 0) {
                out.append(indent).append("0x").append(hex4(i)).append(": ");
            }
            if (i % 2 == 0) {
                out.append(' ');
            }
            out.append(String.format("%02x", d[off + i] & 0xff));
        }
        return out.toString();
    }

    @Test
    void everyLengthAndStartMatchesTheReference() {
        byte[] d = new byte[80];
        new Random(7).nextBytes(d);
        d[3] = 0x20;
        d[4] = 0x7e;
        for (int off = 0; off < 3; off++) {
            for (int len = 0; len <= 50; len++) {
                StringBuilder x = new StringBuilder("head");
                HexDump.hexAndAscii(x, "\n\t", d, off, len, null);
                assertThat(x.toString()).isEqualTo("head" + referenceX("\n\t", d, off, len));
                StringBuilder h = new StringBuilder();
                HexDump.hex(h, "\n\t", d, off, len, null);
                assertThat(h.toString()).isEqualTo(referenceHex("\n\t", d, off, len));
            }
        }
    }

    @Test
    void offsetsPastSixtyFourKilobytesGrowAFifthDigit() {
        byte[] d = new byte[70_001];
        new Random(11).nextBytes(d);
        StringBuilder x = new StringBuilder();
        HexDump.hexAndAscii(x, "\n\t", d, 0, d.length, null);
        assertThat(x.toString()).isEqualTo(referenceX("\n\t", d, 0, d.length)).contains("\n\t0x10000: ");
        StringBuilder h = new StringBuilder();
        HexDump.hex(h, "\n\t", d, 0, d.length, null);
        assertThat(h.toString()).isEqualTo(referenceHex("\n\t", d, 0, d.length));
    }

    @Test
    void eachRowIsReportedWithTheFrameBytesItCovers() {
        byte[] d = new byte[40];
        List<String> seen = new ArrayList<>();
        StringBuilder x = new StringBuilder();
        HexDump.hexAndAscii(x, "\n\t", d, 2, 35, (out, from, to) -> seen.add(from + "-" + to + "@" + out.length()));
        assertThat(seen).hasSize(3);
        assertThat(seen.get(0)).startsWith("2-18@");
        assertThat(seen.get(2)).startsWith("34-37@").endsWith("@" + x.length());
    }

    @Test
    void theByteFormsWriteExactlyTheCharacterForms() {
        byte[] d = new byte[70_050];
        new Random(3).nextBytes(d);
        for (int len : new int[] {0, 1, 15, 16, 17, 33, 1514, 70_050}) {
            StringBuilder x = new StringBuilder();
            HexDump.hexAndAscii(x, "\n\t", d, 0, len, null);
            byte[] b = new byte[HexDump.bytesNeeded("\n\t", len)];
            int n = HexDump.hexAndAscii(b, 0, "\n\t", d, 0, len);
            assertThat(new String(b, 0, n, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo(x.toString());
            StringBuilder h = new StringBuilder();
            HexDump.hex(h, "\n\t", d, 0, len, null);
            n = HexDump.hex(b, 0, "\n\t", d, 0, len);
            assertThat(new String(b, 0, n, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo(h.toString());
        }
    }
}
