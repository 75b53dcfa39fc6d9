package org.jdissect.cli.story;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
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
            "retransmissions and losses, window problems, how it ended, and what looks forged."})
public final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "-r", paramLabel = "FILE", required = true,
            description = "Read packets from FILE (pcap, pcapng, gzip'd; - for stdin).")
    String file;

    @Option(names = {"-Y", "--display-filter"}, paramLabel = "FILTER",
            description = "Explain only the conversations with a packet this display filter matches.")
    String displayFilter;

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
            out.print(explain(engine, file, filter, err));
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

    /** The stories of the conversations of {@code file} that {@code filter} (may be null) touches. */
    public static String explain(Engine engine, String file, CompiledFilter filter) throws IOException {
        return explain(engine, file, filter, null);
    }

    /** As {@link #explain(Engine, String, CompiledFilter)}, reporting reached limits on {@code notes}. */
    public static String explain(Engine engine, String file, CompiledFilter filter, PrintWriter notes)
            throws IOException {
        java.util.Set<Integer> wanted = new java.util.HashSet<>();
        List<Pkt> all = new java.util.ArrayList<>();
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
        StringBuilder sb = new StringBuilder();
        for (Conversation c : Conversation.of(all)) {
            if (wanted.contains(c.stream)) {
                sb.append(sb.length() == 0 ? "" : "\n").append(ex.story(c));
            }
        }
        if (sb.length() == 0) {
            sb.append("No TCP conversations").append(filter == null ? "" : " match the filter").append(".\n");
        }
        return sb.toString();
    }
}
