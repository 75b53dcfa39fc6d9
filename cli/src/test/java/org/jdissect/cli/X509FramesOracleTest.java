package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Whole frames of testdata/x509 (TLS Certificate messages) against tshark 4.0.17: -V, -T json, -T json -x, -T fields,
 * the summary lines and display filters on X.509 fields, down from Ethernet to the last certificate item. They need
 * TLS to hand each certificate to {@code X509.certificate} (packet-tls-utils.c's dissect_x509af_Certificate call);
 * until it does, they are skipped, and {@link X509SubtreeOracleTest} holds the certificates' subtrees to tshark's.
 */
@ExtendWith(InUtc.class)
class X509FramesOracleTest {
    private static final CraftedOracle X509 = CraftedOracle.of("x509", "x509.pcap");
    private static final CraftedOracle ROOTS = CraftedOracle.of("x509", "roots.pcap");
    private static final CraftedOracle MUTANTS = CraftedOracle.of("x509", "mutants.pcap");
    private static boolean wired;

    @BeforeAll
    static void tlsHandsCertificatesToX509() {
        wired = !TestData.run(null, "-r", X509.path().toString(), "-c", "1", "-T", "fields", "-e",
                "x509af.version").isBlank();
    }

    @Test
    void craftedCertificatesFramesAreTsharks() throws IOException {
        assumeTrue(wired, "TLS does not call X509.certificate yet");
        X509.verboseTreeIsTsharks();
        X509.jsonIsTsharks();
        X509.fieldsAreTsharks();
        same("-T json -x", gunzip(X509, "x509.pcap.json-x.gz"),
                CraftedOracle.run("-r", X509.path().toString(), "-T", "json", "-x"));
    }

    /** The frames tshark selected with each filter of filters.txt (filters.tsv, made by oracle.sh). */
    @Test
    void filtersOnX509FieldsSelectTsharksFrames() throws IOException {
        assumeTrue(wired, "TLS does not call X509.certificate yet");
        X509.filtersMatchTsharksFrames("filters.tsv", 30);
    }

    @Test
    void summaryLinesAreTsharks() throws IOException {
        assumeTrue(wired, "TLS does not call X509.certificate yet");
        for (CraftedOracle o : new CraftedOracle[] {X509, ROOTS, MUTANTS}) {
            SummaryOracleTest.compare(o.path(), o.dir().resolve(o.capture() + ".tshark-summary.txt"));
        }
    }

    /**
     * Debian's Mozilla roots (-V and -T json) and the damaged certificates (-V: which frames stop where, with which
     * marker, "[Malformed Packet: X509CE]" or tshark's "[BoundError Unreassembled Packet: TLS]").
     */
    @Test
    void rootsAndDamagedCertificatesFramesAreTsharks() throws IOException {
        assumeTrue(wired, "TLS does not call X509.certificate yet");
        same("-V", gunzip(ROOTS, "roots.pcap.V.txt.gz"), CraftedOracle.run("-r", ROOTS.path().toString(), "-V"));
        same("-T json", gunzip(ROOTS, "roots.pcap.json.gz"),
                CraftedOracle.run("-r", ROOTS.path().toString(), "-T", "json"));
        same("-V", gunzip(MUTANTS, "mutants.pcap.V.txt.gz"),
                CraftedOracle.run("-r", MUTANTS.path().toString(), "-V"));
    }

    private static String gunzip(CraftedOracle o, String name) throws IOException {
        Path p = o.dir().resolve(name);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void same(String what, String expected, String actual) {
        assertThat(Golden.firstDifference(expected, actual)).as(what + " against tshark 4.0.17").isEmpty();
    }
}
