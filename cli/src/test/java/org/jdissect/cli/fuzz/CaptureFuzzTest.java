package org.jdissect.cli.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Capture readers from arbitrary bytes: streamed, gzip'd and memory-mapped. Seeds: {@code CaptureFuzzTestInputs/}.
 * Without {@code JAZZER_FUZZ=1} these run only their seeds; see README "Robustness" for long runs.
 */
class CaptureFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void stream(byte[] data) {
        FuzzTargets.readStream(data);
    }

    @FuzzTest(maxDuration = "30s")
    void gzipped(byte[] data) {
        FuzzTargets.readGzipped(data);
    }

    @FuzzTest(maxDuration = "30s")
    void mapped(byte[] data) {
        FuzzTargets.readMapped(data);
    }
}
