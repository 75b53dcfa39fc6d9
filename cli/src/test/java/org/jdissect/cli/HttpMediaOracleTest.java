package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Which dissector an HTTP body of each media type goes to, against tshark 4.0.17 (testdata/http-media): the media
 * types Wireshark shows as text lines, as a form, as data, and the rest as "Media Type" with its label. Frames whose
 * body goes to a protocol jdissect lacks (multipart, SDP…) are skipped, as in {@link CoreFieldsOracleTest}.
 */
@ExtendWith(InUtc.class)
class HttpMediaOracleTest {
    private static final Path DIR = TestData.ROOT.resolve("http-media");

    @Test
    void bodiesGoWhereTsharkSendsThem() throws IOException {
        List<String> expected = Files.readAllLines(DIR.resolve("media.pcap.fields.tsv"), StandardCharsets.UTF_8);
        String[] header = expected.get(0).split("\t", -1);
        List<String> actual = TestData.fields(DIR.resolve("media.pcap"), header);
        Set<String> known = TestData.knownProtocols();
        assertThat(CoreFieldsOracleTest.compare(header, expected, actual, known)).isEmpty();
    }

    /**
     * application/json bodies (testdata/http-media/json.pcap): the JSON tree, values and paths, and the bodies (or
     * their tails) that Wireshark 4.0's parser refuses, as text lines: the whole -V output equals tshark's.
     */
    @Test
    void jsonBodiesAreTsharks() throws IOException {
        String expected = Files.readString(DIR.resolve("json.pcap.V.txt"), StandardCharsets.UTF_8);
        int[] rc = new int[1];
        String actual = TestData.run(rc, "-r", DIR.resolve("json.pcap").toString(), "-V");
        assertThat(rc[0]).isZero();
        assertThat(actual).isEqualTo(expected);
    }

    /**
     * text/plain bodies with bytes above 0x7f (testdata/http-media/text.pcap): each line is format_text of UTF-8 as
     * tshark 4.0.17 shows it (U+FFFD for what is not UTF-8, \\u escapes for C1 and overlong controls). The "Media
     * type" label of a Content-Type holding such bytes is written raw by tshark (not UTF-8 then); jdissect writes
     * U+FFFD for each, which is what the oracle reads as here.
     */
    @Test
    void textLinesDecodeUtf8AsTshark() throws IOException {
        String expected = new String(Files.readAllBytes(DIR.resolve("text.pcap.V.txt")), StandardCharsets.UTF_8);
        int[] rc = new int[1];
        String actual = TestData.run(rc, "-r", DIR.resolve("text.pcap").toString(), "-V");
        assertThat(rc[0]).isZero();
        assertThat(actual).isEqualTo(expected);
    }

    /**
     * XML bodies (testdata/http-media/xml.pcap): packet-xml.c's tokenizer on well-formed documents and on what it
     * cannot read, as {@code -O xml} shows them: equal to tshark's, deep nesting and its limit marker included.
     */
    @Test
    void xmlBodiesAreTsharks() throws IOException {
        assertThat(output("xml.pcap", "-O", "xml")).isEqualTo(gunzipped("xml.pcap.O.txt.gz"));
    }

    /**
     * XML of the namespaces Wireshark builds from its DTDs (testdata/http-media/xml-dtd.pcap): rss, presence, smil,
     * reginfo… items under their own protocols and path-named fields, as tshark's -T json shows them.
     */
    @Test
    void dtdNamespacesAreTsharks() throws IOException {
        assertThat(output("xml-dtd.pcap", "-T", "json")).isEqualTo(gunzipped("xml-dtd.pcap.json.gz"));
    }

    /**
     * XML straight over TCP, decoded as XML on its port (testdata/http-media/xml-tcp.pcap): "TCP/XML" in the
     * summary and the tree, as tshark 4.0.17 shows them with the same -d.
     */
    @Test
    void xmlDecodedOnAPortIsTsharks() throws IOException {
        String decodeAs = "tcp.port==5222,xml";
        assertThat(output("xml-tcp.pcap", "-d", decodeAs, "-T", "text") + output("xml-tcp.pcap", "-d", decodeAs,
                "-O", "xml")).isEqualTo(Files.readString(DIR.resolve("xml-tcp.pcap.decode-as.txt")));
    }

    /** What jdissect prints for {@code capture} (in this folder) with {@code args}; it must exit 0. */
    private static String output(String capture, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("-r", DIR.resolve(capture).toString()));
        all.addAll(List.of(args));
        int[] rc = new int[1];
        String out = TestData.run(rc, all.toArray(new String[0]));
        assertThat(rc[0]).isZero();
        return out;
    }

    private static String gunzipped(String oracle) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(DIR.resolve(oracle)))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static boolean weDissect(String line) {
        return !(line.contains("multipart/")
                || line.contains("message/") || line.contains("/sdp") || line.contains("dns-message")
                || line.contains("wml"));
    }

    @Test
    void mediaAndTextLinesLabelsAreTsharks() throws IOException {
        List<String> expected = Files.readAllLines(DIR.resolve("media.pcap.media-lines.txt"), StandardCharsets.UTF_8);
        int[] rc = new int[1];
        List<String> actual = TestData.run(rc, "-r", DIR.resolve("media.pcap").toString(), "-V").lines()
                .filter(l -> l.startsWith("    Media type: ") || l.startsWith("Line-based text data")).toList();
        // bodies of protocols jdissect lacks (multipart, message/http, SDP) are "Media Type" here and
        // their own protocol in tshark: their lines are left out on both sides
        assertThat(actual.stream().filter(HttpMediaOracleTest::weDissect).toList())
                .isEqualTo(expected.stream().filter(HttpMediaOracleTest::weDissect).toList());
        assertThat(actual.stream().filter(HttpMediaOracleTest::weDissect).count()).isGreaterThan(25);
    }
}
