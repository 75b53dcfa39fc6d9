package org.jdissect.dissectors.tcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.capture.LinkType;
import org.jdissect.api.capture.PacketRecord;
import org.jdissect.api.dissect.Dissection;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.dissect.PacketContext;
import org.junit.jupiter.api.Test;

/**
 * A lazy dissection's contract: a packet's tree is built only by materialize(), and is the eager tree; a packet
 * never asked for still leaves the state a whole tree needs (here TCP's list of unacknowledged segments, which a
 * tree keeping no analysis item does not keep).
 */
class LazyTreesTest {
    private static PacketRecord segment(int n) {
        byte[] b = UnackedBoundTest.segment(1 + 10L * n); // PSH without ACK: nothing is ever acknowledged
        return new PacketRecord().set(n + 1, 1000, n, b.length, LinkType.RAW, ByteView.of(b));
    }

    private static int unacked(Dissection d) {
        TcpStreams streams = d.session().state(TcpStreams.class, TcpStreams::new);
        return streams.find(0x0a000001L, 0, 5000, 0x0a000002L, 0, 80).flows[0].unacked.size();
    }

    @Test
    void treesAreBuiltOnlyWhenAskedForAndAreTheEagerOnes() {
        Engine engine = Engine.standard();
        Dissection eager = engine.newDissection();
        Dissection lazy = engine.newDissection().lazyTrees();
        assertThat(lazy.lazy()).isTrue();
        assertThat(eager.lazy()).isFalse();
        for (int i = 0; i < 50; i++) {
            PacketRecord rec = segment(i);
            int eagerSize = eager.dissect(rec).tree().size();
            PacketContext ctx = lazy.dissect(rec);
            assertThat(ctx.tree().size()).as("nothing built before it is asked for").isZero();
            if (i % 7 == 3) {
                assertThat(lazy.materialize()).isSameAs(ctx);
                assertThat(ctx.tree().size()).as("frame %d", i + 1).isEqualTo(eagerSize).isGreaterThan(20);
                assertThat(ctx.tree().find("tcp.analysis.bytes_in_flight").num())
                        .isEqualTo(eager.context().tree().find("tcp.analysis.bytes_in_flight").num());
                lazy.materialize(); // asked again: the same tree, not a second dissection
                assertThat(ctx.tree().size()).isEqualTo(eagerSize);
            }
        }
        lazy.settle();
        lazy.settle(); // nothing pending: nothing to do
        // the skipped packets were listed as unacknowledged, as the eager dissection's whole trees list them
        assertThat(unacked(lazy)).isEqualTo(unacked(eager)).isEqualTo(50);
        assertThatThrownBy(lazy::lazyTrees).isInstanceOf(IllegalStateException.class);
        // an eager dissection's materialize is its latest tree
        assertThat(eager.materialize()).isSameAs(eager.context());
    }
}
