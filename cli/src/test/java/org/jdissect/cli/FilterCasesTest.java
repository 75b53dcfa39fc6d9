package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Wireshark 4.0's own display-filter test cases, run end to end through {@code -Y}: every case must select
 * exactly the frames tshark 4.0.17 selected, or be rejected (exit 2) where tshark rejected it.
 */
class FilterCasesTest {
    private static final Path DIR = TestData.ROOT.resolve("filter-cases");

    record Case(String id, String tag, String capture, String filter, String expect) { }

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(DIR.resolve("cases.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t", -1);
            out.add(new Case(c[0], c[1], c[3], c[4], c[5]));
        }
        return out;
    }

    /** What we print for a case in the oracle's terms: "frames:1,3" or "error". */
    static String run(Case c) {
        int[] rc = new int[1];
        String out = TestData.run(rc, "-r", DIR.resolve(c.capture()).toString(), "-Y", c.filter(), "-T", "fields",
                "-e", "frame.number");
        if (rc[0] == 2) {
            return "error";
        }
        return "frames:" + out.lines().collect(Collectors.joining(","));
    }

    @Test
    void everyCaseSelectsTsharksFrames() throws IOException {
        List<String> failures = new ArrayList<>();
        List<Case> all = cases();
        for (Case c : all) {
            String got = run(c);
            if (!got.equals(c.expect())) {
                failures.add(c.id() + " [" + c.tag() + "] " + c.capture() + "  " + c.filter() + "  expected "
                        + c.expect() + " got " + got);
            }
        }
        assertThat(failures).as(failures.size() + " of " + all.size() + " cases differ from tshark").isEmpty();
    }
}
