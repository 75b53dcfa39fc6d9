package org.jdissect.output.tcpdump;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.jdissect.api.capture.CaptureReader;
import org.jdissect.api.capture.Captures;
import org.jdissect.api.capture.PacketRecord;
import org.jdissect.api.dissect.Dissection;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.output.Testdata;
import org.junit.jupiter.api.Test;

/** {@code --annotate}'s labels cover the headers (the command's golden output is checked in cli's AnnotateTest). */
class AnnotatorTest {
    @Test
    void everyByteOfTheEthernetIpv4AndTcpHeadersIsLabelled() throws IOException {
        Dissection d = Engine.standard().newDissection();
        List<String> gaps = new ArrayList<>();
        try (CaptureReader r = Captures.open(Testdata.capture("seed-rst.pcap"))) {
            PacketRecord rec = new PacketRecord();
            while (r.next(rec)) {
                PacketContext ctx = d.dissect(rec);
                BitSet covered = new BitSet();
                for (Annotator.Label l : Annotator.labels(ctx.tree())) {
                    covered.set(l.offset(), l.offset() + l.length());
                }
                for (String proto : List.of("eth", "ip", "tcp")) {
                    ProtoNode n = ctx.tree().find(proto);
                    assertThat(n).as(proto + " in frame " + rec.number()).isNotNull();
                    for (int b = n.sourceOffset(); b < n.sourceOffset() + n.length(); b++) {
                        if (!covered.get(b)) {
                            gaps.add("frame " + rec.number() + " " + proto + " byte " + b);
                        }
                    }
                }
            }
        }
        assertThat(gaps).isEmpty();
    }

    @Test
    void annotationLinesUseTheContinuationIndent() {
        assertThat(Annotator.INDENT).isEqualTo("\t         ");
    }
}
