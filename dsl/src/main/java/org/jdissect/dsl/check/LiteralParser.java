package org.jdissect.dsl.check;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdissect.api.field.Base;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldType;
import org.jdissect.api.field.Guids;
import org.jdissect.api.field.WiresharkNames;
import org.jdissect.dsl.DisplayFilterException;
import org.jdissect.dsl.ast.ArithOp;
import org.jdissect.dsl.ast.Span;
import org.jdissect.dsl.ast.Value;
import org.jdissect.dsl.eval.Kind;
import org.jdissect.dsl.eval.Operands.ConstOperand;
import org.jdissect.dsl.parse.AstPrinter;

/**
 * Reads a literal as the type of the field it meets: the heart of Wireshark's "literals have no type of their own".
 * Errors use tshark 4.0's wording.
 */
final class LiteralParser {
    private static final Pattern INT = Pattern.compile("0[xX][0-9a-fA-F]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*");
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?:/(\\d+))?");
    private static final Pattern FLOAT = Pattern.compile("[0-9]+(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?");
    private static final Pattern SECONDS = Pattern.compile("[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+");
    private static final Pattern ABS_TIME = Pattern.compile(
            "(?:([A-Za-z]{3}) +(\\d{1,2}), *(\\d{4})|(\\d{4})-(\\d{1,2})-(\\d{1,2}))"
                    + "(?: +(\\d{1,2})(?::(\\d{2})(?::(\\d{2}))?)?)?(\\.\\d*)?(.*)");
    /**
     * iso8601_to_nstime's form, tried first: date, 'T' or one space, hours and minutes, then seconds with a '.' or
     * ',' fraction, then 'Z' or an offset; it takes one or two digits where ISO wants two.
     */
    private static final Pattern ISO_TIME = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})[T ](\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:[.,](\\d*))?)?"
                    + "(?:(Z)|([+-])(\\d{1,2})(?::?(\\d{1,2}))?)?");
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
            "Nov", "Dec"};

    private LiteralParser() {
    }

    /** Whether {@code v} is a literal or an expression of literals only (it takes the type of what it meets). */
    static boolean isConstant(Value v, java.util.function.Predicate<String> isField) {
        if (v instanceof Value.Word w) {
            return !isField.test(w.text());
        }
        if (v instanceof Value.StringLit || v instanceof Value.CharLit) {
            return true;
        }
        if (v instanceof Value.Negate n) {
            return isConstant(n.operand(), isField);
        }
        if (v instanceof Value.Arithmetic a) {
            return isConstant(a.left(), isField) && isConstant(a.right(), isField);
        }
        if (v instanceof Value.Call c) {
            return c.name().equals("abs") && c.args().size() == 1 && isConstant(c.args().get(0), isField);
        }
        return false;
    }

    /** Converts constant {@code v} to {@code type}; {@code field} gives value names and error wording. */
    static Literal parse(Value v, FieldType type, FieldDef field) {
        boolean named = v instanceof Value.StringLit || v instanceof Value.Word w
                && Character.isLetter(w.text().charAt(0));
        if (named && field != null && type.isInteger() && WiresharkNames.hasValueNames(field)) {
            try {
                return parseOwn(v, type, field);
            } catch (DisplayFilterException e) {
                // a value name of a field jdissect does not dissect (eth.fcs.status == "Bad"): its names are not
                // shipped, and the field is never present, so the test is simply false
                return new Literal(new ConstOperand(kindOf(type), 0), -1L, -1, true);
            }
        }
        return parseOwn(v, type, field);
    }

    private static Literal parseOwn(Value v, FieldType type, FieldDef field) {
        Kind kind = kindOf(type);
        if (v instanceof Value.Negate || v instanceof Value.Arithmetic || v instanceof Value.Call) {
            return arithmetic(v, type, field);
        }
        if (v instanceof Value.CharLit c && charless(type)) {
            // semcheck.c: a type with no reading of a character constant names it, printable or as a number
            throw new DisplayFilterException("Character constant " + (c.value() >= 0x20 && c.value() < 0x7f
                    ? "'" + (char) c.value() + "' (0x" + Integer.toHexString(c.value()) + ")"
                    : "0x" + Integer.toHexString(c.value())) + " cannot be converted to " + TypeNames.of(type) + ".",
                    c.span());
        }
        return switch (type) {
            case BOOLEAN -> Literal.of(new ConstOperand(kind, bool(v, field)));
            case UINT8, UINT16, UINT24, UINT32, UINT40, UINT48, UINT56, UINT64, INT8, INT16, INT24, INT32, INT40,
                    INT48, INT56, INT64, FRAMENUM -> Literal.of(new ConstOperand(kind, integer(v, type, field, false)));
            case FLOAT, DOUBLE -> Literal.of(new ConstOperand(kind, Double.doubleToRawLongBits(dbl(v, type))));
            case RELATIVE_TIME -> Literal.of(new ConstOperand(kind, relTime(v, false)));
            case ABSOLUTE_TIME -> Literal.of(new ConstOperand(kind, absTime(v)));
            case ETHER -> Literal.of(new ConstOperand(kind, ether(v)));
            case IPV4 -> ipv4(v);
            case IPV6 -> ipv6(v);
            case BYTES, PROTOCOL -> Literal.of(new ConstOperand(Kind.BYTES, bytes(v)));
            case EUI64 -> Literal.of(new ConstOperand(Kind.BYTES, eui64(v)));
            case GUID -> Literal.of(new ConstOperand(Kind.BYTES, guid(v)));
            case STRING -> Literal.of(new ConstOperand(Kind.STRING, string(v)));
            case NONE -> throw new DisplayFilterException(
                    (field == null ? "value" : field.abbrev()) + " (type=Label) cannot be compared with a value.",
                    v.span());
        };
    }

    /** The types whose literals have no character-constant form in Wireshark 4.0 (checked with tshark 4.0.17). */
    private static boolean charless(FieldType t) {
        return switch (t) {
            case ETHER, IPV4, IPV6, GUID, ABSOLUTE_TIME, RELATIVE_TIME -> true;
            default -> false;
        };
    }

    static Kind kindOf(FieldType t) {
        return switch (t) {
            case UINT64 -> Kind.ULONG;
            case FLOAT, DOUBLE -> Kind.DOUBLE;
            case IPV6, EUI64, GUID, BYTES, PROTOCOL -> Kind.BYTES;
            case STRING -> Kind.STRING;
            case NONE -> Kind.NONE;
            default -> Kind.LONG;
        };
    }

    // ---- numbers --------------------------------------------------------------------------------------------------

    /** Constant arithmetic ({@code 66 + 1}, {@code -1}, {@code abs(-67)}) folded now, in the type it meets. */
    private static Literal arithmetic(Value v, FieldType type, FieldDef field) {
        Kind kind = kindOf(type);
        if (kind == Kind.DOUBLE) {
            return Literal.of(new ConstOperand(kind, Double.doubleToRawLongBits(foldDouble(v, type))));
        }
        if (type == FieldType.RELATIVE_TIME && v instanceof Value.Negate n) {
            return Literal.of(new ConstOperand(kind, relTime(n.operand(), true)));
        }
        if (kind != Kind.LONG && kind != Kind.ULONG) {
            throw new DisplayFilterException("Constant expression \"" + AstPrinter.print(v) + "\" cannot be a "
                    + TypeNames.of(type) + ".", v.span());
        }
        long r = foldLong(v, type, field);
        if (r < 0 && type.isUnsigned()) {
            return new Literal(new ConstOperand(kind, r), -1L, -1, true);
        }
        return Literal.of(new ConstOperand(kind, r));
    }

    /** semcheck.c's check_arithmetic_entity: a character constant or a string is no arithmetic operand. */
    static void operands(Value.Arithmetic a) {
        for (Value side : List.of(a.left(), a.right())) {
            if (side instanceof Value.CharLit || side instanceof Value.StringLit) {
                throw new DisplayFilterException(org.jdissect.dsl.parse.AstPrinter.print(side)
                        + " is not a valid arithmetic operand.", side.span());
            }
        }
    }

    private static long foldLong(Value v, FieldType type, FieldDef field) {
        if (v instanceof Value.Negate n) {
            return -foldLong(n.operand(), type, field);
        }
        if (v instanceof Value.Call c) {
            return Math.abs(foldLong(c.args().get(0), type, field));
        }
        if (v instanceof Value.Arithmetic a) {
            operands(a);
            long x = foldLong(a.left(), type, field);
            long y = foldLong(a.right(), type, field);
            if ((a.op() == ArithOp.DIVIDE || a.op() == ArithOp.MODULO) && y == 0) {
                throw new DisplayFilterException("Division by zero.", a.span());
            }
            return switch (a.op()) {
                case ADD -> x + y;
                case SUBTRACT -> x - y;
                case MULTIPLY -> x * y;
                case DIVIDE -> x / y;
                case MODULO -> x % y;
                case BITWISE_AND -> x & y;
            };
        }
        // leaves are read without range checks: 66+1 may be computed in a narrower field's type
        return type == FieldType.BOOLEAN ? bool(v, field) : integer(v, FieldType.INT64, field, true);
    }

    private static double foldDouble(Value v, FieldType type) {
        if (v instanceof Value.Negate n) {
            return -foldDouble(n.operand(), type);
        }
        if (v instanceof Value.Call c) {
            return Math.abs(foldDouble(c.args().get(0), type));
        }
        if (v instanceof Value.Arithmetic a) {
            operands(a);
            double x = foldDouble(a.left(), type);
            double y = foldDouble(a.right(), type);
            return switch (a.op()) {
                case ADD -> x + y;
                case SUBTRACT -> x - y;
                case MULTIPLY -> x * y;
                case DIVIDE -> x / y;
                case MODULO -> x % y;
                case BITWISE_AND -> throw new DisplayFilterException("Bitwise AND needs integers.", a.opSpan());
            };
        }
        return dbl(v, type);
    }

    static long integer(Value v, FieldType type, FieldDef field, boolean unchecked) {
        if (v instanceof Value.CharLit c) {
            return c.value();
        }
        if (v instanceof Value.StringLit s) {
            Long named = valueName(s.value(), field);
            if (named != null) {
                return named;
            }
            if (custom(field)) {
                throw customStrings(field, s.span());
            }
            throw new DisplayFilterException(TypeNames.of(type) + " cannot be converted from a string (\""
                    + s.value() + "\").", s.span());
        }
        String text = text(v);
        if (!INT.matcher(text).matches()) {
            Long named = valueName(text, field);
            if (named != null) {
                return named;
            }
            if (custom(field)) {
                throw customStrings(field, v.span());
            }
            if (field != null && !field.valueNames().isEmpty()) {
                throw new DisplayFilterException("\"" + text + "\" cannot be found among the possible values for "
                        + field.abbrev() + ".", v.span());
            }
            throw new DisplayFilterException("\"" + text + "\" is not a valid number.", v.span());
        }
        BigInteger n = parseInt(text);
        if (unchecked) {
            return n.longValue();
        }
        BigInteger max = type.isUnsigned() ? BigInteger.ONE.shiftLeft(type.width() * 8).subtract(BigInteger.ONE)
                : BigInteger.ONE.shiftLeft(type.width() * 8 - 1).subtract(BigInteger.ONE);
        if (n.compareTo(max) > 0) {
            if (custom(field)) {
                throw customStrings(field, v.span());
            }
            throw new DisplayFilterException("\"" + text + "\" too big for this field, maximum " + max + ".",
                    v.span());
        }
        return n.longValue();
    }

    /** Whether a literal the field's type cannot read is taken for one of its value texts: a BASE_CUSTOM field's. */
    private static boolean custom(FieldDef field) {
        return field != null && field.base() == Base.CUSTOM;
    }

    /** semcheck.c's answer when a BASE_CUSTOM field (LLDP-MED's latitude) meets a literal it cannot read as a number. */
    private static DisplayFilterException customStrings(FieldDef field, Span span) {
        return new DisplayFilterException("\"" + field.abbrev() + "\" cannot accept [custom] strings as values.", span);
    }

    private static BigInteger parseInt(String t) {
        if (t.length() > 1 && (t.charAt(1) == 'x' || t.charAt(1) == 'X')) {
            return new BigInteger(t.substring(2), 16);
        }
        if (t.length() > 1 && (t.charAt(1) == 'b' || t.charAt(1) == 'B')) {
            return new BigInteger(t.substring(2), 2);
        }
        if (t.length() > 1 && t.charAt(0) == '0') {
            return new BigInteger(t.substring(1), 8);
        }
        return new BigInteger(t);
    }

    /** Value names match case-insensitively ({@code ip.proto == tcp} would be the protocol, so write TCP). */
    private static Long valueName(String text, FieldDef field) {
        if (field == null) {
            return null;
        }
        for (Map.Entry<Long, String> e : field.valueNames().entrySet()) {
            if (e.getValue().equalsIgnoreCase(text)) {
                return e.getKey();
            }
        }
        return null;
    }

    /**
     * A boolean as semcheck.c reads one: an unquoted word is "True"/"TRUE"/"False"/"FALSE" or a number
     * (boolean_from_literal), then, as a quoted string is at once, one of the field's two words, in any case
     * ("Set"/"Not set" for a flag; "True"/"False" for a field that has none).
     */
    private static long bool(Value v, FieldDef field) {
        boolean quoted = v instanceof Value.StringLit;
        String text = v instanceof Value.StringLit s ? s.value() : v instanceof Value.CharLit c
                ? String.valueOf((char) c.value()) : text(v);
        if (!quoted) {
            switch (text) {
                case "True", "TRUE" -> {
                    return 1;
                }
                case "False", "FALSE" -> {
                    return 0;
                }
                default -> {
                }
            }
            if (INT.matcher(text).matches()) {
                return parseInt(text).signum() != 0 ? 1 : 0;
            }
        }
        String yes = field != null ? field.trueWord() : "True";
        String no = field != null ? field.falseWord() : "False";
        if (text.equalsIgnoreCase(yes)) {
            return 1;
        }
        if (text.equalsIgnoreCase(no)) {
            return 0;
        }
        throw new DisplayFilterException("\"" + text + "\" cannot be found among the possible values for "
                + (field == null ? "this field" : field.abbrev()) + ".", v.span());
    }

    private static double dbl(Value v, FieldType type) {
        String text = text(v);
        if (FLOAT.matcher(text).matches() || text.matches("(?i)inf(inity)?|nan")) {
            return Double.parseDouble(text.toLowerCase(Locale.ROOT).startsWith("inf") ? "Infinity"
                    : text.equalsIgnoreCase("nan") ? "NaN" : text);
        }
        if (INT.matcher(text).matches()) {
            return parseInt(text).doubleValue();
        }
        throw new DisplayFilterException("\"" + text + "\" is not a valid floating point number.", v.span());
    }

    /** Seconds with an optional fraction, to nanoseconds. */
    private static long relTime(Value v, boolean negative) {
        if (v instanceof Value.StringLit s) {
            // FT_RELATIVE_TIME has no val_from_string in 4.0.17: only a bare number of seconds is a time offset
            throw new DisplayFilterException(TypeNames.of(FieldType.RELATIVE_TIME)
                    + " cannot be converted from a string (\"" + s.value() + "\").", s.span());
        }
        String text = text(v);
        if (!SECONDS.matcher(text).matches()) {
            throw new DisplayFilterException("\"" + (negative ? "-" : "") + text + "\" is not a valid time.",
                    v.span());
        }
        long ns = new BigDecimal(text).movePointRight(9).longValue();
        return negative ? -ns : ns;
    }

    /**
     * As ftype-time.c reads an absolute time: ISO 8601 first ("2002-12-31T13:55:31.3Z", an offset "+01:00" applied,
     * local time without a zone); when that does not take the whole text, the older forms "Dec 31, 2002 13:55:31.3"
     * and "2002-12-31[ 13[:55[:31.3]]]" (spaces as strptime skips them), in local time unless "UTC" follows.
     */
    private static long absTime(Value v) {
        String text = v instanceof Value.StringLit s ? s.value() : text(v);
        Matcher iso = ISO_TIME.matcher(text);
        if (iso.matches()) {
            try {
                long frac = iso.group(7) == null || iso.group(7).isEmpty() ? 0
                        : new BigDecimal("0." + iso.group(7)).movePointRight(9).longValue();
                LocalDateTime t = LocalDateTime.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)), Integer.parseInt(iso.group(4)),
                        Integer.parseInt(iso.group(5)), iso.group(6) == null ? 0 : Integer.parseInt(iso.group(6)));
                ZoneId zone;
                if (iso.group(8) != null) {
                    zone = ZoneOffset.UTC;
                } else if (iso.group(9) != null) {
                    int minutes = Integer.parseInt(iso.group(10)) * 60
                            + (iso.group(11) == null ? 0 : Integer.parseInt(iso.group(11)));
                    zone = ZoneOffset.ofTotalSeconds((iso.group(9).equals("-") ? -60 : 60) * minutes);
                } else {
                    zone = ZoneId.systemDefault();
                }
                return t.atZone(zone).toEpochSecond() * 1_000_000_000L + frac;
            } catch (java.time.DateTimeException e) {
                throw invalidTime(text, v.span());
            }
        }
        Matcher m = ABS_TIME.matcher(text);
        if (!m.matches()) {
            throw invalidTime(text, v.span());
        }
        int year;
        int month;
        int day;
        if (m.group(1) != null) {
            if (m.group(9) == null) {
                throw invalidTime(text, v.span()); // "%d, %Y %H:%M:%S" after the month name, all of it
            }
            month = 0;
            for (int i = 0; i < 12; i++) {
                if (MONTHS[i].equalsIgnoreCase(m.group(1))) {
                    month = i + 1;
                }
            }
            if (month == 0) {
                throw invalidTime(text, v.span());
            }
            day = Integer.parseInt(m.group(2));
            year = Integer.parseInt(m.group(3));
        } else {
            year = Integer.parseInt(m.group(4));
            month = Integer.parseInt(m.group(5));
            day = Integer.parseInt(m.group(6));
        }
        if (m.group(10) != null && m.group(9) == null) {
            throw new DisplayFilterException("Subsecond precision requires a seconds field.", v.span());
        }
        String rest = m.group(11);
        ZoneId zone;
        if (rest.isEmpty()) {
            zone = ZoneId.systemDefault();
        } else if (rest.matches(" *UTC")) {
            zone = ZoneOffset.UTC;
        } else {
            throw new DisplayFilterException("Unexpected data after time value.", v.span());
        }
        try {
            int sec = m.group(9) == null ? 0 : Integer.parseInt(m.group(9));
            // ftype-time.c's legacy forms: "%Y-%m-%d", then " %H", " %H:%M" and " %H:%M:%S" may follow
            int hour = m.group(7) == null ? 0 : Integer.parseInt(m.group(7));
            int minute = m.group(8) == null ? 0 : Integer.parseInt(m.group(8));
            LocalDateTime t = LocalDateTime.of(year, month, day, hour, minute, sec);
            long frac = m.group(10) == null || m.group(10).length() == 1 ? 0
                    : new BigDecimal("0" + m.group(10)).movePointRight(9).longValue();
            return t.atZone(zone).toEpochSecond() * 1_000_000_000L + frac;
        } catch (java.time.DateTimeException e) {
            throw invalidTime(text, v.span());
        }
    }

    private static DisplayFilterException invalidTime(String text, Span span) {
        return new DisplayFilterException("\"" + text + "\" is not a valid absolute time. Example: "
                + "\"Nov 12, 1999 08:55:44.123\" or \"2011-07-04 12:34:56\"", span);
    }

    // ---- addresses and bytes --------------------------------------------------------------------------------------

    /** ether_from_literal: a byte string of exactly six bytes (any notation {@link #bytes} reads). */
    private static long ether(Value v) {
        if (v instanceof Value.StringLit s) {
            throw new DisplayFilterException("Ethernet or other MAC address cannot be converted from a string (\""
                    + s.value() + "\").", s.span());
        }
        String text = text(v);
        byte[] b = bytesOrNull(text);
        if (b == null) {
            throw new DisplayFilterException("\"" + text + "\" is not a valid Ethernet address.", v.span());
        }
        if (b.length != 6) {
            throw new DisplayFilterException("\"" + text + "\" contains too " + (b.length > 6 ? "many" : "few")
                    + " bytes to be a valid Ethernet address.", v.span());
        }
        long r = 0;
        for (byte x : b) {
            r = (r << 8) | (x & 0xff);
        }
        return r;
    }

    /**
     * An EUI-64 as ftype-integer.c's eui64_from_literal reads one: an unsigned 64-bit number (decimal, 0x hex or 0
     * octal), else eight bytes with separators ("00:00:5e:ff:fe:00:53:ff", "0000.5eff.fe00.53ff"); compared as its
     * eight bytes.
     */
    private static byte[] eui64(Value v) {
        if (v instanceof Value.StringLit s) {
            throw new DisplayFilterException("EUI64 address cannot be converted from a string (\"" + s.value()
                    + "\").", s.span());
        }
        String text = text(v);
        Long n = unsigned64(text);
        if (n != null) {
            return java.nio.ByteBuffer.allocate(8).putLong(n).array();
        }
        byte[] b = text.indexOf(':') < 0 && text.indexOf('.') < 0 && text.indexOf('-') < 0 ? null
                : bytesOrNull(text);
        if (b == null || b.length != 8) {
            throw new DisplayFilterException("\"" + text + "\" is not a valid EUI-64 address.", v.span());
        }
        return b;
    }

    /**
     * A GUID as ftype-guid.c's guid_from_literal reads one: an unquoted {@code XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}
     * (what follows its 36 characters is not looked at); it has no reading from a string (or a character, {@link
     * #charless}). Compared in
     * the order tshark compares GUIDs in ({@link Guids#comparisonOrder}).
     */
    private static byte[] guid(Value v) {
        if (v instanceof Value.StringLit s) {
            throw new DisplayFilterException("Globally Unique Identifier cannot be converted from a string (\""
                    + s.value() + "\").", s.span());
        }
        String text = text(v);
        byte[] g = Guids.parse(text);
        if (g == null) {
            throw new DisplayFilterException("\"" + text + "\" is not a valid GUID.", v.span());
        }
        return Guids.comparisonOrder(g);
    }

    /** strtoull's reading of a whole word in base 0, or null: decimal, "0x" hex, leading-0 octal. */
    private static Long unsigned64(String t) {
        try {
            if (t.length() > 2 && t.charAt(0) == '0' && (t.charAt(1) == 'x' || t.charAt(1) == 'X')) {
                return Long.parseUnsignedLong(t.substring(2), 16);
            }
            if (t.length() > 1 && t.charAt(0) == '0') {
                return Long.parseUnsignedLong(t.substring(1), 8);
            }
            return Long.parseUnsignedLong(t, 10);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean leadingZero(Matcher dottedQuad) {
        for (int g = 1; g <= 4; g++) {
            String octet = dottedQuad.group(g);
            if (octet.length() > 1 && octet.charAt(0) == '0') {
                return true;
            }
        }
        return false;
    }

    private static Literal ipv4(Value v) {
        if (v instanceof Value.StringLit s) {
            throw new DisplayFilterException("IPv4 address cannot be converted from a string (\"" + s.value()
                    + "\").", s.span());
        }
        String text = text(v);
        Matcher m = IPV4.matcher(text);
        if (!m.matches() || leadingZero(m)) {
            // inet_pton's dotted quad: "10.099.0.1" (a leading zero, octal to inet_aton) is no address to tshark
            throw new DisplayFilterException("\"" + text + "\" is not a valid hostname or IPv4 address.", v.span());
        }
        long a = 0;
        for (int g = 1; g <= 4; g++) {
            int octet = Integer.parseInt(m.group(g));
            if (octet > 255) {
                throw new DisplayFilterException("\"" + text + "\" is not a valid hostname or IPv4 address.",
                        v.span());
            }
            a = (a << 8) | octet;
        }
        if (m.group(5) == null) {
            return Literal.of(new ConstOperand(Kind.LONG, a));
        }
        int bits = Integer.parseInt(m.group(5));
        if (bits > 32) {
            throw new DisplayFilterException("Netmask bits in a CIDR IPv4 address should be <= 32, not " + bits,
                    v.span());
        }
        long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
        return new Literal(new ConstOperand(Kind.LONG, a & mask), mask, -1, false);
    }

    private static Literal ipv6(Value v) {
        if (v instanceof Value.StringLit s) {
            throw new DisplayFilterException("IPv6 address cannot be converted from a string (\"" + s.value()
                    + "\").", s.span());
        }
        String text = text(v);
        String addr = text;
        int bits = -1;
        int slash = text.indexOf('/');
        if (slash >= 0) {
            addr = text.substring(0, slash);
            try {
                bits = Integer.parseInt(text.substring(slash + 1));
            } catch (NumberFormatException e) {
                bits = 999;
            }
            if (bits > 128) {
                throw new DisplayFilterException("Prefix in a IPv6 address should be <= 128, not "
                        + text.substring(slash + 1), v.span());
            }
        }
        byte[] b = Ipv6.parse(addr);
        if (b == null) {
            throw new DisplayFilterException("\"" + text + "\" is not a valid hostname or IPv6 address.", v.span());
        }
        if (bits < 0) {
            return Literal.of(new ConstOperand(Kind.BYTES, b));
        }
        byte[] net = org.jdissect.dsl.eval.Operands.MaskOperand.maskBytes(b, bits);
        return new Literal(new ConstOperand(Kind.BYTES, net), -1L, bits, false);
    }

    /**
     * A byte string as Wireshark 4.0's byte_array_from_literal reads one: a leading colon is skipped; {@code 0xHH}
     * (exactly two digits) and {@code 0bBBBBBBBB} (exactly eight) are one byte; anything else goes to
     * hex_str_to_bytes without forced separators: pairs (or runs of four) of hex digits, optionally separated by
     * ':', '.' or '-', and a single digit before a separator or at the end is a byte of its own ("1.0" is 01 00,
     * "224" is 22 04).
     */
    static byte[] bytes(Value v) {
        if (v instanceof Value.StringLit s) {
            return s.value().getBytes(StandardCharsets.UTF_8);
        }
        if (v instanceof Value.CharLit c) {
            return new byte[] {(byte) c.value()};
        }
        String text = text(v);
        byte[] b = bytesOrNull(text);
        if (b == null) {
            // the message names the text after the colon and a one-byte "0x" are taken off, as Wireshark's does
            throw new DisplayFilterException("\"" + byteText(text) + "\" is not a valid byte string.", v.span());
        }
        return b;
    }

    /** {@link #bytes} of a word, or null where Wireshark's parse fails. */
    static byte[] bytesOrNull(String text) {
        String t = byteText(text);
        if (t.length() == 10 && t.charAt(0) == '0' && (t.charAt(1) == 'b' || t.charAt(1) == 'B')
                && (t.charAt(2) == '0' || t.charAt(2) == '1')) {
            int n = 0;
            boolean binary = true;
            for (int i = 2; i < 10; i++) {
                char c = t.charAt(i);
                if (c != '0' && c != '1') {
                    binary = false;
                    break;
                }
                n = (n << 1) | (c - '0');
            }
            if (binary) {
                return new byte[] {(byte) n};
            }
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(t.length() / 2 + 1);
        int p = 0;
        int len = t.length();
        while (p < len) {
            if (p + 3 < len && hex(t.charAt(p)) && hex(t.charAt(p + 1)) && hex(t.charAt(p + 2))
                    && hex(t.charAt(p + 3))) {
                out.write(Integer.parseInt(t.substring(p, p + 2), 16));
                out.write(Integer.parseInt(t.substring(p + 2, p + 4), 16));
                p += 4;
                if (p < len && byteSeparator(t.charAt(p))) {
                    p++;
                }
            } else if (p + 1 < len && hex(t.charAt(p)) && hex(t.charAt(p + 1))) {
                out.write(Integer.parseInt(t.substring(p, p + 2), 16));
                p += 2;
                if (p < len && byteSeparator(t.charAt(p))) {
                    p++;
                }
            } else if (p + 1 < len && hex(t.charAt(p)) && byteSeparator(t.charAt(p + 1))) {
                out.write(Character.digit(t.charAt(p), 16));
                p += 2;
            } else if (p + 1 == len && hex(t.charAt(p))) {
                out.write(Character.digit(t.charAt(p), 16));
                p++;
            } else {
                return null;
            }
        }
        return out.toByteArray();
    }

    /** What byte_array_from_literal parses of a word: without a leading colon, and "0xHH" as "HH". */
    private static String byteText(String text) {
        String t = text.startsWith(":") ? text.substring(1) : text;
        if (t.length() == 4 && t.charAt(0) == '0' && (t.charAt(1) == 'x' || t.charAt(1) == 'X')) {
            t = t.substring(2);
        }
        return t;
    }

    private static boolean hex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean byteSeparator(char c) {
        return c == ':' || c == '.' || c == '-';
    }

    private static String string(Value v) {
        if (v instanceof Value.StringLit s) {
            return s.value();
        }
        if (v instanceof Value.CharLit c) {
            return new String(Character.toChars(c.value()));
        }
        return text(v);
    }

    private static String text(Value v) {
        if (v instanceof Value.Word w) {
            return w.text();
        }
        if (v instanceof Value.CharLit c) {
            return c.text();
        }
        if (v instanceof Value.StringLit s) {
            return s.value();
        }
        return AstPrinter.print(v);
    }
}
