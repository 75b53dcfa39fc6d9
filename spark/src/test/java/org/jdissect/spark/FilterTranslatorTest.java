package org.jdissect.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.spark.sql.sources.And;
import org.apache.spark.sql.sources.EqualTo;
import org.apache.spark.sql.sources.GreaterThan;
import org.apache.spark.sql.sources.In;
import org.apache.spark.sql.sources.IsNull;
import org.apache.spark.sql.sources.LessThan;
import org.apache.spark.sql.sources.Not;
import org.apache.spark.sql.sources.Or;
import org.apache.spark.sql.sources.StringStartsWith;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.field.FieldType;
import org.jdissect.dsl.DisplayFilter;
import org.junit.jupiter.api.Test;

class FilterTranslatorTest {
    final FilterTranslator t = new FilterTranslator(Map.of("tcp.srcport", FieldType.UINT16, "ip.src", FieldType.IPV4,
            "http.host", FieldType.STRING, "tcp.flags.reset", FieldType.BOOLEAN, "http", FieldType.PROTOCOL,
            "dhcp.client_id.uuid", FieldType.GUID));

    @Test
    void comparisonsBecomeAnyOccurrenceComparisons() {
        assertThat(t.translate(new EqualTo("`tcp.srcport`", 80))).isEqualTo("tcp.srcport == 80");
        assertThat(t.translate(new In("`ip.src`", new Object[] {"10.0.0.1", "10.0.0.2"})))
                .isEqualTo("ip.src in {10.0.0.1, 10.0.0.2}");
        assertThat(t.translate(new EqualTo("`http.host`", "a \"b\"\\"))).isEqualTo("http.host == \"a \\\"b\\\"\\\\\"");
        assertThat(t.translate(new EqualTo("`tcp.flags.reset`", true))).isEqualTo("tcp.flags.reset == 1");
        assertThat(t.translate(new EqualTo("http", false))).isEqualTo("!http");
        assertThat(t.translate(new EqualTo("`dhcp.client_id.uuid`", "4c4c4544-0042-3510-8052-b4c04f4a4d32")))
                .isEqualTo("dhcp.client_id.uuid == 4c4c4544-0042-3510-8052-b4c04f4a4d32");
    }

    @Test
    void aGuidIsPushedOnlyAsTheTextItsColumnHolds() {
        // tshark reads upper case and ignores what follows 36 characters; the column's string comparison does not
        assertThat(t.translate(new EqualTo("`dhcp.client_id.uuid`", "4C4C4544-0042-3510-8052-B4C04F4A4D32"))).isNull();
        assertThat(t.translate(new EqualTo("`dhcp.client_id.uuid`", "4c4c4544-0042-3510-8052-b4c04f4a4d32x")))
                .isNull();
        assertThat(t.translate(new LessThan("`dhcp.client_id.uuid`", "4c4c4544-0042-3510-8052-b4c04f4a4d32")))
                .as("tshark orders GUIDs by their little-endian memory, not their text").isNull();
    }

    @Test
    void negationIsPushedToTheAtomsAsTheOppositeAnyComparison() {
        assertThat(t.translate(new Not(new EqualTo("`tcp.srcport`", 80)))).isEqualTo("tcp.srcport !== 80");
        assertThat(t.translate(new Not(new LessThan("`tcp.srcport`", 1024)))).isEqualTo("tcp.srcport >= 1024");
        assertThat(t.translate(new Not(new Or(new EqualTo("`tcp.srcport`", 80), new IsNull("`ip.src`")))))
                .isEqualTo("(tcp.srcport !== 80 && ip.src)");
    }

    @Test
    void untranslatablePartsAreDroppedFromAndButSpoilOr() {
        StringStartsWith s = new StringStartsWith("`http.host`", "www");
        assertThat(t.translate(new And(s, new GreaterThan("`tcp.srcport`", 1)))).isEqualTo("tcp.srcport > 1");
        assertThat(t.translate(new Or(s, new GreaterThan("`tcp.srcport`", 1)))).isNull();
        assertThat(t.translate(new LessThan("`http.host`", "m"))).as("string order differs").isNull();
        assertThat(t.translate(new EqualTo("`ip.src`", "10.0.0.1 || 1"))).as("not an address").isNull();
        assertThat(t.translate(new EqualTo("`unknown`", 1))).isNull();
    }

    @Test
    void everyTranslationCompiles() {
        Engine e = Engine.standard();
        for (String f : new String[] {"tcp.srcport !== 80", "ip.src in {10.0.0.1, 10.0.0.2}", "!http",
            "(tcp.srcport !== 80 && ip.src)", "http.host == \"a \\\"b\\\"\\\\\"", "tcp.flags.reset == 1",
            "dhcp.client_id.uuid == 4c4c4544-0042-3510-8052-b4c04f4a4d32"}) {
            DisplayFilter.compile(f, e.registry());
        }
    }
}
