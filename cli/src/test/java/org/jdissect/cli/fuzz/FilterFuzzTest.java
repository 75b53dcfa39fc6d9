package org.jdissect.cli.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The display-filter language on arbitrary text against the real field registry, and every compiled filter on real
 * trees. Seeds: {@code FilterFuzzTestInputs/} (the filter cases).
 */
class FilterFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void compile(byte[] data) {
        FuzzTargets.filter(data, FuzzTargets.filterTrees(Seeds.filterCaptures()));
    }
}
