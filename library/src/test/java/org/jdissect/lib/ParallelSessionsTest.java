package org.jdissect.lib;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Independent captures dissected in parallel threads from one shared {@link Jdissect} give exactly what they give one
 * after another: no dissector keeps state outside its capture's session.
 */
class ParallelSessionsTest {
    /** Every field value of every packet, as one string per capture. */
    static String digest(Jdissect jd, Path capture) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Capture c = jd.open(capture)) {
            for (Packet p : c) {
                for (Value v : p.snapshot()) {
                    sb.append(v.name()).append('=').append(v.display()).append('\n');
                }
                sb.append("--\n");
            }
        }
        return sb.toString();
    }

    @Test
    void parallelCapturesGiveTheSequentialResults() throws Exception {
        Jdissect jd = Jdissect.standard();
        List<Path> captures;
        try (Stream<Path> s = Files.list(TestCaptures.dir())) {
            captures = s.filter(p -> p.toFile().length() < 600_000).sorted().toList();
        }
        Map<Path, String> sequential = new TreeMap<>();
        for (Path c : captures) {
            sequential.put(c, digest(jd, c));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            List<Path> order = new ArrayList<>();
            // each capture three times, interleaved, so the same dissectors run concurrently on different sessions
            for (int round = 0; round < 3; round++) {
                for (Path c : captures) {
                    order.add(c);
                    futures.add(pool.submit(() -> digest(jd, c)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).as(order.get(i).getFileName().toString())
                        .isEqualTo(sequential.get(order.get(i)));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
