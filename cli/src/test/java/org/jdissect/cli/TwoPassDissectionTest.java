package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jdissect.api.capture.CaptureReader;
import org.jdissect.api.capture.Captures;
import org.jdissect.api.capture.PacketRecord;
import org.jdissect.api.dissect.Dissection;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.tree.ProtoNode;
import org.junit.jupiter.api.Test;

/** The library's side of two passes: Dissection.firstOfTwo and secondPassOf, as the command's -2 uses them. */
class TwoPassDissectionTest {
    private final Engine engine = Engine.standard();

    /** Every frame's values of {@code field}, comma-joined, one string per frame. */
    private List<String> values(Dissection d, String capture, String field) throws IOException {
        List<String> out = new ArrayList<>();
        try (CaptureReader r = Captures.open(TestData.capture(capture), Captures.ReadMode.WINDOWED,
                engine.limits())) {
            PacketRecord rec = new PacketRecord();
            while (r.next(rec)) {
                StringBuilder sb = new StringBuilder();
                for (ProtoNode n : d.dissect(rec).tree().findAll(field)) {
                    sb.append(sb.isEmpty() ? "" : ",").append(n.num());
                }
                out.add(sb.toString());
            }
        }
        return out;
    }

    @Test
    void theSecondPassShowsWhatTheFirstLearnt() throws IOException {
        Dissection first = engine.newDissection().firstOfTwo();
        List<String> once = values(first, "http-keepalive.pcap", "http.response_in");
        assertThat(once).allMatch(String::isEmpty); // a single pass (the first) never knows
        Dissection second = engine.newDissection().secondPassOf(first);
        List<String> twice = values(second, "http-keepalive.pcap", "http.response_in");
        // tshark -2: the three requests (frames 4, 8, 10) name their responses
        assertThat(twice.get(3)).isEqualTo("6");
        assertThat(twice.get(7)).isEqualTo("9");
        assertThat(twice.get(9)).isEqualTo("11");
        assertThat(twice.stream().filter(s -> !s.isEmpty())).hasSize(3);
    }

    @Test
    void theStreamsCompletenessIsItsFinalOneFromTheStart() throws IOException {
        Dissection first = engine.newDissection().firstOfTwo();
        values(first, "http-keepalive.pcap", "tcp.completeness");
        List<String> twice = values(engine.newDissection().secondPassOf(first), "http-keepalive.pcap",
                "tcp.completeness");
        assertThat(twice).allMatch("31"::equals); // a whole connection, known from its SYN on
    }

    @Test
    void onlyAFirstPassCanBeFollowed() {
        assertThatThrownBy(() -> engine.newDissection().secondPassOf(engine.newDissection()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePassesAreChosenBeforeThePackets() throws IOException {
        Dissection d = engine.newDissection();
        values(d, "http-keepalive.pcap", "frame.number");
        assertThatThrownBy(d::firstOfTwo).isInstanceOf(IllegalStateException.class);
        Dissection first = engine.newDissection().firstOfTwo();
        assertThatThrownBy(() -> d.secondPassOf(first)).isInstanceOf(IllegalStateException.class);
    }
}
