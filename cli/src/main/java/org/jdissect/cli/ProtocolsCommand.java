package org.jdissect.cli;

import java.util.concurrent.Callable;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.field.FieldDef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jdissect protocols}: the protocols, as {@code tshark -G protocols}. */
@Command(name = "protocols", description = "List the protocols (like tshark -G protocols).")
final class ProtocolsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        for (FieldDef p : Engine.standard().registry().protocols()) {
            out.println(p.name() + "\t" + p.name() + "\t" + p.abbrev());
        }
        out.flush();
        return 0;
    }
}
