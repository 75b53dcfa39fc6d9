package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --count} of a plain pcap file large enough to be framed on every core (Captures.tally, 16 MiB and more)
 * prints what the reader's path prints: the same count, and for a cut file the same error and exit code. The
 * reader's path is forced with {@code -c}, which the tally does not take.
 */
class CountOnEveryCoreTest {
    @TempDir
    Path dir;

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {out.toString(), err.toString(), Integer.toString(code)};
    }

    /** 17,000 records of 1 KiB, just over the size from which the count runs on several threads. */
    private static byte[] capture() {
        int n = 17_000;
        ByteBuffer b = ByteBuffer.allocate(24 + n * (16 + 1024)).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65_535).putInt(1);
        for (int i = 0; i < n; i++) {
            b.putInt(1_700_000_000 + i / 1000).putInt(i % 1000 * 1000).putInt(1024).putInt(1024);
            for (int k = 0; k < 1024; k++) {
                b.put((byte) (i + k));
            }
        }
        return b.array();
    }

    @Test
    void countsAsTheReader() throws IOException {
        Path f = dir.resolve("big.pcap");
        Files.write(f, capture());
        assertThat(Files.size(f)).isGreaterThan(16L << 20);
        String[] tally = run("-r", f.toString(), "--count");
        assertThat(tally).containsExactly("17000 packets\n", "", "0");
        assertThat(run("-r", f.toString(), "--count", "-c", "1000000")).containsExactly(tally);
    }

    @Test
    void aCutFileIsReportedAsTheReaderReportsIt() throws IOException {
        byte[] whole = capture();
        Path f = dir.resolve("cut.pcap");
        Files.write(f, Arrays.copyOf(whole, whole.length - 100));
        String[] cut = run("-r", f.toString(), "--count");
        assertThat(cut[1]).contains("packet 17000 at offset", "truncated capture");
        assertThat(cut[2]).isEqualTo("1");
        assertThat(run("-r", f.toString(), "--count", "-c", "1000000")).containsExactly(cut);
    }
}
