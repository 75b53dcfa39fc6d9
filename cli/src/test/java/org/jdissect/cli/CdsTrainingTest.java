package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The launcher's training run (its class-data archive holds what these commands load): every command in it must
 * still be valid, or the archive silently misses a mode's classes and that mode starts slower.
 */
class CdsTrainingTest {
    @Test
    void everyTrainingCommandSucceeds() {
        assertThat(Main.train(TestData.capture("http-basic.pcap").toString())).isZero();
    }
}
