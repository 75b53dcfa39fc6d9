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
        assertThat(JsonPrinter.maskedHex(0xff00000000L, FieldType.UINT40)).isEqualTo("FF00000000");
        assertThat(JsonPrinter.maskedHex(1, FieldType.BOOLEAN)).isEqualTo("1");
        // any other type prints its bytes instead
        assertThat(JsonPrinter.maskedHex(1, FieldType.BYTES)).isNull();
    }
}
