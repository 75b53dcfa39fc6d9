package org.jdissect.cli.story;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jdissect.api.capture.CaptureException;
import org.jdissect.api.dissect.Engine;
import org.jdissect.dsl.CompiledFilter;
import org.jdissect.dsl.DisplayFilter;
import org.jdissect.dsl.DisplayFilterException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jdissect explain -r FILE [-Y FILTER]}: each TCP conversation's story in plain words, with frame numbers. */
@Command(name = "explain", sortOptions = false,
        description = {"Tell each TCP conversation's story: handshake and RTT, requests and responses,",
            "retransmissions and losses, window problems, how it ended, and what looks forged."},
        footer = {"",
            "--json prints {file, filter, conversations: [...]}; each conversation has",
            "  stream, client, server, first_frame, last_frame, packets, duration_ms,",
            "  handshake: {outcome (answered|refused|unanswered|not_captured), syn_frame,",
            "    syn_ack_frame, ack_frame, refusal_frame, syn_count, rtt_ms,",
            "    syn_to_syn_ack_ms, syn_ack_to_ack_ms, syn_to_refusal_ms,",
            "    client: {frame, ttl, ip_id, df}, server: {...} (SYN-ACK or refusal)},",
            "  data: {client_bytes, client_segments, server_bytes, server_segments},",
            "  events: [{frame, time_ms, event, side, ...}] in frame order; event is syn,",
            "    syn_ack, ack, request or response (+ http), retransmission (+",
            "    original_frame, after_ms, fast), a tcp.analysis flag (lost_segment,",
            "    duplicate_ack, out_of_order, ...), fin or rst,",
            "  end: {closing (orderly|half_closed|aborted|reset_after_fin|open),",
            "    fin_frame, fin_side, other_fin_frame, other_fin_side, rst_frame,",
            "    rst_side, rsts},",
            "  suspicious (as the text's \"Suspicious:\"), anomalies: [{kind, frame, ...}]:",
            "    unanswered_request (+ request, acknowledged), and per RST one of",
            "    forged_rst, rst_fits_sender, rst_without_history, then perhaps",
            "    rst_for_forgotten_connection (+ peer, forged, peer_closed), each with",
            "    sender and evidence: [{field, value, earlier_values | compared_with,",
            "    compared_frame}].",
            "Times are in ms, time_ms counted from the conversation's first packet;",
            "what is absent is null."})
public final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "-r", paramLabel = "FILE", required = true,
            description = "Read packets from FILE (pcap, pcapng, gzip'd; - for stdin).")
    String file;

    @Option(names = {"-Y", "--display-filter"}, paramLabel = "FILTER",
            description = "Explain only the conversations with a packet this display filter matches.")
    String displayFilter;

    @Option(names = "--json", description = "Print the stories as one JSON document (its shape is below).")
    boolean json;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Engine engine;
        CompiledFilter filter = null;
        try {
            engine = Engine.standard();
            if (displayFilter != null) {
                filter = DisplayFilter.compile(displayFilter, engine.registry(), engine.limits());
            }
        } catch (DisplayFilterException e) {
            err.println("jdissect: " + e.render());
            return 2;
        } catch (RuntimeException e) {
            err.println("jdissect: " + e.getMessage());
            return 2;
        }
        try {
            Explanation e = explain(engine, file, filter, displayFilter, err);
            out.print(json ? ExplainJson.render(e) : ExplainText.render(e));
            out.flush();
            return 0;
        } catch (CaptureException e) {
            err.println("jdissect: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("jdissect: " + file + ": " + e.getMessage());
            return 1;
        }
    }

    /**
     * The stories of the conversations of {@code file} that {@code filter} (may be null; its text is
     * {@code filterText}) touches.
     */
    public static Explanation explain(Engine engine, String file, CompiledFilter filter, String filterText)
            throws IOException {
        return explain(engine, file, filter, filterText, null);
    }

    /** As {@link #explain(Engine, String, CompiledFilter, String)}, reporting reached limits on {@code notes}. */
    public static Explanation explain(Engine engine, String file, CompiledFilter filter, String filterText,
                                      PrintWriter notes) throws IOException {
        Set<Integer> wanted = new HashSet<>();
        List<Pkt> all = new ArrayList<>();
        Packets.walk(engine, file, ctx -> {
            Pkt p = Packets.facts(ctx, false);
            if (p != null) {
                all.add(p);
                if (filter == null || filter.test(ctx.tree())) {
                    wanted.add(p.stream());
                }
            }
        }, notes);
        Explain ex = new Explain(all);
        List<Story> stories = new ArrayList<>();
        for (Conversation c : Conversation.of(all)) {
            if (wanted.contains(c.stream)) {
                stories.add(ex.story(c));
            }
        }
        return new Explanation(file, filterText, stories);
    }
}
