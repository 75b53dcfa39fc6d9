package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import org.junit.jupiter.api.Test;

/**
 * {@code -z io,stat} on a capture whose times jump by days has a row for every interval in between, as tshark prints
 * them: the table is streamed, not built whole, and stops when its reader goes away (a closed pipe).
 */
class IoStatStreamingTest {
    private static final String SPAN = TestData.ROOT.resolve("stats/iostat-span.pcap").toString();

    /** Fails every write after the first {@code limit} characters, as a pipe whose reader has exited. */
    private static final class ClosingWriter extends Writer {
        private final long limit;
        long offered;

        ClosingWriter(long limit) {
            this.limit = limit;
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            offered += len;
            if (offered > limit) {
                throw new IOException("Broken pipe");
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void everyEmptyIntervalHasItsRow() {
        StringWriter out = new StringWriter();
        int rc = Main.run(new String[] {"-q", "-z", "io,stat,1", "-r", SPAN}, new PrintWriter(out),
                new PrintWriter(new StringWriter()));
        assertThat(rc).isEqualTo(ExitCode.OK);
        // 250000.75 s at one second: 250001 rows, three of them with a frame
        assertThat(out.toString().lines().filter(l -> l.matches("\\|[ 0-9]+<>.*")).count()).isEqualTo(250_001);
        assertThat(out.toString()).contains("\n|     0 <>     1 |      1 |   110 |\n")
                .contains("\n| 150000 <> 150001 |      1 |    70 |\n")
                .contains("\n| 250000 <> Dur   |      1 |   110 |\n");
    }

    @Test
    void theRowsStopWhenTheOutputIsGone() {
        ClosingWriter w = new ClosingWriter(100_000);
        Main.run(new String[] {"-q", "-z", "io,stat,1", "-r", SPAN}, new PrintWriter(w),
                new PrintWriter(new StringWriter()));
        // the whole table is over 9 MB; drawing stops at the first failed flush of a 64 KiB block
        assertThat(w.offered).isLessThan(1_000_000);
    }
}
