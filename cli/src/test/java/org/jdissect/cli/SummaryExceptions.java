package org.jdissect.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * testdata/oracle/tshark/summary-exceptions.tsv: summary lines known to differ from tshark's, one a line as
 * {@code capture path (under testdata) TAB frame TAB reason}.
 */
final class SummaryExceptions {
    private SummaryExceptions() {
    }

    static List<Integer> frames(String capture) {
        Path file = TestData.ROOT.resolve("oracle/tshark/summary-exceptions.tsv");
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t", 3))
                    .filter(c -> c[0].equals(capture))
                    .map(c -> Integer.parseInt(c[1]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
