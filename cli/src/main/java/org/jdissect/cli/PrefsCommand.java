package org.jdissect.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jdissect.api.pref.Preference;
import org.jdissect.api.pref.Preferences;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jdissect prefs}: the protocol preferences {@code -o} sets, written as tshark {@code -G defaultprefs} writes
 * them (what Wireshark says of each, its values, then the setting, commented out while at its default); with
 * {@code --current} ({@code -G currentprefs}) the values the {@code -o} settings give.
 */
@Command(name = "prefs", description = "List the protocol preferences -o sets (like tshark -G defaultprefs).")
final class PrefsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    EngineOptions engineOptions = new EngineOptions();

    @Option(names = "--current", description = "Show the values -o gives (like tshark -G currentprefs).")
    boolean current;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Preferences prefs;
        try {
            prefs = engineOptions.build(err).preferences();
        } catch (RuntimeException e) {
            err.println("jdissect: " + e.getMessage());
            return ExitCode.USAGE;
        }
        for (Preference p : prefs.all()) {
            String value = current ? prefs.text(p) : p.defaultText();
            out.println("# " + p.description());
            out.println("# " + p.valuesText());
            out.println((value.equals(p.defaultText()) ? "#" : "") + p.name() + ": " + value);
            out.println();
        }
        out.flush();
        return 0;
    }
}
