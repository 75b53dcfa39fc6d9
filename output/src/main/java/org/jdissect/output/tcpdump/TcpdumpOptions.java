package org.jdissect.output.tcpdump;

import java.time.ZoneId;

/**
 * tcpdump's flags, counted as tcpdump counts them ({@code -vv} is {@code verbose == 2}).
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

    /** ndo_suppress_default_print: -q, -x and -X turn off the hex dump of unknown payloads. */
    boolean suppressDefaultPrint() {
        return quiet > 0 || hex > 0 || hexAscii > 0;
    }
}
