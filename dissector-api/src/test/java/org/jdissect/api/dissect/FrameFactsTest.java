package org.jdissect.api.dissect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrameFactsTest {
    @Test
    void nothingNotedReadsZero() {
        FrameFacts f = new FrameFacts();
        assertThat(f.get(0)).isZero();
        assertThat(f.get(1_000_000)).isZero();
        assertThat(f.get(-1)).isZero();
    }

    @Test
    void growsToTheHighestIndexNoted() {
        FrameFacts f = new FrameFacts();
        f.put(3, 7);
        f.put(100_000, -1);
        f.put(64, 9);
        assertThat(f.get(3)).isEqualTo(7);
        assertThat(f.get(64)).isEqualTo(9);
        assertThat(f.get(100_000)).isEqualTo(-1);
        assertThat(f.get(99_999)).isZero();
        f.put(3, 0);
        assertThat(f.get(3)).isZero();
    }

    @Test
    void impossibleIndexesAreIgnored() {
        FrameFacts f = new FrameFacts();
        f.put(-5, 1);
        f.put(Long.MAX_VALUE, 1);
        assertThat(f.get(-5)).isZero();
        assertThat(f.get(Long.MAX_VALUE)).isZero();
    }
}
