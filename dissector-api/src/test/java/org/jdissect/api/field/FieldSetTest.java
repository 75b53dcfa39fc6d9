package org.jdissect.api.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bitmap membership and group intersection, whose last answer per group is remembered. */
class FieldSetTest {
    private static FieldDef field(String name) {
        return FieldDef.builder("t." + name, name, FieldType.UINT8).build();
    }

    @Test
    void membershipIsByDefinition() {
        FieldDef a = field("a");
        FieldDef b = field("b");
        FieldSet s = FieldSet.of(List.of(a));
        assertThat(s.contains(a)).isTrue();
        assertThat(s.contains(b)).isFalse();
        assertThat(s.size()).isEqualTo(1);
        assertThat(FieldSet.empty().contains(a)).isFalse();
    }

    @Test
    void aGroupAskedAboutInTurnBySeveralSetsAnswersEachRightly() {
        List<FieldDef> many = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            many.add(field("f" + i)); // ids over several 64-bit words
        }
        FieldSet group = FieldSet.of(List.of(many.get(3), many.get(130)));
        FieldSet keepsOne = FieldSet.of(List.of(many.get(130)));
        FieldSet keepsOther = FieldSet.of(List.of(many.get(4), many.get(199)));
        for (int round = 0; round < 3; round++) {
            assertThat(keepsOne.intersects(group)).isTrue();
            assertThat(keepsOne.intersects(group)).isTrue();
            assertThat(keepsOther.intersects(group)).isFalse();
            assertThat(FieldSet.empty().intersects(group)).isFalse();
            assertThat(group.intersects(group)).isTrue();
        }
    }
}
