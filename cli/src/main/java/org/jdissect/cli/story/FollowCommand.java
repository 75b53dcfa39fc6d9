package org.jdissect.cli.story;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jdissect.api.capture.CaptureException;
import org.jdissect.api.dissect.Engine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jdissect follow tcp|http|udp STREAM -r FILE}: a stream's payload, as
 * {@code tshark -q -z follow,tcp,ascii,N}.
 */
@Command(name = "follow", sortOptions = false,
        description = {"Print the payload of one TCP or UDP stream as tshark -q -z follow,PROTO,MODE,STREAM does:",
            "client bytes flush left, server bytes indented by a tab, retransmissions dropped, out-of-order",
            "segments put in place. http shows each HTTP message's headers and (de-chunked) body; udp each",
            "datagram."})
public final class FollowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "tcp|http|udp",
            description = "What to follow: tcp (bytes), http (messages) or udp (datagrams).")
    String proto;

    @Parameters(index = "1", paramLabel = "STREAM", description = "The stream index (tcp.stream or udp.stream).")
    int stream;

    @Option(names = "-r", paramLabel = "FILE", required = true,
            description = "Read packets from FILE (pcap, pcapng, gzip'd; - for stdin).")
    String file;

    static final class ModeGroup {
        @Option(names = "--ascii", description = "Printable ASCII, dots for other bytes (the default).")
        boolean ascii;

        @Option(names = "--hex", description = "Hex dump with offsets per direction.")
        boolean hex;

        @Option(names = "--raw", description = "Hex digits, one line per chunk.")
        boolean raw;

        @Option(names = "--ebcdic", description = "As --ascii, translated as if it were EBCDIC.")
        boolean ebcdic;

        @Option(names = "--yaml", description = "Peers and packets as YAML, payloads in base64.")
        boolean yaml;
    }

    @ArgGroup(exclusive = true)
    ModeGroup mode = new ModeGroup();

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!proto.equals("tcp") && !proto.equals("http") && !proto.equals("udp")) {
            err.println("jdissect: follow: unknown protocol \"" + proto + "\" (tcp, http, udp)");
            return 2;
        }
        if (stream < 0) {
            err.println("jdissect: follow: invalid stream index " + stream);
            return 2;
        }
        Follow.Mode m = mode.hex ? Follow.Mode.HEX : mode.raw ? Follow.Mode.RAW : mode.ebcdic ? Follow.Mode.EBCDIC
                : mode.yaml ? Follow.Mode.YAML : Follow.Mode.ASCII;
        Engine engine;
        try {
            engine = Engine.standard();
        } catch (RuntimeException e) {
            err.println("jdissect: " + e.getMessage());
            return 2;
        }
        Follow f;
        try {
            f = follow(engine, proto, stream, file, err);
        } catch (CaptureException e) {
            err.println("jdissect: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("jdissect: " + file + ": " + e.getMessage());
            return 1;
        }
        f.print(out, m);
        return 0;
    }

    /** Follows {@code stream} of {@code file}. */
    public static Follow follow(Engine engine, String proto, int stream, String file) throws IOException {
        return follow(engine, proto, stream, file, null);
    }

    /** As {@link #follow(Engine, String, int, String)}, reporting reached limits on {@code notes} (may be null). */
    public static Follow follow(Engine engine, String proto, int stream, String file, PrintWriter notes)
            throws IOException {
        FollowTap tap = new FollowTap(proto, stream);
        Packets.walk(engine, file, tap::packet, notes);
        return tap.result();
    }
}
