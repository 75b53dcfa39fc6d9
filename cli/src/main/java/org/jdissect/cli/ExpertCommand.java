package org.jdissect.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jdissect.api.capture.CaptureException;
import org.jdissect.api.capture.CaptureReader;
import org.jdissect.api.capture.Captures;
import org.jdissect.api.capture.PacketRecord;
import org.jdissect.api.dissect.Dissection;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.expert.ExpertSeverity;
import org.jdissect.api.tree.ProtoNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jdissect expert -r FILE}: every expert finding of a capture, counted, in {@code tshark -q -z expert}'s
 * layout: a section per severity (errors first), entries in order of first appearance, one per protocol and message.
 */
@Command(name = "expert", description = "Count the expert findings of a capture (like tshark -q -z expert).")
final class ExpertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    EngineOptions engineOptions = new EngineOptions();

    @Option(names = "-r", paramLabel = "FILE", required = true,
            description = "Read packets from FILE (pcap, pcapng, gzip'd; - for stdin).")
    String file;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    /** One line of the table: a protocol and message, with how often it was seen. */
    static final class Entry {
        final String group;
        final String protocol;
        final String summary;
        long frequency;

        Entry(String group, String protocol, String summary) {
            this.group = group;
            this.protocol = protocol;
            this.summary = summary;
        }
    }

    /** Tallies findings by severity, then by (protocol, message) in order of first appearance. */
    static final class Tally {
        private final Map<ExpertSeverity, Map<String, Entry>> bySeverity = new EnumMap<>(ExpertSeverity.class);

        void add(Expert.Item item) {
            Map<String, Entry> m = bySeverity.computeIfAbsent(item.def().severity(), s -> new LinkedHashMap<>());
            m.computeIfAbsent(item.protocol() + '\0' + item.message(),
                    k -> new Entry(item.def().group().label(), item.protocol(), item.message())).frequency++;
        }

        void addAll(ProtoNode root) {
            for (ProtoNode c = root.firstChild(); c != null; c = c.next()) {
                Expert.Item item = Expert.item(c);
                if (item != null) {
                    add(item);
                }
                addAll(c);
            }
        }

        /** tshark's layout: Errors, Warns, Notes, Chats, Comments; empty severities left out. */
        String render() {
            StringBuilder sb = new StringBuilder();
            ExpertSeverity[] order = {ExpertSeverity.ERROR, ExpertSeverity.WARN, ExpertSeverity.NOTE,
                ExpertSeverity.CHAT, ExpertSeverity.COMMENT};
            for (ExpertSeverity s : order) {
                Map<String, Entry> m = bySeverity.get(s);
                if (m == null || m.isEmpty()) {
                    continue;
                }
                long total = 0;
                for (Entry e : m.values()) {
                    total += e.frequency;
                }
                sb.append('\n').append(s.plural()).append(" (").append(total).append(")\n");
                sb.append("=============\n");
                sb.append("   Frequency      Group           Protocol  Summary\n");
                for (Entry e : m.values()) {
                    sb.append(String.format(java.util.Locale.ROOT, "%12d %10s %18s  %s\n", e.frequency, e.group, e.protocol, e.summary));
                }
            }
            return sb.toString();
        }

        List<Entry> entries() {
            List<Entry> out = new ArrayList<>();
            bySeverity.values().forEach(m -> out.addAll(m.values()));
            return out;
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Engine engine;
        try {
            engine = engineOptions.build(spec.commandLine().getErr());
        } catch (RuntimeException e) {
            err.println("jdissect: " + e.getMessage());
            return 2;
        }
        Tally tally = new Tally();
        Dissection d = engine.newDissection();
        try (CaptureReader reader = "-".equals(file) ? Captures.open(System.in, "standard input", engine.limits())
                : Captures.open(Path.of(file), Captures.ReadMode.WINDOWED, engine.limits())) {
            PacketRecord rec = new PacketRecord();
            while (reader.next(rec)) {
                d.dissect(rec);
                tally.addAll(d.tree().root());
            }
        } catch (CaptureException e) {
            err.println("jdissect: " + e.getMessage());
            return ExitCode.READ_ERROR;
        } catch (IOException e) {
            err.println("jdissect: " + file + ": " + e.getMessage());
            return ExitCode.READ_ERROR;
        } finally {
            EngineOptions.reportLimits(err, d.limitHits(), engine.limits());
        }
        out.print(tally.render());
        out.flush();
        return 0;
    }
}
