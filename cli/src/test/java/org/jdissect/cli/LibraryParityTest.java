package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jdissect.lib.Capture;
import org.jdissect.lib.Jdissect;
import org.jdissect.output.FieldsOptions;
import org.jdissect.output.OutputMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue #9: the library's {@code Capture.print} writes, byte for byte, what {@code jdissect} prints with the same
 * flags, in every output mode, with and without a display filter (surefire runs in UTC, as both use local time).
 */
class LibraryParityTest {
    private static final Jdissect JD = Jdissect.standard();
    private static final List<String> CAPTURES = List.of("seed-rst.pcap", "http-basic.pcapng", "dns-http.pcap",
            "ipv6-http.pcap", "icmp-arp.pcap", "udp-misc.pcap", "tcp-resets.nsec.pcap", "http-chunked.pcap");

    /** One mode: the command's flags and the library's OutputMode for them. */
    record Mode(String flags, OutputMode mode) {
        @Override
        public String toString() {
            return flags;
        }
    }

    private static final List<Mode> MODES = List.of(
            new Mode("-nn -vvXe", OutputMode.tcpdump("-nn -vvXe")),
            new Mode("", OutputMode.tcpdump("")),
            new Mode("-e -ttt -v", OutputMode.tcpdump("-e -ttt -v")),
            new Mode("-# -nn -A -q", OutputMode.tcpdump("-#nnAq")),
            new Mode("-nn -S -K -tttt --nano -xx", OutputMode.tcpdump("-nnSK -tttt --nano -xx")),
            new Mode("--annotate --color=never -nn -vvXe", OutputMode.tcpdump("--annotate --color=never -nn -vvXe")),
            new Mode("-V", OutputMode.tree()),
            new Mode("-V --annotate --color=never", new OutputMode.Tree(true, false)),
            new Mode("-T fields --field frame.number --field ip.src --field tcp.port --field http.host -E header=y"
                    + " -E aggregator=/s -E quote=d",
                    OutputMode.fields(List.of("frame.number", "ip.src", "tcp.port", "http.host"),
                            FieldsOptions.parse(List.of("header=y", "aggregator=/s", "quote=d")))),
            new Mode("-T json", OutputMode.json()),
            new Mode("-T ek", OutputMode.ek()),
            new Mode("-T psml", OutputMode.psml()),
            new Mode("-T text", OutputMode.summary()));

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String c : CAPTURES) {
            for (Mode m : MODES) {
                out.add(Arguments.of(c, m, null));
            }
        }
        for (Mode m : MODES) {
            out.add(Arguments.of("http-basic.pcapng", m, "tcp.len > 0 || dns"));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} -Y {2}")
    @MethodSource("cases")
    void libraryPrintsWhatTheCommandPrints(String capture, Mode m, String filter) throws IOException {
        List<String> args = new ArrayList<>(List.of("-r", TestData.capture(capture).toString()));
        if (!m.flags().isEmpty()) {
            args.addAll(Arrays.asList(m.flags().split(" ")));
        }
        if (filter != null) {
            args.addAll(List.of("-Y", filter));
        }
        int[] rc = new int[1];
        String command = TestData.run(rc, args.toArray(new String[0]));
        assertThat(rc[0]).as("exit code").isZero();

        StringBuilder library = new StringBuilder();
        try (Capture c = JD.open(TestData.capture(capture))) {
            if (filter != null) {
                c.filter(filter);
            }
            c.print(m.mode(), library);
        }
        assertThat(library.toString()).isNotEmpty().isEqualTo(command);
    }
}
