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
 */
public record FieldsOptions(boolean header, String separator, char occurrence, String aggregator, char quote) {

    /** tshark's defaults: no header, tab-separated, all occurrences joined by commas, no quotes. */
    public static FieldsOptions defaults() {
        return new FieldsOptions(false, "\t", 'a', ",", 'n');
    }

    /**
     * The defaults changed by tshark {@code -E} arguments, each {@code KEY=VALUE}: {@code header=y|n},
     * {@code separator=/t|/s|C}, {@code occurrence=f|l|a}, {@code aggregator=,|/s|C}, {@code quote=d|s|n}.
     *
     * @throws IllegalArgumentException for an argument that is not one of those
     */
    public static FieldsOptions parse(List<String> settings) {
        FieldsOptions o = defaults();
        boolean header = o.header();
        String sep = o.separator();
        char occ = o.occurrence();
        String agg = o.aggregator();
        char quote = o.quote();
        for (String e : settings) {
            int eq = e.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("invalid -E parameter \"" + e + "\"");
            }
            String k = e.substring(0, eq);
            String v = e.substring(eq + 1);
            switch (k) {
                case "header" -> header = v.equals("y");
                case "separator" -> sep = v.equals("/t") ? "\t" : v.equals("/s") ? " " : v;
                case "occurrence" -> occ = v.isEmpty() ? 'a' : v.charAt(0);
                case "aggregator" -> agg = v.equals("/s") ? " " : v;
                case "quote" -> quote = v.isEmpty() ? 'n' : v.charAt(0);
                default -> throw new IllegalArgumentException("invalid -E parameter \"" + e + "\"");
            }
        }
        return new FieldsOptions(header, sep, occ, agg, quote);
    }
}
