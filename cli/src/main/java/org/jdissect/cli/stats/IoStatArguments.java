package org.jdissect.cli.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldType;
import org.jdissect.cli.stats.IoStat.Calc;
import org.jdissect.cli.stats.IoStat.Column;
import org.jdissect.dsl.CompiledFilter;
import org.jdissect.dsl.DisplayFilterException;
import org.jdissect.output.TimeFormat;

/** {@code io,stat,INTERVAL[,COLUMN...]} read as iostat_init and register_io_tap read it. */
final class IoStatArguments {
    static final String PREFIX = "io,stat,";
    private static final String USAGE = "invalid \"-z io,stat,<interval>[,<filter>][,<filter>]...\" argument";
    /** What sscanf's %lf takes at the start (decimal forms). */
    private static final Pattern NUMBER = Pattern.compile("\\s*[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private IoStatArguments() {
    }

    static IoStat parse(String arg, Statistics.Filters filters, TimeFormat time)
            throws Statistics.BadArgument, DisplayFilterException {
        String rest = arg.substring(PREFIX.length());
        Matcher m = NUMBER.matcher(rest);
        if (arg.endsWith(",") || !m.lookingAt()) {
            throw new Statistics.BadArgument(USAGE);
        }
        double seconds = Double.parseDouble(m.group().strip());
        String columns = rest.substring(m.end());
        if (!columns.isEmpty() && columns.charAt(0) != ',') {
            throw new Statistics.BadArgument(USAGE);
        }
        if (time == TimeFormat.DELTA || time == TimeFormat.DELTA_DISPLAYED || time == TimeFormat.EPOCH) {
            // a row is an interval of the capture: a span since the previous packet names none
            throw new Statistics.BadArgument("invalid -t operand. io,stat only supports -t <r|a|ad|adoy|u|ud|udoy>");
        }
        long interval;
        int prec;
        if (seconds == 0) {
            interval = Long.MAX_VALUE;
            prec = 0;
        } else {
            interval = (long) (seconds * 1000000.0 + 0.5);
            prec = 6;
            for (long i = 10; i < 10000000; i *= 10) {
                if (interval % i > 0) {
                    break;
                }
                prec--;
            }
            if (prec == 0) {
                // a whole number of seconds written with decimals ("1.00") shows as many
                String number = m.group().strip();
                int dot = number.indexOf('.');
                if (dot >= 0 && dot < number.length() - 1) {
                    int digits = number.length() - dot - 1;
                    int e = number.toLowerCase(java.util.Locale.ROOT).indexOf('e');
                    if (e > dot) {
                        digits = e - dot - 1;
                    }
                    if (digits > 0) {
                        prec = Math.min(digits, 6);
                    }
                }
            }
        }
        if (interval < 1) {
            throw new Statistics.BadArgument(
                    "\"-z\" interval must be >=0.000001 seconds or \"0\" for the entire capture duration.");
        }
        List<Column> cols = new ArrayList<>();
        if (columns.length() <= 1) {
            cols.add(column(null, filters));
        } else {
            String[] parts = columns.substring(1).split(",", -1);
            for (String p : parts) {
                String s = p.strip();
                cols.add(column(p.isEmpty() ? null : s.isEmpty() && p == parts[parts.length - 1] ? null : s,
                        filters));
            }
        }
        return new IoStat(interval, prec, cols, time);
    }

    /** register_io_tap: a function's name and field in front of the filter, or the filter alone. */
    private static Column column(String text, Statistics.Filters filters)
            throws Statistics.BadArgument, DisplayFilterException {
        Calc calc = Calc.FRAMES_BYTES;
        String filter = text;
        String fieldName = null;
        if (text != null) {
            for (Calc c : Calc.values()) {
                if (!text.startsWith(c.label)) {
                    if (calc == Calc.FRAMES || calc == Calc.BYTES) {
                        filter = "";
                    }
                    continue;
                }
                calc = c;
                int at = c.label.length();
                if (at < text.length() && text.charAt(at) == '(') {
                    int close = text.indexOf(')', at + 1);
                    if (close < 0) {
                        throw new Statistics.BadArgument("Closing parenthesis missing from calculated expression.");
                    }
                    boolean empty = close == at + 1;
                    if (c == Calc.FRAMES || c == Calc.BYTES) {
                        if (!empty) {
                            throw new Statistics.BadArgument(
                                    c.label + " does not require or allow a field name within the parens.");
                        }
                    } else if (empty) {
                        throw new Statistics.BadArgument("You didn't specify a field name for " + c.label + "(*).");
                    }
                    filter = text.substring(close + 1);
                    if (c != Calc.FRAMES && c != Calc.BYTES) {
                        fieldName = text.substring(at + 1, close);
                    }
                    break;
                }
            }
        }
        FieldDef field = null;
        if (fieldName != null) {
            field = field(fieldName, filters);
            check(calc, field, fieldName);
        } else if (calc != Calc.FRAMES && calc != Calc.BYTES && calc != Calc.FRAMES_BYTES) {
            // a function's name with no parentheses is taken as the start of a filter (COUNTX...)
            calc = Calc.FRAMES_BYTES;
            filter = text;
        }
        CompiledFilter compiled = Statistics.compile(filter, filters);
        return new Column(text, calc, field, compiled);
    }

    /** The field a function names (proto_registrar_get_byname), found through a filter of that name alone. */
    private static FieldDef field(String name, Statistics.Filters filters) throws Statistics.BadArgument {
        try {
            Set<FieldDef> fields = filters.compile(name).fields();
            for (FieldDef f : fields) {
                if (f.abbrev().equals(name)) {
                    return f;
                }
            }
        } catch (DisplayFilterException e) {
            // not a field
        }
        throw new Statistics.BadArgument("There is no field named '" + name + "'.");
    }

    /** register_io_tap's check that the function can be computed on the field's type. */
    private static void check(Calc calc, FieldDef field, String name) throws Statistics.BadArgument {
        FieldType t = field.type();
        if (t.isInteger() && t != FieldType.FRAMENUM) {
            if (calc == Calc.LOAD) {
                // tshark stops at the first packet that has the field; refused here before any is read
                throw new Statistics.BadArgument("LOAD() is only supported for relative-time fields such as smb.time");
            }
            return;
        }
        boolean ok = switch (t) {
            case FLOAT, DOUBLE -> calc != Calc.LOAD;
            case RELATIVE_TIME -> true;
            default -> calc == Calc.COUNT;
        };
        if (!ok) {
            String kind = t == FieldType.FLOAT || t == FieldType.DOUBLE ? "is a float field"
                    : "doesn't have integral values";
            throw new Statistics.BadArgument(name + " " + kind + ", so " + calc.label
                    + "(*) calculations are not supported on it.");
        }
    }
}
