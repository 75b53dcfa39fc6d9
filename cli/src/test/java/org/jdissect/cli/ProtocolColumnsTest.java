package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A protocol in a -T fields column, as print.c's get_node_field_value prints it: the text its dissector gave the item
 * ("Transmission Control Protocol, Src Port: …"), the abbreviation for an item given none (http, icmp, a hidden
 * _ws.malformed, IPv4 with a bogus header length), the bytes in hex for "data". Every cell as tshark 4.0.17's.
 */
class ProtocolColumnsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({"captures/seed-rst.pcap", "captures/icmp-arp.pcap", "captures/dns-http.pcap", "captures/ipv6-http.pcap",
        "captures/udp-misc.pcap", "damaged/ihl4.pcap", "crafted-tcp-options/options.pcap"})
    void protocolColumnsAreTsharks(String capture) throws IOException {
        String name = capture.substring(capture.indexOf('/') + 1);
        List<String> expected = Files.readAllLines(TestData.oracle("fields", "protocol-columns/" + name + ".tsv"),
                StandardCharsets.UTF_8);
        String[] header = expected.get(0).split("\t", -1);
        List<String> actual = TestData.fields(TestData.ROOT.resolve(capture), header);
        assertThat(String.join("\n", actual)).isEqualTo(String.join("\n", expected));
    }
}
