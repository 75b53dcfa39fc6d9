package org.jdissect.cli.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jdissect.cli.TestData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user sees when libpcap or the permission to capture is missing, and that files never need libpcap. */
class LiveErrorsIT {
    /** pcap4j's property for the library it loads: pointing it nowhere is libpcap not being installed. */
    private static final String NO_LIBPCAP = "-Dorg.pcap4j.core.pcapLibName=/nonexistent/libpcap.so";

    @TempDir
    Path dir;

    private static String[] withJvmOption(String option, String... args) {
        List<String> cmd = new ArrayList<>(Proc.jdissect(args));
        cmd.add(cmd.indexOf("-jar"), option); // right after the java executable, whatever runs it
        return cmd.toArray(String[]::new);
    }

    @Test
    void missingLibpcapIsOneMessageSayingWhatToInstall() throws Exception {
        for (String[] args : new String[][] {{"-D"}, {"-i", "lo", "-c", "1"}}) {
            Proc.Result r = Proc.run(dir, "nolib", 60, withJvmOption(NO_LIBPCAP, args));
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.stderr().lines()).as(r.stderr()).singleElement().satisfies(l -> assertThat(l)
                    .startsWith("jdissect: live capture needs libpcap")
                    .contains("apt-get install libpcap0.8")
                    .contains("never needs it"));
        }
    }

    @Test
    void readingAndWritingFilesNeverLoadsLibpcap() throws Exception {
        Path out = dir.resolve("copy.pcapng");
        Proc.Result w = Proc.run(dir, "write", 60, withJvmOption(NO_LIBPCAP, "-r",
                TestData.capture("http-basic.pcap").toString(), "-Y", "tcp.port == 80", "-w", out.toString(), "-F", "pcapng"));
        assertThat(w.exit()).as(w.stderr()).isZero();
        Proc.Result r = Proc.run(dir, "read", 60, withJvmOption(NO_LIBPCAP, "-r", out.toString(), "-q", "-c", "1"));
        assertThat(r.exit()).as(r.stderr()).isZero();
        assertThat(r.stdout()).contains("IP ");
    }

    @Test
    void missingCapabilityNamesWhatToGrant() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "needs util-linux setpriv to drop capabilities");
        List<String> cmd = new ArrayList<>(List.of("setpriv", "--inh-caps", "-all", "--bounding-set",
                "-net_raw,-net_admin"));
        cmd.addAll(Proc.jdissect("-i", "lo", "-c", "1"));
        Proc.Result r = Proc.run(dir, "noperm", 60, cmd.toArray(String[]::new));
        assumeTrue(!r.stderr().contains("setpriv:"), "setpriv cannot drop capabilities here: " + r.stderr());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.stderr().lines()).as(r.stderr()).singleElement().satisfies(l -> assertThat(l)
                .startsWith("jdissect: lo: ").contains("CAP_NET_RAW").contains("CAP_NET_ADMIN"));
    }

    @Test
    void badCaptureFilterIsReportedAsSuch() throws Exception {
        assumeTrue(Proc.run(dir, "id", 10, "id", "-u").stdout().trim().equals("0"), "needs root to open lo");
        Proc.Result r = Proc.run(dir, "badfilter", 60, Proc.jdissect("-i", "lo", "-f", "tcp port nonsense", "-c", "1")
                .toArray(String[]::new));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.stderr()).contains("bad capture filter (-f) \"tcp port nonsense\"");
    }
}
