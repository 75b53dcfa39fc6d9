package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code check-filter} and the display filter given as trailing words. */
class CheckFilterTest {
    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {out.toString(), err.toString(), Integer.toString(rc)};
    }

    @Test
    void printsTheNormalisedFilterAndItsFields() {
        String[] r = run("check-filter", "ip.addr==10.0.0.0/8", "&&", "tcp.port", "in", "{80,8080}");
        assertThat(r[2]).isEqualTo("0");
        assertThat(r[0]).isEqualTo("ip.addr == 10.0.0.0/8 and tcp.port in {80, 8080}\nfields: ip.addr tcp.port\n");
    }

    @Test
    void aBadFilterGetsTheCaretAndExitTwo() {
        String[] r = run("check-filter", "tcp.port == 80 and ip.bogus");
        assertThat(r[2]).isEqualTo("2");
        assertThat(r[1]).isEqualTo("jdissect: ip.bogus is neither a field nor a protocol name.\n"
                + "    tcp.port == 80 and ip.bogus\n"
                + "                       ^~~~~~~~\n");
    }

    @Test
    void trailingWordsAreTheDisplayFilter() {
        String seed = TestData.capture("seed-rst.pcap").toString();
        String[] r = run("-r", seed, "-T", "fields", "-e", "frame.number", "tcp.flags.reset", "==", "1");
        assertThat(r[0]).isEqualTo("6\n");
        String[] both = run("-r", seed, "-Y", "ip", "tcp");
        assertThat(both[2]).isEqualTo("2");
    }
}
