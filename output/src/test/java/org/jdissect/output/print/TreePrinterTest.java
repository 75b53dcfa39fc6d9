package org.jdissect.output.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.capture.CaptureReader;
import org.jdissect.api.capture.Captures;
import org.jdissect.api.capture.PacketRecord;
import org.jdissect.api.dissect.Dissection;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldType;
import org.jdissect.output.AsciiSink;
import org.jdissect.output.Testdata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tree printer writes data dumps as bytes to an {@link AsciiSink} and keeps labels with characters above U+00FF
 * out of its builder; the text must not depend on either (the -V goldens go through the CLI's sink, the library
 * through plain appendables).
 */
class TreePrinterTest {
    /** Collects what it is given, characters and ASCII bytes alike, in order. */
    private static final class Sink implements AsciiSink {
        final StringBuilder text = new StringBuilder();

        @Override
        public void writeAscii(byte[] b, int off, int len) {
            for (int i = 0; i < len; i++) {
                text.append((char) b[off + i]);
            }
        }

        @Override
        public Appendable append(CharSequence csq) {
            text.append(csq);
            return this;
        }

        @Override
        public Appendable append(CharSequence csq, int start, int end) {
            text.append(csq, start, end);
            return this;
        }

        @Override
        public Appendable append(char c) {
            text.append(c);
            return this;
        }
    }

    private static String print(String capture, Appendable out) throws IOException {
        Engine engine = Engine.standard();
        TreePrinter printer = new TreePrinter(out);
        Dissection d = engine.newDissection().labels(true);
        try (CaptureReader r = Captures.open(Testdata.capture(capture))) {
            PacketRecord rec = new PacketRecord();
            while (r.next(rec)) {
                printer.packet(d.dissect(rec));
            }
        }
        return out instanceof Sink sink ? sink.text.toString() : out.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http-large.pcap", "http-chunked.pcap", "dns-http.pcap", "udp-misc.pcap"})
    void theSameTextAsCharactersAndAsBytes(String capture) throws IOException {
        StringBuilder chars = new StringBuilder();
        print(capture, chars);
        Sink sink = new Sink();
        print(capture, sink);
        assertThat(sink.text.toString()).isEqualTo(chars.toString());
    }

    @Test
    void thoseCapturesHaveBothKindsOfText() throws IOException {
        assertThat(print("http-large.pcap", new Sink())).contains("\u2026]\n");
        assertThat(print("udp-misc.pcap", new Sink())).contains(" bytes)\n\n0000  ");
    }

    @Test
    void dataDumpOffsetsAreAsWideAsTheLastOneNeeds() throws IOException {
        // tshark 4.0.17 -V on a 204,800-byte HTTP body of the benchmark capture: rows 00000, 00010… (one width for
        // the whole dump, print_hex_data_buffer's rule), not 0000 … ffff then 10000
        byte[] bytes = new byte[0x10000 + 20];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        FieldDef data = FieldDef.builder("data", "Data", FieldType.PROTOCOL).build();
        Dissection d = Engine.standard().newDissection().labels(true);
        PacketContext ctx = d.context();
        ctx.tree().root().addItem(data, ByteView.of(bytes), 0, bytes.length).label("Data (" + bytes.length + " bytes)");
        Sink sink = new Sink();
        new TreePrinter(sink).packet(ctx);
        String[] rows = sink.text.toString().split("\n");
        assertThat(rows[0]).isEqualTo("Data (65556 bytes)");
        assertThat(rows[1]).isEmpty();
        assertThat(rows[2]).isEqualTo("00000  00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f   ................");
        assertThat(rows[2 + 0xfff]).startsWith("0fff0  f0 f1 f2 f3").endsWith("   ................");
        assertThat(rows[2 + 0x1000]).isEqualTo("10000  00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f   ................");
        assertThat(rows[3 + 0x1000]).isEqualTo("10010  10 11 12 13" + "   ".repeat(12) + "   ....");
    }
}
