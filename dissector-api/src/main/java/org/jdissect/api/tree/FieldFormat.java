package org.jdissect.api.tree;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.SignStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import org.jdissect.api.field.Base;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldType;

/**
 * Renders field values the way tshark does: {@link #value} as {@code -T fields} and JSON print them, {@link #label}
 * as a {@code -V} tree line. One place, so every output agrees.
 */
public final class FieldFormat {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    /**
     * abs_time_to_str's "%s %2d, %d %02d:%02d:%02d": the year as "%d", so one past 9999 has no "+" ("yyyy" would
     * print "+35913" for a 48-bit TSIG time).
     */
    private static final DateTimeFormatter ABS = new DateTimeFormatterBuilder().appendPattern("MMM ppd, ")
            .appendValue(ChronoField.YEAR, 4, 10, SignStyle.NORMAL).appendPattern(" HH:mm:ss")
            .toFormatter(Locale.US);

    /** Bytes a byte field shows in a tree label before "…" (Wireshark's MAX_BYTE_STR_LEN / 2). */
    static final int MAX_TREE_BYTES = 36;

    private FieldFormat() {
    }

    /** The value as {@code tshark -T fields} prints it; "" for items without a value. */
    public static String value(ProtoNode n) {
        FieldDef d = n.def();
        if (d == null) {
            return "";
        }
        return switch (d.type()) {
            case NONE -> "";
            case PROTOCOL -> "";
            case BOOLEAN -> n.num() != 0 ? "1" : "0";
            case UINT8, UINT16, UINT24, UINT32, UINT40, UINT48, UINT56, UINT64, FRAMENUM ->
                    integer(d, n.num(), d.type().width() * 2);
            case INT8, INT16, INT24, INT32, INT40, INT48, INT56, INT64 -> Long.toString(n.num());
            case FLOAT, DOUBLE -> n.obj() == null ? "" : doubleString(((Number) n.obj()).doubleValue());
            case ETHER -> ether(n.num());
            case IPV4 -> ipv4(n.num());
            case IPV6 -> n.obj() instanceof byte[] b ? ipv6(b) : "";
            case EUI64 -> n.obj() instanceof byte[] b ? hex(b, 0, b.length, ":") : "";
            case GUID -> n.obj() instanceof byte[] b ? org.jdissect.api.field.Guids.text(b) : "";
            // an empty byte field shows tshark's placeholder ("<none>", "<MISSING>") when its dissector gave one
            case BYTES -> n.obj() instanceof String placeholder ? placeholder : bytesValue(n, null);
            case STRING -> n.obj() == null ? "" : n.obj().toString();
            case ABSOLUTE_TIME -> appendAbsoluteTime(new StringBuilder(40), d.base(), n).toString();
            case RELATIVE_TIME -> appendRelativeTime(new StringBuilder(24), n).toString();
        };
    }

    /**
     * proto_construct_match_selected_string: a display filter that matches the item ({@code ip.ttl == 64},
     * {@code http.host == "example.com"}, a protocol's or an empty item's name alone), or null for a text item. As
     * tshark 4.0 writes it: integers as the tree shows their number (hex as wide as the field's mask, decimal for the
     * other bases, a BASE_NONE field's value name quoted), strings quoted and escaped, byte items as hex pairs.
     */
    public static String filterString(ProtoNode n) {
        FieldDef d = n.def();
        if (d == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(d.abbrev());
        switch (d.type()) {
            case PROTOCOL:
                return sb.toString();
            case NONE:
                if (n.length() == 0) {
                    return sb.toString();
                }
                return sb.append(" == ").append(bytesValue(n, ":")).toString();
            case UINT8, UINT16, UINT24, UINT32, INT8, INT16, INT24, INT32, UINT40, UINT48, UINT56, UINT64, INT40,
                    INT48, INT56, INT64, FRAMENUM: {
                String name = d.base() == Base.NONE && d.type().width() <= 4 ? d.valueName(n.num()) : null;
                if (name != null) {
                    return appendQuoted(sb.append(" == "), name).toString();
                }
                sb.append(" == ");
                if ((d.base() == Base.HEX || d.base() == Base.HEX_DEC) && d.type() != FieldType.FRAMENUM) {
                    int digits = d.bitmask() != 0
                            ? (Long.SIZE - Long.numberOfLeadingZeros(d.bitmask() >>> d.shift()) + 3) / 4
                            : d.type().width() * 2;
                    return appendHexPadded(sb.append("0x"), n.num(), digits).toString();
                }
                return (d.type().isSigned() ? sb.append(n.num()) : appendUnsigned(sb, n.num())).toString();
            }
            case STRING:
                return n.obj() == null ? null : appendQuoted(sb.append(" == "), n.obj().toString()).toString();
            case BYTES:
                return sb.append(" == ").append(n.obj() instanceof String ? "" : bytesValue(n, ":")).toString();
            case ABSOLUTE_TIME:
                if (d.base() == Base.TIME_UNIX) {
                    return sb.append(" == ").append(value(n)).toString();
                }
                return appendQuoted(sb.append(" == "), isoTime(n)).toString();
            default:
                return sb.append(" == ").append(value(n)).toString();
        }
    }

    private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss",
            Locale.ROOT);

    /** An absolute time as a filter writes it: local date and time, nanoseconds unless none, the zone's offset. */
    private static String isoTime(ProtoNode n) {
        NsTime at = NsTime.of(n);
        long secs = at.secs();
        long ns = at.nsecs();
        boolean utc = n.def().base() == Base.TIME_UTC || n.def().base() == Base.TIME_NTP_UTC;
        ZonedDateTime t = Instant.ofEpochSecond(secs).atZone(utc ? ZoneOffset.UTC : ZoneId.systemDefault());
        StringBuilder sb = new StringBuilder(40).append(ISO_SECONDS.format(t));
        if (ns != 0) {
            appendNineDigits(sb.append('.'), (int) ns); // a whole second has no fraction
        }
        if (utc) {
            return sb.append('Z').toString();
        }
        int offset = t.getOffset().getTotalSeconds();
        sb.append(offset < 0 ? '-' : '+');
        offset = Math.abs(offset) / 60;
        return sb.append(String.format(Locale.ROOT, "%02d%02d", offset / 60, offset % 60)).toString();
    }

    /**
     * A string literal as ws_escape_string writes it: quotes and backslashes escaped, and \\a \\b \\f \\n \\r \\t \\v.
     * Other control characters, which tshark 4.0 leaves raw, are escaped as -V escapes them (never raw to a terminal).
     */
    private static StringBuilder appendQuoted(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (control(c)) {
                appendEscaped(sb, c);
            } else {
                sb.append(c);
            }
        }
        return sb.append('"');
    }

    /** The first {@code limit} bytes of a byte field's value as hex, no separator. */
    private static String bytesHead(ProtoNode n, int limit) {
        if (n.obj() instanceof byte[] b) {
            return hex(b, 0, Math.min(b.length, limit), null);
        }
        if (n.source() == null) {
            return "";
        }
        int len = Math.min(Math.min(n.length(), n.source().remaining(n.offset())), limit);
        return len <= 0 ? "" : hex(n.source().toArray(n.offset(), len), 0, len, null);
    }

    private static String bytesOf(ProtoNode n, String sep) {
        int len = Math.min(n.length(), n.source().remaining(n.offset()));
        if (len <= 0) {
            return "";
        }
        return hex(n.source().toArray(n.offset(), len), 0, len, sep);
    }

    /**
     * A byte field's value with {@code sep} between bytes: tshark's {@code -T fields} uses none, JSON ':'. The value is
     * the node's byte[] if it has one, else the bytes it covers.
     */
    public static String bytesValue(ProtoNode n, String sep) {
        return n.obj() instanceof byte[] b ? hex(b, 0, b.length, sep) : n.source() == null ? "" : bytesOf(n, sep);
    }

    /** Integer in the field's base; hex is zero-padded to {@code digits}. */
    public static String integer(FieldDef d, long v, int digits) {
        return switch (d.base()) {
            case HEX, HEX_DEC -> "0x" + hexPadded(v, digits);
            case OCT -> "0" + Long.toOctalString(v);
            default -> Long.toUnsignedString(v);
        };
    }

    public static String hexPadded(long v, int digits) {
        String h = Long.toHexString(v);
        if (h.length() >= digits) {
            return h;
        }
        StringBuilder sb = new StringBuilder(digits);
        for (int i = h.length(); i < digits; i++) {
            sb.append('0');
        }
        return sb.append(h).toString();
    }

    private static String doubleString(double v) {
        // tshark prints doubles with %g-like shortest form
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    public static String ether(long v) {
        char[] c = new char[17];
        for (int i = 0; i < 6; i++) {
            int b = (int) (v >>> (40 - 8 * i)) & 0xff;
            c[i * 3] = HEX[b >> 4];
            c[i * 3 + 1] = HEX[b & 15];
            if (i < 5) {
                c[i * 3 + 2] = ':';
            }
        }
        return new String(c);
    }

    public static String ipv4(long v) {
        return ((v >>> 24) & 0xff) + "." + ((v >>> 16) & 0xff) + "." + ((v >>> 8) & 0xff) + "." + (v & 0xff);
    }

    /** RFC 5952 text: lower case, longest run of two or more zero groups as "::", embedded IPv4 not used. */
    public static String ipv6(byte[] a) {
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) {
            g[i] = ((a[2 * i] & 0xff) << 8) | (a[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < 8; ) {
            if (g[i] == 0) {
                int j = i;
                while (j < 8 && g[j] == 0) {
                    j++;
                }
                if (j - i > bestLen && j - i >= 2) {
                    bestStart = i;
                    bestLen = j - i;
                }
                i = j;
            } else {
                i++;
            }
        }
        StringBuilder sb = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(g[i]));
        }
        return sb.toString();
    }

    /** Bytes as lower-case hex, with {@code sep} between bytes when not null. */
    public static String hex(byte[] b, int off, int len, String sep) {
        StringBuilder sb = new StringBuilder(len * (sep == null ? 2 : 3));
        for (int i = 0; i < len; i++) {
            if (sep != null && i > 0) {
                sb.append(sep);
            }
            int v = b[off + i] & 0xff;
            sb.append(HEX[v >> 4]).append(HEX[v & 15]);
        }
        return sb.toString();
    }

    /** Seconds with nine decimals, as tshark prints relative times: "0.044437000", "-1.500000000". */
    public static String relativeTime(long nanos) {
        return appendRelativeTime(new StringBuilder(24), nanos).toString();
    }

    private static StringBuilder appendRelativeTime(StringBuilder sb, long nanos) {
        long a = nanos;
        if (a < 0) {
            sb.append('-');
            a = -a;
        }
        sb.append(a / 1_000_000_000L).append('.');
        return appendNineDigits(sb, (int) (a % 1_000_000_000L));
    }

    /** A relative time node's text: its nanoseconds, or the {@link NsTime} it carries when they cannot show it. */
    private static StringBuilder appendRelativeTime(StringBuilder sb, ProtoNode n) {
        return n.obj() instanceof NsTime t ? t.appendSigned(sb, 9) : appendRelativeTime(sb, n.num());
    }

    /** An absolute time node's text, from the {@link NsTime} it carries when its nanoseconds cannot show it. */
    private static StringBuilder appendAbsoluteTime(StringBuilder sb, Base base, ProtoNode n) {
        if (!(n.obj() instanceof NsTime t)) {
            return appendAbsoluteTime(sb, base, n.num());
        }
        if (base == Base.TIME_UNIX) {
            return t.appendSigned(sb, 9);
        }
        if (base == Base.TIME_NTP_UTC && t.secs() == 0 && t.nsecs() == 0) {
            return sb.append("NULL");
        }
        // abs_time_to_str: the date of the seconds, then the fraction as "%09ld" whatever its value
        boolean utc = base == Base.TIME_UTC || base == Base.TIME_NTP_UTC;
        ZoneId zone = utc ? ZoneOffset.UTC : ZoneId.systemDefault();
        SecondText text = secondText(t.secs(), zone, utc);
        if (t.nsecs() == NsTime.UNSET_NSECS) {
            // an unset time (a text proto_tree_add_time_item could not parse): the date without a fraction
            return sb.append(text.dateTime).append(' ').append(text.zoneName);
        }
        return sb.append(text.dateTime).append('.').append(String.format(Locale.ROOT, "%09d", t.nsecs())).append(' ')
                .append(text.zoneName);
    }

    /** A fraction of a second in nanoseconds as nine digits, leading zeros kept. */
    private static StringBuilder appendNineDigits(StringBuilder sb, int ns) {
        for (int p = 100_000_000; p > 0; p /= 10) {
            sb.append((char) ('0' + ns / p % 10));
        }
        return sb;
    }

    /** An absolute time held as nanoseconds since the epoch, in the display the field asks for. */
    public static String absoluteTime(Base base, long epochNanos) {
        return appendAbsoluteTime(new StringBuilder(40), base, epochNanos).toString();
    }

    private static StringBuilder appendAbsoluteTime(StringBuilder sb, Base base, long epochNanos) {
        if (base == Base.TIME_UNIX) {
            return appendRelativeTime(sb, epochNanos);
        }
        if (base == Base.TIME_NTP_UTC && epochNanos == 0) {
            return sb.append("NULL");
        }
        long sec = Math.floorDiv(epochNanos, 1_000_000_000L);
        int ns = (int) Math.floorMod(epochNanos, 1_000_000_000L);
        boolean utc = base == Base.TIME_UTC || base == Base.TIME_NTP_UTC;
        ZoneId zone = utc ? ZoneOffset.UTC : ZoneId.systemDefault();
        SecondText t = lastSecond;
        if (t == null || t.sec != sec || !t.zone.equals(zone)) {
            t = secondText(sec, zone, utc);
            lastSecond = t; // racy but safe: the record is immutable, a lost update only costs a recomputation
        }
        sb.append(t.dateTime).append('.');
        return appendNineDigits(sb, ns).append(' ').append(t.zoneName);
    }

    /**
     * The text of one second, made once: a capture has many packets a second, and the formatter and the zone's
     * display name are the costly part of every frame's arrival time.
     */
    private record SecondText(long sec, ZoneId zone, String dateTime, String zoneName) {
    }

    private static volatile SecondText lastSecond;

    private static SecondText secondText(long sec, ZoneId zone, boolean utc) {
        ZonedDateTime t = Instant.ofEpochSecond(sec).atZone(zone);
        String name = utc ? "UTC" : java.util.TimeZone.getTimeZone(zone)
                .getDisplayName(zone.getRules().isDaylightSavings(t.toInstant()), java.util.TimeZone.SHORT, Locale.US);
        return new SecondText(sec, zone, ABS.format(t), name);
    }

    static String zoneName(ZoneId zone) {
        return zone.getDisplayName(TextStyle.SHORT, Locale.US);
    }

    /**
     * Appends what proto_tree_add_bitmask appends to the text of a flags item whose value is {@code value}, for its
     * bit fields {@code fields} in their order: ", Name" for each boolean that is set, ", Name: value name" for each
     * field with value names, nothing for other integers (BMT_NO_INT) and clear booleans.
     */
    public static StringBuilder appendBitmaskNames(StringBuilder sb, long value, FieldDef... fields) {
        for (FieldDef f : fields) {
            long v = (value & f.bitmask()) >>> Long.numberOfTrailingZeros(f.bitmask());
            if (f.type() == FieldType.BOOLEAN) {
                if (v != 0) {
                    sb.append(", ").append(f.name());
                }
            } else if (!f.valueNames().isEmpty()) {
                sb.append(", ").append(f.name()).append(": ").append(shownName(f, v));
            }
        }
        return sb;
    }

    /** The bit picture of a masked field, as "..1. ...." over {@code bits} bits. */
    public static String bitPattern(long mask, long shiftedValue, int bits) {
        return appendBitPattern(new StringBuilder(bits + bits / 4), mask, shiftedValue, bits).toString();
    }

    private static StringBuilder appendBitPattern(StringBuilder sb, long mask, long shiftedValue, int bits) {
        long raw = shiftedValue << Long.numberOfTrailingZeros(mask);
        int i = bits - 1;
        // the bits above the last whole group of four (a 13-bit fragment offset's top bit) one by one
        for (; i >= 0 && (i + 1) % 4 != 0; i--) {
            long bit = 1L << i;
            sb.append((mask & bit) == 0 ? '.' : (raw & bit) != 0 ? '1' : '0');
            if (i > 0 && i % 4 == 0) {
                sb.append(' ');
            }
        }
        // then four at a time: a -V tree has some thirty of these lines a TCP packet, and a character at a time was
        // a twentieth of -V's time
        for (; i >= 3; i -= 4) {
            int sh = i - 3;
            sb.append(NIBBLE_PATTERNS[(int) ((mask >>> sh) & 15) << 4 | (int) ((raw >>> sh) & 15)]);
            if (sh > 0) {
                sb.append(' ');
            }
        }
        return sb;
    }

    /** "..1." and so on: each group of four bits of a pattern by (mask nibble × 16 + value nibble). */
    private static final String[] NIBBLE_PATTERNS = new String[256];

    static {
        for (int m = 0; m < 16; m++) {
            for (int v = 0; v < 16; v++) {
                char[] c = new char[4];
                for (int b = 0; b < 4; b++) {
                    int bit = 8 >> b;
                    c[b] = (m & bit) == 0 ? '.' : (v & bit) != 0 ? '1' : '0';
                }
                NIBBLE_PATTERNS[m << 4 | v] = new String(c);
            }
        }
    }

    /** The {@code -V} representation of a node without its brackets or indentation. */
    public static String label(ProtoNode n) {
        String base = n.label() != null ? n.label() : defaultLabel(n);
        // (an escaped control character takes up to six characters: a shorter label cannot reach the limit)
        if (base.length() > MAX_LABEL / 6) {
            // the buffer holds the text escaped (format_text, ws_label_strcpy), so the escapes count towards it
            String escaped = formatText(base);
            if (utf8Length(escaped) > MAX_LABEL) {
                // Wireshark's representation buffer (ITEM_LABEL_LENGTH, in bytes of UTF-8): a label too long gets
                // " [truncated]" at its start (custom text) or after the field name ("Name [truncated]: value")
                int at = n.label() != null || n.def() == null ? 0 : Math.max(0, escaped.indexOf(": "));
                base = markTruncated(escaped.substring(0, at) + TRUNCATED + escaped.substring(at));
            }
        }
        String app = n.appended();
        String all = app == null ? base : base + app;
        // text appended later is cut silently at the same limit, which counts bytes of UTF-8 as tshark's buffer does
        return all.length() > MAX_LABEL / 3 ? cutUtf8(all, MAX_LABEL) : all;
    }

    /**
     * label_mark_truncated's cut of a label with " [truncated]" put in: the buffer ends at the start of the
     * character holding its byte 238 (g_utf8_prev_char from the last byte), so a label of ASCII keeps 238 bytes
     * and one whose character straddles that byte loses the whole character.
     */
    private static String markTruncated(String marked) {
        byte[] b = marked.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int p = MAX_LABEL - 1;
        while (p > 0 && (b[p] & 0xc0) == 0x80) {
            p--;
        }
        return new String(b, 0, p, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The length of {@code s} in bytes of UTF-8 (a lone surrogate counting as the '?' Java writes). */
    static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += Character.isSurrogate(c) ? 1 : 3;
            }
        }
        return n;
    }

    /**
     * The start of {@code s} whose UTF-8 takes at most {@code max} bytes; a character the limit cuts through becomes
     * U+FFFD, as tshark prints the partial sequence its buffer keeps.
     */
    static String cutUtf8(String s, int max) {
        int bytes = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + n > max) {
                return bytes < max ? s.substring(0, i) + "\ufffd" : s.substring(0, i);
            }
            bytes += n;
            i += Character.charCount(cp);
        }
        return s;
    }

    /**
     * Appends what {@code formatText(label(n))} returns, without the intermediate strings for the common items
     * (numbers, booleans, times, protocols), and returns null; or, for a label with a character above U+00FF,
     * appends nothing and returns the label. Such a character would switch the builder to two bytes a character for
     * good, and a printer reusing one builder for every packet would pay for that on everything it appends later.
     */
    public static String appendTreeLabel(StringBuilder sb, ProtoNode n) {
        int start = sb.length();
        if (n.label() == null && n.appended() == null && appendPlainDefault(sb, n)) {
            if (sb.length() - start <= MAX_LABEL) {
                return null;
            }
            sb.setLength(start);
        }
        String label = label(n);
        int len = label.length();
        int plain = 0;
        while (plain < len) {
            char c = label.charAt(plain);
            if (c < 0x20 || c > 0x7e) {
                break;
            }
            plain++;
        }
        if (plain == len) {
            // printable ASCII, nearly every label: nothing to escape, nothing wide; one pass instead of two
            sb.append(label);
            return null;
        }
        String text = formatText(label);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0xff) {
                return text;
            }
        }
        sb.append(text);
        return null;
    }

    /**
     * {@link #defaultLabel} appended for the types whose text is digits and fixed words, when those words need no
     * escaping; false, with nothing appended, for the rest.
     */
    private static boolean appendPlainDefault(StringBuilder sb, ProtoNode n) {
        FieldDef d = n.def();
        if (d == null) {
            return false;
        }
        FieldType t = d.type();
        String word;
        switch (t) {
            case NONE, PROTOCOL, RELATIVE_TIME, ABSOLUTE_TIME -> word = null;
            case BOOLEAN -> word = n.num() != 0 ? d.trueWord() : d.falseWord();
            case UINT8, UINT16, UINT24, UINT32, UINT40, UINT48, UINT56, UINT64, FRAMENUM, INT8, INT16, INT24, INT32,
                    INT40, INT48, INT56, INT64 ->
                    word = shownName(d, n.num());
            default -> {
                return false; // bytes, strings, addresses: their text comes from the packet or is rare
            }
        }
        if (!plainName(d) || (word != null && !plain(word))) {
            return false;
        }
        if (d.bitmask() != 0 && d.bitWidth() > 0) {
            appendBitPattern(sb, d.bitmask(), n.num(), d.bitWidth()).append(" = ");
        }
        sb.append(d.name());
        switch (t) {
            case NONE, PROTOCOL -> {
            }
            case BOOLEAN -> sb.append(": ").append(word);
            case RELATIVE_TIME -> appendRelativeTime(sb.append(": "), n).append(" seconds");
            case ABSOLUTE_TIME -> {
                appendAbsoluteTime(sb.append(": "), d.base(), n);
                if (d.base() == Base.TIME_UNIX) {
                    sb.append(" seconds");
                }
            }
            default -> appendInteger(sb.append(": "), d, n.num(), word);
        }
        return true;
    }

    /**
     * The name a tree line shows for {@code v}: its value name, "Unknown" for a value a field with names lacks (as
     * Wireshark's val_to_str_const does: "Type: Unknown (0x3030)"), or null for a field without names.
     */
    private static String shownName(FieldDef d, long v) {
        String name = d.valueName(v);
        return name == null && !d.valueNames().isEmpty() ? "Unknown" : name;
    }

    /** The integer part of {@link #valueText}: the value in the field's base, with its value name if it has one. */
    private static void appendInteger(StringBuilder sb, FieldDef d, long v, String name) {
        if (name != null && d.base() == Base.NONE) {
            sb.append(name); // BASE_NONE with value names shows the name alone ("Unverified")
            return;
        }
        if (name != null) {
            sb.append(name).append(" (");
        }
        int digits = d.bitmask() != 0
                ? (Long.SIZE - Long.numberOfLeadingZeros(d.bitmask() >>> d.shift()) + 3) / 4
                : d.type().width() * 2;
        switch (d.base()) {
            case HEX -> appendHexPadded(sb.append("0x"), v, digits);
            case HEX_DEC -> appendUnsigned(appendHexPadded(sb.append("0x"), v, digits).append(" ("), v).append(')');
            case DEC_HEX -> appendHexPadded(appendUnsigned(sb, v).append(" (0x"), v, digits).append(')');
            case OCT -> sb.append('0').append(Long.toOctalString(v));
            default -> {
                if (d.type().isSigned()) {
                    sb.append(v);
                } else {
                    appendUnsigned(sb, v);
                }
            }
        }
        if (name != null) {
            sb.append(')');
        }
    }

    private static StringBuilder appendUnsigned(StringBuilder sb, long v) {
        return v >= 0 ? sb.append(v) : sb.append(Long.toUnsignedString(v));
    }

    /** {@link #hexPadded} appended. */
    private static StringBuilder appendHexPadded(StringBuilder sb, long v, int digits) {
        int significant = Math.max(1, (Long.SIZE - Long.numberOfLeadingZeros(v) + 3) / 4);
        for (int i = Math.max(digits, significant) - 1; i >= 0; i--) {
            sb.append(i >= 16 ? '0' : HEX[(int) (v >>> (4 * i)) & 15]);
        }
        return sb;
    }

    /**
     * Whether a field's name is {@link #plain}, remembered by the field's id: every tree line of a field asks, and
     * scanning the name each time was a twentieth of -V's label making. Both printing threads may fill the table;
     * a lost write (two threads growing it at once) only costs a scan again.
     */
    private static boolean plainName(FieldDef d) {
        int id = d.id();
        byte[] known = plainNames;
        if (id < known.length && known[id] != 0) {
            return known[id] == 1;
        }
        boolean p = plain(d.name());
        if (id < MAX_REMEMBERED_ID) {
            if (id >= known.length) {
                known = java.util.Arrays.copyOf(known, Math.max(id + 1, 2 * known.length));
                plainNames = known;
            }
            known[id] = (byte) (p ? 1 : 2);
        }
        return p;
    }

    /** By field id: 0 not known yet, 1 plain, 2 not. */
    private static volatile byte[] plainNames = new byte[4096];
    /** Ids beyond this (a process defining fields by the million) are not remembered. */
    private static final int MAX_REMEMBERED_ID = 1 << 20;

    /** Text that {@link #formatText} leaves as it is and that fits in one byte a character. */
    private static boolean plain(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (control(c) || c > 0xff) {
                return false;
            }
        }
        return true;
    }

    /** Characters of a tree label tshark keeps: ITEM_LABEL_LENGTH (240) less the terminating NUL. */
    public static final int MAX_LABEL = 239;
    private static final String TRUNCATED = " [truncated]";

    private static String defaultLabel(ProtoNode n) {
        FieldDef d = n.def();
        if (d == null) {
            return "";
        }
        if (d.protocolInNameOnly()) {
            return d.name(); // a protocol's item shows its name (a TCP option cut before its dissector labelled it)
        }
        String prefix = d.bitmask() != 0 && d.bitWidth() > 0
                ? bitPattern(d.bitmask(), n.num(), d.bitWidth()) + " = " : "";
        return prefix + d.name() + valueText(n);
    }

    /** ": value" as the tree shows it, or "" for valueless items. */
    private static String valueText(ProtoNode n) {
        FieldDef d = n.def();
        FieldType t = d.type();
        switch (t) {
            case NONE, PROTOCOL:
                return "";
            case BOOLEAN:
                return ": " + (n.num() != 0 ? d.trueWord() : d.falseWord());
            case UINT8, UINT16, UINT24, UINT32, UINT40, UINT48, UINT56, UINT64, FRAMENUM, INT8, INT16, INT24, INT32,
                    INT40, INT48, INT56, INT64: {
                StringBuilder sb = new StringBuilder(": ");
                appendInteger(sb, d, n.num(), shownName(d, n.num()));
                return sb.toString();
            }
            case RELATIVE_TIME:
                return ": " + value(n) + " seconds";
            case ABSOLUTE_TIME:
                return ": " + value(n) + (d.base() == Base.TIME_UNIX ? " seconds" : "");
            case EUI64: {
                // proto.c's label of an FT_EUI64: the address, then its resolved name, which without a name
                // (tshark -n) is the address again
                String v = value(n);
                return ": " + v + " (" + v + ")";
            }
            case BYTES: {
                // Wireshark's tree shows at most 36 bytes of a byte field, then an ellipsis (so only that many are
                // formatted: a payload item covers up to a whole segment)
                String v = n.obj() instanceof String placeholder ? placeholder : bytesHead(n, MAX_TREE_BYTES + 1);
                return ": " + (v.length() > 2 * MAX_TREE_BYTES ? v.substring(0, 2 * MAX_TREE_BYTES) + "\u2026" : v);
            }
            default:
                return ": " + value(n);
        }
    }

    /**
     * format_text of packet bytes taken for UTF-8, as format_text_internal makes it: printable ASCII as it is, other
     * ASCII escaped; a multi-byte sequence decoded permissively (an overlong or old five- or six-byte form gives its
     * code point; a byte that cannot start one, a missing continuation byte, which is then read again, a surrogate or
     * a code point past U+10FFFF give U+FFFD), then written as itself when printable, else as a \\u escape (so an
     * overlong control character too, as tshark writes it).
     */
    public static String formatTextOfBytes(byte[] b, int off, int len) {
        StringBuilder sb = new StringBuilder(len + 16);
        int i = off;
        int end = off + len;
        while (i < end) {
            int c = b[i++] & 0xff;
            if (c < 0x80) {
                if (control((char) c)) {
                    appendEscaped(sb, (char) c);
                } else {
                    sb.append((char) c);
                }
                continue;
            }
            int more;
            int uc;
            if ((c & 0xe0) == 0xc0) {
                more = 1;
                uc = c & 0x1f;
            } else if ((c & 0xf0) == 0xe0) {
                more = 2;
                uc = c & 0x0f;
            } else if ((c & 0xf8) == 0xf0) {
                more = 3;
                uc = c & 0x07;
            } else if ((c & 0xfc) == 0xf8) {
                more = 4;
                uc = c & 0x03;
            } else if ((c & 0xfe) == 0xfc) {
                more = 5;
                uc = c & 0x01;
            } else {
                sb.append('\uFFFD');
                continue;
            }
            for (int k = 0; k < more; k++) {
                if (i >= end || (b[i] & 0xc0) != 0x80) {
                    uc = 0xfffd;
                    break;
                }
                uc = (uc << 6) | (b[i++] & 0x3f);
            }
            if (uc >= 0x110000 || uc >= 0xd800 && uc < 0xe000) {
                uc = 0xfffd;
            }
            if (printable(uc)) {
                sb.appendCodePoint(uc);
            } else {
                appendUniversalName(sb, uc);
            }
        }
        return sb.toString();
    }

    /** g_unichar_isprint as format_text sees it (format characters below U+200B pass, see {@link #control}). */
    private static boolean printable(int cp) {
        if (cp < 0x10000 && control((char) cp)) {
            return false;
        }
        int type = Character.getType(cp);
        return type != Character.UNASSIGNED && type != Character.SURROGATE && type != Character.CONTROL;
    }

    /**
     * Wireshark's {@code format_text}: what a tree label shows of packet text. C escapes for \a \b \f \n \r \t \v,
     * three-digit octal for other control characters and DEL; the rest as is.
     */
    public static String formatText(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && !control(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n + 16).append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (control(c)) {
                appendEscaped(sb, c);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Appends what {@link #formatTextOfBytes} makes of {@code len} bytes of {@code b} when they are all ASCII, and
     * returns true; or appends nothing and returns false if one is not (the label decodes UTF-8) or that text would
     * be longer than {@link #MAX_LABEL}, whose label is cut ({@link #label}). A printer's way to write a
     * {@linkplain ProtoNode#isTextOfBytes text line} without making its label.
     */
    public static boolean appendFormattedText(StringBuilder sb, byte[] b, int off, int len) {
        if (len > MAX_LABEL) {
            return false;
        }
        int end = off + len;
        int plain = off;
        while (plain < end && b[plain] >= 0x20 && b[plain] != 0x7f) { // printable ASCII (a byte above 0x7f is < 0)
            plain++;
        }
        int start = sb.length();
        // the run before the first control character (most of a line: all but its terminator) in one bulk copy
        sb.append(new String(b, off, plain - off, java.nio.charset.StandardCharsets.ISO_8859_1));
        for (int i = plain; i < end; i++) {
            char c = (char) (b[i] & 0xff);
            if (c >= 0x80) {
                sb.setLength(start);
                return false;
            }
            if (control(c)) {
                appendEscaped(sb, c);
            } else {
                sb.append(c);
            }
        }
        if (sb.length() - start > MAX_LABEL) {
            sb.setLength(start);
            return false;
        }
        return true;
    }

    /** A control character as formatText writes it. */
    private static void appendEscaped(StringBuilder sb, char c) {
        switch (c) {
            case 7 -> sb.append("\\a");
            case '\b' -> sb.append("\\b");
            case '\f' -> sb.append("\\f");
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append("\\t");
            case 11 -> sb.append("\\v");
            default -> {
                if (c >= 0x80) {
                    // a C1 control: never raw to a terminal; tshark writes such code points as \\uXXXX
                    appendUniversalName(sb, c);
                    return;
                }
                sb.append('\\').append((char) ('0' + (c >> 6 & 7))).append((char) ('0' + (c >> 3 & 7)))
                        .append((char) ('0' + (c & 7)));
            }
        }
    }

    /** format_text's name of a code point it does not print: \\u and four hex digits, or \\U and eight. */
    private static void appendUniversalName(StringBuilder sb, int cp) {
        sb.append(cp <= 0xffff ? String.format("\\u%04X", cp) : String.format("\\U%08X", cp));
    }

    private static boolean control(char c) {
        // GLib's g_unichar_isprint, which format_text asks, also rejects format characters (U+200B…U+200F, a
        // byte order mark U+FEFF inside a syslog message): tshark escapes them as it escapes C1 controls
        return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)
                || c >= 0x200b && Character.getType(c) == Character.FORMAT;
    }
}
