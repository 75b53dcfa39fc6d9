package org.jdissect.cli;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The three comparisons every crafted capture gets ({@link CraftedOracle}): -V, -T fields and -T json. */
@ExtendWith(InUtc.class)
abstract class CraftedOracleCase {
    abstract CraftedOracle oracle();

    @Test
    void verboseTreeIsTsharks() throws IOException {
        oracle().verboseTreeIsTsharks();
    }

    @Test
    void fieldsAreTsharks() throws IOException {
        oracle().fieldsAreTsharks();
    }

    @Test
    void jsonIsTsharks() throws IOException {
        oracle().jsonIsTsharks();
    }
}
