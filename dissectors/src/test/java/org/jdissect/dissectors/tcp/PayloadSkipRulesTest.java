package org.jdissect.dissectors.tcp;

import static org.assertj.core.api.Assertions.assertThat;

import org.jdissect.api.dissect.Engine;
import org.jdissect.api.field.FieldRegistry;
import org.junit.jupiter.api.Test;

/** Which kept fields let TCP keep its payloads to itself (TcpStreams.belowPayload); the CLI's PayloadSkipTest runs it. */
class PayloadSkipRulesTest {
    private final FieldRegistry registry = Engine.standard().registry();

    private boolean below(String abbrev) {
        return TcpStreams.belowPayload(registry.find(abbrev).orElseThrow());
    }

    @Test
    void headersOfTheLayersUpToTcpAreBelowThePayload() {
        for (String f : new String[] {"frame.len", "eth.src", "ip.addr", "ipv6.src", "tcp.len", "tcp.flags.reset",
                "tcp.analysis.retransmission", "tcp.stream", "udp.port", "icmp.type", "arp.opcode",
                "vlan.id", "tcp", "ip"}) {
            assertThat(below(f)).as(f).isTrue();
        }
    }

    @Test
    void whatTheLayersAboveOrReassemblyMakeIsNot() {
        for (String f : new String[] {"http.host", "http", "dns.qry.name", "data.data", "frame.protocols",
                "tcp.segment_data", "tcp.segments", "tcp.segment", "tcp.segment.count", "tcp.reassembled.length",
                "tcp.reassembled.data", "_ws.malformed", "_ws.expert",
                // a FIN that ends a PDU reassembled up to it has no payload item, which only the layer above decides
                "tcp.payload", "tcp.fin_retransmission"}) {
            assertThat(registry.find(f)).as(f).isPresent();
            assertThat(below(f)).as(f).isFalse();
        }
    }
}
