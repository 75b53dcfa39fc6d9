package org.jdissect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The fast standard-output encoder must write exactly what the JDK's UTF-8 encoder writes. */
class Utf8OutTest {
    private static byte[] through(String... parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Utf8Out w = new Utf8Out(bytes)) {
            for (String p : parts) {
                w.write(p);
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void asciiTwoThreeAndFourByteCharacters() throws IOException {
        String s = "GET / HTTP/1.1\r\n\u00e9\u00b7\u4e2d\u6587\ud83d\ude00 \u2028end";
        assertThat(through(s)).isEqualTo(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSurrogatePairSplitAcrossWrites() throws IOException {
        assertThat(through("a\ud83d", "\ude00b")).isEqualTo("a\ud83d\ude00b".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void loneSurrogatesBecomeQuestionMarksAsTheJdkWrites() throws IOException {
        String s = "x\ud83dy\ude00z\ud83d";
        assertThat(through(s)).isEqualTo(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void moreThanOneBufferFull() throws IOException {
        String s = "0123456789\u00e9".repeat(20_000);
        assertThat(through(s)).isEqualTo(s.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Utf8Out w = new Utf8Out(bytes)) {
            char[] cs = s.toCharArray();
            w.write(cs, 0, cs.length);
            w.append(new StringBuilder("\u4e2d!"));
            w.write('\n');
        }
        assertThat(bytes.toByteArray()).isEqualTo((s + "\u4e2d!\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void encodedBytesGoOutAsTheyAreAfterAnUnpairedHighSurrogate() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] rendered = "\u00e9 \u2026\n".getBytes(StandardCharsets.UTF_8);
        try (Utf8Out w = new Utf8Out(bytes)) {
            w.write("a\ud83d");
            w.writeEncoded(rendered, 0, rendered.length);
            w.writeEncoded(rendered, 0, 0);
            w.write("b");
        }
        assertThat(bytes.toByteArray()).isEqualTo("a?\u00e9 \u2026\nb".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void longWritesGoThroughTheEncoderWithTheSameBytes() throws IOException {
        // long enough for the bulk path, with every kind of character at random places: pairs split across writes
        // and across the 64 KiB buffer's end, lone surrogates of both kinds, a high surrogate ending a write
        java.util.Random rnd = new java.util.Random(11);
        char[] kinds = {'a', '\n', '\u00e9', '\u4e2d', '\ud83d', '\ude00', '~'};
        for (int round = 0; round < 40; round++) {
            StringBuilder all = new StringBuilder();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (Utf8Out w = new Utf8Out(bytes)) {
                for (int k = 0; k < 30; k++) {
                    int len = rnd.nextInt(4) == 0 ? rnd.nextInt(600) : 512 + rnd.nextInt(9000);
                    StringBuilder part = new StringBuilder();
                    for (int i = 0; i < len; i++) {
                        char c = rnd.nextInt(20) == 0 ? kinds[rnd.nextInt(kinds.length)] : (char) ('a' + rnd.nextInt(26));
                        part.append(c);
                    }
                    if (rnd.nextBoolean()) {
                        w.append(part);
                    } else {
                        char[] cs = part.toString().toCharArray();
                        w.write(cs, 0, cs.length);
                    }
                    all.append(part);
                }
            }
            assertThat(bytes.toByteArray()).as("round %d", round)
                    .isEqualTo(all.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
