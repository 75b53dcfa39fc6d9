package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fields of the suite captures beyond the core set, each file's columns named in its header line
 * (testdata/oracle/fields/suite-misc): an IPv6 type 0 routing header's reserved bytes, addresses and deprecation note.
 */
class SuiteMiscFieldsTest {
    @ParameterizedTest
    @ValueSource(strings = {"ipv6-routing-header.pcap"})
    void fieldsAreTsharks(String capture) throws IOException {
        List<String> expected = Files.readAllLines(TestData.oracle("fields", "suite-misc/" + capture + ".tsv"),
                StandardCharsets.UTF_8);
        String[] header = expected.get(0).split("\t", -1);
        List<String> actual = TestData.fields(TestData.ROOT.resolve("tcpdump-suite/captures").resolve(capture),
                header);
        assertThat(String.join("\n", actual)).isEqualTo(String.join("\n", expected));
    }
}
