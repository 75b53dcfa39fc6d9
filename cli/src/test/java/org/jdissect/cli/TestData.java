package org.jdissect.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The repository's {@code testdata/} folder (copies of the shared captures and oracles, see PROVENANCE.md). */
public final class TestData {
    /** The testdata folder: {@code -Djdissect.testdata=DIR} (fuzz runs outside Maven), else found above the cwd. */
    public static final Path ROOT = locate();

    private TestData() {
    }

    private static Path locate() {
        String given = System.getProperty("jdissect.testdata");
        if (given != null) {
            return Path.of(given);
        }
        Path p = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && p != null; i++, p = p.getParent()) {
            if (Files.isDirectory(p.resolve("testdata/captures"))) {
                return p.resolve("testdata");
            }
        }
        throw new IllegalStateException("testdata/ not found above " + Path.of("").toAbsolutePath());
    }

    public static Path capture(String name) {
        return ROOT.resolve("captures").resolve(name);
    }

    static Path oracle(String kind, String name) {
        return ROOT.resolve("oracle").resolve(kind).resolve(name);
    }

    /** Every capture that has an oracle file {@code <capture><suffix>} in {@code oracle/<kind>}. */
    static Stream<String> capturesWith(String kind, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(ROOT.resolve("captures"))) {
            List<String> names = s.map(p -> p.getFileName().toString())
                    .filter(n -> Files.exists(oracle(kind, n + suffix))).sorted().toList();
            return names.stream();
        }
    }

    /** Runs the CLI in-process; returns stdout, and the exit code in {@code rc[0]}. */
    static String run(int[] rc, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        if (rc != null) {
            rc[0] = code;
        }
        return out.toString();
    }

    /**
     * {@code -T fields} of {@code fields} over {@code capture} with the options the tshark oracles were made with
     * (fields-oracle.sh: header, tab separator, every occurrence joined by ',', no quotes); the output's lines.
     */
    static java.util.List<String> fields(java.nio.file.Path capture, String... fields) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("-r", capture.toString(), "-T",
                "fields", "-E", "header=y", "-E", "separator=/t", "-E", "occurrence=a", "-E", "aggregator=,", "-E",
                "quote=n"));
        for (String f : fields) {
            args.add("-e");
            args.add(f);
        }
        return run(null, args.toArray(new String[0])).lines().toList();
    }

    /** The abbreviations of every protocol the standard engine dissects (to skip oracle frames with others). */
    static java.util.Set<String> knownProtocols() {
        java.util.Set<String> known = new java.util.HashSet<>();
        for (org.jdissect.api.field.FieldDef p : org.jdissect.api.dissect.Engine.standard().registry().protocols()) {
            known.add(p.abbrev());
        }
        return known;
    }
}
