package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** IPv6 fragments are reassembled as tshark does by default: same tree, same fields (testdata/ipv6-frag). */
class Ipv6ReassemblyTest {
    private static final Path DIR = TestData.ROOT.resolve("ipv6-frag");

    @Test
    void theTreeEqualsTsharks() throws IOException {
        String expected = Files.readString(DIR.resolve("ipv6-frag.pcap.V.txt"), StandardCharsets.UTF_8);
        String actual = TestData.run(null, "-r", DIR.resolve("ipv6-frag.pcap").toString(), "-V");
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void theLastFragmentCarriesTheDatagram() {
        String out = TestData.run(null, "-r", DIR.resolve("ipv6-frag.pcap").toString(), "-T", "fields", "-e",
                "frame.protocols", "-e", "ipv6.fragment", "-e", "ipv6.reassembled.length", "-e", "udp.length");
        assertThat(out).isEqualTo("eth:ethertype:ipv6:ipv6.fraghdr:data\t\t\t\n"
                + "eth:ethertype:ipv6:ipv6.fraghdr:udp:data\t1,2\t2000\t2000\n");
    }
}
