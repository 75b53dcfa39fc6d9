package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;
import java.util.stream.Stream;
import org.jdissect.api.capture.CaptureReader;
import org.jdissect.api.capture.Captures;
import org.jdissect.api.capture.PacketRecord;
import org.jdissect.api.dissect.Dissection;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.output.OutputMode;
import org.jdissect.output.PacketPrinter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A lazy dissection ({@code Dissection.lazyTrees}) materialises, for any packet asked for, the tree an eager one
 * builds: the packets not asked for went through the pass that builds no item, and must have left every layer's
 * state (TCP streams and analysis, reassembly, HTTP pairing, IP fragments, DNS and the rest) as whole trees leave it.
 * Every capture of the repository, with the packets asked for chosen pseudo-randomly and then their complement, so
 * every packet is materialised once after a different history; compared as {@code -V} text.
 */
class LazyTreeParityTest {
    static Stream<String> captures() throws IOException {
        try (Stream<Path> s = Files.walk(TestData.ROOT)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".pcap") || n.endsWith(".pcapng") || n.endsWith(".pcap.gz");
            }).map(p -> TestData.ROOT.relativize(p).toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("captures")
    void everyMaterialisedTreeIsTheEagerOne(String capture) throws IOException {
        Path file = TestData.ROOT.resolve(capture);
        List<String> eager = trees(file, null);
        // a frame's pick depends on its number only (a multiplicative hash), half of them
        LongPredicate picked = n -> ((n * 0x9E3779B97F4A7C15L) >>> 63) == 0;
        List<String> some = trees(file, picked);
        List<String> others = trees(file, picked.negate());
        assertThat(some).hasSameSizeAs(eager);
        assertThat(others).hasSameSizeAs(eager);
        for (int i = 0; i < eager.size(); i++) {
            String lazy = picked.test(i + 1) ? some.get(i) : others.get(i);
            assertThat(lazy).as("%s frame %d materialised after %s", capture, i + 1,
                    picked.test(i + 1) ? "the pseudo-random half" : "the other half").isEqualTo(eager.get(i));
        }
    }

    /**
     * Each packet's {@code -V} text: every packet's with an eager dissection ({@code ask} null), else only those
     * {@code ask} picks (the others are empty strings), from a lazy one that reuses its record as readers do.
     */
    private static List<String> trees(Path file, LongPredicate ask) throws IOException {
        Engine engine = Engine.standard();
        StringBuilder out = new StringBuilder();
        PacketPrinter printer = OutputMode.tree().printer(engine.registry(), out);
        Dissection d = engine.newDissection();
        if (ask != null) {
            d.lazyTrees();
        }
        List<String> texts = new ArrayList<>();
        try (CaptureReader r = Captures.open(file)) {
            PacketRecord rec = new PacketRecord();
            while (true) {
                d.settle(); // before the reader refills the record
                try {
                    if (!r.next(rec)) {
                        break;
                    }
                } catch (IOException cut) {
                    break; // a capture cut short on purpose: the packets before the cut are compared
                }
                PacketContext ctx = d.dissect(rec);
                if (ask == null || ask.test(rec.number())) {
                    int from = out.length();
                    printer.packet(ask == null ? ctx : d.materialize());
                    texts.add(out.substring(from));
                } else {
                    texts.add("");
                }
            }
        }
        return texts;
    }
}
