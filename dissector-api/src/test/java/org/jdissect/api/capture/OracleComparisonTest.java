package org.jdissect.api.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every capture in {@code testdata/captures/} reads with the frame count, timestamps and lengths tshark 4.0.17
 * printed for it ({@code testdata/oracle/fields/NAME.core.tsv}; see testdata/PROVENANCE.md).
 */
class OracleComparisonTest {
    private static final String[] COLUMNS = {"frame.number", "frame.time_epoch", "frame.len", "frame.cap_len"};

    /**
     * The repository's shared {@code testdata/} folders (see testdata/PROVENANCE.md): {@code captures} and
     * {@code oracle} (tshark's field TSVs). One copy serves every module's tests.
     */
    static Path resource(String dir) {
        Path p = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && p != null; i++, p = p.getParent()) {
            Path t = p.resolve("testdata");
            if (Files.isDirectory(t.resolve("captures"))) {
                return dir.equals("oracle") ? t.resolve("oracle/fields") : t.resolve(dir);
            }
        }
        throw new IllegalStateException("testdata/ not found above " + Path.of("").toAbsolutePath());
    }

    static Stream<String> captures() throws IOException {
        try (Stream<Path> s = Files.list(resource("captures"))) {
            List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(names).as("captures in test resources").hasSizeGreaterThanOrEqualTo(19);
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void framesMatchTshark(String capture) throws IOException {
        Path oracle = resource("oracle").resolve(capture + ".core.tsv");
        assertThat(oracle).as("oracle for " + capture).exists();
        List<String> lines = Files.readAllLines(oracle);
        String[] header = lines.get(0).split("\t", -1);
        int[] col = new int[COLUMNS.length];
        for (int c = 0; c < COLUMNS.length; c++) {
            col[c] = List.of(header).indexOf(COLUMNS[c]);
            assertThat(col[c]).as("column " + COLUMNS[c] + " in " + oracle).isNotNegative();
        }
        List<String[]> expected = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isEmpty()) {
                String[] f = line.split("\t", -1);
                String[] row = new String[COLUMNS.length];
                for (int c = 0; c < COLUMNS.length; c++) {
                    row[c] = f[col[c]];
                }
                expected.add(row);
            }
        }

        List<String[]> actual = new ArrayList<>();
        try (CaptureReader r = Captures.open(resource("captures").resolve(capture))) {
            PacketRecord p = new PacketRecord();
            while (r.next(p)) {
                actual.add(new String[] {Long.toString(p.number()), timeEpoch(p),
                        Integer.toString(p.originalLength()), Integer.toString(p.capturedLength())});
                assertThat(p.data().capturedLength()).isEqualTo(p.capturedLength());
            }
        }

        for (int k = 0; k < Math.min(expected.size(), actual.size()); k++) {
            for (int c = 0; c < COLUMNS.length; c++) {
                if (!expected.get(k)[c].equals(actual.get(k)[c])) {
                    fail(capture + ": first difference at frame " + (k + 1) + ", column " + COLUMNS[c]
                            + ": tshark says '" + expected.get(k)[c] + "', jdissect '" + actual.get(k)[c] + "'");
                }
            }
        }
        assertThat(actual.size()).as(capture + ": frame count (tshark vs jdissect)").isEqualTo(expected.size());
        assertThat(actual).as(capture + " has frames").isNotEmpty();
    }

    /** frame.time_epoch as tshark prints it: seconds, a dot, nine digits of nanoseconds. */
    static String timeEpoch(PacketRecord p) {
        String ns = Integer.toString(p.nanos());
        return p.epochSeconds() + "." + "000000000".substring(ns.length()) + ns;
    }
}
