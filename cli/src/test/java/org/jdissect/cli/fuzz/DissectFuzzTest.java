package org.jdissect.cli.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Every dissector from the frame layer down, under every registered link type, then the -V tree, JSON, -T fields
 * and tcpdump printers. Input layout: see {@link FuzzTargets#dissect}. Seeds: {@code DissectFuzzTestInputs/}.
 */
class DissectFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void dissect(byte[] data) {
        FuzzTargets.dissect(data);
    }
}
