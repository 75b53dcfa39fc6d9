package org.jdissect.cli;

import java.util.concurrent.Callable;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.field.FieldDef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code jdissect protocols}: the protocols, as {@code tshark -G protocols}: "name\tshort name\tfilter name". A
 * protocol's short name is the blurb of its PROTOCOL field (Wireshark protocols have no blurb of their own); when a
 * module leaves it empty, the full name stands in.
 */
@Command(name = "protocols", description = "List the protocols (like tshark -G protocols).")
final class ProtocolsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    EngineOptions engineOptions = new EngineOptions();

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        for (FieldDef p : engineOptions.build(spec.commandLine().getErr()).registry().protocols()) {
            out.println(line(p));
        }
        out.println(line(Expert.EXPERT)); // a protocol in Wireshark, a valueless field here (see Expert.EXPERT)
        out.flush();
        return 0;
    }

    static String line(FieldDef p) {
        String shortName = p.blurb().isEmpty() ? p.name() : p.blurb();
        return p.name() + "\t" + shortName + "\t" + p.abbrev();
    }
}
