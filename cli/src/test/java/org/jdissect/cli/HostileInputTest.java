package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.capture.CaptureReader;
import org.jdissect.api.capture.Captures;
import org.jdissect.api.capture.LinkType;
import org.jdissect.api.capture.PacketRecord;
import org.jdissect.api.dissect.Dissection;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.output.print.JsonPrinter;
import org.jdissect.output.print.TreePrinter;
import org.jdissect.dsl.DisplayFilter;
import org.jdissect.dsl.DisplayFilterException;
import org.junit.jupiter.api.Test;

/** Packets built to hurt: loops, depth, absurd lengths, many streams, terminal control sequences. */
class HostileInputTest {
    private static final Engine ENGINE = Engine.standard();

    private static byte[] ipv4(int proto, byte[] payload) {
        int len = 20 + payload.length;
        byte[] b = new byte[len];
        b[0] = 0x45;
        b[2] = (byte) (len >> 8);
        b[3] = (byte) len;
        b[8] = 64;
        b[9] = (byte) proto;
        b[12] = 10;
        b[15] = 1;
        b[16] = 10;
        b[19] = 2;
        System.arraycopy(payload, 0, b, 20, payload.length);
        return b;
    }

    private static byte[] udp(int sport, int dport, byte[] payload) {
        int len = 8 + payload.length;
        byte[] b = new byte[len];
        b[0] = (byte) (sport >> 8);
        b[1] = (byte) sport;
        b[2] = (byte) (dport >> 8);
        b[3] = (byte) dport;
        b[4] = (byte) (len >> 8);
        b[5] = (byte) len;
        System.arraycopy(payload, 0, b, 8, payload.length);
        return b;
    }

    private static byte[] tcp(int sport, int dport, int flags, long seq, byte[] payload) {
        byte[] b = new byte[20 + payload.length];
        b[0] = (byte) (sport >> 8);
        b[1] = (byte) sport;
        b[2] = (byte) (dport >> 8);
        b[3] = (byte) dport;
        for (int i = 0; i < 4; i++) {
            b[4 + i] = (byte) (seq >>> (24 - 8 * i));
        }
        b[12] = 0x50;
        b[13] = (byte) flags;
        b[14] = (byte) 0xff;
        b[15] = (byte) 0xff;
        System.arraycopy(payload, 0, b, 20, payload.length);
        return b;
    }

    private static PacketContext raw(Dissection d, long n, byte[] pkt) {
        return d.dissect(new PacketRecord().set(n, 1000 + n, 0, pkt.length, LinkType.RAW, ByteView.of(pkt)));
    }

    private static String render(PacketContext ctx) throws IOException {
        StringBuilder sb = new StringBuilder();
        new TreePrinter(sb).packet(ctx);
        StringWriter json = new StringWriter();
        JsonPrinter js = new JsonPrinter(json);
        js.packet(ctx);
        js.finish();
        return sb + "\n" + json;
    }

    @Test
    void dnsCompressionPointerLoopEndsInAMarkerAndTheNextPacketIsFine() throws IOException {
        ByteArrayOutputStream m = new ByteArrayOutputStream();
        m.writeBytes(new byte[] {0x12, 0x34, (byte) 0x81, (byte) 0x80, 0, 1, 0, 1, 0, 0, 0, 0});
        m.writeBytes(new byte[] {(byte) 0xc0, 12, 0, 1, 0, 1}); // question name points at itself
        m.writeBytes(new byte[] {3, 'a', 'b', 'c', (byte) 0xc0, 18, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 1, 2, 3, 4});
        Dissection d = ENGINE.newDissection();
        PacketContext ctx = raw(d, 1, ipv4(17, udp(53, 5353, m.toByteArray())));
        assertThat(render(ctx)).contains("pointer that loops").doesNotContain("Dissector bug");
        ctx = raw(d, 2, ipv4(17, udp(1234, 53, new byte[] {0, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 'x', 0, 0, 1, 0,
            1})));
        assertThat(ctx.tree().find("dns.qry.name").obj()).isEqualTo("x");
        assertThat(ctx.tree().find("_ws.malformed")).isNull();
    }

    @Test
    void deeplyNestedIpInIpIsBoundedNotAStackOverflow() throws IOException {
        byte[] pkt = udp(1, 2, new byte[0]);
        pkt = ipv4(17, pkt);
        for (int i = 0; i < 3000; i++) {
            pkt = ipv4(4, pkt);
        }
        Dissection d = ENGINE.newDissection();
        PacketContext ctx = raw(d, 1, pkt);
        String out = render(ctx);
        // a cap, shown as Wireshark shows its tree limits: the message alone, no exception class
        assertThat(out).contains("[Dissector bug, protocol IPv4: Maximum tree depth 32 exceeded (IP in IP)]")
                .doesNotContain("StackOverflow");
        assertThat(d.limitHits().count(org.jdissect.api.limits.Limit.LAYER_DEPTH)).isEqualTo(1);
        assertThat(raw(d, 2, ipv4(17, udp(1, 2, new byte[0]))).tree().find("_ws.malformed")).isNull();
    }

    @Test
    void absurdChunkSizesAllocateNothingGiant() throws IOException {
        Dissection d = ENGINE.newDissection();
        String[] sizes = {"ffffffffffffffff", "7fffffff", "fffffff", "-1", "1ffffffffffffffffffff", "0x10"};
        long n = 0;
        for (String size : sizes) {
            byte[] body = ("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Length: 99999999999\r\n\r\n" + size
                    + "\r\nabc\r\n0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
            n++;
            PacketContext ctx = raw(d, n, ipv4(6, tcp(80, 40000 + (int) n, 0x18, 1, body)));
            assertThat(render(ctx)).doesNotContain("Dissector bug");
        }
    }

    @Test
    void manyTinyTcpStreamsKeepPerStreamStateSmall() {
        Dissection d = ENGINE.newDissection();
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        for (int i = 0; i < 100_000; i++) {
            byte[] pkt = ipv4(6, tcp(1024 + (i % 60000), 80 + i / 60000, 0x02, i, new byte[0]));
            pkt[13] = (byte) (i >> 8);
            pkt[14] = (byte) i;
            raw(d, i + 1, pkt);
        }
        System.gc();
        long grown = rt.totalMemory() - rt.freeMemory() - before;
        // what 100k open conversations cost at most (about 1 KiB each, no reassembly buffers, no unacked lists)
        assertThat(grown).isLessThan(160L * 1024 * 1024);
    }

    @Test
    void controlCharactersFromPacketsAreEscapedInTreeAndJson() throws IOException {
        try (CaptureReader r = Captures.open(TestData.ROOT.resolve("fuzz-regressions/http-control-chars.pcap"))) {
            PacketRecord rec = new PacketRecord();
            assertThat(r.next(rec)).isTrue();
            PacketContext ctx = ENGINE.newDissection().dissect(rec);
            StringBuilder tree = new StringBuilder();
            new TreePrinter(tree).packet(ctx);
            String out = render(ctx);
            assertThat(out).contains("User-Agent: evil\\033]0;pwned\\a\\033[31mred\\177");
            assertThat(out).contains("\"http.host\": \"ex\\u0007ample.com\"");
            for (char c : out.toCharArray()) {
                // tshark's JSON keeps DEL raw, as this does
                assertThat(c < 0x20 && c != '\n').as("raw control character U+%04X", (int) c).isFalse();
            }
            for (char c : tree.toString().toCharArray()) {
                assertThat(c < 0x20 && c != '\n' || c == 0x7f || c >= 0x80 && c < 0xa0)
                        .as("raw control character U+%04X reaches the terminal", (int) c).isFalse();
            }
        }
    }

    @Test
    void regexFilterFoundByFuzzingIsAFilterError() throws IOException {
        // testdata/fuzz-regressions/filter-regex-unmatched-paren.bin: Jazzer, FilterFuzzTest#compile (ROBUSTNESS.md, finding 1)
        String text = new String(Files.readAllBytes(TestData.ROOT.resolve(
                "fuzz-regressions/filter-regex-unmatched-paren.bin")), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DisplayFilter.compile(text, ENGINE.registry()))
                .isInstanceOf(DisplayFilterException.class).hasMessageContaining("Regex compilation error");
    }
}
