package org.jdissect.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.field.FieldDef;
import org.jdissect.dsl.CompiledFilter;
import org.jdissect.dsl.DisplayFilter;
import org.jdissect.dsl.DisplayFilterException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jdissect check-filter EXPR}: the normalised filter and the fields it reads, or the error with a caret. */
@Command(name = "check-filter", description = "Check a display filter: print it normalised and the fields it uses.")
final class CheckFilterCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions engineOptions = new EngineOptions();

    @Parameters(arity = "1..*", paramLabel = "EXPR", description = "The filter (several words are joined).")
    List<String> words;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String text = String.join(" ", words);
        Engine engine;
        try {
            engine = engineOptions.build(err);
        } catch (RuntimeException e) {
            err.println("jdissect: " + e.getMessage());
            return ExitCode.USAGE;
        }
        try {
            CompiledFilter f = DisplayFilter.compile(text, engine.registry(), engine.limits());
            out.println(text.isBlank() ? "" : DisplayFilter.print(DisplayFilter.parse(text)));
            TreeSet<String> names = new TreeSet<>();
            for (FieldDef d : f.fields()) {
                names.add(d.abbrev());
            }
            out.println("fields: " + String.join(" ", names));
            out.flush();
            return 0;
        } catch (DisplayFilterException e) {
            err.println("jdissect: " + e.render());
            err.flush();
            return 2;
        }
    }
}
