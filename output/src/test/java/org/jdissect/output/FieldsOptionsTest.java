package org.jdissect.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** tshark's -E settings. */
class FieldsOptionsTest {
    @Test
    void settingsChangeTheDefaults() {
        assertThat(FieldsOptions.parse(List.of())).isEqualTo(FieldsOptions.defaults());
        FieldsOptions o = FieldsOptions.parse(List.of("header=y", "separator=/s", "occurrence=f", "aggregator=/s",
                "quote=d"));
        assertThat(o).isEqualTo(new FieldsOptions(true, " ", 'f', " ", 'd'));
        assertThat(FieldsOptions.parse(List.of("separator=/t", "aggregator=;")).aggregator()).isEqualTo(";");
        assertThat(FieldsOptions.parse(List.of("separator=|")).separator()).isEqualTo("|");
    }

    @Test
    void unknownSettingsAreErrors() {
        assertThatThrownBy(() -> FieldsOptions.parse(List.of("header"))).hasMessage("invalid -E parameter \"header\"");
        assertThatThrownBy(() -> FieldsOptions.parse(List.of("colour=y"))).hasMessageContaining("colour=y");
    }
}
