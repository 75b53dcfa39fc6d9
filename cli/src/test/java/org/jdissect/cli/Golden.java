package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * jdissect's own outputs kept in {@code testdata/oracle/story/}, checked by eye once and compared byte for byte
 * since. {@code -Dgolden.update=true} rewrites them from the current output (then read the git diff).
 */
public final class Golden {
    static final Path DIR = TestData.ROOT.resolve("oracle").resolve("story");

    private Golden() {
    }

    /** Fails with the first differing line and its context when {@code actual} is not the golden's text. */
    static void assertMatches(String name, String actual) {
        Path golden = DIR.resolve(name);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(DIR);
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
            }
            String expected = Files.readString(golden, StandardCharsets.UTF_8);
            assertThat(firstDifference(expected, actual)).as("golden " + golden
                    + " (regenerate with -Dgolden.update=true)").isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "" when equal, else the first differing line (1-based) with two lines of context on each side. */
    public static String firstDifference(String expected, String actual) {
        if (expected.equals(actual)) {
            return "";
        }
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int i = 0;
        while (i < e.length && i < a.length && e[i].equals(a[i])) {
            i++;
        }
        StringBuilder sb = new StringBuilder("first difference at line ").append(i + 1).append(" (expected ")
                .append(e.length - 1).append(" lines, got ").append(a.length - 1).append(")\n");
        for (int k = Math.max(0, i - 2); k < i; k++) {
            sb.append("    ").append(e[k]).append('\n');
        }
        sb.append("  - ").append(i < e.length ? e[i] : "<end of output>").append('\n');
        sb.append("  + ").append(i < a.length ? a[i] : "<end of output>").append('\n');
        for (int k = i + 1; k < Math.min(e.length, i + 3); k++) {
            sb.append("    ").append(e[k]).append('\n');
        }
        return sb.toString();
    }
}
