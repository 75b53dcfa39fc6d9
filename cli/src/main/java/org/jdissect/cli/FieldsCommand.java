package org.jdissect.cli;

import java.util.concurrent.Callable;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jdissect fields}: the field registry, as {@code tshark -G fields} lists it. */
@Command(name = "fields", description = "List every protocol and field (like tshark -G fields).")
final class FieldsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Engine engine = Engine.standard();
        var out = spec.commandLine().getOut();
        for (FieldDef f : engine.registry().all()) {
            if (f.type() == FieldType.PROTOCOL) {
                out.println("P\t" + f.name() + "\t" + f.abbrev());
            } else {
                out.println("F\t" + f.name() + "\t" + f.abbrev() + "\tFT_" + f.type() + "\t" + f.protocol() + "\t"
                        + f.base() + "\t0x" + Long.toHexString(f.bitmask()) + "\t" + f.blurb());
            }
        }
        out.flush();
        return 0;
    }
}
