package org.jdissect.api.tree;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
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
    private static final DateTimeFormatter ABS =
            DateTimeFormatter.ofPattern("MMM ppd, yyyy HH:mm:ss", Locale.US);

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
            case UINT8, UINT16, UINT24, UINT32, UINT48, UINT64, FRAMENUM -> integer(d, n.num(), d.type().width() * 2);
            case INT8, INT16, INT24, INT32, INT64 -> Long.toString(n.num());
            case FLOAT, DOUBLE -> n.obj() == null ? "" : doubleString(((Number) n.obj()).doubleValue());
            case ETHER -> ether(n.num());
            case IPV4 -> ipv4(n.num());
            case IPV6 -> n.obj() instanceof byte[] b ? ipv6(b) : "";
            // an empty byte field shows tshark's placeholder ("<none>", "<MISSING>") when its dissector gave one
            case BYTES -> n.obj() instanceof String placeholder ? placeholder : bytesValue(n, null);
            case STRING -> n.obj() == null ? "" : n.obj().toString();
            case ABSOLUTE_TIME -> absoluteTime(d.base(), n.num());
            case RELATIVE_TIME -> relativeTime(n.num());
        };
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
        StringBuilder sb = new StringBuilder(24);
        long a = nanos;
        if (a < 0) {
            sb.append('-');
            a = -a;
        }
        sb.append(a / 1_000_000_000L).append('.');
        String f = Long.toString(a % 1_000_000_000L);
        for (int i = f.length(); i < 9; i++) {
            sb.append('0');
        }
        return sb.append(f).toString();
    }

    /** An absolute time held as nanoseconds since the epoch, in the display the field asks for. */
    public static String absoluteTime(Base base, long epochNanos) {
        if (base == Base.TIME_UNIX) {
            return relativeTime(epochNanos);
        }
        long sec = Math.floorDiv(epochNanos, 1_000_000_000L);
        int ns = (int) Math.floorMod(epochNanos, 1_000_000_000L);
        ZoneId zone = base == Base.TIME_UTC ? ZoneId.of("UTC") : ZoneId.systemDefault();
        ZonedDateTime t = Instant.ofEpochSecond(sec, ns).atZone(zone);
        String frac = Integer.toString(ns);
        StringBuilder sb = new StringBuilder(40).append(ABS.format(t)).append('.');
        for (int i = frac.length(); i < 9; i++) {
            sb.append('0');
        }
        sb.append(frac).append(' ');
        if (base == Base.TIME_UTC) {
            sb.append("UTC");
        } else {
            boolean dst = zone.getRules().isDaylightSavings(t.toInstant());
            sb.append(java.util.TimeZone.getTimeZone(zone).getDisplayName(dst, java.util.TimeZone.SHORT, Locale.US));
        }
        return sb.toString();
    }

    static String zoneName(ZoneId zone) {
        return zone.getDisplayName(TextStyle.SHORT, Locale.US);
    }

    /** The bit picture of a masked field, as "..1. ...." over {@code bits} bits. */
    public static String bitPattern(long mask, long shiftedValue, int bits) {
        long raw = shiftedValue << Long.numberOfTrailingZeros(mask);
        StringBuilder sb = new StringBuilder(bits + bits / 4);
        for (int i = bits - 1; i >= 0; i--) {
            long bit = 1L << i;
            sb.append((mask & bit) == 0 ? '.' : (raw & bit) != 0 ? '1' : '0');
            if (i > 0 && i % 4 == 0) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    /** The {@code -V} representation of a node without its brackets or indentation. */
    public static String label(ProtoNode n) {
        String base = n.label() != null ? n.label() : defaultLabel(n);
        if (base.length() > MAX_LABEL) {
            // Wireshark's representation buffer (ITEM_LABEL_LENGTH): a label too long gets " [truncated]" at its
            // start (custom text) or after the field name ("Name [truncated]: value"), then is cut
            int at = n.label() != null || n.def() == null ? 0 : Math.max(0, base.indexOf(": "));
            base = base.substring(0, at) + TRUNCATED + base.substring(at);
            // one byte shorter than a silently cut label: what tshark 4.0 prints (http-chunked.pcap, frame 18)
            base = base.substring(0, MAX_LABEL - 1);
        }
        String app = n.appended();
        String all = app == null ? base : base + app;
        // text appended later is cut silently at the same limit
        return all.length() > MAX_LABEL ? all.substring(0, MAX_LABEL) : all;
    }

    /** Characters of a tree label tshark keeps: ITEM_LABEL_LENGTH (240) less the terminating NUL. */
    public static final int MAX_LABEL = 239;
    private static final String TRUNCATED = " [truncated]";

    private static String defaultLabel(ProtoNode n) {
        FieldDef d = n.def();
        if (d == null) {
            return "";
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
            case UINT8, UINT16, UINT24, UINT32, UINT48, UINT64, FRAMENUM, INT8, INT16, INT24, INT32, INT64: {
                long v = n.num();
                int digits = d.bitmask() != 0
                        ? (Long.SIZE - Long.numberOfLeadingZeros(d.bitmask() >>> d.shift()) + 3) / 4
                        : t.width() * 2;
                String num = switch (d.base()) {
                    case HEX -> "0x" + hexPadded(v, digits);
                    case HEX_DEC -> "0x" + hexPadded(v, digits) + " (" + Long.toUnsignedString(v) + ")";
                    case DEC_HEX -> Long.toUnsignedString(v) + " (0x" + hexPadded(v, digits) + ")";
                    case OCT -> "0" + Long.toOctalString(v);
                    default -> t.isSigned() ? Long.toString(v) : Long.toUnsignedString(v);
                };
                String name = d.valueName(v);
                if (name != null && d.base() == Base.NONE) {
                    // BASE_NONE with value names shows the name alone ("Unverified")
                    return ": " + name;
                }
                return ": " + (name == null ? num : name + " (" + num + ")");
            }
            case RELATIVE_TIME:
                return ": " + relativeTime(n.num()) + " seconds";
            case ABSOLUTE_TIME:
                return ": " + value(n) + (d.base() == Base.TIME_UNIX ? " seconds" : "");
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
            if (!control(c)) {
                sb.append(c);
                continue;
            }
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
                        sb.append(String.format("\\u%04X", (int) c));
                        continue;
                    }
                    sb.append('\\').append((char) ('0' + (c >> 6 & 7))).append((char) ('0' + (c >> 3 & 7)))
                            .append((char) ('0' + (c & 7)));
                }
            }
        }
        return sb.toString();
    }

    private static boolean control(char c) {
        return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0);
    }
}
