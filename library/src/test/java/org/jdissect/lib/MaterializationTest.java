package org.jdissect.lib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jdissect.output.OutputMode;
import org.junit.jupiter.api.Test;

/** What a capture builds of each tree: labels or values only, and which modes that allows. */
class MaterializationTest {
    private final Jdissect jd = Jdissect.standard();

    private List<String> everyValue(Materialization m) throws IOException {
        List<String> out = new ArrayList<>();
        try (Capture c = jd.open(TestCaptures.path("http-basic.pcapng")).materialize(m)) {
            for (Packet p : c) {
                p.snapshot().forEach(v -> out.add(p.number() + " " + v));
            }
        }
        return out;
    }

    @Test
    void valuesOnlyHasTheSameValuesWithoutLabels() throws IOException {
        assertThat(everyValue(Materialization.valuesOnly())).isNotEmpty()
                .isEqualTo(everyValue(Materialization.full()));
        try (Capture c = jd.open(TestCaptures.path("seed-rst.pcap"))) {
            assertThat(c.materialization()).isSameAs(Materialization.full());
            assertThat(c.iterator().next().tree().find("ip.version").label()).isEqualTo("0100 .... = Version: 4");
        }
        try (Capture c = jd.open(TestCaptures.path("seed-rst.pcap")).materialize(Materialization.valuesOnly())) {
            Packet p = c.iterator().next();
            assertThat(p.tree().find("ip.version").label()).isNull();
            assertThat(p.string("ip.src")).contains("188.188.3.240");
        }
    }

    /**
     * On demand, the packets read are the full trees (values, labels, rendering), whichever others were skipped:
     * the ones not read still went through every layer's state (TCP analysis, HTTP pairing), which the ones read show.
     */
    @Test
    void onDemandTreesAreTheFullTreesOfThePacketsRead() throws IOException {
        for (String capture : List.of("http-keepalive.pcap", "tcp-loss.pcap", "dns-http.pcap")) {
            List<String> full = new ArrayList<>();
            StringBuilder fullText = new StringBuilder();
            try (Capture c = jd.open(TestCaptures.path(capture));
                 Renderer r = c.renderer(OutputMode.tree(), fullText)) {
                for (Packet p : c) {
                    if (p.number() % 5 == 3) {
                        p.snapshot().forEach(v -> full.add(p.number() + " " + v));
                        r.render(p);
                    }
                }
            }
            List<String> lazy = new ArrayList<>();
            StringBuilder lazyText = new StringBuilder();
            try (Capture c = jd.open(TestCaptures.path(capture)).materialize(Materialization.onDemand());
                 Renderer r = c.renderer(OutputMode.tree(), lazyText)) {
                for (Packet p : c) {
                    if (p.number() % 5 == 3) {
                        p.snapshot().forEach(v -> lazy.add(p.number() + " " + v));
                        r.render(p);
                    }
                }
            }
            assertThat(lazy).as(capture).isNotEmpty().isEqualTo(full);
            assertThat(lazyText).as(capture).hasToString(fullText.toString());
            assertThat(fullText.toString()).contains("Frame 8:");
        }
        try (Capture c = jd.open(TestCaptures.path("seed-rst.pcap")).materialize(Materialization.onDemand())) {
            assertThat(c.materialization()).hasToString("onDemand");
            int n = 0;
            for (Packet p : c) {
                n++;
                if (p.number() == 4) {
                    assertThat(p.protocols()).isEqualTo("eth:ethertype:ip:tcp:http");
                    assertThat(p.tree().find("ip.version").label()).isEqualTo("0100 .... = Version: 4");
                }
            }
            assertThat(n).isEqualTo(6);
        }
        // a filter reads every tree
        try (Capture c = jd.open(TestCaptures.path("seed-rst.pcap")).materialize(Materialization.onDemand())
                .filter("tcp.flags.reset == 1")) {
            assertThat(c.print(OutputMode.summary(), new StringBuilder())).isEqualTo(1);
        }
    }

    @Test
    void modesThatPrintLabelsNeedThem() throws IOException {
        try (Capture c = jd.open(TestCaptures.path("seed-rst.pcap")).materialize(Materialization.valuesOnly())) {
            assertThatThrownBy(() -> c.renderer(OutputMode.tree(), new StringBuilder()))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("labels");
            assertThatThrownBy(() -> c.print(OutputMode.json(), new StringBuilder()))
                    .isInstanceOf(IllegalStateException.class);
            StringBuilder out = new StringBuilder();
            assertThat(c.print(OutputMode.tcpdump("-nn"), out)).isEqualTo(6);
        }
    }

    @Test
    void namedFieldsAreTheHookForInterestDrivenDissection() throws IOException {
        Materialization m = Materialization.fields(List.of("ip.src", "tcp.port"));
        assertThat(m.labels()).isFalse();
        assertThat(m.fields()).containsExactly("ip.src", "tcp.port");
        try (Capture c = jd.open(TestCaptures.path("seed-rst.pcap")).materialize(m)) {
            // a mode reading more than the named fields could miss some once dissection is limited to them
            assertThatThrownBy(() -> c.renderer(OutputMode.tcpdump("-nn"), new StringBuilder()))
                    .isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> c.renderer(OutputMode.fields(List.of("ip.dst")), new StringBuilder()))
                    .isInstanceOf(IllegalStateException.class);
            StringBuilder out = new StringBuilder();
            c.print(OutputMode.fields(List.of("tcp.port")), out);
            assertThat(out.toString().lines().toList()).hasSize(6).first().isEqualTo("5604,80");
        }
        assertThatThrownBy(() -> jd.open(TestCaptures.path("seed-rst.pcap"))
                .materialize(Materialization.fields(List.of("ip.nonesuch"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Materialization.fields(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printChoosesWhatTheModeNeedsUnlessTold() throws IOException {
        try (Capture c = jd.open(TestCaptures.path("seed-rst.pcap"))) {
            c.print(OutputMode.tcpdump("-nn"), new StringBuilder());
            assertThat(c.materialization()).isSameAs(Materialization.valuesOnly());
        }
        try (Capture c = jd.open(TestCaptures.path("seed-rst.pcap"))) {
            c.print(OutputMode.fields(List.of("ip.src")), new StringBuilder());
            assertThat(c.materialization().fields()).containsExactly("ip.src");
        }
        try (Capture c = jd.open(TestCaptures.path("seed-rst.pcap"))) {
            c.print(OutputMode.tree(), new StringBuilder());
            assertThat(c.materialization()).isSameAs(Materialization.full());
        }
    }

    @Test
    void chosenBeforeReading() throws IOException {
        try (Capture c = jd.open(TestCaptures.path("seed-rst.pcap"))) {
            c.renderer(OutputMode.summary(), new StringBuilder());
            assertThatThrownBy(() -> c.materialize(Materialization.valuesOnly()))
                    .isInstanceOf(IllegalStateException.class);
        }
        try (Capture c = jd.open(TestCaptures.path("seed-rst.pcap"))) {
            c.iterator();
            assertThatThrownBy(() -> c.materialize(Materialization.valuesOnly()))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void namedFieldsAreBuiltAloneWithTheValuesOfTheWholeTree() throws IOException {
        List<String> whole = new java.util.ArrayList<>();
        try (Capture c = jd.open(TestCaptures.path("seed-rst.pcap"))) {
            for (Packet p : c) {
                whole.add(p.address("ip.src").orElseThrow() + " " + p.number("tcp.flags.reset").orElseThrow());
                assertThat(p.has("ip.ttl")).isTrue();
            }
        }
        List<String> named = new java.util.ArrayList<>();
        try (Capture c = jd.open(TestCaptures.path("seed-rst.pcap"))
                .materialize(Materialization.fields(List.of("ip.src", "tcp.flags.reset")))) {
            for (Packet p : c) {
                named.add(p.address("ip.src").orElseThrow() + " " + p.number("tcp.flags.reset").orElseThrow());
                assertThat(p.has("ip.ttl")).isFalse();
                assertThat(p.has("tcp")).isTrue();
            }
        }
        assertThat(named).isEqualTo(whole).hasSize(6);
    }
}
