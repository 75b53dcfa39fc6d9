package org.jdissect.api.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Wireshark's ftypes as jdissect names and numbers them, and the GUID value's forms. */
class FieldTypesTest {
    @Test
    void ftypesAreNumberedAsFtypesDotHNumbersThem() {
        // the numbers -T json -x prints (epan/ftypes/ftypes.h of 4.0)
        assertThat(Ftype.FT_PROTOCOL.number()).isEqualTo(1);
        assertThat(Ftype.FT_UINT24.number()).isEqualTo(6);
        assertThat(Ftype.FT_UINT40.number()).isEqualTo(8);
        assertThat(Ftype.FT_UINT56.number()).isEqualTo(10);
        assertThat(Ftype.FT_INT40.number()).isEqualTo(16);
        assertThat(Ftype.FT_STRING.number()).isEqualTo(26);
        assertThat(Ftype.FT_STRINGZ.number()).isEqualTo(27);
        assertThat(Ftype.FT_ETHER.number()).isEqualTo(29);
        assertThat(Ftype.FT_IPv6.number()).isEqualTo(33);
        assertThat(Ftype.FT_FRAMENUM.number()).isEqualTo(35);
        assertThat(Ftype.FT_GUID.number()).isEqualTo(36);
        assertThat(Ftype.FT_OID.number()).isEqualTo(37);
        assertThat(Ftype.FT_EUI64.number()).isEqualTo(38);
        assertThat(Ftype.FT_STRINGZPAD.number()).isEqualTo(43);
        assertThat(Ftype.FT_STRINGZTRUNC.number()).isEqualTo(45);
    }

    @Test
    void everyFieldTypeHasTheFtypeOfItsWidthAndKind() {
        for (FieldType t : FieldType.values()) {
            Ftype f = t.ftype();
            if (t.isInteger() && t != FieldType.FRAMENUM) {
                // FT_UINT40 for a 5-byte unsigned integer, FT_INT56 for a 7-byte signed one
                assertThat(f.name()).isEqualTo((t.isSigned() ? "FT_INT" : "FT_UINT") + 8 * t.width());
            }
        }
        assertThat(FieldType.GUID.ftype()).isEqualTo(Ftype.FT_GUID);
        assertThat(FieldType.IPV4.ftype().name()).isEqualTo("FT_IPv4");
    }

    @Test
    void aStringIsDeclaredAsOneOfWiresharksStringTypesAndKeepsItThroughAVariant() {
        FieldDef pad = FieldDef.builder("mstp.config_name", "MST Config name", FieldType.STRING).stringzpad().build();
        assertThat(pad.ftype()).isEqualTo(Ftype.FT_STRINGZPAD);
        assertThat(pad.nulTerminated()).isFalse();
        assertThat(pad.withMask(0, 0).ftype()).isEqualTo(Ftype.FT_STRINGZPAD);
        FieldDef z = FieldDef.builder("x.z", "Z", FieldType.STRING).stringz().build();
        assertThat(z.nulTerminated()).isTrue();
        assertThat(z.ftype()).isEqualTo(Ftype.FT_STRINGZ);
        // a variant of another type has that type's ftype (packet-llc.c's llc.control.ftype, FT_UINT8 and FT_UINT16)
        FieldDef u8 = FieldDef.builder("x.u", "U", FieldType.UINT8).build();
        assertThat(u8.variant(FieldType.UINT16, 0, 0).ftype()).isEqualTo(Ftype.FT_UINT16);
        // the form before ftype() existed still says FT_STRINGZ and FT_OID
        FieldDef old = new FieldDef("x.o", "O", FieldType.STRING, null, 0, 0, null, null, null, 7, false, false, true);
        assertThat(old.objectIdentifier()).isTrue();
        assertThat(old.ftype()).isEqualTo(Ftype.FT_OID);
    }

    @Test
    void onlyAStringTakesAnotherStringTypeAndNothingTakesAnotherKind() {
        assertThatThrownBy(() -> FieldDef.builder("x.u", "U", FieldType.UINT8).stringzpad().build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldDef.builder("x.s", "S", FieldType.STRING).declared(Ftype.FT_GUID).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLittleEndianGuidHasItsFirstThreeGroupsSwappedAsPacketDhcpReadsIt() {
        byte[] wire = HexFormat.of().parseHex("00" + "101112131415161718191a1b1c1d1e1f");
        byte[] g = Guids.fromWire(wire, 1, true);
        assertThat(Guids.text(g)).isEqualTo("13121110-1514-1716-1819-1a1b1c1d1e1f");
        assertThat(Guids.text(Guids.fromWire(wire, 1, false))).isEqualTo("10111213-1415-1617-1819-1a1b1c1d1e1f");
        // tshark orders GUIDs by their e_guid_t's bytes on a little-endian host: here the wire's order
        assertThat(HexFormat.of().formatHex(Guids.comparisonOrder(g))).isEqualTo("101112131415161718191a1b1c1d1e1f");
    }

    @Test
    void aGuidLiteralIsItsFirstThirtySixCharactersInTheDashedFormInEitherCase() {
        assertThat(Guids.text(Guids.parse("13121110-1514-1716-1819-1A1B1C1D1E1F")))
                .isEqualTo("13121110-1514-1716-1819-1a1b1c1d1e1f");
        // get_guid looks at no more than 36 characters
        assertThat(Guids.parse("13121110-1514-1716-1819-1a1b1c1d1e1f-00")).isNotNull();
        assertThat(Guids.parse("13121110-1514-1716-1819-1a1b1c1d1e")).isNull();
        assertThat(Guids.parse("13121110151417161819-1a1b1c1d1e1f0000")).isNull();
        assertThat(Guids.parse("1312111O-1514-1716-1819-1a1b1c1d1e1f")).isNull();
        assertThat(Guids.parse("{13121110-1514-1716-1819-1a1b1c1d1e1f}")).isNull();
    }

    @Test
    void wiresharkNamesMakesTheNewTypesOfFieldsJdissectDoesNotDissect() {
        assertThat(WiresharkNames.fieldType("UINT40")).isEqualTo(FieldType.UINT40);
        assertThat(WiresharkNames.fieldType("INT56")).isEqualTo(FieldType.INT56);
        assertThat(WiresharkNames.fieldType("GUID")).isEqualTo(FieldType.GUID);
        assertThat(WiresharkNames.canonical("lldp.profinet.ir_data_uuid").orElseThrow().type())
                .isEqualTo(FieldType.GUID);
        assertThat(WiresharkNames.canonical("lldp.media.hardware").orElseThrow().ftype())
                .isEqualTo(Ftype.FT_STRINGZPAD);
    }
}
