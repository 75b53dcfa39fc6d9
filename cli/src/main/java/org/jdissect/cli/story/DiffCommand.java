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
        description = {"Compare the same TCP connections captured at two points (near the client,",
            "near the server): packets dropped in the path, packets injected in the path",
            "(forged RSTs), TTL and IP ID changes, one-way delays. Connections match by",
            "sequence numbers, so NAT between the points is fine."},
        footer = {"",
            "--json prints {a, b, conversations: [...]}: a is the first capture given",
            "(with --client/--server, the client's), b the other; each is {file,",
            "vantage (client|server), tcp_packets}. Each conversation has",
            "  client, server, a and b: {stream, client, server, first_frame, last_frame,",
            "    packets} (null where that capture lacks the connection), translated,",
            "  matched (how many packets both have),",
            "  only_in_a, only_in_b: [{frame, direction (client_to_server|",
            "    server_to_client), verdict (dropped|injected|outside_time_span|",
            "    no_conversation), summary, src, dst, flags, seq, ack, len, ttl, ip_id,",
            "    df, retransmission, http: [...], genuine (for injected packets: the",
            "    claimed sender's last real packet there, {frame, ttl, ip_id, df, fits})}],",
            "  changed: [{a_frame, b_frame, direction, fields: [{field, a, b}]}] for the",
            "    packets both have whose ip.id, ip.flags.df, ip.ttl (ipv6.hlim), addresses,",
            "    ports or tcp.window_size_value differ (a router's TTL decrement is one),",
            "  path: {ttl_client_to_server, ttl_server_to_client: [{sent, received, hops,",
            "    packets}], ip_id_rewritten},",
            "  timing: {client_to_server_ms, client_to_server_samples, server_to_client_ms,",
            "    server_to_client_samples, round_trip_ms, clock_offset_ms (b's clock minus",
            "    a's if the path is as fast both ways)}; path and timing are null for a",
            "    connection only one capture has."})
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

    @Option(names = "--json", description = "Print the comparison as one JSON document (its shape is below).")
    boolean json;

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
        VantageDiff.Capture first = caps[0];
        if (!oriented) {
            caps = VantageDiff.orient(caps[0], caps[1]);
        }
        DiffReport report = new VantageDiff(caps[0], caps[1]).align(caps[0] == first);
        out.print(json ? DiffJson.render(report) : DiffText.render(report));
        out.flush();
        return 0;
    }
}
