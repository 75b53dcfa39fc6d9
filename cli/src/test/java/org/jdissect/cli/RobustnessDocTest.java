package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jdissect.api.limits.Limit;
import org.junit.jupiter.api.Test;

/**
 * ROBUSTNESS.md names a test behind every line: each test class and method it names exists, and every limit has its
 * row. So the document cannot drift from the tests.
 */
class RobustnessDocTest {
    private static final Path REPO = TestData.ROOT.getParent();

    /** Every test source of every module, by simple class name. */
    private static Map<String, Path> testClasses() throws IOException {
        Map<String, Path> out = new HashMap<>();
        try (Stream<Path> modules = Files.list(REPO)) {
            for (Path m : modules.toList()) {
                Path tests = m.resolve("src/test/java");
                if (!Files.isDirectory(tests)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(tests)) {
                    files.filter(f -> f.toString().endsWith(".java")).forEach(f -> out.put(
                            f.getFileName().toString().replace(".java", ""), f));
                }
            }
        }
        return out;
    }

    @Test
    void everyTestItNamesExists() throws IOException {
        String doc = Files.readString(REPO.resolve("ROBUSTNESS.md"));
        Map<String, Path> classes = testClasses();
        Pattern ref = Pattern.compile("`([A-Z][A-Za-z0-9]*(?:Test|IT))?(?:#([A-Za-z0-9_]+))?`");
        List<String> missing = new ArrayList<>();
        int methods = 0;
        String current = null;
        for (String line : doc.split("\n")) {
            if (line.isBlank() || line.startsWith("|")) {
                current = null; // "#method" refers to the class named before it in the same paragraph or cell
            }
            Matcher m = ref.matcher(line);
            while (m.find()) {
                if (m.group(1) == null && m.group(2) == null) {
                    continue;
                }
                if (m.group(1) != null) {
                    current = m.group(1);
                    if (!classes.containsKey(current)) {
                        missing.add("class " + current);
                        continue;
                    }
                }
                if (m.group(2) != null) {
                    if (current == null) {
                        missing.add("#" + m.group(2) + " without a class before it on its line");
                        continue;
                    }
                    String source = Files.readString(classes.get(current));
                    if (!Pattern.compile("[ >]" + Pattern.quote(m.group(2)) + "\\(").matcher(source).find()) {
                        missing.add(current + "#" + m.group(2));
                    }
                    methods++;
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(methods).isGreaterThan(60);
    }

    @Test
    void everyLimitHasItsRow() throws IOException {
        String doc = Files.readString(REPO.resolve("ROBUSTNESS.md"));
        for (Limit l : Limit.values()) {
            assertThat(doc).as(l.key()).contains("| `" + l.key() + "` |");
        }
    }
}
