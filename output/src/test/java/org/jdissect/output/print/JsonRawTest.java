package org.jdissect.output.print;

import static org.assertj.core.api.Assertions.assertThat;

import org.jdissect.api.field.FieldType;
import org.junit.jupiter.api.Test;

/** The pieces of {@code -T json -x}'s "_raw" arrays that the oracle captures seldom reach. */
class JsonRawTest {
    @Test
    void aBitFieldsValueIsPrintedAsPrintCDoes() {
        // "%X" of the value as a 32-bit unsigned int for the types up to 32 bits, signed ones included
        assertThat(JsonPrinter.maskedHex(0x2e, FieldType.UINT8)).isEqualTo("2E");
        assertThat(JsonPrinter.maskedHex(-1, FieldType.INT8)).isEqualTo("FFFFFFFF");
        assertThat(JsonPrinter.maskedHex(0xfff, FieldType.UINT16)).isEqualTo("FFF");
        // PRIX64 for 64-bit types and booleans
        assertThat(JsonPrinter.maskedHex(-2, FieldType.INT64)).isEqualTo("FFFFFFFFFFFFFFFE");
        assertThat(JsonPrinter.maskedHex(1, FieldType.BOOLEAN)).isEqualTo("1");
        // any other type prints its bytes instead
        assertThat(JsonPrinter.maskedHex(1, FieldType.BYTES)).isNull();
    }

    @Test
    void typesAreWiresharksFtenumNumbers() {
        assertThat(JsonPrinter.wiresharkType(FieldType.PROTOCOL)).isEqualTo(1);
        assertThat(JsonPrinter.wiresharkType(FieldType.UINT24)).isEqualTo(6);
        assertThat(JsonPrinter.wiresharkType(FieldType.STRING)).isEqualTo(26);
        assertThat(JsonPrinter.wiresharkType(FieldType.ETHER)).isEqualTo(29);
        assertThat(JsonPrinter.wiresharkType(FieldType.IPV6)).isEqualTo(33);
        assertThat(JsonPrinter.wiresharkType(FieldType.FRAMENUM)).isEqualTo(35);
    }
}
