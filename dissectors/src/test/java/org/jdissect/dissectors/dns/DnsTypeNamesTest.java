package org.jdissect.dissectors.dns;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The short record-type names of packet-dns.c's dns_types_vals, which both the -V record lines and the summary
 * line show. tshark 4.0.17 on queries of types 253 and 254 prints "a.example: type MAILA, class IN" and
 * "Standard query 0x1234 MAILA a.example" for 253 (its table swaps the two names), MAILB for 254.
 */
class DnsTypeNamesTest {
    @Test
    void namesAreTsharksIncludingItsSwappedMailTypes() {
        assertThat(DnsModule.typeName(1)).isEqualTo("A");
        assertThat(DnsModule.typeName(28)).isEqualTo("AAAA");
        assertThat(DnsModule.typeName(253)).isEqualTo("MAILA");
        assertThat(DnsModule.typeName(254)).isEqualTo("MAILB");
        assertThat(DnsModule.typeName(60000)).isEqualTo("Unknown (60000)");
    }
}
