package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The filters of a held-out run (testdata/filter-heldout: 879 filters an engineer types, and edge cases of every
 * operator, literal and function, written without looking at jdissect's tests), on five corpus captures: each must
 * select the frames tshark 4.0.17 selected, or be rejected where tshark rejected it, but for the few listed in
 * exceptions.tsv with their reason.
 */
class HeldOutFiltersTest {
    private static final Path DIR = TestData.ROOT.resolve("filter-heldout");

    @Test
    void everyFilterSelectsTsharksFramesOnEveryCapture() throws IOException {
        List<String> filters = Files.readAllLines(DIR.resolve("filters.txt"), StandardCharsets.UTF_8);
        Map<String, String> excepted = new HashMap<>();
        for (String line : Files.readAllLines(DIR.resolve("exceptions.tsv"), StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] e = line.split("\t", -1);
                excepted.put(e[0] + "\t" + e[1], e[2]);
            }
        }
        List<String> failures = new ArrayList<>();
        int pairs = 0;
        int exceptedSeen = 0;
        for (String line : Files.readAllLines(DIR.resolve("tshark.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] r = line.split("\t", -1);
            String filter = filters.get(Integer.parseInt(r[0]) - 1);
            String capture = r[1];
            String expected = r[2].equals("0") ? "frames:" + r[3].replace(' ', ',') : "error";
            int[] rc = new int[1];
            String out = TestData.run(rc, "-r", TestData.ROOT.resolve("captures/" + capture).toString(), "-Y",
                    filter, "-T", "fields", "-e", "frame.number");
            String got = rc[0] == 2 ? "error" : "frames:" + out.lines().collect(Collectors.joining(","));
            pairs++;
            boolean exception = excepted.containsKey(r[0] + "\t" + capture);
            exceptedSeen += exception ? 1 : 0;
            if (!got.equals(expected) && !exception) {
                failures.add("#" + r[0] + " " + capture + "  " + filter + "  expected " + expected + " got " + got);
            }
        }
        assertThat(failures).as(failures.size() + " of " + pairs + " (filter, capture) pairs differ from tshark")
                .isEmpty();
        assertThat(exceptedSeen).as("exceptions.tsv rows that name a pair of tshark.tsv").isEqualTo(excepted.size());
    }
}
