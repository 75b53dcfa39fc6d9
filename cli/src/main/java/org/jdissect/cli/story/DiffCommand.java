package org.jdissect.cli.story;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jdissect.api.capture.CaptureException;
import org.jdissect.api.dissect.Engine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jdissect diff -r A -r B}: the same TCP connections seen from two points, compared. */
@Command(name = "diff", sortOptions = false,
        description = {"Compare the same TCP connections captured at two points (near the client, near the",
            "server): packets dropped in the path, packets injected in the path (forged RSTs), TTL and IP ID",
            "changes, one-way delays. Connections match by sequence numbers, so NAT between the points is fine."})
public final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "-r", paramLabel = "FILE",
            description = "A capture; give two. Which one is nearer the client is told from the TTLs.")
    List<String> files = new ArrayList<>();

    @Option(names = "--client", paramLabel = "FILE", description = "The capture taken nearer the client.")
    String clientFile;

    @Option(names = "--server", paramLabel = "FILE", description = "The capture taken nearer the server.")
    String serverFile;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> given = new ArrayList<>(files);
        boolean oriented = clientFile != null || serverFile != null;
        if (oriented && (clientFile == null || serverFile == null || !files.isEmpty())) {
            err.println("jdissect: diff: give --client FILE and --server FILE, or two -r FILE");
            return 2;
        }
        if (oriented) {
            given = List.of(clientFile, serverFile);
        } else if (given.size() != 2) {
            err.println("jdissect: diff: two captures are needed (-r A.pcap -r B.pcap)");
            return 2;
        }
        Engine engine;
        try {
            engine = Engine.standard();
        } catch (RuntimeException e) {
            err.println("jdissect: " + e.getMessage());
            return 2;
        }
        VantageDiff.Capture[] caps = new VantageDiff.Capture[2];
        for (int i = 0; i < 2; i++) {
            String f = given.get(i);
            try {
                caps[i] = new VantageDiff.Capture(f, Packets.tcp(engine, f, null, false, err));
            } catch (CaptureException e) {
                err.println("jdissect: " + e.getMessage());
                return 1;
            } catch (IOException e) {
                err.println("jdissect: " + f + ": " + e.getMessage());
                return 1;
            }
        }
        if (!oriented) {
            caps = VantageDiff.orient(caps[0], caps[1]);
        }
        out.print(new VantageDiff(caps[0], caps[1]).report());
        out.flush();
        return 0;
    }
}
