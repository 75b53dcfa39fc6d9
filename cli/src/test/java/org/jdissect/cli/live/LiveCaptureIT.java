package org.jdissect.cli.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jdissect.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live capture on real traffic: two network namespaces joined by a veth pair (addresses in 10.213.7.0/24 that exist
 * only inside them), a ping and an HTTP request to {@code python3 -m http.server} from one to the other, captured
 * by the packaged jar under {@code ip netns exec}, written with -w, and read back by jdissect itself. Needs root
 * (namespaces and capture) and iproute2; skips with the reason otherwise. Namespaces and processes are removed in
 * every case.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class LiveCaptureIT {
    private static final String SUFFIX = Long.toString(ProcessHandle.current().pid() % 100000);
    private static final String NS_A = "jdlive-a-" + SUFFIX;
    private static final String NS_B = "jdlive-b-" + SUFFIX;
    private static final String VETH_A = "jdva" + SUFFIX;
    private static final String VETH_B = "jdvb" + SUFFIX;
    private static final String ADDR_A = "10.213.7.1";
    private static final String ADDR_B = "10.213.7.2";

    @TempDir
    static Path dir;
    private static Proc server;
    private static final List<String> setupLog = new ArrayList<>();

    @BeforeAll
    static void namespaces() throws Exception {
        assumeTrue(isRoot(), "live capture test needs root (network namespaces and CAP_NET_RAW); not running as root");
        assumeTrue(Files.isExecutable(Path.of("/usr/sbin/ip")) || Files.isExecutable(Path.of("/sbin/ip"))
                || Files.isExecutable(Path.of("/usr/bin/ip")), "live capture test needs iproute2's ip command");
        try {
            ip("netns", "add", NS_A);
            ip("netns", "add", NS_B);
            ip("link", "add", VETH_A, "type", "veth", "peer", "name", VETH_B);
            ip("link", "set", VETH_A, "netns", NS_A);
            ip("link", "set", VETH_B, "netns", NS_B);
            ip("-n", NS_A, "addr", "add", ADDR_A + "/24", "dev", VETH_A);
            ip("-n", NS_B, "addr", "add", ADDR_B + "/24", "dev", VETH_B);
            for (String[] nd : new String[][] {{NS_A, VETH_A}, {NS_B, VETH_B}}) {
                ip("-n", nd[0], "link", "set", "lo", "up");
                ip("-n", nd[0], "link", "set", nd[1], "up");
            }
        } catch (IOException | AssertionError e) {
            cleanUp();
            assumeTrue(false, "cannot create network namespaces here (" + e.getMessage() + ")");
        }
        Path www = Files.createDirectories(dir.resolve("www"));
        Files.writeString(www.resolve("hello.txt"), "hello from the other namespace\n");
        server = Proc.start(dir, "http-server", "ip", "netns", "exec", NS_B, "python3", "-u", "-m", "http.server",
                "8000", "--bind", ADDR_B, "--directory", www.toString());
        server.awaitOutput(s -> s.contains("Serving HTTP"), 30);
    }

    @AfterAll
    static void cleanUp() throws InterruptedException {
        if (server != null) {
            server.close();
        }
        for (String ns : new String[] {NS_A, NS_B}) {
            try {
                // deleting a namespace also deletes the veth end inside it
                Proc.run(dir, "del-" + ns, 20, "ip", "netns", "del", ns);
            } catch (IOException | AssertionError e) {
                // best effort: the namespace may not have been created
            }
        }
    }

    private static boolean isRoot() {
        try {
            Proc.Result r = Proc.run(Files.createTempDirectory("jdid"), "id", 10, "id", "-u");
            return r.exit() == 0 && r.stdout().trim().equals("0");
        } catch (IOException | InterruptedException | AssertionError e) {
            return false;
        }
    }

    private static void ip(String... args) throws IOException, InterruptedException {
        String[] cmd = Stream.concat(Stream.of("ip"), Stream.of(args)).toArray(String[]::new);
        Proc.Result r = Proc.run(dir, "ip", 20, cmd);
        setupLog.add(String.join(" ", cmd) + " -> " + r.exit());
        if (r.exit() != 0) {
            throw new IOException(String.join(" ", cmd) + ": " + r.stderr().trim());
        }
    }

    /** Runs a command inside namespace A. */
    private static List<String> inA(List<String> command) {
        List<String> c = new ArrayList<>(List.of("ip", "netns", "exec", NS_A));
        c.addAll(command);
        return c;
    }

    /** Pings B from A: the system's ping if there is one, else a raw-socket echo request in Python. */
    private static void ping(int n) throws IOException, InterruptedException {
        boolean hasPing = Stream.of("/usr/bin/ping", "/bin/ping", "/usr/sbin/ping")
                .anyMatch(p -> Files.isExecutable(Path.of(p)));
        List<String> cmd = hasPing
                ? List.of("ping", "-n", "-c", Integer.toString(n), "-i", "0.2", "-W", "2", ADDR_B)
                : List.of("python3", "-c", PY_PING, ADDR_B, Integer.toString(n));
        Proc.Result r = Proc.run(dir, "ping", 30, inA(cmd).toArray(String[]::new));
        assertThat(r.exit()).as("ping: " + r.stdout() + r.stderr()).isZero();
    }

    private static final String PY_PING = String.join("\n",
            "import socket, struct, os, sys, time",
            "dst, n = sys.argv[1], int(sys.argv[2])",
            "s = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP)",
            "s.settimeout(2)",
            "def csum(b):",
            "    t = sum(struct.unpack('!%dH' % (len(b) // 2), b))",
            "    t = (t >> 16) + (t & 0xffff)",
            "    return ~(t + (t >> 16)) & 0xffff",
            "ident = os.getpid() & 0xffff",
            "payload = b'jdissect-live-test!!'",
            "for seq in range(1, n + 1):",
            "    c = csum(struct.pack('!BBHHH', 8, 0, 0, ident, seq) + payload)",
            "    s.sendto(struct.pack('!BBHHH', 8, 0, c, ident, seq) + payload, (dst, 0))",
            "    s.recv(2048)",
            "    time.sleep(0.2)");

    private static void httpGet() throws IOException, InterruptedException {
        Proc.Result r = Proc.run(dir, "http-get", 30, inA(List.of("python3", "-c",
                "import urllib.request; print(urllib.request.urlopen('http://" + ADDR_B
                        + ":8000/hello.txt', timeout=10).read().decode())")).toArray(String[]::new));
        assertThat(r.exit()).as("http get: " + r.stderr()).isZero();
        assertThat(r.stdout()).contains("hello from the other namespace");
    }

    private static Proc capture(String name, String... args) throws IOException, InterruptedException {
        Proc p = Proc.start(dir, name, inA(Proc.jdissect(args)).toArray(String[]::new));
        p.awaitOutput(s -> s.contains("listening on " + VETH_A), 60);
        return p;
    }

    /** jdissect, in process, on a file; returns stdout and checks the exit status is 0. */
    private static String jdissect(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        assertThat(rc).as("jdissect " + String.join(" ", args) + ": " + err).isZero();
        return out.toString();
    }

    private static long count(Path file, String displayFilter) {
        return jdissect("-r", file.toString(), "-Y", displayFilter, "-T", "fields", "-e", "frame.number")
                .lines().filter(l -> !l.isBlank()).count();
    }

    @Test
    void capturesPingAndHttpBetweenNamespacesIntoAFileJdissectReadsBack() throws Exception {
        Path file = dir.resolve("out.pcap");
        int n = 16;
        try (Proc cap = capture("capture-c", "-i", VETH_A, "-c", Integer.toString(n), "-w", file.toString(),
                "-f", "tcp or icmp")) {
            ping(3);
            httpGet();
            // whatever the TCP teardown came to, more echo requests reach -c N
            for (int i = 0; i < 20 && cap.process.isAlive(); i++) {
                ping(1);
            }
            Proc.Result r = cap.await(60);
            assertThat(r.exit()).as(r.stderr()).isZero();
            assertThat(r.stdout()).as("-w prints no packets").isEmpty();
            assertThat(r.stderr()).contains(n + " packets captured").contains("received by filter")
                    .contains("dropped by kernel");
        }
        assertThat(file).exists();
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(f -> f.endsWith(".part"));
        }
        String summary = jdissect("-r", file.toString(), "-T", "fields", "-e", "frame.protocols");
        assertThat(summary.lines()).hasSize(n)
                .allMatch(l -> l.startsWith("eth:ethertype:ip:icmp") || l.startsWith("eth:ethertype:ip:tcp"));
        // the BPF filter let nothing else in (no ARP), and both kinds of traffic are there
        assertThat(count(file, "!(tcp || icmp)")).isZero();
        assertThat(count(file, "icmp.type == 8 && ip.src == " + ADDR_A + " && ip.dst == " + ADDR_B))
                .isGreaterThanOrEqualTo(3);
        assertThat(count(file, "icmp.type == 0 && ip.src == " + ADDR_B)).isGreaterThanOrEqualTo(3);
        assertThat(count(file, "tcp.flags.syn == 1 && tcp.flags.ack == 0 && tcp.dstport == 8000")).isEqualTo(1);
        assertThat(jdissect("-r", file.toString(), "-Y", "http.request", "-T", "fields", "-e", "http.request.method",
                "-e", "http.request.uri", "-d", "tcp.port==8000,http")).isEqualTo("GET\t/hello.txt\n");
        assertThat(jdissect("-r", file.toString(), "-d", "tcp.port==8000,http", "-Y", "http.response.code == 200",
                "-T", "fields", "-e", "ip.src")).isEqualTo(ADDR_B + "\n");
        // tcpdump-style text for the first echo request
        assertThat(jdissect("-r", file.toString(), "-c", "1", "-Y", "icmp.type == 8", "-t"))
                .startsWith("IP " + ADDR_A + " > " + ADDR_B + ": ICMP");
    }

    @Test
    void displayFilterAndFieldsWorkOnLivePacketsAsTheyArrive() throws Exception {
        // -c counts packets captured, as tshark's does with -Y: two echo requests and their two replies
        try (Proc cap = capture("capture-y", "-i", VETH_A, "-c", "4", "-f", "icmp", "-Y",
                "icmp.type == 0", "-T", "fields", "-e", "ip.src", "-e", "icmp.type")) {
            for (int i = 0; i < 10 && cap.process.isAlive(); i++) {
                ping(1);
            }
            Proc.Result r = cap.await(60);
            assertThat(r.exit()).as(r.stderr()).isZero();
            assertThat(r.stdout()).isEqualTo(ADDR_B + "\t0\n" + ADDR_B + "\t0\n");
        }
    }

    @Test
    void interruptStopsCleanlyWithCountsAndACompletePcapng() throws Exception {
        Path file = dir.resolve("interrupted.pcapng");
        Proc.Result r;
        try (Proc cap = capture("capture-int", "-i", VETH_A, "-w", file.toString(), "-F", "pcapng", "-f", "icmp")) {
            ping(3);
            Thread.sleep(300);
            // ip netns exec execs the command, so this pid is the JVM's
            Proc.run(dir, "kill", 10, "kill", "-INT", Long.toString(cap.process.pid()));
            r = cap.await(30);
        }
        assertThat(r.exit()).as(r.stderr()).isZero();
        assertThat(r.stderr()).containsPattern("\\d+ packets? captured\n\\d+ packets? received by filter\n"
                + "\\d+ packets? dropped by kernel");
        long captured = Long.parseLong(r.stderr().replaceAll("(?s).*?(\\d+) packets? captured.*", "$1"));
        // how many arrived before the interrupt depends on timing; what matters is that the counts are printed
        // and the file is complete and holds exactly the packets counted
        assertThat(captured).isNotNegative();
        String frames = jdissect("-r", file.toString(), "-T", "fields", "-e", "frame.interface_name",
                "-e", "icmp.type");
        assertThat(frames.lines()).hasSize((int) captured).allMatch(l -> l.startsWith(VETH_A + "\t"));
    }
}
