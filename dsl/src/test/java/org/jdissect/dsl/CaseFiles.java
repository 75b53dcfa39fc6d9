package org.jdissect.dsl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The Wireshark 4.0 filter cases copied into test resources (see the PROVENANCE line of each file). */
final class CaseFiles {
    record Case(String id, String tag, String filter, String expect, String note, String tsharkStderr) {
        boolean rejected() {
            return expect.equals("error");
        }
    }

    private CaseFiles() {
    }

    static List<Case> cases() {
        Map<String, String> stderr = new HashMap<>();
        for (String[] row : rows("/filter-cases/upstream.tsv")) {
            stderr.put(row[0], row.length > 6 ? row[6] : "");
        }
        List<Case> out = new ArrayList<>();
        for (String[] row : rows("/filter-cases/cases.tsv")) {
            out.add(new Case(row[0], row[1], row[4], row[5], row.length > 7 ? row[7] : "",
                    stderr.getOrDefault(row[0], "")));
        }
        return out;
    }

    private static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                CaseFiles.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("# PROVENANCE")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
