package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A crafted capture in a testdata directory with tshark 4.0.17's outputs beside it ({@code X.V.txt}, {@code X.json},
 * {@code X.fields.tsv} made with the field list {@code fields.txt}): each check runs jdissect on the capture and
 * compares byte for byte, reporting the first differing line.
 */
record CraftedOracle(Path dir, String capture) {
    static CraftedOracle of(String dir, String capture) {
        return new CraftedOracle(TestData.ROOT.resolve(dir), capture);
    }

    Path path() {
        return dir.resolve(capture);
    }

    void verboseTreeIsTsharks() throws IOException {
        same("-V", read(capture + ".V.txt"), run("-r", path().toString(), "-V"));
    }

    void jsonIsTsharks() throws IOException {
        same("-T json", read(capture + ".json"), run("-r", path().toString(), "-T", "json"));
    }

    void fieldsAreTsharks() throws IOException {
        List<String> expected = Files.readAllLines(dir.resolve(capture + ".fields.tsv"), StandardCharsets.UTF_8);
        String[] fields = Files.readAllLines(dir.resolve("fields.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toArray(String[]::new);
        assertThat(expected.get(0).split("\t", -1)).containsExactly(fields);
        same("-T fields", String.join("\n", expected), String.join("\n", TestData.fields(path(), fields)));
    }

    /**
     * Every display filter of {@code X.filters.tsv} (filter, tab, the frames tshark 4.0.17 matched) selects the same
     * frames in jdissect; there are more than {@code atLeast} of them.
     */
    void filtersMatchTsharksFrames(int atLeast) throws IOException {
        filtersMatchTsharksFrames(capture + ".filters.tsv", atLeast);
    }

    /** As {@link #filtersMatchTsharksFrames(int)}, with the filters of {@code tsv} in the capture's directory. */
    void filtersMatchTsharksFrames(String tsv, int atLeast) throws IOException {
        List<String> bad = new java.util.ArrayList<>();
        List<String> cases = Files.readAllLines(dir.resolve(tsv), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        for (String c : cases) {
            String[] cols = c.split("\t", -1);
            int[] rc = new int[1];
            String frames = String.join(",", TestData.run(rc, "-r", path().toString(), "-Y", cols[0], "-T",
                    "fields", "-e", "frame.number").lines().toList());
            if (rc[0] != 0 || !frames.equals(cols[1])) {
                bad.add(cols[0] + ": tshark " + cols[1] + ", jdissect " + frames + " (exit " + rc[0] + ")");
            }
        }
        assertThat(cases).hasSizeGreaterThan(atLeast);
        assertThat(bad).isEmpty();
    }

    /** An oracle beside the capture; a large one is kept gzipped as NAME.gz (made so by the folder's oracle.sh). */
    String read(String name) throws IOException {
        java.nio.file.Path plain = dir.resolve(name);
        if (!Files.exists(plain) && Files.exists(dir.resolve(name + ".gz"))) {
            try (java.io.InputStream in = new java.util.zip.GZIPInputStream(
                    Files.newInputStream(dir.resolve(name + ".gz")))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return Files.readString(plain, StandardCharsets.UTF_8);
    }

    /** Runs jdissect in-process and requires exit status 0. */
    static String run(String... args) {
        int[] rc = new int[1];
        String out = TestData.run(rc, args);
        assertThat(rc[0]).as(String.join(" ", args)).isZero();
        return out;
    }

    private void same(String what, String expected, String actual) {
        assertThat(Golden.firstDifference(expected, actual)).as(what + " of " + capture + " against tshark 4.0.17")
                .isEmpty();
    }
}
