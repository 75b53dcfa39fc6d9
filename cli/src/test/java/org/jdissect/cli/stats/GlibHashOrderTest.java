package org.jdissect.cli.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The expected orders are what g_hash_table_foreach of Debian 12's GLib 2.74.6 (the one tshark 4.0.17 links here)
 * gave for the same insertions, called through Python's ctypes on libglib-2.0.so.0; the model also agreed with it on
 * 800 random sequences of up to 300 keys when written.
 */
class GlibHashOrderTest {
    @Test
    void stringsComeInGlibsOrderAfterTheTableGrew() {
        GlibHashOrder<String> t = new GlibHashOrder<>(GlibHashOrder::strHash);
        for (String k : "PROPFIND GET POST HEAD PUT DELETE OPTIONS TRACE PATCH MKCOL COPY MOVE LOCK UNLOCK SEARCH GET "
                .concat("PROPPATCH CONNECT NOTIFY SUBSCRIBE POST").split(" ")) {
            t.add(k);
        }
        assertThat(t.keys()).containsExactly("DELETE MKCOL POST UNLOCK PROPPATCH LOCK MOVE SEARCH PROPFIND GET CONNECT "
                .concat("HEAD NOTIFY PUT TRACE COPY PATCH OPTIONS SUBSCRIBE").split(" "));
    }

    @Test
    void integersBelowTwoShareTheHashGlibKeepsForRealEntries() {
        GlibHashOrder<Integer> t = new GlibHashOrder<>(GlibHashOrder::intHash);
        for (int k : new int[] {5, 13, 21, 1, 0, -1, 99999, 7, 8, 9, 10, 11, 12, 14, 15, 16, 17, 18, 19, 20, 2, 3, 4,
            6}) {
            t.add(k);
        }
        assertThat(t.keys()).containsExactly(2, 17, 3, 20, 6, 9, 12, 15, 18, 4, 21, 7, 99999, 10, 13, 16, 1, 0, 5, -1,
                8, 11, 19, 14);
    }

    @Test
    void anEmptyTableWalksNothing() {
        assertThat(new GlibHashOrder<String>(GlibHashOrder::strHash).keys()).isEqualTo(List.of());
    }
}
