package org.jdissect.output;

import java.util.List;

/**
 * tshark's {@code -E} settings for {@code -T fields}.
 *
 * @param header     print the field names as a first line
 * @param separator  between fields (tshark's default a tab)
 * @param occurrence which occurrences of a repeated field: {@code 'f'} first, {@code 'l'} last, {@code 'a'} all
 * @param aggregator between the occurrences when all are printed (default {@code ","})
 * @param quote      around each value: {@code 'd'} double, {@code 's'} single, {@code 'n'} none
 * @param bom        start the output with UTF-8's byte order mark
 * @param timeFormat the format of the Time column ({@code -e _ws.col.Time}): tshark's {@code -t}, not an -E setting
 */
public record FieldsOptions(boolean header, String separator, char occurrence, String aggregator, char quote,
                            boolean bom, TimeFormat timeFormat) {

    /** The options tshark lists when one is not valid (output_fields_list_options). */
    public static final String LIST = """
            The available options for field output "E" are:
            bom=y|n    Prepend output with the UTF-8 BOM (def: N: no)
            header=y|n    Print field abbreviations as first line of output (def: N: no)
            separator=/t|/s|<character>   Set the separator to use;
                 "/t" = tab, "/s" = space (def: /t: tab)
            occurrence=f|l|a  Select the occurrence of a field to use;
                 "f" = first, "l" = last, "a" = all (def: a: all)
            aggregator=,|/s|<character>   Set the aggregator to use;
                 "," = comma, "/s" = space (def: ,: comma)
            quote=d|s|n   Print either d: double-quotes, s: single quotes or
                 n: no quotes around field values (def: n: none)""";

    /** tshark's defaults: no header, tab-separated, all occurrences joined by commas, no quotes, no BOM. */
    public static FieldsOptions defaults() {
        return new FieldsOptions(false, "\t", 'a', ",", 'n', false);
    }

    /** The settings before BOMs were one: without it. */
    public FieldsOptions(boolean header, String separator, char occurrence, String aggregator, char quote) {
        this(header, separator, occurrence, aggregator, quote, false);
    }

    /** With the default Time column, the time since the first packet. */
    public FieldsOptions(boolean header, String separator, char occurrence, String aggregator, char quote,
                         boolean bom) {
        this(header, separator, occurrence, aggregator, quote, bom, TimeFormat.RELATIVE);
    }

    public FieldsOptions {
        java.util.Objects.requireNonNull(timeFormat, "timeFormat");
    }

    /** These settings with the Time column of {@code format} (tshark's {@code -t}). */
    public FieldsOptions withTimeFormat(TimeFormat format) {
        return new FieldsOptions(header, separator, occurrence, aggregator, quote, bom, format);
    }

    /**
     * The defaults changed by tshark {@code -E} arguments, each {@code KEY=VALUE}, as print.c's
     * output_fields_set_option reads them: only the value's first character counts ({@code header=yes} is y),
     * {@code separator=/t|/s|C} and {@code aggregator=/s|C} with any other "/x" meaning a backslash,
     * {@code occurrence=f|l|a}, {@code quote=d|s|n}, {@code bom=y|n}.
     *
     * @throws IllegalArgumentException for an argument that is not one of those, with tshark's words
     */
    public static FieldsOptions parse(List<String> settings) {
        FieldsOptions o = defaults();
        boolean header = o.header();
        String sep = o.separator();
        char occ = o.occurrence();
        String agg = o.aggregator();
        char quote = o.quote();
        boolean bom = o.bom();
        for (String e : settings) {
            int eq = e.indexOf('=');
            String k = eq <= 0 ? null : e.substring(0, eq);
            String v = eq <= 0 ? "" : e.substring(eq + 1);
            char c = v.isEmpty() ? 0 : v.charAt(0);
            boolean ok = c != 0 && k != null;
            if (ok) {
                switch (k) {
                    case "header" -> {
                        ok = c == 'y' || c == 'n';
                        header = c == 'y';
                    }
                    case "separator" -> sep = c != '/' ? String.valueOf(c)
                            : v.startsWith("/t") ? "\t" : v.startsWith("/s") ? " " : "\\";
                    case "occurrence" -> {
                        ok = c == 'f' || c == 'l' || c == 'a';
                        occ = c;
                    }
                    case "aggregator" -> agg = c != '/' ? String.valueOf(c) : v.startsWith("/s") ? " " : "\\";
                    case "quote" -> {
                        ok = c == 'd' || c == 's' || c == 'n';
                        quote = c;
                    }
                    case "bom" -> {
                        ok = c == 'y' || c == 'n';
                        bom = c == 'y';
                    }
                    default -> ok = false;
                }
            }
            if (!ok) {
                // tshark names the option as strtok left it: the part before "=", or all of it
                String name = k != null ? k : e;
                throw new IllegalArgumentException("\"" + name + "\" is not a valid field output option=value pair.\n"
                        + LIST);
            }
        }
        return new FieldsOptions(header, sep, occ, agg, quote, bom);
    }
}
