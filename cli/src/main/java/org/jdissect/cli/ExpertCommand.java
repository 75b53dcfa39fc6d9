package org.jdissect.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jdissect.api.capture.CaptureException;
import org.jdissect.api.capture.CaptureReader;
import org.jdissect.api.capture.Captures;
import org.jdissect.api.capture.PacketRecord;
import org.jdissect.api.dissect.Dissection;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.expert.ExpertSeverity;
import org.jdissect.cli.stats.ExpertInfo;
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
        ExpertInfo tally = new ExpertInfo(ExpertSeverity.COMMENT);
        // as tshark -q -z expert: nothing asks for a tree (see ExpertInfo.needsProtoTree)
        Dissection d = engine.newDissection().treeless(true);
        try (CaptureReader reader = "-".equals(file) ? Captures.open(System.in, "standard input", engine.limits())
                : Captures.open(Path.of(file), Captures.ReadMode.WINDOWED, engine.limits())) {
            PacketRecord rec = new PacketRecord();
            while (reader.next(rec)) {
                tally.addAll(d.dissect(rec));
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
        StringBuilder table = new StringBuilder();
        tally.draw(table);
        out.print(table);
        out.flush();
        return 0;
    }
}
