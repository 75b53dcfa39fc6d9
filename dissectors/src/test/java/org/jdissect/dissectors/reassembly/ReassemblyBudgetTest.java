package org.jdissect.dissectors.reassembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The capture-wide reassembly budget: oldest first out, a reassembly larger than the whole budget refused. */
class ReassemblyBudgetTest {
    /** A pending reassembly that records being dropped. */
    static final class Buf extends ReassemblyBudget.Pending {
        final String name;
        final List<String> dropped;

        Buf(String name, List<String> dropped) {
            this.name = name;
            this.dropped = dropped;
        }

        @Override
        protected void dropForBudget() {
            dropped.add(name);
        }

        @Override
        protected String describe() {
            return name + " (" + held() + " bytes)";
        }
    }

    @Test
    void growingPastTheCapDropsTheOldestOthersUntilItFits() {
        List<String> dropped = new ArrayList<>();
        ReassemblyBudget b = new ReassemblyBudget(100);
        Buf a = new Buf("a", dropped);
        Buf c = new Buf("c", dropped);
        Buf e = new Buf("e", dropped);
        assertThat(b.grow(a, 40)).isZero();
        assertThat(b.grow(c, 40)).isZero();
        assertThat(b.grow(e, 10)).isZero();
        assertThat(b.held()).isEqualTo(90);
        // e needs 30 more: a (the oldest) goes, c stays
        assertThat(b.grow(e, 30)).isEqualTo(1);
        assertThat(dropped).containsExactly("a");
        assertThat(b.lastDropped()).isEqualTo("a (40 bytes)");
        assertThat(a.held()).isZero();
        assertThat(b.held()).isEqualTo(80);
        assertThat(b.pendingCount()).isEqualTo(2);
    }

    @Test
    void aReassemblyLargerThanTheWholeBudgetIsRefusedAndNothingElseDropped() {
        List<String> dropped = new ArrayList<>();
        ReassemblyBudget b = new ReassemblyBudget(100);
        Buf a = new Buf("a", dropped);
        Buf big = new Buf("big", dropped);
        b.grow(a, 50);
        assertThat(b.grow(big, 101)).isEqualTo(-1);
        assertThat(dropped).isEmpty();
        assertThat(b.held()).isEqualTo(50);
    }

    @Test
    void releaseGivesTheBytesBackAndIsIdempotent() {
        ReassemblyBudget b = new ReassemblyBudget(100);
        Buf a = new Buf("a", new ArrayList<>());
        b.grow(a, 60);
        b.release(a);
        b.release(a);
        assertThat(b.held()).isZero();
        assertThat(b.pendingCount()).isZero();
        assertThat(b.grow(new Buf("n", new ArrayList<>()), 100)).isZero();
    }
}
