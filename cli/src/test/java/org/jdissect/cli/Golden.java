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

    /** Lines longer than this are shown around their first differing column only. */
    private static final int LONG_LINE = 300;

    /** 100 characters of {@code line} before {@code col} and 200 from it, "…" where cut. */
    private static String around(String line, int col) {
        int from = Math.max(0, col - 100);
        int to = Math.min(line.length(), col + 200);
        return (from > 0 ? "…" : "") + line.substring(from, to) + (to < line.length() ? "…" : "");
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
        if (i < e.length && i < a.length && Math.max(e[i].length(), a[i].length()) > LONG_LINE) {
            // a line of -T ek is a whole packet: show where in it the two part
            int col = 0;
            while (col < e[i].length() && col < a[i].length() && e[i].charAt(col) == a[i].charAt(col)) {
                col++;
            }
            sb.append("  (from column ").append(col + 1).append(")\n");
            sb.append("  - ").append(around(e[i], col)).append('\n');
            sb.append("  + ").append(around(a[i], col)).append('\n');
        } else {
            sb.append("  - ").append(i < e.length ? e[i] : "<end of output>").append('\n');
            sb.append("  + ").append(i < a.length ? a[i] : "<end of output>").append('\n');
        }
        for (int k = i + 1; k < Math.min(e.length, i + 3); k++) {
            sb.append("    ").append(e[k]).append('\n');
        }
        return sb.toString();
    }
}
