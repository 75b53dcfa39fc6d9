package org.jdissect.api.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How limits are named, defaulted, overridden and reported (ROBUSTNESS.md, "Resource limits"). */
class LimitsTest {
    @Test
    void everyLimitHasAUniqueNameAPositiveDefaultAndAProperty() {
        Set<String> keys = new HashSet<>();
        for (Limit l : Limit.values()) {
            assertThat(keys.add(l.key())).as(l.key()).isTrue();
            assertThat(l.builtIn()).as(l.key()).isPositive();
            assertThat(Limit.byName(l.key())).isSameAs(l);
            assertThat(l.property()).isEqualTo("jdissect.limit." + l.key());
            assertThat(Limits.builtIn().get(l)).isEqualTo(l.builtIn());
        }
    }

    @Test
    void allReassembliesTogetherGetAQuarterOfTheHeapAtMost256MiB() {
        // a cap above the heap bounds nothing: the launcher's 160 MB heap ran out at 30 streams of 6 MB each
        long heap = Runtime.getRuntime().maxMemory();
        assertThat(Limit.REASSEMBLY_TOTAL_BYTES.builtIn()).isEqualTo(Math.min(256L << 20, heap / 4))
                .isLessThan(heap);
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        Limits d = Limits.builtIn();
        assertThat(d.get(Limit.TCP_REASSEMBLY_BYTES)).isEqualTo(16L << 20);
        assertThat(d.get(Limit.IP_REASSEMBLY_BYTES)).isEqualTo(256L << 10);
        assertThat(d.get(Limit.REASSEMBLY_TOTAL_BYTES)).isEqualTo(256L << 20);
        assertThat(d.get(Limit.HTTP_BODY_BYTES)).isEqualTo(16L << 20);
        assertThat(d.get(Limit.HTTP_INFLATED_BYTES)).isEqualTo(16L << 20);
        assertThat(d.get(Limit.TCP_STREAMS)).isEqualTo(65_536);
        assertThat(d.get(Limit.HTTP_STREAMS)).isEqualTo(65_536);
        assertThat(d.get(Limit.IP_FRAGMENT_DATAGRAMS)).isEqualTo(4_096);
        assertThat(d.get(Limit.TCPDUMP_TCP_STREAMS)).isEqualTo(262_144);
        assertThat(d.get(Limit.TREE_ITEMS)).isEqualTo(1_000_000);
        assertThat(d.get(Limit.TREE_DEPTH)).isEqualTo(500);
        assertThat(d.get(Limit.LAYER_DEPTH)).isEqualTo(32);
        assertThat(d.get(Limit.DNS_NAME_LENGTH)).isEqualTo(1_024);
        assertThat(d.get(Limit.DNS_POINTER_HOPS)).isEqualTo(64);
        assertThat(d.get(Limit.GZIP_BYTES)).isEqualTo(16L << 30);
        assertThat(d.get(Limit.FILTER_DEPTH)).isEqualTo(256);
        assertThat(d.get(Limit.FILTER_OPERATORS)).isEqualTo(2_048);
        assertThat(d.get(Limit.FILTER_REGEX_SIZE)).isEqualTo(100_000);
    }

    @Test
    void settingsTakeTsharkAndPropertyFormsAndBinarySuffixes() {
        Limits l = Limits.builtIn().with("tcp.streams:10").with("tree.items=5k").with("gzip.bytes:2G")
                .with("gui.max_tree_depth:40").with("jdissect.limit.dns.pointer_hops:3")
                .with("http.body_bytes: 16M ");
        assertThat(l.get(Limit.TCP_STREAMS)).isEqualTo(10);
        assertThat(l.get(Limit.TREE_ITEMS)).isEqualTo(5 * 1024);
        assertThat(l.get(Limit.GZIP_BYTES)).isEqualTo(2L << 30);
        assertThat(l.get(Limit.TREE_DEPTH)).isEqualTo(40);
        assertThat(l.get(Limit.DNS_POINTER_HOPS)).isEqualTo(3);
        assertThat(l.get(Limit.HTTP_BODY_BYTES)).isEqualTo(16L << 20);
        assertThat(Limits.builtIn()).isEqualTo(Limits.builtIn().with(Limit.TCP_STREAMS, 65_536));
        assertThat(l.getInt(Limit.GZIP_BYTES)).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void badSettingsSayWhatIsWrongAndListTheNames() {
        assertThatThrownBy(() -> Limits.builtIn().with("nope:1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown limit \"nope\"").hasMessageContaining("tcp.reassembly_bytes, ");
        assertThatThrownBy(() -> Limits.builtIn().with("tree.items:lots"))
                .hasMessage("tree.items: \"lots\" is not a number (e.g. 1000, 64k, 16M, 2G)");
        assertThatThrownBy(() -> Limits.builtIn().with("tree.items:0")).hasMessageContaining("out of range");
        assertThatThrownBy(() -> Limits.builtIn().with("tree.items:-5")).hasMessageContaining("out of range");
        assertThatThrownBy(() -> Limits.builtIn().with("tree.items")).hasMessageContaining("is not NAME:VALUE");
        assertThatThrownBy(() -> Limits.builtIn().with("gzip.bytes:99999999999G"))
                .hasMessageContaining("out of range");
    }

    @Test
    void systemPropertiesOverrideTheDefaultsAndABadOneIsNamed() {
        String key = Limit.HTTP_STREAMS.property();
        try {
            System.setProperty(key, "77");
            assertThat(Limits.fromSystemProperties().get(Limit.HTTP_STREAMS)).isEqualTo(77);
            System.setProperty(key, "x");
            assertThatThrownBy(Limits::fromSystemProperties).hasMessageStartingWith("system property "
                    + "jdissect.limit.http.streams: ");
        } finally {
            System.clearProperty(key);
        }
        assertThat(Limits.fromSystemProperties()).isEqualTo(Limits.builtIn());
    }

    @Test
    void aTallyLineSaysHowOftenWhereFirstAndHowToRaiseIt() {
        LimitHits hits = new LimitHits();
        hits.hit(Limit.TCP_STREAMS, 7, "TCP conversation table full: stream 0 (least recently seen) forgotten");
        hits.hit(Limit.TCP_STREAMS, 9, "TCP conversation table full: stream 1 (least recently seen) forgotten");
        assertThat(hits.count(Limit.TCP_STREAMS)).isEqualTo(2);
        assertThat(hits.count(Limit.TREE_ITEMS)).isZero();
        assertThat(hits.reached(Limits.builtIn().with(Limit.TCP_STREAMS, 2))).singleElement()
                .extracting(LimitHits.Tally::describe).isEqualTo("limit tcp.streams (2) reached 2 times, first in"
                        + " frame 7: TCP conversation table full: stream 0 (least recently seen) forgotten; raise it"
                        + " with -o tcp.streams:N (or -Djdissect.limit.tcp.streams=N)");
    }
}
