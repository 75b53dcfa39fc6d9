package org.jdissect.cli.stats;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.cli.story.Follow;
import org.jdissect.cli.story.FollowTap;

/**
 * {@code -z follow,tcp|http,ascii|hex|raw,N}: one TCP stream's bytes or HTTP messages, as tshark's follow tap prints
 * them (the same as {@code jdissect follow}). Streams are named by their index; tshark's address form and the
 * display modes jdissect does not print (ebcdic, utf-8, yaml) are refused.
 */
final class FollowStream implements Statistic {
    private final FollowTap tap;
    private final Follow.Mode mode;

    private FollowStream(FollowTap tap, Follow.Mode mode) {
        this.tap = tap;
        this.mode = mode;
    }

    /** Parses what follows "follow," as follow_arg_parse_* do: protocol, display mode, stream (and a range, ignored). */
    static Tap parse(String args) throws Statistics.BadArgument {
        String[] parts = args.split(",", -1);
        if (parts.length < 3 || !(parts[0].equals("tcp") || parts[0].equals("http"))) {
            throw new Statistics.BadArgument("follow: jdissect follows tcp and http streams: -z follow,tcp|http,"
                    + "ascii|hex|raw,STREAM");
        }
        Follow.Mode mode = switch (parts[1]) {
            case "ascii" -> Follow.Mode.ASCII;
            case "hex" -> Follow.Mode.HEX;
            case "raw" -> Follow.Mode.RAW;
            default -> throw new Statistics.BadArgument("follow - Invalid display mode.");
        };
        int stream;
        try {
            stream = Integer.parseInt(parts[2]);
        } catch (NumberFormatException e) {
            throw new Statistics.BadArgument("follow: the stream must be a tcp.stream index (got \"" + parts[2]
                    + "\"); the ADDR:PORT,ADDR:PORT form is not supported");
        }
        if (stream < 0) {
            throw new Statistics.BadArgument("follow - Invalid stream index " + stream + ".");
        }
        return new Tap(new FollowStream(new FollowTap(parts[0].toLowerCase(Locale.ROOT), stream), mode), null);
    }

    @Override
    public void packet(PacketContext ctx) {
        tap.packet(ctx);
    }

    @Override
    public void draw(StringBuilder out) {
        StringWriter w = new StringWriter();
        PrintWriter pw = new PrintWriter(w);
        tap.result().print(pw, mode);
        pw.flush();
        out.append(w);
    }
}
