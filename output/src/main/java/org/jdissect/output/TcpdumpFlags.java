package org.jdissect.output;

import java.time.ZoneId;

/**
 * Counts tcpdump's output flags in a string as getopt would see them: {@code -vvXe} is three flags, {@code -v -v}
 * and {@code -vv} are the same. Only the flags that shape the text; the command's picocli options map to the same
 * {@link TcpdumpOptions} components one for one.
 */
final class TcpdumpFlags {
    private int numeric;
    private boolean link;
    private int verbose;
    private int hex;
    private int hexAscii;
    private int ascii;
    private int quiet;
    private int time;
    private boolean number;
    private boolean absoluteSeq;
    private boolean noChecksum;
    private boolean nano;
    private boolean micro;
    private boolean annotate;
    private boolean color;

    private TcpdumpFlags() {
    }

    static TcpdumpOptions parse(String flags, ZoneId zone) {
        TcpdumpFlags f = new TcpdumpFlags();
        for (String word : flags.trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.startsWith("--")) {
                f.longFlag(word);
            } else if (word.startsWith("-") && word.length() > 1) {
                for (int i = 1; i < word.length(); i++) {
                    f.shortFlag(word.charAt(i), word);
                }
            } else {
                throw new IllegalArgumentException("not a tcpdump output flag: \"" + word + "\"");
            }
        }
        return new TcpdumpOptions(f.numeric, f.link, f.verbose, f.hex, f.hexAscii, f.ascii, f.quiet, f.time, f.number,
                f.absoluteSeq, f.noChecksum, f.nano && !f.micro, zone, f.annotate, f.color);
    }

    private void shortFlag(char c, String word) {
        switch (c) {
            case 'n' -> numeric++;
            case 'e' -> link = true;
            case 'v' -> verbose++;
            case 'x' -> hex++;
            case 'X' -> hexAscii++;
            case 'A' -> ascii++;
            case 'q' -> quiet++;
            case 't' -> time++;
            case '#' -> number = true;
            case 'S' -> absoluteSeq = true;
            case 'K' -> noChecksum = true;
            default -> throw new IllegalArgumentException("not a tcpdump output flag: -" + c + " (in \"" + word
                    + "\"); the output flags are -n -e -v -x -X -A -q -t -# -S -K");
        }
    }

    private void longFlag(String word) {
        switch (word) {
            case "--nano" -> nano = true;
            // the default; it wins over --nano in any order, as in the command
            case "--micro" -> micro = true;
            case "--number" -> number = true;
            case "--annotate" -> annotate = true;
            case "--color=always" -> color = true;
            case "--color=never" -> color = false;
            default -> throw new IllegalArgumentException("not a tcpdump output flag: \"" + word
                    + "\"; the long ones are --nano --micro --number --annotate --color=always|never");
        }
    }
}
