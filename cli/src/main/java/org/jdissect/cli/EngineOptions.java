package org.jdissect.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jdissect.api.dissect.Dissector;
import org.jdissect.api.dissect.DissectorTable;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.limits.LimitHits;
import org.jdissect.api.limits.Limits;
import org.jdissect.api.plugin.Plugins;
import picocli.CommandLine.Option;

/**
 * How a command assembles its engine: the built-in modules, plugin jars from {@code --plugins DIR} and
 * {@code JDISSECT_PLUGINS}, "decode as" bindings ({@code -d tcp.port==8888,http}), disabled protocols
 * ({@code --disable-protocol http}) and resource limits ({@code -o NAME:VALUE}). Shared by every command.
 */
public final class EngineOptions {
    @Option(names = {"-o", "--limit"}, paramLabel = "NAME:VALUE",
            description = "Set a protocol preference as tshark's -o (e.g. -o tcp.check_checksum:TRUE; `jdissect"
                    + " prefs` lists them) or a resource limit (e.g. -o tcp.reassembly_bytes:64M; see"
                    + " ROBUSTNESS.md; also -Djdissect.limit.NAME=VALUE). Repeatable.")
    List<String> limits = new ArrayList<>();

    @Option(names = "--debug", description = "On an internal error, print the stack trace too.")
    boolean debug;

    @Option(names = "--plugins", paramLabel = "DIR",
            description = "Load plugin jars from DIR (repeatable; also the JDISSECT_PLUGINS path list).")
    List<Path> pluginDirs = new ArrayList<>();

    @Option(names = {"-d", "--decode-as"}, paramLabel = "TABLE==VALUE,PROTO",
            description = "Decode as: bind PROTO to a table entry, as tshark's -d (e.g. tcp.port==8888,http).")
    List<String> decodeAs = new ArrayList<>();

    @Option(names = "--disable-protocol", paramLabel = "PROTO",
            description = "Disable dissection of PROTO, as tshark's --disable-protocol (e.g. http): what it would"
                    + " take goes to whatever else claims it, else data. Repeatable.")
    List<String> disabledProtocols = new ArrayList<>();

    /**
     * The limits of this run: defaults, then {@code jdissect.limit.*} system properties, then {@code -o}.
     *
     * @throws IllegalArgumentException naming the bad setting
     */
    Limits limits() {
        Limits l = Limits.fromSystemProperties();
        for (String setting : limits) {
            if (isLimit(setting)) {
                l = l.with(setting);
            }
        }
        return l;
    }

    /**
     * Whether an {@code -o} setting names a resource limit (jdissect's own) rather than a protocol preference
     * (tshark's): the two share the option, and no limit is named as a preference.
     */
    private static boolean isLimit(String setting) {
        return Limits.named(setting) != null;
    }

    /**
     * Gives {@code engine} the {@code -o} settings that are not limits, as tshark's {@code -o NAME:VALUE}.
     *
     * @throws IllegalArgumentException with tshark's words, naming the setting, when one names no preference
     */
    static void applyPreferences(Engine engine, List<String> settings) {
        for (String setting : settings) {
            if (isLimit(setting)) {
                continue;
            }
            try {
                engine.preferences().set(setting);
            } catch (IllegalArgumentException e) {
                // tshark's words, then where to look: the option takes jdissect's limits too
                throw new IllegalArgumentException(e.getMessage() + " (jdissect prefs lists the preferences; limits: "
                        + Limits.names() + ")", e);
            }
        }
    }

    /** Builds the engine; plugin problems are printed to {@code err} and do not stop it. */
    Engine build(PrintWriter err) {
        Engine.Builder b = Engine.builder().addServices(Engine.class.getClassLoader()).limits(limits());
        List<Path> dirs = new ArrayList<>(pluginDirs);
        dirs.addAll(Plugins.dirsFromPathList(System.getenv(Plugins.ENV)));
        Plugins.addDirectories(b, dirs, Engine.class.getClassLoader());
        Engine engine = b.build();
        for (String p : engine.problems()) {
            err.println("jdissect: " + p);
        }
        for (String d : decodeAs) {
            decodeAs(engine, d);
        }
        // after -d, as tshark: a binding to a disabled protocol hands it nothing either
        for (String p : disabledProtocols) {
            engine.disableProtocol(p); // one name (tshark 4.0 takes "a,b" as a name it does not know)
        }
        applyPreferences(engine, limits);
        return engine;
    }

    /**
     * Prints one line per limit the capture reached (each hit is also an expert item in its packet's tree), so a
     * run that lost data to a cap says so whatever the output format.
     */
    public static void reportLimits(PrintWriter err, LimitHits hits, Limits limits) {
        for (LimitHits.Tally t : hits.reached(limits)) {
            err.println("jdissect: " + t.describe());
        }
        err.flush();
    }

    /** Applies one {@code -d} binding; throws IllegalArgumentException with tshark-like wording when it is wrong. */
    static void decodeAs(Engine engine, String spec) {
        int eq = spec.indexOf("==");
        int comma = spec.lastIndexOf(',');
        if (eq <= 0 || comma < eq) {
            throw new IllegalArgumentException("\"" + spec + "\" isn't a valid decode-as specification:"
                    + " use <layer type>==<selector>,<decode-as protocol>, e.g. tcp.port==8888,http");
        }
        String tableName = spec.substring(0, eq);
        String selector = spec.substring(eq + 2, comma);
        String proto = spec.substring(comma + 1);
        DissectorTable table = engine.tables().get(tableName);
        if (table == null) {
            throw new IllegalArgumentException("-d: no dissector table named \"" + tableName + "\"; tables: "
                    + String.join(", ", engine.tables().keySet()));
        }
        String transport = tableName.contains(".") ? tableName.substring(0, tableName.indexOf('.')) : tableName;
        Dissector d = engine.dissector(proto + "." + transport).or(() -> engine.dissector(proto)).orElseThrow(
                () -> new IllegalArgumentException("-d: no protocol named \"" + proto + "\" can be decoded as"));
        int lo;
        int hi;
        try {
            int dash = selector.indexOf('-');
            lo = Integer.decode(dash < 0 ? selector : selector.substring(0, dash));
            hi = dash < 0 ? lo : Integer.decode(selector.substring(dash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-d: \"" + selector + "\" is not a number or range");
        }
        if (hi < lo || hi - lo > 65535) {
            throw new IllegalArgumentException("-d: bad range \"" + selector + "\"");
        }
        for (int k = lo; k <= hi; k++) {
            table.add(k, proto, d);
        }
    }
}
