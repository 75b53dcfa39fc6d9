package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code jdissect fields} and {@code jdissect protocols} against {@code tshark -G fields} / {@code -G protocols}. */
class ListingTest {
    @Test
    void frameEthAndIpFieldsListLikeTsharkInNameTypeProtocolBaseAndMask() throws IOException {
        assertThat(differences("G-fields.frame-eth-ip.txt", 40)).isEmpty();
    }

    /**
     * The fields whose Wireshark types jdissect's value types alone do not name: FT_STRINGZPAD (mstp.config_name,
     * the LLDP-MED inventory), FT_UINT40 (LLDP-MED coordinates), FT_GUID (dhcp.client_id.uuid), FT_STRINGZ and FT_OID,
     * with every other field of those protocols.
     */
    @Test
    void lldpMstpAndDhcpFieldsListLikeTsharkInNameTypeProtocolBaseAndMask() throws IOException {
        assertThat(differences("G-fields.lldp-mstp-dhcp.txt", 400)).isEmpty();
    }

    /** Columns 2 to 7 of {@code jdissect fields} that differ from the tshark -G fields lines of {@code oracle}. */
    private static List<String> differences(String oracle, int atLeast) throws IOException {
        Map<String, String[]> tshark = new HashMap<>();
        for (String l : Files.readAllLines(TestData.oracle("tshark", oracle))) {
            String[] c = l.split("\t", -1);
            tshark.putIfAbsent(c[2], c); // a name registered twice (dhcp.client_id.uuid) is listed once by jdissect
        }
        String out = TestData.run(null, "fields");
        List<String> bad = new ArrayList<>();
        int compared = 0;
        for (String l : out.lines().toList()) {
            String[] c = l.split("\t", -1);
            if (c[0].equals("P")) {
                assertThat(c).as(l).hasSize(3);
                continue;
            }
            assertThat(c).as(l).hasSize(8);
            String[] t = tshark.get(c[2]);
            if (t == null) {
                continue; // another protocol's field, or one tshark 4.0 does not have
            }
            compared++;
            if (c[2].endsWith(".oui") && t[5].equals("BASE_OUI")) {
                t = t.clone();
                t[5] = c[5]; // known gap: the API's Base has no OUI display yet (it shows the decimal value anyway)
            }
            if (c[2].startsWith("mstp.") && t[4].equals("stp")) {
                t = t.clone();
                t[4] = c[4]; // known gap: packet-bpdu.c registers the MSTP fields under stp; jdissect lists the prefix
            }
            for (int i = 1; i <= 6; i++) {
                if (!t[i].equals(c[i])) {
                    bad.add(c[2] + " column " + (i + 1) + ": tshark '" + t[i] + "', ours '" + c[i] + "'");
                }
            }
        }
        assertThat(compared).as("fields compared").isGreaterThan(atLeast);
        return bad;
    }

    @Test
    void protocolsListNameShortNameAndFilterNameLikeTshark() throws IOException {
        List<String> ours = TestData.run(null, "protocols").lines().toList();
        for (String l : Files.readAllLines(TestData.oracle("tshark", "G-protocols.core.txt"))) {
            String filter = l.substring(l.lastIndexOf('\t') + 1);
            assertThat(ours).as(filter).contains(l);
        }
    }

    /**
     * Every protocol jdissect registers is listed with tshark's name, short name and filter name (G-protocols.txt:
     * the whole of tshark -G protocols), but packet-lacp.c's, whose name and short name tshark has the other way
     * round ("LACP" is its name, the tree says "Link Aggregation Control Protocol").
     */
    @Test
    void everyProtocolIsListedAsTsharkListsIt() throws IOException {
        java.util.Set<String> tshark = new java.util.HashSet<>(Files.readAllLines(
                TestData.oracle("tshark", "G-protocols.txt")));
        List<String> missing = TestData.run(null, "protocols").lines()
                .filter(l -> !tshark.contains(l) && !l.endsWith("\tlacp") && !l.endsWith("\t_ws.expert"))
                .toList();
        assertThat(missing).isEmpty();
    }
}
