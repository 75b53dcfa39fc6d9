package org.jdissect.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** tcpdump flag strings count flags as getopt does. */
class TcpdumpOptionsTest {
    private static final ZoneId UTC = ZoneId.of("UTC");

    @Test
    void bundledAndSeparateFlagsCountTheSame() {
        TcpdumpOptions a = TcpdumpOptions.parse("-nn -vvXe").withZone(UTC);
        TcpdumpOptions b = TcpdumpOptions.parse("-n -n -v -v -X -e").withZone(UTC);
        assertThat(a).isEqualTo(b);
        assertThat(a.numeric()).isEqualTo(2);
        assertThat(a.verbose()).isEqualTo(2);
        assertThat(a.hexAscii()).isEqualTo(1);
        assertThat(a.link()).isTrue();
        assertThat(a.suppressDefaultPrint()).isTrue();
    }

    @Test
    void everyOutputFlag() {
        TcpdumpOptions o = TcpdumpOptions.parse("  -tttt -xx -AA -q -# -S -K --nano --annotate --color=always ");
        assertThat(o.time()).isEqualTo(4);
        assertThat(o.hex()).isEqualTo(2);
        assertThat(o.ascii()).isEqualTo(2);
        assertThat(o.quiet()).isEqualTo(1);
        assertThat(o.number() && o.absoluteSeq() && o.noChecksum() && o.nano() && o.annotate() && o.color())
                .isTrue();
        assertThat(TcpdumpOptions.parse("--number").number()).isTrue();
    }

    @Test
    void emptyIsTcpdumpsDefaultAndMicroWinsOverNano() {
        TcpdumpOptions o = TcpdumpOptions.parse("");
        assertThat(o.numeric()).isZero();
        assertThat(o.zone()).isEqualTo(TcpdumpOptions.localZone());
        assertThat(TcpdumpOptions.parse("--micro --nano").nano()).isFalse();
        assertThat(TcpdumpOptions.parse("--nano --micro").nano()).isFalse();
    }

    @Test
    void inputFlagsAndWordsAreRejected() {
        assertThatThrownBy(() -> TcpdumpOptions.parse("-r file")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-r");
        assertThatThrownBy(() -> TcpdumpOptions.parse("-nn tcp")).hasMessageContaining("\"tcp\"");
        assertThatThrownBy(() -> TcpdumpOptions.parse("--color=auto")).hasMessageContaining("--color=auto");
        assertThatThrownBy(() -> TcpdumpOptions.color("sometimes")).hasMessageContaining("sometimes");
    }
}
