package org.jdissect.output;

import java.time.ZoneId;

/**
 * tcpdump's flags, counted as tcpdump counts them ({@code -vv} is {@code verbose == 2}).
 *
 * <p>Build them from a flag string with {@link #parse(String)} ({@code "-nn -vvXe"}), or field by field as the
 * command does from its parsed options.
 *
 * @param numeric  number of {@code -n}: any disables port names, {@code (oui …)} and protocol names
 * @param link     {@code -e}
 * @param verbose  {@code -v} count
 * @param hex      {@code -x} count
 * @param hexAscii {@code -X} count
 * @param ascii    {@code -A} count
 * @param quiet    {@code -q} count
 * @param time     {@code -t} count: 0 time of day, 1 none, 2 epoch, 3 delta, 4 date, 5 since first
 * @param number   {@code -#}
 * @param absoluteSeq {@code -S}
 * @param noChecksum  {@code -K}
 * @param nano     {@code --nano}: nine fraction digits
 * @param zone     local time zone (tcpdump uses TZ)
 * @param annotate {@code --annotate}: field labels under each hex row
 * @param color    colour the annotations
 */
public record TcpdumpOptions(int numeric, boolean link, int verbose, int hex, int hexAscii, int ascii, int quiet,
                             int time, boolean number, boolean absoluteSeq, boolean noChecksum, boolean nano,
                             ZoneId zone, boolean annotate, boolean color) {

    /** {@code -nn} and nothing else, in UTC. */
    public static TcpdumpOptions defaults() {
        return new TcpdumpOptions(2, false, 0, 0, 0, 0, 0, 0, false, false, false, false, ZoneId.of("UTC"), false,
                false);
    }

    /**
     * The options a tcpdump-style flag string selects, in the {@linkplain #localZone() local time zone}: short flags
     * alone or bundled ({@code "-nn -vvXe"}, {@code "-tttt"}, {@code "-#"}) from {@code n e v x X A q t # S K}, and
     * {@code --nano}, {@code --micro}, {@code --number}, {@code --annotate}, {@code --color=always|never}. An empty
     * string is tcpdump's default output (no {@code -n}).
     *
     * @throws IllegalArgumentException for anything else, such as flags that choose input rather than output
     *                                  ({@code -r}, {@code -c})
     */
    public static TcpdumpOptions parse(String flags) {
        return TcpdumpFlags.parse(flags, localZone());
    }

    /** The same options with times printed in {@code z}. */
    public TcpdumpOptions withZone(ZoneId z) {
        return new TcpdumpOptions(numeric, link, verbose, hex, hexAscii, ascii, quiet, time, number, absoluteSeq,
                noChecksum, nano, z, annotate, color);
    }

    /** The JVM's time zone, as tcpdump uses TZ; UTC when the JVM's zone setting cannot be read. */
    public static ZoneId localZone() {
        try {
            return ZoneId.systemDefault();
        } catch (RuntimeException e) {
            return ZoneId.of("UTC");
        }
    }

    /**
     * Whether to colour {@code --annotate} labels for a {@code --color} value: {@code always}, {@code never}, or
     * {@code auto} (when standard output is a terminal and NO_COLOR is unset).
     *
     * @throws IllegalArgumentException for another value
     */
    public static boolean color(String when) {
        return switch (when) {
            case "always" -> true;
            case "never" -> false;
            case "auto" -> System.console() != null && System.getenv("NO_COLOR") == null;
            default -> throw new IllegalArgumentException("invalid --color value \"" + when
                    + "\" (auto, always, never)");
        };
    }

    /** tcpdump's ndo_suppress_default_print: -q, -x and -X turn off the hex dump of unknown payloads. */
    public boolean suppressDefaultPrint() {
        return quiet > 0 || hex > 0 || hexAscii > 0;
    }
}
