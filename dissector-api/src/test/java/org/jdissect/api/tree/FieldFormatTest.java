package org.jdissect.api.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TimeZone;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.field.Base;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Values as {@code tshark -T fields} prints them and labels as {@code -V} does, one type at a time. The expected
 * strings come from tshark 4.0.17 (times checked with TZ=UTC, America/New_York and Asia/Kolkata).
 */
class FieldFormatTest {
    private static final ByteView BYTES = ByteView.of(new byte[] {0x0a, 0x0b, (byte) 0xff, 0x00});
    /** 2023-11-14 22:13:20.000001 UTC, and 2023-11-09 03:20:00.000001 UTC (a one-digit day). */
    private static final long T1 = 1_700_000_000_000_001_000L;
    private static final long T2 = 1_699_500_000_000_001_000L;
    private final ProtoTree tree = new ProtoTree();
    private TimeZone saved;

    @BeforeEach
    void saveZone() {
        saved = TimeZone.getDefault();
    }

    @AfterEach
    void restoreZone() {
        TimeZone.setDefault(saved);
    }

    private ProtoNode num(FieldDef d, long v) {
        return tree.root().add(d, BYTES, 0, 0, v);
    }

    private ProtoNode obj(FieldDef d, Object v) {
        return tree.root().addObj(d, BYTES, 0, 0, v);
    }

    private static FieldDef def(FieldType t) {
        return FieldDef.builder("x.f", "F", t).build();
    }

    @Test
    void booleansAreOneAndZeroInFieldsAndTheirWordsInTheTree() {
        FieldDef d = FieldDef.builder("x.b", "Syn", FieldType.BOOLEAN).mask(0x02, 12).setNotSet().build();
        assertThat(FieldFormat.value(num(d, 1))).isEqualTo("1");
        assertThat(FieldFormat.value(num(d, 0))).isEqualTo("0");
        assertThat(FieldFormat.label(num(d, 1))).isEqualTo(".... .... ..1. = Syn: Set");
        assertThat(FieldFormat.label(num(FieldDef.builder("x.m", "Frame is marked", FieldType.BOOLEAN).build(), 0)))
                .isEqualTo("Frame is marked: False");
    }

    @Test
    void bytesArePlainHexInFieldsColonSeparatedInJsonAndCutAt36BytesInTheTree() {
        ProtoNode covered = tree.root().addItem(def(FieldType.BYTES), BYTES, 1, 3);
        assertThat(FieldFormat.value(covered)).isEqualTo("0bff00");
        assertThat(FieldFormat.bytesValue(covered, ":")).isEqualTo("0b:ff:00");
        assertThat(FieldFormat.value(obj(def(FieldType.BYTES), new byte[] {1, 2}))).isEqualTo("0102");
        byte[] forty = new byte[40];
        String label = FieldFormat.label(obj(FieldDef.builder("d.d", "Data", FieldType.BYTES).build(), forty));
        assertThat(label).isEqualTo("Data: " + "00".repeat(36) + "\u2026");
        assertThat(FieldFormat.value(obj(def(FieldType.BYTES), forty))).hasSize(80);
    }

    @Test
    void integersFollowTheirBase() {
        FieldDef dec = FieldDef.builder("x.d", "Window", FieldType.UINT16).build();
        FieldDef hex = FieldDef.builder("x.h", "Checksum", FieldType.UINT16).hex().build();
        FieldDef hexDec = FieldDef.builder("ip.id", "Identification", FieldType.UINT16).base(Base.HEX_DEC).build();
        FieldDef named = FieldDef.builder("ip.proto", "Protocol", FieldType.UINT8).names(Map.of(6L, "TCP")).build();
        FieldDef signed = FieldDef.builder("x.s", "Encapsulation type", FieldType.INT16).build();
        assertThat(FieldFormat.value(num(dec, 65535))).isEqualTo("65535");
        assertThat(FieldFormat.value(num(hex, 0x1a))).isEqualTo("0x001a");
        assertThat(FieldFormat.label(num(hexDec, 0x0c14))).isEqualTo("Identification: 0x0c14 (3092)");
        assertThat(FieldFormat.value(num(hexDec, 0x0c14))).isEqualTo("0x0c14");
        assertThat(FieldFormat.label(num(named, 6))).isEqualTo("Protocol: TCP (6)");
        assertThat(FieldFormat.value(num(named, 6))).isEqualTo("6");
        assertThat(FieldFormat.value(num(signed, -1))).isEqualTo("-1");
        assertThat(FieldFormat.value(num(FieldDef.builder("x.u64", "U", FieldType.UINT64).build(), -1)))
                .isEqualTo("18446744073709551615");
    }

    @Test
    void absoluteTimesAreLocalUtcOrUnixAsTheFieldAsks() {
        FieldDef local = FieldDef.builder("frame.time", "Arrival Time", FieldType.ABSOLUTE_TIME)
                .base(Base.TIME_LOCAL).build();
        FieldDef utc = FieldDef.builder("x.utc", "T", FieldType.ABSOLUTE_TIME).base(Base.TIME_UTC).build();
        FieldDef unix = FieldDef.builder("x.unix", "T", FieldType.ABSOLUTE_TIME).base(Base.TIME_UNIX).build();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        assertThat(FieldFormat.value(num(local, T1))).isEqualTo("Nov 14, 2023 22:13:20.000001000 UTC");
        assertThat(FieldFormat.value(num(local, T2))).isEqualTo("Nov  9, 2023 03:20:00.000001000 UTC");
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
        assertThat(FieldFormat.value(num(local, T1))).isEqualTo("Nov 14, 2023 17:13:20.000001000 EST");
        assertThat(FieldFormat.value(num(utc, T1))).isEqualTo("Nov 14, 2023 22:13:20.000001000 UTC");
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kolkata"));
        assertThat(FieldFormat.value(num(local, T1))).isEqualTo("Nov 15, 2023 03:43:20.000001000 IST");
        assertThat(FieldFormat.value(num(unix, T1))).isEqualTo("1700000000.000001000");
        assertThat(FieldFormat.label(num(unix, T1))).isEqualTo("T: 1700000000.000001000 seconds");
    }

    @Test
    void relativeTimesHaveNineDecimalsAndASign() {
        FieldDef d = FieldDef.builder("frame.time_delta", "Time delta", FieldType.RELATIVE_TIME).build();
        assertThat(FieldFormat.value(num(d, 44_437_000))).isEqualTo("0.044437000");
        assertThat(FieldFormat.value(num(d, -1_500_000_000))).isEqualTo("-1.500000000");
        assertThat(FieldFormat.label(num(d, 0))).isEqualTo("Time delta: 0.000000000 seconds");
    }

    @Test
    void addressesPrintAsTsharkDoes() {
        assertThat(FieldFormat.value(num(def(FieldType.ETHER), 0x0011_22aa_bbccL))).isEqualTo("00:11:22:aa:bb:cc");
        assertThat(FieldFormat.value(num(def(FieldType.IPV4), 0xbcbc03f0L))).isEqualTo("188.188.3.240");
        byte[] v6 = new byte[16];
        v6[0] = (byte) 0xfe;
        v6[1] = (byte) 0x80;
        v6[8] = 0x02;
        v6[9] = (byte) 0xe0;
        v6[15] = 0x2a;
        assertThat(FieldFormat.value(obj(def(FieldType.IPV6), v6))).isEqualTo("fe80::2e0:0:0:2a");
        byte[] mid = new byte[16];
        mid[1] = 1;
        mid[15] = 1;
        assertThat(FieldFormat.value(obj(def(FieldType.IPV6), mid))).isEqualTo("1::1");
        byte[] oneZero = {0x20, 0x01, 0x0d, (byte) 0xb8, 0, 0, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1};
        assertThat(FieldFormat.value(obj(def(FieldType.IPV6), oneZero))).isEqualTo("2001:db8:0:1:1:1:1:1");
        assertThat(FieldFormat.value(obj(def(FieldType.IPV6), new byte[16]))).isEqualTo("::");
    }

    @Test
    void doublesAndStrings() {
        assertThat(FieldFormat.value(obj(def(FieldType.DOUBLE), 1.5))).isEqualTo("1.5");
        assertThat(FieldFormat.value(obj(def(FieldType.DOUBLE), 2.0))).isEqualTo("2");
        assertThat(FieldFormat.value(obj(def(FieldType.STRING), "eth:ethertype:ip"))).isEqualTo("eth:ethertype:ip");
        assertThat(FieldFormat.value(tree.root().addItem(def(FieldType.NONE), BYTES, 0, 1))).isEmpty();
    }

    /**
     * A text line added from bytes: its label, made when read, is format_text of the bytes taken for UTF-8 (a lone
     * 0xe9 is U+FFFD, as tshark 4.0.17 shows a text/plain body); a printer's appendFormattedText writes the same for
     * ASCII, and declines (appending nothing) for other bytes or where the label would be cut.
     */
    @Test
    void textOfBytesLabelsAsFormatTextAndPrintersWriteTheSame() {
        byte[] ascii = "cafe \u0001ok\t\r\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        ProtoNode line = tree.root().addTextOfBytes(ByteView.of(ascii), 0, ascii.length);
        assertThat(line.isTextOfBytes()).isTrue();
        assertThat(line.obj()).isNull();
        String expected = "cafe \\001ok\\t\\r\\n";
        StringBuilder sb = new StringBuilder("x");
        assertThat(FieldFormat.appendFormattedText(sb, ascii, 0, ascii.length)).isTrue();
        assertThat(sb).hasToString("x" + expected);
        assertThat(line.label()).isEqualTo(expected);
        assertThat(line.isTextOfBytes()).isFalse(); // the label is made now
        assertThat(FieldFormat.label(line)).isEqualTo(expected);

        byte[] raw = {'c', 'a', 'f', (byte) 0xc3, (byte) 0xa9, ' ', 'c', 'a', 'f', (byte) 0xe9, ' ', (byte) 0xc2,
            (byte) 0x85, '\r', '\n'};
        ProtoNode wide = tree.root().addTextOfBytes(ByteView.of(raw), 0, raw.length);
        StringBuilder declined = new StringBuilder("z");
        assertThat(FieldFormat.appendFormattedText(declined, raw, 0, raw.length)).isFalse();
        assertThat(declined).hasToString("z");
        assertThat(wide.label()).isEqualTo("caf\u00e9 caf\ufffd \\u0085\\r\\n");

        byte[] longControls = new byte[100]; // 100 bytes, 400 characters escaped: over the label limit
        StringBuilder cut = new StringBuilder("y");
        assertThat(FieldFormat.appendFormattedText(cut, longControls, 0, longControls.length)).isFalse();
        assertThat(cut).hasToString("y");
        ProtoNode longLine = tree.root().addTextOfBytes(ByteView.of(longControls), 0, longControls.length);
        // proto.c's label_mark_truncated puts " [truncated]" at 0 in a label without a field name
        assertThat(FieldFormat.label(longLine)).hasSize(FieldFormat.MAX_LABEL - 1).startsWith(" [truncated]\\000");
    }

    /** The bit picture, made four bits at a time, equals the one made a bit at a time, for every width and mask. */
    @Test
    void bitPatternsMatchTheBitByBitPicture() {
        java.util.Random rnd = new java.util.Random(4);
        for (int bits = 1; bits <= 64; bits++) {
            for (int k = 0; k < 200; k++) {
                long mask = rnd.nextLong() & (bits == 64 ? -1L : (1L << bits) - 1);
                if (mask == 0) {
                    continue;
                }
                long value = rnd.nextLong() & (mask >>> Long.numberOfTrailingZeros(mask));
                assertThat(FieldFormat.bitPattern(mask, value, bits)).as("bits %d mask %x value %x", bits, mask, value)
                        .isEqualTo(bitByBit(mask, value, bits));
            }
        }
        assertThat(FieldFormat.bitPattern(0x1fff, 0x85, 16)).isEqualTo("...0 0000 1000 0101");
        assertThat(FieldFormat.bitPattern(0x4, 1, 13)).isEqualTo(". .... .... .1..");
    }

    /** The picture as Wireshark's decode_bitfield_value writes it, one character a bit. */
    private static String bitByBit(long mask, long shiftedValue, int bits) {
        long raw = shiftedValue << Long.numberOfTrailingZeros(mask);
        StringBuilder sb = new StringBuilder();
        for (int i = bits - 1; i >= 0; i--) {
            long bit = 1L << i;
            sb.append((mask & bit) == 0 ? '.' : (raw & bit) != 0 ? '1' : '0');
            if (i > 0 && i % 4 == 0) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    /** format_text_internal's permissive UTF-8 (wsutil/str_util.c in 4.0), checked on tshark's labels of raw bytes. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "6fc3b3      | o\u00f3",
        "c1af        | o",             // an overlong 'o' decodes to 'o' (http-large.pcap, desegmentation off)
        "c088        | \\u0008",     // an overlong control character: \\uXXXX, not \\b
        "d78d        | \\u05CD",     // unassigned: not printable, upper-case hex
        "fe41        | \uFFFD" + "A",
        "e282        | \uFFFD",       // cut short at the end
        "e241        | \uFFFD" + "A", // a missing continuation byte is read again
        "eda080      | \uFFFD",       // a surrogate
        "0d0a07      | \\r\\n\\a",
        "01          | \\001"})
    void formatTextOfBytesIsFormatTextInternal(String hex, String shown) {
        byte[] b = java.util.HexFormat.of().parseHex(hex.trim());
        assertThat(FieldFormat.formatTextOfBytes(b, 0, b.length)).isEqualTo(shown.trim());
    }

    /** -z proto,colinfo's text of an item: the filter that matches it, as tshark 4.0.17 writes it. */
    @Test
    void filterStringsAreWhatTsharkAppendsWithProtoColinfo() {
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        FieldDef flags = FieldDef.builder("tcp.flags", "Flags", FieldType.UINT16).hex().mask(0x0fff, 16).build();
        assertThat(FieldFormat.filterString(num(flags, 0x18))).isEqualTo("tcp.flags == 0x018");
        FieldDef id = FieldDef.builder("ip.id", "Identification", FieldType.UINT16).base(Base.HEX_DEC).build();
        assertThat(FieldFormat.filterString(num(id, 0xd4c4))).isEqualTo("ip.id == 0xd4c4");
        FieldDef status = FieldDef.builder("ip.checksum.status", "Status", FieldType.UINT8).base(Base.NONE)
                .names(Map.of(2L, "Unverified")).build();
        assertThat(FieldFormat.filterString(num(status, 2))).isEqualTo("ip.checksum.status == \"Unverified\"");
        FieldDef code = FieldDef.builder("dns.qry.type", "Type", FieldType.UINT16).names(Map.of(1L, "A")).build();
        assertThat(FieldFormat.filterString(num(code, 1))).isEqualTo("dns.qry.type == 1");
        FieldDef line = FieldDef.builder("http.request.line", "Line", FieldType.STRING).build();
        assertThat(FieldFormat.filterString(obj(line, "Host: a\"b\\\r\n\u0001")))
                .isEqualTo("http.request.line == \"Host: a\\\"b\\\\\\r\\n\\001\"");
        FieldDef proto = FieldDef.builder("frame", "Frame", FieldType.PROTOCOL).build();
        assertThat(FieldFormat.filterString(num(proto, 0))).isEqualTo("frame");
        FieldDef none = FieldDef.builder("tcp.options.sack_perm", "SACK", FieldType.NONE).build();
        assertThat(FieldFormat.filterString(tree.root().add(none, BYTES, 0, 2, 0)))
                .isEqualTo("tcp.options.sack_perm == 0a:0b");
        assertThat(FieldFormat.filterString(num(none, 0))).isEqualTo("tcp.options.sack_perm");
        FieldDef time = FieldDef.builder("frame.time", "Arrival Time", FieldType.ABSOLUTE_TIME).build();
        assertThat(FieldFormat.filterString(num(time, T1)))
                .isEqualTo("frame.time == \"2023-11-14 22:13:20.000001000+0000\"");
        assertThat(FieldFormat.filterString(num(time, 1_700_000_000_000_000_000L)))
                .isEqualTo("frame.time == \"2023-11-14 22:13:20+0000\"");
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kolkata"));
        assertThat(FieldFormat.filterString(num(time, T1)))
                .isEqualTo("frame.time == \"2023-11-15 03:43:20.000001000+0530\"");
        FieldDef xmt = FieldDef.builder("ntp.xmt", "Transmit", FieldType.ABSOLUTE_TIME).base(Base.TIME_UTC).build();
        assertThat(FieldFormat.filterString(num(xmt, T1))).isEqualTo("ntp.xmt == \"2023-11-14 22:13:20.000001000Z\"");
        assertThat(FieldFormat.filterString(tree.root().addText(BYTES, 0, 0, "text"))).isNull();
    }
}
