package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * tshark's {@code -o NAME:VALUE} for protocol preferences beside jdissect's limits, and {@code -G defaultprefs} /
 * {@code -G currentprefs}. What each preference changes is compared with tshark in testdata/stats/cases-prefs.tsv.
 */
class PreferencesCliTest {
    private static String[] run(String... args) {
        return GlossaryOptionTest.run(args);
    }

    @Test
    void defaultPrefsWritesEachPreferenceAsTsharkDoes() {
        String[] r = run("-G", "defaultprefs");
        assertThat(r[0]).isEqualTo("0");
        assertThat(r).containsExactly(run("prefs"));
        // tshark 4.0.17 -G defaultprefs, these three blocks verbatim
        assertThat(r[1]).contains("""
                # Whether to validate the IPv4 checksum
                # TRUE or FALSE (case-insensitive)
                #ip.check_checksum: FALSE

                """, """
                # Whether to validate the TCP checksum or not.  (Invalid checksums will cause reassembly, if enabled, \
                to fail.)
                # TRUE or FALSE (case-insensitive)
                #tcp.check_checksum: FALSE

                """, """
                # Whether to validate the UDP checksum
                # TRUE or FALSE (case-insensitive)
                #udp.check_checksum: FALSE

                """);
    }

    @Test
    void currentPrefsShowsWhatDashOSetUncommented() {
        String[] r = run("-G", "currentprefs", "-o", "tcp.check_checksum:TRUE", "-o", "tcp.reassembly_bytes:64M");
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).contains("\ntcp.check_checksum: TRUE\n").contains("#udp.check_checksum: FALSE\n");
    }

    @Test
    void anUnknownPreferenceIsAUsageErrorInTsharksWords() {
        String[] r = run("-o", "tcp.nonesuch:TRUE", "-r", TestData.capture("http-basic.pcap").toString());
        assertThat(r[0]).isEqualTo(Integer.toString(ExitCode.USAGE));
        assertThat(r[1]).isEmpty();
        assertThat(r[2]).startsWith("jdissect: -o flag \"tcp.nonesuch:TRUE\" specifies unknown preference (jdissect"
                + " prefs lists the preferences; limits: tcp.reassembly_bytes, ").endsWith(System.lineSeparator());
        r = run("-o", "tcp.check_checksum", "-r", TestData.capture("http-basic.pcap").toString());
        assertThat(r[0]).isEqualTo(Integer.toString(ExitCode.USAGE));
        assertThat(r[2]).contains("Invalid -o flag \"tcp.check_checksum\"");
    }

    @Test
    void limitsAndPreferencesShareDashO() {
        String[] r = run("-o", "tcp.check_checksum:TRUE", "-o", "tree.items:5000", "-T", "fields", "-e",
                "tcp.checksum.status", "-Y", "tcp", "-r", TestData.capture("http-basic.pcap").toString());
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1].lines()).isNotEmpty().allMatch("1"::equals); // every checksum checked and Good
        r = run("-o", "tree.items:0", "-r", TestData.capture("http-basic.pcap").toString());
        assertThat(r[0]).isEqualTo(Integer.toString(ExitCode.USAGE));
    }
}
