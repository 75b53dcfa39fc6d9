package org.jdissect.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jdissect.api.tree.ProtoTree;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated filters never get anything but a {@link DisplayFilterException} out of the pipeline, and a
 * filter that compiles evaluates on real trees without throwing. {@code -Dfuzz.filters=N} runs longer.
 */
class GrammarFuzzTest {
    private static final int ITERATIONS = Integer.getInteger("fuzz.filters", 100_000);
    private static final String[] TOKENS = {"ip.addr", "tcp.port", "http.request.method", "eth.src", "frame.number",
        "ip.ttl", "tcp.flags.syn", "http.host", "==", "!=", "===", "!==", ">", "<=", "contains", "matches", "~",
        "&", "in", "{", "}", "(", ")", "[", "]", ":", "-", "..", ",", "and", "or", "not", "!", "&&", "||", "\"",
        "'", "\\", "10.0.0.0/8", "aa:bb:cc:dd:ee:ff", "0x1f", "1.5", "\"GET\"", "len(", "count(", "upper(",
        "lower(", "string(", "#2", "$", ".", " ", "1", "-1", "65536", "\"(?i)[a-z]+\"", "\\x41", "r\"a\\d\"", "ff02::1",
        "{1 + 2}", "*", "/", "%", "tcp", "ip", "http"};

    @Test
    void onlyDocumentedErrorsComeOut() {
        List<String> seeds = new ArrayList<>();
        for (CaseFiles.Case c : CaseFiles.cases()) {
            seeds.add(c.filter());
        }
        SplittableRandom rnd = new SplittableRandom(Long.getLong("fuzz.seed", 42L));
        ProtoTree[] trees = {Packets.httpHead(), Packets.tunnelled()};
        int compiled = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            String f = rnd.nextInt(4) == 0 ? random(rnd) : mutate(seeds.get(rnd.nextInt(seeds.size())), rnd);
            try {
                CompiledFilter cf = DisplayFilter.compile(f, TestRegistry.REGISTRY);
                compiled++;
                for (ProtoTree t : trees) {
                    cf.test(t);
                }
            } catch (DisplayFilterException e) {
                assertThat(e.span()).as(f).isNotNull();
                e.render();
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("filter #" + i + " " + escape(f) + " threw " + e, e);
            }
        }
        assertThat(compiled).as("some mutated filters still compile and run").isGreaterThan(ITERATIONS / 50);
    }

    @Test
    void thousandsOfParenthesesAreAClearError() {
        String deep = "(".repeat(5000) + "ip" + ")".repeat(5000);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                () -> DisplayFilter.compile(deep, TestRegistry.REGISTRY)))
                .isInstanceOf(DisplayFilterException.class).hasMessageContaining("nested too deeply");
        String chain = String.join(" or ", java.util.Collections.nCopies(20_000, "ip.ttl == 1"));
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                () -> DisplayFilter.compile(chain, TestRegistry.REGISTRY)))
                .isInstanceOf(DisplayFilterException.class);
        String ok = "(".repeat(100) + "ip.ttl == 128" + ")".repeat(100);
        assertThat(DisplayFilter.compile(ok, TestRegistry.REGISTRY).test(Packets.httpHead())).isTrue();
    }

    @Test
    void matchesRunsInLinearTimeOnAPathologicalPattern() {
        // (a+)+$ against "aaaa…!" takes exponential time in a backtracking engine; RE2 answers at once
        CompiledFilter f = DisplayFilter.compile("http.host matches \"^(a+)+$\"", TestRegistry.REGISTRY);
        assertThat(f.test(Packets.httpHead())).isFalse();
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                () -> DisplayFilter.compile("http.host matches \"(?(1)a|b)\"", TestRegistry.REGISTRY)))
                .as("a conditional group: neither engine has one").isInstanceOf(DisplayFilterException.class);
    }

    private static String random(SplittableRandom r) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + r.nextInt(12);
        for (int i = 0; i < n; i++) {
            sb.append(TOKENS[r.nextInt(TOKENS.length)]);
            if (r.nextBoolean()) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    private static String mutate(String s, SplittableRandom r) {
        StringBuilder sb = new StringBuilder(s);
        int ops = 1 + r.nextInt(3);
        for (int k = 0; k < ops; k++) {
            int at = sb.length() == 0 ? 0 : r.nextInt(sb.length() + 1);
            switch (r.nextInt(4)) {
                case 0 -> sb.insert(at, TOKENS[r.nextInt(TOKENS.length)]);
                case 1 -> {
                    if (at < sb.length()) {
                        sb.deleteCharAt(at);
                    }
                }
                case 2 -> sb.insert(at, (char) r.nextInt(32, 127));
                default -> {
                    if (at < sb.length()) {
                        sb.setCharAt(at, (char) r.nextInt(0, 256));
                    }
                }
            }
        }
        return sb.toString();
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            sb.append(c < 32 || c > 126 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return sb.append('"').toString();
    }
}
