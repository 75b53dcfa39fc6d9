package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.capture.CaptureReader;
import org.jdissect.api.capture.Captures;
import org.jdissect.api.capture.LinkType;
import org.jdissect.api.capture.PacketRecord;
import org.jdissect.api.dissect.Dissection;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.output.print.TreePrinter;
import org.junit.jupiter.api.Test;

/**
 * Hostile packets never escape the dissectors: real packets from every test capture are mutated (bit flips, byte
 * overwrites with boundary values, truncation, lying lengths) and dissected and printed; any exception fails the
 * test and prints the seed that reproduces it. {@code -Dfuzz.iterations=N} runs longer (the default keeps
 * {@code mvn verify} quick).
 */
class MutationFuzzTest {
    private static final int ITERATIONS = Integer.getInteger("fuzz.iterations", 60_000);
    private static final long SEED = Long.getLong("fuzz.seed", 0x5eed_d155ec7L);

    static List<byte[]> corpus() throws IOException {
        List<byte[]> packets = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestData.ROOT.resolve("captures"))) {
            for (Path f : files.sorted().toList()) {
                try (CaptureReader r = Captures.open(f)) {
                    PacketRecord rec = new PacketRecord();
                    int n = 0;
                    while (r.next(rec) && n++ < 200) {
                        packets.add(rec.data().toArray());
                    }
                }
            }
        }
        return packets;
    }

    @Test
    void mutatedPacketsNeverThrow() throws IOException {
        List<byte[]> corpus = corpus();
        assertThat(corpus).isNotEmpty();
        Engine engine = Engine.standard();
        SplittableRandom rnd = new SplittableRandom(SEED);
        StringWriter sink = new StringWriter();
        TreePrinter tree = new TreePrinter(sink);
        // several packets share one dissection so that stream state (TCP, reassembly, pairing) is fuzzed too
        Dissection d = engine.newDissection();
        PacketRecord rec = new PacketRecord();
        for (int i = 0; i < ITERATIONS; i++) {
            long caseSeed = rnd.nextLong();
            mutated(rec, i, corpus, rnd, caseSeed, true);
            int linkType = rec.linkType();
            try {
                PacketContext ctx = d.dissect(rec);
                tree.packet(ctx);
                if ((i & 0x3ff) == 0) {
                    sink.getBuffer().setLength(0);
                }
            } catch (RuntimeException | IOException | StackOverflowError e) {
                throw new AssertionError("packet " + i + " (case seed " + caseSeed + ", link type " + linkType
                        + ") threw " + e, e);
            }
            if (i % 5000 == 4999) {
                d = engine.newDissection();
            }
        }
    }

    /**
     * The state a lazy dissection's item-less pass leaves after hostile packets is the eager dissection's: the same
     * mutated packets go through both, and a pseudo-random half of them is materialised and compared as {@code -V}
     * text (the other half exercises the pass that builds nothing).
     */
    @Test
    void lazyTreesOfMutatedPacketsAreTheEagerOnes() throws IOException {
        List<byte[]> corpus = corpus();
        Engine engine = Engine.standard();
        SplittableRandom rnd = new SplittableRandom(SEED ^ 0x1a2e_7ee5L);
        StringWriter eagerText = new StringWriter();
        StringWriter lazyText = new StringWriter();
        TreePrinter eagerTree = new TreePrinter(eagerText);
        TreePrinter lazyTree = new TreePrinter(lazyText);
        Dissection eager = engine.newDissection();
        Dissection lazy = engine.newDissection().lazyTrees();
        int compared = 0;
        for (int i = 0; i < ITERATIONS / 3; i++) {
            long caseSeed = rnd.nextLong();
            PacketRecord rec = mutated(new PacketRecord(), i, corpus, rnd, caseSeed, false);
            eagerText.getBuffer().setLength(0);
            eagerTree.packet(eager.dissect(rec));
            lazy.dissect(rec);
            if (rnd.nextBoolean()) {
                lazyText.getBuffer().setLength(0);
                lazyTree.packet(lazy.materialize());
                compared++;
                assertThat(lazyText.toString()).as("packet %d (case seed %d) materialised", i, caseSeed)
                        .isEqualTo(eagerText.toString());
            }
            lazy.settle();
            if (i % 5000 == 4999) {
                eager = engine.newDissection();
                lazy = engine.newDissection().lazyTrees();
            }
        }
        assertThat(compared).isGreaterThan(ITERATIONS / 8);
    }

    /**
     * Packet {@code i} of a run into {@code rec}: a corpus packet mutated by {@code caseSeed}, sometimes claiming
     * more bytes on the wire than it holds, on Ethernet or (with {@code otherLinks}, one time in 16) another link.
     */
    private static PacketRecord mutated(PacketRecord rec, int i, List<byte[]> corpus, SplittableRandom rnd,
                                        long caseSeed, boolean otherLinks) {
        byte[] pkt = mutate(corpus.get(rnd.nextInt(corpus.size())), new SplittableRandom(caseSeed));
        int linkType = otherLinks && rnd.nextInt(16) == 0 ? pickLinkType(rnd) : LinkType.ETHERNET;
        int reported = rnd.nextInt(8) == 0 ? pkt.length + rnd.nextInt(2000) : pkt.length;
        return rec.set(i + 1, 1_700_000_000L + i, rnd.nextInt(1_000_000_000), reported, linkType, ByteView.of(pkt));
    }

    private static int pickLinkType(SplittableRandom rnd) {
        int[] types = {LinkType.NULL, LinkType.LOOP, LinkType.RAW, LinkType.IPV4, LinkType.IPV6, LinkType.LINUX_SLL,
            LinkType.LINUX_SLL2, 10, 999};
        return types[rnd.nextInt(types.length)];
    }

    static byte[] mutate(byte[] in, SplittableRandom r) {
        byte[] b = in.clone();
        int ops = 1 + r.nextInt(6);
        for (int k = 0; k < ops && b.length > 0; k++) {
            int at = r.nextInt(b.length);
            switch (r.nextInt(6)) {
                case 0 -> b[at] ^= (byte) (1 << r.nextInt(8));
                case 1 -> b[at] = (byte) new int[] {0, 0xff, 0x7f, 0x80, 1, 0x45, 0x50, 0x0f}[r.nextInt(8)];
                case 2 -> {
                    int n = r.nextInt(b.length + 1);
                    b = java.util.Arrays.copyOf(b, n);
                }
                case 3 -> {
                    // header-length and length fields are the interesting lies: hit the usual offsets
                    int[] spots = {14, 16, 17, 46, 47, 54, 55, 38, 39};
                    int s = spots[r.nextInt(spots.length)];
                    if (s < b.length) {
                        b[s] = (byte) r.nextInt(256);
                    }
                }
                case 4 -> {
                    int n = Math.min(b.length - at, 1 + r.nextInt(8));
                    for (int j = 0; j < n; j++) {
                        b[at + j] = (byte) r.nextInt(256);
                    }
                }
                default -> {
                    byte[] longer = java.util.Arrays.copyOf(b, b.length + r.nextInt(64));
                    for (int j = b.length; j < longer.length; j++) {
                        longer[j] = (byte) r.nextInt(256);
                    }
                    b = longer;
                }
            }
        }
        return b;
    }
}
