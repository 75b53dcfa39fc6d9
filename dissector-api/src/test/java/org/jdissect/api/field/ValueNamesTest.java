package org.jdissect.api.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Value names looked up without boxing, densely for small values, by search otherwise; a map ordered by value. */
class ValueNamesTest {
    @Test
    void smallValuesAndLargeOrNegativeOnesAreFound() {
        Map<Long, String> small = Map.of(6L, "TCP", 17L, "UDP", 0L, "HOPOPT");
        Map<Long, String> wide = Map.of(-1L, "minus one", 0x86ddL, "IPv6", 1L << 40, "far");
        FieldDef a = FieldDef.builder("t.small", "small", FieldType.UINT8).names(small).build();
        FieldDef b = FieldDef.builder("t.wide", "wide", FieldType.INT64).names(wide).build();
        FieldDef none = FieldDef.builder("t.none", "none", FieldType.UINT8).build();
        assertThat(a.valueName(6)).isEqualTo("TCP");
        assertThat(a.valueName(0)).isEqualTo("HOPOPT");
        assertThat(a.valueName(5)).isNull();
        assertThat(a.valueName(18)).isNull();
        assertThat(a.valueName(-6)).isNull();
        assertThat(b.valueName(-1)).isEqualTo("minus one");
        assertThat(b.valueName(0x86dd)).isEqualTo("IPv6");
        assertThat(b.valueName(1L << 40)).isEqualTo("far");
        assertThat(b.valueName(2)).isNull();
        assertThat(none.valueName(0)).isNull();
        assertThat(a.valueNames()).isEqualTo(small);
        assertThat(b.valueNames()).isEqualTo(wide).containsEntry(-1L, "minus one");
        assertThat(a.valueNames().get("6")).isNull();
        assertThat(List.copyOf(a.valueNames().keySet())).containsExactly(0L, 6L, 17L);
    }

    @Test
    void nullNamesAreRefused() {
        Map<Long, String> bad = new HashMap<>();
        bad.put(1L, null);
        assertThatThrownBy(() -> FieldDef.builder("t.bad", "bad", FieldType.UINT8).names(bad).build())
                .isInstanceOf(NullPointerException.class);
    }
}
