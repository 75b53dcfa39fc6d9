package org.jdissect.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApiTest {
    @Test
    void fieldsAreTheOnesTheFilterReads() {
        CompiledFilter f = DisplayFilter.compile("ip.addr == 10.0.0.0/8 and (tcp.port in {80} or http)",
                TestRegistry.REGISTRY);
        assertThat(f.fields()).containsExactlyInAnyOrder(TestRegistry.IP_ADDR, TestRegistry.TCP_PORT,
                TestRegistry.HTTP);
    }

    @Test
    void blankFilterMatchesEverything() {
        assertThat(DisplayFilter.compile("  ", TestRegistry.REGISTRY).test(Packets.httpHead())).isTrue();
    }

    @Test
    void aCompiledFilterCanBeReusedAcrossPackets() {
        CompiledFilter f = DisplayFilter.compile("ip.src == 2.2.2.2", TestRegistry.REGISTRY);
        assertThat(f.test(Packets.httpHead())).isFalse();
        assertThat(f.test(Packets.tunnelled())).isTrue();
        assertThat(f.test(Packets.httpHead())).isFalse();
    }

    @Test
    void renderPutsACaretUnderTheOffendingColumns() {
        assertThatThrownBy(() -> DisplayFilter.compile("tcp.port == 80 and htttp", TestRegistry.REGISTRY))
                .isInstanceOfSatisfying(DisplayFilterException.class, e -> assertThat(e.render()).isEqualTo("""
                        htttp is neither a field nor a protocol name.
                            tcp.port == 80 and htttp
                                               ^~~~~"""));
    }

    @Test
    void printUsesCanonicalSpellingAndOnlyNeededParentheses() {
        assertThat(DisplayFilter.print(DisplayFilter.parse("a eq 1 && (b || c) || !d")))
                .isEqualTo("a == 1 and (b or c) or not d");
        assertThat(DisplayFilter.print(DisplayFilter.parse("x*{y+1}==2 and tcp.port not in {1..3,5}")))
                .isEqualTo("x * {y + 1} == 2 and not tcp.port in {1 .. 3, 5}");
        assertThat(DisplayFilter.print(DisplayFilter.parse("a !== 1 and all b > 2 and c all_eq 3")))
                .isEqualTo("a !== 1 and all b > 2 and c === 3");
    }
}
