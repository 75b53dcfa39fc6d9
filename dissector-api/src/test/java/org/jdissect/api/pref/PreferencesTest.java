package org.jdissect.api.pref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PreferencesTest {
    private static final BoolPref CHECK = new BoolPref("tcp.check_checksum", "Whether to validate", false);
    private static final BoolPref SEGMENT = new BoolPref("tcp.desegment_tcp_streams", "Whether to reassemble", true);

    private static Preferences prefs() {
        return new Preferences(List.of(CHECK, SEGMENT));
    }

    @Test
    void unsetPreferencesKeepTheirDefaults() {
        Preferences p = prefs();
        assertThat(p.on(CHECK)).isFalse();
        assertThat(p.on(SEGMENT)).isTrue();
        assertThat(p.text(SEGMENT)).isEqualTo("TRUE");
    }

    @Test
    void aBooleanIsTrueOnlyForTheWordTrueInAnyCaseAsPrefsCReadsIt() {
        // tshark 4.0.17: "-o tcp.check_checksum:1" and ":yes" leave checking off, ":True" turns it on
        for (String v : new String[] {"TRUE", "true", "True", " true"}) {
            Preferences p = prefs();
            p.set("tcp.check_checksum:" + v);
            assertThat(p.on(CHECK)).as(v).isTrue();
        }
        for (String v : new String[] {"1", "yes", "maybe", "", "TRUE ", "FALSE"}) {
            Preferences p = prefs();
            p.set("tcp.check_checksum:TRUE");
            p.set("tcp.check_checksum:" + v);
            assertThat(p.on(CHECK)).as(v).isFalse();
        }
    }

    @Test
    void namesAreFoundInAnyCaseAndTheLastSettingWins() {
        Preferences p = prefs();
        p.set("TCP.Desegment_TCP_Streams:FALSE");
        assertThat(p.on(SEGMENT)).isFalse();
        assertThat(p.text(SEGMENT)).isEqualTo("FALSE");
        p.set("tcp.desegment_tcp_streams:TRUE");
        assertThat(p.on(SEGMENT)).isTrue();
    }

    @Test
    void badSettingsAreRefusedWithTsharksWords() {
        Preferences p = prefs();
        assertThatThrownBy(() -> p.set("tcp.check_checksum")).hasMessage("Invalid -o flag \"tcp.check_checksum\"");
        assertThatThrownBy(() -> p.set("tcp.nonesuch:TRUE"))
                .hasMessage("-o flag \"tcp.nonesuch:TRUE\" specifies unknown preference");
        // a blank before the colon is part of the name, which then names nothing
        assertThatThrownBy(() -> p.set("tcp.check_checksum : TRUE")).hasMessageContaining("unknown preference");
    }

    @Test
    void aNameIsDeclaredOnce() {
        assertThatThrownBy(() -> new Preferences(List.of(CHECK, new BoolPref("TCP.check_checksum", "again", true))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new BoolPref("nodot", "x", true)).isInstanceOf(IllegalArgumentException.class);
    }
}
