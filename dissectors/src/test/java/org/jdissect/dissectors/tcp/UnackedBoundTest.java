package org.jdissect.dissectors.tcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.capture.LinkType;
import org.jdissect.api.capture.PacketRecord;
import org.jdissect.api.dissect.Dissection;
import org.jdissect.api.dissect.Engine;
import org.junit.jupiter.api.Test;

/**
 * Segments remembered for RTT and bytes in flight stay at Wireshark's TCP_MAX_UNACKED_SEGMENTS per flow, and are not
 * remembered at all for trees that do not show the analysis.
 */
class UnackedBoundTest {
    /** An IPv4/TCP segment 10.0.0.1:5000 -> 10.0.0.2:80 with 10 bytes of payload, PSH and no ACK (raw IP). */
    static byte[] segment(long seq) {
        byte[] b = new byte[20 + 20 + 10];
        b[0] = 0x45;
        b[3] = (byte) b.length;
        b[8] = 64;
        b[9] = 6;
        b[12] = 10;
        b[15] = 1;
        b[16] = 10;
        b[19] = 2;
        b[20] = 0x13; // source port 5000
        b[21] = (byte) 0x88;
        b[23] = 80;
        for (int i = 0; i < 4; i++) {
            b[24 + i] = (byte) (seq >>> (24 - 8 * i));
        }
        b[32] = 0x50;
        b[33] = 0x08; // PSH without ACK: nothing is ever acknowledged
        b[34] = (byte) 0xff;
        b[35] = (byte) 0xff;
        return b;
    }

    @Test
    void aCaptureWhoseTreesShowNoAnalysisListsNoSegments() {
        Dissection d = Engine.standard().newDissection().keepOnly(List.of(TcpFields.FLAGS_RESET));
        for (int i = 0; i < 100; i++) {
            byte[] p = segment(1 + 10L * i);
            d.dissect(new PacketRecord().set(i + 1, 1000, i, p.length, LinkType.RAW, ByteView.of(p)));
        }
        TcpStreams streams = d.session().state(TcpStreams.class, TcpStreams::new);
        assertThat(streams.find(0x0a000001L, 0, 5000, 0x0a000002L, 0, 80).flows[0].unacked).isEmpty();
        // the choice is the capture's: it may not change once packets were dissected
        assertThatThrownBy(() -> d.keepOnly(null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFlowThatIsNeverAcknowledgedRemembersAtMostTenThousandSegments() {
        Dissection d = Engine.standard().newDissection();
        for (int i = 0; i < 12_000; i++) {
            byte[] p = segment(1 + 10L * i);
            d.dissect(new PacketRecord().set(i + 1, 1000, i, p.length, LinkType.RAW, ByteView.of(p)));
        }
        TcpStreams streams = d.session().state(TcpStreams.class, TcpStreams::new);
        TcpStreams.Conversation c = streams.find(0x0a000001L, 0, 5000, 0x0a000002L, 0, 80);
        assertThat(c).isNotNull();
        assertThat(c.flows[0].unacked).hasSize(TcpStreams.MAX_UNACKED);
    }
}
