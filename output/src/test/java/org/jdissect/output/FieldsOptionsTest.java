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
    void onlyTheFirstCharacterOfAValueCountsAsInTshark() {
        assertThat(FieldsOptions.parse(List.of("header=yes", "occurrence=first", "quote=double", "bom=yes")))
                .isEqualTo(new FieldsOptions(true, "\t", 'f', ",", 'd', true));
        assertThat(FieldsOptions.parse(List.of("separator=ab", "aggregator=;;")))
                .isEqualTo(new FieldsOptions(false, "a", 'a', ";", 'n'));
        // a slash not followed by t (separator) or s: print.c's default, a backslash
        assertThat(FieldsOptions.parse(List.of("separator=/x", "aggregator=/t")))
                .isEqualTo(new FieldsOptions(false, "\\", 'a', "\\", 'n'));
    }

    @Test
    void unknownSettingsAreErrorsInTsharksWords() {
        assertThatThrownBy(() -> FieldsOptions.parse(List.of("header")))
                .hasMessageStartingWith("\"header\" is not a valid field output option=value pair.\n");
        assertThatThrownBy(() -> FieldsOptions.parse(List.of("header=")))
                .hasMessageStartingWith("\"header\" is not a valid field output option=value pair.");
        assertThatThrownBy(() -> FieldsOptions.parse(List.of("header=x"))).hasMessageStartingWith("\"header\"");
        assertThatThrownBy(() -> FieldsOptions.parse(List.of("occurrence=x"))).hasMessageContaining("occurrence");
        assertThatThrownBy(() -> FieldsOptions.parse(List.of("=y"))).hasMessageStartingWith("\"=y\"");
        assertThatThrownBy(() -> FieldsOptions.parse(List.of("colour=y"))).hasMessageStartingWith("\"colour\"")
                .hasMessageContaining("The available options for field output \"E\" are:");
    }
}
