package org.jdissect.cli.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The short, bounded fuzz run of {@code mvn verify}: every target, fed seeded mutations of its seeds (bit flips,
 * boundary bytes, lying 16/32-bit lengths, cut, grown, spliced inputs). Deterministic (seed {@code -Dfuzz.seed}),
 * sized by {@code -Dfuzz.short.iterations} per target. A failure names the input file it wrote under
 * {@code target/fuzz-failures/}: replay it through the Jazzer target, fix, and commit it under
 * {@code testdata/fuzz-regressions/}. The coverage-guided long runs are Jazzer's (README "Robustness").
 */
class ShortFuzzRunTest {
    private static final int ITERATIONS = Integer.getInteger("fuzz.short.iterations", 2000);
    private static final long SEED = Long.getLong("fuzz.seed", 0x0b57_ac1eL);

    @Test
    void captureReaders() {
        List<byte[]> seeds = new ArrayList<>(Seeds.captureFiles().values());
        run("capture-stream", seeds, ITERATIONS, FuzzTargets::readStream);
        run("capture-mapped", seeds, ITERATIONS / 4, FuzzTargets::readMapped);
        run("capture-gzipped", seeds, ITERATIONS / 4, FuzzTargets::readGzipped);
    }

    @Test
    void dissectorsAndPrinters() {
        run("dissect", new ArrayList<>(Seeds.dissectInputs().values()), ITERATIONS, FuzzTargets::dissect);
    }

    @Test
    void filterLanguage() {
        var trees = FuzzTargets.filterTrees(Seeds.filterCaptures());
        run("filter", new ArrayList<>(Seeds.filterInputs().values()), ITERATIONS,
                in -> FuzzTargets.filter(in, trees));
    }

    private static void run(String name, List<byte[]> seeds, int iterations, Consumer<byte[]> target) {
        SplittableRandom rnd = new SplittableRandom(SEED ^ name.hashCode());
        for (byte[] s : seeds) {
            check(name, s, target);
        }
        for (int i = 0; i < iterations; i++) {
            byte[] in = mutate(seeds.get(rnd.nextInt(seeds.size())), seeds, rnd);
            check(name, in, target);
        }
    }

    private static void check(String name, byte[] in, Consumer<byte[]> target) {
        try {
            target.accept(in);
        } catch (RuntimeException | Error e) {
            Path out = Path.of("target/fuzz-failures", name + "-" + Integer.toHexString(Arrays.hashCode(in)));
            try {
                Files.createDirectories(out.getParent());
                Files.write(out, in);
            } catch (IOException io) {
                e.addSuppressed(io);
            }
            throw new AssertionError(name + ": " + e + " (input written to " + out.toAbsolutePath() + ")", e);
        }
    }

    static byte[] mutate(byte[] seed, List<byte[]> all, SplittableRandom r) {
        byte[] b = seed.clone();
        int ops = 1 + r.nextInt(5);
        for (int k = 0; k < ops; k++) {
            if (b.length == 0) {
                b = new byte[] {(byte) r.nextInt(256)};
            }
            int at = r.nextInt(b.length);
            switch (r.nextInt(9)) {
                case 0 -> b[at] ^= (byte) (1 << r.nextInt(8));
                case 1 -> b[at] = (byte) new int[] {0, 0xff, 0x7f, 0x80, 1, 0x45, 0x0d, 0x0a, 0x1b, '.', ':'}
                        [r.nextInt(11)];
                case 2 -> b = Arrays.copyOf(b, r.nextInt(b.length + 1));
                case 3 -> {
                    // a lying length: 16 or 32 bits of a boundary value
                    int[] v = {0, 1, 0x7f, 0x80, 0xff, 0x7fff, 0x8000, 0xffff, -1, Integer.MAX_VALUE, 0x10000};
                    int x = v[r.nextInt(v.length)];
                    int w = r.nextBoolean() ? 2 : 4;
                    for (int j = 0; j < w && at + j < b.length; j++) {
                        b[at + j] = (byte) (x >>> (8 * (w - 1 - j)));
                    }
                }
                case 4 -> {
                    int n = Math.min(b.length - at, 1 + r.nextInt(8));
                    for (int j = 0; j < n; j++) {
                        b[at + j] = (byte) r.nextInt(256);
                    }
                }
                case 5 -> {
                    // duplicate a chunk (repeated headers, nested encapsulations, pointer chains)
                    int n = Math.min(b.length - at, 1 + r.nextInt(64));
                    byte[] c = new byte[b.length + n];
                    System.arraycopy(b, 0, c, 0, at + n);
                    System.arraycopy(b, at, c, at + n, b.length - at);
                    b = c;
                }
                case 6 -> {
                    // splice the tail of another seed
                    byte[] o = all.get(r.nextInt(all.size()));
                    int from = o.length == 0 ? 0 : r.nextInt(o.length);
                    byte[] c = Arrays.copyOf(b, at + o.length - from);
                    System.arraycopy(o, from, c, at, o.length - from);
                    b = c;
                }
                case 7 -> {
                    // delete a chunk
                    int n = Math.min(b.length - at, 1 + r.nextInt(16));
                    byte[] c = new byte[b.length - n];
                    System.arraycopy(b, 0, c, 0, at);
                    System.arraycopy(b, at + n, c, at, b.length - at - n);
                    b = c;
                }
                default -> {
                    byte[] c = Arrays.copyOf(b, b.length + 1 + r.nextInt(32));
                    for (int j = b.length; j < c.length; j++) {
                        c[j] = (byte) r.nextInt(256);
                    }
                    b = c;
                }
            }
        }
        return b;
    }
}
