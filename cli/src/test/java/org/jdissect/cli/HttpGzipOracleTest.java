package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * HTTP bodies with a Content-Encoding as tshark 4.0.17 shows them (testdata/http-gzip): gzip, x-gzip, deflate
 * (zlib-wrapped and raw) and x-deflate inflated after de-chunking, with tvbuff_zlib.c's rules for gzip header fields,
 * unchecked trailers, cut streams (what inflated so far) and data errors (the passes before the error kept, or
 * "Decompression failed" and the coded bytes as data); identity, unknown codings and undecodable br not decoded. In
 * {@code -V}, {@code -T json}, {@code -T fields} and display filters, byte for byte.
 */
class HttpGzipOracleTest {
    private static final CraftedOracle ORACLE = CraftedOracle.of("http-gzip", "gzip.pcap");

    @Test
    void verboseTreeIsTsharks() throws IOException {
        ORACLE.verboseTreeIsTsharks();
    }

    @Test
    void jsonIsTsharks() throws IOException {
        ORACLE.jsonIsTsharks();
    }

    @Test
    void fieldsAreTsharks() throws IOException {
        ORACLE.fieldsAreTsharks();
    }

    @Test
    void filtersMatchTsharksFrames() throws IOException {
        List<String> bad = new ArrayList<>();
        List<String> cases = Files.readAllLines(ORACLE.dir().resolve("gzip.pcap.filters.tsv"), StandardCharsets.UTF_8);
        for (String c : cases) {
            String[] cols = c.split("\t", -1);
            int[] rc = new int[1];
            String frames = String.join(",", TestData.run(rc, "-r", ORACLE.path().toString(), "-Y", cols[0], "-T",
                    "fields", "-e", "frame.number").lines().toList());
            if (rc[0] != 0 || !frames.equals(cols[1])) {
                bad.add(cols[0] + ": tshark " + cols[1] + ", jdissect " + frames + " (exit " + rc[0] + ")");
            }
        }
        assertThat(cases).hasSizeGreaterThan(10);
        assertThat(bad).isEmpty();
    }
}
