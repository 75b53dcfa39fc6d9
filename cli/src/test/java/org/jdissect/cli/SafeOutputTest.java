package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bytes from packets and capture files never reach the terminal raw: C0 controls (ESC, BEL, NUL…), DEL and C1
 * controls (U+009B is CSI on some terminals) are escaped in every text output, by tshark's conventions in the tshark
 * formats ("\033", "\u001b" in JSON) and tcpdump's in the tcpdump ones ('.' in dumps); bytes that are not UTF-8 come
 * out as Latin-1 characters or U+FFFD, so the output is always valid Unicode; JSON always parses. The hostile bytes
 * sit in HTTP request and status lines, headers and bodies, DNS names, plain UDP data, and a pcapng file's interface
 * name, description and packet comment.
 */
class SafeOutputTest {
    @TempDir
    Path dir;

    /** Everything a terminal could act on, and bytes that are not UTF-8. */
    static final String NASTY = "\u001b[2J\u001b]0;pwned\u0007\u001b[31m\u0000\u0001\u007f\u0080\u009b\u00ff";

    private static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] ipv4(int proto, byte[] payload) {
        int len = 20 + payload.length;
        ByteBuffer b = ByteBuffer.allocate(len);
        b.put((byte) 0x45).put((byte) 0).putShort((short) len).putInt(0).put((byte) 64).put((byte) proto)
                .putShort((short) 0).putInt(0x0a000001).putInt(0x0a000002).put(payload);
        return b.array();
    }

    static byte[] tcp(int sport, int dport, long seq, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(20 + payload.length);
        b.putShort((short) sport).putShort((short) dport).putInt((int) seq).putInt(1).put((byte) 0x50)
                .put((byte) 0x18).putShort((short) 0xffff).putInt(0).put(payload);
        return b.array();
    }

    static byte[] udp(int sport, int dport, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(8 + payload.length);
        b.putShort((short) sport).putShort((short) dport).putShort((short) (8 + payload.length)).putShort((short) 0)
                .put(payload);
        return b.array();
    }

    static List<byte[]> packets() {
        List<byte[]> p = new ArrayList<>();
        byte[] req = latin1("GET /a" + NASTY + " HTTP/1.1\r\nHost: ex" + NASTY + "ample.com\r\nUser-Agent: " + NASTY
                + "\r\nX-Not-Utf8: \u00c3\u0028\u00ed\u00a0\u0080\r\n\r\n");
        p.add(ipv4(6, tcp(40000, 80, 1, req)));
        // text lines are read as UTF-8 (a lone 0x9b is U+FFFD): the last one holds a C1 control encoded so
        String body = NASTY + "\r\nline two " + NASTY + "\r\nC1 as UTF-8 \u00c2\u009b\r\n";
        byte[] res = latin1("HTTP/1.1 200 O" + NASTY + "K\r\nContent-Type: text/plain\r\nContent-Length: "
                + body.length() + "\r\n\r\n" + body);
        p.add(ipv4(6, tcp(80, 40000, 1, res)));
        ByteArrayOutputStream dns = new ByteArrayOutputStream();
        dns.writeBytes(new byte[] {0x12, 0x34, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0});
        byte[] label = latin1("a" + NASTY);
        dns.write(label.length);
        dns.writeBytes(label);
        dns.writeBytes(new byte[] {3, 'c', 'o', 'm', 0, 0, 1, 0, 1});
        p.add(ipv4(17, udp(5353, 53, dns.toByteArray())));
        p.add(ipv4(17, udp(4000, 4001, latin1(NASTY + NASTY))));
        return p;
    }

    static Path pcap(Path dir) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(101);
        int n = 0;
        for (byte[] pkt : packets()) {
            b.putInt(1_700_000_000 + n++).putInt(0).putInt(pkt.length).putInt(pkt.length).put(pkt);
        }
        Path f = dir.resolve("nasty.pcap");
        Files.write(f, java.util.Arrays.copyOf(b.array(), b.position()));
        return f;
    }

    private static void option(ByteBuffer b, int code, byte[] v) {
        b.putShort((short) code).putShort((short) v.length).put(v);
        while (b.position() % 4 != 0) {
            b.put((byte) 0);
        }
    }

    private static void block(ByteBuffer out, int type, ByteBuffer body) {
        int len = 12 + body.position();
        out.putInt(type).putInt(len).put(body.array(), 0, body.position()).putInt(len);
    }

    /** A pcapng file whose interface name, description and packet comment carry the same bytes. */
    static Path pcapng(Path dir) throws IOException {
        ByteBuffer out = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer shb = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        shb.putInt(0x1a2b3c4d).putShort((short) 1).putShort((short) 0).putLong(-1);
        block(out, 0x0a0d0d0a, shb);
        ByteBuffer idb = ByteBuffer.allocate(512).order(ByteOrder.LITTLE_ENDIAN);
        idb.putShort((short) 101).putShort((short) 0).putInt(0);
        option(idb, 2, latin1("eth" + NASTY));
        option(idb, 3, latin1("desc" + NASTY));
        idb.putInt(0);
        block(out, 1, idb);
        for (byte[] pkt : packets()) {
            ByteBuffer epb = ByteBuffer.allocate(4096).order(ByteOrder.LITTLE_ENDIAN);
            epb.putInt(0).putInt(0).putInt(1_000_000).putInt(pkt.length).putInt(pkt.length).put(pkt);
            while (epb.position() % 4 != 0) {
                epb.put((byte) 0);
            }
            option(epb, 1, latin1("comment" + NASTY));
            epb.putInt(0);
            block(out, 6, epb);
        }
        Path f = dir.resolve("nasty.pcapng");
        Files.write(f, java.util.Arrays.copyOf(out.array(), out.position()));
        return f;
    }

    /** The first character a terminal could act on, or that is not valid Unicode, with its index; or null. */
    static String firstUnsafe(String s, boolean delAllowed) {
        return firstUnsafe(s, delAllowed, false);
    }

    /** As above; {@code crAllowed} for follow's ASCII view, which keeps the stream's line ends as tshark's does. */
    static String firstUnsafe(String s, boolean delAllowed, boolean crAllowed) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 && c != '\n' && c != '\t' && !(c == '\r' && crAllowed)
                    || c == 0x7f && !delAllowed
                    || c >= 0x80 && c < 0xa0;
            boolean badSurrogate = Character.isHighSurrogate(c)
                    ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(++i))
                    : Character.isLowSurrogate(c);
            if (control || badSurrogate) {
                int from = Math.max(0, i - 30);
                return String.format("U+%04X at %d after \"%s\"", (int) c, i, s.substring(from, i));
            }
        }
        return null;
    }

    @Test
    void noControlCharacterReachesAnyTextOutput() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> shown = new ArrayList<>();
        for (Path f : List.of(pcap(dir), pcapng(dir))) {
            List<List<String>> all = new ArrayList<>();
            for (List<String> m : HostileCorporaTest.MODES) {
                List<String> a = new ArrayList<>(List.of("-r", f.toString()));
                a.addAll(m);
                all.add(a);
            }
            all.add(List.of("-r", f.toString(), "-T", "fields", "-e", "http.host", "-e", "http.user_agent", "-e",
                    "http.request.uri", "-e", "http.response.phrase", "-e", "dns.qry.name", "-e", "data.data",
                    "-e", "frame.comment", "-e", "frame.interface_name", "-E", "header=y"));
            all.add(List.of("-r", f.toString(), "-V", "-Y", "frame.comment || frame"));
            for (String field : List.of("http.user_agent", "http.request.uri", "dns.qry.name", "frame.comment")) {
                all.add(List.of("-r", f.toString(), "-z", "proto,colinfo," + field + "," + field));
            }
            for (List<String> sub : HostileCorporaTest.SUBCOMMANDS) {
                List<String> a = new ArrayList<>(sub.subList(0, 1));
                a.addAll(List.of("-r", f.toString()));
                a.addAll(sub.subList(1, sub.size()));
                all.add(a);
            }
            all.add(List.of("follow", "-r", f.toString(), "tcp", "0", "--raw"));
            all.add(List.of("follow", "-r", f.toString(), "tcp", "0", "--ascii"));
            all.add(List.of("follow", "-r", f.toString(), "http", "0"));
            all.add(List.of("diff", "-r", f.toString(), "-r", f.toString()));
            for (List<String> args : all) {
                HostileCorporaTest.Run r = HostileCorporaTest.run(args);
                String what = String.join(" ", args);
                boolean isJson = args.contains("json");
                assertThat(r.rc()).as(what + ": " + r.err()).isZero();
                // follow's ASCII view keeps CR as tshark's does (a line end, not an escape sequence)
                boolean asciiFollow = args.get(0).equals("follow") && !args.contains("--hex")
                        && !args.contains("--raw");
                assertThat(firstUnsafe(r.out(), isJson, asciiFollow)).as(f.getFileName() + " " + what).isNull();
                assertThat(firstUnsafe(String.join("\n", r.err()), false)).as(what + " stderr").isNull();
                if (isJson) {
                    assertThat(json.readTree(r.out()).size()).as(what).isEqualTo(4);
                }
                shown.add(r.out());
            }
        }
        // the hostile bytes were printed, escaped: the checks above did not pass on empty output
        String everything = String.join("\n", shown);
        assertThat(everything).contains("\\033[2J", "\\u001b[2J", "\\a", "\\u009B");
    }

    @Test
    void theCheckItselfCatchesRawControls() {
        assertThat(firstUnsafe("ok\n\tfine", false)).isNull();
        assertThat(firstUnsafe("a\u001b[31m", false)).startsWith("U+001B");
        assertThat(firstUnsafe("a\u009b", false)).startsWith("U+009B");
        assertThat(firstUnsafe("a\u007f", false)).startsWith("U+007F");
        assertThat(firstUnsafe("a\u007f", true)).isNull();
        assertThat(firstUnsafe("a\ud800b", false)).startsWith("U+D800");
    }
}
